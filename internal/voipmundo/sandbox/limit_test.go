package sandbox

import (
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

func TestThrottledAnswers429(t *testing.T) {
	s, a := newAPI(t)
	s.SetThrottled(true)
	wantError(t, a.subscriber(0), http.StatusTooManyRequests, ReasonTooManyRequests)
	wantError(t, a.master(DemoCustomerID), http.StatusTooManyRequests, ReasonTooManyRequests)
	if n := s.Kit.RequestCount(); n != 2 {
		t.Fatalf("recorded %d requests", n)
	}
	s.SetThrottled(false)
	wantRecordID(t, a.subscriber(0), DemoSubscriberCustomerID)
}

// holdSlot starts a request whose body never ends until release is called,
// so it occupies a slot; it returns when the emulator counts it.
func holdSlot(t *testing.T, s *Server, a *api) (release func() answer) {
	t.Helper()
	pr, pw := io.Pipe()
	req, err := http.NewRequest(http.MethodGet, a.url(ActionCustomer, DemoSubscriberToken, DemoSubscriberKey, 0), pr)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan answer, 1)
	before := s.InFlight()
	go func() { done <- send(req) }()
	deadline := time.Now().Add(5 * time.Second)
	for s.InFlight() == before {
		if time.Now().After(deadline) {
			t.Fatal("the slow request never arrived")
		}
		time.Sleep(5 * time.Millisecond)
	}
	return func() answer {
		_ = pw.Close()
		return <-done
	}
}

func TestConcurrencyLimitAnswers429(t *testing.T) {
	s, a := newAPI(t, WithMaxConcurrent(1))
	release := holdSlot(t, s, a)
	wantError(t, a.subscriber(0), http.StatusTooManyRequests, ReasonTooManyRequests)
	if n := s.InFlight(); n != 1 {
		t.Fatalf("in flight %d (a 429 must not take a slot)", n)
	}
	wantRecordID(t, release(), DemoSubscriberCustomerID)
	if n := s.InFlight(); n != 0 {
		t.Fatalf("in flight %d after release", n)
	}
	wantRecordID(t, a.subscriber(0), DemoSubscriberCustomerID)
}

func TestSetMaxConcurrentAtRuntime(t *testing.T) {
	s, a := newAPI(t)
	first := holdSlot(t, s, a)
	second := holdSlot(t, s, a) // no limit: both run
	s.SetMaxConcurrent(2)
	wantError(t, a.master(DemoCustomerID), http.StatusTooManyRequests, ReasonTooManyRequests)
	s.SetMaxConcurrent(0)
	wantRecordID(t, a.master(DemoCustomerID), DemoCustomerID)
	wantRecordID(t, first(), DemoSubscriberCustomerID)
	wantRecordID(t, second(), DemoSubscriberCustomerID)
}

func TestInjectedLatencyHoldsASlot(t *testing.T) {
	s, a := newAPI(t, WithMaxConcurrent(1))
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Path: DemoMasterToken, Delay: time.Second, Times: 1})
	done := make(chan answer, 1)
	go func() { done <- a.master(DemoCustomerID) }()
	deadline := time.Now().Add(5 * time.Second)
	for s.InFlight() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the delayed request never arrived")
		}
		time.Sleep(5 * time.Millisecond)
	}
	wantError(t, a.subscriber(0), http.StatusTooManyRequests, ReasonTooManyRequests)
	wantRecordID(t, <-done, DemoCustomerID)
	if s.Kit.Faults()[0].Hits != 1 {
		t.Fatalf("faults %+v", s.Kit.Faults())
	}
}
