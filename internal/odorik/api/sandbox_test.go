package api

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

func TestPublicNumbers(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	tests := []struct {
		name          string
		sip, shared   bool
		want          []PublicNumber
		wantQueryKeys []string
	}{
		{
			name: "plain",
			want: []PublicNumber{
				{sandbox.GeographicNumber, sandbox.TypeGeographic},
				{sandbox.NomadicNumber, sandbox.TypeNomadic},
				{sandbox.MobileNumber, sandbox.TypeMobile},
			},
		},
		{
			name: "sip names", sip: true,
			want: []PublicNumber{
				{sandbox.GeographicNumber, sandbox.TypeGeographic},
				{sandbox.NomadicNumber, sandbox.TypeNomadic},
				{sandbox.MobileNumber, sandbox.TypeMobile},
				{sandbox.DemoSIPName, sandbox.TypeSIPName},
			},
			wantQueryKeys: []string{"include_sip_names"},
		},
		{
			name: "shared", shared: true,
			want: []PublicNumber{
				{sandbox.GeographicNumber, sandbox.TypeGeographic},
				{sandbox.NomadicNumber, sandbox.TypeNomadic},
				{sandbox.MobileNumber, sandbox.TypeMobile},
				{sandbox.SharedNumber, sandbox.TypeShared},
			},
			wantQueryKeys: []string{"include_shared_numbers"},
		},
		{
			name: "both", sip: true, shared: true,
			want: []PublicNumber{
				{sandbox.GeographicNumber, sandbox.TypeGeographic},
				{sandbox.NomadicNumber, sandbox.TypeNomadic},
				{sandbox.MobileNumber, sandbox.TypeMobile},
				{sandbox.DemoSIPName, sandbox.TypeSIPName},
				{sandbox.SharedNumber, sandbox.TypeShared},
			},
			wantQueryKeys: []string{"include_sip_names", "include_shared_numbers"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.api.Kit.ResetRequests()
			got, err := e.client.PublicNumbers(ctx, tt.sip, tt.shared)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("PublicNumbers(%v, %v) = %v, want %v", tt.sip, tt.shared, got, tt.want)
			}
			reqs := e.requests("GET", "/public_numbers.json")
			if len(reqs) != 1 {
				t.Fatalf("want 1 GET, got %d", len(reqs))
			}
			for _, key := range []string{"include_sip_names", "include_shared_numbers"} {
				want := slices.Contains(tt.wantQueryKeys, key)
				vals, sent := reqs[0].Form[key]
				if sent != want {
					t.Errorf("%s sent = %v, want %v (query %q)", key, sent, want, reqs[0].RawQuery)
				}
				if sent && (len(vals) != 1 || vals[0] != "true") {
					t.Errorf("%s = %q, want exactly \"true\"", key, vals)
				}
			}
		})
	}
}

func TestPublicNumbersLineLoginSeesOnlyItsNumbers(t *testing.T) {
	e := newEnv(t)
	line := e.newClient(sandbox.DemoLine, sandbox.DemoLineSIPPassword)
	got, err := line.PublicNumbers(testCtx(t), true, true)
	if err != nil {
		t.Fatal(err)
	}
	want := []PublicNumber{{sandbox.DemoSIPName, sandbox.TypeSIPName}}
	if !slices.Equal(got, want) {
		t.Errorf("line login lists %v, want %v", got, want)
	}
}

func TestRoutesAndRoute(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	seed := Route{ID: sandbox.FirstRouteID, PublicNumber: sandbox.GeographicNumber, SourceNumber: sandbox.SeedRouteSource, RingingNumber: sandbox.SeedRouteRinging}

	routes, err := e.client.Routes(ctx, sandbox.GeographicNumber)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(routes, []Route{seed}) {
		t.Errorf("Routes = %v, want [%v]", routes, seed)
	}

	// The +420 spelling of the public number goes to the 00420 path.
	routes, err = e.client.Routes(ctx, "+"+strings.TrimPrefix(sandbox.GeographicNumber, "00"))
	if err != nil {
		t.Fatalf("Routes with +420 spelling: %v", err)
	}
	if !slices.Equal(routes, []Route{seed}) {
		t.Errorf("Routes(+420…) = %v, want [%v]", routes, seed)
	}

	empty, err := e.client.Routes(ctx, sandbox.NomadicNumber)
	if err != nil {
		t.Fatal(err)
	}
	if len(empty) != 0 {
		t.Errorf("Routes of a number without rules = %v, want none", empty)
	}

	r, err := e.client.Route(ctx, sandbox.GeographicNumber, sandbox.FirstRouteID)
	if err != nil {
		t.Fatal(err)
	}
	if r != seed {
		t.Errorf("Route = %v, want %v", r, seed)
	}

	_, err = e.client.Route(ctx, sandbox.GeographicNumber, sandbox.FirstRouteID+999)
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Route with an unknown id: err = %v, want ErrNotFound", err)
	}
	if errors.Is(err, ErrAuth) {
		t.Errorf("unknown id must not look like an auth error: %v", err)
	}

	_, err = e.client.Route(ctx, "00420111222333", sandbox.FirstRouteID)
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Route of an unknown number: err = %v, want ErrNotFound", err)
	}
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != "nonexisting_public_number" {
		t.Errorf("unknown number: want *Error nonexisting_public_number, got %#v", err)
	}
}

