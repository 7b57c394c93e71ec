package sandbox

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"
)

func TestIntervalCRUD(t *testing.T) {
	s, a := loggedIn(t)
	ans := a.do("POST", "/client/@me/interval/", officeHours())
	wantJSON(t, ans, http.StatusCreated, fmt.Sprintf(`{
		"id": %d, "client_id": %d, "dealer_id": %d, "extension_id": null,
		"name": "Office hours", "timezone": "Europe/Moscow",
		"conditions": [{
			"start_datetime": "", "end_datetime": "", "start_dow": 2, "end_dow": 6,
			"start_mday": 0, "end_mday": 0, "month": 0,
			"start_time": "09:00:00", "end_time": "18:00:00",
			"sched_start_date": "", "sched_active_days": 0, "sched_skip_days": 0,
			"type": "periodic"}]}`, FirstIntervalID, DemoClientID, DemoDealerID))
	created := decode[Interval](t, ans, http.StatusCreated)
	path := fmt.Sprintf("/client/%d/interval/%d", DemoClientID, created.ID)

	if got := decode[Interval](t, a.do("GET", path, nil), http.StatusOK); !reflect.DeepEqual(got, created) {
		t.Fatalf("GET %+v, want %+v", got, created)
	}
	if got := decode[Interval](t, a.do("GET", path+"/", nil), http.StatusOK); !reflect.DeepEqual(got, created) {
		t.Fatalf("GET with slash %+v", got)
	}
	if got := decode[[]Interval](t, a.do("GET", "/client/@me/interval", nil), http.StatusOK); !reflect.DeepEqual(got, []Interval{created}) {
		t.Fatalf("list %+v", got)
	}
	if got, ok := s.Interval(created.ID); !ok || !reflect.DeepEqual(got, created) {
		t.Fatalf("store %+v %v", got, ok)
	}

	// A second interval gets the next id.
	second := mustCreateInterval(t, a, map[string]any{"name": "July", "timezone": "UTC",
		"conditions": []map[string]any{{"month": 7}}})
	if second.ID != created.ID+1 || second.Conditions[0].Type != ConditionPeriodic {
		t.Fatalf("second %+v", second)
	}

	wantStatus(t, a.do("DELETE", path, nil), http.StatusNoContent)
	ans = a.do("DELETE", fmt.Sprintf("/client/@me/interval/%d/", second.ID), nil)
	wantStatus(t, ans, http.StatusNoContent)
	if ans.body != "" || ans.header.Get("Content-Type") != "" {
		t.Fatalf("204 with body %q / type %q", ans.body, ans.header.Get("Content-Type"))
	}
	wantJSON(t, a.do("GET", path, nil), http.StatusNotFound, `{"message":"Record not found"}`)
	wantJSON(t, a.do("DELETE", path, nil), http.StatusNotFound, `{"message":"Record not found"}`)
	wantJSON(t, a.do("PUT", path, officeHours()), http.StatusNotFound, `{"message":"Record not found"}`)
	wantJSON(t, a.do("GET", "/client/@me/interval/", nil), http.StatusOK, `[]`)
	// Ids are not reused.
	if third := mustCreateInterval(t, a, officeHours()); third.ID != second.ID+1 {
		t.Fatalf("third id %d", third.ID)
	}
}

func TestIntervalBadRecordIDs(t *testing.T) {
	_, a := loggedIn(t)
	for _, id := range []string{"abc", "0", "-3", "1.5", "99999"} {
		wantJSON(t, a.do("GET", "/client/@me/interval/"+id, nil), http.StatusNotFound, `{"message":"Record not found"}`)
	}
}

