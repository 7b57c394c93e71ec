package acctest

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/provider"
)

// Protocol drives the provider the way Terraform does, through tfprotov6,
// for what the Terraform on CI (1.11) cannot drive: resource identity
// (1.12+) and list resources (1.14+). It is configured for one vendor
// environment.
type Protocol struct {
	t          *testing.T
	server     listingServer
	schemas    *tfprotov6.GetProviderSchemaResponse
	identities *tfprotov6.GetResourceIdentitySchemasResponse
}

// listingServer is a provider server that also serves list resources.
type listingServer interface {
	tfprotov6.ProviderServer
	tfprotov6.ListResourceServer
}

// Values are attribute values by name: string, int64, bool, nil (null), or
// a tftypes.Value.
type Values map[string]any

// NewProtocol starts the provider and configures it for env.
func NewProtocol(t *testing.T, env interface {
	blockSettings() (string, map[string]string)
}) *Protocol {
	t.Helper()
	ctx := context.Background()
	server, ok := providerserver.NewProtocol6(provider.New("acctest")())().(listingServer)
	if !ok {
		t.Fatal("the provider server does not serve list resources")
	}
	p := &Protocol{t: t, server: server}
	var err error
	if p.schemas, err = server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{}); err != nil {
		t.Fatal(err)
	}
	p.requireNoErrors("GetProviderSchema", p.schemas.Diagnostics)
	if p.identities, err = server.GetResourceIdentitySchemas(ctx, &tfprotov6.GetResourceIdentitySchemasRequest{}); err != nil {
		t.Fatal(err)
	}
	p.requireNoErrors("GetResourceIdentitySchemas", p.identities.Diagnostics)

	providerType := objectType(t, p.schemas.Provider.ValueType())
	values := Values{}
	if block, settings := env.blockSettings(); settings != nil {
		blockValues := Values{}
		for name, v := range settings {
			blockValues[name] = v
		}
		values[block] = objectValue(t, objectType(t, providerType.AttributeTypes[block]), blockValues)
	}
	config := p.dynamic(providerType, objectValue(t, providerType, values))
	resp, err := server.ConfigureProvider(ctx, &tfprotov6.ConfigureProviderRequest{TerraformVersion: "1.14.0", Config: config})
	if err != nil {
		t.Fatal(err)
	}
	p.requireNoErrors("ConfigureProvider", resp.Diagnostics)
	return p
}

// ListResult is one decoded list result.
type ListResult struct {
	DisplayName string
	Identity    map[string]tftypes.Value
	Resource    map[string]tftypes.Value // nil unless the resource was asked for
	Diagnostics []*tfprotov6.Diagnostic
}

// List runs the list resource typeName with the given list block values.
func (p *Protocol) List(typeName string, config Values, includeResource bool, limit int64) []ListResult {
	p.t.Helper()
	listSchema, ok := p.schemas.ListResourceSchemas[typeName]
	if !ok {
		p.t.Fatalf("%s has no list resource", typeName)
	}
	configType := objectType(p.t, listSchema.ValueType())
	stream, err := p.server.ListResource(context.Background(), &tfprotov6.ListResourceRequest{
		TypeName: typeName, Config: p.dynamic(configType, objectValue(p.t, configType, config)),
		IncludeResource: includeResource, Limit: limit,
	})
	if err != nil {
		p.t.Fatal(err)
	}
	var out []ListResult
	for r := range stream.Results {
		result := ListResult{DisplayName: r.DisplayName, Diagnostics: r.Diagnostics}
		if r.Identity != nil && r.Identity.IdentityData != nil {
			result.Identity = p.decode(p.identityType(typeName), r.Identity.IdentityData)
		}
		if r.Resource != nil {
			result.Resource = p.decode(p.resourceType(typeName), r.Resource)
		}
		out = append(out, result)
	}
	return out
}

// ImportByIdentity imports typeName as import { identity = … } does.
func (p *Protocol) ImportByIdentity(typeName string, identity Values) (state, newIdentity map[string]tftypes.Value, diags []*tfprotov6.Diagnostic) {
	p.t.Helper()
	idType := p.identityType(typeName)
	return p.importState(&tfprotov6.ImportResourceStateRequest{
		TypeName: typeName,
		Identity: &tfprotov6.ResourceIdentityData{IdentityData: p.dynamic(idType, objectValue(p.t, idType, identity))},
	})
}