func TestCreateRouteReturnsNewID(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	const source, target = "00420601602603", "*754321"

	got, err := e.client.CreateRoute(ctx, sandbox.GeographicNumber, source, target)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID == 0 || got.ID == sandbox.FirstRouteID {
		t.Errorf("CreateRoute returned id %d, want a new id", got.ID)
	}
	if got.PublicNumber != sandbox.GeographicNumber || got.SourceNumber != source || got.RingingNumber != target {
		t.Errorf("CreateRoute returned %+v", got)
	}
	if n := e.countStored(t, source, target); n != 1 {
		t.Errorf("stored %d such rules, want 1", n)
	}
	stored := e.storedRoutes(t, sandbox.GeographicNumber)
	if !slices.ContainsFunc(stored, func(r sandbox.Route) bool { return r.ID == got.ID && r.RingingNumber == target }) {
		t.Errorf("returned id %d is not the stored rule: %v", got.ID, stored)
	}
	if n := e.count("POST", "/routes.json"); n != 1 {
		t.Errorf("POSTs = %d, want 1", n)
	}
	posted := e.requests("POST", "/routes.json")[0]
	if _, ok := posted.Form["replace_by_source_number"]; ok {
		t.Errorf("replace_by_source_number must never be sent (it deletes other rules): %v", posted.Form)
	}
}

func TestCreateRouteAdoptsIdenticalRule(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	// The seeded rule "*" -> "*100".
	got, err := e.client.CreateRoute(ctx, sandbox.GeographicNumber, sandbox.SeedRouteSource, sandbox.SeedRouteRinging)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != sandbox.FirstRouteID {
		t.Errorf("adopted id = %d, want the existing %d", got.ID, sandbox.FirstRouteID)
	}
	if n := e.count("POST", "/routes.json"); n != 0 {
		t.Errorf("POSTs = %d, want none when an identical rule exists", n)
	}
	if n := e.countStored(t, sandbox.SeedRouteSource, sandbox.SeedRouteRinging); n != 1 {
		t.Errorf("stored %d identical rules, want 1", n)
	}

	// An identical rule stored in the +420 spelling (drift) is adopted too.
	drift, err := e.api.AddRoute(sandbox.GeographicNumber, "+420601602603", "+420777888999")
	if err != nil {
		t.Fatal(err)
	}
	got, err = e.client.CreateRoute(ctx, sandbox.GeographicNumber, "00420601602603", "00420777888999")
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != drift.ID {
		t.Errorf("adopted id = %d, want the drifted rule %d", got.ID, drift.ID)
	}
	if n := e.count("POST", "/routes.json"); n != 0 {
		t.Errorf("POSTs = %d, want none", n)
	}
}

func TestCreateRouteWithDuplicatesAdoptsNewest(t *testing.T) {
	e := newEnv(t)
	a, _ := e.api.AddRoute(sandbox.GeographicNumber, "*", "*200")
	b, _ := e.api.AddRoute(sandbox.GeographicNumber, "*", "*200")
	got, err := e.client.CreateRoute(testCtx(t), sandbox.GeographicNumber, "*", "*200")
	if err != nil {
		t.Fatal(err)
	}
	if newest := max(a.ID, b.ID); got.ID != newest {
		t.Errorf("adopted id %d, want the newest duplicate %d", got.ID, newest)
	}
	if n := e.count("POST", "/routes.json"); n != 0 {
		t.Errorf("POSTs = %d, want none", n)
	}
}

