package resourcekit

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	odorikapi "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// fakeClient stands in for a vendor's API client: what the fake definition
// should answer, and what it was asked.
type fakeClient struct {
	err     error // returned by every operation
	renamed string
	deleted []string
}

var errNotFound = errors.New("fake: not found")

// configuredMarker fills Data.Odorik to say "the fake vendor is configured":
// Data has no field for fakes. It makes no request.
var configuredMarker = odorikapi.NewClient(odorikapi.Config{})

// fakeVendor is configured when Data.Odorik is set (configuredMarker).
func fakeVendor(c *fakeClient) providerdata.Vendor[*fakeClient] {
	return providerdata.Vendor[*fakeClient]{
		Name: "Fake", Block: "fake", Settings: [][2]string{{"token", "FAKE_TOKEN"}},
		Client: func(d *providerdata.Data) *fakeClient {
			if d.Odorik == nil {
				return nil
			}
			return c
		},
		IsNotFound: func(err error) bool { return errors.Is(err, errNotFound) },
	}
}

type thingModel struct {
	ID   types.String `tfsdk:"id"`
	Name types.String `tfsdk:"name"`
	// Secret is write-only: only the configuration has it.
	Secret types.String `tfsdk:"secret"`
}

type thing struct {
	Base[*fakeClient]
	verbs      Verbs
	lastSecret string
}

var thingMeta = Meta{TypeName: "fake_thing", Noun: "fake thing"}

// Meta is the thing's names with its own verbs.
func (d *thing) Meta() Meta {
	m := thingMeta
	m.Verbs = d.verbs
	return m
}

func (d *thing) Schema(context.Context) schema.Schema {
	return schema.Schema{Attributes: map[string]schema.Attribute{
		"id":     schema.StringAttribute{Computed: true},
		"name":   schema.StringAttribute{Required: true},
		"secret": schema.StringAttribute{Optional: true, WriteOnly: true},
	}}
}

func (d *thing) Identify(m thingModel) string { return "thing " + m.Name.ValueString() }

func (d *thing) Create(_ context.Context, plan *thingModel, config thingModel) error {
	d.lastSecret = config.Secret.ValueString()
	if d.Client.err != nil {
		return d.Client.err
	}
	plan.ID = types.StringValue("id-" + plan.Name.ValueString())
	return nil
}

func (d *thing) Read(_ context.Context, state *thingModel) error {
	if d.Client.err != nil {
		return d.Client.err
	}
	if d.Client.renamed != "" {
		state.Name = types.StringValue(d.Client.renamed)
	}
	return nil
}

func (d *thing) Update(_ context.Context, plan *thingModel, state, _ thingModel) error {
	plan.ID = state.ID
	return d.Client.err
}

func (d *thing) Delete(_ context.Context, state thingModel) error {
	d.Client.deleted = append(d.Client.deleted, state.ID.ValueString())
	return d.Client.err
}

func (d *thing) ImportID() resourceid.Format {
	return resourceid.Format{Parts: []string{"name"}, Example: "kitchen"}
}

func (d *thing) Import(_ context.Context, parts []string) (Attributes, error) {
	switch parts[0] {
	case "Bad":
		return nil, resourceid.Invalidf("name %q must be lower case", parts[0])
	case "missing":
		return nil, fmt.Errorf("no thing is named missing: %w", errNotFound)
	case "unreachable":
		return nil, errors.New("HTTP 503")
	}
	return Attributes{"id": "id-" + parts[0], "name": parts[0]}, nil
}

// newThing is a configured resource around a fresh definition.
func newThing(t *testing.T, c *fakeClient) (*managed[thingModel, *fakeClient], *thing) {
	t.Helper()
	def := &thing{}
	r, ok := NewResource(fakeVendor(c), def.Meta(), def).(*managed[thingModel, *fakeClient])
	if !ok {
		t.Fatal("NewResource did not return the driver")
	}
	var resp resource.ConfigureResponse
	r.Configure(context.Background(), resource.ConfigureRequest{ProviderData: &providerdata.Data{Odorik: configuredMarker}}, &resp)
	requireNoErrors(t, resp.Diagnostics)
	return r, def
}

