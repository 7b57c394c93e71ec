package sandbox

import "net/http"

// clientANI is the answer of /client/{cid}/ani/: the client's default
// caller id, "None" when none is set.
type clientANI struct {
	Default string `json:"default"`
}

// noANI is what default says when no caller id is set.
const noANI = "None"

func (st *store) clientANI() clientANI {
	if st.ani == "" {
		return clientANI{Default: noANI}
	}
	return clientANI{Default: st.ani}
}

// getANI serves GET /client/{cid}/ani/.
func (s *Server) getANI(*call) reply { return replyOf(http.StatusOK, s.st.clientANI()) }

// updateANI serves PUT /client/{cid}/ani/: ani_number (required) must be
// one of the client's DIDs; "" resets the caller id.
func (s *Server) updateANI(c *call) reply {
	rd := &reader{o: c.body}
	rd.need("ani_number")
	number, ok := rd.str("ani_number")
	if _, has := s.st.did(number); ok && number != "" && !has {
		rd.fail("ani_number", "%s", didError(number))
	}
	if rd.err != nil {
		return validationFailed(rd.err)
	}
	s.st.ani = number
	return replyOf(http.StatusOK, s.st.clientANI())
}
