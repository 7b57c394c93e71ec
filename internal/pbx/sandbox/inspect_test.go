package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

func TestIntervalHelpers(t *testing.T) {
	s, a := loggedIn(t)
	iv := s.PutInterval(Interval{Name: "drift", Timezone: "Bad/Zone", Conditions: []Condition{{StartDow: 9}}})
	if iv.ID != FirstIntervalID || iv.ClientID != DemoClientID || iv.DealerID != DemoDealerID {
		t.Fatalf("PutInterval %+v", iv)
	}
	// Unvalidated state is served as is.
	got := decode[Interval](t, a.do("GET", fmt.Sprintf("/client/@me/interval/%d", iv.ID), nil), http.StatusOK)
	if got.Timezone != "Bad/Zone" || got.Conditions[0].StartDow != 9 {
		t.Fatalf("served %+v", got)
	}
	// Replace keeps the id; an explicit id moves the counter past it.
	iv.Name = "renamed"
	if r := s.PutInterval(iv); r.ID != iv.ID || r.Name != "renamed" || len(s.Intervals()) != 1 {
		t.Fatalf("replace %+v", r)
	}
	s.PutInterval(Interval{ID: 5000, Name: "far", Timezone: "UTC"})
	if next := mustCreateInterval(t, a, officeHours()); next.ID != 5001 {
		t.Fatalf("next id %d", next.ID)
	}
	// Returned values are copies.
	stored, _ := s.Interval(iv.ID)
	stored.Conditions[0].StartDow = 1
	if again, _ := s.Interval(iv.ID); again.Conditions[0].StartDow != 9 {
		t.Fatal("Interval returned shared memory")
	}
	if !s.DeleteInterval(iv.ID) || s.DeleteInterval(iv.ID) {
		t.Fatal("DeleteInterval results")
	}
	if _, ok := s.Interval(iv.ID); ok {
		t.Fatal("deleted interval found")
	}
	wantStatus(t, a.do("GET", fmt.Sprintf("/client/@me/interval/%d", iv.ID), nil), http.StatusNotFound)
}

func TestDialRuleHelpers(t *testing.T) {
	s, a := loggedIn(t)
	l := s.PutDialRule(DialRuleList{Name: "drift", DialRules: []DialRule{{MatchExp: "([0-9]", ReplExp: "x"}}})
	if l.ID != FirstDialRuleID || l.ClientID != DemoClientID {
		t.Fatalf("PutDialRule %+v", l)
	}
	got := decode[[]DialRuleList](t, a.do("GET", "/client/@me/dial_rule/", nil), http.StatusOK)
	if len(got) != 1 || got[0].DialRules[0].MatchExp != "([0-9]" {
		t.Fatalf("served %+v", got)
	}
	// The helper deletes even an attached list.
	wantStatus(t, a.do("PUT", "/client/client_info/@me/", map[string]any{"dial_rule_id": l.ID}), http.StatusOK)
	if !s.DeleteDialRule(l.ID) || s.DeleteDialRule(l.ID) {
		t.Fatal("DeleteDialRule results")
	}
	if ci := s.ClientInfo(); ci.DialRuleID == nil || *ci.DialRuleID != l.ID {
		t.Fatalf("dangling dial_rule_id expected, got %+v", ci.DialRuleID)
	}
	// A PUT that does not touch dial_rule_id still works with the dangling id.
	wantStatus(t, a.do("PUT", "/client/client_info/@me/", map[string]any{"geo_list": "*"}), http.StatusOK)
	if n := len(s.DialRules()); n != 0 {
		t.Fatalf("%d lists left", n)
	}
}

func TestOfficeHelpers(t *testing.T) {
	s, a := loggedIn(t, WithClock(newClock(demoTime).now))
	g := s.PutExtensionGroup(ExtensionGroup{Name: "drift"})
	if g.ID != FirstExtensionGroupID || g.ClientID != DemoClientID {
		t.Fatalf("PutExtensionGroup %+v", g)
	}
	e := s.PutExtension(Extension{Name: "7", Type: "modem", ExtensionGroupID: &g.ID})
	want := Extension{ID: FirstExtensionID, ClientID: DemoClientID, Name: "345*7", Type: "modem",
		Domain: seedDomain, CreateDate: demoStamp, ExtensionGroupID: &g.ID}
	if !reflect.DeepEqual(e, want) {
		t.Fatalf("PutExtension %+v\nwant %+v", e, want)
	}
	// Unvalidated state is served as it is; copies are returned.
	if got := decode[Extension](t, a.do("GET", fmt.Sprintf("/client/@me/extension/%d", e.ID), nil), http.StatusOK); !reflect.DeepEqual(got, e) {
		t.Fatalf("served %+v", got)
	}
	stored, _ := s.Extension(e.ID)
	*stored.ExtensionGroupID = 1
	if again, _ := s.Extension(e.ID); !sameID(again.ExtensionGroupID, g.ID) {
		t.Fatal("Extension returned shared memory")
	}
	// The helpers delete what the API refuses to, and leave references
	// dangling.
	d := s.DIDs()[0]
	d.ExtensionID = &e.ID
	s.PutDID(d)
	if !s.DeleteExtensionGroup(g.ID) || !s.DeleteExtension(e.ID) || s.DeleteExtension(e.ID) {
		t.Fatal("Delete results")
	}
	if got, _ := s.DID(d.ID); !sameID(got.ExtensionID, e.ID) {
		t.Fatalf("DID %+v", got)
	}
	n := s.PutNetworkPermission(NetworkPermission{Name: "any", NetworkAddress: []string{"bad", "1.2.3.4/32"}, NetworkCount: 9})
	if n.ID != FirstNetworkPermissionID || n.NetworkCount != 2 {
		t.Fatalf("PutNetworkPermission %+v", n)
	}
	if got, ok := s.NetworkPermission(n.ID); !ok || !reflect.DeepEqual(got, n) || !reflect.DeepEqual(s.NetworkPermissions(), []NetworkPermission{n}) {
		t.Fatalf("NetworkPermission %+v", got)
	}
	if !s.DeleteNetworkPermission(n.ID) || len(s.NetworkPermissions()) != 0 {
		t.Fatal("DeleteNetworkPermission")
	}
	if _, ok := s.ExtensionGroup(g.ID); ok || len(s.ExtensionGroups()) != 0 {
		t.Fatal("group still there")
	}
}
