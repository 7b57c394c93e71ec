package docsschema_test

import (
	"context"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// kitchenSink is a provider that serves nothing but schemas, with every
// schema feature terraform providers schema -json prints: every attribute
// type, nested attributes and blocks in every nesting mode, item limits,
// description kinds, the attribute flags, schema versions, functions, an
// ephemeral resource, a resource identity, a list resource and an action.
// The telecom provider uses only some of them (the framework cannot even
// declare item limits or group blocks), and the export must be right for
// all of them.
//
// Terraform calls nothing else to print schemas; any other call panics on
// the nil ProviderServer, which fails the test loudly.
type kitchenSink struct {
	tfprotov6.ProviderServer
}

const kitchenSinkAddress = "registry.terraform.io/hashicorp/kitchensink"

func (kitchenSink) GetMetadata(context.Context, *tfprotov6.GetMetadataRequest) (*tfprotov6.GetMetadataResponse, error) {
	return &tfprotov6.GetMetadataResponse{}, nil
}

func (kitchenSink) GetProviderSchema(context.Context, *tfprotov6.GetProviderSchemaRequest) (*tfprotov6.GetProviderSchemaResponse, error) {
	return kitchenSinkSchema(), nil
}

func (kitchenSink) GetResourceIdentitySchemas(context.Context, *tfprotov6.GetResourceIdentitySchemasRequest) (*tfprotov6.GetResourceIdentitySchemasResponse, error) {
	return &tfprotov6.GetResourceIdentitySchemasResponse{
		IdentitySchemas: map[string]*tfprotov6.ResourceIdentitySchema{
			"kitchensink_thing": {
				Version: 2,
				IdentityAttributes: []*tfprotov6.ResourceIdentitySchemaAttribute{
					{Name: "name", Type: tftypes.String, RequiredForImport: true, Description: "The thing's name."},
					{Name: "region", Type: tftypes.String, OptionalForImport: true, Description: "Where it lives; the provider's region when omitted."},
					{Name: "ids", Type: tftypes.List{ElementType: tftypes.Number}, OptionalForImport: true},
				},
			},
			// Terraform keeps an identity only with its resource.
			"kitchensink_ghost": {
				IdentityAttributes: []*tfprotov6.ResourceIdentitySchemaAttribute{
					{Name: "id", Type: tftypes.String, RequiredForImport: true},
				},
			},
		},
	}, nil
}

func attr(name string, typ tftypes.Type, set func(*tfprotov6.SchemaAttribute)) *tfprotov6.SchemaAttribute {
	a := &tfprotov6.SchemaAttribute{Name: name, Type: typ, Optional: true}
	if set != nil {
		set(a)
	}
	return a
}

func nested(name string, mode tfprotov6.SchemaObjectNestingMode, set func(*tfprotov6.SchemaAttribute), attrs ...*tfprotov6.SchemaAttribute) *tfprotov6.SchemaAttribute {
	a := &tfprotov6.SchemaAttribute{
		Name:       name,
		NestedType: &tfprotov6.SchemaObject{Nesting: mode, Attributes: attrs},
		Optional:   true,
	}
	if set != nil {
		set(a)
	}
	return a
}

func required(a *tfprotov6.SchemaAttribute) { a.Optional, a.Required = false, true }
func computed(a *tfprotov6.SchemaAttribute) { a.Optional, a.Computed = false, true }
func optionalComputed(a *tfprotov6.SchemaAttribute) {
	a.Computed = true
}
func sensitive(a *tfprotov6.SchemaAttribute) { a.Sensitive = true }

func described(text string, kind tfprotov6.StringKind, more ...func(*tfprotov6.SchemaAttribute)) func(*tfprotov6.SchemaAttribute) {
	return func(a *tfprotov6.SchemaAttribute) {
		a.Description, a.DescriptionKind = text, kind
		for _, f := range more {
			f(a)
		}
	}
}

func kitchenSinkSchema() *tfprotov6.GetProviderSchemaResponse {
	object := tftypes.Object{
		AttributeTypes:     map[string]tftypes.Type{"a": tftypes.String, "b": tftypes.Number, "c": tftypes.List{ElementType: tftypes.Bool}},
		OptionalAttributes: map[string]struct{}{"b": {}},
	}
	md, plain := tfprotov6.StringKindMarkdown, tfprotov6.StringKindPlain

	thing := &tfprotov6.SchemaBlock{
		Description:     "A thing with **every** kind of attribute and block. Characters JSON escapes: <a> & \"b\" …",
		DescriptionKind: md,
		Attributes: []*tfprotov6.SchemaAttribute{
			attr("id", tftypes.String, described("The id.", plain, computed)),
			attr("name", tftypes.String, described("The `name`.", md, required)),
			attr("count", tftypes.Number, optionalComputed),
			attr("enabled", tftypes.Bool, nil),
			attr("anything", tftypes.DynamicPseudoType, nil),
			attr("tags", tftypes.Map{ElementType: tftypes.String}, nil),
			attr("ports", tftypes.Set{ElementType: tftypes.Number}, nil),
			attr("hosts", tftypes.List{ElementType: tftypes.String}, nil),
			attr("obj", object, nil),
			attr("objects", tftypes.List{ElementType: object}, nil),
			attr("tup", tftypes.Tuple{ElementTypes: []tftypes.Type{tftypes.String, tftypes.Number, tftypes.DynamicPseudoType}}, nil),
			attr("deep", tftypes.Map{ElementType: tftypes.Set{ElementType: tftypes.List{ElementType: tftypes.String}}}, nil),
			attr("password", tftypes.String, func(a *tfprotov6.SchemaAttribute) { a.Sensitive, a.WriteOnly = true, true }),
			attr("old", tftypes.String, func(a *tfprotov6.SchemaAttribute) { a.Deprecated = true }),
			attr("secret_out", tftypes.String, func(a *tfprotov6.SchemaAttribute) { computed(a); sensitive(a) }),
			nested("single_nested", tfprotov6.SchemaObjectNestingModeSingle, described("One object.", md),
				attr("a", tftypes.String, required),
				attr("b", tftypes.Number, optionalComputed),
				nested("inner", tfprotov6.SchemaObjectNestingModeList, nil,
					attr("c", tftypes.Bool, described("Deep inside.", plain)),
				),
			),
			nested("list_nested", tfprotov6.SchemaObjectNestingModeList, optionalComputed,
				attr("x", tftypes.String, nil),
			),
			nested("set_nested", tfprotov6.SchemaObjectNestingModeSet, nil,
				attr("y", tftypes.Number, required),
			),
			nested("map_nested", tfprotov6.SchemaObjectNestingModeMap, computed,
				attr("z", tftypes.String, func(a *tfprotov6.SchemaAttribute) { computed(a); sensitive(a) }),
			),
		},
		BlockTypes: []*tfprotov6.SchemaNestedBlock{
			{TypeName: "single_blk", Nesting: tfprotov6.SchemaNestedBlockNestingModeSingle, MinItems: 1, MaxItems: 1, Block: &tfprotov6.SchemaBlock{
				Description: "Exactly one.",
				Attributes:  []*tfprotov6.SchemaAttribute{attr("v", tftypes.String, required)},
			}},
			{TypeName: "optional_single", Nesting: tfprotov6.SchemaNestedBlockNestingModeSingle, Block: &tfprotov6.SchemaBlock{
				Attributes: []*tfprotov6.SchemaAttribute{attr("w", tftypes.Number, nil)},
			}},
			{TypeName: "group_blk", Nesting: tfprotov6.SchemaNestedBlockNestingModeGroup, Block: &tfprotov6.SchemaBlock{
				Attributes: []*tfprotov6.SchemaAttribute{attr("g", tftypes.String, optionalComputed)},
			}},
			{TypeName: "list_blk", Nesting: tfprotov6.SchemaNestedBlockNestingModeList, MinItems: 1, MaxItems: 3, Block: &tfprotov6.SchemaBlock{
				Description:     "Old, use `set_blk`.",
				DescriptionKind: md,
				Deprecated:      true,
				Attributes:      []*tfprotov6.SchemaAttribute{attr("l", tftypes.String, nil)},
				BlockTypes: []*tfprotov6.SchemaNestedBlock{
					{TypeName: "nested_list", Nesting: tfprotov6.SchemaNestedBlockNestingModeList, MaxItems: 2, Block: &tfprotov6.SchemaBlock{
						Attributes: []*tfprotov6.SchemaAttribute{attr("m", tftypes.Number, nil)},
					}},
				},
			}},
			{TypeName: "set_blk", Nesting: tfprotov6.SchemaNestedBlockNestingModeSet, MinItems: 2, Block: &tfprotov6.SchemaBlock{
				Attributes: []*tfprotov6.SchemaAttribute{attr("s", tftypes.String, required)},
			}},
			{TypeName: "map_blk", Nesting: tfprotov6.SchemaNestedBlockNestingModeMap, Block: &tfprotov6.SchemaBlock{
				Attributes: []*tfprotov6.SchemaAttribute{attr("k", tftypes.Bool, nil)},
			}},
			{TypeName: "empty_blk", Nesting: tfprotov6.SchemaNestedBlockNestingModeList, Block: &tfprotov6.SchemaBlock{}},
		},
	}

	return &tfprotov6.GetProviderSchemaResponse{
		Provider: &tfprotov6.Schema{Block: &tfprotov6.SchemaBlock{
			Description:     "The kitchen sink *provider*.",
			DescriptionKind: md,
			Attributes: []*tfprotov6.SchemaAttribute{
				attr("endpoint", tftypes.String, described("Where to.", plain)),
				attr("token", tftypes.String, sensitive),
				attr("legacy", tftypes.Bool, described("Ignored.", md, func(a *tfprotov6.SchemaAttribute) { a.Deprecated = true })),
			},
			BlockTypes: []*tfprotov6.SchemaNestedBlock{
				{TypeName: "retry", Nesting: tfprotov6.SchemaNestedBlockNestingModeSingle, Block: &tfprotov6.SchemaBlock{
					Attributes: []*tfprotov6.SchemaAttribute{attr("attempts", tftypes.Number, nil)},
				}},
			},
		}},
		ResourceSchemas: map[string]*tfprotov6.Schema{
			"kitchensink_thing": {Version: 3, Block: thing},
			"kitchensink_plain": {Block: &tfprotov6.SchemaBlock{
				Attributes: []*tfprotov6.SchemaAttribute{attr("id", tftypes.String, computed)},
			}},
		},
		DataSourceSchemas: map[string]*tfprotov6.Schema{
			"kitchensink_info": {Block: &tfprotov6.SchemaBlock{
				Description: "Facts.",
				Attributes: []*tfprotov6.SchemaAttribute{
					attr("id", tftypes.String, computed),
					attr("filter", tftypes.String, nil),
					nested("items", tfprotov6.SchemaObjectNestingModeList, computed,
						attr("n", tftypes.Number, computed),
					),
				},
			}},
		},
		EphemeralResourceSchemas: map[string]*tfprotov6.Schema{
			"kitchensink_token": {Block: &tfprotov6.SchemaBlock{
				Attributes: []*tfprotov6.SchemaAttribute{
					attr("value", tftypes.String, func(a *tfprotov6.SchemaAttribute) { computed(a); sensitive(a) }),
					attr("ttl", tftypes.Number, nil),
				},
			}},
		},
		ListResourceSchemas: map[string]*tfprotov6.Schema{
			"kitchensink_thing": {Version: 1, Block: &tfprotov6.SchemaBlock{
				Description: "Filters.",
				Attributes: []*tfprotov6.SchemaAttribute{
					attr("region", tftypes.String, required),
					attr("name_prefix", tftypes.String, described("Only names starting so.", md)),
				},
				BlockTypes: []*tfprotov6.SchemaNestedBlock{
					{TypeName: "tag", Nesting: tfprotov6.SchemaNestedBlockNestingModeList, Block: &tfprotov6.SchemaBlock{
						Attributes: []*tfprotov6.SchemaAttribute{attr("key", tftypes.String, required)},
					}},
				},
			}},
		},
		ActionSchemas: map[string]*tfprotov6.ActionSchema{
			"kitchensink_poke": {Schema: &tfprotov6.Schema{Block: &tfprotov6.SchemaBlock{
				Description: "Pokes a thing.",
				Attributes:  []*tfprotov6.SchemaAttribute{attr("target", tftypes.String, required)},
			}}},
		},
		Functions: map[string]*tfprotov6.Function{
			"join_all": {
				Summary:         "Joins everything.",
				Description:     "Joins `parts` with `sep`, then the *extras*.",
				DescriptionKind: md,
				Parameters: []*tfprotov6.FunctionParameter{
					{Name: "sep", Type: tftypes.String, Description: "The separator.", AllowNullValue: true},
					{Name: "parts", Type: tftypes.List{ElementType: tftypes.String}, Description: "The `parts`.", DescriptionKind: md},
				},
				VariadicParameter: &tfprotov6.FunctionParameter{Name: "extras", Type: tftypes.DynamicPseudoType, AllowUnknownValues: true},
				Return:            &tfprotov6.FunctionReturn{Type: object},
			},
			"legacy": {
				DeprecationMessage: "Use join_all.",
				Return:             &tfprotov6.FunctionReturn{Type: tftypes.Number},
			},
		},
	}
}
