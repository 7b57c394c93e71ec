package sandbox

import (
	"fmt"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
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
	return sandboxkit.Snapshot(&s.mu, func() snapshotData {
		return snapshotData{Version: snapshotVersion, Customers: s.st.sorted()}
	})
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged.
func (s *Server) Restore(data []byte) error {
	return sandboxkit.Restore(&s.mu, &s.st, data, "voipmundo", snapshotVersion, snapshotData.toStore)
}

func (d snapshotData) toStore() (store, error) {
	st := newStore()
	for _, c := range d.Customers {
		if err := validCustomer(c); err != nil {
			return st, err
		}
		id, _ := c.key()
		if _, dup := st.customers[id]; dup {
			return st, fmt.Errorf("duplicate customer id %d", id)
		}
		st.put(c)
	}
	return st, nil
}
