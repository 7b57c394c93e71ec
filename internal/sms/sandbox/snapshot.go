package sandbox

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// snapshotData is the persisted form of the store. The credentials, the
// access switches and the options are configuration and are not part of
// it. Passwords appear only as salted digests.
type snapshotData struct {
	Version           int                  `json:"version"`
	NextID            int64                `json:"next_id"`
	Subaccounts       []snapshotSubaccount `json:"subaccounts"`
	ReservedUsernames []string             `json:"reserved_usernames"`
}

type snapshotSubaccount struct {
	Subaccount
	PasswordDigest string `json:"password_digest,omitempty"`
}

const snapshotVersion = 1

// Snapshot returns the subaccounts (with their limits and templates), the
// next id and the reserved usernames as JSON.
func (s *Server) Snapshot() ([]byte, error) {
	return sandboxkit.Snapshot(&s.mu, s.st.snapshot)
}

func (st *store) snapshot() snapshotData {
	d := snapshotData{Version: snapshotVersion, NextID: st.nextID,
		Subaccounts:       []snapshotSubaccount{},
		ReservedUsernames: slices.Sorted(maps.Keys(st.reserved))}
	for _, id := range st.sortedIDs() {
		rec := st.subs[id]
		d.Subaccounts = append(d.Subaccounts, snapshotSubaccount{Subaccount: rec.clone(), PasswordDigest: rec.digest})
	}
	return d
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged.
func (s *Server) Restore(data []byte) error {
	return sandboxkit.Restore(&s.mu, &s.st, data, "sms", snapshotVersion, snapshotData.toStore)
}

func (d snapshotData) toStore() (store, error) {
	st := newStore()
	for _, sa := range d.Subaccounts {
		if err := validSubaccount(sa.Subaccount); err != nil {
			return st, err
		}
		if _, dup := st.subs[sa.ID]; dup {
			return st, fmt.Errorf("duplicate subaccount id %d", sa.ID)
		}
		if !validDigest(sa.PasswordDigest) {
			return st, fmt.Errorf("subaccount %d: bad password_digest", sa.ID)
		}
		st.put(sa.Subaccount)
		st.subs[sa.ID].digest = sa.PasswordDigest
	}
	st.nextID = max(st.nextID, d.NextID)
	for _, u := range d.ReservedUsernames {
		st.reserved[strings.ToLower(u)] = true
	}
	return st, nil
}
