package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// wantConditions is what the API answers for officeHours: times as HH:MM:SS.
var wantConditions = []Condition{
	{StartDow: 2, EndDow: 6, StartTime: "09:00:00", EndTime: "18:00:00"},
	{Month: 12, StartMday: 24, EndMday: 31},
}

func TestIntervalCRUD(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	created, err := e.client.Intervals().Create(ctx, me, officeHours("Office hours"))
	if err != nil {
		t.Fatalf("CreateInterval: %v", err)
	}
	if created.ID < sandbox.FirstIntervalID || created.ClientID != sandbox.DemoClientID {
		t.Errorf("created id %d, client %d; want id >= %d of client %d", created.ID, created.ClientID, sandbox.FirstIntervalID, sandbox.DemoClientID)
	}
	if created.Name != "Office hours" || created.Timezone != "Europe/Moscow" {
		t.Errorf("created = %+v", created)
	}
	if !reflect.DeepEqual(created.Conditions, wantConditions) {
		t.Errorf("created conditions = %+v\nwant (times as HH:MM:SS) %+v", created.Conditions, wantConditions)
	}
	stored, ok := e.api.Interval(created.ID)
	if !ok || stored.Name != "Office hours" || len(stored.Conditions) != 2 || stored.Conditions[0].StartTime != "09:00:00" {
		t.Fatalf("emulator holds %+v (found %v)", stored, ok)
	}
	if n := e.count("POST", intervalsRe); n != 1 {
		t.Errorf("POSTs = %d, want 1", n)
	}

	// Read by "@me" and by the numeric client id.
	for _, cid := range []string{me, demoID} {
		got, err := e.client.Intervals().Get(ctx, cid, created.ID)
		if err != nil {
			t.Fatalf("Interval(%s): %v", cid, err)
		}
		if !reflect.DeepEqual(got, created) {
			t.Errorf("Interval(%s) = %+v, want %+v", cid, got, created)
		}
	}
	all, err := e.client.Intervals().List(ctx, me)
	if err != nil {
		t.Fatalf("Intervals: %v", err)
	}
	if len(all) != 1 || !reflect.DeepEqual(all[0], created) {
		t.Errorf("Intervals = %+v, want just %+v", all, created)
	}

	// Update replaces name, zone and the whole condition list.
	upd := Interval{ID: 999, ClientID: 999, Name: "Summer hours", Timezone: "Asia/Yekaterinburg",
		Conditions: []Condition{{StartDow: 2, EndDow: 4, StartTime: "08:30", EndTime: "17:15:30"}}}
	got, err := e.client.Intervals().Update(ctx, me, created.ID, upd)
	if err != nil {
		t.Fatalf("UpdateInterval: %v", err)
	}
	want := Interval{ID: created.ID, ClientID: sandbox.DemoClientID, Name: "Summer hours", Timezone: "Asia/Yekaterinburg",
		Conditions: []Condition{{StartDow: 2, EndDow: 4, StartTime: "08:30:00", EndTime: "17:15:30"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("UpdateInterval = %+v, want %+v", got, want)
	}
	stored, _ = e.api.Interval(created.ID)
	if stored.Name != "Summer hours" || len(stored.Conditions) != 1 || stored.Conditions[0].EndTime != "17:15:30" {
		t.Errorf("emulator holds %+v after the update", stored)
	}
	puts := e.requests("PUT", intervalRe)
	if len(puts) != 1 {
		t.Fatalf("PUTs = %d, want 1", len(puts))
	}
	var body map[string]any
	if err := json.Unmarshal([]byte(puts[0].Body), &body); err != nil {
		t.Fatalf("PUT body %q: %v", puts[0].Body, err)
	}
	if _, has := body["id"]; has {
		t.Errorf("PUT body sends the read-only id: %s", puts[0].Body)
	}
	if _, has := body["client_id"]; has {
		t.Errorf("PUT body sends the read-only client_id: %s", puts[0].Body)
	}
	if upd.ID != 999 {
		t.Error("UpdateInterval changed the caller's value")
	}

	// Delete, then it is gone; deleting again is not an error.
	if err := e.client.Intervals().Delete(ctx, me, created.ID); err != nil {
		t.Fatalf("DeleteInterval: %v", err)
	}
	if _, ok := e.api.Interval(created.ID); ok {
		t.Error("the interval is still stored after DeleteInterval")
	}
	if _, err := e.client.Intervals().Get(ctx, me, created.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Interval after delete: err = %v, want ErrNotFound", err)
	}
	if err := e.client.Intervals().Delete(ctx, me, created.ID); err != nil {
		t.Errorf("second DeleteInterval: %v, want nil", err)
	}
	if n := e.count("DELETE", intervalRe); n != 2 {
		t.Errorf("DELETEs = %d, want 2", n)
	}
}

func TestDialRuleListCRUD(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	in := sampleRules("Outgoing")
	created, err := e.client.DialRules().Create(ctx, me, in)
	if err != nil {
		t.Fatalf("CreateDialRuleList: %v", err)
	}
	if created.ID != sandbox.FirstDialRuleID || created.ClientID != sandbox.DemoClientID || created.Name != "Outgoing" {
		t.Errorf("created = %+v, want id %d of client %d", created, sandbox.FirstDialRuleID, sandbox.DemoClientID)
	}
	if !reflect.DeepEqual(created.DialRules, in.DialRules) {
		t.Errorf("created rules = %+v, want %+v (order kept)", created.DialRules, in.DialRules)
	}
	stored, ok := e.api.DialRule(created.ID)
	if !ok || len(stored.DialRules) != 2 || stored.DialRules[0].MatchExp != `^8(\d{10})$` || stored.DialRules[1].Comment != "" {
		t.Fatalf("emulator holds %+v (found %v)", stored, ok)
	}

	for _, cid := range []string{me, demoID} {
		got, err := e.client.DialRules().Get(ctx, cid, created.ID)
		if err != nil {
			t.Fatalf("DialRuleList(%s): %v", cid, err)
		}
		if !reflect.DeepEqual(got, created) {
			t.Errorf("DialRuleList(%s) = %+v, want %+v", cid, got, created)
		}
	}
	lists, err := e.client.DialRules().List(ctx, me)
	if err != nil {
		t.Fatalf("DialRuleLists: %v", err)
	}
	if len(lists) != 1 || !reflect.DeepEqual(lists[0], created) {
		t.Errorf("DialRuleLists = %+v", lists)
	}

	// Update: new name, the rules reversed and one more.
	upd := DialRuleList{Name: "Outgoing v2", DialRules: []DialRule{
		in.DialRules[1], in.DialRules[0], {MatchExp: `^\+(\d+)$`, ReplExp: `\1`, Comment: "international"},
	}}
	got, err := e.client.DialRules().Update(ctx, me, created.ID, upd)
	if err != nil {
		t.Fatalf("UpdateDialRuleList: %v", err)
	}
	if got.ID != created.ID || got.Name != "Outgoing v2" || !reflect.DeepEqual(got.DialRules, upd.DialRules) {
		t.Errorf("UpdateDialRuleList = %+v, want %+v", got, upd)
	}
	stored, _ = e.api.DialRule(created.ID)
	if len(stored.DialRules) != 3 || stored.DialRules[0].MatchExp != `^(\d{3})$` || stored.DialRules[2].Comment != "international" {
		t.Errorf("emulator holds %+v after the update", stored)
	}

	if err := e.client.DialRules().Delete(ctx, me, created.ID); err != nil {
		t.Fatalf("DeleteDialRuleList: %v", err)
	}
	if _, ok := e.api.DialRule(created.ID); ok {
		t.Error("the list is still stored after DeleteDialRuleList")
	}
	if _, err := e.client.DialRules().Get(ctx, me, created.ID); !errors.Is(err, ErrNotFound) || IsClientNotFound(err) {
		t.Errorf("DialRuleList after delete: err = %v, want ErrNotFound (not client_not_found)", err)
	}
	if err := e.client.DialRules().Delete(ctx, me, created.ID); err != nil {
		t.Errorf("second DeleteDialRuleList: %v, want nil", err)
	}
}

func TestClientInfoByMeAndByID(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	byMe, err := e.client.ClientInfo(ctx, me)
	if err != nil {
		t.Fatalf("ClientInfo(@me): %v", err)
	}
	if byMe.ID != sandbox.DemoClientID || byMe.Name != sandbox.DemoClientName || byMe.Timezone != sandbox.DemoTimezone {
		t.Errorf("ClientInfo(@me) = id %d name %q tz %q", byMe.ID, byMe.Name, byMe.Timezone)
	}
	if byMe.DialRuleID != nil {
		t.Errorf("dial_rule_id = %d, want null (seeded without a list)", *byMe.DialRuleID)
	}
	if byMe.RecordFormat != "mp3" || byMe.CallInteractiveMethod != "GET" || byMe.RecordStereo == nil || *byMe.RecordStereo {
		t.Errorf("documented defaults not decoded: record_format %q, call_interactive_method %q, record_stereo %v",
			byMe.RecordFormat, byMe.CallInteractiveMethod, byMe.RecordStereo)
	}
	byID, err := e.client.ClientInfo(ctx, demoID)
	if err != nil {
		t.Fatalf("ClientInfo(%s): %v", demoID, err)
	}
	if !reflect.DeepEqual(byID, byMe) {
		t.Errorf("ClientInfo(%s) = %+v\nClientInfo(@me) = %+v", demoID, byID, byMe)
	}
	paths := map[string]bool{}
	for _, r := range e.requests("GET", clientInfoRe) {
		paths[r.Path] = true
	}
	for _, p := range []string{"/api/ver1.0/client/client_info/@me/", "/api/ver1.0/client/client_info/" + demoID + "/"} {
		if !paths[p] {
			t.Errorf("no GET %s among %v", p, paths)
		}
	}

	// A list attached behind the client's back is seen.
	l := e.api.PutDialRule(sandbox.DialRuleList{Name: "attached", DialRules: []sandbox.DialRule{{MatchExp: "^1$", ReplExp: "1"}}})
	ci := e.api.ClientInfo()
	ci.DialRuleID = &l.ID
	e.api.SetClientInfo(ci)
	got, err := e.client.ClientInfo(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	if got.DialRuleID == nil || *got.DialRuleID != l.ID {
		t.Errorf("dial_rule_id = %v, want %d", got.DialRuleID, l.ID)
	}
}

// seedIntervals stores n intervals directly in the emulator.
func seedIntervals(e *env, n int) []int64 {
	ids := make([]int64, 0, n)
	for i := 0; i < n; i++ {
		iv := e.api.PutInterval(sandbox.Interval{Name: fmt.Sprintf("seeded %03d", i), Timezone: "UTC",
			Conditions: []sandbox.Condition{{Month: int64(i%12 + 1), Type: sandbox.ConditionPeriodic}}})
		ids = append(ids, iv.ID)
	}
	return ids
}

func TestIntervalsPaginates(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 99, 100, 150, 250} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			want := seedIntervals(e, n)

			got, err := e.client.Intervals().List(testCtx(t), me)
			if err != nil {
				t.Fatalf("Intervals: %v", err)
			}
			if len(got) != n {
				t.Fatalf("Intervals returned %d, want %d", len(got), n)
			}
			for i, iv := range got {
				if iv.ID != want[i] || iv.Name != fmt.Sprintf("seeded %03d", i) {
					t.Fatalf("item %d = id %d %q, want id %d", i, iv.ID, iv.Name, want[i])
				}
			}
			// Pages of 100 are asked for until a short page: n/100+1 requests.
			reqs := e.requests("GET", intervalsRe)
			if len(reqs) != n/100+1 {
				t.Fatalf("list requests = %d, want %d", len(reqs), n/100+1)
			}
			for i, r := range reqs {
				if p, pp := r.Form.Get("page"), r.Form.Get("per_page"); p != fmt.Sprint(i+1) || pp != "100" {
					t.Errorf("request %d asked page=%q per_page=%q, want page=%d per_page=100", i, p, pp, i+1)
				}
			}
		})
	}
}

func TestDialRuleListsPaginates(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for i := 0; i < 101; i++ {
		e.api.PutDialRule(sandbox.DialRuleList{Name: fmt.Sprintf("list %03d", i), DialRules: []sandbox.DialRule{{MatchExp: "^1$", ReplExp: "1"}}})
	}
	got, err := e.client.DialRules().List(testCtx(t), demoID)
	if err != nil {
		t.Fatalf("DialRuleLists: %v", err)
	}
	if len(got) != 101 || got[0].Name != "list 000" || got[100].Name != "list 100" {
		t.Fatalf("DialRuleLists returned %d lists (first %+v)", len(got), got[:min(1, len(got))])
	}
	seen := map[int64]bool{}
	for _, l := range got {
		if seen[l.ID] {
			t.Errorf("list %d returned twice", l.ID)
		}
		seen[l.ID] = true
	}
	reqs := e.requests("GET", dialRulesRe)
	if len(reqs) != 2 || reqs[0].Form.Get("page") != "1" || reqs[1].Form.Get("page") != "2" || reqs[1].Form.Get("per_page") != "100" {
		t.Errorf("list requests = %+v, want page=1 and page=2 with per_page=100", reqs)
	}
}
