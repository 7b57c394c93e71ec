package provider

import (
	"context"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo"
)

// Provider-wide environment variables and defaults.
const (
	EnvMaxRetries     = "TELECOM_MAX_RETRIES"
	EnvRequestTimeout = "TELECOM_REQUEST_TIMEOUT"

	defaultMaxRetries     = 5
	defaultRequestTimeout = "30s"
	maxMaxRetries         = 20
)

func (p *telecomProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Manage telecom configuration as code across five vendors: Odorik.cz call routing, " +
			"IPEX VoIP numbers, Telphin cloud-PBX time intervals and dial rules, SerwerSMS.pl subaccounts and " +
			"VoIP Mundo customer records. Every vendor block is optional; a vendor's resources report a clear " +
			"error when that vendor is not configured. Attribute values win over environment variables.",
		Blocks: map[string]schema.Block{
			"odorik":    odorik.ProviderBlock(),
			"ipex":      ipex.ProviderBlock(),
			"pbx":       pbx.ProviderBlock(),
			"sms":       sms.ProviderBlock(),
			"voipmundo": voipmundo.ProviderBlock(),
		},
		Attributes: map[string]schema.Attribute{
			"max_retries": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "How many times a failed request is repeated on HTTP 429, 5xx and connection errors, " +
					"with capped exponential backoff and `Retry-After` honoured. Writes that are not idempotent are " +
					"repeated only after checking that the first attempt did not take effect. `0` disables retries. " +
					"Default `" + strconv.Itoa(defaultMaxRetries) + "`. Environment variable `" + EnvMaxRetries + "`.",
				Validators: []validator.Int64{int64validator.Between(0, maxMaxRetries)},
			},
			"request_timeout": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "Time limit of one HTTP request, as a Go duration such as `30s` or `2m`. " +
					"Default `" + defaultRequestTimeout + "`. Environment variable `" + EnvRequestTimeout + "`.",
				Validators: []validator.String{durationValidator{}},
			},
		},
	}
}
