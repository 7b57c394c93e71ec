// Package api will hold the typed client for the IPEX REST API
// (restapi.ipex.cz). For now it has the resolved provider settings.
package api

import "github.com/telecom-tf/terraform-provider-telecom/internal/transport"

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
}
