package sandbox

import (
	"maps"
	"slices"
	"strings"
)

// Subaccount is one subaccount as the emulator keeps it. The API answers
// only ID, Username, Name, Phone and Email (view) or ID and Username
// (index); TemplateID and Limits cannot be read back through it.
type Subaccount struct {
	ID       int64  `json:"id"`
	Username string `json:"username"`
	Name     string `json:"name,omitempty"`
	Phone    string `json:"phone,omitempty"`
	Email    string `json:"email,omitempty"`
	// TemplateID is the subaccount_id given to add; 0 for a subaccount made
	// in the Customer Panel (the seeded template).
	TemplateID int64 `json:"template_id,omitempty"`
	// Limits holds the limits set through subaccounts/limit, by message
	// type (LimitTypes); a type never set is absent.
	Limits map[string]int `json:"limits,omitempty"`
}

func (sa Subaccount) clone() Subaccount {
	sa.Limits = maps.Clone(sa.Limits)
	if sa.Limits == nil {
		sa.Limits = map[string]int{}
	}
	return sa
}

// record is a stored subaccount with the digest of its password (never the
// password itself).
type record struct {
	Subaccount
	digest string
}

// store is the emulator's data; the Server's mutex guards it.
type store struct {
	subs     map[int64]*record
	nextID   int64
	reserved map[string]bool // lower-cased usernames taken outside the account
}

func newStore() store {
	return store{subs: map[int64]*record{}, nextID: FirstSubaccountID, reserved: map[string]bool{}}
}

// put stores a copy of sa, keeping the password digest of a subaccount it
// replaces, and moves nextID past its id.
func (st *store) put(sa Subaccount) {
	rec := &record{Subaccount: sa.clone()}
	if old, ok := st.subs[sa.ID]; ok {
		rec.digest = old.digest
	}
	st.subs[sa.ID] = rec
	st.nextID = max(st.nextID, sa.ID+1)
}

// add stores a new subaccount under the next id and returns the id.
func (st *store) add(sa Subaccount, digest string) int64 {
	sa.ID = st.nextID
	st.put(sa)
	st.subs[sa.ID].digest = digest
	return sa.ID
}

// sortedIDs returns the subaccount ids ascending.
func (st *store) sortedIDs() []int64 {
	return slices.Sorted(maps.Keys(st.subs))
}

// usernameTaken reports whether username is used by a subaccount or
// reserved, ignoring case.
func (st *store) usernameTaken(username string) bool {
	key := strings.ToLower(username)
	if st.reserved[key] {
		return true
	}
	for _, rec := range st.subs {
		if strings.ToLower(rec.Username) == key {
			return true
		}
	}
	return false
}