func thingSchema() schema.Schema { return (&thing{}).Schema(context.Background()) }

func thingValue(id, name, secret any) tftypes.Value {
	typ := thingSchema().Type().TerraformType(context.Background())
	return tftypes.NewValue(typ, map[string]tftypes.Value{
		"id":     tftypes.NewValue(tftypes.String, id),
		"name":   tftypes.NewValue(tftypes.String, name),
		"secret": tftypes.NewValue(tftypes.String, secret),
	})
}

func emptyState() tfsdk.State {
	return tfsdk.State{Schema: thingSchema(), Raw: tftypes.NewValue(thingSchema().Type().TerraformType(context.Background()), nil)}
}

func stateOf(id, name string) tfsdk.State {
	return tfsdk.State{Schema: thingSchema(), Raw: thingValue(id, name, nil)}
}

func readModel(t *testing.T, s tfsdk.State) thingModel {
	t.Helper()
	var m thingModel
	requireNoErrors(t, s.Get(context.Background(), &m))
	return m
}

func requireNoErrors(t *testing.T, d diag.Diagnostics) {
	t.Helper()
	if d.HasError() {
		t.Fatalf("unexpected diagnostics: %v", d)
	}
}

// requireError asserts exactly one error with that summary whose detail has
// every phrase.
func requireError(t *testing.T, d diag.Diagnostics, summary string, phrases ...string) {
	t.Helper()
	if d.ErrorsCount() != 1 {
		t.Fatalf("want one error %q, got %v", summary, d)
	}
	e := d.Errors()[0]
	if e.Summary() != summary {
		t.Errorf("summary = %q, want %q", e.Summary(), summary)
	}
	for _, p := range phrases {
		if !strings.Contains(e.Detail(), p) {
			t.Errorf("detail %q does not say %q", e.Detail(), p)
		}
	}
}

func TestMetadataAndSchema(t *testing.T) {
	r, _ := newThing(t, &fakeClient{})
	var meta resource.MetadataResponse
	r.Metadata(context.Background(), resource.MetadataRequest{ProviderTypeName: "telecom"}, &meta)
	if meta.TypeName != "telecom_fake_thing" {
		t.Errorf("TypeName = %q", meta.TypeName)
	}
	if meta.ResourceBehavior.MutableIdentity {
		t.Error("identity is mutable without Meta.MutableIdentity")
	}
	mutable := thingMeta
	mutable.MutableIdentity = true
	var mutableMeta resource.MetadataResponse
	NewResource(fakeVendor(&fakeClient{}), mutable, &thing{}).Metadata(context.Background(), resource.MetadataRequest{ProviderTypeName: "telecom"}, &mutableMeta)
	if !mutableMeta.ResourceBehavior.MutableIdentity {
		t.Error("Meta.MutableIdentity does not reach the framework")
	}
	var s resource.SchemaResponse
	r.Schema(context.Background(), resource.SchemaRequest{}, &s)
	if _, ok := s.Schema.Attributes["name"]; !ok {
		t.Errorf("schema is not the definition's: %v", s.Schema.Attributes)
	}
}

func TestConfigure(t *testing.T) {
	t.Run("not configured", func(t *testing.T) {
		r := as[resource.ResourceWithConfigure](t, NewResource(fakeVendor(&fakeClient{}), thingMeta, &thing{}))
		var resp resource.ConfigureResponse
		r.Configure(context.Background(), resource.ConfigureRequest{ProviderData: &providerdata.Data{}}, &resp)
		requireError(t, resp.Diagnostics, "Fake is not configured", "fake {", "token = ", "FAKE_TOKEN")
	})
	t.Run("before the provider is configured", func(t *testing.T) {
		r := as[resource.ResourceWithConfigure](t, NewResource(fakeVendor(&fakeClient{}), thingMeta, &thing{}))
		var resp resource.ConfigureResponse
		r.Configure(context.Background(), resource.ConfigureRequest{}, &resp)
		requireNoErrors(t, resp.Diagnostics)
	})
	t.Run("configured", func(t *testing.T) {
		c := &fakeClient{}
		_, def := newThing(t, c)
		if def.Client != c {
			t.Errorf("the definition got %p, want the vendor's client %p", def.Client, c)
		}
	})
}