func TestCreateRoutePlusSpellingIsSentAndStoredAs00(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	got, err := e.client.CreateRoute(ctx, "+420533533533", "+420601602603", "+420777888999")
	if err != nil {
		t.Fatal(err)
	}
	want := Route{ID: got.ID, PublicNumber: "00420533533533", SourceNumber: "00420601602603", RingingNumber: "00420777888999"}
	if got != want || got.ID == 0 {
		t.Errorf("CreateRoute = %+v, want %+v", got, want)
	}
	posts := e.requests("POST", "/routes.json")
	if len(posts) != 1 {
		t.Fatalf("POSTs = %d, want 1", len(posts))
	}
	p := posts[0]
	if p.Path != sandbox.BasePath+"/public_numbers/00420533533533/routes.json" {
		t.Errorf("POST path = %q, want the 00420 form", p.Path)
	}
	if s, r := p.Form.Get("source_number"), p.Form.Get("ringing_number"); s != "00420601602603" || r != "00420777888999" {
		t.Errorf("sent source_number=%q ringing_number=%q, want the 00420 forms", s, r)
	}
	if n := e.countStored(t, "00420601602603", "00420777888999"); n != 1 {
		t.Errorf("stored %d rules in the 00420 form, want 1: %v", n, e.storedRoutes(t, sandbox.GeographicNumber))
	}

	// The same rule in the other spelling is the same rule: adopted.
	again, err := e.client.CreateRoute(ctx, sandbox.GeographicNumber, "00420601602603", "00420777888999")
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != got.ID || e.count("POST", "/routes.json") != 1 {
		t.Errorf("second create: id %d (want %d), POSTs %d (want 1)", again.ID, got.ID, e.count("POST", "/routes.json"))
	}
}

func TestCreateRouteConcurrentSameRuleMakesOneRule(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	spellings := []string{sandbox.GeographicNumber, "+420533533533", sandbox.GeographicNumber, "+420533533533"}
	ids := make([]int64, len(spellings))
	errs := make([]error, len(spellings))
	var wg sync.WaitGroup
	for i, n := range spellings {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := e.client.CreateRoute(ctx, n, "*", "00420601602603")
			ids[i], errs[i] = r.ID, err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("create %d: %v", i, err)
		}
	}
	for _, id := range ids[1:] {
		if id != ids[0] {
			t.Errorf("parallel creates of one rule returned different ids %v", ids)
		}
	}
	if n := e.count("POST", "/routes.json"); n != 1 {
		t.Errorf("POSTs = %d, want 1", n)
	}
	if n := e.countStored(t, "*", "00420601602603"); n != 1 {
		t.Errorf("stored %d rules, want 1", n)
	}
}

func TestCreateRouteConcurrentDifferentRulesGetTheirOwnIDs(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	const n = 6
	got := make([]Route, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = e.client.CreateRoute(ctx, sandbox.GeographicNumber, "*", fmt.Sprintf("*7000%d", i))
		}()
	}
	wg.Wait()
	seen := map[int64]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("create %d: %v", i, errs[i])
		}
		if want := fmt.Sprintf("*7000%d", i); got[i].RingingNumber != want {
			t.Errorf("create %d returned %+v, want target %s", i, got[i], want)
		}
		if seen[got[i].ID] {
			t.Errorf("id %d returned twice", got[i].ID)
		}
		seen[got[i].ID] = true
	}
	stored := e.storedRoutes(t, sandbox.GeographicNumber)
	for i := range n {
		if !slices.ContainsFunc(stored, func(r sandbox.Route) bool {
			return r.ID == got[i].ID && r.RingingNumber == got[i].RingingNumber
		}) {
			t.Errorf("returned %+v is not stored: %v", got[i], stored)
		}
	}
}

// A rule identical to the one being created that appears between the
// listing and the POST (another writer) is not in "before", like ours; the
// newest id (ours, ids only increase) wins.
func TestCreateRouteRacingIdenticalRulePrefersNewest(t *testing.T) {
	api := sandbox.New()
	var other atomic.Int64
	var once sync.Once
	srv := newFixture(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Method == "POST" {
			once.Do(func() {
				rt, err := api.AddRoute(sandbox.GeographicNumber, "*", "*300")
				if err != nil {
					t.Error(err)
				}
				other.Store(rt.ID)
			})
		}
		api.ServeHTTP(w, r)
	})
	c := NewClient(Config{User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: srv.URL + sandbox.BasePath, Transport: fastSettings})
	got, err := c.CreateRoute(testCtx(t), sandbox.GeographicNumber, "*", "*300")
	if err != nil {
		t.Fatal(err)
	}
	if other.Load() == 0 {
		t.Fatal("test setup: the racing rule was not added")
	}
	if got.ID <= other.Load() {
		t.Errorf("CreateRoute returned id %d, want our newer rule (the racing one is %d)", got.ID, other.Load())
	}
	routes, _ := api.Routes(sandbox.GeographicNumber)
	if !slices.ContainsFunc(routes, func(r sandbox.Route) bool { return r.ID == got.ID && r.RingingNumber == "*300" }) {
		t.Errorf("returned id %d not stored: %v", got.ID, routes)
	}
}

