package transport

import (
	"net/http"
	"strings"
	"time"
)

// Defaults used when a Settings field is left zero. 30s per attempt is long
// enough for slow vendor endpoints and short enough that a hung connection
// does not stall a plan for minutes.
const (
	defaultRequestTimeout = 30 * time.Second
	defaultMaxRetryWait   = 30 * time.Second
	// defaultInitialWait is the first backoff wait; it doubles per attempt
	// (with jitter) up to MaxRetryWait.
	defaultInitialWait = 250 * time.Millisecond
)

// Settings are the provider-wide knobs (provider attributes max_retries, request_timeout).
type Settings struct {
	MaxRetries     int           // retries after the first attempt; 0 disables retries
	RequestTimeout time.Duration // limit for one HTTP attempt; 0 = 30s
	UserAgent      string        // full User-Agent header value
	MaxRetryWait   time.Duration // cap of any single wait between attempts (backoff or Retry-After); 0 = 30s
}

// Options configure one vendor's client.
type Options struct {
	Settings
	BaseURL       string   // e.g. https://www.odorik.cz/api/v1 ; request paths are appended
	Subsystem     string   // tflog subsystem name, e.g. "odorik"
	Secrets       []string // literal secret values (passwords, tokens, keys) to mask wherever they appear in logs
	SensitiveKeys []string // extra parameter/JSON/header names whose values are masked, on top of the defaults

	// ServerWait reads how long the server asked the client to wait before
	// the next attempt from a 429 or 5xx response, for vendors that say it
	// in their own header (e.g. a rate-limit reset counter) rather than, or
	// as well as, Retry-After. nil means Retry-After only. The answer is
	// treated like a Retry-After: waited for when within MaxRetryWait,
	// otherwise the response is handed back without retrying.
	ServerWait func(status int, h http.Header, now time.Time) (time.Duration, bool)
}

// RetryAfter reads the standard Retry-After header (seconds or an HTTP
// date); vendors' ServerWait functions fall back to it.
func RetryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	return parseRetryAfter(h.Get("Retry-After"), now)
}

// withDefaults fills zero (or nonsensical negative) values, so callers can
// pass a partly filled Settings, e.g. in tests.
func (s Settings) withDefaults() Settings {
	if s.MaxRetries < 0 {
		s.MaxRetries = 0
	}
	if s.RequestTimeout <= 0 {
		s.RequestTimeout = defaultRequestTimeout
	}
	if s.MaxRetryWait <= 0 {
		s.MaxRetryWait = defaultMaxRetryWait
	}
	if strings.TrimSpace(s.UserAgent) == "" {
		s.UserAgent = DefaultUserAgent("", "")
	}
	return s
}

// DefaultUserAgent returns "terraform-provider-telecom/<providerVersion>
// terraform/<terraformVersion>", with "dev" and "unknown" standing in for
// empty versions, so vendors can tell our traffic (and its version) apart.
func DefaultUserAgent(providerVersion, terraformVersion string) string {
	pv := strings.TrimSpace(providerVersion)
	if pv == "" {
		pv = "dev"
	}
	tv := strings.TrimSpace(terraformVersion)
	if tv == "" {
		tv = "unknown"
	}
	return "terraform-provider-telecom/" + pv + " terraform/" + tv
}
