package sandbox

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestGzipWhenAccepted(t *testing.T) {
	_, a := loggedIn(t)
	mustCreateInterval(t, a, officeHours())
	raw := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableCompression: true, DisableKeepAlives: true}}
	get := func(path, acceptEncoding string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest("GET", a.root+path, nil)
		req.Header.Set("Authorization", "Bearer "+a.token)
		if acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", acceptEncoding)
		}
		resp, err := raw.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp, body
	}
	for _, ae := range []string{"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "*"} {
		resp, body := get(BasePath+"/client/@me/interval/", ae)
		if resp.Header.Get("Content-Encoding") != "gzip" || resp.Header.Get("Content-Type") != "application/json" {
			t.Fatalf("Accept-Encoding %q: headers %v", ae, resp.Header)
		}
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("not gzip: %v", err)
		}
		plain, _ := io.ReadAll(zr)
		var ivs []Interval
		if err := json.Unmarshal(plain, &ivs); err != nil || len(ivs) != 1 || ivs[0].Name != "Office hours" {
			t.Fatalf("gunzipped body %s: %v", plain, err)
		}
	}
	for _, ae := range []string{"", "identity", "gzip;q=0", "deflate"} {
		resp, body := get(BasePath+"/client/@me/interval/", ae)
		if resp.Header.Get("Content-Encoding") != "" || !json.Valid(body) {
			t.Fatalf("Accept-Encoding %q: encoding %q body %q", ae, resp.Header.Get("Content-Encoding"), body)
		}
	}
	// Errors and the token answer are compressed too.
	if resp, _ := get(BasePath+"/client/999/", "gzip"); resp.StatusCode != 404 || resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("404: %d %v", resp.StatusCode, resp.Header)
	}
	// Go's default transport asks for gzip and decompresses transparently.
	ans := a.do("GET", "/client/@me/interval/", nil)
	if !json.Valid([]byte(ans.body)) || ans.header.Get("Content-Encoding") != "" {
		t.Fatalf("default client saw %q", ans.body)
	}
}

func TestTrailingSlashAndRepeatedSlashes(t *testing.T) {
	_, a := loggedIn(t)
	iv := mustCreateInterval(t, a, officeHours())
	for _, p := range []string{"/client/@me/interval", "/client/@me/interval/", "//client//@me/interval//", "/client/%40me/interval"} {
		got := decode[[]Interval](t, a.do("GET", p, nil), http.StatusOK)
		if len(got) != 1 || got[0].ID != iv.ID {
			t.Fatalf("%s: %+v", p, got)
		}
	}
	wantStatus(t, a.do("POST", "/client/@me/interval", officeHours()), http.StatusCreated)
	wantStatus(t, a.do("POST", "/client/@me/dial_rule", russianOnly()), http.StatusCreated)
}

func TestUnknownPathsAndMethods(t *testing.T) {
	_, a := loggedIn(t)
	for _, p := range []string{"/", "/client", "/client/@me/agent/local/4001/event/", "/client/@me/interval/1/x", "/client/@me/extension/1/x", "/user", "/client/@me/dial_rules/"} {
		wantJSON(t, a.do("GET", p, nil), http.StatusNotFound, `{"message":"Not found"}`)
	}
	// Outside the API prefix: 404 without authentication or quota headers.
	req, _ := http.NewRequest("GET", a.root+"/api/ver2.0/client/@me/", nil)
	ans := send(req)
	wantJSON(t, ans, http.StatusNotFound, `{"message":"Not found"}`)
	if ans.header.Get("X-RateLimit-Limit") != "" {
		t.Fatal("quota headers outside the API")
	}
	for _, c := range []struct{ method, path, allow string }{
		{"DELETE", "/client/@me/interval/", "GET, POST"},
		{"PATCH", "/client/@me/interval/3001", "DELETE, GET, PUT"},
		{"POST", "/client/client_info/@me/", "GET, PUT"},
		{"PUT", "/client/@me/dial_rule/", "GET, POST"},
		{"POST", "/client/@me/did/", "GET"},
		{"DELETE", "/client/@me/did/9101", "GET, PUT"},
		{"PUT", "/client/@me/sound/501", "GET"},
		{"POST", "/client/@me/sound/", "GET"},
		{"DELETE", "/client/@me/ani/", "GET, PUT"},
		{"PUT", "/client/@me/limit/", "GET"},
		{"PUT", "/client/@me/phone_events/", "DELETE, GET, POST"},
		{"POST", "/client/@me/phone_event/6001", "DELETE, GET, PUT"},
		{"DELETE", "/client/@me/user/client/", "GET, POST"},
		{"DELETE", "/client/@me/agent/remote/", "GET, POST"},
	} {
		ans := a.do(c.method, c.path, officeHours())
		wantError(t, ans, http.StatusMethodNotAllowed, "", "Method not allowed")
		if ans.header.Get("Allow") != c.allow {
			t.Fatalf("%s %s: Allow %q, want %q", c.method, c.path, ans.header.Get("Allow"), c.allow)
		}
	}
}

func TestRequestBodies(t *testing.T) {
	s, a := loggedIn(t)
	for _, body := range []string{"", "   ", "[]", `"x"`, "null", `{"name":`, `{"name":"a"} trailing`} {
		wantError(t, a.do("POST", "/client/@me/interval/", body), http.StatusBadRequest, "invalid_body")
	}
	// The body must be declared as JSON.
	ans := a.doWith("POST", "/client/@me/interval/", officeHours(), func(r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+a.token)
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	})
	wantError(t, ans, http.StatusBadRequest, "invalid_body", "application/json")
	ans = a.doWith("POST", "/client/@me/interval/", officeHours(), func(r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+a.token)
		r.Header.Set("Content-Type", "application/json; charset=utf-8")
	})
	wantStatus(t, ans, http.StatusCreated)
	// GET and DELETE need no body, and a body is ignored.
	wantStatus(t, a.do("GET", "/client/@me/interval/", nil), http.StatusOK)
	wantStatus(t, a.do("GET", "/client/@me/interval/", "not json"), http.StatusOK)
	req, _ := http.NewRequest("DELETE", a.root+BasePath+"/client/@me/interval/3001/", http.NoBody)
	req.Header.Set("Authorization", "Bearer "+a.token)
	wantStatus(t, send(req), http.StatusNoContent)
	if len(s.Intervals()) != 0 {
		t.Fatalf("intervals left: %+v", s.Intervals())
	}
}

func TestRequestsAreRecorded(t *testing.T) {
	s, a := loggedIn(t)
	mustCreateInterval(t, a, officeHours())
	reqs := s.Kit.Requests()
	if len(reqs) != 2 {
		t.Fatalf("recorded %d requests", len(reqs))
	}
	if reqs[0].Path != TokenPath || reqs[0].Form.Get("client_id") != DemoAppID {
		t.Fatalf("token request %+v", reqs[0])
	}
	if reqs[1].Method != "POST" || !strings.HasSuffix(reqs[1].Path, "/interval/") ||
		reqs[1].Header.Get("Authorization") != "Bearer "+a.token || !strings.Contains(reqs[1].Body, "Office hours") {
		t.Fatalf("API request %+v", reqs[1])
	}
}
