package voipmundo

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/api"
)

// The model is the whole object: the schema is built from the field tables
// in customer_fields.go, so there is no struct to match it.
type customerDataSource struct{ resourcekit.Base[*api.Client] }

func (d *customerDataSource) Schema(context.Context) schema.Schema {
	attrs := map[string]schema.Attribute{
		"customer_id": schema.Int64Attribute{
			Optional: true,
			MarkdownDescription: "Which customer. Required with master and reseller credentials; leave it out with " +
				"subscriber (assinante) credentials, which read their own record.",
			Validators: []validator.Int64{int64validator.AtLeast(1)},
		},
		"finance": schema.SingleNestedAttribute{
			Computed:            true,
			MarkdownDescription: "Billing settings of the customer (`finance.*`).",
			Attributes:          nestedAttributes(financeFields),
		},
		"users": resourcekit.ComputedList("The customer's panel users (`users.*`). The users' own API tokens and keys are left out on purpose, so that no credential lands in the state; `api_access` says whether a user has them.", nestedAttributes(userFields)),
	}
	for name, a := range nestedAttributes(customerFields) {
		attrs[name] = a
	}
	return schema.Schema{
		MarkdownDescription: "The full record of a VoIP Mundo Telecom customer (\"cadastro completo\"): identity, " +
			"the `tem_*` feature flags as booleans, the `finance` settings and the panel `users`. Values the platform " +
			"sends as strings or as 0/1 flags arrive typed. Descriptions translate the vendor's Portuguese field table.",
		Attributes: attrs,
	}
}

func nestedAttributes(fields []field) map[string]schema.Attribute {
	out := make(map[string]schema.Attribute, len(fields))
	for _, f := range fields {
		switch f.kind {
		case kindInt:
			out[f.name] = schema.Int64Attribute{Computed: true, MarkdownDescription: f.description}
		case kindFloat:
			out[f.name] = schema.Float64Attribute{Computed: true, MarkdownDescription: f.description}
		case kindBool:
			out[f.name] = schema.BoolAttribute{Computed: true, MarkdownDescription: f.description}
		default:
			out[f.name] = schema.StringAttribute{Computed: true, MarkdownDescription: f.description}
		}
	}
	return out
}

func attrTypes(fields []field) map[string]attr.Type {
	out := make(map[string]attr.Type, len(fields))
	for _, f := range fields {
		switch f.kind {
		case kindInt:
			out[f.name] = types.Int64Type
		case kindFloat:
			out[f.name] = types.Float64Type
		case kindBool:
			out[f.name] = types.BoolType
		default:
			out[f.name] = types.StringType
		}
	}
	return out
}

func (d *customerDataSource) Identify(m types.Object) string {
	if id := customerIDOf(m); !id.IsNull() {
		return fmt.Sprintf("customer %d", id.ValueInt64())
	}
	return "your own customer record (no customer_id)"
}

func (d *customerDataSource) Read(ctx context.Context, m *types.Object) error {
	customerID := customerIDOf(*m)
	c, err := d.Client.Customer(ctx, customerID.ValueInt64())
	var apiErr *api.Error
	if errors.As(err, &apiErr) && apiErr.HTTPStatus == 422 && customerID.IsNull() {
		return resourcekit.Problem("Error reading VoIP Mundo customer", fmt.Sprintf("Could not read %s: %s\n\n"+
			"These credentials are master or reseller credentials: set customer_id to the customer to read.", d.Identify(*m), err))
	}
	if err != nil {
		return err
	}
	state, diags := customerState(customerID, c)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	*m, diags = types.ObjectValue(m.AttributeTypes(ctx), state)
	return resourcekit.Diagnostics(diags)
}

func customerIDOf(m types.Object) types.Int64 {
	id, _ := m.Attributes()["customer_id"].(types.Int64) // the schema makes it an Int64
	return id
}

// customerState converts the record, attribute by attribute. A value that
// does not have its field's type is an error naming the field, not a silent null.
func customerState(customerID types.Int64, c api.Customer) (map[string]attr.Value, diag.Diagnostics) {
	var diags diag.Diagnostics
	out := map[string]attr.Value{"customer_id": customerID}
	for name, v := range convert(customerFields, c.Fields, "", &diags) {
		out[name] = v
	}
	finance := types.ObjectNull(attrTypes(financeFields))
	if c.Finance != nil {
		var d diag.Diagnostics
		finance, d = types.ObjectValue(attrTypes(financeFields), convert(financeFields, c.Finance, "finance.", &diags))
		diags.Append(d...)
	}
	out["finance"] = finance
	userType := types.ObjectType{AttrTypes: attrTypes(userFields)}
	users := make([]attr.Value, 0, len(c.Users))
	for i, u := range c.Users {
		obj, d := types.ObjectValue(userType.AttrTypes, convert(userFields, u, fmt.Sprintf("users[%d].", i), &diags))
		diags.Append(d...)
		users = append(users, obj)
	}
	list, d := types.ListValue(userType, users)
	diags.Append(d...)
	out["users"] = list
	return out, diags
}

// convert types the values of one table; absent and null values are null.
func convert(fields []field, values map[string]api.Flex, prefix string, diags *diag.Diagnostics) map[string]attr.Value {
	out := make(map[string]attr.Value, len(fields))
	for _, f := range fields {
		v, ok := values[f.name]
		var err error
		switch f.kind {
		case kindInt:
			out[f.name] = types.Int64Null()
			if ok && !v.IsNull() {
				var n int64
				n, err = v.Int64()
				out[f.name] = types.Int64Value(n)
			}
		case kindFloat:
			out[f.name] = types.Float64Null()
			if ok && !v.IsNull() {
				var x float64
				x, err = v.Float64()
				out[f.name] = types.Float64Value(x)
			}
		case kindBool:
			out[f.name] = types.BoolNull()
			if ok && !v.IsNull() {
				var b bool
				b, err = v.Bool()
				out[f.name] = types.BoolValue(b)
			}
		default:
			out[f.name] = types.StringNull()
			if ok && v.String() != "" {
				out[f.name] = types.StringValue(v.String())
			}
		}
		if err != nil {
			diags.AddError("Unexpected value in the VoIP Mundo customer record",
				fmt.Sprintf("Field %s%s: %s. The provider may need an update for this platform version.", prefix, f.name, err))
		}
	}
	return out
}
