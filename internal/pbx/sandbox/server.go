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
	rate   *rateLimiter
	routes []route

	mu sync.Mutex // guards st
	st store
}

// New returns an emulator with the seeded client, its DIDs and sounds, and
// no other objects (see the package documentation).
func New(opts ...Option) *Server {
	cfg := sandboxkit.Configure(defaultConfig(), opts)
	s := &Server{
		Kit:    sandboxkit.NewKit(),
		cfg:    cfg,
		tokens: sandboxkit.NewTokens(tokenBytes),
		rate:   newRateLimiter(cfg.rateLimit, cfg.rateWindow),
		st:     newStore(cfg),
	}
	s.routes = s.routeTable()
	return s
}

// ServeHTTP serves the API through the Kit (recording and faults).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.Kit.Wrap(http.HandlerFunc(s.serve)).ServeHTTP(w, r)
}