func TestCreate(t *testing.T) {
	ctx := context.Background()
	plan := tfsdk.Plan{Schema: thingSchema(), Raw: thingValue(tftypes.UnknownValue, "kitchen", nil)}
	config := tfsdk.Config{Schema: thingSchema(), Raw: thingValue(nil, "kitchen", "s3cret")}

	t.Run("saves the model the definition filled in", func(t *testing.T) {
		r, def := newThing(t, &fakeClient{})
		resp := resource.CreateResponse{State: emptyState()}
		r.Create(ctx, resource.CreateRequest{Plan: plan, Config: config}, &resp)
		requireNoErrors(t, resp.Diagnostics)
		if got := readModel(t, resp.State); got.ID.ValueString() != "id-kitchen" || got.Name.ValueString() != "kitchen" {
			t.Errorf("state = %+v", got)
		}
		if def.lastSecret != "s3cret" {
			t.Errorf("the write-only value reached Create as %q, want it from the configuration", def.lastSecret)
		}
	})
	t.Run("an error names the object and saves nothing", func(t *testing.T) {
		r, _ := newThing(t, &fakeClient{err: errors.New("HTTP 503")})
		resp := resource.CreateResponse{State: emptyState()}
		r.Create(ctx, resource.CreateRequest{Plan: plan, Config: config}, &resp)
		requireError(t, resp.Diagnostics, "Error creating fake thing", "Could not create thing kitchen: HTTP 503")
		if !resp.State.Raw.IsNull() {
			t.Errorf("state was saved after a failed create: %v", resp.State.Raw)
		}
	})
	t.Run("an error after the create saves the object", func(t *testing.T) {
		r, _ := newThing(t, &fakeClient{err: AfterCreate(errors.New("limits refused"))})
		resp := resource.CreateResponse{State: emptyState()}
		r.Create(ctx, resource.CreateRequest{Plan: plan, Config: config}, &resp)
		requireError(t, resp.Diagnostics, "Error creating fake thing", "limits refused")
		if resp.State.Raw.IsNull() {
			t.Error("the created object was not saved, so it is orphaned")
		}
	})
	t.Run("a problem keeps its own wording", func(t *testing.T) {
		r, _ := newThing(t, &fakeClient{err: AfterCreate(Problem("Error setting fake limits", "Thing 7 was created, but ..."))})
		resp := resource.CreateResponse{State: emptyState()}
		r.Create(ctx, resource.CreateRequest{Plan: plan, Config: config}, &resp)
		requireError(t, resp.Diagnostics, "Error setting fake limits", "Thing 7 was created, but ...")
	})
	t.Run("verbs", func(t *testing.T) {
		c := &fakeClient{err: errors.New("refused")}
		def := &thing{verbs: Verbs{Create: Verb{Do: "activate", Doing: "creating"}}}
		r := NewResource(fakeVendor(c), def.Meta(), def)
		def.setClient(c)
		resp := resource.CreateResponse{State: emptyState()}
		r.Create(ctx, resource.CreateRequest{Plan: plan, Config: config}, &resp)
		requireError(t, resp.Diagnostics, "Error creating fake thing", "Could not activate thing kitchen: refused")
	})
}

func TestRead(t *testing.T) {
	ctx := context.Background()
	t.Run("refreshes", func(t *testing.T) {
		r, _ := newThing(t, &fakeClient{renamed: "hall"})
		resp := resource.ReadResponse{State: stateOf("id-kitchen", "kitchen")}
		r.Read(ctx, resource.ReadRequest{State: stateOf("id-kitchen", "kitchen")}, &resp)
		requireNoErrors(t, resp.Diagnostics)
		if got := readModel(t, resp.State); got.Name.ValueString() != "hall" {
			t.Errorf("name = %s, want the API's", got.Name)
		}
	})
	for name, err := range map[string]error{"vendor not found": errNotFound, "ErrGone": ErrGone} {
		t.Run(name+" removes the resource", func(t *testing.T) {
			r, _ := newThing(t, &fakeClient{err: err})
			resp := resource.ReadResponse{State: stateOf("id-kitchen", "kitchen")}
			r.Read(ctx, resource.ReadRequest{State: stateOf("id-kitchen", "kitchen")}, &resp)
			requireNoErrors(t, resp.Diagnostics)
			if !resp.State.Raw.IsNull() {
				t.Errorf("state = %v, want it removed", resp.State.Raw)
			}
		})
	}
	t.Run("other errors are reported and keep the state", func(t *testing.T) {
		r, _ := newThing(t, &fakeClient{err: errors.New("HTTP 500")})
		resp := resource.ReadResponse{State: stateOf("id-kitchen", "kitchen")}
		r.Read(ctx, resource.ReadRequest{State: stateOf("id-kitchen", "kitchen")}, &resp)
		requireError(t, resp.Diagnostics, "Error reading fake thing", "Could not read thing kitchen: HTTP 500")
		if resp.State.Raw.IsNull() {
			t.Error("a failed read removed the resource")
		}
	})
}

