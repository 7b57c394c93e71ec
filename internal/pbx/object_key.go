package pbx

import (
	"errors"
	"fmt"
	"maps"
	"net/http"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourcekit"
)

// objectKey is the id and client_id every PBX resource model has; the
// model adds its own <noun>_id attribute and says where it is (ref, setID).
type objectKey struct {
	ID       types.String `tfsdk:"id"`
	ClientID types.String `tfsdk:"client_id"`
}

func (k *objectKey) setClientID(clientID string) { k.ClientID = types.StringValue(clientID) }

// keyed sets the resource id for the PBX's id of the object and returns
// that id as the model's <noun>_id value.
func (k *objectKey) keyed(id int64) types.Int64 {
	k.ID = objectID(k.ClientID.ValueString(), id)
	return types.Int64Value(id)
}

// objectAttributes are a PBX resource's attributes: its own, and id,
// client_id and the PBX's id (idAttr, described by idDescription).
func objectAttributes(idAttr, idDescription string, own map[string]schema.Attribute) map[string]schema.Attribute {
	attrs := map[string]schema.Attribute{
		"id":        resourcekit.IDAttribute(fmt.Sprintf("`<client_id>/<%s>`; also the import ID.", idAttr)),
		idAttr:      resourcekit.AssignedID(idDescription),
		"client_id": clientIDAttribute(),
	}
	maps.Copy(attrs, own)
	return attrs
}

// whenInUse adds advice to a 409 answer to a delete (the object is still
// in use); other errors and nil are returned as they are. Terraform deletes
// an object that left the configuration before it updates the objects that
// stop referring to it, unless the deleted one has create_before_destroy.
func whenInUse(err error, advice string) error {
	var apiErr *api.Error
	if errors.As(err, &apiErr) && apiErr.HTTPStatus == http.StatusConflict {
		return fmt.Errorf("%w %s. To change those and delete this in one apply, give it "+
			"lifecycle { create_before_destroy = true } and apply that first: Terraform then deletes it last", err, advice)
	}
	return err
}

// whenLimitReached adds advice to the PBX's refusal of a create because the
// client already has as many objects of the kind as limitName (a field of
// GET /client/{id}/limit/) allows; other errors and nil are returned as they
// are. The docs give no code for it [inf]: the answer is taken to be a 400
// whose status is limit_exceeded or whose message names the limit.
func whenLimitReached(err error, limitName, objects string) error {
	var apiErr *api.Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusBadRequest ||
		(apiErr.Status != "limit_exceeded" && !strings.Contains(apiErr.Message, limitName)) {
		return err
	}
	return fmt.Errorf("%w The client already has as many %s as its %s allows (the telecom_pbx_limits data source "+
		"shows the limit): delete one it no longer needs, or ask Telphin to raise the limit", err, objects, limitName)
}

// DisplayName: "hangup -> POST https://hooks.example.com/hangup (phone event 7)".
func (r *phoneEventResource) DisplayName(m phoneEventModel) string {
	return fmt.Sprintf("%s -> %s %s (phone event %d)", m.EventType.ValueString(), m.Method.ValueString(), m.URL.ValueString(),
		m.PhoneEventID.ValueInt64())
}

// clientOrDefault is a data source's client_id, or the provider's default
// when the configuration leaves it out.
func clientOrDefault(c *api.Client, configured types.String) string {
	if configured.IsNull() {
		return c.DefaultClientID()
	}
	return configured.ValueString()
}
