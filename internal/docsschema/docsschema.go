// Package docsschema exports a provider's schema the way
// `terraform providers schema -json` prints it, without Terraform: it serves
// the provider in-process and asks it over the plugin protocol
// (GetProviderSchema, GetResourceIdentitySchemas), as Terraform does.
//
// make generate hands the result to tfplugindocs (--providers-schema), so the
// documentation describes everything the provider has, resource identities
// (Terraform 1.12+) and list resources (1.14+) included, whatever terraform
// is installed, and is the same on every machine.
//
// The conversion follows Terraform's own (internal/plugin6/convert, then
// internal/command/jsonprovider and jsonfunction): types go through cty's
// JSON form, which is what tftypes marshals to on the wire; descriptions
// keep their kind; a list resource's schema is its config block, as
// Terraform prints it.
package docsschema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// FormatVersion is the format_version terraform providers schema -json
// prints.
const FormatVersion = "1.0"

// DocsAddress is the address tfplugindocs looks a provider named NAME up
// by in a providers schema file: "NAME" or
// "registry.terraform.io/hashicorp/NAME" (the address its own terraform run
// installs the provider at), never the provider's real registry address.
func DocsAddress(name string) string {
	return "registry.terraform.io/hashicorp/" + name
}

// Export asks server for its schemas and returns them as terraform
// providers schema -json would print them, with the provider at address.
// Error diagnostics from the provider fail the export.
func Export(ctx context.Context, server tfprotov6.ProviderServer, address string) (*tfjson.ProviderSchemas, error) {
	resp, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		return nil, fmt.Errorf("GetProviderSchema: %w", err)
	}
	if err := diagnosticsError("GetProviderSchema", resp.Diagnostics); err != nil {
		return nil, err
	}
	if resp.Provider == nil {
		return nil, errors.New("GetProviderSchema: missing provider schema")
	}
	if len(resp.StateStoreSchemas) > 0 {
		// terraform providers schema -json (1.14) does not print them and
		// terraform-json has no field for them: say so rather than drop them.
		return nil, errors.New("GetProviderSchema: the provider has state stores, which this export does not cover")
	}

	idResp, err := server.GetResourceIdentitySchemas(ctx, &tfprotov6.GetResourceIdentitySchemasRequest{})
	if err != nil {
		return nil, fmt.Errorf("GetResourceIdentitySchemas: %w", err)
	}
	if err := diagnosticsError("GetResourceIdentitySchemas", idResp.Diagnostics); err != nil {
		return nil, err
	}

	ps := &tfjson.ProviderSchema{
		ConfigSchema:             convertSchema(resp.Provider),
		ResourceSchemas:          convertSchemas(resp.ResourceSchemas),
		DataSourceSchemas:        convertSchemas(resp.DataSourceSchemas),
		EphemeralResourceSchemas: convertSchemas(resp.EphemeralResourceSchemas),
		// Terraform wraps a list resource's schema in a "config" block
		// internally and unwraps it again for this output: what is printed
		// is the schema the provider declares.
		ListResourceSchemas:     convertSchemas(resp.ListResourceSchemas),
		ResourceIdentitySchemas: map[string]*tfjson.IdentitySchema{},
	}
	for name, s := range resp.ActionSchemas {
		if ps.ActionSchemas == nil {
			ps.ActionSchemas = map[string]*tfjson.ActionSchema{}
		}
		var block *tfjson.SchemaBlock
		if s != nil && s.Schema != nil {
			block = convertBlock(s.Schema.Block)
		}
		ps.ActionSchemas[name] = &tfjson.ActionSchema{Block: block}
	}
	for name, id := range idResp.IdentitySchemas {
		// Terraform keeps an identity only with the resource it belongs to.
		if _, ok := resp.ResourceSchemas[name]; !ok || id == nil {
			continue
		}
		ps.ResourceIdentitySchemas[name] = convertIdentity(id)
	}
	if resp.Functions != nil {
		ps.Functions = make(map[string]*tfjson.FunctionSignature, len(resp.Functions))
		for name, f := range resp.Functions {
			sig, err := convertFunction(f)
			if err != nil {
				return nil, fmt.Errorf("function %q: %w", name, err)
			}
			ps.Functions[name] = sig
		}
	}

	return &tfjson.ProviderSchemas{
		FormatVersion: FormatVersion,
		Schemas:       map[string]*tfjson.ProviderSchema{address: ps},
	}, nil
}

