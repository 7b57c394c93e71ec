package sandbox

import (
	"net/http"
	"strconv"
)

// getCustomer answers the full customer record for who. Master and reseller
// tokens need the customer id (422 without it); a reseller reads only the
// customers whose id_hie is its own id; a subscriber reads its own record,
// with or without its own id in the path. A record the caller may not read
// answers like an unknown one: HTTP 200 {"error":1,"reason":…}. The caller
// holds s.mu.
func (s *Server) getCustomer(who caller, rawID string) reply {
	if who.level == levelSubscriber {
		if rawID != "" && !s.cfg.ignoreSubscriberID {
			if id, ok := parseID(rawID); !ok || id != who.customer {
				return customerNotFound()
			}
		}
		c, ok := s.st.get(who.customer)
		if !ok {
			return customerNotFound()
		}
		return s.recordReply(c)
	}
	if rawID == "" {
		return fail(http.StatusUnprocessableEntity, ReasonMissingID)
	}
	id, ok := parseID(rawID)
	if !ok {
		return customerNotFound()
	}
	c, ok := s.st.get(id)
	if !ok || (who.level == levelReseller && !is(c.IDHie, who.customer)) {
		return customerNotFound()
	}
	return s.recordReply(c)
}

func customerNotFound() reply {
	return fail(http.StatusOK, ReasonCustomerNotFound)
}

// parseID accepts a positive decimal integer made of digits only.
func parseID(raw string) (int64, bool) {
	for i := 0; i < len(raw); i++ {
		if raw[i] < '0' || raw[i] > '9' {
			return 0, false
		}
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	return id, err == nil && id > 0
}
