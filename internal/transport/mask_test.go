package transport

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"testing"
)

func TestMask(t *testing.T) {
	const secret = "p@ss w/rd+&\"x"
	tests := []struct{ in, want string }{
		{"plain " + secret + " end", "plain *** end"},
		{"query=" + url.QueryEscape(secret), "query=***"},
		{"/path/" + url.PathEscape(secret) + "/x", "/path/***/x"},
		{"/path/" + (&url.URL{Path: secret}).EscapedPath(), "/path/***"},
		{`{"a":"p@ss w/rd+&\"x"}`, `{"a":"***"}`},
		{"nothing here", "nothing here"},
		{secret + secret, "******"},
	}
	for _, tt := range tests {
		if got := Mask(tt.in, []string{secret, ""}); got != tt.want {
			t.Errorf("Mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Mask("abc", nil); got != "abc" {
		t.Errorf("Mask without secrets changed the text: %q", got)
	}
	if got := Mask("", []string{""}); got != "" {
		t.Errorf("empty secret: %q", got)
	}
	// A secret containing another must not be left half visible.
	if got := Mask("key=abcdef", []string{"abc", "abcdef"}); got != "key=***" {
		t.Errorf("overlapping secrets: %q", got)
	}
}

func TestMaskerURL(t *testing.T) {
	m := newMasker([]string{"tok3n"}, []string{"pin"})
	tests := []struct{ in, want string }{
		{"https://api.example.com/v1/accounts/tok3n/calls?user=alice&password=hunter2&PIN=1234",
			"https://api.example.com/v1/accounts/***/calls?user=alice&password=***&PIN=***"},
		{"https://u:hunter2@api.example.com/x?a=b#frag", "https://u:***@api.example.com/x?a=b#frag"},
		{"https://api.example.com/x?access%5Ftoken=abc&apiKey=def&Client-Secret=ghi&n=1",
			"https://api.example.com/x?access%5Ftoken=***&apiKey=***&Client-Secret=***&n=1"},
		{"https://api.example.com/x?refresh_token=abc&x_api_key=k&flag", "https://api.example.com/x?refresh_token=***&x_api_key=***&flag"},
		{"https://api.example.com/plain", "https://api.example.com/plain"},
	}
	for _, tt := range tests {
		if got := m.url(tt.in); got != tt.want {
			t.Errorf("url(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestMaskerText(t *testing.T) {
	m := newMasker([]string{"tok3n"}, nil)
	in := `Get "https://api.example.com/a/tok3n?password=hunter2&x=1": dial tcp 127.0.0.1:1: connect: connection refused`
	want := `Get "https://api.example.com/a/***?password=***&x=1": dial tcp 127.0.0.1:1: connect: connection refused`
	if got := m.text(in); got != want {
		t.Errorf("text()\n got %q\nwant %q", got, want)
	}
}

func TestMaskerHeaders(t *testing.T) {
	m := newMasker([]string{"literal-s3cret"}, []string{"X-Session"})
	h := http.Header{}
	h.Set("Authorization", "Bearer abc.def.ghi")
	h.Set("Proxy-Authorization", "opaque")
	h.Set("Cookie", "sid=abc; theme=dark")
	h.Add("Set-Cookie", "sid=xyz; Path=/; HttpOnly")
	h.Set("X-Api-Key", "k-123")
	h.Set("X-Auth-Token", "t-456")
	h.Set("X-Session", "s-789")
	h.Set("X-Request-Id", "req-1 literal-s3cret")
	h.Set("Content-Type", "application/json")
	got := m.headers(h)
	want := strings.Join([]string{
		"Authorization: Bearer ***",
		"Content-Type: application/json",
		"Cookie: sid=***; theme=***",
		"Proxy-Authorization: ***",
		"Set-Cookie: sid=***; Path=/; HttpOnly",
		"X-Api-Key: ***",
		"X-Auth-Token: ***",
		"X-Request-Id: req-1 ***",
		"X-Session: ***",
	}, "\n")
	if got != want {
		t.Errorf("headers()\n got %q\nwant %q", got, want)
	}
}

func TestMaskerBody(t *testing.T) {
	m := newMasker([]string{"lit3ral"}, []string{"pin"})
	tests := []struct {
		name, ctype, in string
		want            string
	}{
		{"json nested", "application/json",
			`{"user":"alice","auth":{"password":"hunter2","list":[{"client_secret":"cs","keep":"ok"}]},"accessToken":{"a":1},"pin":1234,"note":"has lit3ral"}`,
			`{"accessToken":"***","auth":{"list":[{"client_secret":"***","keep":"ok"}],"password":"***"},"note":"has ***","pin":"***","user":"alice"}`},
		{"json sniffed under text/html", "text/html; charset=utf-8",
			`[{"api_token":"t","id":7}]`, `[{"api_token":"***","id":7}]`},
		{"json invalid falls back", "application/json",
			`{"password": "hunter2", "x": 1, "token":42, "broken`, `{"password": "***", "x": 1, "token":"***", "broken`},
		{"form", "application/x-www-form-urlencoded",
			"user=alice&password=hunter%202&sip_secret=s&x=lit3ral", "user=alice&password=***&sip_secret=***&x=***"},
		{"xml", "text/xml",
			`<req><user>alice</user><ns:Password>hunter2</ns:Password><token/><Secret a="1">s</Secret></req>`,
			`<req><user>alice</user><ns:Password>***</ns:Password><token/><Secret a="1">***</Secret></req>`},
		{"plain key value", "text/plain", "status=ok token=abc123\npassword: hunter2", "status=ok token=***\npassword: ***"},
		{"empty", "application/json", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.body(tt.ctype, []byte(tt.in), true); got != tt.want {
				t.Errorf("body()\n got %q\nwant %q", got, tt.want)
			}
		})
	}

	t.Run("binary", func(t *testing.T) {
		if got := m.body("application/octet-stream", []byte{0xff, 0xfe, 0x00}, true); !strings.Contains(got, "binary") {
			t.Errorf("binary body shown as %q", got)
		}
	})
	t.Run("truncated", func(t *testing.T) {
		long := `{"password":"hunter2","data":"` + strings.Repeat("é", traceBodyLimit) + `"}`
		got := m.body("application/json", []byte(long), true)
		if strings.Contains(got, "hunter2") || !strings.Contains(got, "[truncated") || len(got) > traceBodyLimit+64 {
			t.Errorf("truncated body: %d bytes, starts %q", len(got), got[:40])
		}
	})
	t.Run("secret cut at the read limit is dropped", func(t *testing.T) {
		// The body ends (as read) with the first half of a secret.
		body := []byte("x lit3")
		got := m.body("text/plain", body, false)
		if strings.Contains(got, "lit3") {
			t.Errorf("half secret shown: %q", got)
		}
	})
}

func TestErrMasksText(t *testing.T) {
	const secret = "tok/3n"
	orig := &url.Error{
		Op:  "Get",
		URL: "https://api.example.com/a/" + url.PathEscape(secret) + "?api_key=k123&user=alice",
		Err: &netOpError{syscall.ECONNREFUSED},
	}
	if !strings.Contains(orig.Error(), url.PathEscape(secret)) || !strings.Contains(orig.Error(), "k123") {
		t.Fatalf("test setup: the raw error should contain the secrets: %v", orig)
	}
	err := Err(orig, []string{secret})
	for _, leak := range []string{secret, url.PathEscape(secret), "k123"} {
		if strings.Contains(err.Error(), leak) {
			t.Errorf("Err text %q contains %q", err, leak)
		}
	}
	if !strings.Contains(err.Error(), "user=alice") || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("Err lost the useful part: %q", err)
	}
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Error("errors.Is no longer finds the cause")
	}
	var ue *url.Error
	if !errors.As(err, &ue) || strings.Contains(ue.Error(), "k123") || strings.Contains(ue.URL, url.PathEscape(secret)) {
		t.Errorf("errors.As gives an unmasked *url.Error: %v", ue)
	}
	if Err(nil, []string{secret}) != nil {
		t.Error("Err(nil) != nil")
	}
	if got := Err(context.Canceled, nil); !errors.Is(got, context.Canceled) || got.Error() != context.Canceled.Error() {
		t.Errorf("Err(context.Canceled) = %v", got)
	}
}

type netOpError struct{ err error }

func (e *netOpError) Error() string { return "dial tcp 127.0.0.1:1: connect: " + e.err.Error() }
func (e *netOpError) Unwrap() error { return e.err }

func BenchmarkMask(b *testing.B) {
	secrets := []string{"hunter2", "tok3n/abc", "s3cr3t value"}
	s := strings.Repeat(`GET https://api.example.com/v1/tok3n%2Fabc/items?password=hunter2&user=alice `, 20)
	b.ReportAllocs()
	for b.Loop() {
		_ = Mask(s, secrets)
	}
}

func BenchmarkMaskJSONBody(b *testing.B) {
	m := newMasker([]string{"hunter2"}, nil)
	body := []byte(`{"user":"alice","auth":{"password":"hunter2"},"items":[` + strings.Repeat(`{"id":1,"name":"x","token":"t"},`, 50) + `{"id":2}]}`)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.body("application/json", body, true)
	}
}
