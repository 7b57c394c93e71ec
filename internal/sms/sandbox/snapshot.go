package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
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
	s.mu.Lock()
	defer s.mu.Unlock()
	d := snapshotData{Version: snapshotVersion, NextID: s.st.nextID,
		Subaccounts:       []snapshotSubaccount{},
		ReservedUsernames: slices.Sorted(maps.Keys(s.st.reserved))}
	for _, id := range s.st.sortedIDs() {
		rec := s.st.subs[id]
		d.Subaccounts = append(d.Subaccounts, snapshotSubaccount{Subaccount: rec.clone(), PasswordDigest: rec.digest})
	}
	return json.MarshalIndent(d, "", "  ")
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged.
func (s *Server) Restore(data []byte) error {
	var d snapshotData
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return fmt.Errorf("sms sandbox: restore: %w", err)
	}
	st, err := d.toStore()
	if err != nil {
		return fmt.Errorf("sms sandbox: restore: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st = st
	return nil
}

func (d snapshotData) toStore() (store, error) {
	st := newStore()
	if d.Version != snapshotVersion {
		return st, fmt.Errorf("unsupported version %d", d.Version)
	}
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
