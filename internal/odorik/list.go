package odorik

import (
	"context"

	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

// numberFilter is the list block of the Odorik list resources.
type numberFilter struct {
	PublicNumber types.String `tfsdk:"public_number"`
}

func numberFilterSchema(what string) listschema.Schema {
	return listschema.Schema{
		MarkdownDescription: "Lists the " + what + " of one public number, or of every public number of the account " +
			"(SIP names included): one request per number.",
		Attributes: map[string]listschema.Attribute{
			"public_number": listschema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "The public number whose " + what + " to list, in international form (`00420…` or `+420…`), or a SIP name. Every public number of the account when left out.",
				Validators:          []validator.String{numbertype.PublicNumber()},
			},
		},
	}
}

// listPerNumber yields, for every public number the list block names, the
// models made of that number's listing: one request per number.
func listPerNumber[T, M any](ctx context.Context, c *api.Client, config tfsdk.Config,
	fetch func(ctx context.Context, number string) ([]T, error), model func(number string, item T) M, yield func(M) bool,
) error {
	numbers, err := publicNumbersToList(ctx, c, config)
	if err != nil {
		return err
	}
	for _, number := range numbers {
		items, err := fetch(ctx, number)
		if err != nil {
			return err
		}
		for _, item := range items {
			if !yield(model(number, item)) {
				return nil
			}
		}
	}
	return nil
}

// publicNumbersToList is the configured public number, canonical, or every
// public number of the account.
func publicNumbersToList(ctx context.Context, c *api.Client, config tfsdk.Config) ([]string, error) {
	var filter numberFilter
	if diags := config.Get(ctx, &filter); diags.HasError() {
		return nil, resourcekit.Diagnostics(diags)
	}
	if !filter.PublicNumber.IsNull() {
		return []string{phonenumber.Normalize(filter.PublicNumber.ValueString())}, nil
	}
	all, err := c.PublicNumbers(ctx, true, false)
	if err != nil {
		return nil, err
	}
	numbers := make([]string, 0, len(all))
	for _, n := range all {
		numbers = append(numbers, n.PublicNumber)
	}
	return numbers, nil
}

// numberIdentity is the identity schema's public_number.
func numberIdentity() identityschema.StringAttribute {
	return identityschema.StringAttribute{
		RequiredForImport: true,
		Description:       "The public number in its 00… form, or a SIP name.",
	}
}
