package sandbox

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

func mustFault(t *testing.T, s *Server, f sandboxkit.Fault) {
	t.Helper()
	if err := s.Kit.AddFault(f); err != nil {
		t.Fatal(err)
	}
}

func TestStatusFaultCommitsNothing(t *testing.T) {
	s, a := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 503, Method: "POST", Path: `^/subaccounts/add`, Times: 1})
	ans := a.call("add", map[string]any{"subaccount_username": "faulted", "subaccount_password": "pw12345", "subaccount_id": DemoTemplateID})
	if ans.err != nil || ans.status != http.StatusServiceUnavailable {
		t.Fatalf("want 503, got %+v", ans)
	}
	wantCount(t, s, 1)
	// Used up: the retry succeeds; other paths were never affected.
	wantJSON(t, a.call("add", map[string]any{"subaccount_username": "faulted", "subaccount_password": "pw12345",
		"subaccount_id": DemoTemplateID}), `{"success":true,"id":1485}`)
	if st := s.Kit.Faults(); len(st) != 1 || st[0].Hits != 1 {
		t.Fatalf("fault state %+v", st)
	}
}

func TestDropFaultCommitsTheAdd(t *testing.T) {
	s, a := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Path: `/subaccounts/add`, Times: 1})
	ans := a.call("add", map[string]any{"subaccount_username": "dropped", "subaccount_password": "pw12345", "subaccount_id": DemoTemplateID})
	if ans.err == nil {
		t.Fatalf("want a dropped connection, got %+v", ans)
	}
	if mustSub(t, s, 1485).Username != "dropped" {
		t.Fatal("drop did not commit")
	}
	// A blind retry now hits the uniqueness check.
	wantError(t, a.call("add", map[string]any{"subaccount_username": "dropped", "subaccount_password": "pw12345",
		"subaccount_id": DemoTemplateID}), CodeBadLogin)
}

func TestMalformedAndResetFaults(t *testing.T) {
	s, a := newAPI(t)
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Path: `/subaccounts/limit`, Times: 1})
	mustFault(t, s, sandboxkit.Fault{Kind: sandboxkit.KindReset, Path: `/subaccounts/delete`, Times: 1})
	ans := a.call("limit", map[string]any{"id": DemoTemplateID, "type": "eco", "value": 3})
	if ans.err != nil || ans.status != http.StatusOK || json.Valid([]byte(ans.body)) {
		t.Fatalf("want 200 with broken JSON, got %+v", ans)
	}
	if s.Limits(DemoTemplateID)["eco"] != 3 {
		t.Fatal("malformed answer did not commit")
	}
	if ans := a.call("delete", map[string]any{"id": DemoTemplateID}); ans.err == nil {
		t.Fatalf("want a reset, got %+v", ans)
	}
	wantCount(t, s, 1)
}

func TestRequestsAreRecorded(t *testing.T) {
	s, a := newAPI(t)
	a.postForm(path("view"), vals("username", DemoUsername, "password", DemoPassword, "id", "1194"))
	a.call("index", nil)
	reqs := s.Kit.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	if reqs[0].Method != http.MethodPost || reqs[0].Path != "/subaccounts/view.json" || reqs[0].Form.Get("id") != "1194" {
		t.Fatalf("first request %+v", reqs[0])
	}
	if !strings.HasPrefix(reqs[1].Header.Get("Authorization"), "Bearer ") || reqs[1].Body != "{}" {
		t.Fatalf("second request %+v", reqs[1])
	}
}

func TestConcurrentAddsGetUniqueIDs(t *testing.T) {
	s, a := newAPI(t)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ans := a.call("add", map[string]any{"subaccount_username": "conc" + jsonInt(int64(i)),
				"subaccount_password": "pw12345", "subaccount_id": DemoTemplateID})
			if ans.err != nil || !strings.Contains(ans.body, `"success":true`) {
				t.Errorf("add %d: %+v", i, ans)
			}
			s.Subaccounts()
			if _, err := s.Snapshot(); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	seen := map[int64]bool{}
	for _, sa := range s.Subaccounts() {
		seen[sa.ID] = true
	}
	if len(seen) != 21 {
		t.Fatalf("%d subaccounts", len(seen))
	}
}
