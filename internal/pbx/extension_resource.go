package pbx

import (
	"context"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var _ resourcekit.Discoverable[extensionModel] = &extensionResource{}

// extensionObjects is where extensions live at the PBX. Their PUT is
// partial: an update sends only what changed.
var extensionObjects = object[extensionModel, api.Extension, *extensionModel]{
	kind: "extension", idAttr: "extension_id", collection: (*api.Client).Extensions, partialPut: true,
}

type extensionResource struct {
	object[extensionModel, api.Extension, *extensionModel]
}

// extensionStatusDefault is what a new extension gets when the
// configuration says nothing; see the status attribute.
const extensionStatusDefault = "active"

// extensionNamePattern: the short extension number; the PBX adds the prefix.
var extensionNamePattern = regexp.MustCompile(`^[0-9]+$`)

func (r *extensionResource) Schema(context.Context) schema.Schema {
	optionalString := func(doc string) schema.StringAttribute {
		return schema.StringAttribute{Optional: true, MarkdownDescription: doc + " Leave it out rather than empty.",
			Validators: []validator.String{notBlank()}}
	}
	optionalID := func(doc string) schema.Int64Attribute {
		return schema.Int64Attribute{Optional: true, MarkdownDescription: doc,
			Validators: []validator.Int64{int64validator.AtLeast(1)}}
	}
	replaced := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	return schema.Schema{
		MarkdownDescription: "A Telphin cloud-PBX extension: an internal number that is a phone, a queue, an IVR, a fax " +
			"or a conference room.\n\n" +
			"The PBX names an extension `<prefix>*<number>` with the client's prefix (`345*100`); write the short " +
			"number in `name`, and read the PBX's spelling from `full_name`. `name` and `type` cannot change: a new " +
			"value replaces the extension (a new `extension_id`, and whatever refers to it follows). Every other " +
			"attribute changes in place, and an update sends only the attributes that changed. Removing an optional " +
			"attribute from the configuration clears it at the PBX, except `did_as_transfer_caller_id`, which then " +
			"keeps the PBX's value.\n\n" +
			"Attach a group and an outgoing-call rule list by reference: `extension_group_id = " +
			"telecom_pbx_extension_group.sales.extension_group_id`, `dial_rule_id = telecom_pbx_dial_rule.office.dial_rule_id`.",
		Attributes: objectAttributes("extension_id", "The PBX's id of the extension, which DID assignments, users and agents refer to.",
			map[string]schema.Attribute{
				"name": schema.StringAttribute{
					Required: true,
					MarkdownDescription: "The extension's short number, digits only, e.g. `100` (the PBX stores it as " +
						"`<prefix>*100`, see `full_name`; how many digits the client allows is its `extension_len`). Changing it replaces the extension.",
					Validators: []validator.String{stringvalidator.RegexMatches(extensionNamePattern,
						"must be the short extension number, digits only, e.g. 100 (the PBX adds the client's prefix itself)")},
					PlanModifiers: replaced,
				},
				"full_name": schema.StringAttribute{
					Computed:            true,
					MarkdownDescription: extensionDocs["full_name"],
					PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
				},
				"type": schema.StringAttribute{
					Required:            true,
					MarkdownDescription: extensionDocs["type"] + " Changing it replaces the extension.",
					Validators:          []validator.String{stringvalidator.OneOf(api.ExtensionTypes...)},
					PlanModifiers:       replaced,
				},
				"status": schema.StringAttribute{
					Optional: true,
					Computed: true,
					Default:  stringdefault.StaticString(extensionStatusDefault),
					MarkdownDescription: extensionDocs["status"] + " Default `active`, although the PBX's own default is " +
						"`blocked`: an extension written in Terraform is meant to take calls once it is applied. Set " +
						"`blocked` to create it switched off.",
					Validators: []validator.String{stringvalidator.OneOf(api.ExtensionStatuses...)},
				},
				"label":              optionalString(extensionDocs["label"]),
				"caller_id_name":     optionalString(extensionDocs["caller_id_name"]),
				"message_did":        optionalString(extensionDocs["message_did"]),
				"extension_group_id": optionalID(extensionDocs["extension_group_id"]),
				"dial_rule_id":       optionalID(extensionDocs["dial_rule_id"]),
				"dial_rule_limit":    optionalID(extensionDocs["dial_rule_limit"]),
				"ani_rfc3325": schema.BoolAttribute{
					Optional: true, Computed: true, Default: booldefault.StaticBool(false),
					MarkdownDescription: extensionDocs["ani_rfc3325"] + " Default `false`.",
				},
				"default_caller_id": schema.StringAttribute{
					Optional: true, CustomType: numbertype.Type{},
					MarkdownDescription: "The number the extension's calls to outside numbers show (its own ANI), in " +
						"international form: `+74951234567` or `0074951234567`. It must be one of the client's DIDs " +
						"(`telecom_pbx_dids`). Removing it resets the extension to the client's default caller ID. " +
						"Read on refresh only while it is set (reading it costs a request per extension): a caller ID " +
						"set outside Terraform on an extension that leaves it out stays until this attribute is written; " +
						"an import and `terraform query` do read it.",
					Validators: []validator.String{internationalNumber()},
				},
				"did_as_transfer_caller_id": schema.StringAttribute{
					Optional: true, Computed: true,
					MarkdownDescription: extensionDocs["did_as_transfer_caller_id"] + " When the configuration leaves it " +
						"out, the PBX's value is kept and shown.",
					Validators:    []validator.String{stringvalidator.OneOf(api.DIDAsTransferCallerIDValues...)},
					PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
				},
			}),
	}
}

// extensionDocs describe what an extension's attributes mean, for the
// resource and the telecom_pbx_extensions data source.
var extensionDocs = map[string]string{
	"name":      "The extension's short number, e.g. `100`.",
	"full_name": "The extension's name as the PBX has it: `<prefix>*<name>`, e.g. `345*100`.",
	"type":      "What the extension is: `phone`, `queue`, `ivr`, `fax` or `conference`.",
	"status":    "`active` (takes and makes calls) or `blocked`.",
	"label":     "Display name, e.g. the person's name or `Reception`.",
	"caller_id_name": "Caller name (CNAM) the extension's outgoing calls show, where the network " +
		"passes names.",
	"message_did":        "DID (incoming number) used for the extension's text messages.",
	"extension_group_id": "Id of the extension group it belongs to (a `telecom_pbx_extension_group`).",
	"dial_rule_id": "Id of the outgoing-call rule list of the extension (a `telecom_pbx_dial_rule`); it is " +
		"tried before the client's list.",
	"dial_rule_limit": "The PBX's `dial_rule_limit` for the extension, an integer, at least 1 (the PBX answers an " +
		"unset value as 0 or null, so 0 cannot be told from unset).",
	"ani_rfc3325": "Whether the caller ID is sent in the RFC 3325 header (`P-Asserted-Identity`).",
	"did_as_transfer_caller_id": "Which number a transferred call shows as caller ID: `None`, `default`, `from` or " +
		"`diversion`.",
}

// Create creates the extension, then sets its caller id when configured.
// The extension exists by then: a refused caller id keeps it in state
// (tainted) rather than orphaned at the PBX.
func (r *extensionResource) Create(ctx context.Context, plan *extensionModel, config extensionModel) error {
	if err := r.object.Create(ctx, plan, config); err != nil {
		return err
	}
	return resourcekit.AfterCreate(r.setCallerID(ctx, plan, ""))
}

// Update clears a string attribute the configuration no longer sets by
// sending it empty: the PBX keeps a field a PUT leaves out, and its docs do
// not say that it takes null for a string. The caller id has its own call.
func (r *extensionResource) Update(ctx context.Context, plan *extensionModel, state, config extensionModel) error {
	plan.updating, state.updating = true, true
	if err := r.object.Update(ctx, plan, state, config); err != nil {
		return err
	}
	return r.setCallerID(ctx, plan, state.DefaultCallerID.ValueString())
}

// setCallerID sets the planned caller id when it differs from before
// (another spelling of the same number is no change); a null one resets
// the extension to the client's default.
func (r *extensionResource) setCallerID(ctx context.Context, plan *extensionModel, before string) error {
	number := plan.DefaultCallerID.ValueString()
	if phonenumber.Equal(number, before) {
		return nil
	}
	_, err := r.Client.SetExtensionANI(ctx, plan.ExtensionID.ValueInt64(), number)
	return callerIDError(err, number)
}

// Read reads the extension from the shared listing, and its caller id when
// state manages one or the extension is being imported (no name yet).
func (r *extensionResource) Read(ctx context.Context, state *extensionModel) error {
	if state.DefaultCallerID.IsUnknown() {
		// A result of List being completed: the rest is fresh from the
		// listing, only the caller id is missing.
		return r.readCallerID(ctx, state)
	}
	importing := state.Name.IsNull()
	if err := r.object.Read(ctx, state); err != nil {
		return err
	}
	if state.DefaultCallerID.IsNull() && !importing {
		return nil
	}
	return r.readCallerID(ctx, state)
}

// readCallerID reads the extension's own caller id, keeping the state's
// spelling of the same number.
func (r *extensionResource) readCallerID(ctx context.Context, m *extensionModel) error {
	ani, err := r.Client.ExtensionANI(ctx, m.ExtensionID.ValueInt64())
	if err != nil {
		return err
	}
	m.DefaultCallerID = callerIDFromAPI(m.DefaultCallerID, ani)
	return nil
}

// DisplayName is the number, label and type: "100 Reception (phone)".
func (r *extensionResource) DisplayName(m extensionModel) string {
	words := []string{m.Name.ValueString()}
	if label := m.Label.ValueString(); label != "" {
		words = append(words, label)
	}
	return strings.Join(words, " ") + " (" + m.Type.ValueString() + ")"
}

// ListSchema adds the listing's filters to the client.
func (r *extensionResource) ListSchema() listschema.Schema {
	s := r.object.ListSchema()
	s.MarkdownDescription += " The filters are the PBX's own: only the extensions they select are fetched."
	for name, f := range extensionFilterAttributes {
		if f.num != nil {
			s.Attributes[name] = listschema.Int64Attribute{Optional: true, MarkdownDescription: f.doc, Validators: f.num}
		} else {
			s.Attributes[name] = listschema.StringAttribute{Optional: true, MarkdownDescription: f.doc, Validators: f.str}
		}
	}
	return s
}

func (r *extensionResource) List(ctx context.Context, config tfsdk.Config, yield func(extensionModel) bool) error {
	var filters extensionListConfig
	if diags := config.Get(ctx, &filters); diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	// The listing has no caller id: it is left unknown, and with
	// include_resource Read completes each result (Meta.PartialListing),
	// as an import would, so that generated configuration plans clean.
	return r.listWhere(ctx, config, filters.api().Query(), func(m extensionModel) bool {
		m.DefaultCallerID = numbertype.Value{StringValue: types.StringUnknown()}
		return yield(m)
	})
}
