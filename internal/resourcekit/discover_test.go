package resourcekit

import (
	"context"
	"testing"

	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
)

// discoverableThing is a thing with an identity and a list resource.
type discoverableThing struct{ thing }

func (d *discoverableThing) IdentitySchema() identityschema.Schema {
	return identityschema.Schema{Attributes: map[string]identityschema.Attribute{
		"name": identityschema.StringAttribute{RequiredForImport: true},
	}}
}

func (d *discoverableThing) Identity(_ context.Context, m thingModel) (Attributes, error) {
	return Attributes{"name": m.Name.ValueString()}, nil
}

func (d *discoverableThing) ListSchema() listschema.Schema { return listschema.Schema{} }

func (d *discoverableThing) List(context.Context, tfsdk.Config, func(thingModel) bool) error {
	return nil
}

func (d *discoverableThing) DisplayName(m thingModel) string { return m.Name.ValueString() }

func TestOnlyDiscoverableResourcesGetIdentityAndAListResource(t *testing.T) {
	vendor := fakeVendor(&fakeClient{})
	plain := Register[thingModel](vendor, thingMeta, thing{})
	discoverable := Register[thingModel](vendor, Meta{TypeName: "fake_listed", Noun: "fake listed"}, discoverableThing{})
	if _, ok := plain().(resource.ResourceWithIdentity); ok {
		t.Error("a resource without Discoverable declares an identity: Terraform would require one")
	}
	r := as[resource.ResourceWithIdentity](t, discoverable())
	var resp resource.IdentitySchemaResponse
	r.IdentitySchema(context.Background(), resource.IdentitySchemaRequest{}, &resp)
	if _, ok := resp.IdentitySchema.Attributes["name"]; !ok {
		t.Errorf("identity schema %v is not the definition's", resp.IdentitySchema)
	}
	lists := ListResources(plain, discoverable)
	if len(lists) != 1 {
		t.Fatalf("%d list resources, want the discoverable one only", len(lists))
	}
	var meta resource.MetadataResponse
	lists[0]().Metadata(context.Background(), resource.MetadataRequest{ProviderTypeName: "telecom"}, &meta)
	if meta.TypeName != "telecom_fake_listed" {
		t.Errorf("list resource named %q, want the resource's name", meta.TypeName)
	}
}
