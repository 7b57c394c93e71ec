// Package api is a typed client for the SerwerSMS.pl HTTPS API v2
// (https://api2.serwersms.pl): every call is a POST of JSON to
// <group>/<action>.json, authenticated by a Bearer API token or, without
// one, by the API user's username and password in the body; failures come
// with HTTP 200 as {"error":{"code","type","message"}} or {"success":false}.
package api

import (
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// DefaultBaseURL is the production API.
const DefaultBaseURL = "https://api2.serwersms.pl"

// Config is everything an SMS client needs: an API token, or (when no token
// is set) an API user's username and password.
type Config struct {
	APIToken  string
	Username  string
	Password  string
	BaseURL   string
	Transport transport.Settings

	// ListReuse is how long one listing of a collection serves other reads
	// (readcache). Concurrent reads share a listing even at 0; the provider
	// sets readcache.Reuse. Writes through the client always forget it.
	ListReuse time.Duration
}
