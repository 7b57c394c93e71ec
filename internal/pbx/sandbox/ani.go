package sandbox

import "net/http"

// clientANI is the answer of /client/{cid}/ani/ and /extension/{eid}/ani/:
// the default caller id, "None" when none is set.
type clientANI struct {
	Default string `json:"default"`
}

// noANI is what default says when no caller id is set.
const noANI = "None"

// aniAnswer is the answer for caller id number ("" none).
func aniAnswer(number string) clientANI {
	if number == "" {
		return clientANI{Default: noANI}
	}
	return clientANI{Default: number}
}

func (st *store) clientANI() clientANI { return aniAnswer(st.ani) }

// getANI serves GET /client/{cid}/ani/.
func (s *Server) getANI(*call) reply { return replyOf(http.StatusOK, s.st.clientANI()) }

// updateANI serves PUT /client/{cid}/ani/: ani_number (required) must be
// one of the client's DIDs; "" resets the caller id.
func (s *Server) updateANI(c *call) reply {
	number, err := s.readANINumber(c.body)
	if err != nil {
		return validationFailed(err)
	}
	s.st.ani = number
	return replyOf(http.StatusOK, s.st.clientANI())
}

// readANINumber reads the body of a PUT …/ani/: ani_number (required, not
// null) is "" (reset) or the name of one of the client's DIDs.
func (s *Server) readANINumber(o object) (string, error) {
	rd := &reader{o: o}
	rd.need("ani_number")
	number, ok := rd.str("ani_number")
	if _, has := s.st.did(number); ok && number != "" && !has {
		rd.fail("ani_number", "%s", didError(number))
	}
	return number, rd.err
}
