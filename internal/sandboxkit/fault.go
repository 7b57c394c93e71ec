package sandboxkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// Kind selects what a Fault does to a matching request.
type Kind string

// Fault kinds; see the package documentation for their exact effect.
const (
	KindLatency   Kind = "latency"
	KindStatus    Kind = "status"
	KindDrop      Kind = "drop"
	KindReset     Kind = "reset"
	KindMalformed Kind = "malformed"
)

// Fault describes one injected failure.
type Fault struct {
	Kind       Kind          `json:"kind"`
	Method     string        `json:"method,omitempty"`      // "" = any method
	Path       string        `json:"path,omitempty"`        // regular expression matched against r.URL.Path; "" = any
	Times      int           `json:"times,omitempty"`       // matching requests it hits; 0 = all until cleared
	Status     int           `json:"status,omitempty"`      // KindStatus: status to answer (default 500)
	RetryAfter string        `json:"retry_after,omitempty"` // KindStatus: Retry-After header value
	Body       string        `json:"body,omitempty"`        // KindStatus / KindMalformed: body to send instead of the default
	Delay      time.Duration `json:"delay,omitempty"`       // KindLatency: JSON accepts "150ms" or nanoseconds
}

// FaultState is an active fault with the number of requests it has hit.
type FaultState struct {
	Fault Fault `json:"fault"`
	Hits  int   `json:"hits"`
}

// faultWire is the JSON form of Fault: the delay may be a duration string or
// a number of nanoseconds.
type faultWire struct {
	Kind       Kind            `json:"kind"`
	Method     string          `json:"method,omitempty"`
	Path       string          `json:"path,omitempty"`
	Times      int             `json:"times,omitempty"`
	Status     int             `json:"status,omitempty"`
	RetryAfter string          `json:"retry_after,omitempty"`
	Body       string          `json:"body,omitempty"`
	Delay      json.RawMessage `json:"delay,omitempty"`
}

// MarshalJSON writes Delay as a Go duration string ("150ms").
func (f Fault) MarshalJSON() ([]byte, error) {
	w := faultWire{Kind: f.Kind, Method: f.Method, Path: f.Path, Times: f.Times,
		Status: f.Status, RetryAfter: f.RetryAfter, Body: f.Body}
	if f.Delay != 0 {
		w.Delay, _ = json.Marshal(f.Delay.String())
	}
	return json.Marshal(w)
}

// UnmarshalJSON accepts Delay as a duration string or as nanoseconds.
func (f *Fault) UnmarshalJSON(data []byte) error {
	var w faultWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	return w.into(f)
}

func decodeFaultStrict(data []byte) (Fault, error) {
	var w faultWire
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return Fault{}, err
	}
	var f Fault
	err := w.into(&f)
	return f, err
}

func (w faultWire) into(f *Fault) error {
	delay, err := parseDelay(w.Delay)
	if err != nil {
		return err
	}
	*f = Fault{Kind: w.Kind, Method: w.Method, Path: w.Path, Times: w.Times,
		Status: w.Status, RetryAfter: w.RetryAfter, Body: w.Body, Delay: delay}
	return nil
}

func parseDelay(raw json.RawMessage) (time.Duration, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return 0, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		d, err := time.ParseDuration(s)
		if err != nil {
			return 0, fmt.Errorf("delay: %w", err)
		}
		return d, nil
	}
	var n int64
	if err := json.Unmarshal(raw, &n); err != nil {
		return 0, fmt.Errorf("delay: want a duration string or nanoseconds, got %s", raw)
	}
	return time.Duration(n), nil
}

// compile validates f, fills defaults and returns the active form.
func compile(f Fault) (*activeFault, error) {
	switch f.Kind {
	case KindLatency, KindStatus, KindDrop, KindReset, KindMalformed:
	case "":
		return nil, fmt.Errorf("fault: kind is required")
	default:
		return nil, fmt.Errorf("fault: unknown kind %q", f.Kind)
	}
	f.Method = strings.ToUpper(strings.TrimSpace(f.Method))
	if f.Times < 0 {
		return nil, fmt.Errorf("fault: times must not be negative")
	}
	if f.Delay < 0 {
		return nil, fmt.Errorf("fault: delay must not be negative")
	}
	if f.Kind == KindLatency && f.Delay == 0 {
		return nil, fmt.Errorf("fault: latency needs a positive delay")
	}
	if f.Kind == KindStatus && f.Status == 0 {
		f.Status = http.StatusInternalServerError
	}
	if f.Status != 0 && (f.Status < 100 || f.Status > 599) {
		return nil, fmt.Errorf("fault: status %d out of range", f.Status)
	}
	a := &activeFault{fault: f}
	if f.Path != "" {
		re, err := regexp.Compile(f.Path)
		if err != nil {
			return nil, fmt.Errorf("fault: path: %w", err)
		}
		a.re = re
	}
	return a, nil
}

type activeFault struct {
	fault Fault
	re    *regexp.Regexp
	hits  int
}

func (a *activeFault) matches(r *http.Request) bool {
	if a.fault.Times > 0 && a.hits >= a.fault.Times {
		return false
	}
	if a.fault.Method != "" && a.fault.Method != r.Method {
		return false
	}
	return a.re == nil || a.re.MatchString(r.URL.Path)
}
