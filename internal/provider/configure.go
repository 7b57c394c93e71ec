package provider

import (
	"context"
	"fmt"
	"os"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex"
	ipexapi "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik"
	odorikapi "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms"
	smsapi "github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo"
	voipmundoapi "github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/api"
)

func (p *telecomProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var m providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	settings, ok := p.transportSettings(m, req.TerraformVersion, resp)
	if !ok {
		return
	}
	data := &providerdata.Data{}
	odorikConfig, diags := odorik.Configure(m.Odorik, settings, settings.UserAgent)
	resp.Diagnostics.Append(diags...)
	if odorikConfig != nil {
		data.Odorik = odorikapi.NewClient(*odorikConfig)
	}
	ipexConfig, diags := ipex.Configure(m.IPEX, settings)
	resp.Diagnostics.Append(diags...)
	if ipexConfig != nil {
		data.IPEX = ipexapi.NewClient(*ipexConfig)
	}
	pbxConfig, diags := pbx.Configure(m.PBX, settings)
	resp.Diagnostics.Append(diags...)
	if pbxConfig != nil {
		data.PBX = pbxapi.NewClient(*pbxConfig)
	}
	smsConfig, diags := sms.Configure(m.SMS, settings)
	resp.Diagnostics.Append(diags...)
	if smsConfig != nil {
		data.SMS = smsapi.NewClient(*smsConfig)
	}
	voipmundoConfig, diags := voipmundo.Configure(m.VoIPMundo, settings)
	resp.Diagnostics.Append(diags...)
	if voipmundoConfig != nil {
		data.VoIPMundo = voipmundoapi.NewClient(*voipmundoConfig)
	}
	if resp.Diagnostics.HasError() {
		return
	}
	resp.ResourceData = data
	resp.DataSourceData = data
	resp.ListResourceData = data
}

// transportSettings resolves max_retries and request_timeout (attribute, then
// environment variable, then default) and the User-Agent.
func (p *telecomProvider) transportSettings(m providerModel, terraformVersion string, resp *provider.ConfigureResponse) (transport.Settings, bool) {
	s := transport.Settings{
		MaxRetries: defaultMaxRetries,
		UserAgent:  transport.DefaultUserAgent(p.version, terraformVersion),
	}
	switch {
	case m.MaxRetries.IsUnknown():
		resp.Diagnostics.AddAttributeError(path.Root("max_retries"), "Unknown provider setting", "max_retries must be known at plan time.")
	case !m.MaxRetries.IsNull():
		s.MaxRetries = int(m.MaxRetries.ValueInt64())
	case os.Getenv(EnvMaxRetries) != "":
		n, err := strconv.Atoi(os.Getenv(EnvMaxRetries))
		if err != nil || n < 0 || n > maxMaxRetries {
			resp.Diagnostics.AddAttributeError(path.Root("max_retries"), "Invalid provider setting",
				fmt.Sprintf("%s=%q must be a whole number from 0 to %d.", EnvMaxRetries, os.Getenv(EnvMaxRetries), maxMaxRetries))
		}
		s.MaxRetries = n
	}

	timeout := defaultRequestTimeout
	source := "request_timeout"
	switch {
	case m.RequestTimeout.IsUnknown():
		resp.Diagnostics.AddAttributeError(path.Root("request_timeout"), "Unknown provider setting", "request_timeout must be known at plan time.")
	case !m.RequestTimeout.IsNull():
		timeout = m.RequestTimeout.ValueString()
	case os.Getenv(EnvRequestTimeout) != "":
		timeout, source = os.Getenv(EnvRequestTimeout), EnvRequestTimeout
	}
	d, err := parsePositiveDuration(timeout)
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("request_timeout"), "Invalid provider setting", source+": "+err.Error())
	}
	s.RequestTimeout = d
	return s, !resp.Diagnostics.HasError()
}
