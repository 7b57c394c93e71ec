package sandbox

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strconv"
	"testing"
	"time"
)

// api talks real HTTP to one emulator.
type api struct {
	t    *testing.T
	root string // server URL; paths are appended to it
}

func newAPI(t *testing.T, opts ...Option) (*Server, *api) {
	t.Helper()
	s := New(opts...)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, &api{t: t, root: srv.URL}
}

type answer struct {
	status int
	header http.Header
	body   string
	err    error
}

var httpClient = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}

func send(req *http.Request) answer {
	resp, err := httpClient.Do(req)
	if err != nil {
		return answer{err: err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return answer{status: resp.StatusCode, header: resp.Header, body: string(data), err: err}
}

// path of a subaccounts action below BasePath, with the .json suffix.
func path(action string) string { return BasePath + "subaccounts/" + action + ".json" }

// raw sends method to path (below the server root) with body, content type
// (if not "") and extra headers (name, value pairs).
func (a *api) raw(method, p, contentType string, body []byte, headers ...string) answer {
	a.t.Helper()
	req, err := http.NewRequest(method, a.root+p, bytes.NewReader(body))
	if err != nil {
		a.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return send(req)
}

// postJSON posts body as JSON to p with the given extra headers.
func (a *api) postJSON(p string, body any, headers ...string) answer {
	a.t.Helper()
	data, err := json.Marshal(body)
	if err != nil {
		a.t.Fatal(err)
	}
	return a.raw(http.MethodPost, p, "application/json", data, headers...)
}

// postForm posts form form-encoded to p with the given extra headers.
func (a *api) postForm(p string, form url.Values, headers ...string) answer {
	a.t.Helper()
	return a.raw(http.MethodPost, p, "application/x-www-form-urlencoded", []byte(form.Encode()), headers...)
}

// call runs action with the seeded Bearer token and a JSON body.
func (a *api) call(action string, body map[string]any) answer {
	a.t.Helper()
	if body == nil {
		body = map[string]any{}
	}
	return a.postJSON(path(action), body, "Authorization", "Bearer "+DemoAPIToken)
}

// add creates a subaccount from the template and returns its id.
func (a *api) add(username string, extra map[string]any) int64 {
	a.t.Helper()
	body := map[string]any{"subaccount_username": username, "subaccount_password": "secret123",
		"subaccount_id": DemoTemplateID}
	for k, v := range extra {
		body[k] = v
	}
	ans := a.call("add", body)
	var got struct {
		Success bool  `json:"success"`
		ID      int64 `json:"id"`
	}
	decode(a.t, ans, &got)
	if !got.Success || got.ID == 0 {
		a.t.Fatalf("add %q: %s", username, ans.body)
	}
	return got.ID
}

// bearerHeader returns the header pair of a Bearer token.
func bearerHeader(token string) []string { return []string{"Authorization", "Bearer " + token} }

// userJSON adds the seeded API user to a JSON body.
func userJSON(body map[string]any) map[string]any {
	out := map[string]any{"username": DemoUsername, "password": DemoPassword}
	for k, v := range body {
		out[k] = v
	}
	return out
}

func vals(kv ...string) url.Values {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Add(kv[i], kv[i+1])
	}
	return v
}

// decode checks a 200 JSON answer and decodes it into v.
func decode(t *testing.T, a answer, v any) {
	t.Helper()
	wantStatus(t, a, http.StatusOK)
	if err := json.Unmarshal([]byte(a.body), v); err != nil {
		t.Fatalf("body %q: %v", a.body, err)
	}
}

func wantStatus(t *testing.T, a answer, status int) {
	t.Helper()
	if a.err != nil {
		t.Fatalf("request failed: %v", a.err)
	}
	if a.status != status {
		t.Fatalf("status %d, want %d (body %s)", a.status, status, a.body)
	}
	if mt, _, _ := mime.ParseMediaType(a.header.Get("Content-Type")); mt != "application/json" {
		t.Fatalf("content type %q", a.header.Get("Content-Type"))
	}
}

// wantJSON checks a 200 answer equal (as JSON) to want.
func wantJSON(t *testing.T, a answer, want string) {
	t.Helper()
	var got, exp any
	decode(t, a, &got)
	if err := json.Unmarshal([]byte(want), &exp); err != nil {
		t.Fatalf("bad expectation %q: %v", want, err)
	}
	if !reflect.DeepEqual(got, exp) {
		t.Fatalf("body %s, want %s", a.body, want)
	}
}

type errorAnswer struct {
	Error *struct {
		Code    *int    `json:"code"`
		Type    *string `json:"type"`
		Message *string `json:"message"`
	} `json:"error"`
}

// wantError checks an HTTP 200 {"error":{code,type,message}} answer with
// code and the table's type, and returns its message.
func wantError(t *testing.T, a answer, code int) string {
	t.Helper()
	return wantErrorStatus(t, a, http.StatusOK, code)
}

func wantErrorStatus(t *testing.T, a answer, status, code int) string {
	t.Helper()
	wantStatus(t, a, status)
	var e errorAnswer
	if err := json.Unmarshal([]byte(a.body), &e); err != nil {
		t.Fatalf("body %q: %v", a.body, err)
	}
	if e.Error == nil || e.Error.Code == nil || e.Error.Type == nil || e.Error.Message == nil {
		t.Fatalf("not an error object: %s", a.body)
	}
	if *e.Error.Code != code || *e.Error.Type != errorTable[code].typ || *e.Error.Message == "" {
		t.Fatalf("error %s, want code %d type %s", a.body, code, errorTable[code].typ)
	}
	var top map[string]json.RawMessage
	_ = json.Unmarshal([]byte(a.body), &top)
	if len(top) != 1 {
		t.Fatalf("error answer has extra members: %s", a.body)
	}
	return *e.Error.Message
}

// wantNotPerformed checks the {"success":false} answer.
func wantNotPerformed(t *testing.T, a answer) {
	t.Helper()
	wantJSON(t, a, `{"success":false}`)
}

func mustSub(t *testing.T, s *Server, id int64) Subaccount {
	t.Helper()
	sa, ok := s.Subaccount(id)
	if !ok {
		t.Fatalf("subaccount %d missing", id)
	}
	return sa
}

func wantCount(t *testing.T, s *Server, n int) {
	t.Helper()
	if got := len(s.Subaccounts()); got != n {
		t.Fatalf("%d subaccounts, want %d: %+v", got, n, s.Subaccounts())
	}
}

// equalSub compares subaccounts, treating nil and empty Limits alike.
func equalSub(a, b Subaccount) bool {
	if len(a.Limits) == 0 && len(b.Limits) == 0 {
		a.Limits, b.Limits = nil, nil
	}
	return reflect.DeepEqual(a, b)
}

func jsonInt(n int64) string { return strconv.FormatInt(n, 10) }
