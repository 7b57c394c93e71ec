package sandbox

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
)

// store is the emulator's data; the Server's mutex guards it.
type store struct {
	customers map[int64]Customer
}

func newStore() store {
	return store{customers: map[int64]Customer{}}
}

// put stores a copy of c under its id, which must be a positive integer.
// Extra members are stored compacted (a snapshot indents them).
func (st *store) put(c Customer) {
	id, _ := c.key()
	c = c.clone()
	for k, v := range c.Extra {
		var b bytes.Buffer
		if json.Compact(&b, v) == nil {
			c.Extra[k] = b.Bytes()
		}
	}
	st.customers[id] = c
}

// get returns a copy of customer id.
func (st *store) get(id int64) (Customer, bool) {
	c, ok := st.customers[id]
	return c.clone(), ok
}

// sorted returns copies of every customer, ids ascending.
func (st *store) sorted() []Customer {
	out := make([]Customer, 0, len(st.customers))
	for _, id := range slices.Sorted(maps.Keys(st.customers)) {
		out = append(out, st.customers[id].clone())
	}
	return out
}
