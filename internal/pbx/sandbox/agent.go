package sandbox

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// The kinds of call-centre agent, each served at /client/{cid}/agent/<kind>/:
// a local agent answers on one of the client's extensions, a remote one on
// a phone number.
const (
	AgentKindLocal  = "local"
	AgentKindRemote = "remote"
)

// agentStatuses are the documented statuses of an agent, with the titles
// the answered status object carries.
var (
	agentStatuses     = []string{"logged_out", "available"}
	agentStatusTitles = map[string]string{"logged_out": "Logged out", "available": "Available"}
)

// Agent is a call-centre (queue) agent of the client: local (ExtensionID)
// or remote (Number), as Kind says. Its JSON is the stored form
// (snapshots); the API answers the documented fields of the kind, with the
// status as an object (see AgentStatus, WithAgentStatusString). Queues are
// the queue extensions the agent is in: the API has no call to put an
// agent into a queue, so only tests set them (PutAgent).
type Agent struct {
	ID                int64   `json:"id"`
	Kind              string  `json:"kind"`                   // AgentKindLocal or AgentKindRemote
	ExtensionID       *int64  `json:"extension_id,omitempty"` // local agents
	Number            string  `json:"number,omitempty"`       // remote agents
	Name              string  `json:"name"`
	Status            string  `json:"status"` // logged_out, available
	AgentSoundID      *int64  `json:"agent_sound_id"`
	BusyDelayTime     int64   `json:"busy_delay_time"`
	NoAnswerDelayTime int64   `json:"no_answer_delay_time"`
	RejectDelayTime   int64   `json:"reject_delay_time"`
	WrapUpTime        int64   `json:"wrap_up_time"`
	CallTimeout       int64   `json:"call_timeout"`
	ExtraParams       string  `json:"extra_params"`
	Queues            []int64 `json:"queues,omitempty"` // ids of queue extensions
}

func (a *Agent) key() *int64 { return &a.ID }

func (a Agent) clone() Agent {
	a.ExtensionID = cloneID(a.ExtensionID)
	a.AgentSoundID = cloneID(a.AgentSoundID)
	if len(a.Queues) == 0 {
		a.Queues = nil
	} else {
		a.Queues = slices.Clone(a.Queues)
	}
	return a
}

// AgentStatus is how the API answers an agent's status by default: the
// docs take a string on write but type the answered status only as an
// object, so its members are the emulator's choice.
type AgentStatus struct {
	Name  string `json:"name"`  // the written status: logged_out, available
	Title string `json:"title"` // a human title: Logged out, Available
}

// agents serves the client's agents of one kind. Local and remote agents
// share one collection (ids) but each path serves only its own. DELETE
// takes remove_from_queues (default true); false for an agent in a queue
// is 409.
func (s *Server) agents(kind string) *objectType[Agent, *Agent] {
	t := &objectType[Agent, *Agent]{
		s:     s,
		path:  "agent/" + kind,
		of:    func(st *store) *collection[Agent, *Agent] { return &st.agents },
		parse: func(o object, a *Agent, required bool) error { return s.parseAgent(kind, o, a, required) },
		scope: func(a *Agent) bool { return a.Kind == kind },
		view:  s.agentView,
		fill: func(a *Agent) {
			if a.Kind == "" {
				a.Kind = AgentKindLocal
				if a.ExtensionID == nil && a.Number != "" {
					a.Kind = AgentKindRemote
				}
			}
		},
		onDelete: func(c *call) (reply, bool) {
			remove := true
			if c.query.Has("remove_from_queues") {
				var err error
				if remove, err = queryBool(c.query, "remove_from_queues"); err != nil {
					return validationFailed(err), true
				}
			}
			if a, _ := s.st.agents.get(c.id); !remove && len(a.Queues) > 0 {
				return inUse("Agent %d is in queues %s; delete it with remove_from_queues=true or take it out of the queues first",
					c.id, joinIDs(a.Queues)), true
			}
			return reply{}, false
		},
	}
	if kind == AgentKindLocal {
		t.filters = []filter[Agent]{byID("extension_id", func(a *Agent) *int64 { return a.ExtensionID })}
		t.limit, t.limitName = func(l Limits) int64 { return l.ExtensionAgentLimit }, "extension_agent_limit"
	} else {
		t.limit, t.limitName = func(l Limits) int64 { return l.RemoteAgentLimit }, "remote_agent_limit"
	}
	return t
}

// agentView is the API's answer for an agent: the documented resource
// fields of its kind (extension_id or number), status as an AgentStatus
// (a plain string WithAgentStatusString).
func (s *Server) agentView(a *Agent) any {
	var status any = AgentStatus{Name: a.Status, Title: agentStatusTitles[a.Status]}
	if s.cfg.agentStatusString {
		status = a.Status
	}
	m := map[string]any{
		"id": a.ID, "name": a.Name, "status": status, "agent_sound_id": a.AgentSoundID,
		"busy_delay_time": a.BusyDelayTime, "no_answer_delay_time": a.NoAnswerDelayTime,
		"reject_delay_time": a.RejectDelayTime, "wrap_up_time": a.WrapUpTime, "call_timeout": a.CallTimeout,
		"extra_params": a.ExtraParams,
	}
	if a.Kind == AgentKindRemote {
		m["number"] = a.Number
	} else {
		m["extension_id"] = a.ExtensionID
	}
	return m
}

