package pbx

import (
	"context"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// clientIDPattern: ids are integers; @me stands for the application's own client.
var clientIDPattern = regexp.MustCompile(`^(@me|[0-9]+)$`)

// clientIDAttribute is the client_id of every PBX resource.
func clientIDAttribute() schema.StringAttribute {
	return schema.StringAttribute{
		Optional: true,
		Computed: true,
		MarkdownDescription: "The PBX client the object belongs to: its numeric id, or `@me` for the client the " +
			"application belongs to. Defaults to the provider's `pbx.client_id`. Changing it, also through the " +
			"provider default, replaces the object. `@me` and the numeric id of the same client count as different " +
			"values here. The resource identity, and so `import { identity = … }` and `terraform query` results, name " +
			"the client by its numeric id: configuration imported that way sets `client_id` to that number (generated " +
			"configuration does).",
		Validators:    []validator.String{clientIDValidator()},
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
	}
}

// clientIDValidator accepts what a client_id may be: a numeric id or @me.
func clientIDValidator() validator.String {
	return stringvalidator.RegexMatches(clientIDPattern, "must be a numeric client id or @me")
}

// extensionClientIDAttribute is the client_id of the objects of one
// extension (its rules, phone settings, webhooks): their paths name the
// extension only, so another spelling of the client changes nothing there.
func extensionClientIDAttribute() schema.StringAttribute {
	a := clientIDAttribute()
	a.MarkdownDescription = "The PBX client the extension belongs to: its numeric id, or `@me` for the client the " +
		"application belongs to. Defaults to the provider's `pbx.client_id`. The API addresses these objects by the " +
		"extension alone, so changing `client_id` (say from `@me` to the numeric id) changes only the state, never " +
		"the PBX. The resource identity and `terraform query` name the client by its numeric id."
	return a
}

// planClientID fills client_id from the provider default when the
// configuration leaves it out, and replaces the object when the client
// changes. Resource-level, because an attribute plan modifier cannot see the
// provider's configuration.
func planClientID(ctx context.Context, client *api.Client, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if planned, prior, changed := planClientIDValue(ctx, client, req, resp); changed && !planned.Equal(prior) {
		resp.RequiresReplace = append(resp.RequiresReplace, path.Root("client_id"))
	}
}

// planExtensionClientID fills client_id from the provider default for the
// objects of an extension; a change is made in place (see
// extensionClientIDAttribute).
func planExtensionClientID(ctx context.Context, client *api.Client, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if planned, prior, changed := planClientIDValue(ctx, client, req, resp); changed && !planned.Equal(prior) {
		// The resource id starts with the client: the update sets it anew.
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("id"), types.StringUnknown())...)
	}
}

// planClientIDValue plans client_id, the configured one or the provider's
// default, and says whether there is a prior one to compare it with.
func planClientIDValue(ctx context.Context, client *api.Client, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) (planned, prior types.String, hasPrior bool) {
	if req.Plan.Raw.IsNull() || client == nil {
		return planned, prior, false // destroy, or the vendor is not configured (Configure said so)
	}
	var configured types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("client_id"), &configured)...)
	if resp.Diagnostics.HasError() {
		return planned, prior, false
	}
	planned = configured
	if configured.IsNull() {
		planned = types.StringValue(client.DefaultClientID())
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("client_id"), planned)...)
	}
	if req.State.Raw.IsNull() {
		return planned, prior, false
	}
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root("client_id"), &prior)...)
	return planned, prior, true
}

// objectID is the resource id and import ID: <client_id>/<object id>.
func objectID(clientID string, id int64) types.String {
	return types.StringValue(resourceid.JoinInt(clientID, id))
}
