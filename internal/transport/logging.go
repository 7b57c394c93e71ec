package transport

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// requestState travels in the context of one resty request (all its
// attempts), so the RoundTripper, which sees only *http.Request, knows the
// attempt number.
type requestState struct {
	req     *resty.Request
	attempt atomic.Int64
}

type requestStateKey struct{}

// logSetup is the resty request middleware (OnBeforeRequest, run before each
// attempt). On the first attempt it derives the request's context once:
// it registers the tflog subsystem, so SubsystemDebug/Trace calls log under
// the vendor's name, and tflog's own masking of the secrets as a second
// layer behind ours. Then it records the attempt number.
func (c *clientConfig) logSetup(_ *resty.Client, req *resty.Request) error {
	ctx := req.Context()
	st, _ := ctx.Value(requestStateKey{}).(*requestState)
	if st == nil || st.req != req {
		st = &requestState{req: req}
		ctx = c.logContext(ctx)
		req.SetContext(context.WithValue(ctx, requestStateKey{}, st))
	}
	st.attempt.Store(int64(req.Attempt))
	return nil
}

func (c *clientConfig) logContext(ctx context.Context) context.Context {
	sub := c.subsystem
	// TF_LOG_PROVIDER_TELECOM_<SUBSYSTEM> raises or lowers one vendor's
	// level; unset, the provider's level applies.
	ctx = tflog.NewSubsystem(ctx, sub, tflog.WithLevelFromEnv("TF_LOG_PROVIDER_TELECOM", sub), tflog.WithRootFields())
	if len(c.mask.forms) > 0 {
		ctx = tflog.SubsystemMaskAllFieldValuesStrings(ctx, sub, c.mask.forms...)
		ctx = tflog.SubsystemMaskMessageStrings(ctx, sub, c.mask.forms...)
	}
	return tflog.SubsystemMaskFieldValuesWithFieldKeys(ctx, sub, c.sensitiveKeys...)
}

func attemptOf(ctx context.Context) int64 {
	if st, ok := ctx.Value(requestStateKey{}).(*requestState); ok {
		return st.attempt.Load()
	}
	return 0
}

// loggingTransport logs every HTTP attempt. It sits below resty on purpose:
// it is the only place that sees each attempt exactly as sent (headers added
// by resty included) and each outcome, a connection error as well as a
// response, which resty's hooks do not (OnAfterResponse skips errors and is
// skipped when a response body fails to parse).
type loggingTransport struct {
	base      http.RoundTripper
	mask      *masker
	subsystem string
}

func (t *loggingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	fields := map[string]any{
		"http_method": req.Method,
		"http_url":    t.mask.url(req.URL.String()),
		"attempt":     attemptOf(ctx),
	}
	trace := tflog.SubsystemIsTrace(ctx, t.subsystem)
	if trace {
		extra := map[string]any{"http_request_headers": t.mask.headers(req.Header)}
		if body := t.requestBody(req); body != "" {
			extra["http_request_body"] = body
		}
		tflog.SubsystemTrace(ctx, t.subsystem, "HTTP request", fields, extra)
	}

	start := time.Now()
	resp, err := t.base.RoundTrip(req)
	fields["duration_ms"] = time.Since(start).Milliseconds()
	if err != nil {
		fields["error"] = t.mask.text(err.Error())
		tflog.SubsystemDebug(ctx, t.subsystem, "HTTP request failed", fields)
		return resp, err
	}
	fields["http_status"] = resp.StatusCode
	tflog.SubsystemDebug(ctx, t.subsystem, "HTTP response", fields)
	if trace {
		body := t.responseBody(resp)
		tflog.SubsystemTrace(ctx, t.subsystem, "HTTP response body", fields, map[string]any{
			"http_response_headers": t.mask.headers(resp.Header),
			"http_response_body":    body,
		})
	}
	return resp, nil
}

// requestBody reads a copy of the body through GetBody, which resty sets
// for every buffered body, so the body sent is not consumed.
func (t *loggingTransport) requestBody(req *http.Request) string {
	if req.Body == nil || req.Body == http.NoBody {
		return ""
	}
	if req.GetBody == nil {
		return "[body not replayable, not shown]"
	}
	rc, err := req.GetBody()
	if err != nil {
		return "[body not readable: " + t.mask.text(err.Error()) + "]"
	}
	defer rc.Close()
	b, complete, err := readPrefix(rc, maskReadLimit)
	if err != nil {
		return "[body not readable: " + t.mask.text(err.Error()) + "]"
	}
	return t.mask.body(req.Header.Get("Content-Type"), b, complete)
}

// responseBody reads the start of the body for the log and puts it back in
// front of the rest, so resty reads the same bytes (and the same error, if
// the connection breaks) as without logging.
func (t *loggingTransport) responseBody(resp *http.Response) string {
	if resp.Body == nil || resp.Body == http.NoBody {
		return ""
	}
	b, complete, err := readPrefix(resp.Body, maskReadLimit)
	rest := io.Reader(resp.Body)
	if err != nil {
		rest = errReader{err}
	} else if complete {
		rest = eofReader{}
	}
	resp.Body = &replayBody{Reader: io.MultiReader(bytes.NewReader(b), rest), closer: resp.Body}
	if err != nil {
		return "[body not readable: " + t.mask.text(err.Error()) + "]"
	}
	return t.mask.body(resp.Header.Get("Content-Type"), b, complete)
}

// readPrefix reads up to limit bytes; complete reports that the body ended
// within them.
func readPrefix(r io.Reader, limit int) (b []byte, complete bool, err error) {
	b, err = io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return b, false, err
	}
	if len(b) > limit {
		// One byte too many was read to detect the end: keep it, it will
		// be replayed; only the log is limited.
		return b, false, nil
	}
	return b, true, nil
}

type replayBody struct {
	io.Reader
	closer io.Closer
}

func (r *replayBody) Close() error { return r.closer.Close() }

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
