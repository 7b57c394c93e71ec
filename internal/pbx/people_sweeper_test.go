package pbx_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Sweepers of the portal users (by login) and agents (by name) the
// acceptance tests name tf-acc-…, in every scope and kind. They run before
// the extension sweeper: the PBX refuses to delete an extension a user or
// a local agent is bound to.
var (
	userSweeper = &resource.Sweeper{Name: "telecom_pbx_user", F: func(string) error {
		return sweepWith(func(ctx context.Context, c *pbxapi.Client) error {
			var errs []error
			for _, scope := range pbxapi.UserScopes {
				errs = append(errs, sweepNamed(ctx, c.DefaultClientID(), scope+" user", c.Users(scope),
					func(u pbxapi.User) (int64, string) { return u.ID, u.Login }))
			}
			return errors.Join(errs...)
		})
	}}
	agentSweeper = &resource.Sweeper{Name: "telecom_pbx_agent", F: func(string) error {
		return sweepWith(func(ctx context.Context, c *pbxapi.Client) error {
			var errs []error
			for _, kind := range pbxapi.AgentKinds {
				agents, err := c.Agents(kind).List(ctx, c.DefaultClientID())
				if err != nil {
					errs = append(errs, fmt.Errorf("listing the %s agents: %w", kind, err))
					continue
				}
				for _, a := range agents {
					if strings.HasPrefix(a.Name, acceptanceNamePrefix) {
						errs = append(errs, c.DeleteAgent(ctx, c.DefaultClientID(), kind, a.ID))
					}
				}
			}
			return errors.Join(errs...)
		})
	}}
)

func init() {
	for _, s := range []*resource.Sweeper{userSweeper, agentSweeper} {
		resource.AddTestSweepers(s.Name, s)
	}
	extensionSweeper.Dependencies = append(extensionSweeper.Dependencies, userSweeper.Name, agentSweeper.Name)
}

func TestSweepPBX_usersAndAgents(t *testing.T) {
	sb := sandbox.New()
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)
	t.Setenv(pbx.EnvAppID, sandbox.DemoAppID)
	t.Setenv(pbx.EnvAppSecret, sandbox.DemoAppSecret)
	t.Setenv(pbx.EnvBaseURL, srv.URL)
	t.Setenv(pbx.EnvClientID, "")
	ext := sb.PutExtension(sandbox.Extension{Name: "100", Type: "phone"}).ID
	sb.PutUser(sandbox.User{Scope: sandbox.UserScopeClient, Login: "tf-acc-admin", Name: "a", Email: "a@example.com"})
	sb.PutUser(sandbox.User{Scope: sandbox.UserScopeExtension, ExtensionID: &ext, Login: "tf-acc-anna", Name: "b", Email: "b@example.com"})
	sb.PutUser(sandbox.User{Scope: sandbox.UserScopeClient, Login: "boss", Name: "c", Email: "c@example.com"})
	sb.PutAgent(sandbox.Agent{Kind: sandbox.AgentKindLocal, ExtensionID: &ext, Name: "tf-acc-anna", Status: "available", Queues: []int64{ext}})
	sb.PutAgent(sandbox.Agent{Kind: sandbox.AgentKindRemote, Number: "+79161234567", Name: "tf-acc-night", Status: "available"})
	sb.PutAgent(sandbox.Agent{Kind: sandbox.AgentKindRemote, Number: "+79161234568", Name: "Night shift", Status: "available"})
	for _, s := range []*resource.Sweeper{userSweeper, agentSweeper} {
		if err := s.F(""); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	var logins, names []string
	for _, u := range sb.Users() {
		logins = append(logins, u.Login)
	}
	for _, a := range sb.Agents() {
		names = append(names, a.Name)
	}
	if strings.Join(logins, ",") != "boss" || strings.Join(names, ",") != "Night shift" {
		t.Errorf("after sweeping, users %v and agents %v are left; want [boss] and [Night shift]", logins, names)
	}
}
