package sms_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sms"
	smsapi "github.com/telecom-tf/terraform-provider-telecom/internal/sms/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// acceptanceUsernamePrefix starts the username of every subaccount an
// acceptance test creates (DESIGN.md, Testing). It is 7 of the 20
// characters SerwerSMS allows, which leaves a test 13 for a word and a
// random suffix.
const acceptanceUsernamePrefix = "tf-acc-"

// envTemplateID names the subaccount the acceptance tests' subaccounts copy
// (see acctest.SMS); the sweeper never deletes it, whatever its name.
const envTemplateID = "SMS_ACC_TEMPLATE_ID"

var subaccountSweeper = &resource.Sweeper{Name: "telecom_sms_subaccount", F: sweepSubaccounts}

func init() {
	resource.AddTestSweepers(subaccountSweeper.Name, subaccountSweeper)
}

// sweepClient is the client the provider would build from the environment
// (the sms block's variables: a token, or else a username and password);
// nil without credentials, so that a sweep without them does nothing: the
// sandbox keeps nothing between runs.
func sweepClient() *smsapi.Client {
	cfg := smsapi.Config{
		APIToken: os.Getenv(sms.EnvAPIToken), Username: os.Getenv(sms.EnvUsername), Password: os.Getenv(sms.EnvPassword),
		BaseURL: os.Getenv(sms.EnvBaseURL), Transport: transport.Settings{MaxRetries: 3},
	}
	if cfg.APIToken == "" && (cfg.Username == "" || cfg.Password == "") {
		return nil
	}
	return smsapi.NewClient(cfg)
}

// sweepSubaccounts deletes the subaccounts with acceptance-test usernames.
// It goes on past a failed delete, so that one refusal does not keep the
// others.
func sweepSubaccounts(string) error {
	c := sweepClient()
	if c == nil {
		return nil
	}
	template, _ := strconv.ParseInt(os.Getenv(envTemplateID), 10, 64)
	ctx := context.Background()
	all, err := c.Subaccounts(ctx)
	if err != nil {
		return fmt.Errorf("listing the subaccounts: %w", err)
	}
	var errs []error
	for _, s := range all {
		if !strings.HasPrefix(s.Username, acceptanceUsernamePrefix) || s.ID == template {
			continue
		}
		if err := c.DeleteSubaccount(ctx, s.ID); err != nil {
			errs = append(errs, fmt.Errorf("deleting subaccount %d (%s): %w", s.ID, s.Username, err))
		}
	}
	return errors.Join(errs...)
}

// The sweeper, run as `-sweep` runs it (credentials from the environment),
// deletes exactly the subaccounts named with the acceptance-test prefix,
// spares the template, and does nothing without credentials.
func TestSweepSMS_deletesOnlyAcceptanceSubaccounts(t *testing.T) {
	sb := sandbox.New()
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)
	for _, name := range []string{sms.EnvAPIToken, sms.EnvUsername, sms.EnvPassword, sms.EnvBaseURL, envTemplateID} {
		t.Setenv(name, "")
	}

	swept := []string{"tf-acc-life-a1b2c3", "tf-acc-sfalse-x9y8z7"} // the longest a test makes: 20 characters
	kept := []string{
		"tf-accounting",     // the prefix without its separator
		"ops.tf-acc-backup", // the prefix, but not at the start
	}
	// A template named like a test subaccount, as SMS_ACC_TEMPLATE_ID names it.
	const template, templateID = "tf-acc-template", 5000
	if err := sb.PutSubaccount(sandbox.Subaccount{ID: templateID, Username: template}); err != nil {
		t.Fatalf("seeding %s: %v", template, err)
	}
	for i, name := range slices.Concat(swept, kept) {
		if err := sb.PutSubaccount(sandbox.Subaccount{ID: templateID + 1 + int64(i), Username: name}); err != nil {
			t.Fatalf("seeding %s: %v", name, err)
		}
	}
	usernames := func() []string {
		var names []string
		for _, s := range sb.Subaccounts() {
			names = append(names, s.Username)
		}
		return names
	}
	// kept, the seeded template, and the test-named template.
	want := slices.Concat(kept, []string{sandbox.DemoTemplateUsername, template})
	before := usernames()

	// Without credentials the sweep must not even try the API.
	if err := subaccountSweeper.F(""); err != nil {
		t.Fatalf("without credentials: %v", err)
	}
	if got := usernames(); !sameNames(got, before) {
		t.Fatalf("without credentials the subaccounts are %q, want all of %q", got, before)
	}
	if n := sb.Kit.RequestCount(); n != 0 {
		t.Fatalf("without credentials the sandbox received %d requests, want none", n)
	}

	t.Setenv(sms.EnvAPIToken, sandbox.DemoAPIToken)
	t.Setenv(sms.EnvBaseURL, srv.URL)
	t.Setenv(envTemplateID, strconv.Itoa(templateID))
	if err := subaccountSweeper.F(""); err != nil {
		t.Fatal(err)
	}
	if got := usernames(); !sameNames(got, want) {
		t.Errorf("after the sweep the subaccounts are %q, want %q", got, want)
	}
}

// sameNames compares two lists of names in any order.
func sameNames(got, want []string) bool {
	got, want = slices.Clone(got), slices.Clone(want)
	slices.Sort(got)
	slices.Sort(want)
	return slices.Equal(got, want)
}
