// Package api is a typed client for the Odorik.cz API
// (https://www.odorik.cz/w/api): public numbers with their routes and
// parallel ringings, speed dials and lines. It knows the API's habits:
// credentials travel as ordinary parameters, errors come with HTTP 200 as
// {"errors":["code"]}, and a POST answers without the id of what it created.
package api

import (
	"context"
	"sync"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// DefaultBaseURL is the production API.
const DefaultBaseURL = "https://www.odorik.cz/api/v1"

// Config is everything the client needs.
type Config struct {
	User      string // account id or line number
	Password  string // API password or the line's SIP password
	BaseURL   string
	UserAgent string // sent as the user_agent parameter the vendor asks apps to send
	Transport transport.Settings

	// ListReuse is how long one listing of a collection serves other reads
	// (readcache). Concurrent reads share a listing even at 0; the provider
	// sets readcache.Reuse. Writes through the client always forget it.
	ListReuse time.Duration
}

// Client talks to one Odorik account. It is safe for concurrent use.
type Client struct {
	http *resty.Client
	cfg  Config

	// Listings shared by the reads of one number (readcache): a refresh of
	// N rules on one number lists it once. Any write forgets both, since a
	// parallel ringing is also a rule.
	routeLists   *readcache.Cache[[]Route]
	ringingLists *readcache.Cache[[]Ringing]
	// What the creates on each number know of its rules (see createRule).
	rules *ruleBooks

	// The account's speed dials: one listing serves the reads of all of
	// them, and writes are serialized, so that two speed dials created in
	// parallel cannot claim each other's new shortcut.
	speedDialLists *readcache.Cache[[]SpeedDial]
	speedDialMu    sync.Mutex
}

// NewClient builds a client; it makes no request.
func NewClient(cfg Config) *Client {
	cfg.BaseURL = transport.BaseURLOr(cfg.BaseURL, DefaultBaseURL)
	return &Client{
		cfg:            cfg,
		routeLists:     readcache.New[[]Route](cfg.ListReuse),
		ringingLists:   readcache.New[[]Ringing](cfg.ListReuse),
		speedDialLists: readcache.New[[]SpeedDial](cfg.ListReuse),
		rules:          newRuleBooks(),
		http: transport.NewClient(transport.Options{
			Settings:  cfg.Transport,
			BaseURL:   cfg.BaseURL,
			Subsystem: "odorik",
			Secrets:   []string{cfg.Password},
		}),
	}
}

// writing marks a write on a number's rules other than a create: both
// shared listings (readcache; a parallel ringing is also a rule) and what
// the creates know (ruleBooks) are forgotten before and after it.
func (c *Client) writing() (done func()) {
	rulesDone, listsDone := c.rules.writing(), c.creating()
	return func() {
		listsDone()
		rulesDone()
	}
}

// credentials are sent as parameters because the API has no header auth.
func (c *Client) credentials() map[string]string {
	p := map[string]string{"user": c.cfg.User, "password": c.cfg.Password}
	if c.cfg.UserAgent != "" {
		p["user_agent"] = c.cfg.UserAgent
	}
	return p
}

func (c *Client) settings() transport.Settings { return c.cfg.Transport }

func (c *Client) request(ctx context.Context) *resty.Request {
	return c.http.R().SetContext(ctx)
}