func TestCreateRouteUnknownNumber(t *testing.T) {
	e := newEnv(t)
	_, err := e.client.CreateRoute(testCtx(t), "00420111222333", "*", "*100")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
	if n := e.count("POST", "/routes.json"); n != 0 {
		t.Errorf("POSTs = %d, want none for a number that does not exist", n)
	}
}

func TestCreateRouteSharedNumberConflict(t *testing.T) {
	e := newEnv(t)
	_, err := e.client.CreateRoute(testCtx(t), sandbox.SharedNumber, "*", sandbox.SharedTakenRingingNumber)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != "shared_number_conflict" {
		t.Fatalf("err = %#v, want *Error shared_number_conflict", err)
	}
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrAuth) {
		t.Errorf("shared_number_conflict must map to neither sentinel: %v", err)
	}
	if n := e.count("POST", "/routes.json"); n != 1 {
		t.Errorf("POSTs = %d, want 1 (a vendor refusal is not repeated)", n)
	}
}

func TestDeleteRoute(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	r, err := e.client.CreateRoute(ctx, sandbox.GeographicNumber, "*", "*754321")
	if err != nil {
		t.Fatal(err)
	}

	t.Run("existing", func(t *testing.T) {
		if err := e.client.DeleteRoute(ctx, sandbox.GeographicNumber, r.ID); err != nil {
			t.Fatal(err)
		}
		if n := e.countStored(t, "*", "*754321"); n != 0 {
			t.Errorf("rule still stored after delete")
		}
		if n := e.countStored(t, sandbox.SeedRouteSource, sandbox.SeedRouteRinging); n != 1 {
			t.Errorf("delete removed another rule")
		}
	})
	t.Run("already deleted", func(t *testing.T) {
		before := e.count("DELETE", fmt.Sprintf("/routes/%d.json", r.ID))
		if err := e.client.DeleteRoute(ctx, sandbox.GeographicNumber, r.ID); err != nil {
			t.Errorf("deleting a deleted rule: %v, want success", err)
		}
		if after := e.count("DELETE", fmt.Sprintf("/routes/%d.json", r.ID)); after != before+1 {
			t.Errorf("DELETE not sent (%d -> %d)", before, after)
		}
	})
	t.Run("number removed", func(t *testing.T) {
		mr, err := e.client.CreateRoute(ctx, sandbox.MobileNumber, "*", "*100")
		if err != nil {
			t.Fatal(err)
		}
		if !e.api.RemoveNumber(sandbox.MobileNumber) {
			t.Fatal("test setup: RemoveNumber")
		}
		if err := e.client.DeleteRoute(ctx, sandbox.MobileNumber, mr.ID); err != nil {
			t.Errorf("deleting a rule of a removed number: %v, want success", err)
		}
	})
	t.Run("unauthorized is not swallowed", func(t *testing.T) {
		line := e.newClient(sandbox.DemoLine, sandbox.DemoLineSIPPassword)
		err := line.DeleteRoute(ctx, sandbox.GeographicNumber, sandbox.FirstRouteID)
		if !errors.Is(err, ErrAuth) {
			t.Errorf("line login deleting another number's rule: err = %v, want ErrAuth", err)
		}
		if n := e.countStored(t, sandbox.SeedRouteSource, sandbox.SeedRouteRinging); n != 1 {
			t.Errorf("rule deleted by an unauthorized login")
		}
	})
	t.Run("wrong password is not swallowed", func(t *testing.T) {
		bad := e.newClient(sandbox.DemoUser, "wrong")
		if err := bad.DeleteRoute(ctx, sandbox.GeographicNumber, 424242); !errors.Is(err, ErrAuth) {
			t.Errorf("err = %v, want ErrAuth", err)
		}
	})
}

