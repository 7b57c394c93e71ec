package pbx

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber/numbertype"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

var _ resourcekit.Discoverable[didAssignmentModel] = &didAssignmentResource{}

// didAssignmentObjects: a DID is read and changed like a PBX object (shared
// listing, partial PUT), but never created or deleted: the resource's own
// Create finds the DID and Delete unassigns it.
var didAssignmentObjects = object[didAssignmentModel, api.DID, *didAssignmentModel]{
	kind: "DID assignment", idAttr: "did_id", collection: (*api.Client).DIDs, partialPut: true,
}

type didAssignmentResource struct {
	object[didAssignmentModel, api.DID, *didAssignmentModel]
}

// didsHint is where a user finds the client's numbers.
const didsHint = "the data source telecom_pbx_dids lists the DIDs of a client"

func (r *didAssignmentResource) Schema(context.Context) schema.Schema {
	target := func(what string) schema.Int64Attribute {
		return schema.Int64Attribute{
			Optional: true,
			MarkdownDescription: what + " (its `extension_id`, e.g. `telecom_pbx_extension.reception.extension_id`). " +
				"Leave it out for none: the resource manages the whole assignment, so a value set outside Terraform is " +
				"planned away. Changed in place.",
			Validators: []validator.Int64{int64validator.AtLeast(1)},
		}
	}
	return schema.Schema{
		MarkdownDescription: "Where an incoming number (DID) of a Telphin cloud-PBX client rings. DIDs are bought " +
			"outside the API: this resource does not buy, create or release a number, it routes one the client already " +
			"has. A number the client does not have is an error at apply that names it (the `telecom_pbx_dids` data " +
			"source lists the client's DIDs).\n\n" +
			"Create and update set the assignment with a PUT on the DID (only what differs is sent); destroy unassigns " +
			"the DID (sends `null` for both extensions) and leaves the number with the client. A DID unassigned or " +
			"routed elsewhere behind Terraform's back is drift: the next plan routes it again as configured. Manage " +
			"each DID with one resource only.",
		Attributes: map[string]schema.Attribute{
			"id":        resourcekit.IDAttribute("`<client_id>/<did_id>`; also the import ID."),
			"did_id":    resourcekit.AssignedID("The PBX's id of the DID."),
			"client_id": clientIDAttribute(),
			"number": numbertype.Required(internationalNumber(),
				"The DID, in international form: `+74951234567` or `0074951234567` (the two spellings are equal; the "+
					"PBX itself names it `74951234567`). The client must already have it. Changing it to another number "+
					"unassigns this one and assigns that one (replacement); changing only its spelling makes no API call. "+
					"An import by `did_id` or by identity, and `terraform query`, read it as `00…`: spell it so for an "+
					"empty plan after such an import (an import by number keeps the spelling of the import ID)."),
			"extension_id":         target("Extension that calls to the number ring"),
			"message_extension_id": target("Extension that text messages to the number go to"),
		},
	}
}

// internationalNumber accepts a number as +<digits> or 00<digits>: the
// spellings with no doubt about the country. The PBX's own spelling, the
// digits alone, is refused: it reads like a national number.
func internationalNumber() validator.String {
	return stringCheck{description: "an international number, +<digits> or 00<digits>", check: func(s string) string {
		if phonenumber.IsInternational(s) {
			return ""
		}
		return fmt.Sprintf("%q is not an international number: write it as +74951234567 or 0074951234567 (the country "+
			"code first; the PBX's own spelling 74951234567 is taken with a + in front).", s)
	}}
}

func (r *didAssignmentResource) Identify(m didAssignmentModel) string {
	clientID, id := m.ref()
	if id == 0 {
		return fmt.Sprintf("DID %s of client %s", m.Number.ValueString(), clientID)
	}
	return fmt.Sprintf("DID %s (did_id %d) of client %s", m.Number.ValueString(), id, clientID)
}

