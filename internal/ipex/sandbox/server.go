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

	cfg    config
	tokens *sandboxkit.Tokens
	routes []route

	mu       sync.Mutex // guards everything below
	st       store
	roles    []string
	failures map[string]string // number -> error message of its orders
}

// New returns a seeded emulator (see the package documentation).
func New(opts ...Option) *Server {
	cfg := sandboxkit.Configure(defaultConfig(), opts)
	s := &Server{
		Kit:      sandboxkit.NewKit(),
		cfg:      cfg,
		tokens:   sandboxkit.NewTokens(tokenBytes),
		st:       newStore(),
		roles:    append([]string(nil), cfg.roles...),
		failures: map[string]string{},
	}
	if cfg.seed {
		n := seedNumber()
		s.st.numbers[n.Number] = n
		for _, o := range seedServices() {
			s.st.others[o.Number] = o
		}
	}
	s.routes = s.routeTable()
	return s
}

// ServeHTTP serves the API through the Kit (recording and faults).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.Kit.Wrap(http.HandlerFunc(s.serve)).ServeHTTP(w, r)
}
