package resourcekit

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// Definition is what a resource brings besides its names (Meta): its
// schema, how to name one object in a message, its API calls and its import
// ID. M is the model
// (a struct with tfsdk tags matching the schema), C the vendor's client.
//
// The operations work on models: plan and configuration in, the model to
// save out (through the pointer). An error is reported as "Error <verb>ing
// <noun>" with "Could not <verb> <Identify(model)>: <error>"; an error the
// vendor calls not found, or ErrGone, means the object is gone.
type Definition[M any, C comparable] interface {
	clientHolder[C]
	Schema(ctx context.Context) schema.Schema
	// Identify names one object in a message, e.g. "rule 17 of 00420533533533".
	Identify(m M) string
	// Create creates the object planned. config holds what only the
	// configuration has: write-only values.
	Create(ctx context.Context, plan *M, config M) error
	// Read refreshes state from the API.
	Read(ctx context.Context, state *M) error
	// Update changes the object in place from state to plan.
	Update(ctx context.Context, plan *M, state M, config M) error
	// Delete deletes the object; one already gone is not an error.
	Delete(ctx context.Context, state M) error
	// ImportID is the documented form of the import ID.
	ImportID() resourceid.Format
	// Import turns the parts of an import ID into the attributes Read needs
	// to find the object. A part of the wrong form is a resourceid.Invalidf
	// error; any other error means the id could not be resolved.
	Import(ctx context.Context, parts []string) (Attributes, error)
}

// Attributes are values by top-level attribute name, e.g. what an import
// ID tells.
type Attributes map[string]any

// NewResource wraps a definition into a framework resource.
func NewResource[M any, C comparable](vendor providerdata.Vendor[C], meta Meta, def Definition[M, C]) resource.Resource {
	verbs := Verbs{
		Create: meta.Verbs.Create.or(defaultVerbs.Create),
		Read:   meta.Verbs.Read.or(defaultVerbs.Read),
		Update: meta.Verbs.Update.or(defaultVerbs.Update),
		Delete: meta.Verbs.Delete.or(defaultVerbs.Delete),
	}
	m := &managed[M, C]{binding: binding[C]{meta, vendor, def}, def: def, verbs: verbs}
	if disc, ok := def.(Discoverable[M]); ok {
		d := &discoverable[M, C]{managed: m, disc: disc}
		m.identify = d.setIdentity
		return d
	}
	return m
}

// definitionOf is a pointer to a definition value D.
type definitionOf[D, M any, C comparable] interface {
	*D
	Definition[M, C]
}

// Register is how a vendor lists a resource: its names, and its definition
// as a value, copied for every use (see fresh). M, the model, is named
// explicitly: Register[routeModel](vendor, meta, routeResource{}).
func Register[M any, C comparable, D any, PD definitionOf[D, M, C]](vendor providerdata.Vendor[C], meta Meta, prototype D) func() resource.Resource {
	newDef := fresh(prototype)
	return func() resource.Resource { return NewResource[M, C](vendor, meta, PD(newDef())) }
}

// managed is the framework resource around a Definition.
type managed[M any, C comparable] struct {
	binding[C]
	def   Definition[M, C]
	verbs Verbs
	// identify sets the identity of the object a model describes; nil when
	// the resource has no identity (see Discoverable).
	identify func(ctx context.Context, m M, identity *tfsdk.ResourceIdentity, diags *diag.Diagnostics)
}

var (
	_ resource.ResourceWithConfigure        = &managed[struct{}, *int]{}
	_ resource.ResourceWithImportState      = &managed[struct{}, *int]{}
	_ resource.ResourceWithModifyPlan       = &managed[struct{}, *int]{}
	_ resource.ResourceWithValidateConfig   = &managed[struct{}, *int]{}
	_ resource.ResourceWithConfigValidators = &managed[struct{}, *int]{}
)

func (r *managed[M, C]) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = r.typeName(req.ProviderTypeName)
	resp.ResourceBehavior.MutableIdentity = r.meta.MutableIdentity
}

func (r *managed[M, C]) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = r.def.Schema(ctx)
}

func (r *managed[M, C]) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	resp.Diagnostics.Append(r.configure(req.ProviderData)...)
}

func (r *managed[M, C]) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan, config M
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ident := r.def.Identify(plan)
	if err := r.def.Create(ctx, &plan, config); err != nil {
		if isAfterCreate(err) {
			r.save(ctx, &resp.State, resp.Identity, plan, &resp.Diagnostics)
		}
		r.report(&resp.Diagnostics, r.verbs.Create, ident, err)
		return
	}
	r.save(ctx, &resp.State, resp.Identity, plan, &resp.Diagnostics)
}

