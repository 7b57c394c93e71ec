package sandbox

import (
	"fmt"
	"sort"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// snapshotData is the persisted form of the store (credentials and options
// are configuration and are not part of it; the lines' SIP passwords are
// data and are). Snapshots written before speed dials and lines existed
// lack those members and restore with none.
type snapshotData struct {
	Version       int              `json:"version"`
	NextRouteID   int64            `json:"next_route_id"`
	Numbers       []snapshotNumber `json:"numbers"`
	ReservedPairs []sharedPair     `json:"reserved_shared_pairs"`
	SpeedDials    []SpeedDial      `json:"speed_dials"`
	Lines         []Line           `json:"lines"`
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
	return sandboxkit.Snapshot(&s.mu, s.st.snapshot)
}

func (st *store) snapshot() snapshotData {
	d := snapshotData{Version: snapshotVersion, NextRouteID: st.nextID,
		Numbers: []snapshotNumber{}, ReservedPairs: []sharedPair{},
		SpeedDials: st.sortedSpeedDials(), Lines: st.sortedLines()}
	for _, n := range st.sortedNumbers() {
		num := st.numbers[n]
		d.Numbers = append(d.Numbers, snapshotNumber{PublicNumber: n, Type: num.Type,
			Line: num.Line, Routes: copyRoutes(num.Routes)})
	}
	for p := range st.reserved {
		d.ReservedPairs = append(d.ReservedPairs, p)
	}
	sort.Slice(d.ReservedPairs, func(i, j int) bool {
		a, b := d.ReservedPairs[i], d.ReservedPairs[j]
		return a.PublicNumber < b.PublicNumber ||
			(a.PublicNumber == b.PublicNumber && a.RingingNumber < b.RingingNumber)
	})
	return d
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged.
func (s *Server) Restore(data []byte) error {
	return sandboxkit.Restore(&s.mu, &s.st, data, "odorik", snapshotVersion, snapshotData.toStore)
}

func (d snapshotData) toStore() (store, error) {
	st := newStore()
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
	for _, sd := range d.SpeedDials {
		if _, dup := st.speedDials[sd.Shortcut]; sd.Shortcut < MinShortcut || dup {
			return st, fmt.Errorf("bad speed dial %+v", sd)
		}
		st.speedDials[sd.Shortcut] = sd
	}
	for _, l := range d.Lines {
		if _, dup := st.lines[l.ID]; l.ID <= 0 || dup {
			return st, fmt.Errorf("bad line id %d", l.ID)
		}
		st.lines[l.ID] = copyLine(l)
	}
	return st, nil
}
