package sandbox

import (
	"fmt"
	"net/http"
)

// dialRules serves the client's dial rule lists. PUT is partial; a list the
// client has attached cannot be deleted (409).
func (s *Server) dialRules() *objectType[DialRuleList, *DialRuleList] {
	return &objectType[DialRuleList, *DialRuleList]{
		s:     s,
		path:  "dial_rule",
		of:    func(st *store) *collection[DialRuleList, *DialRuleList] { return &st.dialRules },
		parse: parseDialRulePatch,
		refuseDelete: func(id int64) (reply, bool) {
			if !s.st.dialRuleInUse(id) {
				return reply{}, false
			}
			return errReply(http.StatusConflict,
				fmt.Sprintf("Dial rule list %d is in use by client %d (dial_rule_id); detach it first", id, s.st.client.ID),
				"in_use"), true
		},
	}
}
