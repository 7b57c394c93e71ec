package sandbox

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

func TestPagination(t *testing.T) {
	s, a := loggedIn(t)
	for i := range 45 {
		s.PutInterval(Interval{Name: fmt.Sprint("iv", i), Timezone: "UTC", Conditions: []Condition{{Month: 1, Type: ConditionPeriodic}}})
		s.PutDialRule(DialRuleList{Name: fmt.Sprint("dr", i), DialRules: []DialRule{{MatchExp: "1", ReplExp: "2"}}})
	}
	ids := func(path string) []int64 {
		t.Helper()
		var out []int64
		for _, iv := range decode[[]Interval](t, a.do("GET", path, nil), http.StatusOK) {
			out = append(out, iv.ID)
		}
		return out
	}
	ascending := func(got []int64, first int64, n int) {
		t.Helper()
		if len(got) != n {
			t.Fatalf("%d items, want %d", len(got), n)
		}
		for i, id := range got {
			if id != first+int64(i) {
				t.Fatalf("ids %v, want %d.. ascending", got, first)
			}
		}
	}
	ascending(ids("/client/@me/interval/"), FirstIntervalID, DefaultPerPage)
	ascending(ids("/client/@me/interval/?page=2"), FirstIntervalID+20, 20)
	ascending(ids("/client/@me/interval/?page=3"), FirstIntervalID+40, 5)
	ascending(ids("/client/@me/interval/?page=3&per_page=10"), FirstIntervalID+20, 10)
	ascending(ids("/client/@me/interval/?per_page=500"), FirstIntervalID, 45)
	ascending(ids("/client/@me/interval/?page=1&per_page=1"), FirstIntervalID, 1)
	wantJSON(t, a.do("GET", "/client/@me/interval/?page=4", nil), http.StatusOK, `[]`)
	wantJSON(t, a.do("GET", "/client/@me/interval/?page=99&per_page=500", nil), http.StatusOK, `[]`)

	lists := decode[[]DialRuleList](t, a.do("GET", "/client/@me/dial_rule/?page=3", nil), http.StatusOK)
	if len(lists) != 5 || lists[0].ID != FirstDialRuleID+40 || lists[4].ID != FirstDialRuleID+44 {
		t.Fatalf("dial rule page 3: %d items from %d", len(lists), lists[0].ID)
	}
	wantJSON(t, a.do("GET", "/client/@me/dial_rule/?page=5", nil), http.StatusOK, `[]`)

	for _, q := range []string{"page=0", "page=-1", "page=x", "per_page=0", "per_page=501", "per_page=ten", "page="} {
		key, _, _ := strings.Cut(q, "=")
		wantError(t, a.do("GET", "/client/@me/interval/?"+q, nil), http.StatusBadRequest, "validation_error", key)
		wantStatus(t, a.do("GET", "/client/@me/dial_rule/?"+q, nil), http.StatusBadRequest)
	}
}
