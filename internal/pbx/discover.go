package pbx

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

// Every PBX resource that embeds object is Discoverable: resource identity
// { client_id, <id attribute> } and a list resource of the same name.
var (
	_ resourcekit.Discoverable[intervalModel] = &intervalResource{}
	_ resourcekit.Discoverable[dialRuleModel] = &dialRuleResource{}
)

// IdentitySchema names one object whatever the provider configuration is:
// the numeric client id, never @me, and the object's id. The attributes are
// the import ID's parts, in their order (objectIDFormat).
func (o *object[M, T, P]) IdentitySchema() identityschema.Schema {
	s := identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"client_id": identityschema.StringAttribute{
			RequiredForImport: true,
			Description:       "The PBX client's numeric id (never @me).",
		},
		o.idAttr: identityschema.Int64Attribute{
			RequiredForImport: true,
			Description:       fmt.Sprintf("The PBX's id of the %s.", o.kind),
		},
	}}
	if o.variants != nil {
		s.Attributes[o.variants.attr] = identityschema.StringAttribute{
			RequiredForImport: true,
			Description:       fmt.Sprintf("The %s's %s: %s.", o.kind, o.variants.attr, strings.Join(o.variants.values, ", ")),
		}
	}
	return s
}

// Identity names the client by the numeric id the API answered with the
// object, so it costs no request. Only without an answer (the object has
// vanished, or an update made no call) is a client_id of "@me" resolved:
// one request per provider process, none for a numeric id.
func (o *object[M, T, P]) Identity(ctx context.Context, m M) (resourcekit.Attributes, error) {
	clientID, id := P(&m).ref()
	numeric := strconv.FormatInt(P(&m).owner(), 10)
	if P(&m).owner() <= 0 {
		var err error
		if numeric, err = o.numericClientID(ctx, clientID); err != nil {
			return nil, err
		}
	}
	identity := resourcekit.Attributes{"client_id": numeric, o.idAttr: id}
	if o.variants != nil {
		identity[o.variants.attr] = variantOf(&m)
	}
	return identity, nil
}

func (o *object[M, T, P]) numericClientID(ctx context.Context, clientID string) (string, error) {
	numeric, err := o.Client.NumericClientID(ctx, clientID)
	if err != nil {
		return "", fmt.Errorf("could not resolve client %s to its numeric id: %w", clientID, err)
	}
	return numeric, nil
}

// ListSchema is the list block of every PBX list resource: the client.
// A resource with more filters overrides ListSchema and List.
func (o *object[M, T, P]) ListSchema() listschema.Schema {
	return listschema.Schema{
		MarkdownDescription: fmt.Sprintf("Lists the %ss of one PBX client: one API request per page of the listing, "+
			"and no further page once `limit` results are out. Results name the client by its numeric id, in their "+
			"identity and in `client_id`, so generated configuration sets `client_id` explicitly.", o.kind),
		Attributes: map[string]listschema.Attribute{
			"client_id": listschema.StringAttribute{
				Optional: true,
				MarkdownDescription: "The PBX client whose " + o.kind + "s to list: its numeric id, or `@me` for the " +
					"client the application belongs to. Defaults to the provider's `pbx.client_id`.",
				Validators: []validator.String{clientIDValidator()},
			},
		},
	}
}

// List yields the objects of the configured client (by default the
// provider's) as Read leaves them after an import: the numeric client id,
// times and other spellings as the examples write them. It walks the
// listing page by page and asks for no further page once yield returns
// false.
func (o *object[M, T, P]) List(ctx context.Context, config tfsdk.Config, yield func(M) bool) error {
	return o.listWhere(ctx, config, nil, yield)
}

// listWhere is List over the objects filter selects (the listing's query
// parameters), for a resource whose list block has more filters.
func (o *object[M, T, P]) listWhere(ctx context.Context, config tfsdk.Config, filter api.Filter, yield func(M) bool) error {
	var configured types.String
	if diags := config.GetAttribute(ctx, path.Root("client_id"), &configured); diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	clientID := o.Client.DefaultClientID()
	if !configured.IsNull() && !configured.IsUnknown() {
		clientID = configured.ValueString()
	}
	if o.variants == nil {
		_, err := o.listFrom(ctx, o.collection(o.Client), "", clientID, filter, yield)
		return err
	}
	for _, variant := range o.variants.values {
		if more, err := o.listFrom(ctx, o.variants.collection(o.Client, variant), variant, clientID, filter, yield); err != nil || !more {
			return err
		}
	}
	return nil
}

// listFrom yields the objects of one collection (of one variant, for
// objects with variants) and says whether yield wants more.
func (o *object[M, T, P]) listFrom(ctx context.Context, objects *api.Collection[T], variant, clientID string,
	filter api.Filter, yield func(M) bool) (bool, error) {
	more := true
	var mapErr error
	err := objects.WalkWhere(ctx, clientID, filter, func(in T) bool {
		var m M
		if v, ok := any(&m).(variantModel); ok {
			v.setVariant(variant)
		}
		if diags := P(&m).fromAPI(ctx, in); diags.HasError() {
			mapErr = resourcekit.Diagnostics(diags)
			return false
		}
		// Every object carries its client's numeric id: results name the
		// client by it, in client_id too, with no request to resolve "@me".
		numeric := strconv.FormatInt(objects.ClientIDOf(in), 10)
		if objects.ClientIDOf(in) <= 0 {
			numeric, mapErr = o.numericClientID(ctx, clientID)
			if mapErr != nil {
				return false
			}
		}
		P(&m).setClientID(numeric)
		P(&m).setID(objects.ID(in))
		P(&m).setOwner(objects.ClientIDOf(in))
		more = yield(m)
		return more
	})
	if mapErr != nil {
		return false, mapErr
	}
	return more, err
}

// DisplayName is the object's name and kind with its id: "Office hours
// (interval 17)".
func (o *object[M, T, P]) DisplayName(m M) string {
	_, id := P(&m).ref()
	return fmt.Sprintf("%s (%s %d)", P(&m).name(), o.kind, id)
}
