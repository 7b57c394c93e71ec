package sandbox

import (
	"maps"
	"slices"
)

// store is the emulator's data; the Server's mutex guards it.
type store struct {
	client         ClientInfo
	intervals      map[int64]Interval
	dialRules      map[int64]DialRuleList
	nextIntervalID int64
	nextDialRuleID int64
}

func newStore() store {
	return store{
		client:         seedClient(),
		intervals:      map[int64]Interval{},
		dialRules:      map[int64]DialRuleList{},
		nextIntervalID: FirstIntervalID,
		nextDialRuleID: FirstDialRuleID,
	}
}

// putInterval stores iv, giving it the next id when its id is 0.
func (st *store) putInterval(iv Interval) Interval {
	if iv.ID == 0 {
		iv.ID = st.nextIntervalID
	}
	st.nextIntervalID = max(st.nextIntervalID, iv.ID+1)
	iv = iv.clone()
	st.intervals[iv.ID] = iv
	return iv.clone()
}

// putDialRule stores l, giving it the next id when its id is 0.
func (st *store) putDialRule(l DialRuleList) DialRuleList {
	if l.ID == 0 {
		l.ID = st.nextDialRuleID
	}
	st.nextDialRuleID = max(st.nextDialRuleID, l.ID+1)
	l = l.clone()
	st.dialRules[l.ID] = l
	return l.clone()
}

// sortedIntervals returns copies of every interval, ids ascending.
func (st *store) sortedIntervals() []Interval {
	out := make([]Interval, 0, len(st.intervals))
	for _, id := range slices.Sorted(maps.Keys(st.intervals)) {
		out = append(out, st.intervals[id].clone())
	}
	return out
}

// sortedDialRules returns copies of every dial rule list, ids ascending.
func (st *store) sortedDialRules() []DialRuleList {
	out := make([]DialRuleList, 0, len(st.dialRules))
	for _, id := range slices.Sorted(maps.Keys(st.dialRules)) {
		out = append(out, st.dialRules[id].clone())
	}
	return out
}

// dialRuleInUse reports whether the client has list id attached.
func (st *store) dialRuleInUse(id int64) bool {
	return st.client.DialRuleID != nil && *st.client.DialRuleID == id
}
