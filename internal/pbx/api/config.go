// Package api is a typed client for the Telphin cloud PBX REST API v1.0
// (https://apiproxy.telphin.ru/api/ver1.0): OAuth2 client credentials with a
// shared, renewed token; JSON bodies; errors as {"message","status"}; an
// hourly request quota announced in X-RateLimit-* headers.
package api

import (
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// DefaultBaseURL is the production API proxy.
const DefaultBaseURL = "https://apiproxy.telphin.ru"

// DefaultClientID means "the client the application belongs to".
const DefaultClientID = "@me"

// Config is everything a PBX client needs.
type Config struct {
	AppID     string
	AppSecret string
	ClientID  string // default client for resources that do not name one
	BaseURL   string // host part; the client adds /oauth/token and /api/ver1.0
	Transport transport.Settings

	// MaxPace caps the pause inserted before each request when the hourly
	// quota runs low; 0 = DefaultMaxPace.
	MaxPace time.Duration

	// ListReuse is how long one listing of a collection serves other reads
	// (readcache). Concurrent reads share a listing even at 0; the provider
	// sets readcache.Reuse. Writes through the client always forget it.
	ListReuse time.Duration
}

// DefaultMaxPace is the longest pause before one request while the quota is
// low: long enough to stretch the rest of the quota, short enough that a
// plan does not look hung.
const DefaultMaxPace = 2 * time.Second
