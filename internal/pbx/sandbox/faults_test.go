package sandbox

import (
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

func mustFault(t *testing.T, s *Server, f sandboxkit.Fault) {
	t.Helper()
	if err := s.Kit.AddFault(f); err != nil {
		t.Fatal(err)
	}
}

func TestStatusFaultCommitsNothing(t *testing.T) {
	s, a := loggedIn(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: `/interval/?$`, Status: 503, Times: 1})
	ans := a.do("POST", "/client/@me/interval/", officeHours())
	if ans.err != nil || ans.status != 503 {
		t.Fatalf("want 503, got %+v", ans)
	}
	if len(s.Intervals()) != 0 {
		t.Fatal("the faulted call committed")
	}
	// Used up: the retry goes through.
	mustCreateInterval(t, a, officeHours())
	if len(s.Intervals()) != 1 || s.Kit.Faults()[0].Hits != 1 {
		t.Fatalf("intervals %d, faults %+v", len(s.Intervals()), s.Kit.Faults())
	}
}

func TestDropFaultCommitsButLosesAnswer(t *testing.T) {
	s, a := loggedIn(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Path: `/dial_rule/?$`, Times: 1})
	if ans := a.do("POST", "/client/@me/dial_rule/", russianOnly()); ans.err == nil {
		t.Fatalf("want a dropped connection, got %+v", ans)
	}
	if ls := s.DialRules(); len(ls) != 1 || ls[0].Name != "Russia only" {
		t.Fatalf("not committed: %+v", ls)
	}
	wantStatus(t, a.do("GET", "/client/@me/dial_rule/61", nil), http.StatusOK)
}

func TestMalformedAndLatencyFaults(t *testing.T) {
	s, a := loggedIn(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Method: "GET", Times: 1})
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 100 * time.Millisecond, Times: 1})
	raw := &http.Client{Transport: &http.Transport{DisableCompression: true, DisableKeepAlives: true}}
	req, _ := http.NewRequest("GET", a.root+BasePath+"/client/@me/", nil)
	req.Header.Set("Authorization", "Bearer "+a.token)
	resp, err := raw.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	err = json.NewDecoder(resp.Body).Decode(&v)
	resp.Body.Close()
	if resp.StatusCode != 200 || err == nil {
		t.Fatalf("want 200 with broken JSON, got %d %v", resp.StatusCode, err)
	}
	start := time.Now()
	wantStatus(t, a.do("GET", "/client/@me/", nil), http.StatusOK)
	if time.Since(start) < 100*time.Millisecond {
		t.Fatal("latency fault not applied")
	}
}

func TestConcurrentCreatesGetUniqueIDs(t *testing.T) {
	s, a := loggedIn(t)
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ans := a.do("POST", "/client/@me/interval/", officeHours()); ans.status != http.StatusCreated {
				t.Errorf("POST: %+v", ans)
			}
			s.Intervals()
			if _, err := s.Snapshot(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	seen := map[int64]bool{}
	for _, iv := range s.Intervals() {
		seen[iv.ID] = true
	}
	if len(seen) != 20 {
		t.Fatalf("%d distinct ids", len(seen))
	}
}