// Create finds the number among the client's DIDs and routes it: a PUT of
// what differs from its current assignment, none when nothing does.
func (r *didAssignmentResource) Create(ctx context.Context, plan *didAssignmentModel, _ didAssignmentModel) error {
	clientID, _ := plan.ref()
	did, err := r.findDID(ctx, clientID, plan.Number.ValueString())
	if err != nil {
		return err
	}
	want, _ := plan.toAPI(ctx)
	if _, err := r.Client.DIDs().Patch(ctx, clientID, did.ID, did.Assignment(), want); err != nil {
		return err
	}
	plan.setID(did.ID)
	plan.setOwner(did.ClientID)
	return nil
}

// findDID is the client's DID with the number; a number it does not have
// is an error that says where its numbers are listed.
func (r *didAssignmentResource) findDID(ctx context.Context, clientID, number string) (api.DID, error) {
	did, err := r.Client.FindDID(ctx, clientID, number)
	if api.IsDIDNotOwned(err) {
		return did, fmt.Errorf("%w. DIDs are bought outside the API, so only a number the client has can be assigned; %s "+
			"(data \"telecom_pbx_dids\" \"all\" { client_id = %q })", err, didsHint, clientID)
	}
	return did, err
}

// Delete unassigns the DID; the number stays the client's.
func (r *didAssignmentResource) Delete(ctx context.Context, state didAssignmentModel) error {
	clientID, id := state.ref()
	_, err := r.Client.UnassignDID(ctx, clientID, id)
	return err
}

func (r *didAssignmentResource) ImportID() resourceid.Format {
	f := objectIDFormat("did_id")
	f.Expected = "<client_id>/<did_id> or <client_id>/<number> with the number as +… or 00…, e.g. @me/501 or " +
		"12345/+74951234567 (" + didsHint + ")"
	return f
}

// Import takes <client_id>/<did_id>, or <client_id>/<number>, which it
// resolves to the DID's id with one listing request. Digits alone are a
// did_id: a number is written with + or 00.
func (r *didAssignmentResource) Import(ctx context.Context, parts []string) (resourcekit.Attributes, error) {
	number := parts[1]
	if !strings.HasPrefix(number, "+") && !strings.HasPrefix(number, "00") {
		return importObject("did_id", parts)
	}
	if !phonenumber.IsInternational(number) {
		return nil, resourceid.Invalidf("number %q in %q must be an international number such as +74951234567", number, resourceid.Join(parts...))
	}
	if !clientIDPattern.MatchString(parts[0]) {
		return importObject("did_id", parts) // says what is wrong with the client id
	}
	did, err := r.findDID(ctx, parts[0], number)
	if err != nil {
		return nil, err
	}
	attrs, err := importObject("did_id", []string{parts[0], strconv.FormatInt(did.ID, 10)})
	if err == nil {
		attrs["number"] = numbertype.New(number)
	}
	return attrs, err
}

// ListSchema: the client filter of every PBX list resource, and which DIDs
// are listed.
func (r *didAssignmentResource) ListSchema() listschema.Schema {
	s := r.object.ListSchema()
	s.MarkdownDescription += " Only DIDs that ring an extension or pass messages to one are listed: an unassigned " +
		"DID has no assignment to bring under Terraform (the `telecom_pbx_dids` data source lists every DID)."
	return s
}

// List yields the client's assigned DIDs.
func (r *didAssignmentResource) List(ctx context.Context, config tfsdk.Config, yield func(didAssignmentModel) bool) error {
	return r.object.List(ctx, config, func(m didAssignmentModel) bool {
		if m.ExtensionID.IsNull() && m.MessageExtensionID.IsNull() {
			return true
		}
		return yield(m)
	})
}

// DisplayName: "0074951234567 -> extension 3001 (DID 501)".
func (r *didAssignmentResource) DisplayName(m didAssignmentModel) string {
	var to []string
	if !m.ExtensionID.IsNull() {
		to = append(to, fmt.Sprintf("extension %d", m.ExtensionID.ValueInt64()))
	}
	if !m.MessageExtensionID.IsNull() {
		to = append(to, fmt.Sprintf("messages to extension %d", m.MessageExtensionID.ValueInt64()))
	}
	return fmt.Sprintf("%s -> %s (DID %d)", m.Number.ValueString(), strings.Join(to, ", "), m.DIDID.ValueInt64())
}
