package sandboxkit

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestFaultJSONDelay(t *testing.T) {
	cases := map[string]time.Duration{
		`{"kind":"latency","delay":"150ms"}`:   150 * time.Millisecond,
		`{"kind":"latency","delay":150000000}`: 150 * time.Millisecond,
		`{"kind":"latency","delay":"2s"}`:      2 * time.Second,
		`{"kind":"status"}`:                    0,
	}
	for in, want := range cases {
		var f Fault
		if err := json.Unmarshal([]byte(in), &f); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if f.Delay != want {
			t.Errorf("%s: delay %v, want %v", in, f.Delay, want)
		}
	}
	for _, in := range []string{`{"kind":"latency","delay":"soon"}`, `{"kind":"latency","delay":true}`} {
		var f Fault
		if err := json.Unmarshal([]byte(in), &f); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
}

func TestFaultJSONRoundTrip(t *testing.T) {
	f := Fault{Kind: KindStatus, Method: "POST", Path: "^/x$", Times: 2, Status: 429,
		RetryAfter: "3", Body: "slow down", Delay: 20 * time.Millisecond}
	data, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"delay":"20ms"`) || !strings.Contains(string(data), `"retry_after":"3"`) {
		t.Fatalf("encoded %s", data)
	}
	var back Fault
	if err := json.Unmarshal(data, &back); err != nil || back != f {
		t.Fatalf("round trip %+v, %v", back, err)
	}
	data, _ = json.Marshal(Fault{Kind: KindDrop})
	if string(data) != `{"kind":"drop"}` {
		t.Fatalf("empty fields not omitted: %s", data)
	}
}
