package api

import (
	"bytes"
	"compress/gzip"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

func TestValidationErrorIs400WithVendorMessage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	in := officeHours("bad zone")
	in.Timezone = "Mars/Olympus"

	_, err := e.client.Intervals().Create(testCtx(t), me, in)
	var apiErr *Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %#v, want *Error", err)
	}
	if apiErr.HTTPStatus != http.StatusBadRequest || apiErr.Status != "validation_error" {
		t.Errorf("HTTPStatus %d, Status %q; want 400 validation_error", apiErr.HTTPStatus, apiErr.Status)
	}
	if !strings.HasPrefix(apiErr.Message, "timezone: unknown timezone") || !strings.Contains(apiErr.Message, "Mars/Olympus") {
		t.Errorf("Message = %q, want the vendor's message", apiErr.Message)
	}
	msg := err.Error()
	for _, want := range []string{"400", "validation_error", "timezone: unknown timezone", "Mars/Olympus"} {
		if !strings.Contains(msg, want) {
			t.Errorf("Error() = %q lacks %q", msg, want)
		}
	}
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrRateLimited) {
		t.Errorf("a 400 matches a sentinel: %v", err)
	}
	// A rejected POST is not repeated and nothing is stored.
	if n := e.count("POST", intervalsRe); n != 1 {
		t.Errorf("POSTs = %d, want 1", n)
	}
	if n := e.count("GET", intervalsRe); n != 0 {
		t.Errorf("list requests = %d, want 0 (a 400 cannot hide a success)", n)
	}
	if n := len(e.api.Intervals()); n != 0 {
		t.Errorf("stored %d intervals, want 0", n)
	}

	// The same for a dial rule with a pattern that does not compile.
	_, err = e.client.DialRules().Create(testCtx(t), me, DialRuleList{Name: "bad", DialRules: []DialRule{{MatchExp: "^(8", ReplExp: "8"}}})
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusBadRequest || !strings.Contains(apiErr.Message, "dial_rules[0].match_exp") {
		t.Errorf("bad pattern: err = %v, want 400 naming dial_rules[0].match_exp", err)
	}
}

func TestMissingObjectIsNotFound(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	_, err := e.client.Intervals().Get(ctx, me, 999999)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want errors.Is ErrNotFound", err)
	}
	if IsClientNotFound(err) {
		t.Errorf("a missing interval counts as a missing client: %v", err)
	}
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusNotFound || apiErr.Message != "Record not found" {
		t.Errorf("err = %#v, want 404 Record not found", err)
	}
	if _, err := e.client.DialRules().Get(ctx, me, 999999); !errors.Is(err, ErrNotFound) || IsClientNotFound(err) {
		t.Errorf("DialRuleList: err = %v, want ErrNotFound, not client_not_found", err)
	}
	if _, err := e.client.Intervals().Update(ctx, me, 999999, officeHours("x")); !errors.Is(err, ErrNotFound) {
		t.Errorf("UpdateInterval of a missing interval: err = %v, want ErrNotFound", err)
	}
	// 404 is not retried.
	if n := e.count("GET", intervalRe); n != 1 {
		t.Errorf("GETs = %d, want 1", n)
	}
}

func TestDeleteOfMissingObjectIsNil(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if err := e.client.Intervals().Delete(ctx, me, 999999); err != nil {
		t.Errorf("DeleteInterval of a missing id: %v, want nil", err)
	}
	if err := e.client.DialRules().Delete(ctx, demoID, 999999); err != nil {
		t.Errorf("DeleteDialRuleList of a missing id: %v, want nil", err)
	}
	if n := e.count("DELETE", apiRe); n != 2 {
		t.Errorf("DELETEs = %d, want 2 (the request was really made)", n)
	}
}

func TestUnknownClientIsClientNotFound(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	for _, cid := range []string{"99999", "abc"} {
		_, err := e.client.Intervals().List(ctx, cid)
		if !IsClientNotFound(err) {
			t.Errorf("Intervals(%s): err = %v, want client_not_found", cid, err)
		}
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("Intervals(%s): err = %v, want errors.Is ErrNotFound too", cid, err)
		}
		if err != nil && !strings.Contains(err.Error(), "client_not_found") {
			t.Errorf("message %q lacks the status", err)
		}
		// A missing client is a configuration mistake, not a deleted object.
		if err := e.client.Intervals().Delete(ctx, cid, 3001); !IsClientNotFound(err) {
			t.Errorf("DeleteInterval on client %s: err = %v, want client_not_found (not nil)", cid, err)
		}
		if err := e.client.DialRules().Delete(ctx, cid, 61); !IsClientNotFound(err) {
			t.Errorf("DeleteDialRuleList on client %s: err = %v, want client_not_found (not nil)", cid, err)
		}
	}
	if _, err := e.client.ClientInfo(ctx, "99999"); !IsClientNotFound(err) {
		t.Errorf("ClientInfo(99999): err = %v, want client_not_found", err)
	}
}

