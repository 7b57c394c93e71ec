package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

const (
	extensionsRe = `^/api/ver1\.0/client/[^/]+/extension/?$`
	extensionRe  = `^/api/ver1\.0/client/[^/]+/extension/\d+/?$`
)

func extPtr[T any](v T) *T { return &v }

// The short name goes out, the API answers it with the client's prefix,
// and a create whose answer is lost finds that extension by its short name
// instead of posting again.
func TestExtensionCreateFindsTheLostAnswerByShortName(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: `/extension/?$`, Times: 1})
	in := Extension{Name: "101", Type: "phone", Status: "active", Label: extPtr("Reception"), AniRFC3325: extPtr(false)}
	got, err := e.client.Extensions().Create(testCtx(t), me, in)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "345*101" || ShortExtensionName(got.Name) != "101" || got.ClientID != sandbox.DemoClientID {
		t.Errorf("created %+v, want the name 345*101 of client %d", got, sandbox.DemoClientID)
	}
	if n := e.count(http.MethodPost, extensionsRe); n != 1 {
		t.Errorf("%d POSTs, want 1: the lost answer's extension was there to find", n)
	}
	if all := e.api.Extensions(); len(all) != 1 || all[0].ID != got.ID {
		t.Errorf("the sandbox holds %+v, want the one extension %d", all, got.ID)
	}
}

// Patch sends the fields that changed: "" clears a string, null a number.
func TestExtensionPatchSendsOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	group, err := e.client.ExtensionGroups().Create(ctx, me, ExtensionGroup{Name: "Sales"})
	if err != nil {
		t.Fatal(err)
	}
	before := Extension{Name: "102", Type: "queue", Status: "active", Label: extPtr("Queue"), ExtensionGroupID: &group.ID}
	created, err := e.client.Extensions().Create(ctx, me, before)
	if err != nil {
		t.Fatal(err)
	}
	after := before
	after.Label, after.ExtensionGroupID, after.Status = extPtr(""), nil, "blocked"
	e.api.Kit.ResetRequests()
	got, err := e.client.Extensions().Patch(ctx, me, created.ID, before, after)
	if err != nil {
		t.Fatal(err)
	}
	puts := e.requests(http.MethodPut, extensionRe)
	if len(puts) != 1 {
		t.Fatalf("%d PUTs, want 1", len(puts))
	}
	var body map[string]json.RawMessage
	if err := json.Unmarshal([]byte(puts[0].Body), &body); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"status": `"blocked"`, "label": `""`, "extension_group_id": "null"}
	if len(body) != len(want) {
		t.Errorf("sent %s, want only %v", puts[0].Body, want)
	}
	for k, v := range want {
		if string(body[k]) != v {
			t.Errorf("sent %s = %s, want %s", k, body[k], v)
		}
	}
	if got.Status != "blocked" || derefString(got.Label) != "" || got.ExtensionGroupID != nil || got.Type != "queue" {
		t.Errorf("answered %+v", got)
	}
}

