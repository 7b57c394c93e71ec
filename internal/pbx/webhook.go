package pbx

import (
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// webhookAttrs are what a webhook is, client-wide (telecom_pbx_phone_event)
// or of one extension (telecom_pbx_extension_event): the API has the same
// object at both.
type webhookAttrs struct {
	EventType types.String `tfsdk:"event_type"`
	URL       types.String `tfsdk:"url"`
	Method    types.String `tfsdk:"method"`
}

func (w webhookAttrs) webhook() api.PhoneEvent {
	return api.PhoneEvent{EventType: w.EventType.ValueString(), URL: w.URL.ValueString(), Method: w.Method.ValueString()}
}

func webhookAttrsFromAPI(in api.PhoneEvent) webhookAttrs {
	return webhookAttrs{EventType: types.StringValue(in.EventType), URL: types.StringValue(in.URL), Method: types.StringValue(in.Method)}
}

func (w webhookAttrs) name() string { return w.EventType.ValueString() + " " + w.URL.ValueString() }

// webhookAttributes are the schema of webhookAttrs; each changes in place.
func webhookAttributes() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"event_type": schema.StringAttribute{
			Required: true,
			MarkdownDescription: "The call event that fires the webhook: `dial-in` (an incoming call starts), `dial-out` " +
				"(an outgoing call starts), `answer`, `hangup`, `message-in`, `message-out` or `voicemail`. Changed in place.",
			Validators: []validator.String{stringvalidator.OneOf(api.PhoneEventTypes...)},
		},
		"url": schema.StringAttribute{
			Required:            true,
			MarkdownDescription: "The URL the PBX calls, `http://` or `https://`; the event's fields are sent form-encoded. Changed in place.",
			Validators:          []validator.String{notBlank(), stringvalidator.RegexMatches(httpURLPattern, "must be an http:// or https:// URL")},
		},
		"method": schema.StringAttribute{
			Required: true, MarkdownDescription: "`GET` or `POST`. Changed in place.",
			Validators: []validator.String{stringvalidator.OneOf(api.PhoneEventMethods...)},
		},
	}
}
