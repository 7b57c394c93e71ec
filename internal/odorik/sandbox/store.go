package sandbox

import "sort"

// Route is one routing rule of a public number, in the vendor's JSON shape.
type Route struct {
	ID            int64  `json:"id"`
	PublicNumber  string `json:"public_number"`
	SourceNumber  string `json:"source_number"`
	RingingNumber string `json:"ringing_number"`
}

// number is one public number (or SIP name) with its routes; ringings are
// the routes whose source is "*".
type number struct {
	Type   string
	Line   string // owning line; "" = account-wide only
	seq    int
	Routes []Route
}

type sharedPair struct {
	PublicNumber  string `json:"public_number"`
	RingingNumber string `json:"ringing_number"`
}

// store is the emulator's state; the Server's mutex guards it.
type store struct {
	numbers    map[string]*number
	seq        int
	nextID     int64
	reserved   map[sharedPair]bool // pairs used by other accounts
	speedDials map[int]SpeedDial   // by shortcut
	lines      map[int64]Line      // by id
}

func newStore() store {
	return store{numbers: map[string]*number{}, nextID: FirstRouteID, reserved: map[sharedPair]bool{},
		speedDials: map[int]SpeedDial{}, lines: map[int64]Line{}}
}

func (st *store) addNumber(n, typ, line string) {
	if num, ok := st.numbers[n]; ok {
		num.Type, num.Line = typ, line
		return
	}
	st.seq++
	st.numbers[n] = &number{Type: typ, Line: line, seq: st.seq}
}

// sortedNumbers returns the public numbers in insertion order.
func (st *store) sortedNumbers() []string {
	out := make([]string, 0, len(st.numbers))
	for n := range st.numbers {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return st.numbers[out[i]].seq < st.numbers[out[j]].seq })
	return out
}

// addRoute appends a route; the number must exist.
func (st *store) addRoute(n, source, ringing string) Route {
	r := Route{ID: st.nextID, PublicNumber: n, SourceNumber: source, RingingNumber: ringing}
	st.nextID++
	num := st.numbers[n]
	num.Routes = append(num.Routes, r)
	return r
}

// removeRoutes deletes the routes of n for which drop is true and returns
// how many were deleted.
func (st *store) removeRoutes(n string, drop func(Route) bool) int {
	num := st.numbers[n]
	kept := num.Routes[:0]
	for _, r := range num.Routes {
		if !drop(r) {
			kept = append(kept, r)
		}
	}
	removed := len(num.Routes) - len(kept)
	clear(num.Routes[len(kept):])
	num.Routes = kept
	return removed
}

func (st *store) reserve(n, ringing string) {
	st.reserved[sharedPair{n, ringing}] = true
}

func copyRoutes(rs []Route) []Route {
	out := make([]Route, len(rs))
	copy(out, rs)
	return out
}
