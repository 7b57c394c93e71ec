package resourcekit

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
