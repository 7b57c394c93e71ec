package resourcekit

import (
	"context"
	"fmt"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// Discoverable is what a definition adds so that existing objects can be
// brought under Terraform: a resource identity (Terraform 1.12+: import {
// identity = … }) and a list resource (1.14+: terraform query).
//
// The identity's attributes are the import ID's parts, with the same names
// in the same order (ImportID().Parts), so an import by identity goes
// through Import exactly like an import by ID string.
type Discoverable[M any] interface {
	IdentitySchema() identityschema.Schema
	// Identity names the object the model describes, whatever the provider
	// configuration is (numbers canonical, PBX client ids numeric). The
	// model is the one an operation or List returned, so fields the schema
	// does not have (`tfsdk:"-"`) may carry what the API answered; after a
	// read that found the object gone, it is the prior state's.
	Identity(ctx context.Context, m M) (Attributes, error)
	// ListSchema is the list block's configuration: its filters.
	ListSchema() listschema.Schema
	// List yields the objects the filters in config name, as Read would
	// leave them right after an import, until yield returns false. It reads
	// whole listings, one request per page, never one request per object.
	List(ctx context.Context, config tfsdk.Config, yield func(M) bool) error
	// DisplayName is how a person recognises the object in a query result.
	DisplayName(m M) string
}

// discoverable is the driver of a Discoverable definition: the resource
// with its identity, and its list resource.
type discoverable[M any, C comparable] struct {
	*managed[M, C]
	disc Discoverable[M]
}

var (
	_ resource.ResourceWithIdentity  = &discoverable[struct{}, *int]{}
	_ list.ListResourceWithConfigure = &discoverable[struct{}, *int]{}
)

// ListResources are the list resources of the given resources: every one
// whose definition is Discoverable.
func ListResources(resources ...func() resource.Resource) []func() list.ListResource {
	var out []func() list.ListResource
	for _, newResource := range resources {
		if _, ok := newResource().(list.ListResource); ok {
			out = append(out, func() list.ListResource {
				l, _ := newResource().(list.ListResource) // checked above
				return l
			})
		}
	}
	return out
}

func (r *discoverable[M, C]) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = r.disc.IdentitySchema()
}

// ImportState takes the ID string or, from an import block with an
// identity, the identity's attributes as the parts of the ID.
func (r *discoverable[M, C]) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if req.ID == "" && req.Identity != nil && !req.Identity.Raw.IsNull() {
		parts, diags := r.identityParts(ctx, *req.Identity)
		resp.Diagnostics.Append(diags...)
		if diags.HasError() {
			return
		}
		req.ID = resourceid.Join(parts...)
	}
	r.managed.ImportState(ctx, req, resp)
}

// identityParts spells the identity's attributes as the import ID's parts.
func (r *discoverable[M, C]) identityParts(ctx context.Context, identity tfsdk.ResourceIdentity) ([]string, diag.Diagnostics) {
	var diags diag.Diagnostics
	names := r.def.ImportID().Parts
	parts := make([]string, 0, len(names))
	for _, name := range names {
		var v attr.Value
		diags.Append(identity.GetAttribute(ctx, path.Root(name), &v)...)
		if diags.HasError() {
			return nil, diags
		}
		switch v := v.(type) {
		case basetypes.StringValue:
			parts = append(parts, v.ValueString())
		case basetypes.Int64Value:
			parts = append(parts, strconv.FormatInt(v.ValueInt64(), 10))
		default:
			diags.AddError("Unsupported identity attribute",
				fmt.Sprintf("Identity attribute %s of %s has type %T. This is a bug in the provider; please report it.", name, r.typeName(providerName), v))
			return nil, diags
		}
	}
	return parts, diags
}

func (r *discoverable[M, C]) setIdentity(ctx context.Context, m M, identity *tfsdk.ResourceIdentity, diags *diag.Diagnostics) {
	attrs, err := r.disc.Identity(ctx, m)
	if err != nil {
		diags.AddError("Error identifying "+r.meta.Noun, fmt.Sprintf("Could not tell the identity of %s: %s", r.def.Identify(m), err))
		return
	}
	for name, value := range attrs {
		diags.Append(identity.SetAttribute(ctx, path.Root(name), value)...)
	}
}

func (r *discoverable[M, C]) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = r.disc.ListSchema()
}

// List streams the definition's objects: identity always, display name,
// the whole object when asked, and no further listing once limit results
// are out.
func (r *discoverable[M, C]) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	stream.Results = func(push func(list.ListResult) bool) {
		var sent int64
		err := r.disc.List(ctx, req.Config, func(m M) bool {
			result := req.NewListResult(ctx)
			if req.IncludeResource && r.meta.PartialListing {
				var gone bool
				if m, gone = r.complete(ctx, m, &result.Diagnostics); gone {
					return true
				}
			}
			result.DisplayName = r.disc.DisplayName(m)
			r.setIdentity(ctx, m, result.Identity, &result.Diagnostics)
			if req.IncludeResource && !result.Diagnostics.HasError() {
				result.Diagnostics.Append(result.Resource.Set(ctx, &m)...)
			}
			sent++
			return push(result) && (req.Limit <= 0 || sent < req.Limit)
		})
		if err != nil {
			var diags diag.Diagnostics
			report(&diags, r.meta.Noun+"s", Verb{Do: "list", Doing: "listing"}, "the "+r.meta.Noun+"s", err)
			push(list.ListResult{Diagnostics: diags})
		}
	}
}

// complete reads what a partial listing lacks, as Read does, for one listed
// object; gone reports an object that vanished since the listing.
func (r *discoverable[M, C]) complete(ctx context.Context, m M, diags *diag.Diagnostics) (_ M, gone bool) {
	err := r.def.Read(ctx, &m)
	switch {
	case err == nil:
		return m, false
	case r.gone(err):
		return m, true
	}
	r.report(diags, r.verbs.Read, r.def.Identify(m), err)
	return m, false
}
