package sandbox

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"
)

func newAPI(t *testing.T, opts ...Option) (*Server, string) {
	t.Helper()
	s := New(opts...)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return s, srv.URL + BasePath
}

type answer struct {
	status      int
	contentType string
	body        string
	err         error
}

var client = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}

// do sends query in the URL and form (if not nil) as a form-encoded body.
func do(t *testing.T, method, url string, query, form url.Values) answer {
	t.Helper()
	if len(query) > 0 {
		url += "?" + query.Encode()
	}
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	return send(req)
}

func send(req *http.Request) answer {
	resp, err := client.Do(req)
	if err != nil {
		return answer{err: err}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return answer{status: resp.StatusCode, contentType: resp.Header.Get("Content-Type"), body: string(data), err: err}
}

func vals(kv ...string) url.Values {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Add(kv[i], kv[i+1])
	}
	return v
}

func merged(vs ...url.Values) url.Values {
	out := url.Values{}
	for _, v := range vs {
		for k, x := range v {
			out[k] = append(out[k], x...)
		}
	}
	return out
}

func account() url.Values { return vals("user", DemoUser, "password", DemoPassword) }
func line() url.Values    { return vals("user", DemoLine, "password", DemoLineSIPPassword) }

// wantJSON checks a 200 JSON answer equal (as JSON) to want.
func wantJSON(t *testing.T, a answer, want string) {
	t.Helper()
	wantStatus(t, a, http.StatusOK)
	var got, exp any
	if err := json.Unmarshal([]byte(a.body), &got); err != nil {
		t.Fatalf("body %q is not JSON: %v", a.body, err)
	}
	if err := json.Unmarshal([]byte(want), &exp); err != nil {
		t.Fatalf("bad expectation %q: %v", want, err)
	}
	if !reflect.DeepEqual(got, exp) {
		t.Fatalf("body %s, want %s", a.body, want)
	}
}

func wantErrors(t *testing.T, a answer, codes ...string) {
	t.Helper()
	b, _ := json.Marshal(errorsOf(codes...))
	wantJSON(t, a, string(b))
}

func wantStatus(t *testing.T, a answer, status int) {
	t.Helper()
	if a.err != nil {
		t.Fatalf("request failed: %v", a.err)
	}
	if a.status != status {
		t.Fatalf("status %d, want %d (body %s)", a.status, status, a.body)
	}
	if mt, _, _ := mime.ParseMediaType(a.contentType); mt != "application/json" {
		t.Fatalf("content type %q", a.contentType)
	}
}

func routesURL(base, n string) string   { return base + "/public_numbers/" + n + "/routes.json" }
func ringingsURL(base, n string) string { return base + "/public_numbers/" + n + "/ringings.json" }
func routeURL(base, n string, id any) string {
	return base + "/public_numbers/" + n + "/routes/" + toString(id) + ".json"
}
func ringingURL(base, n, target string) string {
	return base + "/public_numbers/" + n + "/ringings/" + url.PathEscape(target) + ".json"
}

func toString(v any) string {
	b, _ := json.Marshal(v)
	return strings.Trim(string(b), `"`)
}

func mustRoutes(t *testing.T, s *Server, n string) []Route {
	t.Helper()
	rs, ok := s.Routes(n)
	if !ok {
		t.Fatalf("number %s missing", n)
	}
	return rs
}

func mustAddRoute(t *testing.T, s *Server, n, source, ringing string) Route {
	t.Helper()
	r, err := s.AddRoute(n, source, ringing)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
