package pbx

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

// objectModel is what the model of a PBX resource tells the shared
// operations: which object it is, and its mapping to the API type T.
type objectModel[T any] interface {
	// ref is the client and the object's id (0 before it is created).
	ref() (clientID string, id int64)
	// setID records the id the PBX gave the object, and the resource id.
	setID(id int64)
	// setClientID sets client_id; setID then makes the resource id.
	setClientID(clientID string)
	// owner is the client's numeric id as the API answered it (0 when no
	// answer said), setOwner records it; models embed apiOwner for both.
	owner() int64
	setOwner(clientID int64)
	// name is the object's name, to tell objects apart in messages.
	name() string
	toAPI(ctx context.Context) (T, diag.Diagnostics)
	fromAPI(ctx context.Context, in T) diag.Diagnostics
}

// apiOwner is what a PBX model keeps of the API's answer besides its
// attributes: the numeric id of the client, which the identity needs and the
// state may spell "@me". It is not part of the schema.
type apiOwner struct{ clientID int64 }

// answeredModel is a model with computed attributes that only the API's
// answer knows (an extension's full name, a network permission's count):
// after a create or an update, object has it fill those the plan left
// unknown from that answer. Models without such attributes skip it.
type answeredModel[T any] interface {
	fillUnknown(answer T)
}

func (a *apiOwner) owner() int64            { return a.clientID }
func (a *apiOwner) setOwner(clientID int64) { a.clientID = clientID }

// object is the operations of a PBX resource whose objects live in one
// api.Collection: create exactly once, read from the shared listing, update
// with a whole PUT, delete, import by <client_id>/<id>, and (discover.go)
// identity and the list resource. A resource embeds it and adds its schema
// and what is particular to it (overriding a method).
type object[M any, T any, P interface {
	*M
	objectModel[T]
}] struct {
	resourcekit.Base[*api.Client]
	// kind names the object in messages: "interval".
	kind string
	// idAttr is the attribute holding the PBX's id: "interval_id".
	idAttr string
	// collection is the client's collection of these objects.
	collection func(*api.Client) *api.Collection[T]
	// partialPut sends only the fields that changed (the API's PUT keeps
	// what it is not sent; arrays go whole). Intervals and dial rule lists
	// send the whole object, as they always have.
	partialPut bool
	// variants, when set, replace collection for objects of one kind that
	// live in several collections: portal users by scope, agents by kind.
	variants *variants[T]
}

// variants are the collections objects of one kind live in, one per value
// of an attribute of the model (variantModel). That attribute is part of
// the resource id, the import ID and the identity, between the client and
// the object's id: <client_id>/<variant>/<id>. It is never changed in
// place: the resource plans a replacement.
type variants[T any] struct {
	// attr is the attribute holding the variant: "scope", "kind".
	attr string
	// values are the variants, in the order List walks them.
	values []string
	// example is an import ID, e.g. "12345/extension/42".
	example    string
	collection func(c *api.Client, variant string) *api.Collection[T]
}

// variantModel is the model of an object with variants.
type variantModel interface {
	variant() string
	setVariant(variant string)
}

// objectsOf is the collection m lives in.
func (o *object[M, T, P]) objectsOf(m *M) *api.Collection[T] {
	if o.variants == nil {
		return o.collection(o.Client)
	}
	return o.variants.collection(o.Client, variantOf(m))
}

// variantOf is the variant of a model of an object with variants.
func variantOf(m any) string {
	v, _ := m.(variantModel) // objects with variants have variant models
	return v.variant()
}

// ModifyPlan fills client_id from the provider's default; see planClientID.
func (o *object[M, T, P]) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	planClientID(ctx, o.Client, req, resp)
}

func (o *object[M, T, P]) Identify(m M) string {
	clientID, id := P(&m).ref()
	if id == 0 {
		return fmt.Sprintf("%s %q for client %s", o.kind, P(&m).name(), clientID)
	}
	return fmt.Sprintf("%s %d of client %s", o.kind, id, clientID)
}

func (o *object[M, T, P]) Create(ctx context.Context, plan *M, _ M) error {
	in, diags := P(plan).toAPI(ctx)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	clientID, _ := P(plan).ref()
	objects := o.objectsOf(plan)
	created, err := objects.Create(ctx, clientID, in)
	if err != nil {
		return err
	}
	// The plan (the user's spelling) goes to state; the API's answer only
	// adds the id. Read keeps the spelling through semantic equality.
	P(plan).setID(objects.ID(created))
	P(plan).setOwner(objects.ClientIDOf(created))
	fillUnknown(P(plan), created)
	return nil
}

func (o *object[M, T, P]) Read(ctx context.Context, state *M) error {
	clientID, id := P(state).ref()
	objects := o.objectsOf(state)
	got, err := objects.Get(ctx, clientID, id)
	if err != nil {
		return err
	}
	P(state).setOwner(objects.ClientIDOf(got))
	return resourcekit.Diagnostics(P(state).fromAPI(ctx, got))
}

func (o *object[M, T, P]) Update(ctx context.Context, plan *M, state, _ M) error {
	in, diags := P(plan).toAPI(ctx)
	if diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	clientID, _ := P(plan).ref()
	_, id := P(&state).ref()
	objects := o.objectsOf(&state)
	var updated T
	var err error
	if o.partialPut {
		before, diags := P(&state).toAPI(ctx)
		if diags.HasError() {
			return resourcekit.Diagnostics(diags)
		}
		updated, err = objects.Patch(ctx, clientID, id, before, in)
	} else {
		updated, err = objects.Update(ctx, clientID, id, in)
	}
	if err != nil {
		return err
	}
	P(plan).setID(id)
	P(plan).setOwner(objects.ClientIDOf(updated))
	fillUnknown(P(plan), updated)
	return nil
}

// fillUnknown gives an answeredModel the API's answer.
func fillUnknown[T any](m any, answer T) {
	if a, ok := m.(answeredModel[T]); ok {
		a.fillUnknown(answer)
	}
}

func (o *object[M, T, P]) Delete(ctx context.Context, state M) error {
	clientID, id := P(&state).ref()
	return o.objectsOf(&state).Delete(ctx, clientID, id)
}

func (o *object[M, T, P]) ImportID() resourceid.Format {
	if o.variants == nil {
		return objectIDFormat(o.idAttr)
	}
	return resourceid.Format{
		Parts:   []string{"client_id", o.variants.attr, o.idAttr},
		Example: o.variants.example + fmt.Sprintf(", where %s is %s", o.variants.attr, strings.Join(o.variants.values, ", ")),
	}
}

func (o *object[M, T, P]) Import(_ context.Context, parts []string) (resourcekit.Attributes, error) {
	if o.variants == nil {
		return importObject(o.idAttr, parts)
	}
	variant := parts[1]
	if !slices.Contains(o.variants.values, variant) {
		return nil, resourceid.Invalidf("%s %q in %q must be one of %s", o.variants.attr, variant, resourceid.Join(parts...),
			strings.Join(o.variants.values, ", "))
	}
	id, err := importedObjectID(o.idAttr, parts)
	if err != nil {
		return nil, err
	}
	return resourcekit.Attributes{
		"id": variantObjectID(parts[0], variant, id), "client_id": parts[0], o.variants.attr: variant, o.idAttr: id,
	}, nil
}

// variantObjectID is the resource id of an object with variants:
// <client_id>/<variant>/<id>.
func variantObjectID(clientID, variant string, id int64) types.String {
	return types.StringValue(resourceid.Join(clientID, variant, strconv.FormatInt(id, 10)))
}
