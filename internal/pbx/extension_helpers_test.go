package pbx_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Paths of the extension, extension group and network permission
// endpoints (collection and object), as in helpers_test.go.
const (
	extensionsPathRe         = `/client/[^/]+/extension/?$`
	extensionPathRe          = `/client/[^/]+/extension/[0-9]+/?$`
	extensionGroupsPathRe    = `/client/[^/]+/extension_group/?$`
	networkPermissionsPathRe = `/client/[^/]+/network_permission/?$`
)

// checkGoneAtAPI asserts, through the API, that no object of the state's
// resources of type typ (their id in idAttr) is left in collection col.
func checkGoneAtAPI[T any](env *acctest.PBXEnv, typ, idAttr string, col func(*pbxapi.Client) *pbxapi.Collection[T]) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		objects := col(env.Client)
		all, err := objects.List(context.Background(), env.ClientID)
		if err != nil {
			return err
		}
		for _, rs := range s.RootModule().Resources {
			if rs.Type != typ {
				continue
			}
			for _, o := range all {
				if strconv.FormatInt(objects.ID(o), 10) == rs.Primary.Attributes[idAttr] {
					return fmt.Errorf("%s %d still exists", typ, objects.ID(o))
				}
			}
		}
		return nil
	}
}

func checkExtensionsGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return checkGoneAtAPI(env, "telecom_pbx_extension", "extension_id", (*pbxapi.Client).Extensions)
}

func checkExtensionGroupsGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return checkGoneAtAPI(env, "telecom_pbx_extension_group", "extension_group_id", (*pbxapi.Client).ExtensionGroups)
}

func checkNetworkPermissionsGone(env *acctest.PBXEnv) resource.TestCheckFunc {
	return checkGoneAtAPI(env, "telecom_pbx_network_permission", "network_permission_id", (*pbxapi.Client).NetworkPermissions)
}

// checkHeld asserts what the emulator holds of one kind: got lists its
// objects, each described by describe; want is every description, sorted.
func checkHeld[T any](got func() []T, describe func(T) string, want ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		var have []string
		for _, o := range got() {
			have = append(have, describe(o))
		}
		slices.Sort(have)
		slices.Sort(want)
		if !slices.Equal(have, want) {
			return fmt.Errorf("the sandbox holds %q, want %q", have, want)
		}
		return nil
	}
}

// describeExtension is what the tests compare of an extension.
func describeExtension(e sandbox.Extension) string {
	return fmt.Sprintf("%s %s %s %q", e.Name, e.Type, e.Status, e.Label)
}

func describeExtensionGroup(g sandbox.ExtensionGroup) string { return g.Name }

func describeNetworkPermission(p sandbox.NetworkPermission) string {
	nets := slices.Clone(p.NetworkAddress)
	slices.Sort(nets)
	return p.Name + ": " + strings.Join(nets, " ")
}

// sandboxObject runs check on the object whose id is the state's attribute
// idAttr of address, looked up with get.
func sandboxObject[T any](address, idAttr string, get func(int64) (T, bool), check func(T) error) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s not in state", address)
		}
		id, err := strconv.ParseInt(rs.Primary.Attributes[idAttr], 10, 64)
		if err != nil {
			return fmt.Errorf("%s.%s: %w", address, idAttr, err)
		}
		o, ok := get(id)
		if !ok {
			return fmt.Errorf("the sandbox has no object %d for %s", id, address)
		}
		return check(o)
	}
}

// checkPutBodies asserts that every PUT to pathRe since the last reset of
// the recorded requests sent exactly the fields of one of wants (field
// names, sorted and joined with ","), in order: a partial update sends what
// changed and nothing else.
func checkPutBodies(env *acctest.PBXEnv, pathRe string, wants ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		re := regexp.MustCompile(pathRe)
		var got []string
		for _, r := range env.Sandbox.Kit.Requests() {
			if r.Method != "PUT" || !re.MatchString(r.Path) {
				continue
			}
			var body map[string]json.RawMessage
			if err := json.Unmarshal([]byte(r.Body), &body); err != nil {
				return fmt.Errorf("PUT %s sent %q: %w", r.Path, r.Body, err)
			}
			got = append(got, strings.Join(slices.Sorted(maps.Keys(body)), ","))
		}
		if !slices.Equal(got, wants) {
			return fmt.Errorf("PUT bodies had the fields %q, want %q", got, wants)
		}
		return nil
	}
}

// resetRequests forgets the recorded requests (a PreConfig).
func resetRequests(env *acctest.PBXEnv) func() {
	return func() { env.Sandbox.Kit.ResetRequests() }
}

// mustHave fails the test when ok is false (an inspection helper found nothing).
func mustHave(t *testing.T, ok bool, what string) {
	t.Helper()
	if !ok {
		t.Fatalf("the sandbox had no %s", what)
	}
}

// deref is *p, or the zero value for nil.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
