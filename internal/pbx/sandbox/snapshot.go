package sandbox

import (
	"bytes"
	"encoding/json"
	"fmt"
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
	s.mu.Lock()
	defer s.mu.Unlock()
	return json.MarshalIndent(snapshotData{
		Version:        snapshotVersion,
		NextIntervalID: s.st.nextIntervalID,
		NextDialRuleID: s.st.nextDialRuleID,
		Client:         s.st.client.clone(),
		Intervals:      s.st.sortedIntervals(),
		DialRules:      s.st.sortedDialRules(),
	}, "", "  ")
}

// Restore replaces the store with a Snapshot. On error the store is left
// unchanged. Tokens stay valid.
func (s *Server) Restore(data []byte) error {
	var d snapshotData
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return fmt.Errorf("pbx sandbox: restore: %w", err)
	}
	st, err := d.toStore()
	if err != nil {
		return fmt.Errorf("pbx sandbox: restore: %w", err)
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
	if d.Client.ID != DemoClientID {
		return st, fmt.Errorf("client id %d, want %d", d.Client.ID, DemoClientID)
	}
	st.client = d.Client.clone()
	for _, iv := range d.Intervals {
		if _, dup := st.intervals[iv.ID]; dup || iv.ID <= 0 {
			return st, fmt.Errorf("bad or duplicate interval id %d", iv.ID)
		}
		st.putInterval(iv)
	}
	for _, l := range d.DialRules {
		if _, dup := st.dialRules[l.ID]; dup || l.ID <= 0 {
			return st, fmt.Errorf("bad or duplicate dial rule list id %d", l.ID)
		}
		st.putDialRule(l)
	}
	// putInterval/putDialRule raised the counters past the restored ids.
	st.nextIntervalID = max(st.nextIntervalID, d.NextIntervalID)
	st.nextDialRuleID = max(st.nextDialRuleID, d.NextDialRuleID)
	return st, nil
}