// ImportByID imports typeName as terraform import does.
func (p *Protocol) ImportByID(typeName, id string) (state, identity map[string]tftypes.Value, diags []*tfprotov6.Diagnostic) {
	p.t.Helper()
	return p.importState(&tfprotov6.ImportResourceStateRequest{TypeName: typeName, ID: id})
}

func (p *Protocol) importState(req *tfprotov6.ImportResourceStateRequest) (state, identity map[string]tftypes.Value, diags []*tfprotov6.Diagnostic) {
	p.t.Helper()
	resp, err := p.server.ImportResourceState(context.Background(), req)
	if err != nil {
		p.t.Fatal(err)
	}
	if len(resp.ImportedResources) != 1 {
		return nil, nil, resp.Diagnostics
	}
	imported := resp.ImportedResources[0]
	state = p.decode(p.resourceType(req.TypeName), imported.State)
	if imported.Identity != nil {
		identity = p.decode(p.identityType(req.TypeName), imported.Identity.IdentityData)
	}
	return state, identity, resp.Diagnostics
}

// Read refreshes a state; identity nil is state written before identities
// existed. A removed resource comes back as a nil state.
func (p *Protocol) Read(typeName string, state map[string]tftypes.Value, identity map[string]tftypes.Value) (newState, newIdentity map[string]tftypes.Value, diags []*tfprotov6.Diagnostic) {
	p.t.Helper()
	resType, idType := p.resourceType(typeName), p.identityType(typeName)
	req := &tfprotov6.ReadResourceRequest{TypeName: typeName, CurrentState: p.dynamic(resType, tftypes.NewValue(resType, state))}
	if identity != nil {
		req.CurrentIdentity = &tfprotov6.ResourceIdentityData{IdentityData: p.dynamic(idType, tftypes.NewValue(idType, identity))}
	}
	resp, err := p.server.ReadResource(context.Background(), req)
	if err != nil {
		p.t.Fatal(err)
	}
	if resp.NewState != nil {
		newState = p.decode(resType, resp.NewState)
	}
	if resp.NewIdentity != nil {
		newIdentity = p.decode(idType, resp.NewIdentity.IdentityData)
	}
	return newState, newIdentity, resp.Diagnostics
}

// Apply plans and applies typeName as terraform apply does: from prior
// (nil to create) to the configuration values. It returns the new state
// and identity, or the diagnostics of the step that failed.
func (p *Protocol) Apply(typeName string, prior, priorIdentity map[string]tftypes.Value, config Values) (state, identity map[string]tftypes.Value, diags []*tfprotov6.Diagnostic) {
	p.t.Helper()
	ctx := context.Background()
	resType, idType := p.resourceType(typeName), p.identityType(typeName)
	configValue := objectValue(p.t, resType, config)
	priorValue := tftypes.NewValue(resType, nil)
	if prior != nil {
		priorValue = tftypes.NewValue(resType, prior)
	}
	var priorID *tfprotov6.ResourceIdentityData
	if priorIdentity != nil {
		priorID = &tfprotov6.ResourceIdentityData{IdentityData: p.dynamic(idType, tftypes.NewValue(idType, priorIdentity))}
	}
	plan, err := p.server.PlanResourceChange(ctx, &tfprotov6.PlanResourceChangeRequest{
		TypeName: typeName, PriorState: p.dynamic(resType, priorValue), Config: p.dynamic(resType, configValue),
		ProposedNewState: p.dynamic(resType, p.proposed(typeName, prior, configValue)), PriorIdentity: priorID,
	})
	if err != nil {
		p.t.Fatal(err)
	}
	if len(Errors(plan.Diagnostics)) > 0 {
		return nil, nil, plan.Diagnostics
	}
	applied, err := p.server.ApplyResourceChange(ctx, &tfprotov6.ApplyResourceChangeRequest{
		TypeName: typeName, PriorState: p.dynamic(resType, priorValue), PlannedState: plan.PlannedState,
		Config: p.dynamic(resType, configValue), PlannedPrivate: plan.PlannedPrivate, PlannedIdentity: plan.PlannedIdentity,
	})
	if err != nil {
		p.t.Fatal(err)
	}
	if applied.NewState != nil {
		state = p.decode(resType, applied.NewState)
	}
	if applied.NewIdentity != nil {
		identity = p.decode(idType, applied.NewIdentity.IdentityData)
	}
	return state, identity, applied.Diagnostics
}