func TestUpdate(t *testing.T) {
	ctx := context.Background()
	req := resource.UpdateRequest{
		Plan:   tfsdk.Plan{Schema: thingSchema(), Raw: thingValue(tftypes.UnknownValue, "hall", nil)},
		State:  stateOf("id-kitchen", "kitchen"),
		Config: tfsdk.Config{Schema: thingSchema(), Raw: thingValue(nil, "hall", nil)},
	}
	r, _ := newThing(t, &fakeClient{})
	resp := resource.UpdateResponse{State: stateOf("id-kitchen", "kitchen")}
	r.Update(ctx, req, &resp)
	requireNoErrors(t, resp.Diagnostics)
	if got := readModel(t, resp.State); got.ID.ValueString() != "id-kitchen" || got.Name.ValueString() != "hall" {
		t.Errorf("state = %+v", got)
	}

	r, _ = newThing(t, &fakeClient{err: errors.New("HTTP 409")})
	resp = resource.UpdateResponse{State: stateOf("id-kitchen", "kitchen")}
	r.Update(ctx, req, &resp)
	requireError(t, resp.Diagnostics, "Error updating fake thing", "Could not update thing kitchen: HTTP 409")
}

func TestDelete(t *testing.T) {
	ctx := context.Background()
	for name, err := range map[string]error{"deleted": nil, "already gone": errNotFound, "gone": ErrGone} {
		t.Run(name, func(t *testing.T) {
			c := &fakeClient{err: err}
			r, _ := newThing(t, c)
			var resp resource.DeleteResponse
			r.Delete(ctx, resource.DeleteRequest{State: stateOf("id-kitchen", "kitchen")}, &resp)
			requireNoErrors(t, resp.Diagnostics)
			if len(c.deleted) != 1 || c.deleted[0] != "id-kitchen" {
				t.Errorf("deleted %v, want [id-kitchen]", c.deleted)
			}
		})
	}
	r, _ := newThing(t, &fakeClient{err: errors.New("HTTP 409 in use")})
	var resp resource.DeleteResponse
	r.Delete(ctx, resource.DeleteRequest{State: stateOf("id-kitchen", "kitchen")}, &resp)
	requireError(t, resp.Diagnostics, "Error deleting fake thing", "Could not delete thing kitchen: HTTP 409 in use")
}

func TestImportState(t *testing.T) {
	ctx := context.Background()
	importID := func(t *testing.T, id string) resource.ImportStateResponse {
		t.Helper()
		r, _ := newThing(t, &fakeClient{})
		resp := resource.ImportStateResponse{State: emptyState()}
		r.ImportState(ctx, resource.ImportStateRequest{ID: id}, &resp)
		return resp
	}
	resp := importID(t, "kitchen")
	requireNoErrors(t, resp.Diagnostics)
	if got := readModel(t, resp.State); got.ID.ValueString() != "id-kitchen" || got.Name.ValueString() != "kitchen" {
		t.Errorf("imported state = %+v", got)
	}
	resp = importID(t, "Bad")
	requireError(t, resp.Diagnostics, "Invalid import ID for telecom_fake_thing", `name "Bad" must be lower case. Expected <name>, e.g. kitchen.`)
	resp = importID(t, "")
	requireError(t, resp.Diagnostics, "Invalid import ID for telecom_fake_thing", `"" is not of the form <name>`)
	resp = importID(t, "missing")
	requireError(t, resp.Diagnostics, "Invalid import ID for telecom_fake_thing", "no thing is named missing: fake: not found. Expected <name>, e.g. kitchen.")
	resp = importID(t, "unreachable")
	requireError(t, resp.Diagnostics, "Error importing fake thing", `Could not import "unreachable": HTTP 503`)
}

