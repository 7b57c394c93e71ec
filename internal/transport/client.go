package transport

import (
	"io"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

// tuning holds knobs that are not provider settings. They exist so tests
// can run retries with millisecond waits and a fixed clock.
type tuning struct {
	initialWait time.Duration    // first backoff wait (doubles per attempt)
	now         func() time.Time // clock for Retry-After dates
}

func defaultTuning() tuning {
	return tuning{initialWait: defaultInitialWait, now: time.Now}
}

// clientConfig is what the hooks of one client need.
type clientConfig struct {
	subsystem     string
	mask          *masker
	sensitiveKeys []string // defaults + Options.SensitiveKeys, for tflog
}

// NewClient returns a resty client for one vendor API with the provider's
// HTTP behaviour: base URL, User-Agent, per-attempt timeout, retries,
// masked tflog logging. See the package documentation for the rules, and
// use Err on every error a request returns.
func NewClient(opts Options) *resty.Client {
	return newClient(opts, defaultTuning())
}

func newClient(opts Options, tu tuning) *resty.Client {
	s := opts.withDefaults()
	if tu.now == nil {
		tu.now = time.Now
	}
	if tu.initialWait <= 0 {
		tu.initialWait = defaultInitialWait
	}
	if tu.initialWait > s.MaxRetryWait {
		tu.initialWait = s.MaxRetryWait
	}
	subsystem := opts.Subsystem
	if subsystem == "" {
		subsystem = "http"
	}
	cfg := &clientConfig{
		subsystem:     subsystem,
		mask:          newMasker(opts.Secrets, opts.SensitiveKeys),
		sensitiveKeys: append(append([]string(nil), defaultSensitiveKeys...), opts.SensitiveKeys...),
	}
	policy := &retryPolicy{
		maxRetries: s.MaxRetries,
		maxWait:    s.MaxRetryWait,
		now:        tu.now,
		subsystem:  subsystem,
		serverWait: opts.ServerWait,
	}

	c := resty.New()
	// resty's default logger writes every failed attempt, full URL and
	// therefore secrets included, to stderr, which Terraform records.
	// We log ourselves (loggingTransport, retryPolicy).
	c.SetLogger(discardLogger{})
	c.SetTransport(&loggingTransport{base: c.GetClient().Transport, mask: cfg.mask, subsystem: subsystem})
	c.SetBaseURL(opts.BaseURL)
	c.SetHeader("User-Agent", s.UserAgent)
	// http.Client.Timeout bounds one attempt (connect, headers and body),
	// because resty calls http.Client.Do once per attempt.
	c.SetTimeout(s.RequestTimeout)

	c.SetRetryCount(s.MaxRetries)
	c.SetRetryWaitTime(tu.initialWait)
	c.SetRetryMaxWaitTime(s.MaxRetryWait)
	// The only condition. With any condition registered, resty no longer
	// retries errors by default (the last condition's answer wins), so
	// connection errors are handled in it as well.
	c.AddRetryCondition(policy.condition)
	c.SetRetryAfter(policy.retryAfter)
	// Multipart readers are rewound before a retry, so files are re-sent.
	c.SetRetryResetReaders(true)

	c.OnBeforeRequest(bufferReaderBody)
	c.OnBeforeRequest(cfg.logSetup)
	return c
}

// bufferReaderBody turns an io.Reader body into bytes before the first
// attempt. resty re-encodes []byte, string, struct and map bodies for every
// attempt, but reads an io.Reader body once, so a retry would send an empty
// body. The Content-Type resty would have guessed for the reader is kept
// (resty.DetectContentType; it says JSON for *strings.Reader and
// *bytes.Buffer, because it looks at the struct behind the pointer).
func bufferReaderBody(_ *resty.Client, req *resty.Request) error {
	r, ok := req.Body.(io.Reader)
	if !ok || req.Body == http.NoBody { // resty's own marker for "no body"
		return nil
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if c, ok := r.(io.Closer); ok {
		_ = c.Close()
	}
	if req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", resty.DetectContentType(r))
	}
	req.Body = b
	return nil
}

// discardLogger silences resty's own logging (see newClient).
type discardLogger struct{}

func (discardLogger) Errorf(string, ...any) {}
func (discardLogger) Warnf(string, ...any)  {}
func (discardLogger) Debugf(string, ...any) {}

var (
	_ resty.Logger      = discardLogger{}
	_ http.RoundTripper = (*loggingTransport)(nil)
)