// proposed is what Terraform proposes before the provider plans: the
// configuration, with the prior value of every computed attribute the
// configuration leaves out.
func (p *Protocol) proposed(typeName string, prior map[string]tftypes.Value, config tftypes.Value) tftypes.Value {
	p.t.Helper()
	var values map[string]tftypes.Value
	if err := config.As(&values); err != nil {
		p.t.Fatal(err)
	}
	for _, a := range p.schemas.ResourceSchemas[typeName].Block.Attributes {
		if a.Computed && values[a.Name].IsNull() && prior != nil {
			values[a.Name] = prior[a.Name]
		}
	}
	return tftypes.NewValue(config.Type(), values)
}

// State builds a state of typeName from values; attributes left out are null.
func (p *Protocol) State(typeName string, values Values) map[string]tftypes.Value {
	p.t.Helper()
	v := objectValue(p.t, p.resourceType(typeName), values)
	var out map[string]tftypes.Value
	if err := v.As(&out); err != nil {
		p.t.Fatal(err)
	}
	return out
}

func (p *Protocol) resourceType(typeName string) tftypes.Object {
	p.t.Helper()
	s, ok := p.schemas.ResourceSchemas[typeName]
	if !ok {
		p.t.Fatalf("no resource %s", typeName)
	}
	return objectType(p.t, s.ValueType())
}

func (p *Protocol) identityType(typeName string) tftypes.Object {
	p.t.Helper()
	s, ok := p.identities.IdentitySchemas[typeName]
	if !ok {
		p.t.Fatalf("%s has no identity schema", typeName)
	}
	return objectType(p.t, s.ValueType())
}

func (p *Protocol) dynamic(typ tftypes.Type, v tftypes.Value) *tfprotov6.DynamicValue {
	p.t.Helper()
	dv, err := tfprotov6.NewDynamicValue(typ, v)
	if err != nil {
		p.t.Fatal(err)
	}
	return &dv
}

func (p *Protocol) decode(typ tftypes.Object, dv *tfprotov6.DynamicValue) map[string]tftypes.Value {
	p.t.Helper()
	v, err := dv.Unmarshal(typ)
	if err != nil {
		p.t.Fatal(err)
	}
	if v.IsNull() {
		return nil
	}
	var out map[string]tftypes.Value
	if err := v.As(&out); err != nil {
		p.t.Fatal(err)
	}
	return out
}

func (p *Protocol) requireNoErrors(call string, diags []*tfprotov6.Diagnostic) {
	p.t.Helper()
	for _, d := range diags {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			p.t.Fatalf("%s: %s: %s", call, d.Summary, d.Detail)
		}
	}
}

// objectType is typ, which a schema makes an object.
func objectType(t *testing.T, typ tftypes.Type) tftypes.Object {
	t.Helper()
	o, ok := typ.(tftypes.Object)
	if !ok {
		t.Fatalf("%s is not an object type", typ)
	}
	return o
}

// objectValue is an object of typ with values; what is left out is null.
func objectValue(t *testing.T, typ tftypes.Object, values Values) tftypes.Value {
	t.Helper()
	attrs := map[string]tftypes.Value{}
	for name, attrType := range typ.AttributeTypes {
		v, ok := values[name]
		if !ok || v == nil {
			attrs[name] = tftypes.NewValue(attrType, nil)
			continue
		}
		switch v := v.(type) {
		case tftypes.Value:
			attrs[name] = v
		case int64:
			attrs[name] = tftypes.NewValue(attrType, new(big.Float).SetInt64(v))
		case int:
			attrs[name] = tftypes.NewValue(attrType, new(big.Float).SetInt64(int64(v)))
		default:
			attrs[name] = tftypes.NewValue(attrType, v)
		}
	}
	for name := range values {
		if _, ok := typ.AttributeTypes[name]; !ok {
			t.Fatalf("no attribute %s in %s", name, typ)
		}
	}
	return tftypes.NewValue(typ, attrs)
}

