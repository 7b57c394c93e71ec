package pbx

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

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

// webhookDocs describe a webhook's attributes, for client-wide and (later)
// extension webhooks.
var webhookDocs = map[string]string{
	"event_type": "The call event that fires the webhook: `dial-in` (an incoming call starts), `dial-out` (an " +
		"outgoing call starts), `answer`, `hangup`, `message-in`, `message-out` or `voicemail`. Changed in place.",
	"url":    "The URL the PBX calls, `http://` or `https://`; the event's fields are sent form-encoded. Changed in place.",
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

// Create adds to the PBX's refusal of one webhook too many what to do.
func (r *phoneEventResource) Create(ctx context.Context, plan *phoneEventModel, config phoneEventModel) error {
	return whenLimitReached(r.object.Create(ctx, plan, config), "event_limit", "webhooks")
}

// whenLimitReached adds advice to the PBX's refusal of a create because the
// client already has as many objects of the kind as limitName (a field of
// GET /client/{id}/limit/) allows; other errors and nil are returned as they
// are. The docs give no code for it [inf]: the answer is taken to be a 400
// whose status is limit_exceeded or whose message names the limit.
func whenLimitReached(err error, limitName, objects string) error {
	var apiErr *api.Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusBadRequest ||
		(apiErr.Status != "limit_exceeded" && !strings.Contains(apiErr.Message, limitName)) {
		return err
	}
	return fmt.Errorf("%w The client already has as many %s as its %s allows (the telecom_pbx_limits data source "+
		"shows the limit): delete one it no longer needs, or ask Telphin to raise the limit", err, objects, limitName)
}

// DisplayName: "hangup -> POST https://hooks.example.com/hangup (phone event 7)".
func (r *phoneEventResource) DisplayName(m phoneEventModel) string {
	return fmt.Sprintf("%s -> %s %s (phone event %d)", m.EventType.ValueString(), m.Method.ValueString(), m.URL.ValueString(),
		m.PhoneEventID.ValueInt64())
}
