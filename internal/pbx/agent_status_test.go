package pbx_test

import (
	"encoding/json"
	"strings"
	"testing"

	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// The API takes an agent's status as a string and answers it as an object
// of undocumented shape: a string, an object carrying the name, and null
// all read; an object without a name is an error that shows the answer,
// never a status the configuration cannot match.
func TestAgentStatus_UnmarshalJSON(t *testing.T) {
	for _, tc := range []struct {
		name, in, want, err string
	}{
		{name: "string", in: `"logged_out"`, want: "logged_out"},
		{name: "object", in: `{"name": "available", "title": "Available"}`, want: "available"},
		{name: "object_name_last", in: `{"id": 2, "title": "Logged out", "name": "logged_out"}`, want: "logged_out"},
		{name: "object_status_field", in: `{"status": "logged_out"}`, want: "logged_out"},
		{name: "object_code_field", in: `{"id": 1, "code": "available"}`, want: "available"},
		{name: "object_empty_name_then_code", in: `{"name": "", "code": "available"}`, want: "available"},
		{name: "null", in: `null`, want: ""},
		// Only a title: read when it spells a documented status.
		{name: "object_title_only", in: `{"title": "Logged out"}`, want: "logged_out"},
		{name: "object_without_name", in: `{"id": 3, "title": "On a break"}`, err: `{"id": 3, "title": "On a break"}`},
		{name: "object_name_null", in: `{"name": null}`, err: "carries no status name"},
		{name: "object_name_number", in: `{"name": 2}`, err: "carries no status name"},
		{name: "empty_object", in: `{}`, err: "carries no status name"},
		{name: "number", in: `1`, err: "neither a string nor an object"},
		{name: "array", in: `["available"]`, err: "neither a string nor an object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s pbxapi.AgentStatus
			err := json.Unmarshal([]byte(tc.in), &s)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("%s: error %v, status %q; want an error with %q", tc.in, err, s, tc.err)
				}
				return
			}
			if err != nil || string(s) != tc.want {
				t.Fatalf("%s: %q, %v; want %q", tc.in, s, err, tc.want)
			}
		})
	}
}

// Inside an agent as the API answers it, the status reads the same, and
// the agent sends it back as the plain string the API takes.
func TestAgentStatus_inAgent(t *testing.T) {
	var a pbxapi.Agent
	answer := `{"id": 4001, "extension_id": 372850, "name": "Anna", "status": {"name": "logged_out", "title": "Logged out"},
		"agent_sound_id": null, "busy_delay_time": 10, "no_answer_delay_time": 10, "reject_delay_time": 10,
		"wrap_up_time": 0, "call_timeout": 60, "extra_params": "null"}`
	if err := json.Unmarshal([]byte(answer), &a); err != nil {
		t.Fatal(err)
	}
	if a.Status != "logged_out" || a.ID != 4001 || a.ExtensionID != 372850 || a.AgentSoundID != nil || *a.CallTimeout != 60 {
		t.Errorf("decoded %+v", a)
	}
	sent, err := json.Marshal(pbxapi.Agent{Name: "Anna", Status: "logged_out"})
	if err != nil {
		t.Fatal(err)
	}
	if string(sent) != `{"name":"Anna","status":"logged_out"}` {
		t.Errorf("sent %s", sent)
	}
}