// parseAgent validates an agent body of kind into a. A local agent's
// extension_id is read only when it is created (PUT does not take it); a
// remote agent's number may change.
func (s *Server) parseAgent(kind string, o object, a *Agent, required bool) error {
	rd := &reader{o: o}
	st := &s.st
	if required {
		a.Kind, a.Status, a.ExtraParams = kind, "available", "null"
		a.BusyDelayTime, a.NoAnswerDelayTime, a.RejectDelayTime, a.WrapUpTime, a.CallTimeout = 10, 10, 10, 0, 60
	}
	if name := rd.name(required); name != nil {
		a.Name = *name
	}
	switch {
	case kind == AgentKindLocal && required:
		a.ExtensionID = rd.boundRef("extension_id", "extension", st.extensions.has, true, nil)
	case kind == AgentKindRemote:
		if v, ok := rd.str("number"); ok {
			if problem := checkAgentNumber(v); problem != "" {
				rd.fail("number", "%s", problem)
			}
			a.Number = v
		} else if required {
			rd.need("number")
		}
	}
	rd.setEnum("status", &a.Status, agentStatuses...)
	a.AgentSoundID = rd.ref("agent_sound_id", "sound", st.sounds.has, a.AgentSoundID)
	rd.setCount("busy_delay_time", &a.BusyDelayTime)
	rd.setCount("no_answer_delay_time", &a.NoAnswerDelayTime)
	rd.setCount("reject_delay_time", &a.RejectDelayTime)
	rd.setCount("wrap_up_time", &a.WrapUpTime)
	if v, ok := rd.integer("call_timeout"); ok {
		if v <= 0 {
			rd.fail("call_timeout", "must be positive, got %d", v)
		}
		a.CallTimeout = v
	}
	rd.setStr("extra_params", &a.ExtraParams)
	return rd.err
}

// checkAgentNumber returns the problem of a remote agent's number: 3 to 20
// digits, optionally after a +.
func checkAgentNumber(number string) string {
	digits := strings.TrimPrefix(number, "+")
	if len(digits) < 3 || len(digits) > 20 || strings.Trim(digits, "0123456789") != "" {
		return fmt.Sprintf("must be a phone number of 3 to 20 digits (a leading + allowed), got %q", number)
	}
	return ""
}

// localAgentOf returns the first local agent on extension id.
func (st *store) localAgentOf(id int64) (Agent, bool) {
	return st.agents.find(func(a *Agent) bool { return a.Kind == AgentKindLocal && sameID(a.ExtensionID, id) })
}

// dropQueue takes every agent out of queue extension id.
func (st *store) dropQueue(id int64) {
	st.agents.update(func(a *Agent) {
		a.Queues = slices.DeleteFunc(a.Queues, func(q int64) bool { return q == id })
		if len(a.Queues) == 0 {
			a.Queues = nil
		}
	})
}

func joinIDs(ids []int64) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(out, ", ")
}

// AgentDeletion is one DELETE of an agent as a client sent it (see
// AgentDeletions).
type AgentDeletion struct {
	Kind             string // AgentKindLocal or AgentKindRemote
	AgentID          int64  // the id in the path (0 when it is not a number)
	Given            bool   // whether the query had remove_from_queues
	RemoveFromQueues string // its value as sent ("" when not given)
}

var agentPath = regexp.MustCompile(`^` + regexp.QuoteMeta(BasePath) + `/client/[^/]+/agent/(local|remote)/([^/]+)$`)

// AgentDeletions returns every DELETE of an agent the Kit recorded, oldest
// first, whatever it answered (also 401, 404 or a fault): whether the
// client gave remove_from_queues, and how. Kit.ResetRequests forgets them.
func (s *Server) AgentDeletions() []AgentDeletion {
	var out []AgentDeletion
	for _, r := range s.Kit.Requests() {
		m := agentPath.FindStringSubmatch(sandboxkit.CleanPath(r.Path))
		if r.Method != http.MethodDelete || m == nil {
			continue
		}
		q, _ := url.ParseQuery(r.RawQuery)
		id, _ := strconv.ParseInt(m[2], 10, 64)
		out = append(out, AgentDeletion{Kind: m[1], AgentID: id, Given: q.Has("remove_from_queues"),
			RemoveFromQueues: q.Get("remove_from_queues")})
	}
	return out
}

// WithAgentStatusString makes the API answer an agent's status as the
// plain string it takes on write ("available") instead of the default
// object ({"name": "available", "title": "Available"}).
func WithAgentStatusString() Option {
	return func(c *config) { c.agentStatusString = true }
}
