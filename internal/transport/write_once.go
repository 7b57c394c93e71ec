package transport

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"
)

// WriteOnce runs a write that must not take effect twice, such as a POST that
// creates an object. The HTTP client never repeats such a request by itself
// (see AllowRetry). Here, when an attempt fails in a way that may hide a
// success (the connection broke after the request was sent, HTTP 429 or 5xx),
// applied is asked whether the write took effect; the write is repeated only
// when it did not, up to s.MaxRetries times with capped exponential backoff.
//
// An error that carries an HTTP status (a method HTTPStatusCode() int, as the
// vendor clients' error types have) is judged by that status; other errors by
// whether the connection failed. One that also carries the answer's headers
// (HTTPHeader() http.Header) has its Retry-After honoured: nothing is sent
// before that time, not even the check, and a wait beyond s.MaxRetryWait
// ends the attempts with an error that says so.
func WriteOnce(ctx context.Context, s Settings, write func() error, applied func() (bool, error)) error {
	s = s.withDefaults()
	wait := defaultInitialWait
	for attempt := 0; ; attempt++ {
		err := write()
		if err == nil || !mayHaveFailedInTransit(err) {
			return err
		}
		asked, hasAsked := waitAskedBy(err)
		tooLong := hasAsked && asked > s.MaxRetryWait
		if hasAsked && !tooLong {
			if err := Sleep(ctx, asked); err != nil {
				return err
			}
		}
		done, checkErr := applied()
		if checkErr != nil {
			return fmt.Errorf("%w (checking whether the write took effect anyway also failed: %v)", err, checkErr)
		}
		if done {
			return nil
		}
		if tooLong {
			return fmt.Errorf("%w (the server asked to wait %s before trying again, more than the longest wait of %s)", err, asked, s.MaxRetryWait)
		}
		if attempt >= s.MaxRetries {
			return err
		}
		if !hasAsked {
			if err := Sleep(ctx, jittered(wait)); err != nil {
				return err
			}
			wait = min(2*wait, s.MaxRetryWait)
		}
	}
}

type httpHeaderError interface{ HTTPHeader() http.Header }

// waitAskedBy is the Retry-After of the answer err came from, if any.
func waitAskedBy(err error) (time.Duration, bool) {
	var he httpHeaderError
	if !errors.As(err, &he) || he.HTTPHeader() == nil {
		return 0, false
	}
	return RetryAfter(he.HTTPHeader(), time.Now())
}

type httpStatusError interface{ HTTPStatusCode() int }

func mayHaveFailedInTransit(err error) bool {
	var st httpStatusError
	if errors.As(err, &st) {
		code := st.HTTPStatusCode()
		return code == http.StatusTooManyRequests || code >= 500
	}
	return isTransient(err)
}

// jittered spreads waits between 50% and 100% of d, so parallel writers that
// failed together do not come back together.
func jittered(d time.Duration) time.Duration {
	half := d / 2
	return half + rand.N(half+1)
}

// Sleep waits d, or less when ctx ends first (then it returns ctx's error).
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