func (r *managed[M, C]) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state M
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ident, prior := r.def.Identify(state), state
	if err := r.def.Read(ctx, &state); err != nil {
		if r.gone(err) {
			resp.State.RemoveResource(ctx)
			// State written before identities existed has none, and the
			// framework refuses a read that leaves it so, even of an
			// object that is gone: it comes from the prior state.
			if r.identify != nil && resp.Identity != nil && resp.Identity.Raw.IsFullyNull() {
				r.identify(ctx, prior, resp.Identity, &resp.Diagnostics)
			}
			return
		}
		r.report(&resp.Diagnostics, r.verbs.Read, ident, err)
		return
	}
	r.save(ctx, &resp.State, resp.Identity, state, &resp.Diagnostics)
}

func (r *managed[M, C]) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state, config M
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.def.Update(ctx, &plan, state, config); err != nil {
		r.report(&resp.Diagnostics, r.verbs.Update, r.def.Identify(state), err)
		return
	}
	r.save(ctx, &resp.State, resp.Identity, plan, &resp.Diagnostics)
}

// save stores the model as the state and, when the resource has one, its
// identity. The identity comes from the model the operation returned, not
// from the state, so that it may use what the API answered besides the
// attributes (see Discoverable.Identity).
func (r *managed[M, C]) save(ctx context.Context, state *tfsdk.State, identity *tfsdk.ResourceIdentity, m M, diags *diag.Diagnostics) {
	diags.Append(state.Set(ctx, &m)...)
	if r.identify != nil && identity != nil && !diags.HasError() {
		r.identify(ctx, m, identity, diags)
	}
}

func (r *managed[M, C]) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state M
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.def.Delete(ctx, state); err != nil && !r.gone(err) {
		r.report(&resp.Diagnostics, r.verbs.Delete, r.def.Identify(state), err)
	}
}

func (r *managed[M, C]) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	format := r.def.ImportID()
	parts, err := format.Split(req.ID)
	var attrs Attributes
	if err == nil {
		attrs, err = r.def.Import(ctx, parts)
	}
	switch {
	case err == nil:
	case resourceid.IsInvalid(err) || r.gone(err): // the ID's form is wrong, or it names nothing
		resp.Diagnostics.AddError("Invalid import ID for "+r.typeName(providerName), fmt.Sprintf("%s. Expected %s.", err, format.Describe()))
		return
	default: // resolving the ID failed on the way (an API error)
		resp.Diagnostics.AddError("Error importing "+r.meta.Noun, fmt.Sprintf("Could not import %q: %s", req.ID, err))
		return
	}
	for name, value := range attrs {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(name), value)...)
	}
}

// A definition may also implement these, with the framework's signatures;
// the driver passes the calls through.
type (
	// PlanModifier changes the plan, e.g. fills a default from the provider.
	PlanModifier interface {
		ModifyPlan(context.Context, resource.ModifyPlanRequest, *resource.ModifyPlanResponse)
	}
	// ConfigValidator checks the configuration as a whole.
	ConfigValidator interface {
		ValidateConfig(context.Context, resource.ValidateConfigRequest, *resource.ValidateConfigResponse)
	}
	// ConfigValidators are declarative checks across attributes.
	ConfigValidators interface {
		ConfigValidators(context.Context) []resource.ConfigValidator
	}
)

func (r *managed[M, C]) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if d, ok := r.def.(PlanModifier); ok {
		d.ModifyPlan(ctx, req, resp)
	}
}

func (r *managed[M, C]) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	if d, ok := r.def.(ConfigValidator); ok {
		d.ValidateConfig(ctx, req, resp)
	}
}

func (r *managed[M, C]) ConfigValidators(ctx context.Context) []resource.ConfigValidator {
	if d, ok := r.def.(ConfigValidators); ok {
		return d.ConfigValidators(ctx)
	}
	return nil
}

// gone: the error says the object does not exist.
func (r *managed[M, C]) gone(err error) bool {
	return errors.Is(err, ErrGone) || (r.vendor.IsNotFound != nil && r.vendor.IsNotFound(err))
}

// report turns an operation's error into its diagnostic.
func (r *managed[M, C]) report(diags *diag.Diagnostics, verb Verb, ident string, err error) {
	report(diags, r.meta.Noun, verb, ident, err)
}

func report(diags *diag.Diagnostics, noun string, verb Verb, ident string, err error) {
	var own diagsError
	if errors.As(err, &own) {
		diags.Append(own.diags...)
		return
	}
	diags.AddError("Error "+verb.Doing+" "+noun, fmt.Sprintf("Could not %s %s: %s", verb.Do, ident, err))
}