// Marshal is the JSON of schemas, as terraform prints it (compact), with a
// final newline.
func Marshal(schemas *tfjson.ProviderSchemas) ([]byte, error) {
	b, err := json.Marshal(schemas)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func diagnosticsError(rpc string, diags []*tfprotov6.Diagnostic) error {
	var msgs []string
	for _, d := range diags {
		if d != nil && d.Severity == tfprotov6.DiagnosticSeverityError {
			msgs = append(msgs, strings.TrimSpace(d.Summary+": "+d.Detail))
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	return fmt.Errorf("%s: %s", rpc, strings.Join(msgs, "; "))
}

func convertSchemas(in map[string]*tfprotov6.Schema) map[string]*tfjson.Schema {
	out := make(map[string]*tfjson.Schema, len(in))
	for name, s := range in {
		out[name] = convertSchema(s)
	}
	return out
}

func convertSchema(s *tfprotov6.Schema) *tfjson.Schema {
	if s == nil || s.Block == nil {
		return &tfjson.Schema{}
	}
	return &tfjson.Schema{
		Version: uint64(s.Version),
		Block:   convertBlock(s.Block),
	}
}

func descriptionKind(k tfprotov6.StringKind) tfjson.SchemaDescriptionKind {
	if k == tfprotov6.StringKindMarkdown {
		return tfjson.SchemaDescriptionKindMarkdown
	}
	return tfjson.SchemaDescriptionKindPlain
}

func convertBlock(b *tfprotov6.SchemaBlock) *tfjson.SchemaBlock {
	if b == nil {
		return &tfjson.SchemaBlock{}
	}
	out := &tfjson.SchemaBlock{
		Description:     b.Description,
		DescriptionKind: descriptionKind(b.DescriptionKind),
		Deprecated:      b.Deprecated,
	}
	if len(b.Attributes) > 0 {
		out.Attributes = convertAttributes(b.Attributes)
	}
	if len(b.BlockTypes) > 0 {
		out.NestedBlocks = make(map[string]*tfjson.SchemaBlockType, len(b.BlockTypes))
		for _, nb := range b.BlockTypes {
			if nb == nil {
				continue
			}
			out.NestedBlocks[nb.TypeName] = &tfjson.SchemaBlockType{
				NestingMode: blockNestingMode(nb.Nesting),
				Block:       convertBlock(nb.Block),
				MinItems:    uint64(nb.MinItems),
				MaxItems:    uint64(nb.MaxItems),
			}
		}
	}
	return out
}

func convertAttributes(attrs []*tfprotov6.SchemaAttribute) map[string]*tfjson.SchemaAttribute {
	out := make(map[string]*tfjson.SchemaAttribute, len(attrs))
	for _, a := range attrs {
		if a == nil {
			continue
		}
		attr := &tfjson.SchemaAttribute{
			Description:     a.Description,
			DescriptionKind: descriptionKind(a.DescriptionKind),
			Deprecated:      a.Deprecated,
			Required:        a.Required,
			Optional:        a.Optional,
			Computed:        a.Computed,
			Sensitive:       a.Sensitive,
			WriteOnly:       a.WriteOnly,
		}
		setType(a.Type, &attr.AttributeType)
		if a.NestedType != nil {
			// Terraform prints no item limits for nested attributes.
			attr.AttributeNestedType = &tfjson.SchemaNestedAttributeType{
				Attributes:  convertAttributes(a.NestedType.Attributes),
				NestingMode: objectNestingMode(a.NestedType.Nesting),
			}
		}
		out[a.Name] = attr
	}
	return out
}

// setType stores t in dst (a cty.Type) the way Terraform reads a type off
// the wire: tftypes' JSON, unmarshalled as a cty type. A nil t leaves dst
// the nil type, which is printed as no type at all.
func setType(t tftypes.Type, dst any) {
	if t == nil {
		return
	}
	// MarshalJSON never fails for the types a schema can hold.
	b, err := t.MarshalJSON() //nolint:staticcheck // the wire form is what Terraform reads
	if err != nil {
		panic(fmt.Sprintf("docsschema: marshal type %s: %s", t, err))
	}
	if err := json.Unmarshal(b, dst); err != nil {
		panic(fmt.Sprintf("docsschema: type %s is not a cty type: %s", b, err))
	}
}

func blockNestingMode(m tfprotov6.SchemaNestedBlockNestingMode) tfjson.SchemaNestingMode {
	switch m {
	case tfprotov6.SchemaNestedBlockNestingModeSingle:
		return tfjson.SchemaNestingModeSingle
	case tfprotov6.SchemaNestedBlockNestingModeGroup:
		return tfjson.SchemaNestingModeGroup
	case tfprotov6.SchemaNestedBlockNestingModeList:
		return tfjson.SchemaNestingModeList
	case tfprotov6.SchemaNestedBlockNestingModeSet:
		return tfjson.SchemaNestingModeSet
	case tfprotov6.SchemaNestedBlockNestingModeMap:
		return tfjson.SchemaNestingModeMap
	default:
		return "invalid"
	}
}

func objectNestingMode(m tfprotov6.SchemaObjectNestingMode) tfjson.SchemaNestingMode {
	switch m {
	case tfprotov6.SchemaObjectNestingModeSingle:
		return tfjson.SchemaNestingModeSingle
	case tfprotov6.SchemaObjectNestingModeList:
		return tfjson.SchemaNestingModeList
	case tfprotov6.SchemaObjectNestingModeSet:
		return tfjson.SchemaNestingModeSet
	case tfprotov6.SchemaObjectNestingModeMap:
		return tfjson.SchemaNestingModeMap
	default:
		return "invalid"
	}
}

func convertIdentity(id *tfprotov6.ResourceIdentitySchema) *tfjson.IdentitySchema {
	out := &tfjson.IdentitySchema{
		Version:    uint64(id.Version),
		Attributes: make(map[string]*tfjson.IdentityAttribute, len(id.IdentityAttributes)),
	}
	for _, a := range id.IdentityAttributes {
		if a == nil {
			continue
		}
		attr := &tfjson.IdentityAttribute{
			Description:       a.Description,
			RequiredForImport: a.RequiredForImport,
			OptionalForImport: a.OptionalForImport,
		}
		setType(a.Type, &attr.IdentityType)
		out.Attributes[a.Name] = attr
	}
	return out
}

func convertFunction(f *tfprotov6.Function) (*tfjson.FunctionSignature, error) {
	if f == nil || f.Return == nil || f.Return.Type == nil {
		return nil, errors.New("no return type")
	}
	sig := &tfjson.FunctionSignature{
		Description:        f.Description,
		Summary:            f.Summary,
		DeprecationMessage: f.DeprecationMessage,
	}
	setType(f.Return.Type, &sig.ReturnType)
	if len(f.Parameters) > 0 {
		sig.Parameters = make([]*tfjson.FunctionParameter, len(f.Parameters))
		for i, p := range f.Parameters {
			param, err := convertParameter(p)
			if err != nil {
				return nil, fmt.Errorf("parameter %d: %w", i, err)
			}
			sig.Parameters[i] = param
		}
	}
	if f.VariadicParameter != nil {
		param, err := convertParameter(f.VariadicParameter)
		if err != nil {
			return nil, fmt.Errorf("variadic parameter: %w", err)
		}
		sig.VariadicParameter = param
	}
	return sig, nil
}

func convertParameter(p *tfprotov6.FunctionParameter) (*tfjson.FunctionParameter, error) {
	if p == nil || p.Type == nil {
		return nil, errors.New("no type")
	}
	param := &tfjson.FunctionParameter{
		Name:        p.Name,
		Description: p.Description,
		IsNullable:  p.AllowNullValue,
	}
	setType(p.Type, &param.Type)
	return param, nil
}
