package transport

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

type statusErr int

func (e statusErr) Error() string       { return "status" }
func (e statusErr) HTTPStatusCode() int { return int(e) }

func TestWriteOnce(t *testing.T) {
	refused := errors.New("the vendor refused it")
	cases := []struct {
		name        string
		results     []error // what each write attempt returns
		applied     []bool  // what each check returns
		wantWrites  int
		wantChecks  int
		wantErr     error
		wantSuccess bool
	}{
		{name: "first write succeeds", results: []error{nil}, wantWrites: 1, wantSuccess: true},
		{name: "vendor refusal is final", results: []error{refused}, wantWrites: 1, wantErr: refused},
		{name: "4xx is final", results: []error{statusErr(400)}, wantWrites: 1, wantErr: statusErr(400)},
		{name: "lost reply but committed: adopt, no second write", results: []error{io.ErrUnexpectedEOF}, applied: []bool{true}, wantWrites: 1, wantChecks: 1, wantSuccess: true},
		{name: "503 not committed: write again", results: []error{statusErr(503), nil}, applied: []bool{false}, wantWrites: 2, wantChecks: 1, wantSuccess: true},
		{name: "429 twice then ok", results: []error{statusErr(429), statusErr(429), nil}, applied: []bool{false, false}, wantWrites: 3, wantChecks: 2, wantSuccess: true},
		{name: "retries exhausted", results: []error{statusErr(500), statusErr(500), statusErr(500)}, applied: []bool{false, false, false}, wantWrites: 3, wantChecks: 3, wantErr: statusErr(500)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			writes, checks := 0, 0
			err := WriteOnce(context.Background(), Settings{MaxRetries: 2},
				func() error { writes++; return c.results[writes-1] },
				func() (bool, error) { checks++; return c.applied[checks-1], nil })
			if writes != c.wantWrites || checks != c.wantChecks {
				t.Errorf("writes=%d checks=%d, want %d and %d", writes, checks, c.wantWrites, c.wantChecks)
			}
			if c.wantSuccess && err != nil {
				t.Errorf("err = %v, want success", err)
			}
			if c.wantErr != nil && !errors.Is(err, c.wantErr) {
				t.Errorf("err = %v, want %v", err, c.wantErr)
			}
		})
	}
}

func TestWriteOnceCheckFails(t *testing.T) {
	err := WriteOnce(context.Background(), Settings{MaxRetries: 3},
		func() error { return io.EOF },
		func() (bool, error) { return false, errors.New("list failed") })
	if !errors.Is(err, io.EOF) || err == nil || !strings.Contains(err.Error(), "list failed") {
		t.Fatalf("err = %v; want the write's error with the check's failure", err)
	}
}

func TestWriteOnceStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	writes := 0
	err := WriteOnce(ctx, Settings{MaxRetries: 5},
		func() error { writes++; return statusErr(503) },
		func() (bool, error) { cancel(); return false, nil })
	if !errors.Is(err, context.Canceled) || writes != 1 {
		t.Fatalf("err=%v writes=%d; want context.Canceled after one write", err, writes)
	}
}

// headerErr is a status error that carries its answer's headers.
type headerErr struct {
	status int
	header http.Header
}

func (e headerErr) Error() string           { return "status with headers" }
func (e headerErr) HTTPStatusCode() int     { return e.status }
func (e headerErr) HTTPHeader() http.Header { return e.header }

func retryAfter(v string) http.Header { return http.Header{"Retry-After": []string{v}} }

// Nothing is sent before the time the server asked for: not the check, not
// the repeated write.
func TestWriteOnceHonoursRetryAfter(t *testing.T) {
	start := time.Now()
	var events []time.Duration
	writes := 0
	err := WriteOnce(context.Background(), Settings{MaxRetries: 2},
		func() error {
			writes++
			events = append(events, time.Since(start))
			if writes == 1 {
				return headerErr{429, retryAfter("1")}
			}
			return nil
		},
		func() (bool, error) { events = append(events, time.Since(start)); return false, nil })
	if err != nil || writes != 2 {
		t.Fatalf("err=%v writes=%d; want success on the second write", err, writes)
	}
	if events[1] < time.Second {
		t.Errorf("the check went %v after the 429, before the Retry-After of 1s", events[1]-events[0])
	}
	if events[2] < time.Second || events[2]-events[1] > 500*time.Millisecond {
		t.Errorf("second write at %v (check at %v): want it right after the wait, not after another backoff", events[2], events[1])
	}
}

// A wait beyond the cap is not waited for: after the check, the error says
// what the server asked.
func TestWriteOnceRetryAfterBeyondCap(t *testing.T) {
	writes, checks := 0, 0
	start := time.Now()
	err := WriteOnce(context.Background(), Settings{MaxRetries: 3, MaxRetryWait: 2 * time.Second},
		func() error { writes++; return headerErr{503, retryAfter("120")} },
		func() (bool, error) { checks++; return false, nil })
	if writes != 1 || checks != 1 {
		t.Fatalf("writes=%d checks=%d; want one of each", writes, checks)
	}
	if time.Since(start) > time.Second {
		t.Errorf("waited %v for a Retry-After beyond the cap", time.Since(start))
	}
	if err == nil || !strings.Contains(err.Error(), "asked to wait 2m0s") || !strings.Contains(err.Error(), "longest wait of 2s") {
		t.Fatalf("err = %v; want the asked wait and the cap named", err)
	}
	var he headerErr
	if !errors.As(err, &he) || he.status != 503 {
		t.Errorf("err = %v; want it to wrap the vendor's error", err)
	}
}
