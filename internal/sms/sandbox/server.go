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

	lang        Language
	additive    bool
	normalPhone bool

	mu  sync.Mutex // guards acc and st
	acc access
	st  store
}

// New returns an emulator with the seeded template subaccount (see the
// package documentation).
func New(opts ...Option) *Server {
	cfg := sandboxkit.Configure(defaultConfig(), opts)
	s := &Server{
		Kit:         sandboxkit.NewKit(),
		lang:        cfg.lang,
		additive:    cfg.additiveLimits,
		normalPhone: cfg.normalizePhone,
		acc:         cfg.access,
		st:          newStore(),
	}
	if cfg.seed {
		s.st.seed()
	}
	return s
}

// ServeHTTP serves the API through the Kit (recording and faults).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.Kit.Wrap(http.HandlerFunc(s.serveAPI)).ServeHTTP(w, r)
}
