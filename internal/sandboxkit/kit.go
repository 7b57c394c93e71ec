package sandboxkit

import (
	"net/http"
	"net/url"
	"sync"
	"time"
)

// Request is what the recorder kept of one request.
type Request struct {
	Method   string      `json:"method"`
	Path     string      `json:"path"`
	RawQuery string      `json:"raw_query,omitempty"`
	Form     url.Values  `json:"form,omitempty"`   // query parameters plus the form body when form-encoded
	Header   http.Header `json:"header,omitempty"` // request headers as received
	Body     string      `json:"body,omitempty"`   // raw body, at most MaxRecordedBody bytes
	Time     time.Time   `json:"time"`
}

// MaxRecordedBody is how much of a request body the recorder keeps. The
// wrapped handler always sees the whole body.
const MaxRecordedBody = 1 << 20

// Kit holds the faults and the recorded requests of one emulator instance.
// It is safe for concurrent use.
type Kit struct {
	mu       sync.Mutex
	faults   []*activeFault
	requests []Request
}

// NewKit returns a Kit with no faults and no recorded requests.
func NewKit() *Kit { return &Kit{} }

// AddFault validates f and appends it to the active faults.
func (k *Kit) AddFault(f Fault) error {
	_, err := k.addFault(f)
	return err
}

// addFault adds f and returns it with defaults filled in.
func (k *Kit) addFault(f Fault) (Fault, error) {
	a, err := compile(f)
	if err != nil {
		return Fault{}, err
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.faults = append(k.faults, a)
	return a.fault, nil
}

// ClearFaults removes every fault.
func (k *Kit) ClearFaults() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.faults = nil
}

// Faults lists the active faults (including used-up ones) with their hits.
func (k *Kit) Faults() []FaultState {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([]FaultState, 0, len(k.faults))
	for _, a := range k.faults {
		out = append(out, FaultState{Fault: a.fault, Hits: a.hits})
	}
	return out
}

// take returns the first fault that matches r and has hits left, counting
// the hit.
func (k *Kit) take(r *http.Request) (Fault, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, a := range k.faults {
		if a.matches(r) {
			a.hits++
			return a.fault, true
		}
	}
	return Fault{}, false
}

func (k *Kit) add(req Request) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.requests = append(k.requests, req)
}

// Requests returns a copy of every recorded request, oldest first.
func (k *Kit) Requests() []Request {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([]Request, len(k.requests))
	for i, r := range k.requests {
		r.Form = cloneValues(r.Form)
		r.Header = r.Header.Clone()
		out[i] = r
	}
	return out
}

// RequestCount returns how many requests were recorded.
func (k *Kit) RequestCount() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.requests)
}

// ResetRequests forgets every recorded request.
func (k *Kit) ResetRequests() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.requests = nil
}

func cloneValues(v url.Values) url.Values {
	if v == nil {
		return nil
	}
	out := make(url.Values, len(v))
	for key, vals := range v {
		out[key] = append([]string(nil), vals...)
	}
	return out
}
