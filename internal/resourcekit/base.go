package resourcekit

import (
	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
)

// Base is embedded by every resource and data source definition: the driver
// puts the vendor's API client into Client when the provider is configured.
type Base[C comparable] struct {
	// Client is the vendor's API client. It is the zero value until
	// Configure ran, and stays zero when the vendor is not configured (the
	// driver has then reported how to configure it).
	Client C
}

func (b *Base[C]) setClient(c C) { b.Client = c }

// clientHolder is satisfied only by embedding Base.
type clientHolder[C comparable] interface{ setClient(C) }

// binding is what the resource and the data source drivers share: the
// names, and the vendor whose client the definition gets.
type binding[C comparable] struct {
	meta   Meta
	vendor providerdata.Vendor[C]
	holder clientHolder[C]
}

func (b binding[C]) typeName(provider string) string { return provider + "_" + b.meta.TypeName }

// configure hands the definition the vendor's client, or says how to
// configure the vendor.
func (b binding[C]) configure(providerData any) diag.Diagnostics {
	client, diags := b.vendor.From(providerData)
	b.holder.setClient(client)
	return diags
}

// fresh makes copies of a prototype definition: every framework resource
// gets its own, so that configuring one never touches another.
func fresh[D any](prototype D) func() *D {
	return func() *D { def := prototype; return &def }
}

// providerName is the provider's type name, which prefixes every type name.
const providerName = "telecom"

// Meta names a resource or data source.
type Meta struct {
	// TypeName follows the provider's name: "odorik_route" makes
	// telecom_odorik_route.
	TypeName string
	// Noun names the kind of object in messages: "Odorik route".
	Noun string
	// Verbs replace the default wording of an operation's error.
	Verbs Verbs
	// PartialListing says the vendor's listing lacks attributes the object
	// has (SerwerSMS's index has no name, IPEX's list of numbers no
	// settings). When a query asks for the objects (include_resource, and
	// so terraform query -generate-config-out), each listed object is then
	// read as Read does: one request per result, never past limit. A plain
	// query stays one request per page. An object found gone is left out;
	// another error is that result's diagnostic.
	PartialListing bool
	// MutableIdentity says an update may change the identity: the object's
	// id is something the API changes in place (an Odorik speed dial's
	// shortcut). Without it the framework refuses such an update.
	MutableIdentity bool
}

// Verb words one operation in an error: summary "Error <Doing> <noun>",
// detail "Could not <Do> <object>: <error>".
type Verb struct {
	Do, Doing string
}

// Verbs of the four operations; a zero Verb takes the default (create,
// read, update, delete).
type Verbs struct {
	Create, Read, Update, Delete Verb
}

var defaultVerbs = Verbs{
	Create: Verb{"create", "creating"},
	Read:   Verb{"read", "reading"},
	Update: Verb{"update", "updating"},
	Delete: Verb{"delete", "deleting"},
}

func (v Verb) or(fallback Verb) Verb {
	if v == (Verb{}) {
		return fallback
	}
	return v
}
