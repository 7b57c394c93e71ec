package sandbox

import (
	"net/http"
	"strings"
)

// intervalPatch is a validated interval body; nil/absent fields were not
// given.
type intervalPatch struct {
	name, timezone *string
	conditions     []Condition // nil = not given
}

// parseIntervalPatch validates an interval body. With required, name,
// timezone and conditions must all be given.
func parseIntervalPatch(o object, required bool) (intervalPatch, error) {
	rd := &reader{o: o}
	var p intervalPatch
	if name, ok := rd.str("name"); ok {
		if strings.TrimSpace(name) == "" {
			rd.fail("name", "must not be empty")
		}
		p.name = &name
	} else if required {
		rd.fail("name", "is required")
	}
	if tz, ok := rd.str("timezone"); ok {
		if !validTimezone(tz) {
			rd.fail("timezone", "unknown timezone %q (want an IANA name such as Europe/Moscow)", tz)
		}
		p.timezone = &tz
	} else if required {
		rd.fail("timezone", "is required")
	}
	items, ok := rd.array("conditions")
	switch {
	case ok && len(items) == 0:
		rd.fail("conditions", "must contain at least one condition")
	case !ok && required:
		rd.fail("conditions", "is required")
	}
	if rd.err != nil {
		return p, rd.err
	}
	if ok {
		p.conditions = make([]Condition, 0, len(items))
		for i, item := range items {
			co, ok := rd.element("conditions", i, item)
			if !ok {
				return p, rd.err
			}
			c, err := parseCondition(co, i)
			if err != nil {
				return p, err
			}
			p.conditions = append(p.conditions, c)
		}
	}
	return p, nil
}

func (p intervalPatch) apply(iv *Interval) {
	if p.name != nil {
		iv.Name = *p.name
	}
	if p.timezone != nil {
		iv.Timezone = *p.timezone
	}
	if p.conditions != nil {
		iv.Conditions = p.conditions
	}
}

func recordNotFound() reply { return errReply(http.StatusNotFound, "Record not found", "") }

func validationFailed(err error) reply {
	return errReply(http.StatusBadRequest, err.Error(), "validation_error")
}

func (s *Server) listIntervals(c *call) reply {
	page, err := pageOf(s.st.sortedIntervals(), c.query)
	if err != nil {
		return validationFailed(err)
	}
	return replyOf(http.StatusOK, page)
}

func (s *Server) createInterval(c *call) reply {
	p, err := parseIntervalPatch(c.body, true)
	if err != nil {
		return validationFailed(err)
	}
	iv := Interval{ClientID: s.st.client.ID, DealerID: DemoDealerID}
	p.apply(&iv)
	return replyOf(http.StatusCreated, s.st.putInterval(iv))
}

func (s *Server) getInterval(c *call) reply {
	iv, ok := s.st.intervals[c.id]
	if !ok {
		return recordNotFound()
	}
	return replyOf(http.StatusOK, iv.clone())
}

func (s *Server) updateInterval(c *call) reply {
	iv, ok := s.st.intervals[c.id]
	if !ok {
		return recordNotFound()
	}
	p, err := parseIntervalPatch(c.body, s.cfg.strictIntervalPut)
	if err != nil {
		return validationFailed(err)
	}
	iv = iv.clone()
	p.apply(&iv)
	return replyOf(http.StatusOK, s.st.putInterval(iv))
}

func (s *Server) deleteInterval(c *call) reply {
	if _, ok := s.st.intervals[c.id]; !ok {
		return recordNotFound()
	}
	delete(s.st.intervals, c.id)
	return reply{status: http.StatusNoContent}
}
