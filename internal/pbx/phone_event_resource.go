package pbx

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var _ resourcekit.Discoverable[phoneEventModel] = &phoneEventResource{}

// phoneEventObjects: the client's webhooks. The API's delete-all call is
// never made (see api.PhoneEvent).
var phoneEventObjects = object[phoneEventModel, api.PhoneEvent, *phoneEventModel]{
	kind: "phone event", idAttr: "phone_event_id", collection: (*api.Client).PhoneEvents, partialPut: true,
}

type phoneEventResource struct {
	object[phoneEventModel, api.PhoneEvent, *phoneEventModel]
}

// phoneEventModel is the state of a telecom_pbx_phone_event.
type phoneEventModel struct {
	apiOwner `tfsdk:"-"`
	objectKey
	PhoneEventID types.Int64  `tfsdk:"phone_event_id"`
	EventType    types.String `tfsdk:"event_type"`
	URL          types.String `tfsdk:"url"`
	Method       types.String `tfsdk:"method"`
}

func (m phoneEventModel) toAPI(context.Context) (api.PhoneEvent, diag.Diagnostics) {
	return api.PhoneEvent{EventType: m.EventType.ValueString(), URL: m.URL.ValueString(), Method: m.Method.ValueString()}, nil
}

func (m *phoneEventModel) fromAPI(_ context.Context, in api.PhoneEvent) diag.Diagnostics {
	m.EventType = types.StringValue(in.EventType)
	m.URL = types.StringValue(in.URL)
	m.Method = types.StringValue(in.Method)
	m.setID(in.ID)
	return nil
}

func (m *phoneEventModel) ref() (string, int64) {
	return m.ClientID.ValueString(), m.PhoneEventID.ValueInt64()
}

func (m *phoneEventModel) setID(id int64) { m.PhoneEventID = m.keyed(id) }

func (m *phoneEventModel) name() string { return m.EventType.ValueString() + " " + m.URL.ValueString() }

// webhookDocs describe a webhook's attributes, for client-wide and (later)
// extension webhooks.
var webhookDocs = map[string]string{
	"event_type": "The call event that fires the webhook: `dial-in` (an incoming call starts), `dial-out` (an " +
		"outgoing call starts), `answer`, `hangup`, `message-in`, `message-out` or `voicemail`. Changed in place.",
	"url": "The URL the PBX calls, `http://` or `https://`; the event's fields are sent form-encoded. Changed in place.",
	"method": "`GET` or `POST`. Changed in place.",
}

func (r *phoneEventResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A client-wide webhook of the Telphin PBX: on every call event of `event_type` in any " +
			"of the client's extensions, the PBX calls `url`. Every attribute changes in place. Several webhooks may " +
			"have the same event, URL and method.\n\n" +
			"Destroy deletes this one webhook only: the provider never calls the API's " +
			"`DELETE /client/{client_id}/phone_events/`, which deletes every webhook of the client.",
		Attributes: objectAttributes("phone_event_id", "The PBX's id of the webhook.", map[string]schema.Attribute{
			"event_type": schema.StringAttribute{
				Required: true, MarkdownDescription: webhookDocs["event_type"],
				Validators: []validator.String{stringvalidator.OneOf(api.PhoneEventTypes...)},
			},
			"url": schema.StringAttribute{
				Required: true, MarkdownDescription: webhookDocs["url"],
				Validators: []validator.String{notBlank(), stringvalidator.RegexMatches(httpURLPattern, "must be an http:// or https:// URL")},
			},
			"method": schema.StringAttribute{
				Required: true, MarkdownDescription: webhookDocs["method"],
				Validators: []validator.String{stringvalidator.OneOf(api.PhoneEventMethods...)},
			},
		}),
	}
}

// DisplayName: "hangup -> POST https://hooks.example.com/hangup (phone event 7)".
func (r *phoneEventResource) DisplayName(m phoneEventModel) string {
	return fmt.Sprintf("%s -> %s %s (phone event %d)", m.EventType.ValueString(), m.Method.ValueString(), m.URL.ValueString(),
		m.PhoneEventID.ValueInt64())
}
