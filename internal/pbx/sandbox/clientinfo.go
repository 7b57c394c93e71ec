package sandbox

import (
	"net/http"
)

// getClient serves GET /client/client_info/{cid}/, /client/{cid}/ and
// /client/{cid}/client/.
func (s *Server) getClient(*call) reply {
	return replyOf(http.StatusOK, s.st.client.clone())
}

// updateClient serves the partial PUT of the writable client settings.
// Other fields in the body are ignored.
func (s *Server) updateClient(c *call) reply {
	ci := s.st.client.clone()
	if err := s.applyClientPatch(c.body, &ci); err != nil {
		return validationFailed(err)
	}
	s.st.client = ci
	return replyOf(http.StatusOK, ci.clone())
}

// applyClientPatch validates the writable fields of o and writes them into
// ci. Nothing is written when it fails.
func (s *Server) applyClientPatch(o object, ci *ClientInfo) error {
	rd := &reader{o: o}
	next := ci.clone()
	next.HoldMusic = rd.optionalID("hold_music", next.HoldMusic)
	next.SIPNetworkPermissionID = rd.optionalID("sip_network_permission_id", next.SIPNetworkPermissionID)
	next.DialRuleID = rd.optionalID("dial_rule_id", next.DialRuleID)
	if _, given := rd.raw("dial_rule_id"); given && next.DialRuleID != nil {
		id := next.DialRuleID
		if !s.st.dialRules.has(*id) {
			rd.fail("dial_rule_id", "dial rule list %d does not exist", *id)
		}
	}
	if v, ok := rd.str("timezone"); ok {
		if !validTimezone(v) {
			rd.fail("timezone", "unknown timezone %q (want an IANA name such as Europe/Moscow)", v)
		}
		next.Timezone = v
	}
	if v, ok := rd.str("call_interactive_method"); ok {
		if v != "GET" && v != "POST" {
			rd.fail("call_interactive_method", "must be one of 'GET', 'POST', got %q", v)
		}
		next.CallInteractiveMethod = v
	}
	if v, ok := rd.integer("call_interactive_timeout"); ok {
		if v < 0 {
			rd.fail("call_interactive_timeout", "must not be negative, got %d", v)
		}
		next.CallInteractiveTimeout = v
	}
	if v, ok := rd.integer("disk_space_notify_threshold"); ok {
		if v < 0 || v > 100 {
			rd.fail("disk_space_notify_threshold", "must be a percentage between 0 and 100, got %d", v)
		}
		next.DiskSpaceNotifyThreshold = v
	}
	if v, ok := rd.boolean("call_interactive_out_call"); ok {
		next.CallInteractiveOutCall = v
	}
	if v, ok := rd.str("call_interactive_url"); ok {
		next.CallInteractiveURL = v
	}
	if v, ok := rd.str("disk_space_notify_email"); ok {
		next.DiskSpaceNotifyEmail = v
	}
	if v, ok := rd.str("geo_list"); ok {
		next.GeoList = v
	}
	if rd.err != nil {
		return rd.err
	}
	*ci = next
	return nil
}

// optionalID reads a nullable id field: absent keeps cur; null or 0
// clears it; a positive integer sets it.
func (rd *reader) optionalID(key string, cur *int64) *int64 {
	if rd.isNull(key) {
		return nil
	}
	v, ok := rd.integer(key)
	switch {
	case !ok:
		return cur
	case v < 0:
		rd.fail(key, "must not be negative, got %d", v)
		return cur
	case v == 0:
		return nil
	}
	return &v
}
