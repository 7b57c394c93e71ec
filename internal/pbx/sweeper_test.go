package pbx_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx"
	pbxapi "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// acceptanceNamePrefix starts the name of every object an acceptance test
// creates (DESIGN.md, Testing). Intervals and dial rule lists have no other
// mark, so the sweepers tell test objects from the account's own by it.
const acceptanceNamePrefix = "tf-acc-"

var (
	intervalSweeper = &resource.Sweeper{Name: "telecom_pbx_interval", F: sweepIntervals}
	dialRuleSweeper = &resource.Sweeper{Name: "telecom_pbx_dial_rule", F: sweepDialRules}
)

func init() {
	resource.AddTestSweepers(intervalSweeper.Name, intervalSweeper)
	resource.AddTestSweepers(dialRuleSweeper.Name, dialRuleSweeper)
}

// sweepClient is the client the provider would build from the environment
// (the pbx block's variables); nil without credentials, so that a sweep
// without them does nothing: the sandbox keeps nothing between runs.
func sweepClient() *pbxapi.Client {
	appID, secret := os.Getenv(pbx.EnvAppID), os.Getenv(pbx.EnvAppSecret)
	if appID == "" || secret == "" {
		return nil
	}
	return pbxapi.NewClient(pbxapi.Config{
		AppID: appID, AppSecret: secret, BaseURL: os.Getenv(pbx.EnvBaseURL), ClientID: os.Getenv(pbx.EnvClientID),
		Transport: transport.Settings{MaxRetries: 3},
	})
}

// sweepIntervals deletes the intervals with acceptance-test names in the
// client the acceptance tests use (PBX_CLIENT_ID, default @me).
func sweepIntervals(string) error {
	c := sweepClient()
	if c == nil {
		return nil
	}
	return sweepNamed(context.Background(), c.DefaultClientID(), "interval", c.Intervals(),
		func(iv pbxapi.Interval) (int64, string) { return iv.ID, iv.Name })
}

// sweepDialRules deletes the dial rule lists with acceptance-test names.
func sweepDialRules(string) error {
	c := sweepClient()
	if c == nil {
		return nil
	}
	return sweepNamed(context.Background(), c.DefaultClientID(), "dial rule list", c.DialRules(),
		func(l pbxapi.DialRuleList) (int64, string) { return l.ID, l.Name })
}

// sweepNamed deletes every object of one collection whose name starts with
// acceptanceNamePrefix. It goes on past a failed delete, so that one object
// the API refuses to delete does not keep the others.
func sweepNamed[T any](ctx context.Context, clientID, kind string, col *pbxapi.Collection[T], idName func(T) (int64, string)) error {
	all, err := col.List(ctx, clientID)
	if err != nil {
		return fmt.Errorf("listing the %ss of client %s: %w", kind, clientID, err)
	}
	var errs []error
	for _, obj := range all {
		id, name := idName(obj)
		if !strings.HasPrefix(name, acceptanceNamePrefix) {
			continue
		}
		if err := col.Delete(ctx, clientID, id); err != nil {
			errs = append(errs, fmt.Errorf("deleting %s %d (%q) of client %s: %w", kind, id, name, clientID, err))
		}
	}
	return errors.Join(errs...)
}

// The sweepers, run as `-sweep` runs them (credentials from the
// environment), delete exactly the objects named with the acceptance-test
// prefix, and nothing without credentials.
func TestSweepPBX_deletesOnlyAcceptanceObjects(t *testing.T) {
	sb := sandbox.New()
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)
	for _, name := range []string{pbx.EnvAppID, pbx.EnvAppSecret, pbx.EnvBaseURL, pbx.EnvClientID} {
		t.Setenv(name, "")
	}

	swept := []string{"tf-acc-office", "tf-acc-drift-deleted"}
	kept := []string{
		"Office hours",
		"tf-accounting",      // the prefix without its separator
		"night tf-acc-shift", // the prefix, but not at the start
	}
	conditions := []sandbox.Condition{{Month: 1}}
	for _, name := range slices.Concat(swept, kept) {
		sb.PutInterval(sandbox.Interval{Name: name, Timezone: "UTC", Conditions: conditions})
		sb.PutDialRule(sandbox.DialRuleList{Name: name, DialRules: []sandbox.DialRule{{MatchExp: `^(\d{3})$`, ReplExp: `\1`}}})
	}
	intervalNames := func() []string {
		var names []string
		for _, iv := range sb.Intervals() {
			names = append(names, iv.Name)
		}
		return names
	}
	dialRuleNames := func() []string {
		var names []string
		for _, l := range sb.DialRules() {
			names = append(names, l.Name)
		}
		return names
	}
	before := slices.Concat(swept, kept)

	// Without credentials the sweep must not even try the API.
	for _, s := range []*resource.Sweeper{intervalSweeper, dialRuleSweeper} {
		if err := s.F(""); err != nil {
			t.Fatalf("%s without credentials: %v", s.Name, err)
		}
	}
	if got := intervalNames(); !sameNames(got, before) {
		t.Fatalf("without credentials the intervals are %q, want all of %q", got, before)
	}
	if n := sb.Kit.RequestCount(); n != 0 {
		t.Fatalf("without credentials the sandbox received %d requests, want none", n)
	}

	t.Setenv(pbx.EnvAppID, sandbox.DemoAppID)
	t.Setenv(pbx.EnvAppSecret, sandbox.DemoAppSecret)
	t.Setenv(pbx.EnvBaseURL, srv.URL)
	for _, s := range []*resource.Sweeper{intervalSweeper, dialRuleSweeper} {
		if err := s.F(""); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	if got := intervalNames(); !sameNames(got, kept) {
		t.Errorf("after the sweep the intervals are %q, want %q", got, kept)
	}
	if got := dialRuleNames(); !sameNames(got, kept) {
		t.Errorf("after the sweep the dial rule lists are %q, want %q", got, kept)
	}
}

// sameNames compares two lists of names in any order.
func sameNames(got, want []string) bool {
	got, want = slices.Clone(got), slices.Clone(want)
	slices.Sort(got)
	slices.Sort(want)
	return slices.Equal(got, want)
}