func TestDiagnosticsError(t *testing.T) {
	if Diagnostics(nil) != nil {
		t.Error("no diagnostics make an error")
	}
	var d diag.Diagnostics
	d.AddWarning("just so", "a warning")
	if Diagnostics(d) != nil {
		t.Error("warnings alone make an error")
	}
	d.AddAttributeError(path.Root("name"), "Bad value", "name is wrong")
	err := Diagnostics(d)
	if err == nil || err.Error() != "Bad value: name is wrong" {
		t.Fatalf("Diagnostics = %v", err)
	}
	var got diag.Diagnostics
	report(&got, "fake thing", defaultVerbs.Create, "thing x", err)
	if len(got) != 2 || got.ErrorsCount() != 1 || got.Errors()[0].Summary() != "Bad value" {
		t.Errorf("reported %v, want the diagnostics as they are", got)
	}
}

// checkedThing adds the optional framework methods a definition may have.
type checkedThing struct {
	thing
	modified, validated bool
}

func (d *checkedThing) ModifyPlan(context.Context, resource.ModifyPlanRequest, *resource.ModifyPlanResponse) {
	d.modified = true
}

func (d *checkedThing) ValidateConfig(_ context.Context, _ resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	d.validated = true
	resp.Diagnostics.AddError("Invalid thing", "name is taken")
}

func (d *checkedThing) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{nil}
}

func TestOptionalMethodsPassThrough(t *testing.T) {
	ctx := context.Background()
	def := &checkedThing{}
	r := NewResource(fakeVendor(&fakeClient{}), thingMeta, Definition[thingModel, *fakeClient](def))
	as[resource.ResourceWithModifyPlan](t, r).ModifyPlan(ctx, resource.ModifyPlanRequest{}, &resource.ModifyPlanResponse{})
	var v resource.ValidateConfigResponse
	as[resource.ResourceWithValidateConfig](t, r).ValidateConfig(ctx, resource.ValidateConfigRequest{}, &v)
	if !def.modified || !def.validated {
		t.Errorf("ModifyPlan called %v, ValidateConfig called %v; want both passed through", def.modified, def.validated)
	}
	requireError(t, v.Diagnostics, "Invalid thing", "name is taken")
	if n := len(as[resource.ResourceWithConfigValidators](t, r).ConfigValidators(ctx)); n != 1 {
		t.Errorf("%d config validators, want the definition's one", n)
	}

	plain := NewResource(fakeVendor(&fakeClient{}), thingMeta, &thing{})
	if n := len(as[resource.ResourceWithConfigValidators](t, plain).ConfigValidators(ctx)); n != 0 {
		t.Errorf("a definition without validators has %d", n)
	}
}

// as asserts that v is a T, failing the test otherwise.
func as[T any](t *testing.T, v any) T {
	t.Helper()
	x, ok := v.(T)
	if !ok {
		t.Fatalf("%T is not a %T", v, x)
	}
	return x
}

func TestRegisterMakesAFreshDefinitionEachTime(t *testing.T) {
	newThing := Register[thingModel](fakeVendor(&fakeClient{}), thingMeta, thing{})
	first := as[*managed[thingModel, *fakeClient]](t, newThing())
	second := as[*managed[thingModel, *fakeClient]](t, newThing())
	if first.def == second.def {
		t.Fatal("two resources share one definition: Configure on one would change the other")
	}
	configured := &fakeClient{}
	first.def.setClient(configured)
	if as[*thing](t, second.def).Client == configured {
		t.Error("configuring one resource configured the other")
	}
	var meta resource.MetadataResponse
	first.Metadata(context.Background(), resource.MetadataRequest{ProviderTypeName: "telecom"}, &meta)
	if meta.TypeName != "telecom_fake_thing" {
		t.Errorf("TypeName = %q", meta.TypeName)
	}
}
