package pbx

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var _ resourcekit.Discoverable[extensionEventModel] = &extensionEventResource{}

// extensionEventObjects: an extension's webhooks, in a collection whose
// owner is the extension. The API's delete-all call is never made.
var extensionEventObjects = object[extensionEventModel, api.PhoneEvent, *extensionEventModel]{
	kind: "extension webhook", idAttr: "event_id", collection: (*api.Client).ExtensionEvents, partialPut: true,
}

type extensionEventResource struct {
	object[extensionEventModel, api.PhoneEvent, *extensionEventModel]
}

func (r *extensionEventResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A webhook of one Telphin PBX extension: on every call event of `event_type` of that " +
			"extension, the PBX calls `url` (the client-wide kind is `telecom_pbx_phone_event`). Everything but " +
			"`extension_id` changes in place. Destroy deletes this one webhook only: the provider never calls the " +
			"API's `DELETE /extension/{id}/event/`, which deletes every webhook of the extension.",
		Attributes: objectAttributes("event_id", "The PBX's id of the webhook.", extensionEventAttributes()),
	}
}

// extensionEventAttributes: a webhook's, and the extension it belongs to.
func extensionEventAttributes() map[string]schema.Attribute {
	attrs := webhookAttributes()
	attrs["id"] = resourcekit.IDAttribute("`<client_id>/<extension_id>/<event_id>`; also the import ID.")
	attrs["client_id"] = extensionClientIDAttribute()
	attrs["extension_id"] = schema.Int64Attribute{
		Required:            true,
		MarkdownDescription: "The extension (a `telecom_pbx_extension`'s `extension_id`). Changing it replaces the webhook.",
		Validators:          []validator.Int64{int64validator.AtLeast(1)},
		PlanModifiers:       []planmodifier.Int64{int64planmodifier.RequiresReplace()},
	}
	return attrs
}

// ModifyPlan fills client_id; a change is made in place: the webhook's
// path names the extension only.
func (r *extensionEventResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	planExtensionClientID(ctx, r.Client, req, resp)
}

func (r *extensionEventResource) Identify(m extensionEventModel) string {
	if m.EventID.ValueInt64() == 0 {
		return fmt.Sprintf("a webhook of extension %d (%s -> %s)", m.ExtensionID.ValueInt64(), m.EventType.ValueString(), m.URL.ValueString())
	}
	return fmt.Sprintf("webhook %d of extension %d", m.EventID.ValueInt64(), m.ExtensionID.ValueInt64())
}

// Create adds to the PBX's refusal of one webhook too many what to do: the
// client's and every extension's webhooks count against one event_limit.
func (r *extensionEventResource) Create(ctx context.Context, plan *extensionEventModel, config extensionEventModel) error {
	return whenLimitReached(r.object.Create(ctx, plan, config), "event_limit", "webhooks")
}

func (r *extensionEventResource) ImportID() resourceid.Format {
	return resourceid.Format{Parts: []string{"client_id", "extension_id", "event_id"}, Example: "@me/372850/7 or 12345/372850/7"}
}

func (r *extensionEventResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	eventID, err := importedObjectID("event_id", parts)
	if err != nil {
		return nil, err
	}
	extensionID, err := resourceid.PositiveInt("extension_id", parts[1])
	if err != nil {
		return nil, resourceid.Invalidf("%s in %q", err, resourceid.Join(parts...))
	}
	return resourcekit.Attributes{
		"id": resourceid.Join(parts...), "client_id": parts[0], "extension_id": extensionID, "event_id": eventID,
	}, nil
}

func (r *extensionEventResource) IdentitySchema() identityschema.Schema {
	return extensionIdentitySchema("event_id")
}

func (r *extensionEventResource) Identity(ctx context.Context, m extensionEventModel) (resourcekit.Attributes, error) {
	identity, err := extensionIdentity(ctx, r.Client, m.ClientID.ValueString(), m.ExtensionID.ValueInt64())
	if err == nil {
		identity["event_id"] = m.EventID.ValueInt64()
	}
	return identity, err
}

func (r *extensionEventResource) ListSchema() listschema.Schema {
	return extensionListSchema("the webhooks of each extension of a client (one request for the extensions, then one per extension)")
}

// List yields the webhooks of each extension of the client, or of the
// configured extension.
func (r *extensionEventResource) List(ctx context.Context, config tfsdk.Config, yield func(extensionEventModel) bool) error {
	events := r.Client.ExtensionEvents()
	return eachListedExtension(ctx, r.Client, config, func(clientID string, e api.Extension) (bool, error) {
		more := true
		err := events.Walk(ctx, api.ExtensionOwner(e.ID), func(in api.PhoneEvent) bool {
			m := extensionEventModel{ClientID: types.StringValue(clientID), ExtensionID: types.Int64Value(e.ID)}
			m.read(in)
			more = yield(m)
			return more
		})
		return more, err
	})
}

// DisplayName: "extension 372850: hangup -> POST https://… (webhook 7)".
func (r *extensionEventResource) DisplayName(m extensionEventModel) string {
	return fmt.Sprintf("extension %d: %s -> %s %s (webhook %d)", m.ExtensionID.ValueInt64(), m.EventType.ValueString(),
		m.Method.ValueString(), m.URL.ValueString(), m.EventID.ValueInt64())
}
