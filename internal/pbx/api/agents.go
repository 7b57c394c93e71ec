package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// Agent is a call-centre agent (seed 004): a local agent answers on one of
// the client's phone extensions (ExtensionID, fixed once created), a remote
// agent on an outside number (Number, changeable). ID is set by the API.
type Agent struct {
	ID          int64  `json:"id,omitempty"`
	ExtensionID int64  `json:"extension_id,omitempty"`
	Number      string `json:"number,omitempty"`
	Name        string `json:"name,omitempty"`
	// Status is available or logged_out.
	Status AgentStatus `json:"status,omitempty"`
	// The timers, in seconds; nil is not sent (the API's defaults apply:
	// busy, no-answer and reject delays 10, wrap-up 0, call timeout 60).
	BusyDelayTime     *int64 `json:"busy_delay_time,omitempty"`
	NoAnswerDelayTime *int64 `json:"no_answer_delay_time,omitempty"`
	RejectDelayTime   *int64 `json:"reject_delay_time,omitempty"`
	WrapUpTime        *int64 `json:"wrap_up_time,omitempty"`
	CallTimeout       *int64 `json:"call_timeout,omitempty"`
	// AgentSoundID: null clears it.
	AgentSoundID *int64 `json:"agent_sound_id,omitempty"`
}

// Agent kinds, as the API's paths spell them.
const (
	AgentLocal  = "local"
	AgentRemote = "remote"
)

// AgentKinds are the two kinds, in the order they are listed.
var AgentKinds = []string{AgentLocal, AgentRemote}

// AgentStatuses are the documented statuses.
var AgentStatuses = []string{"available", "logged_out"}

// Agents is the client's agents of one kind (AgentKinds). Agents carry no
// client_id in their answer.
func (c *Client) Agents(kind string) *Collection[Agent] { return collectionOf(c, agentSpecs[kind]) }

var agentSpecs = map[string]spec[Agent]{AgentLocal: agentSpec(AgentLocal), AgentRemote: agentSpec(AgentRemote)}

func agentSpec(kind string) spec[Agent] {
	return spec[Agent]{
		kind: "agent " + kind, path: "/client/{client_id}/agent/" + kind + "/",
		id:       func(a Agent) int64 { return a.ID },
		clientID: func(Agent) int64 { return 0 },
		name:     func(a Agent) string { return a.Name },
	}
}

// DeleteAgent deletes an agent and takes it out of every queue it is in
// (remove_from_queues=true, the documented default, sent so that it never
// depends on the default). An agent that is already gone is not an error.
func (c *Client) DeleteAgent(ctx context.Context, clientID, kind string, id int64) error {
	col := c.Agents(kind)
	defer col.lists.Writing()()
	return ignoreGone(c.do(ctx, call{
		method: http.MethodDelete, path: col.spec.objectPath(), pathParams: col.spec.objectParams(clientID, id),
		query: map[string]string{"remove_from_queues": "true"},
	}))
}

// AgentStatus is an agent's status name. The API takes it as a string and
// answers it as an object whose fields the docs do not give [inf]: it is
// read from a string, or from the first of the object's fields "name",
// "status", "value" and "code" that holds a string. A human title ("Logged
// out") is not a name: it is read only as a last resort, and only when it
// spells a documented status (AgentStatuses). It is sent as the string.
type AgentStatus string

// agentStatusFields are the object fields that may carry the status name
// [inf: the docs give the type "object" only]. Correct this list when the
// real shape is known.
var agentStatusFields = []string{"name", "status", "value", "code"}

func (s *AgentStatus) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err == nil {
		*s = AgentStatus(name)
		return nil
	}
	var object map[string]json.RawMessage
	if err := json.Unmarshal(b, &object); err != nil {
		return fmt.Errorf("agent status %s is neither a string nor an object", b)
	}
	if object == nil { // null
		*s = ""
		return nil
	}
	for _, field := range agentStatusFields {
		if err := json.Unmarshal(object[field], &name); err == nil && name != "" {
			*s = AgentStatus(name)
			return nil
		}
	}
	// A title such as "Logged out" read as a name would never match the
	// configuration's logged_out: every plan would show a change.
	var title string
	if err := json.Unmarshal(object["title"], &title); err == nil {
		spelled := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(title)), " ", "_")
		if slices.Contains(AgentStatuses, spelled) {
			*s = AgentStatus(spelled)
			return nil
		}
	}
	return fmt.Errorf("agent status %s carries no status name (looked for a string in %s, or a title that is one of %s)",
		b, strings.Join(agentStatusFields, ", "), strings.Join(AgentStatuses, ", "))
}
