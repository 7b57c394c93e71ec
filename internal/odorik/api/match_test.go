package api

import "testing"

func TestMatchRoute(t *testing.T) {
	r := func(id int64, source, ringing string) Route {
		return Route{ID: id, PublicNumber: "00420533533533", SourceNumber: source, RingingNumber: ringing}
	}
	old := r(10, "*", "*100")
	other := r(11, "*", "*200")
	newer := r(12, "*", "*100")
	newest := r(14, "*", "*100")
	plus := r(13, "+420601602603", "+420777888999")

	tests := []struct {
		name      string
		routes    []Route
		source    string
		ringing   string
		before    []Route
		wantID    int64
		wantFound bool
	}{
		{"no before: the only match", []Route{other, old}, "*", "*100", nil, 10, true},
		{"no before: newest of duplicates", []Route{newer, old, newest}, "*", "*100", nil, 14, true},
		{"no match", []Route{other}, "*", "*100", nil, 0, false},
		{"empty list", nil, "*", "*100", nil, 0, false},
		{"source differs", []Route{r(20, "00420601602603", "*100")}, "*", "*100", nil, 0, false},
		{"canonical spelling matches", []Route{plus}, "00420601602603", "00420777888999", nil, 13, true},
		{"canonical spelling matches the other way", []Route{r(21, "00420601602603", "*100")}, "+420601602603", "*100", nil, 21, true},
		// With before: a new id wins over an older identical rule, even
		// when the old one is listed first.
		{"before: new id over old identical", []Route{old, other, newer}, "*", "*100", []Route{old, other}, 12, true},
		{"before: new id even when older than nothing else", []Route{newer, old}, "*", "*100", []Route{newer}, 10, true},
		{"before: newest new id of several", []Route{old, newer, newest}, "*", "*100", []Route{old}, 14, true},
		{"before: only old identical rules", []Route{old, other}, "*", "*100", []Route{old, other}, 0, false},
		{"before empty: any match is new", []Route{old}, "*", "*100", []Route{}, 10, true},
		{"before: new rule of another target is not taken", []Route{old, other}, "*", "*100", []Route{old}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := matchRoute(tt.routes, tt.source, tt.ringing, tt.before)
			if ok != tt.wantFound || got.ID != tt.wantID {
				t.Errorf("matchRoute = (%+v, %v), want id %d, found %v", got, ok, tt.wantID, tt.wantFound)
			}
		})
	}
}

// Ids far apart must still order correctly (the comparison must not
// truncate or overflow).
func TestMatchRouteLargeIDs(t *testing.T) {
	const big = int64(1) << 40
	routes := []Route{
		{ID: 1, SourceNumber: "*", RingingNumber: "*100"},
		{ID: big + 1, SourceNumber: "*", RingingNumber: "*100"},
		{ID: 1 << 32, SourceNumber: "*", RingingNumber: "*100"},
	}
	got, ok := matchRoute(routes, "*", "*100", nil)
	if !ok || got.ID != big+1 {
		t.Errorf("matchRoute = (%+v, %v), want id %d", got, ok, big+1)
	}
}
