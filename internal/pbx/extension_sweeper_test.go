package pbx_test

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Sweepers of the extensions (by label: their names are numbers), groups
// and network permissions the acceptance tests name tf-acc-…. Extensions
// go first: a group they belong to cannot be deleted.
var (
	extensionSweeper = &resource.Sweeper{Name: "telecom_pbx_extension", F: func(string) error {
		return sweepWith(func(ctx context.Context, c *pbxapi.Client) error {
			return sweepNamed(ctx, c.DefaultClientID(), "extension", c.Extensions(),
				func(e pbxapi.Extension) (int64, string) { return e.ID, deref(e.Label) })
		})
	}}
	extensionGroupSweeper = &resource.Sweeper{Name: "telecom_pbx_extension_group", Dependencies: []string{"telecom_pbx_extension"},
		F: func(string) error {
			return sweepWith(func(ctx context.Context, c *pbxapi.Client) error {
				return sweepNamed(ctx, c.DefaultClientID(), "extension group", c.ExtensionGroups(),
					func(g pbxapi.ExtensionGroup) (int64, string) { return g.ID, g.Name })
			})
		}}
	networkPermissionSweeper = &resource.Sweeper{Name: "telecom_pbx_network_permission", F: func(string) error {
		return sweepWith(func(ctx context.Context, c *pbxapi.Client) error {
			return sweepNamed(ctx, c.DefaultClientID(), "network permission", c.NetworkPermissions(),
				func(p pbxapi.NetworkPermission) (int64, string) { return p.ID, p.Name })
		})
	}}
)

func init() {
	for _, s := range []*resource.Sweeper{extensionSweeper, extensionGroupSweeper, networkPermissionSweeper} {
		resource.AddTestSweepers(s.Name, s)
	}
}

// sweepWith runs sweep with the environment's client; nothing without
// credentials.
func sweepWith(sweep func(context.Context, *pbxapi.Client) error) error {
	c := sweepClient()
	if c == nil {
		return nil
	}
	return sweep(context.Background(), c)
}

func TestSweepPBX_extensionsGroupsNetworkPermissions(t *testing.T) {
	sb := sandbox.New()
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)
	t.Setenv(pbx.EnvAppID, sandbox.DemoAppID)
	t.Setenv(pbx.EnvAppSecret, sandbox.DemoAppSecret)
	t.Setenv(pbx.EnvBaseURL, srv.URL)
	t.Setenv(pbx.EnvClientID, "")
	g := sb.PutExtensionGroup(sandbox.ExtensionGroup{Name: "tf-acc-sales"}).ID
	kept := sb.PutExtensionGroup(sandbox.ExtensionGroup{Name: "Sales"}).ID
	sb.PutExtension(sandbox.Extension{Name: "100", Type: "phone", Label: "tf-acc-reception", ExtensionGroupID: &g})
	sb.PutExtension(sandbox.Extension{Name: "101", Type: "phone", Label: "Reception", ExtensionGroupID: &kept})
	sb.PutNetworkPermission(sandbox.NetworkPermission{Name: "tf-acc-office", NetworkAddress: []string{"192.0.2.0/24"}})
	sb.PutNetworkPermission(sandbox.NetworkPermission{Name: "Office", NetworkAddress: []string{"192.0.2.0/24"}})
	for _, s := range []*resource.Sweeper{extensionSweeper, extensionGroupSweeper, networkPermissionSweeper} {
		if err := s.F(""); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	if err := checkHeld(sb.Extensions, describeExtension, `345*101 phone  "Reception"`)(nil); err != nil {
		t.Error(err)
	}
	if err := checkHeld(sb.ExtensionGroups, describeExtensionGroup, "Sales")(nil); err != nil {
		t.Error(err)
	}
	if err := checkHeld(sb.NetworkPermissions, describeNetworkPermission, "Office: 192.0.2.0/24")(nil); err != nil {
		t.Error(err)
	}
}
