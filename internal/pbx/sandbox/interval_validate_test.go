package sandbox

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// withCondition returns a valid interval body with conditions replaced.
func withConditions(conds ...string) string {
	return `{"name":"N","timezone":"Europe/Moscow","conditions":[` + strings.Join(conds, ",") + `]}`
}

func TestIntervalValidation(t *testing.T) {
	ok := `{"month":1}`
	cases := []struct {
		name  string
		body  string
		parts []string // the message must mention each
	}{
		// Top-level fields.
		{"missing name", `{"timezone":"UTC","conditions":[{"month":1}]}`, []string{"name", "required"}},
		{"null name", `{"name":null,"timezone":"UTC","conditions":[{"month":1}]}`, []string{"name", "required"}},
		{"empty name", `{"name":"","timezone":"UTC","conditions":[{"month":1}]}`, []string{"name", "empty"}},
		{"blank name", `{"name":"  ","timezone":"UTC","conditions":[{"month":1}]}`, []string{"name", "empty"}},
		{"name not string", `{"name":5,"timezone":"UTC","conditions":[{"month":1}]}`, []string{"name", "string"}},
		{"missing timezone", `{"name":"N","conditions":[{"month":1}]}`, []string{"timezone", "required"}},
		{"empty timezone", `{"name":"N","timezone":"","conditions":[{"month":1}]}`, []string{"timezone"}},
		{"Local timezone", `{"name":"N","timezone":"Local","conditions":[{"month":1}]}`, []string{"timezone", "Local"}},
		{"unknown timezone", `{"name":"N","timezone":"Europe/Atlantis","conditions":[{"month":1}]}`, []string{"timezone", "Atlantis"}},
		{"offset timezone", `{"name":"N","timezone":"+03:00","conditions":[{"month":1}]}`, []string{"timezone"}},
		{"missing conditions", `{"name":"N","timezone":"UTC"}`, []string{"conditions", "required"}},
		{"empty conditions", `{"name":"N","timezone":"UTC","conditions":[]}`, []string{"conditions", "at least one"}},
		{"conditions object", `{"name":"N","timezone":"UTC","conditions":{"month":1}}`, []string{"conditions", "array"}},
		{"condition not object", withConditions(ok, `7`), []string{"conditions[1]", "object"}},
		{"empty condition", withConditions(ok, `{}`), []string{"conditions[1]", "empty"}},
		{"all-zero condition", withConditions(`{"month":0,"start_time":"","start_dow":0}`), []string{"conditions[0]", "empty"}},
		// Wrong JSON types.
		{"dow as string", withConditions(`{"start_dow":"2","end_dow":3}`), []string{"conditions[0].start_dow", "integer"}},
		{"dow as float", withConditions(`{"start_dow":2.5,"end_dow":3}`), []string{"conditions[0].start_dow", "integer"}},
		{"time as number", withConditions(`{"start_time":900,"end_time":"18:00"}`), []string{"conditions[0].start_time", "string"}},
		{"month as bool", withConditions(`{"month":true}`), []string{"conditions[0].month", "integer"}},
		// Half pairs.
		{"start_datetime alone", withConditions(`{"start_datetime":"2025-01-01 00:00:00"}`), []string{"conditions[0].start_datetime", "end_datetime"}},
		{"end_datetime alone", withConditions(`{"end_datetime":"2025-01-01 00:00:00"}`), []string{"conditions[0].end_datetime", "start_datetime"}},
		{"start_dow alone", withConditions(ok, `{"start_dow":2}`), []string{"conditions[1].start_dow", "end_dow"}},
		{"end_dow alone", withConditions(`{"end_dow":2,"month":3}`), []string{"conditions[0].end_dow", "start_dow"}},
		{"start_dow with zero end", withConditions(`{"start_dow":2,"end_dow":0}`), []string{"conditions[0].start_dow", "end_dow"}},
		{"start_mday alone", withConditions(`{"start_mday":2}`), []string{"conditions[0].start_mday", "end_mday"}},
		{"end_mday alone", withConditions(`{"end_mday":2}`), []string{"conditions[0].end_mday", "start_mday"}},
		{"start_time alone", withConditions(`{"start_time":"09:00"}`), []string{"conditions[0].start_time", "end_time"}},
		{"end_time alone", withConditions(`{"end_time":"09:00"}`), []string{"conditions[0].end_time", "start_time"}},
		{"sched date alone", withConditions(`{"sched_start_date":"2025-01-01"}`), []string{"conditions[0].sched_active_days", "required"}},
		{"sched without skip", withConditions(`{"sched_start_date":"2025-01-01","sched_active_days":2}`), []string{"conditions[0].sched_skip_days", "required"}},
		{"sched without date", withConditions(`{"sched_active_days":2,"sched_skip_days":1}`), []string{"conditions[0].sched_start_date", "required"}},
		// Ranges.
		{"dow 0..", withConditions(`{"start_dow":-1,"end_dow":3}`), []string{"conditions[0].start_dow", "between 1 and 7"}},
		{"dow 8", withConditions(`{"start_dow":1,"end_dow":8}`), []string{"conditions[0].end_dow", "between 1 and 7"}},
		{"mday 32", withConditions(`{"start_mday":1,"end_mday":32}`), []string{"conditions[0].end_mday", "between 1 and 31"}},
		{"mday negative", withConditions(`{"start_mday":-2,"end_mday":3}`), []string{"conditions[0].start_mday", "between 1 and 31"}},
		{"month 13", withConditions(ok, ok, `{"month":13}`), []string{"conditions[2].month", "between 1 and 12"}},
		{"month negative", withConditions(`{"month":-1}`), []string{"conditions[0].month", "between 1 and 12"}},
		{"active days negative", withConditions(`{"sched_start_date":"2025-01-01","sched_active_days":-1,"sched_skip_days":1}`), []string{"conditions[0].sched_active_days", "at least 1"}},
		{"skip days negative", withConditions(`{"sched_start_date":"2025-01-01","sched_active_days":1,"sched_skip_days":-2}`), []string{"conditions[0].sched_skip_days", "at least 1"}},
		// Formats.
		{"datetime with T", withConditions(`{"start_datetime":"2025-01-01T00:00:00","end_datetime":"2025-01-02 00:00:00"}`), []string{"conditions[0].start_datetime", "YYYY-MM-DD HH:MM:SS"}},
		{"datetime without seconds", withConditions(`{"start_datetime":"2025-01-01 00:00","end_datetime":"2025-01-02 00:00:00"}`), []string{"conditions[0].start_datetime"}},
		{"datetime fraction", withConditions(`{"start_datetime":"2025-01-01 00:00:00","end_datetime":"2025-01-02 00:00:00.5"}`), []string{"conditions[0].end_datetime"}},
		{"datetime Feb 30", withConditions(`{"start_datetime":"2025-02-30 00:00:00","end_datetime":"2025-03-02 00:00:00"}`), []string{"conditions[0].start_datetime"}},
		{"date with time", withConditions(`{"sched_start_date":"2025-01-01 00:00:00","sched_active_days":1,"sched_skip_days":1}`), []string{"conditions[0].sched_start_date", "YYYY-MM-DD"}},
		{"date month 13", withConditions(`{"sched_start_date":"2025-13-01","sched_active_days":1,"sched_skip_days":1}`), []string{"conditions[0].sched_start_date"}},
		{"time 24:00", withConditions(`{"start_time":"09:00","end_time":"24:00"}`), []string{"conditions[0].end_time", "HH:MM"}},
		{"time one digit hour", withConditions(`{"start_time":"9:00","end_time":"18:00"}`), []string{"conditions[0].start_time"}},
		{"time minutes 60", withConditions(`{"start_time":"09:60","end_time":"18:00"}`), []string{"conditions[0].start_time"}},
		{"time seconds 60", withConditions(`{"start_time":"09:00:60","end_time":"18:00"}`), []string{"conditions[0].start_time"}},
		{"time words", withConditions(`{"start_time":"nine","end_time":"18:00"}`), []string{"conditions[0].start_time"}},
		// Order.
		{"datetime equal", withConditions(`{"start_datetime":"2025-01-01 10:00:00","end_datetime":"2025-01-01 10:00:00"}`), []string{"conditions[0].start_datetime", "before end_datetime"}},
		{"datetime reversed", withConditions(`{"start_datetime":"2025-01-02 10:00:00","end_datetime":"2025-01-01 10:00:00"}`), []string{"conditions[0].start_datetime", "before"}},
		{"mday equal", withConditions(`{"start_mday":5,"end_mday":5}`), []string{"conditions[0].start_mday", "less than end_mday"}},
		{"mday reversed", withConditions(`{"start_mday":20,"end_mday":5}`), []string{"conditions[0].start_mday", "less than"}},
		{"time equal", withConditions(`{"start_time":"09:00","end_time":"09:00:00"}`), []string{"conditions[0].start_time", "before end_time"}},
		{"time reversed", withConditions(`{"start_time":"22:00","end_time":"06:00"}`), []string{"conditions[0].start_time", "before"}},
	}
	s, a := loggedIn(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, a.do("POST", "/client/@me/interval/", tc.body), http.StatusBadRequest, "validation_error", tc.parts...)
		})
	}
	if n := len(s.Intervals()); n != 0 {
		t.Fatalf("rejected POSTs stored %d intervals", n)
	}
	// The same checks apply to PUT.
	iv := mustCreateInterval(t, a, officeHours())
	path := fmt.Sprintf("/client/@me/interval/%d", iv.ID)
	for _, tc := range cases {
		if strings.Contains(tc.name, "missing") || strings.Contains(tc.name, "null name") {
			continue // absent fields are fine in a partial PUT
		}
		t.Run("PUT "+tc.name, func(t *testing.T) {
			wantError(t, a.do("PUT", path, tc.body), http.StatusBadRequest, "validation_error", tc.parts...)
		})
	}
}

func TestIntervalAcceptedEdgeCases(t *testing.T) {
	_, a := loggedIn(t)
	for _, c := range []string{
		`{"start_dow":5,"end_dow":1}`,                    // wraps
		`{"start_dow":3,"end_dow":3}`,                    // one day
		`{"start_time":"00:00","end_time":"23:59:59"}`,   // whole day
		`{"month":12}`,                                   // month alone
		`{"start_dow":0,"end_dow":0,"month":2}`,          // zeros are unset
		`{"start_time":null,"end_time":null,"month":2}`,  // null is unset
		`{"start_mday":30,"end_mday":31,"type":"bogus"}`, // type is read-only
	} {
		wantStatus(t, a.do("POST", "/client/@me/interval/", withConditions(c)), http.StatusCreated)
	}
	// Unknown top-level fields are ignored.
	iv := decode[Interval](t, a.do("POST", "/client/@me/interval/",
		`{"name":"N","timezone":"UTC","conditions":[{"month":1}],"id":1,"client_id":7,"extension_id":9,"colour":"red"}`), http.StatusCreated)
	if iv.ID == 1 || iv.ClientID != DemoClientID || iv.ExtensionID != nil {
		t.Fatalf("read-only fields were taken from the body: %+v", iv)
	}
}