// String is a string attribute's value; "" for null.
func String(t *testing.T, v tftypes.Value) string {
	t.Helper()
	var s *string
	if err := v.As(&s); err != nil {
		t.Fatal(err)
	}
	if s == nil {
		return ""
	}
	return *s
}

// Int is a number attribute's value; 0 for null.
func Int(t *testing.T, v tftypes.Value) int64 {
	t.Helper()
	var f *big.Float
	if err := v.As(&f); err != nil {
		t.Fatal(err)
	}
	if f == nil {
		return 0
	}
	n, _ := f.Int64()
	return n
}

// Errors are the error diagnostics, as "summary: detail" lines.
func Errors(diags []*tfprotov6.Diagnostic) []string {
	var out []string
	for _, d := range diags {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			out = append(out, fmt.Sprintf("%s: %s", d.Summary, d.Detail))
		}
	}
	return out
}

// CheckListedAsImported checks what `terraform query -generate-config-out`
// relies on: an import by the list result's identity, then a read, gives
// the result's resource and identity.
func (p *Protocol) CheckListedAsImported(typeName string, r ListResult) {
	p.t.Helper()
	identity := Values{}
	for attr, v := range r.Identity {
		identity[attr] = v
	}
	imported, readIdentity := p.ImportByIdentityAndRead(typeName, identity)
	if imported == nil {
		p.t.Fatalf("%s: the import by identity reads as gone", r.DisplayName)
	}
	for attr, v := range imported {
		if !v.Equal(r.Resource[attr]) {
			p.t.Errorf("%s %s: listed %v, imported %v", r.DisplayName, attr, r.Resource[attr], v)
		}
	}
	for attr, v := range readIdentity {
		if !v.Equal(r.Identity[attr]) {
			p.t.Errorf("%s identity %s: listed %v, imported %v", r.DisplayName, attr, r.Identity[attr], v)
		}
	}
}

// CheckIdentity checks that identity has exactly the attributes of want,
// with their values: strings, or int64 for numbers.
func CheckIdentity(t *testing.T, identity map[string]tftypes.Value, want Values) {
	t.Helper()
	if identity == nil {
		t.Fatal("no identity")
	}
	if len(identity) != len(want) {
		t.Errorf("identity %v, want the attributes of %v", identity, want)
	}
	for attr, w := range want {
		v, ok := identity[attr]
		if !ok {
			t.Errorf("identity %v has no %s", identity, attr)
			continue
		}
		switch w := w.(type) {
		case string:
			if got := String(t, v); got != w {
				t.Errorf("identity %s = %q, want %q", attr, got, w)
			}
		case int64:
			if got := Int(t, v); got != w {
				t.Errorf("identity %s = %d, want %d", attr, got, w)
			}
		default:
			t.Fatalf("CheckIdentity: want %s as a string or an int64, not %T", attr, w)
		}
	}
}

// ImportByIDAndRead imports by the import ID, then reads, as `terraform
// import` does; any error diagnostic fails the test.
func (p *Protocol) ImportByIDAndRead(typeName, id string) (state, identity map[string]tftypes.Value) {
	p.t.Helper()
	state, identity, diags := p.ImportByID(typeName, id)
	p.requireNoErrors("ImportResourceState of "+id, diags)
	state, identity, diags = p.Read(typeName, state, identity)
	p.requireNoErrors("ReadResource after the import of "+id, diags)
	return state, identity
}

// ImportByIdentityAndRead imports by identity, then reads, as an import
// block with an identity does; any error diagnostic fails the test.
func (p *Protocol) ImportByIdentityAndRead(typeName string, identity Values) (state, newIdentity map[string]tftypes.Value) {
	p.t.Helper()
	state, newIdentity, diags := p.ImportByIdentity(typeName, identity)
	p.requireNoErrors(fmt.Sprintf("ImportResourceState of %v", identity), diags)
	state, newIdentity, diags = p.Read(typeName, state, newIdentity)
	p.requireNoErrors(fmt.Sprintf("ReadResource after the import of %v", identity), diags)
	return state, newIdentity
}
