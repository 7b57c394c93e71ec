package odorik

import (
	"context"
	"errors"
	"fmt"

	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

type ringingResource struct{ resourcekit.Base[*api.Client] }

func (r *ringingResource) Schema(context.Context) schema.Schema {
	return schema.Schema{
		MarkdownDescription: "One parallel-ringing target of an Odorik.cz public number: every call to `public_number` " +
			"also rings `ringing_number`. Declare one resource per target.\n\n" +
			"At Odorik a parallel ringing is a routing rule whose caller (`source_number`) is `*`, so it also shows " +
			"in the `telecom_odorik_routes` data source. Manage such a rule with this resource or with " +
			"`telecom_odorik_route`, not both. A target that is already set up is adopted on create.",
		Attributes: map[string]schema.Attribute{
			"id": resourcekit.IDAttribute("`<public_number>/<ringing_number>`, with numbers in their `00…` form whatever their spelling in the configuration. Also the import ID."),
			"public_number": numbertype.Required(numbertype.PublicNumber(), "The public number, in international form (`00420533533533`; `+420533533533` is "+
				"accepted and kept as written), or a SIP name. Changing it replaces the ringing."),
			"ringing_number": numbertype.Required(numbertype.Target(), "The number that rings too: a number in international form, an Odorik line as "+
				"`*<line>`, or a SIP name. Changing it replaces the ringing."),
		},
	}
}

func (r *ringingResource) Identify(m ringingModel) string {
	return fmt.Sprintf("the parallel ringing %s of %s", m.RingingNumber.ValueString(), m.PublicNumber.ValueString())
}

func (r *ringingResource) Create(ctx context.Context, plan *ringingModel, _ ringingModel) error {
	if _, err := r.Client.CreateRinging(ctx, plan.PublicNumber.Canonical(), plan.RingingNumber.Canonical()); err != nil {
		return err
	}
	plan.ID = ringingID(plan.PublicNumber, plan.RingingNumber)
	return nil
}

func (r *ringingResource) Read(ctx context.Context, state *ringingModel) error {
	ringing, err := r.Client.Ringing(ctx, state.PublicNumber.Canonical(), state.RingingNumber.Canonical())
	if err != nil {
		return err
	}
	state.RingingNumber = numbertype.New(ringing.RingingNumber)
	return nil
}

// Update is reached only when a number's spelling changed; no API call is needed.
func (r *ringingResource) Update(_ context.Context, plan *ringingModel, _, _ ringingModel) error {
	plan.ID = ringingID(plan.PublicNumber, plan.RingingNumber)
	return nil
}

func (r *ringingResource) Delete(ctx context.Context, state ringingModel) error {
	return r.Client.DeleteRinging(ctx, state.PublicNumber.Canonical(), state.RingingNumber.Canonical())
}

func (r *ringingResource) ImportID() resourceid.Format {
	return resourceid.Format{Parts: []string{"public_number", "ringing_number"}, Example: "00420533533533/*754321"}
}

func (r *ringingResource) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	if err := errors.Join(checkImportedNumber(parts[0]), checkImportedTarget(parts[1])); err != nil {
		return nil, err
	}
	number, target := numbertype.New(parts[0]), numbertype.New(parts[1])
	return resourcekit.Attributes{"id": ringingID(number, target), "public_number": number, "ringing_number": target}, nil
}

func (r *ringingResource) IdentitySchema() identityschema.Schema {
	return identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"public_number":  numberIdentity(),
		"ringing_number": identityschema.StringAttribute{RequiredForImport: true, Description: "The number that rings too, in its 00… form, a line as *<line>, or a SIP name."},
	}}
}

func (r *ringingResource) Identity(_ context.Context, m ringingModel) (resourcekit.Attributes, error) {
	return resourcekit.Attributes{"public_number": m.PublicNumber.Canonical(), "ringing_number": m.RingingNumber.Canonical()}, nil
}

func (r *ringingResource) ListSchema() listschema.Schema {
	return numberFilterSchema("parallel ringings")
}

func (r *ringingResource) List(ctx context.Context, config tfsdk.Config, yield func(ringingModel) bool) error {
	return listPerNumber(ctx, r.Client, config, r.Client.Ringings, func(number string, ringing api.Ringing) ringingModel {
		m := ringingModel{PublicNumber: numbertype.New(number), RingingNumber: numbertype.New(ringing.RingingNumber)}
		m.ID = ringingID(m.PublicNumber, m.RingingNumber)
		return m
	}, yield)
}

func (r *ringingResource) DisplayName(m ringingModel) string {
	return fmt.Sprintf("%s also rings %s", m.PublicNumber.ValueString(), m.RingingNumber.ValueString())
}
