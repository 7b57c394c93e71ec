package sandbox

import (
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

func TestStatusFaultCommitsNothing(t *testing.T) {
	s, a := loggedIn(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: `^/v1/voip$`, Status: 503, Times: 1})
	ans := a.do("POST", "/v1/voip", createBody(newNumber))
	if ans.err != nil || ans.status != 503 {
		t.Fatalf("want 503, got %+v", ans)
	}
	if _, ok := s.Number(newNumber); ok || len(s.Orders()) != 0 {
		t.Fatal("the faulted call committed")
	}
	// Used up: the retry goes through.
	requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	if st := s.Kit.Faults(); st[0].Hits != 1 {
		t.Fatalf("faults %+v", st)
	}
}

func TestDropFaultCommitsButLosesTheAnswer(t *testing.T) {
	s, a := loggedIn(t, WithOrderDelay(time.Hour))
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "PUT", Path: `/deactivate$`, Times: 1})
	if ans := a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil); ans.err == nil {
		t.Fatalf("want a dropped connection, got %+v", ans)
	}
	// The order exists; a blind retry is refused and names it.
	orders := s.Orders()
	if len(orders) != 1 || orders[0].Type != TypeDeactivateVoip {
		t.Fatalf("orders %+v", orders)
	}
	wantBoom(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil), http.StatusBadRequest, itoa(orders[0].ID))
	found := decode[[]orderAnswer](t, a.do("GET", "/v1/requests?identifier="+DemoExistingNumber+"&requestType=deactivate_voip", nil), http.StatusOK)
	if len(found) != 1 || found[0].ID != orders[0].ID {
		t.Fatalf("found %+v", found)
	}
}

func TestKitRecordsLoginAndCalls(t *testing.T) {
	s, a := loggedIn(t)
	wantStatus(t, a.do("GET", "/v1/voip/profiles", nil), http.StatusOK)
	rec := s.Kit.Requests()
	if len(rec) != 2 || rec[0].Path != TokenPath || rec[0].Method != "POST" || rec[1].Path != "/v1/voip/profiles" {
		t.Fatalf("recorded %+v", rec)
	}
}
