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
	st := &s.st
	next.HoldMusic = rd.ref("hold_music", "sound", st.sounds.has, next.HoldMusic)
	next.SIPNetworkPermissionID = rd.ref("sip_network_permission_id", "network permission group",
		st.networkPermissions.has, next.SIPNetworkPermissionID)
	next.DialRuleID = rd.ref("dial_rule_id", "dial rule list", st.dialRules.has, next.DialRuleID)
	if v, ok := rd.str("timezone"); ok {
		if !validTimezone(v) {
			rd.fail("timezone", "unknown timezone %q (want an IANA name such as Europe/Moscow)", v)
		}
		next.Timezone = v
	}
	rd.setEnum("call_interactive_method", &next.CallInteractiveMethod, "GET", "POST")
	rd.setCount("call_interactive_timeout", &next.CallInteractiveTimeout)
	if v, ok := rd.integer("disk_space_notify_threshold"); ok {
		if v < 0 || v > 100 {
			rd.fail("disk_space_notify_threshold", "must be a percentage between 0 and 100, got %d", v)
		}
		next.DiskSpaceNotifyThreshold = v
	}
	rd.setBool("call_interactive_out_call", &next.CallInteractiveOutCall)
	rd.setStr("call_interactive_url", &next.CallInteractiveURL)
	rd.setStr("disk_space_notify_email", &next.DiskSpaceNotifyEmail)
	rd.setStr("geo_list", &next.GeoList)
	if rd.err != nil {
		return rd.err
	}
	*ci = next
	return nil
}