func TestIntervalPartialPut(t *testing.T) {
	s, a := loggedIn(t)
	iv := mustCreateInterval(t, a, map[string]any{"name": "Shifts", "timezone": "Europe/Moscow",
		"conditions": []map[string]any{{"month": 1}, {"month": 2}}})
	path := fmt.Sprintf("/client/@me/interval/%d", iv.ID)

	// Name only: timezone and conditions stay.
	got := decode[Interval](t, a.do("PUT", path, map[string]any{"name": "Renamed"}), http.StatusOK)
	want := iv
	want.Name = "Renamed"
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after name PUT %+v\nwant %+v", got, want)
	}
	// Conditions replace the whole array.
	got = decode[Interval](t, a.do("PUT", path, map[string]any{"timezone": "Asia/Yekaterinburg",
		"conditions": []map[string]any{{"start_time": "22:00", "end_time": "23:30"}}}), http.StatusOK)
	want.Timezone = "Asia/Yekaterinburg"
	want.Conditions = []Condition{{StartTime: "22:00:00", EndTime: "23:30:00", Type: ConditionPeriodic}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after conditions PUT %+v\nwant %+v", got, want)
	}
	// An empty body changes nothing.
	if got = decode[Interval](t, a.do("PUT", path, `{}`), http.StatusOK); !reflect.DeepEqual(got, want) {
		t.Fatalf("after empty PUT %+v", got)
	}
	// A GET answer sent back as a PUT body is accepted unchanged (type and
	// read-only fields are ignored, zeros and "" mean unset).
	if got = decode[Interval](t, a.do("PUT", path, got), http.StatusOK); !reflect.DeepEqual(got, want) {
		t.Fatalf("after round-trip PUT %+v", got)
	}
	// A rejected PUT changes nothing.
	wantStatus(t, a.do("PUT", path, map[string]any{"name": "X", "conditions": []any{}}), http.StatusBadRequest)
	if stored, _ := s.Interval(iv.ID); !reflect.DeepEqual(stored, want) {
		t.Fatalf("rejected PUT changed %+v", stored)
	}
}

func TestStrictIntervalPut(t *testing.T) {
	_, a := loggedIn(t, WithStrictIntervalPut())
	iv := mustCreateInterval(t, a, officeHours())
	path := fmt.Sprintf("/client/@me/interval/%d", iv.ID)
	wantError(t, a.do("PUT", path, map[string]any{"name": "Renamed"}), http.StatusBadRequest, "validation_error", "timezone", "required")
	body := officeHours()
	body["name"] = "Renamed"
	if got := decode[Interval](t, a.do("PUT", path, body), http.StatusOK); got.Name != "Renamed" {
		t.Fatalf("full PUT %+v", got)
	}
}

func TestConditionTypesAndStoredFields(t *testing.T) {
	_, a := loggedIn(t)
	iv := mustCreateInterval(t, a, map[string]any{"name": "Mixed", "timezone": "Europe/Moscow", "conditions": []map[string]any{
		{"start_datetime": "2025-12-31 18:00:00", "end_datetime": "2026-01-08 23:59:59"},
		{"sched_start_date": "2025-01-01", "sched_active_days": 2, "sched_skip_days": 2, "start_time": "08:00", "end_time": "20:00"},
		{"month": 7, "start_dow": 2, "end_dow": 3},
		{"start_dow": 7, "end_dow": 2, "start_mday": 1, "end_mday": 15},
		{"start_dow": 4, "end_dow": 4},
	}})
	want := []Condition{
		{StartDatetime: "2025-12-31 18:00:00", EndDatetime: "2026-01-08 23:59:59", Type: ConditionDatetime},
		{SchedStartDate: "2025-01-01", SchedActiveDays: 2, SchedSkipDays: 2, StartTime: "08:00:00", EndTime: "20:00:00", Type: ConditionScheduledDays},
		{Month: 7, StartDow: 2, EndDow: 3, Type: ConditionPeriodic},
		{StartDow: 7, EndDow: 2, StartMday: 1, EndMday: 15, Type: ConditionPeriodic},
		{StartDow: 4, EndDow: 4, Type: ConditionPeriodic},
	}
	if !reflect.DeepEqual(iv.Conditions, want) {
		t.Fatalf("conditions %+v\nwant %+v", iv.Conditions, want)
	}
}
