package sandbox

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"time"
)

// numberView is a number as GET /v1/voip/{number} serves it: never with
// the SIP password.
type numberView struct {
	Number       string         `json:"number"`
	CustomerID   int64          `json:"customerId"`
	ProfileID    int64          `json:"profileId"`
	TariffPlanID int64          `json:"tariffPlanId"`
	CLIR         string         `json:"clir,omitempty"`
	Antifraud    *antifraudView `json:"antifraud,omitempty"`
	Status       string         `json:"status"`
}

type antifraudView struct {
	InternationalLimit float64 `json:"internationalLimit"`
}

func viewNumber(n Number) numberView {
	v := numberView{Number: n.Number, CustomerID: n.CustomerID, ProfileID: n.ProfileID,
		TariffPlanID: n.TariffPlanID, CLIR: n.CLIR, Status: n.Status}
	if n.InternationalLimit != nil {
		v.Antifraud = &antifraudView{InternationalLimit: *n.InternationalLimit}
	}
	return v
}

// listProfiles is GET /v1/voip/profiles: a bare array, ids ascending.
func (s *Server) listProfiles(*call) reply {
	return replyOf(http.StatusOK, s.sortedProfiles())
}

func (s *Server) sortedProfiles() []Profile {
	out := append([]Profile{}, s.cfg.profiles...)
	slices.SortFunc(out, func(a, b Profile) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// pathNumber validates the {number} path parameter and looks it up.
func (s *Server) pathNumber(c *call) (Number, reply, bool) {
	v := c.params["number"]
	if !numberPattern.MatchString(v) {
		return Number{}, invalid("params", "number",
			fmt.Sprintf("%q with value %q fails to match the required pattern: /%s/", "number", v, numberPattern)), false
	}
	n, ok := s.st.numbers[v]
	if !ok {
		return Number{}, notFound(fmt.Sprintf("Number %s not found", v)), false
	}
	return n, reply{}, true
}

// getVoip is GET /v1/voip/{number}; the query (detail, iccid) is ignored.
func (s *Server) getVoip(c *call) reply {
	n, rp, ok := s.pathNumber(c)
	if !ok {
		return rp
	}
	return replyOf(http.StatusOK, viewNumber(n))
}

// getVoipState is GET /v1/voip/{number}/state.
func (s *Server) getVoipState(c *call) reply {
	n, rp, ok := s.pathNumber(c)
	if !ok {
		return rp
	}
	return replyOf(http.StatusOK, map[string]string{"status": n.Status})
}

// createVoip is POST /v1/voip: the number is stored at once as prepared
// and an activate_voip order makes it active. A number that exists and is
// not canceled answers 400; a canceled one is replaced.
func (s *Server) createVoip(c *call) reply {
	f, rp, bad := readVoip(c.payload(), true)
	if bad {
		return rp
	}
	if rp, ok := s.checkRefs(f); !ok {
		return rp
	}
	var previous *Number
	if old, exists := s.st.numbers[f.number]; exists {
		if old.Status != StatusCanceled {
			return badRequest(fmt.Sprintf("Number %s already exists (status %s)", f.number, old.Status))
		}
		prev := old.clone()
		previous = &prev
	}
	n := Number{Number: f.number, CustomerID: *f.customerID, ProfileID: *f.profileID,
		TariffPlanID: *f.tariffPlanID, InternationalLimit: f.limit, Status: StatusPrepared}
	if f.clir != nil {
		n.CLIR = *f.clir
	}
	n.SIPPassword = newSIPPassword()
	if f.password != nil {
		n.SIPPassword = *f.password
	}
	s.st.numbers[n.Number] = n
	o := s.newOrder(c.now, TypeActivateVoip, n.Number, n.CustomerID, c.login, time.Time{})
	o.previous = previous
	return replyOf(http.StatusCreated, requestIDReply{RequestID: o.ID})
}

// changeVoip is PUT /v1/voip: the number is in the body; the fields given
// are applied when the change_voip order finishes. customerId may be given
// but must be the number's own.
func (s *Server) changeVoip(c *call) reply {
	f, rp, bad := readVoip(c.payload(), false)
	if bad {
		return rp
	}
	n, exists := s.st.numbers[f.number]
	if !exists {
		return notFound(fmt.Sprintf("Number %s not found", f.number))
	}
	if rp, ok := s.checkRefs(f); !ok {
		return rp
	}
	if f.customerID != nil && *f.customerID != n.CustomerID {
		return badRequest(fmt.Sprintf("customerId cannot be changed: number %s belongs to customer %d", n.Number, n.CustomerID))
	}
	if n.Status == StatusCanceled {
		return badRequest(fmt.Sprintf("1010: number %s is canceled", n.Number))
	}
	o := s.newOrder(c.now, TypeChangeVoip, n.Number, n.CustomerID, c.login, time.Time{})
	o.change = &voipChange{ProfileID: f.profileID, TariffPlanID: f.tariffPlanID, CLIR: f.clir,
		InternationalLimit: f.limit, SIPPassword: f.password}
	return replyOf(http.StatusOK, requestIDReply{RequestID: o.ID})
}

// deactivateVoip is PUT /v1/voip/{number}/deactivate (and the seed's
// /v1/mobile/{number}/deactivate) with an optional {requiredCeaseDate}:
// a deactivate_voip order that cancels the number when it finishes, not
// before the cease date.
func (s *Server) deactivateVoip(c *call) reply {
	ck := c.optionalPayload()
	n, rp, ok := s.pathNumber(c)
	if !ok && rp.status == http.StatusBadRequest {
		return rp // params are validated before the payload
	}
	var cease time.Time
	if v, given := ck.date("requiredCeaseDate"); given {
		cease, _, _ = parseDate(v)
	}
	if rp, bad := ck.result(); bad {
		return rp
	}
	if !ok {
		return rp
	}
	if n.Status == StatusCanceled {
		return badRequest(fmt.Sprintf("1010: number %s is canceled", n.Number))
	}
	if p := s.st.pendingFor(n.Number, TypeDeactivateVoip); p != nil {
		return badRequest(fmt.Sprintf("Number %s already has a pending deactivation request %d", n.Number, p.ID))
	}
	o := s.newOrder(c.now, TypeDeactivateVoip, n.Number, n.CustomerID, c.login, cease)
	return replyOf(http.StatusOK, requestIDReply{RequestID: o.ID})
}
