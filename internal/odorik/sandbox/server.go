package sandbox

import (
	"net/http"
	"sync"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// Server is the emulator. It is safe for concurrent use.
type Server struct {
	// Kit records the requests and injects faults in front of the API.
	Kit *sandboxkit.Kit

	cfg config
	mu  sync.Mutex
	st  store
}

// New returns a seeded emulator (see the package documentation).
func New(opts ...Option) *Server {
	cfg := sandboxkit.Configure(defaultConfig(), opts)
	s := &Server{Kit: sandboxkit.NewKit(), cfg: cfg, st: newStore()}
	if cfg.seed {
		s.st.seed()
		s.st.configureLinePasswords(cfg.lines)
	}
	return s
}

// ServeHTTP serves the API through the Kit (recording and faults).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.Kit.Wrap(http.HandlerFunc(s.serveAPI)).ServeHTTP(w, r)
}
