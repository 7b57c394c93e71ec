package api

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"
	"github.com/telecom-tf/terraform-provider-telecom/internal/tokencache"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Paths relative to the base URL.
const (
	tokenPath = "/oauth/token"
	apiPrefix = "/api/ver1.0"
)

// Client talks to one Telphin PBX application. It is safe for concurrent
// use; all resources of a provider share one, and with it one token.
type Client struct {
	cfg    Config
	http   *resty.Client
	tokens *tokencache.Source
	quota  *quota
	claims claims
	sleep  func(context.Context, time.Duration) error // a field so tests can record pauses

	collections sync.Map // kind -> *Collection[T], made by collectionOf
	// numericIDs holds what client ids such as @me stand for, for the
	// life of the client (see NumericClientID).
	numericIDs *readcache.Cache[string]
}

// NewClient builds a client; it makes no request.
func NewClient(cfg Config) *Client {
	cfg.BaseURL = transport.BaseURLOr(cfg.BaseURL, DefaultBaseURL)
	if cfg.ClientID == "" {
		cfg.ClientID = DefaultClientID
	}
	if cfg.MaxPace <= 0 {
		cfg.MaxPace = DefaultMaxPace
	}
	c := &Client{cfg: cfg, quota: &quota{}, sleep: transport.Sleep, numericIDs: readcache.New[string](forever)}
	c.http = transport.NewClient(transport.Options{
		Settings:   cfg.Transport,
		BaseURL:    cfg.BaseURL,
		Subsystem:  "pbx",
		Secrets:    []string{cfg.AppSecret},
		ServerWait: serverWait,
	})
	c.http.OnAfterResponse(func(_ *resty.Client, resp *resty.Response) error {
		c.quota.observe(resp.Header(), time.Now())
		return nil
	})
	c.tokens = &tokencache.Source{Fetch: c.fetchToken, Now: time.Now}
	return c
}

// DefaultClientID is the client used when a resource names none.
func (c *Client) DefaultClientID() string { return c.cfg.ClientID }

// defaultMaxRetryWait mirrors the transport's default cap of one wait.
const defaultMaxRetryWait = 30 * time.Second

// maxRetryWait is the longest the client waits for a quota reset.
func (c *Client) maxRetryWait() time.Duration {
	if c.cfg.Transport.MaxRetryWait > 0 {
		return c.cfg.Transport.MaxRetryWait
	}
	return defaultMaxRetryWait
}

// Config is the configuration the client was built with (defaults filled in).
func (c *Client) Config() Config { return c.cfg }

// serverWait reads how long the API asked us to wait: Retry-After when sent,
// otherwise, for a 429, X-RateLimit-Reset (seconds until the hourly quota
// resets).
func serverWait(status int, h http.Header, now time.Time) (time.Duration, bool) {
	if d, ok := transport.RetryAfter(h, now); ok {
		return d, true
	}
	if status != http.StatusTooManyRequests {
		return 0, false
	}
	secs, err := strconv.ParseInt(strings.TrimSpace(h.Get(headerReset)), 10, 64)
	if err != nil || secs < 0 {
		return 0, false
	}
	return time.Duration(secs) * time.Second, true
}