func derefString(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// The documented filters go to the API as query parameters.
func TestExtensionFilterIsTheListingsQuery(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	group, err := e.client.ExtensionGroups().Create(ctx, me, ExtensionGroup{Name: "Support"})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []Extension{
		{Name: "201", Type: "phone", Status: "active", ExtensionGroupID: &group.ID},
		{Name: "202", Type: "phone", Status: "blocked", ExtensionGroupID: &group.ID},
		{Name: "203", Type: "queue", Status: "active"},
	} {
		if _, err := e.client.Extensions().Create(ctx, me, x); err != nil {
			t.Fatal(err)
		}
	}
	e.api.Kit.ResetRequests()
	var names []string
	f := ExtensionFilter{Type: "phone", Status: "active", ExtensionGroupID: group.ID}
	err = e.client.Extensions().WalkWhere(ctx, me, f.Query(), func(x Extension) bool {
		names = append(names, x.Name)
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 1 || names[0] != "345*201" {
		t.Errorf("filtered listing %v, want [345*201]", names)
	}
	lists := e.requests(http.MethodGet, extensionsRe)
	if len(lists) != 1 {
		t.Fatalf("%d listing requests, want 1", len(lists))
	}
	q, _ := url.ParseQuery(lists[0].RawQuery)
	if q.Get("type") != "phone" || q.Get("status") != "active" || q.Get("extension_group_id") != strconv.FormatInt(group.ID, 10) {
		t.Errorf("query %q, want the three filters", lists[0].RawQuery)
	}
	if len(ExtensionFilter{}.Query()) != 0 {
		t.Error("an empty filter sends query parameters")
	}
}

// dial_rule_limit: a number in seed 004, a string or null in an SDK.
func TestLooseIntReadsNumbersStringsAndNull(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]LooseInt{`5`: 5, `"7"`: 7, `""`: 0, `null`: 0} {
		var got struct {
			N *LooseInt `json:"n"`
		}
		if err := json.Unmarshal([]byte(`{"n":`+in+`}`), &got); err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		if got.N != nil && *got.N != want || got.N == nil && in != "null" {
			t.Errorf("%s read as %v, want %d", in, got.N, want)
		}
	}
	var bad LooseInt
	if err := json.Unmarshal([]byte(`"x"`), &bad); err == nil {
		t.Error(`"x" read as an integer`)
	}
	if b, _ := json.Marshal(LooseInt(3)); string(b) != "3" {
		t.Errorf("3 is sent as %s", b)
	}
}

// A network permission's addresses are a set: an answer in another order is
// still the create that was sent.
func TestNetworkPermissionSameIgnoresOrder(t *testing.T) {
	t.Parallel()
	sent := NetworkPermission{Name: "Office", NetworkAddresses: []string{"192.0.2.0/24", "198.51.100.7/32"}}
	got := NetworkPermission{ID: 4, Name: "Office", NetworkAddresses: []string{"198.51.100.7/32", "192.0.2.0/24"}, NetworkCount: 2}
	if !networkPermissionSpec.sameAs(sent)(got) {
		t.Error("the same addresses in another order are not the object sent")
	}
	got.NetworkAddresses = got.NetworkAddresses[:1]
	if networkPermissionSpec.sameAs(sent)(got) {
		t.Error("fewer addresses are taken for the object sent")
	}
}

func TestNetworkPermissionsAndGroupsRoundTrip(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	p, err := e.client.NetworkPermissions().Create(ctx, me, NetworkPermission{Name: "Office", NetworkAddresses: []string{"192.0.2.0/24"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.ID <= 0 || p.NetworkCount != 1 {
		t.Errorf("created %+v", p)
	}
	p2, err := e.client.NetworkPermissions().Patch(ctx, demoID, p.ID, NetworkPermission{Name: "Office", NetworkAddresses: []string{"192.0.2.0/24"}},
		NetworkPermission{Name: "Office", NetworkAddresses: []string{"192.0.2.0/24", "203.0.113.0/28"}})
	if err != nil || len(p2.NetworkAddresses) != 2 || p2.NetworkCount != 2 {
		t.Errorf("patched %+v, %v", p2, err)
	}
	if got, err := e.client.NetworkPermissions().Get(ctx, me, p.ID); err != nil || got.Name != "Office" {
		t.Errorf("read %+v, %v", got, err)
	}
	g, err := e.client.ExtensionGroups().Create(ctx, me, ExtensionGroup{Name: "Sales"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.Extensions().Create(ctx, me, Extension{Name: "301", Type: "phone", ExtensionGroupID: &g.ID}); err != nil {
		t.Fatal(err)
	}
	// A group in use: 409, worded by the API error.
	err = e.client.ExtensionGroups().Delete(ctx, me, g.ID)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusConflict {
		t.Errorf("deleting a group in use: %v, want HTTP 409", err)
	}
}

func TestLimitsAreRead(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithLimits(func(l *sandbox.Limits) { l.ExtensionLimit = 7 }))
	l, err := e.client.Limits(testCtx(t), me)
	if err != nil {
		t.Fatal(err)
	}
	if l.ExtensionLimit == nil || *l.ExtensionLimit != 7 || l.EventLimit == nil {
		t.Errorf("limits %+v", l)
	}
	if _, err := e.client.Limits(testCtx(t), "999999"); !IsClientNotFound(err) {
		t.Errorf("limits of an unknown client: %v", err)
	}
}

// A refresh of 100 extensions of one client: every read at about the same
// time, served from one listing of pages + 1 requests (a full page of 100,
// then the empty page that ends it), none by id.
func TestRefreshOf100ExtensionsIsOneListing(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	var ids []int64
	for i := range 100 {
		ids = append(ids, e.api.PutExtension(sandbox.Extension{Name: strconv.Itoa(500 + i), Type: "phone", Status: "active"}).ID)
	}
	c := e.sharingClient()
	e.api.Kit.ResetRequests()
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Extensions().Get(ctx, me, id)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := e.count(http.MethodGet, extensionsRe); n != 2 {
		t.Errorf("100 reads took %d listing requests, want 2 (one page of 100, one empty)", n)
	}
	if n := e.count(http.MethodGet, extensionRe); n != 0 {
		t.Errorf("%d reads by id, want none", n)
	}
	if n := e.count("", apiRe); n != 2 {
		t.Errorf("%d API requests in all, want 2", n)
	}
}
