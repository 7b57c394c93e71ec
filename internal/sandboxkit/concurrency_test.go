package sandboxkit

import (
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
)

func TestConcurrentRequestsCountTimesExactly(t *testing.T) {
	k, h, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindStatus, Status: 503, Times: 10})
	c := &http.Client{} // keep-alive on purpose: statuses are never retried
	var faulted, ok atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch r := send(c, "POST", srv.URL+"/x", "a=1"); r.status {
			case 503:
				faulted.Add(1)
			case 200:
				ok.Add(1)
			default:
				t.Errorf("unexpected answer %+v", r)
			}
		}()
	}
	// Readers and writers of the kit state race with the requests.
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = k.Requests()
			_ = k.Faults()
			_ = k.RequestCount()
			_ = k.AddFault(Fault{Kind: KindLatency, Path: "^/never$", Delay: 1})
		}()
	}
	wg.Wait()
	if faulted.Load() != 10 || ok.Load() != 40 || h.commits.Load() != 40 {
		t.Fatalf("faulted %d ok %d commits %d", faulted.Load(), ok.Load(), h.commits.Load())
	}
	if k.RequestCount() != 50 {
		t.Fatalf("recorded %d requests", k.RequestCount())
	}
}
