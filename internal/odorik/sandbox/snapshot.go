package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
)

// snapshotData is the persisted form of the store (credentials and options
// are configuration and are not part of it).
type snapshotData struct {
	Version       int              `json:"version"`
	NextRouteID   int64            `json:"next_route_id"`
	Numbers       []snapshotNumber `json:"numbers"`
	ReservedPairs []sharedPair     `json:"reserved_shared_pairs"`
}

type snapshotNumber struct {
	PublicNumber string  `json:"public_number"`
	Type         string  `json:"type"`
	Line         string  `json:"line,omitempty"`
	Routes       []Route `json:"routes"`
}

const snapshotVersion = 1

// Snapshot returns the whole store as JSON.
func (s *Server) Snapshot() ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := snapshotData{Version: snapshotVersion, NextRouteID: s.st.nextID,
		Numbers: []snapshotNumber{}, ReservedPairs: []sharedPair{}}
	for _, n := range s.st.sortedNumbers() {
		num := s.st.numbers[n]
		d.Numbers = append(d.Numbers, snapshotNumber{PublicNumber: n, Type: num.Type,
			Line: num.Line, Routes: copyRoutes(num.Routes)})
	}
	for p := range s.st.reserved {
		d.ReservedPairs = append(d.ReservedPairs, p)
	}
	sort.Slice(d.ReservedPairs, func(i, j int) bool {
		a, b := d.ReservedPairs[i], d.ReservedPairs[j]
		return a.PublicNumber < b.PublicNumber ||
			(a.PublicNumber == b.PublicNumber && a.RingingNumber < b.RingingNumber)
	})
	return json.MarshalIndent(d, "", "  ")
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged.
func (s *Server) Restore(data []byte) error {
	var d snapshotData
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return fmt.Errorf("odorik sandbox: restore: %w", err)
	}
	st, err := d.toStore()
	if err != nil {
		return fmt.Errorf("odorik sandbox: restore: %w", err)
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
	ids := map[int64]bool{}
	maxID := FirstRouteID - 1
	for _, n := range d.Numbers {
		if n.PublicNumber == "" || n.Type == "" {
			return st, fmt.Errorf("number without public_number or type")
		}
		if _, dup := st.numbers[n.PublicNumber]; dup {
			return st, fmt.Errorf("duplicate number %q", n.PublicNumber)
		}
		st.addNumber(n.PublicNumber, n.Type, n.Line)
		num := st.numbers[n.PublicNumber]
		for _, r := range n.Routes {
			if r.PublicNumber == "" {
				r.PublicNumber = n.PublicNumber
			}
			if r.PublicNumber != n.PublicNumber || r.ID <= 0 || ids[r.ID] {
				return st, fmt.Errorf("bad route %+v under %q", r, n.PublicNumber)
			}
			ids[r.ID] = true
			maxID = max(maxID, r.ID)
			num.Routes = append(num.Routes, r)
		}
	}
	st.nextID = max(d.NextRouteID, maxID+1)
	for _, p := range d.ReservedPairs {
		st.reserve(p.PublicNumber, p.RingingNumber)
	}
	return st, nil
}