func TestForeignClientIsAccessDenied(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	foreign := strconv.Itoa(sandbox.ForeignClientID)

	_, err := e.client.Intervals().List(ctx, foreign)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusForbidden || apiErr.Status != "access_denied" {
		t.Fatalf("err = %#v, want 403 access_denied", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "403 access_denied") || !strings.Contains(msg, "may not access") {
		t.Errorf("message %q should give 403 access_denied and explain it", msg)
	}
	if errors.Is(err, ErrNotFound) || IsClientNotFound(err) {
		t.Errorf("403 counts as not found: %v", err)
	}
	if err := e.client.Intervals().Delete(ctx, foreign, 3001); err == nil {
		t.Error("DeleteInterval on a foreign client returned nil")
	}
	if _, err := e.client.ClientInfo(ctx, foreign); !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusForbidden {
		t.Errorf("ClientInfo(foreign): err = %v, want 403", err)
	}
}

func TestDeleteAttachedDialRuleListConflicts(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	l, err := e.client.DialRules().Create(ctx, me, sampleRules("attached"))
	if err != nil {
		t.Fatal(err)
	}
	ci := e.api.ClientInfo()
	ci.DialRuleID = &l.ID
	e.api.SetClientInfo(ci)

	err = e.client.DialRules().Delete(ctx, me, l.ID)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusConflict || apiErr.Status != "in_use" {
		t.Fatalf("err = %#v, want 409 in_use", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "409") || !strings.Contains(msg, "in use") {
		t.Errorf("message %q should give 409 and the vendor's reason", msg)
	}
	if errors.Is(err, ErrNotFound) {
		t.Errorf("409 counts as not found: %v", err)
	}
	if _, ok := e.api.DialRule(l.ID); !ok {
		t.Error("the attached list was deleted")
	}
	if n := e.count("DELETE", apiRe); n != 1 {
		t.Errorf("DELETEs = %d, want 1 (409 is not retried)", n)
	}

	// Detached, it can go.
	ci.DialRuleID = nil
	e.api.SetClientInfo(ci)
	if err := e.client.DialRules().Delete(ctx, me, l.ID); err != nil {
		t.Errorf("delete after detaching: %v", err)
	}
}

// gzipped compresses s: the emulator answers gzip, and a malformed fault
// keeps the handler's Content-Encoding, so a replacement body must be
// compressed too to reach the client as plain text.
func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestNonJSONSuccessBodyIsQuoted(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	iv, err := e.client.Intervals().Create(ctx, me, officeHours("read me"))
	if err != nil {
		t.Fatal(err)
	}
	const page = "<html><body>Maintenance window</body></html>"

	t.Run("malformed fault", func(t *testing.T) {
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Method: "GET", Path: `/interval/(\d+)?$`, Times: 1, Body: gzipped(t, page)})
		_, err := e.client.Intervals().Get(ctx, me, iv.ID)
		if err == nil {
			t.Fatal("Interval decoded an HTML page")
		}
		msg := err.Error()
		if !strings.Contains(msg, `body starts with "<html><body>Maintenance`) || !strings.Contains(msg, "HTTP 200") {
			t.Errorf("message %q should quote the start of the body and give the status", msg)
		}
		if !strings.Contains(msg, "GET") || !strings.Contains(msg, "/interval/") {
			t.Errorf("message %q should name the request", msg)
		}
	})

	t.Run("plain 200", func(t *testing.T) {
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusOK, Method: "GET", Path: faultIntervals, Times: 1, Body: page})
		_, err := e.client.Intervals().List(ctx, me)
		if err == nil || !strings.Contains(err.Error(), `body starts with "<html>`) {
			t.Errorf("err = %v, want the body quoted", err)
		}
	})

	t.Run("long body is cut", func(t *testing.T) {
		long := "<html>" + strings.Repeat("x", 5000)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusOK, Method: "GET", Path: `/client_info/`, Times: 1, Body: long})
		_, err := e.client.ClientInfo(ctx, me)
		if err == nil || !strings.Contains(err.Error(), "<html>xxx") {
			t.Fatalf("err = %v, want the body quoted", err)
		}
		if n := len(err.Error()); n > 1000 {
			t.Errorf("message is %d bytes long: the body should be an excerpt", n)
		}
	})
}

func TestNonJSONErrorBodyIsKept(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: http.StatusBadGateway, Method: "GET", Path: `/client_info/`,
		Body: "<html><h1>502 Bad Gateway</h1></html>"})
	_, err := e.client.ClientInfo(testCtx(t), me)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusBadGateway {
		t.Fatalf("err = %#v, want *Error 502", err)
	}
	if apiErr.Message != "" || !strings.Contains(apiErr.Body, "502 Bad Gateway") {
		t.Errorf("Message %q Body %q: the HTML should be kept as the body excerpt", apiErr.Message, apiErr.Body)
	}
	if !strings.Contains(err.Error(), "502 Bad Gateway") {
		t.Errorf("message %q does not quote the body", err)
	}
	// A GET is retried on 5xx.
	if n := e.count("GET", clientInfoRe); n != 1+fastSettings.MaxRetries {
		t.Errorf("GETs = %d, want %d", n, 1+fastSettings.MaxRetries)
	}
}
