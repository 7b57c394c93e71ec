package pbx

import (
	"context"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

// validateConditions checks every known condition with the interval rules
// and reports each problem on conditions[i].<field>.
func validateConditions(ctx context.Context, list types.List, at path.Path, diags *diag.Diagnostics) {
	resourcekit.EachKnownObject(ctx, list, diags, func(i int, m conditionModel) {
		c, unknown := m.semantic()
		explicit := m.explicitZeros()
		for _, field := range explicit {
			addProblem(diags, at.AtListIndex(i).AtName(field), "Invalid interval condition",
				interval.ZeroProblem(field))
		}
		// A field written as 0 or "" is reported above; to the rules below
		// it is neither set nor unset, so they skip it.
		skip := func(field string) bool { return unknown(field) || slices.Contains(explicit, field) }
		for _, p := range c.Validate(skip) {
			where := at.AtListIndex(i)
			if p.Field != "" {
				where = where.AtName(p.Field)
			}
			addProblem(diags, where, "Invalid interval condition", p.Detail)
		}
	})
}

// addProblem reports a problem on an attribute and names the attribute in
// the text too: Terraform cannot point into a list element's attributes in
// the configuration, so it would only show the resource.
func addProblem(diags *diag.Diagnostics, where path.Path, summary, detail string) {
	diags.AddAttributeError(where, summary, "Attribute "+where.String()+" "+detail)
}

// stringCheck is a validator made of a description and a check.
type stringCheck struct {
	description string
	check       func(string) string // "" when fine, else the problem
}

func (v stringCheck) Description(context.Context) string         { return v.description }
func (v stringCheck) MarkdownDescription(context.Context) string { return v.description }

func (v stringCheck) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	// The text names the attribute, as the framework's validators do:
	// Terraform cannot point into a list element in the configuration.
	if problem := v.check(req.ConfigValue.ValueString()); problem != "" {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", "Attribute "+req.Path.String()+" "+problem)
	}
}

func ianaTimezone() validator.String {
	return stringCheck{description: "an IANA time zone name", check: func(s string) string {
		if _, err := interval.LoadTimezone(s); err != nil {
			return err.Error() + "."
		}
		return ""
	}}
}

func notBlank() validator.String {
	return stringCheck{description: "not empty", check: func(s string) string {
		if strings.TrimSpace(s) == "" {
			return "must not be empty."
		}
		return ""
	}}
}
