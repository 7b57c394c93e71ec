package sandbox

import (
	"fmt"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// snapshotData is the persisted form of the store. Configuration (app
// credentials, options), issued tokens and the rate-limit window are not
// part of it.
type snapshotData struct {
	Version        int            `json:"version"`
	NextIntervalID int64          `json:"next_interval_id"`
	NextDialRuleID int64          `json:"next_dial_rule_id"`
	Client         ClientInfo     `json:"client"`
	Intervals      []Interval     `json:"intervals"`
	DialRules      []DialRuleList `json:"dial_rules"`
}

const snapshotVersion = 1

// Snapshot returns the whole store as JSON.
func (s *Server) Snapshot() ([]byte, error) {
	return sandboxkit.Snapshot(&s.mu, func() snapshotData {
		return snapshotData{
			Version:        snapshotVersion,
			NextIntervalID: s.st.intervals.next,
			NextDialRuleID: s.st.dialRules.next,
			Client:         s.st.client.clone(),
			Intervals:      s.st.intervals.all(),
			DialRules:      s.st.dialRules.all(),
		}
	})
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged. Tokens stay valid.
func (s *Server) Restore(data []byte) error {
	return sandboxkit.Restore(&s.mu, &s.st, data, "pbx", snapshotVersion, snapshotData.toStore)
}

func (d snapshotData) toStore() (store, error) {
	st := newStore()
	if d.Client.ID != DemoClientID {
		return st, fmt.Errorf("client id %d, want %d", d.Client.ID, DemoClientID)
	}
	st.client = d.Client.clone()
	if err := st.intervals.restore("interval", d.Intervals, d.NextIntervalID); err != nil {
		return st, err
	}
	err := st.dialRules.restore("dial rule list", d.DialRules, d.NextDialRuleID)
	return st, err
}
