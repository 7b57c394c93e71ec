package sandbox

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

func TestDropAfterCommitLeavesRouteStored(t *testing.T) {
	s, base := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Path: `/routes\.json$`, Times: 1})
	a := do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", "*", "ringing_number", "*754321"))
	if a.err == nil {
		t.Fatalf("want a dropped connection, got %+v", a)
	}
	rs := mustRoutes(t, s, MobileNumber)
	if len(rs) != 1 || rs[0].RingingNumber != "*754321" {
		t.Fatalf("route not committed: %+v", rs)
	}
	// The fault is used up: the next call answers normally and sees the route.
	wantJSON(t, do(t, "GET", ringingsURL(base, MobileNumber), account(), nil),
		`[{"public_number":"00420799799799","ringing_number":"*754321"}]`)
}

func TestStatusAndResetFaultsCommitNothing(t *testing.T) {
	s, base := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 503, RetryAfter: "2", Times: 1})
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindReset, Times: 1})
	a := do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", "*", "ringing_number", "*1"))
	if a.err != nil || a.status != 503 {
		t.Fatalf("want 503, got %+v", a)
	}
	if a = do(t, "POST", routesURL(base, MobileNumber), account(), vals("source_number", "*", "ringing_number", "*2")); a.err == nil {
		t.Fatalf("want a reset, got %+v", a)
	}
	if rs := mustRoutes(t, s, MobileNumber); len(rs) != 0 {
		t.Fatalf("faulted calls committed %+v", rs)
	}
	if s.Kit.RequestCount() != 2 {
		t.Fatalf("recorded %d", s.Kit.RequestCount())
	}
}

func TestMalformedFaultCommitsAndBreaksBody(t *testing.T) {
	s, base := newAPI(t, WithCreateReply(true))
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Times: 1})
	a := do(t, "POST", ringingsURL(base, MobileNumber), account(), vals("ringing_number", "*1"))
	if a.err != nil || a.status != 200 || json.Valid([]byte(a.body)) {
		t.Fatalf("want 200 with broken JSON, got %+v", a)
	}
	if rs := mustRoutes(t, s, MobileNumber); len(rs) != 1 {
		t.Fatalf("not committed: %+v", rs)
	}
}

func TestConcurrentPostsGetUniqueIDs(t *testing.T) {
	s, base := newAPI(t)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := do(t, "POST", routesURL(base, NomadicNumber), account(), vals("source_number", "*", "ringing_number", "*100"))
			if a.err != nil || a.body != "{}" {
				t.Errorf("POST: %+v", a)
			}
			s.Routes(NomadicNumber)
			if _, err := s.Snapshot(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	rs := mustRoutes(t, s, NomadicNumber)
	seen := map[int64]bool{}
	for _, r := range rs {
		seen[r.ID] = true
	}
	if len(rs) != 20 || len(seen) != 20 {
		t.Fatalf("%d routes, %d ids", len(rs), len(seen))
	}
}

// Per-request latency is a Kit fault; it applies to the speed-dial calls
// like to any other.
func TestLatencyFaultDelaysEveryRequest(t *testing.T) {
	s, base := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 60 * time.Millisecond})
	for _, url := range []string{speedDialsURL(base), linesURL(base)} {
		start := time.Now()
		a := do(t, "GET", url, account(), nil)
		wantStatus(t, a, 200)
		if d := time.Since(start); d < 60*time.Millisecond {
			t.Fatalf("%s answered after %v", url, d)
		}
	}
}

func mustFault(t *testing.T, s *Server, f sandboxkit.Fault) {
	t.Helper()
	if err := s.Kit.AddFault(f); err != nil {
		t.Fatal(err)
	}
}
