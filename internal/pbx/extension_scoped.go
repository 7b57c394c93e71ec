package pbx

import (
	"context"
	"fmt"
	"strconv"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

// What the resources of one extension (its incoming-call rules, its phone
// settings, its webhooks) share: an identity of the client and the
// extension, and a list resource that walks the client's extensions.

// extensionIdentitySchema is { client_id, extension_id }, plus the extra
// attributes of an object of the extension (a webhook's event_id).
func extensionIdentitySchema(extra ...string) identityschema.Schema {
	s := identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"client_id": identityschema.StringAttribute{
			RequiredForImport: true,
			Description:       "The PBX client's numeric id (never @me).",
		},
		"extension_id": identityschema.Int64Attribute{
			RequiredForImport: true,
			Description:       "The PBX's id of the extension.",
		},
	}}
	for _, name := range extra {
		s.Attributes[name] = identityschema.Int64Attribute{RequiredForImport: true, Description: "The PBX's id of the object."}
	}
	return s
}

// extensionIdentity names the client by its numeric id: the answers of an
// extension's endpoints do not carry it, so "@me" is resolved (one request
// per provider process).
func extensionIdentity(ctx context.Context, c *api.Client, clientID string, extensionID int64) (resourcekit.Attributes, error) {
	numeric, err := c.NumericClientID(ctx, clientID)
	if err != nil {
		return nil, fmt.Errorf("could not resolve client %s to its numeric id: %w", clientID, err)
	}
	return resourcekit.Attributes{"client_id": numeric, "extension_id": extensionID}, nil
}

// extensionListSchema: the client, and optionally one extension.
func extensionListSchema(what string) listschema.Schema {
	return listschema.Schema{
		MarkdownDescription: "Lists " + what + ". Results name the client by its numeric id, in their identity and in " +
			"`client_id`, so generated configuration sets `client_id` explicitly.",
		Attributes: map[string]listschema.Attribute{
			"client_id": listschema.StringAttribute{
				Optional: true,
				MarkdownDescription: "The PBX client: its numeric id, or `@me` for the client the application belongs " +
					"to. Defaults to the provider's `pbx.client_id`.",
				Validators: []validator.String{clientIDValidator()},
			},
			"extension_id": listschema.Int64Attribute{
				Optional:            true,
				MarkdownDescription: "Only this extension of the client.",
				Validators:          []validator.Int64{int64validator.AtLeast(1)},
			},
		},
	}
}

// eachListedExtension calls visit with the client's numeric id and each
// extension the list block selects (the client's, or the configured one),
// until visit returns false or an error.
func eachListedExtension(ctx context.Context, c *api.Client, config tfsdk.Config,
	visit func(clientID string, e api.Extension) (bool, error)) error {
	var configured types.String
	var extensionID types.Int64
	if diags := config.GetAttribute(ctx, path.Root("client_id"), &configured); diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	if diags := config.GetAttribute(ctx, path.Root("extension_id"), &extensionID); diags.HasError() {
		return resourcekit.Diagnostics(diags)
	}
	clientID := c.DefaultClientID()
	if !configured.IsNull() && configured.ValueString() != "" {
		clientID = configured.ValueString()
	}
	numeric, err := c.NumericClientID(ctx, clientID)
	if err != nil {
		return fmt.Errorf("could not resolve client %s to its numeric id: %w", clientID, err)
	}
	var filter api.Filter
	if !extensionID.IsNull() {
		filter = api.Filter{"id": strconv.FormatInt(extensionID.ValueInt64(), 10)}
	}
	var visitErr error
	err = c.Extensions().WalkWhere(ctx, clientID, filter, func(e api.Extension) bool {
		var more bool
		more, visitErr = visit(numeric, e)
		return more && visitErr == nil
	})
	if visitErr != nil {
		return visitErr
	}
	return err
}
