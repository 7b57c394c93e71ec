// Package providerdata is what the provider hands to every resource and data
// source: one API client (or resolved settings) per configured vendor. A nil
// field means that vendor's block and environment variables are empty.
package providerdata

import (
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	ipexapi "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	odorikapi "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	smsapi "github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	voipmundoapi "github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/api"
)

// Data is the provider's ProviderData / ResourceData / DataSourceData.
type Data struct {
	Odorik    *odorikapi.Client
	IPEX      *ipexapi.Client
	PBX       *pbxapi.Client
	SMS       *smsapi.Client
	VoIPMundo *voipmundoapi.Client
}

// From turns the framework's ProviderData into *Data. It returns nil without
// an error while the provider is not configured yet (validation runs before
// Configure), so callers simply return early.
func From(providerData any) (*Data, diag.Diagnostics) {
	var diags diag.Diagnostics
	if providerData == nil {
		return nil, diags
	}
	data, ok := providerData.(*Data)
	if !ok {
		diags.AddError("Unexpected provider data",
			fmt.Sprintf("Expected *providerdata.Data, got %T. This is a bug in the provider; please report it.", providerData))
		return nil, diags
	}
	return data, diags
}

// NotConfigured is the error a vendor's resources report when the provider
// has no settings for that vendor. settings pairs each block attribute with
// its environment variable, e.g. {"user", "ODORIK_USER"}.
func NotConfigured(vendor, block string, settings [][2]string) diag.Diagnostic {
	detail := fmt.Sprintf("This configuration uses %s resources, but the provider has no %s settings. Set them in the provider block:\n\n  provider \"telecom\" {\n    %s {\n", vendor, vendor, block)
	for _, s := range settings {
		detail += fmt.Sprintf("      %s = ...\n", s[0])
	}
	detail += "    }\n  }\n\nor through the environment:"
	for _, s := range settings {
		detail += " " + s[1]
	}
	detail += "."
	return diag.NewErrorDiagnostic(vendor+" is not configured", detail)
}

// Vendor describes one vendor's part of Data, so that every resource and data
// source of the vendor gets its client, or the not-configured error, the same
// way (resourcekit does this once for all of them).
type Vendor[C comparable] struct {
	// Name is the vendor as users know it, e.g. "Telphin PBX".
	Name string
	// Block is the provider block that configures it, e.g. "pbx".
	Block string
	// Settings pairs each required block attribute with its environment
	// variable, for the not-configured error.
	Settings [][2]string
	// Client picks the vendor's client out of Data; nil when not configured.
	Client func(*Data) C
	// IsNotFound tells a "this object does not exist" answer from other
	// errors, so that reads remove a vanished object and deletes of one that
	// is already gone succeed.
	IsNotFound func(error) bool
}

// From is the vendor's client, or the error that says how to configure the
// vendor. Both are zero before the provider is configured.
func (v Vendor[C]) From(providerData any) (C, diag.Diagnostics) {
	var none C
	data, diags := From(providerData)
	if data == nil || diags.HasError() {
		return none, diags
	}
	client := v.Client(data)
	if client == none {
		diags.Append(NotConfigured(v.Name, v.Block, v.Settings))
	}
	return client, diags
}
