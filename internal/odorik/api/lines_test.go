package api

import (
	"bytes"
	"context"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

var sipPasswords = []string{sandbox.DemoLineSIPPassword, sandbox.WarehouseLineSIPPassword, sandbox.FaxLineSIPPassword}

func TestLines(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	lines, err := e.client.Lines(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 3 {
		t.Fatalf("%d lines, want the 3 seeded: %+v", len(lines), lines)
	}
	want := Line{ID: sandbox.DemoLine, Name: "Recepce", CallerID: sandbox.GeographicNumber, PublicNumber: sandbox.GeographicNumber,
		Flags: map[string]bool{"active_voicemail": true, "active_call_recording": false, "active_missed_call_email": true}}
	if !reflect.DeepEqual(lines[0], want) {
		t.Errorf("line 0 = %+v, want %+v", lines[0], want)
	}
	if lines[2].ID != sandbox.FaxLine || lines[2].PublicNumber != "" {
		t.Errorf("line 2 = %+v", lines[2])
	}
	// The type has no place for the SIP password: nothing of it is kept.
	for _, l := range lines {
		for _, p := range sipPasswords {
			if strings.Contains(fmtLine(l), p) {
				t.Errorf("line %s keeps a SIP password", l.ID)
			}
		}
	}
	// A line login sees its own line.
	own, err := e.newClient(sandbox.DemoLine, sandbox.DemoLineSIPPassword).Lines(testCtx(t))
	if err != nil || len(own) != 1 || own[0].ID != sandbox.DemoLine {
		t.Errorf("line login: %+v, %v", own, err)
	}
}

func fmtLine(l Line) string {
	return strings.Join([]string{l.ID, l.Name, l.CallerID, l.PublicNumber}, "|")
}

// The vendor documents neither the flags' names nor their types: booleans
// as strings or numbers are read, other values and other members dropped.
func TestLinesTolerateFlagTypes(t *testing.T) {
	t.Parallel()
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		vendorJSON(w, `[
 {"id":"790766","name":"A","caller_id":null,"public_number":420533533533,"sip_password":"p1",
  "active_voicemail":"true","active_call_recording":0,"active_rtp_proxy":"1","active_odd":"maybe","active_obj":{},
  "voicemail_email":"a@example.com","connected_devices":[{"user_agent":"x"}]},
 {"id":790767,"sip_password":"p2"}
]`)
	})
	lines, err := f.client().Lines(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []Line{
		{ID: "790766", Name: "A", PublicNumber: "420533533533",
			Flags: map[string]bool{"active_voicemail": true, "active_call_recording": false, "active_rtp_proxy": true}},
		{ID: "790767", Flags: map[string]bool{}},
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("Lines = %+v, want %+v", lines, want)
	}
}

// An answer that is not the expected JSON (here cut in half, in the middle
// of the SIP passwords) fails without quoting it, and the TRACE log masks
// the passwords of a good answer.
func TestLinesNeverShowSIPPasswords(t *testing.T) {
	t.Setenv("TF_LOG_PROVIDER_TELECOM_ODORIK", "TRACE")
	e := newEnv(t)
	var logs bytes.Buffer
	ctx, cancel := context.WithTimeout(tflogtest.RootLogger(context.Background(), &logs), 20*time.Second)
	defer cancel()

	if _, err := e.client.Lines(ctx); err != nil {
		t.Fatal(err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Method: http.MethodGet, Path: `/lines\.json$`, Times: 1})
	_, err := e.client.Lines(ctx)
	if err == nil || !strings.Contains(err.Error(), "not the expected JSON") || !strings.Contains(err.Error(), "not shown") {
		t.Fatalf("err = %v, want a malformed-answer error that does not show the answer", err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 502, Body: `<html>sip_password=` + sandbox.FaxLineSIPPassword + `</html>`, Method: http.MethodGet, Path: `/lines\.json$`, Times: 3})
	_, err502 := e.client.Lines(ctx)
	if err502 == nil || !strings.Contains(err502.Error(), "502") {
		t.Fatalf("err = %v, want HTTP 502", err502)
	}
	for _, p := range sipPasswords {
		for what, text := range map[string]string{"error": err.Error(), "502 error": err502.Error(), "log": logs.String()} {
			if strings.Contains(text, p) {
				t.Errorf("the %s holds the SIP password %q", what, p)
			}
		}
	}
	if !strings.Contains(logs.String(), `sip_password\":\"***\"`) {
		t.Errorf("test setup: the log does not show the masked lines answer:\n%.2000s", logs.String())
	}
}
