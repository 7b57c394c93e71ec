package sandbox

import (
	"fmt"
	"net/http"
)

func (s *Server) listDialRules(c *call) reply {
	page, err := pageOf(s.st.sortedDialRules(), c.query)
	if err != nil {
		return validationFailed(err)
	}
	return replyOf(http.StatusOK, page)
}

func (s *Server) createDialRule(c *call) reply {
	p, err := parseDialRulePatch(c.body, true)
	if err != nil {
		return validationFailed(err)
	}
	l := DialRuleList{ClientID: s.st.client.ID, DealerID: DemoDealerID}
	p.apply(&l)
	return replyOf(http.StatusCreated, s.st.putDialRule(l))
}

func (s *Server) getDialRule(c *call) reply {
	l, ok := s.st.dialRules[c.id]
	if !ok {
		return recordNotFound()
	}
	return replyOf(http.StatusOK, l.clone())
}

func (s *Server) updateDialRule(c *call) reply {
	l, ok := s.st.dialRules[c.id]
	if !ok {
		return recordNotFound()
	}
	p, err := parseDialRulePatch(c.body, false)
	if err != nil {
		return validationFailed(err)
	}
	l = l.clone()
	p.apply(&l)
	return replyOf(http.StatusOK, s.st.putDialRule(l))
}

// deleteDialRule refuses a list the client has attached (409).
func (s *Server) deleteDialRule(c *call) reply {
	if _, ok := s.st.dialRules[c.id]; !ok {
		return recordNotFound()
	}
	if s.st.dialRuleInUse(c.id) {
		return errReply(http.StatusConflict,
			fmt.Sprintf("Dial rule list %d is in use by client %d (dial_rule_id); detach it first", c.id, s.st.client.ID),
			"in_use")
	}
	delete(s.st.dialRules, c.id)
	return reply{status: http.StatusNoContent}
}
