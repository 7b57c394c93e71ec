// Package api will hold the typed client for the Telphin cloud PBX REST API
// (OAuth2 client credentials). For now it has the resolved provider settings.
package api

import "github.com/telecom-tf/terraform-provider-telecom/internal/transport"

// DefaultBaseURL is the production API proxy.
const DefaultBaseURL = "https://apiproxy.telphin.ru"

// DefaultClientID means "the client the application belongs to".
const DefaultClientID = "@me"

// Config is everything a PBX client needs.
type Config struct {
	AppID     string
	AppSecret string
	ClientID  string
	BaseURL   string
	Transport transport.Settings
}
