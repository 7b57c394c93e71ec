// Package api is a typed client for the IPEX a.s. B2B REST API
// (restapi.ipex.cz) for VoIP (landline) numbers: login at /v1/token with a
// cached, renewed token; hapi-style errors {"statusCode","error","message"};
// creates, changes and deactivations are asynchronous orders polled at
// /v1/requests/{id}.
package api

import (
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// DefaultBaseURL is the production API.
const DefaultBaseURL = "https://restapi.ipex.cz"

// Authorization header forms: the token alone (as the working clients send
// it) or with the "Bearer " prefix.
const (
	AuthSchemeRaw    = "raw"
	AuthSchemeBearer = "bearer"
)

// Config is everything an IPEX client needs.
type Config struct {
	Username   string
	Password   string
	BaseURL    string
	AuthScheme string
	Transport  transport.Settings

	// FirstPoll is the first wait before an order's status is read again
	// (then doubling up to MaxPoll); zero means the defaults.
	FirstPoll, MaxPoll time.Duration
}

// Defaults of order polling: orders usually finish in seconds, but porting
// and manual steps can take much longer; the caller's context bounds it.
const (
	DefaultFirstPoll = 200 * time.Millisecond
	DefaultMaxPoll   = 30 * time.Second
)
