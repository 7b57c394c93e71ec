package odorik

import (
	"context"
	"fmt"

	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type routeResource struct{ resourcekit.Base[*api.Client] }

func (r *routeResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A call-routing rule on an Odorik.cz public number: calls to `public_number` from " +
			"`source_number` (or from anyone, `*`) ring `ringing_number`. A rule for a specific caller wins over " +
			"the `*` rule. The API cannot change a rule, so changing a number replaces the rule.\n\n" +
			"A parallel ringing is a rule whose `source_number` is `*`: manage those either with this resource " +
			"or with `telecom_odorik_ringing`, not both, or the two will fight over the same rule.\n\n" +
			"If an identical rule (same public number, caller and target) already exists, creating this resource " +
			"adopts it instead of adding a duplicate, and destroying the resource deletes it.",
		Attributes: map[string]schema.Attribute{
			"id": resourcekit.IDAttribute("`<public_number>/<route_id>`, with the number in its `00…` form whatever its spelling in the configuration. Also the import ID."),
			"public_number": numbertype.Required(numbertype.PublicNumber(), "The public number the rule belongs to, in international form (`00420533533533`; "+
				"`+420533533533` is accepted and kept as written), or a SIP name. Changing it replaces the rule."),
			"source_number": numbertype.Required(numbertype.CallerNumber(), "The caller the rule applies to: `*` for any caller (lower priority than a "+
				"specific number), or a caller's number in international form. Changing it replaces the rule."),
			"ringing_number": numbertype.Required(numbertype.Target(), "Where the call goes: a number in international form, an Odorik line as "+
				"`*<line>` (e.g. `*754321`), a service code such as `*087<number>` (forward keeping the caller "+
				"id), or a SIP name. Changing it replaces the rule."),
			"route_id": resourcekit.AssignedID("The API's id of the rule."),
		},
	}
}

func (r *routeResource) Identify(m routeModel) string {
	if m.RouteID.IsNull() || m.RouteID.IsUnknown() {
		return fmt.Sprintf("the rule %s -> %s on %s", m.SourceNumber.ValueString(), m.RingingNumber.ValueString(), m.PublicNumber.ValueString())
	}
	return fmt.Sprintf("rule %d of %s", m.RouteID.ValueInt64(), m.PublicNumber.ValueString())
}

func (r *routeResource) Create(ctx context.Context, plan *routeModel, _ routeModel) error {
	route, err := r.Client.CreateRoute(ctx, plan.PublicNumber.Canonical(), plan.SourceNumber.Canonical(), plan.RingingNumber.Canonical())
	if err != nil {
		return err
	}
	plan.RouteID = types.Int64Value(route.ID)
	plan.ID = routeID(plan.PublicNumber, route.ID)
	return nil
}

func (r *routeResource) Read(ctx context.Context, state *routeModel) error {
	route, err := r.Client.Route(ctx, state.PublicNumber.Canonical(), state.RouteID.ValueInt64())
	if err != nil {
		return err
	}
	// Semantic equality keeps the user's spelling when these only differ in it.
	state.SourceNumber = numbertype.New(route.SourceNumber)
	state.RingingNumber = numbertype.New(route.RingingNumber)
	state.ID = routeID(state.PublicNumber, route.ID)
	return nil
}

// Update is reached only when a number's spelling changed ("+420…" to
// "00420…"): every real change replaces the rule. No API call is needed.
func (r *routeResource) Update(_ context.Context, plan *routeModel, state, _ routeModel) error {
	plan.RouteID = state.RouteID
	plan.ID = routeID(plan.PublicNumber, state.RouteID.ValueInt64())
	return nil
}

func (r *routeResource) Delete(ctx context.Context, state routeModel) error {
	return r.Client.DeleteRoute(ctx, state.PublicNumber.Canonical(), state.RouteID.ValueInt64())
}

func (r *routeResource) ImportID() resourceid.Format {
	return resourceid.Format{
		Parts:   []string{"public_number", "route_id"},
		Example: "00420533533533/123",
		Hint:    "see the ids in the telecom_odorik_routes data source",
	}
}

func (r *routeResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	id, err := resourceid.PositiveInt("route_id", parts[1])
	if err == nil {
		err = checkImportedNumber(parts[0])
	}
	if err != nil {
		return nil, err
	}
	number := numbertype.New(parts[0])
	return resourcekit.Attributes{"id": routeID(number, id), "public_number": number, "route_id": id}, nil
}

func (r *routeResource) IdentitySchema() identityschema.Schema {
	return identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"public_number": numberIdentity(),
		"route_id":      identityschema.Int64Attribute{RequiredForImport: true, Description: "The API's id of the rule."},
	}}
}

func (r *routeResource) Identity(_ context.Context, m routeModel) (resourcekit.Attributes, error) {
	return resourcekit.Attributes{"public_number": m.PublicNumber.Canonical(), "route_id": m.RouteID.ValueInt64()}, nil
}

func (r *routeResource) ListSchema() listschema.Schema { return numberFilterSchema("routing rules") }

// List yields every rule, parallel ringings (source `*`) included: import
// those either as routes or as ringings.
func (r *routeResource) List(ctx context.Context, config tfsdk.Config, yield func(routeModel) bool) error {
	return listPerNumber(ctx, r.Client, config, r.Client.Routes, func(number string, route api.Route) routeModel {
		m := routeModel{
			PublicNumber: numbertype.New(number), SourceNumber: numbertype.New(route.SourceNumber),
			RingingNumber: numbertype.New(route.RingingNumber), RouteID: types.Int64Value(route.ID),
		}
		m.ID = routeID(m.PublicNumber, route.ID)
		return m
	}, yield)
}

func (r *routeResource) DisplayName(m routeModel) string {
	return fmt.Sprintf("%s: %s -> %s", m.PublicNumber.ValueString(), m.SourceNumber.ValueString(), m.RingingNumber.ValueString())
}