func TestDeleteRouteUnknownIDAnsweredWithEmptyObject(t *testing.T) {
	e := newEnv(t, sandbox.WithUnknownRouteDeleteError(""))
	if err := e.client.DeleteRoute(testCtx(t), sandbox.GeographicNumber, 424242); err != nil {
		t.Errorf("err = %v, want success", err)
	}
}

func TestRingings(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	seed := Ringing{PublicNumber: sandbox.GeographicNumber, RingingNumber: sandbox.SeedRouteRinging}

	rings, err := e.client.Ringings(ctx, sandbox.GeographicNumber)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rings, []Ringing{seed}) {
		t.Errorf("Ringings = %v, want [%v]", rings, seed)
	}

	r, err := e.client.Ringing(ctx, sandbox.GeographicNumber, sandbox.SeedRouteRinging)
	if err != nil || r != seed {
		t.Errorf("Ringing = %v, %v; want %v", r, err, seed)
	}
	if _, err := e.client.Ringing(ctx, sandbox.GeographicNumber, "*999"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown target: err = %v, want ErrNotFound", err)
	}
	if _, err := e.client.Ringing(ctx, "00420111222333", "*100"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown number: err = %v, want ErrNotFound", err)
	}

	// A route with a specific source is not a ringing.
	if _, err := e.api.AddRoute(sandbox.GeographicNumber, "00420601602603", "*555"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.Ringing(ctx, sandbox.GeographicNumber, "*555"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a source-specific route must not be a ringing: err = %v", err)
	}
}

func TestCreateRinging(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)

	t.Run("new, +420 spelling", func(t *testing.T) {
		e.api.Kit.ResetRequests()
		got, err := e.client.CreateRinging(ctx, sandbox.GeographicNumber, "+420601602603")
		if err != nil {
			t.Fatal(err)
		}
		want := Ringing{PublicNumber: sandbox.GeographicNumber, RingingNumber: "00420601602603"}
		if got != want {
			t.Errorf("CreateRinging = %v, want %v", got, want)
		}
		posts := e.requests("POST", "/ringings.json")
		if len(posts) != 1 {
			t.Fatalf("POSTs = %d, want 1", len(posts))
		}
		if v := posts[0].Form.Get("ringing_number"); v != "00420601602603" {
			t.Errorf("sent ringing_number %q, want the 00420 form", v)
		}
		if n := e.countStored(t, "*", "00420601602603"); n != 1 {
			t.Errorf("stored %d ringings, want 1", n)
		}
	})
	t.Run("adopt existing", func(t *testing.T) {
		e.api.Kit.ResetRequests()
		got, err := e.client.CreateRinging(ctx, sandbox.GeographicNumber, sandbox.SeedRouteRinging)
		if err != nil {
			t.Fatal(err)
		}
		if got.RingingNumber != sandbox.SeedRouteRinging {
			t.Errorf("CreateRinging = %v", got)
		}
		if n := e.count("POST", "/ringings.json"); n != 0 {
			t.Errorf("POSTs = %d, want none for an existing ringing", n)
		}
		if n := e.countStored(t, "*", sandbox.SeedRouteRinging); n != 1 {
			t.Errorf("stored %d copies, want 1", n)
		}
	})
	t.Run("unknown number", func(t *testing.T) {
		e.api.Kit.ResetRequests()
		_, err := e.client.CreateRinging(ctx, "00420111222333", "*100")
		var apiErr *Error
		if !errors.As(err, &apiErr) || apiErr.Code != "nonexisting_public_number" {
			t.Errorf("err = %#v, want *Error nonexisting_public_number", err)
		}
		if n := e.count("POST", "/ringings.json"); n != 0 {
			t.Errorf("POSTs = %d, want none", n)
		}
	})
}

func TestDeleteRinging(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	if err := e.client.DeleteRinging(ctx, sandbox.GeographicNumber, sandbox.SeedRouteRinging); err != nil {
		t.Fatal(err)
	}
	if n := e.countStored(t, "*", sandbox.SeedRouteRinging); n != 0 {
		t.Errorf("ringing still stored")
	}
	if err := e.client.DeleteRinging(ctx, sandbox.GeographicNumber, sandbox.SeedRouteRinging); err != nil {
		t.Errorf("deleting a deleted ringing: %v, want success", err)
	}
	if n := e.count("DELETE", "/ringings/*100.json"); n != 2 {
		t.Errorf("DELETEs = %d, want 2", n)
	}
	if err := e.client.DeleteRinging(ctx, "00420111222333", "*100"); err != nil {
		t.Errorf("deleting on a missing number: %v, want success", err)
	}
	bad := e.newClient(sandbox.DemoUser, "wrong")
	if err := bad.DeleteRinging(ctx, sandbox.GeographicNumber, "*100"); !errors.Is(err, ErrAuth) {
		t.Errorf("wrong password: err = %v, want ErrAuth", err)
	}
}

