package sandboxkit

import (
	"testing"
	"time"
)

func TestTimesCounting(t *testing.T) {
	k, h, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindStatus, Status: 500, Times: 2})
	c := freshClient()
	for i, want := range []int{500, 500, 200, 200} {
		if r := send(c, "GET", srv.URL+"/x", ""); r.status != want {
			t.Fatalf("request %d: status %d, want %d", i, r.status, want)
		}
	}
	if h.commits.Load() != 2 {
		t.Fatalf("commits %d, want 2", h.commits.Load())
	}
	if fs := k.Faults(); len(fs) != 1 || fs[0].Hits != 2 {
		t.Fatalf("faults %+v", fs)
	}
}

func TestUnlimitedUntilCleared(t *testing.T) {
	k, _, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindStatus, Status: 503})
	c := freshClient()
	for i := 0; i < 5; i++ {
		if r := send(c, "GET", srv.URL+"/x", ""); r.status != 503 {
			t.Fatalf("request %d: status %d", i, r.status)
		}
	}
	k.ClearFaults()
	if r := send(c, "GET", srv.URL+"/x", ""); r.status != 200 {
		t.Fatalf("after clear: status %d", r.status)
	}
	if len(k.Faults()) != 0 {
		t.Fatal("faults not cleared")
	}
}

func TestMethodAndPathMatching(t *testing.T) {
	k, _, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindStatus, Status: 502, Method: "post", Path: `^/api/v1/items/[0-9]+\.json$`})
	c := freshClient()
	cases := []struct {
		method, path string
		want         int
	}{
		{"GET", "/api/v1/items/12.json", 200},
		{"POST", "/api/v1/items/12.json", 502},
		{"POST", "/api/v1/items/ab.json", 200},
		{"POST", "/api/v1/items/12.json/extra", 200},
		{"DELETE", "/api/v1/items/12.json", 200},
	}
	for _, tc := range cases {
		if r := send(c, tc.method, srv.URL+tc.path, ""); r.status != tc.want {
			t.Errorf("%s %s: status %d, want %d", tc.method, tc.path, r.status, tc.want)
		}
	}
}

func TestFirstMatchingFaultWins(t *testing.T) {
	k, _, srv := newTestServer(t)
	mustAdd(t, k, Fault{Kind: KindStatus, Status: 501, Path: "^/a", Times: 1})
	mustAdd(t, k, Fault{Kind: KindStatus, Status: 502})
	c := freshClient()
	for i, want := range []int{501, 502, 502} {
		if r := send(c, "GET", srv.URL+"/a", ""); r.status != want {
			t.Fatalf("request %d: status %d, want %d", i, r.status, want)
		}
	}
	if r := send(c, "GET", srv.URL+"/b", ""); r.status != 502 {
		t.Fatalf("/b: status %d", r.status)
	}
}

func TestAddFaultValidation(t *testing.T) {
	bad := []Fault{
		{},
		{Kind: "explode"},
		{Kind: KindStatus, Path: "("},
		{Kind: KindStatus, Status: 42},
		{Kind: KindStatus, Times: -1},
		{Kind: KindLatency},
		{Kind: KindLatency, Delay: -time.Second},
	}
	k := NewKit()
	for _, f := range bad {
		if err := k.AddFault(f); err == nil {
			t.Errorf("AddFault(%+v) accepted", f)
		}
	}
	good := []Fault{
		{Kind: KindStatus},
		{Kind: KindLatency, Delay: time.Millisecond},
		{Kind: KindDrop, Method: "POST", Path: "/routes"},
		{Kind: KindReset, Times: 3},
		{Kind: KindMalformed},
	}
	for _, f := range good {
		if err := k.AddFault(f); err != nil {
			t.Errorf("AddFault(%+v): %v", f, err)
		}
	}
	if len(k.Faults()) != len(good) {
		t.Fatalf("have %d faults", len(k.Faults()))
	}
	if k.Faults()[2].Fault.Method != "POST" {
		t.Fatal("method not normalised")
	}
}
