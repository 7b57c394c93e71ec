package api

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestClientHasOneCollectionPerKind(t *testing.T) {
	t.Parallel()
	c := NewClient(Config{})
	intervals, again := c.Intervals(), c.Intervals()
	dialRules, dialRulesAgain := c.DialRules(), c.DialRules()
	if intervals != again || dialRules != dialRulesAgain {
		t.Fatal("two calls returned two collections: their reads would not share a listing")
	}
}

// A list resource with a limit stops walking: no page beyond the one
// holding the last wanted object is asked for.
func TestWalkStopsAskingForPagesWhenYieldSaysStop(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		stopAfter int // objects taken
		pages     int // list requests wanted
	}{
		{"within the first page", 10, 1},
		{"at the end of the first page", 100, 1},
		{"within the second page", 150, 2},
		{"never", 1000, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			ids := seedIntervals(e, 250)
			var got []int64
			err := e.client.Intervals().Walk(testCtx(t), me, func(iv Interval) bool {
				got = append(got, iv.ID)
				return len(got) < tc.stopAfter
			})
			if err != nil {
				t.Fatal(err)
			}
			want := ids[:min(tc.stopAfter, len(ids))]
			if !reflect.DeepEqual(got, want) {
				t.Errorf("walked %d intervals, want the first %d in order", len(got), len(want))
			}
			if n := e.count("GET", intervalsRe); n != tc.pages {
				t.Errorf("list requests = %d, want %d", n, tc.pages)
			}
		})
	}
}

// Update sends exactly what json.Marshal sends for the object with the
// fields the API sets cleared: the body the client sent before collections.
func TestUpdateSendsTheMarshalledObjectWithoutServerFields(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := seedIntervals(e, 1)[0]
	upd := officeHours("after")
	upd.ID, upd.ClientID = id+1, 42
	if _, err := e.client.Intervals().Update(testCtx(t), me, id, upd); err != nil {
		t.Fatal(err)
	}
	upd.ID, upd.ClientID = 0, 0
	want, _ := json.Marshal(upd)
	puts := e.requests("PUT", intervalRe)
	if len(puts) != 1 || puts[0].Body != string(want) {
		t.Fatalf("PUT bodies %+v, want one: %s", puts, want)
	}
}

func TestPatchSendsOnlyChangedFields(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	rules := e.client.DialRules()
	created, err := rules.Create(ctx, me, sampleRules("before"))
	if err != nil {
		t.Fatal(err)
	}
	// Read once, so the shared listing holds the old name.
	if _, err := rules.Get(ctx, me, created.ID); err != nil {
		t.Fatal(err)
	}

	renamed := created
	renamed.Name = "renamed"
	got, err := rules.Patch(ctx, me, created.ID, created, renamed)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "renamed" || !reflect.DeepEqual(got.DialRules, created.DialRules) {
		t.Errorf("after renaming: %+v", got)
	}
	if read, err := rules.Get(ctx, me, created.ID); err != nil || read.Name != "renamed" {
		t.Errorf("read after Patch = %+v, %v; want the new name (the listing is forgotten)", read, err)
	}

	// One rule changes: the array is sent whole.
	changed := renamed
	changed.DialRules = append([]DialRule{}, renamed.DialRules...)
	changed.DialRules[1].Comment = "short"
	if _, err := rules.Patch(ctx, me, created.ID, renamed, changed); err != nil {
		t.Fatal(err)
	}
	stored, _ := e.api.DialRule(created.ID)
	if stored.Name != "renamed" || len(stored.DialRules) != 2 || stored.DialRules[1].Comment != "short" {
		t.Errorf("emulator holds %+v", stored)
	}

	// Nothing changed: nothing is sent.
	same, err := rules.Patch(ctx, me, created.ID, changed, changed)
	if err != nil || !reflect.DeepEqual(same, changed) {
		t.Errorf("Patch without a change = %+v, %v; want before as it was", same, err)
	}

	rulesJSON, _ := json.Marshal(changed.DialRules)
	var bodies []string
	for _, r := range e.requests("PUT", `/dial_rule/\d+$`) {
		bodies = append(bodies, r.Body)
	}
	want := []string{`{"name":"renamed"}`, `{"dial_rules":` + string(rulesJSON) + `}`}
	if !reflect.DeepEqual(bodies, want) {
		t.Errorf("PUT bodies:\n%q\nwant\n%q", bodies, want)
	}
}

// settings stands for a later object type with optional fields.
type settings struct {
	ID       int64    `json:"id,omitempty"`
	ClientID int64    `json:"client_id,omitempty"`
	Name     string   `json:"name"`
	Label    string   `json:"label,omitempty"`
	Limit    *int64   `json:"limit,omitempty"`
	Networks []string `json:"networks,omitempty"`
}

func TestChangedFields(t *testing.T) {
	t.Parallel()
	five, six := int64(5), int64(6)
	base := settings{ID: 7, ClientID: 1, Name: "a", Label: "l", Limit: &five, Networks: []string{"10.0.0.0/8"}}
	for _, tc := range []struct {
		name   string
		change func(*settings)
		want   string
	}{
		{"nothing", func(*settings) {}, `{}`},
		{"server fields are never sent", func(s *settings) { s.ID, s.ClientID = 8, 2 }, `{}`},
		{"a string", func(s *settings) { s.Name = "b" }, `{"name":"b"}`},
		{"a pointer", func(s *settings) { s.Limit = &six }, `{"limit":6}`},
		{"an array is sent whole", func(s *settings) { s.Networks = append(s.Networks, "192.168.0.0/16") },
			`{"networks":["10.0.0.0/8","192.168.0.0/16"]}`},
		{"an omitted field is cleared with null", func(s *settings) { s.Label, s.Limit = "", nil },
			`{"label":null,"limit":null}`},
		{"fields keep their order", func(s *settings) { s.Networks, s.Name = nil, "c" },
			`{"name":"c","networks":null}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			after := base
			tc.change(&after)
			got, err := changedFields(base, after)
			if err != nil {
				t.Fatal(err)
			}
			if string(got.encode()) != tc.want {
				t.Errorf("changed fields %s, want %s", got.encode(), tc.want)
			}
		})
	}
}

func TestSameSentFields(t *testing.T) {
	t.Parallel()
	five := int64(5)
	sent := settings{Name: "a", Networks: []string{"10.0.0.0/8"}}
	for _, tc := range []struct {
		name string
		got  settings
		want bool
	}{
		{"as answered, with the fields the API sets", settings{ID: 9, ClientID: 1, Name: "a", Networks: []string{"10.0.0.0/8"}}, true},
		{"with fields that were not sent", settings{Name: "a", Label: "x", Limit: &five, Networks: []string{"10.0.0.0/8"}}, true},
		{"another name", settings{Name: "b", Networks: []string{"10.0.0.0/8"}}, false},
		{"another array", settings{Name: "a", Networks: []string{"10.0.0.0/8", "10.1.0.0/16"}}, false},
		{"a sent field missing", settings{Name: "a"}, false},
	} {
		if got := sameSentFields(sent)(tc.got); got != tc.want {
			t.Errorf("%s: same = %v, want %v", tc.name, got, tc.want)
		}
	}
}
