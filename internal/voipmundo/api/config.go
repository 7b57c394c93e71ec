// Package api is a typed client for the VoIP Mundo Telecom API (the
// NextBilling platform): GET /api/<action>/<API_TOKEN>/<API_KEY>[/<id>],
// replies {"error":0|1,"reason":...}. The token and key are URL path
// segments, so every log line and error masks them (transport.Options.Secrets).
package api

import "github.com/telecom-tf/terraform-provider-telecom/internal/transport"

// DefaultBaseURL is the production API host; paths start with /api/.
const DefaultBaseURL = "https://api.voipmundotelecom.com.br"

// CustomerAction is the action that returns the full customer record
// ("Cadastro Completo de um Cliente"). The vendor page's example URL was not
// in the copy the notes were made from, so the name follows the platform's
// naming (manageCustomers, statusCustomer, listDevices) and is an inference:
// if VoIP Mundo names it differently, this constant is the one place to
// change (vendor-apis/odorik-serwersms-voipmundo.md, section 3.4).
const CustomerAction = "getCustomer"

// Config is everything a VoIP Mundo client needs. Both credentials travel as
// URL path segments, so they are secrets in every log line.
type Config struct {
	APIToken  string
	APIKey    string
	BaseURL   string
	Transport transport.Settings
}
