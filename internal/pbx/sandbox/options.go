package sandbox

import "time"

// Option configures a Server.
type Option func(*config)

type config struct {
	appID, appSecret  string
	tokenTTL          time.Duration
	omitExpiresIn     bool
	rateLimit         int
	rateWindow        time.Duration
	retryAfterOn429   bool
	strictIntervalPut bool
	agentStatusString bool
	phonePassword     PhonePasswordMode
	// incomRuleLimitPerExtension makes incom_rule_limit count per
	// extension.
	incomRuleLimitPerExtension bool
	limits                     Limits
	now                        func() time.Time
}

// Defaults.
const (
	DefaultTokenTTL   = time.Hour
	DefaultRateLimit  = 10000
	DefaultRateWindow = time.Hour
)

func defaultConfig() config {
	return config{
		appID:      DemoAppID,
		appSecret:  DemoAppSecret,
		tokenTTL:   DefaultTokenTTL,
		rateLimit:  DefaultRateLimit,
		rateWindow: DefaultRateWindow,
		limits:     seedLimits(),
		now:        time.Now,
	}
}

// WithApp replaces the application credentials (App ID and App Secret).
func WithApp(appID, appSecret string) Option {
	return func(c *config) { c.appID, c.appSecret = appID, appSecret }
}

// WithTokenTTL sets how long an access token stays valid (default one
// hour); expires_in reports it in whole seconds, rounded up. A token used at
// or after its expiry answers 401. d <= 0 keeps the default.
func WithTokenTTL(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.tokenTTL = d
		}
	}
}

// WithoutExpiresIn leaves expires_in out of the token answer, as one client
// fixture shows. Tokens still expire after the TTL.
func WithoutExpiresIn() Option {
	return func(c *config) { c.omitExpiresIn = true }
}

// WithRateLimit sets the request quota per window (default 10000 per hour).
// Windows are aligned to multiples of window (whole hours by default).
// limit < 0 is taken as 0 (every request answers 429); window <= 0 keeps
// one hour.
func WithRateLimit(limit int, window time.Duration) Option {
	return func(c *config) { c.rateLimit, c.rateWindow = normLimit(limit, window) }
}

// WithRetryAfterOn429 adds a Retry-After header (the seconds of
// X-RateLimit-Reset) to 429 answers. The vendor documents only the
// X-RateLimit-* headers.
func WithRetryAfterOn429() Option {
	return func(c *config) { c.retryAfterOn429 = true }
}

// WithStrictIntervalPut makes PUT /interval/{id} require name, timezone and
// conditions, as the seed reference marks them "Required." for PUT too. By
// default PUT is partial (omitted fields keep their values).
func WithStrictIntervalPut() Option {
	return func(c *config) { c.strictIntervalPut = true }
}

// WithClock replaces time.Now for token expiry and the rate-limit window.
func WithClock(now func() time.Time) Option {
	return func(c *config) {
		if now != nil {
			c.now = now
		}
	}
}

func normLimit(limit int, window time.Duration) (int, time.Duration) {
	if limit < 0 {
		limit = 0
	}
	if window <= 0 {
		window = DefaultRateWindow
	}
	return limit, window
}
