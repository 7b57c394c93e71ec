package transport

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/terraform-plugin-log/tflog"
)

type allowRetryKey struct{}

// AllowRetry marks requests made with the returned context (req.SetContext)
// as safe to repeat even though their method is not idempotent. Use it for a
// POST or PATCH only when sending it twice cannot create a duplicate, e.g.
// the vendor deduplicates by a client-chosen id, or the call is a read that
// the API happens to expose as POST.
func AllowRetry(ctx context.Context) context.Context {
	if ctx == nil {
		ctx = context.Background()
	}
	return context.WithValue(ctx, allowRetryKey{}, true)
}

func retryAllowed(ctx context.Context) bool {
	ok, _ := ctx.Value(allowRetryKey{}).(bool)
	return ok
}

// idempotentMethods may be repeated without changing the outcome (RFC 9110,
// section 9.2.2). POST and PATCH are missing on purpose: when the server
// processed the first attempt but the answer was lost, a second attempt can
// create a duplicate (a second SMS, a second number order).
var idempotentMethods = map[string]bool{
	http.MethodGet:     true,
	http.MethodHead:    true,
	http.MethodPut:     true,
	http.MethodDelete:  true,
	http.MethodOptions: true,
	http.MethodTrace:   true,
}

// retryPolicy decides, for resty, whether and how long to wait before the
// next attempt. resty v2 calls the condition after every attempt (also the
// last one) and repeats the request when it returns true; it has no notion
// of idempotency, so that check lives here too.
type retryPolicy struct {
	maxRetries int
	maxWait    time.Duration
	now        func() time.Time // clock for Retry-After dates; a field so tests can fix it
	subsystem  string
	// serverWait is Options.ServerWait; nil reads Retry-After.
	serverWait func(status int, h http.Header, now time.Time) (time.Duration, bool)
}

// waitAsked is how long the server asked us to wait before the next attempt.
func (p *retryPolicy) waitAsked(resp *resty.Response) (time.Duration, bool) {
	if p.serverWait != nil {
		return p.serverWait(resp.StatusCode(), resp.Header(), p.now())
	}
	return RetryAfter(resp.Header(), p.now())
}

// condition is resty's RetryConditionFunc. resp is nil only when resty
// failed before sending (bad URL, unencodable body): repeating cannot help.
func (p *retryPolicy) condition(resp *resty.Response, err error) bool {
	if resp == nil || resp.Request == nil {
		return false
	}
	req := resp.Request
	ctx := req.Context()
	if ctx.Err() != nil {
		return false // the caller gave up; resty checks this too
	}

	// The status decides first: a 5xx can come with an error too, e.g. when
	// a vendor's OnAfterResponse turns error statuses into errors.
	var reason string
	status := resp.StatusCode()
	byStatus := status == http.StatusTooManyRequests || status >= 500
	switch {
	case byStatus:
		reason = "HTTP " + strconv.Itoa(status)
	case err != nil && isTransient(err):
		reason = "connection error"
	default:
		return false
	}

	fields := map[string]any{"http_method": req.Method, "attempt": req.Attempt, "reason": reason}
	if req.Attempt > p.maxRetries {
		// resty asks even after the last attempt; say why we stop.
		tflog.SubsystemDebug(ctx, p.subsystem, "HTTP request failed, no retries left", fields)
		return false
	}
	if !idempotentMethods[strings.ToUpper(req.Method)] && !retryAllowed(ctx) {
		tflog.SubsystemDebug(ctx, p.subsystem, "HTTP request not retried: method is not idempotent (see transport.AllowRetry)", fields)
		return false
	}
	if byStatus {
		if wait, ok := p.waitAsked(resp); ok {
			fields["retry_after_ms"] = wait.Milliseconds()
			if wait > p.maxWait {
				// Waiting minutes or hours inside one Terraform operation
				// helps nobody: hand the response back so the caller can
				// say when the quota resets.
				tflog.SubsystemDebug(ctx, p.subsystem, "HTTP request not retried: Retry-After exceeds the maximum wait", fields)
				return false
			}
			if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < wait {
				tflog.SubsystemDebug(ctx, p.subsystem, "HTTP request not retried: Retry-After ends after the context deadline", fields)
				return false
			}
		}
	}
	tflog.SubsystemDebug(ctx, p.subsystem, "HTTP request will be retried", fields)
	return true
}

// retryAfter is resty's RetryAfterFunc: the server's Retry-After when
// present, otherwise (0, nil), which tells resty to use its capped
// exponential backoff with jitter (RetryWaitTime doubling up to
// RetryMaxWaitTime).
func (p *retryPolicy) retryAfter(_ *resty.Client, resp *resty.Response) (time.Duration, error) {
	if resp == nil {
		return 0, nil
	}
	wait, ok := p.waitAsked(resp)
	if !ok {
		return 0, nil
	}
	if wait > p.maxWait {
		// Only reachable when a condition other than ours asked for the
		// retry; resty would silently shorten the wait to the maximum.
		return 0, fmt.Errorf("the server asked to retry after %s (Retry-After), more than the maximum wait of %s", wait, p.maxWait)
	}
	if wait <= 0 {
		// 0 would mean "use the backoff" to resty; the server said "now",
		// so wait the shortest time resty allows (RetryWaitTime).
		wait = time.Nanosecond
	}
	return wait, nil
}

// parseRetryAfter reads a Retry-After value: delay seconds or an HTTP date
// (RFC 9110, section 10.2.3). ok is false when absent or unparsable.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		if secs > int64(math.MaxInt64/time.Second) {
			return time.Duration(math.MaxInt64), true
		}
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		wait := t.Sub(now)
		if wait < 0 {
			wait = 0
		}
		return wait, true
	}
	return 0, false
}
