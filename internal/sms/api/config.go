// Package api will hold the typed client for the SerwerSMS.pl HTTPS API v2.
// For now it has the resolved provider settings.
package api

import "github.com/telecom-tf/terraform-provider-telecom/internal/transport"

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
}