func TestRedirectionLoop(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	check := func(t *testing.T, err error, path string) {
		t.Helper()
		var apiErr *Error
		if !errors.As(err, &apiErr) {
			t.Fatalf("err = %#v, want *Error", err)
		}
		if apiErr.Code != "redirection_loop" {
			t.Errorf("Code = %q, want redirection_loop", apiErr.Code)
		}
		if errors.Is(err, ErrNotFound) || errors.Is(err, ErrAuth) {
			t.Errorf("redirection_loop must map to neither sentinel")
		}
		msg := err.Error()
		if !strings.Contains(msg, "redirection_loop") || !strings.Contains(msg, "public number itself") {
			t.Errorf("message %q lacks the code or the English explanation", msg)
		}
		if n := e.count("POST", path); n != 1 {
			t.Errorf("POSTs = %d, want 1 (a refusal is not repeated)", n)
		}
	}
	t.Run("ringing", func(t *testing.T) {
		_, err := e.client.CreateRinging(ctx, sandbox.GeographicNumber, sandbox.GeographicNumber)
		check(t, err, "/ringings.json")
	})
	t.Run("route, +420 spelling", func(t *testing.T) {
		_, err := e.client.CreateRoute(ctx, sandbox.GeographicNumber, "*", "+420533533533")
		check(t, err, "/routes.json")
	})
}

func TestAuthErrors(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)

	t.Run("wrong password", func(t *testing.T) {
		const wrong = "not-the-password"
		_, err := e.newClient(sandbox.DemoUser, wrong).PublicNumbers(ctx, false, false)
		if !errors.Is(err, ErrAuth) {
			t.Fatalf("err = %v, want ErrAuth", err)
		}
		if errors.Is(err, ErrNotFound) {
			t.Error("auth error must not be ErrNotFound")
		}
		var apiErr *Error
		if !errors.As(err, &apiErr) || apiErr.Code != "authentication_failed" {
			t.Errorf("err = %#v, want *Error authentication_failed", err)
		}
		if !strings.Contains(err.Error(), "ODORIK_PASSWORD") {
			t.Errorf("message %q does not name ODORIK_PASSWORD", err)
		}
		if strings.Contains(err.Error(), wrong) {
			t.Errorf("message %q contains the password", err)
		}
	})
	t.Run("no password", func(t *testing.T) {
		_, err := e.newClient(sandbox.DemoUser, "").Routes(ctx, sandbox.GeographicNumber)
		var apiErr *Error
		if !errors.Is(err, ErrAuth) || !errors.As(err, &apiErr) || apiErr.Code != "authentication_required" {
			t.Errorf("err = %#v, want ErrAuth authentication_required", err)
		}
	})
	t.Run("line login on its own SIP name", func(t *testing.T) {
		line := e.newClient(sandbox.DemoLine, sandbox.DemoLineSIPPassword)
		if _, err := line.Routes(ctx, sandbox.DemoSIPName); err != nil {
			t.Errorf("line login on its own SIP name: %v", err)
		}
	})
	t.Run("line login on another number", func(t *testing.T) {
		line := e.newClient(sandbox.DemoLine, sandbox.DemoLineSIPPassword)
		e.api.Kit.ResetRequests()
		for name, call := range map[string]func() error{
			"Routes":      func() error { _, err := line.Routes(ctx, sandbox.GeographicNumber); return err },
			"CreateRoute": func() error { _, err := line.CreateRoute(ctx, sandbox.GeographicNumber, "*", "*200"); return err },
			"Ringings":    func() error { _, err := line.Ringings(ctx, sandbox.GeographicNumber); return err },
		} {
			err := call()
			var apiErr *Error
			if !errors.Is(err, ErrAuth) || !errors.As(err, &apiErr) || apiErr.Code != "unauthorized" {
				t.Errorf("%s: err = %#v, want ErrAuth unauthorized", name, err)
			}
		}
		if n := e.count("POST", "/routes.json"); n != 0 {
			t.Errorf("POSTs = %d, want none", n)
		}
	})
}
