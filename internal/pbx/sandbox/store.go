package sandbox

// store is the emulator's data; the Server's mutex guards it.
type store struct {
	client    ClientInfo
	intervals collection[Interval, *Interval]
	dialRules collection[DialRuleList, *DialRuleList]
}

func newStore() store {
	return store{
		client:    seedClient(),
		intervals: newCollection[Interval](FirstIntervalID),
		dialRules: newCollection[DialRuleList](FirstDialRuleID),
	}
}

// dialRuleInUse reports whether the client has list id attached.
func (st *store) dialRuleInUse(id int64) bool {
	return st.client.DialRuleID != nil && *st.client.DialRuleID == id
}
