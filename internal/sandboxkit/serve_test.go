package sandboxkit

import (
	"math"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestConfigureAppliesOptionsInOrder(t *testing.T) {
	type config struct{ seen []string }
	type option func(*config)
	add := func(s string) option { return func(c *config) { c.seen = append(c.seen, s) } }
	got := Configure(config{seen: []string{"default"}}, []option{add("a"), add("b")})
	if len(got.seen) != 3 || got.seen[1] != "a" || got.seen[2] != "b" {
		t.Fatalf("seen %v", got.seen)
	}
}

func TestCleanPath(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "/": "/", "//": "/", "/a/": "/a", "/a//b///": "/a/b", "a//b": "a/b", "/api/v1/x.json": "/api/v1/x.json",
	} {
		if got := CleanPath(in); got != want {
			t.Errorf("CleanPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	w := httptest.NewRecorder()
	WriteJSON(w, http.StatusCreated, "application/json; charset=utf-8", map[string]int{"id": 7}, `{"error":"internal"}`)
	if w.Code != http.StatusCreated || w.Body.String() != `{"id":7}` ||
		w.Header().Get("Content-Type") != "application/json; charset=utf-8" || w.Header().Get("Content-Length") != "8" {
		t.Fatalf("%d %q %v", w.Code, w.Body.String(), w.Header())
	}

	w = httptest.NewRecorder()
	WriteJSON(w, http.StatusOK, "application/json", math.NaN(), `{"error":"internal"}`)
	if w.Code != http.StatusInternalServerError || w.Body.String() != `{"error":"internal"}` || w.Header().Get("Content-Length") != "20" {
		t.Fatalf("unencodable value: %d %q %v", w.Code, w.Body.String(), w.Header())
	}
}
