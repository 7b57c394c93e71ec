package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// snapshotData is the persisted form of the store. The master credentials
// and the options are configuration and are not part of it; neither is the
// concurrency limit.
type snapshotData struct {
	Version   int        `json:"version"`
	Customers []Customer `json:"customers"`
}

const snapshotVersion = 1

// Snapshot returns every customer as JSON. Each value keeps its JSON type
// (string, number or null).
func (s *Server) Snapshot() ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return json.MarshalIndent(snapshotData{Version: snapshotVersion, Customers: s.st.sorted()}, "", "  ")
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged.
func (s *Server) Restore(data []byte) error {
	var d snapshotData
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return fmt.Errorf("voipmundo sandbox: restore: %w", err)
	}
	if d.Version != snapshotVersion {
		return fmt.Errorf("voipmundo sandbox: restore: unsupported version %d", d.Version)
	}
	st := newStore()
	for _, c := range d.Customers {
		if err := validCustomer(c); err != nil {
			return fmt.Errorf("voipmundo sandbox: restore: %w", err)
		}
		id, _ := c.key()
		if _, dup := st.customers[id]; dup {
			return fmt.Errorf("voipmundo sandbox: restore: duplicate customer id %d", id)
		}
		st.put(c)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st = st
	return nil
}
