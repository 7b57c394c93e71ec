package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	odorik "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

func TestMuxServesEachVendorUnderItsPrefix(t *testing.T) {
	srv := httptest.NewServer(mux(newEmulators()))
	defer srv.Close()

	q := url.Values{"user": {odorik.DemoUser}, "password": {odorik.DemoPassword}}
	body := get(t, srv.URL+"/odorik/api/v1/public_numbers.json?"+q.Encode())
	if !strings.Contains(body, odorik.GeographicNumber) {
		t.Errorf("odorik public numbers = %s, want the seeded %s", body, odorik.GeographicNumber)
	}
	if got := get(t, srv.URL+"/_sandbox/odorik/requests"); !strings.Contains(got, "/api/v1/public_numbers.json") {
		t.Errorf("the control API did not record the request: %s", got)
	}
}

func TestEnvironmentPointsAtTheSandbox(t *testing.T) {
	env := environment(newEmulators(), "http://127.0.0.1:8980")
	for _, want := range []string{
		"export ODORIK_USER=" + odorik.DemoUser,
		"export ODORIK_PASSWORD=" + odorik.DemoPassword,
		"export ODORIK_API_URL=http://127.0.0.1:8980/odorik/api/v1",
	} {
		if !strings.Contains(env, want+"\n") {
			t.Errorf("environment lacks %q:\n%s", want, env)
		}
	}
}

func TestStateSurvivesARestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sandbox.json")
	first := stateFile{path: path, emulators: newEmulators()}
	srv := httptest.NewServer(first.saveAfterWrites(mux(first.emulators)))
	form := url.Values{"user": {odorik.DemoUser}, "password": {odorik.DemoPassword}, "source_number": {"*"}, "ringing_number": {"*754321"}}
	resp, err := http.PostForm(srv.URL+"/odorik/api/v1/public_numbers/"+odorik.MobileNumber+"/routes.json", form)
	if err != nil {
		t.Fatal(err)
	}
	_ = resp.Body.Close()
	srv.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the state was not saved after a write: %v", err)
	}

	second := stateFile{path: path, emulators: newEmulators()}
	if err := second.load(); err != nil {
		t.Fatal(err)
	}
	srv2 := httptest.NewServer(mux(second.emulators))
	defer srv2.Close()
	q := url.Values{"user": {odorik.DemoUser}, "password": {odorik.DemoPassword}}
	if body := get(t, srv2.URL+"/odorik/api/v1/public_numbers/"+odorik.MobileNumber+"/routes.json?"+q.Encode()); !strings.Contains(body, "*754321") {
		t.Errorf("after a restart the route is gone: %s", body)
	}
}

func TestCheckLoopback(t *testing.T) {
	for addr, ok := range map[string]bool{
		"127.0.0.1:8980": true, "localhost:0": true, "[::1]:8980": true,
		"0.0.0.0:8980": false, "192.0.2.1:80": false, "8980": false,
	} {
		if err := checkLoopback(addr); (err == nil) != ok {
			t.Errorf("checkLoopback(%q) = %v, want ok=%v", addr, err, ok)
		}
	}
}

func get(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
