// Package api will hold the typed client for the VoIP Mundo (NextBilling) API.
// For now it has the resolved provider settings.
package api

import "github.com/telecom-tf/terraform-provider-telecom/internal/transport"

// DefaultBaseURL is the production API.
const DefaultBaseURL = "https://api.voipmundotelecom.com.br"

// Config is everything a VoIP Mundo client needs. Both credentials travel as
// URL path segments, so they are secrets in every log line.
type Config struct {
	APIToken  string
	APIKey    string
	BaseURL   string
	Transport transport.Settings
}
