package transport

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
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
