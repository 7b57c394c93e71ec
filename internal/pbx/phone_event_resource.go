package pbx

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema"

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

func (r *phoneEventResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A client-wide webhook of the Telphin PBX: on every call event of `event_type` in any " +
			"of the client's extensions, the PBX calls `url`. Every attribute changes in place. Several webhooks may " +
			"have the same event, URL and method.\n\n" +
			"Destroy deletes this one webhook only: the provider never calls the API's " +
			"`DELETE /client/{client_id}/phone_events/`, which deletes every webhook of the client.",
		Attributes: objectAttributes("phone_event_id", "The PBX's id of the webhook.", webhookAttributes()),
	}
}

// Create adds to the PBX's refusal of one webhook too many what to do.
func (r *phoneEventResource) Create(ctx context.Context, plan *phoneEventModel, config phoneEventModel) error {
	return whenLimitReached(r.object.Create(ctx, plan, config), "event_limit", "webhooks")
}
