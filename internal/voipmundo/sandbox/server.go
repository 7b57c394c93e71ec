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

	cfg   config
	limit limiter

	mu sync.Mutex // guards st
	st store
}

// New returns an emulator with the seeded customers (see the package
// documentation).
func New(opts ...Option) *Server {
	cfg := sandboxkit.Configure(defaultConfig(), opts)
	s := &Server{Kit: sandboxkit.NewKit(), cfg: cfg, st: newStore()}
	s.limit.max = cfg.maxConcurrent
	if cfg.seed {
		for _, c := range seedCustomers() {
			s.st.put(c)
		}
	}
	return s
}

// ServeHTTP serves the API through the Kit (recording and faults). A
// request holds a slot of the concurrency limit for its whole life, the
// Kit's recording and injected latency included; one that finds no free
// slot still goes through the Kit (recorded, faults apply) and answers 429.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.limit.acquire() {
		s.Kit.Wrap(http.HandlerFunc(s.serveTooMany)).ServeHTTP(w, r)
		return
	}
	defer s.limit.release()
	s.Kit.Wrap(http.HandlerFunc(s.serveAPI)).ServeHTTP(w, r)
}
