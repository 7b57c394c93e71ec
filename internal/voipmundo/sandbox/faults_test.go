package sandbox

import (
	"encoding/json"
	"net/http"
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

func TestStatusFaultThenNormal(t *testing.T) {
	s, a := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: "/" + ActionCustomer + "/", Status: 503, RetryAfter: "1", Times: 1})
	ans := a.subscriber(0)
	if ans.err != nil || ans.status != 503 || ans.header.Get("Retry-After") != "1" {
		t.Fatalf("want 503, got %+v", ans)
	}
	wantRecordID(t, a.subscriber(0), DemoSubscriberCustomerID)
	if f := s.Kit.Faults(); len(f) != 1 || f[0].Hits != 1 {
		t.Fatalf("faults %+v", f)
	}
}

func TestMalformedAndLatencyFaults(t *testing.T) {
	s, a := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Times: 1})
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 100 * time.Millisecond, Times: 1})
	ans := a.master(DemoCustomerID)
	if ans.err != nil || ans.status != 200 || json.Valid([]byte(ans.body)) {
		t.Fatalf("want 200 with broken JSON, got %+v", ans)
	}
	start := time.Now()
	wantRecordID(t, a.master(DemoCustomerID), DemoCustomerID)
	if time.Since(start) < 100*time.Millisecond {
		t.Fatal("latency fault not applied")
	}
}

func TestResetAndDropFaults(t *testing.T) {
	s, a := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindReset, Times: 1})
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Times: 1})
	for i := range 2 {
		if ans := a.subscriber(0); ans.err == nil {
			t.Fatalf("request %d: want a broken connection, got %+v", i, ans)
		}
	}
	wantRecordID(t, a.subscriber(0), DemoSubscriberCustomerID)
}

func TestRequestsAreRecorded(t *testing.T) {
	s, a := newAPI(t)
	a.reseller(DemoSubscriberCustomerID)
	reqs := s.Kit.Requests()
	if len(reqs) != 1 || reqs[0].Method != http.MethodGet ||
		reqs[0].Path != BasePath+"/"+ActionCustomer+"/"+DemoResellerToken+"/"+DemoResellerKey+"/1057" {
		t.Fatalf("recorded %+v", reqs)
	}
}
