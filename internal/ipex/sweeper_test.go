package ipex_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex"
	ipexapi "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Environment of a sweep beyond the provider's ipex variables.
const (
	// envCustomerID is the customer the acceptance tests' numbers belong to
	// (see acctest.IPEX); a number of any other customer is never touched.
	envCustomerID = "IPEX_ACC_CUSTOMER_ID"
	// envSweepNumbers lists, comma-separated, the national numbers a run
	// against the real API may have ordered. A number has no name to tag and
	// deactivating one ends its service for good, so the sweeper works from
	// this explicit list only: unset, it deactivates nothing.
	envSweepNumbers = "IPEX_ACC_NUMBERS"
)

// statusCanceled is the status of a number whose service has ended.
const statusCanceled = "canceled"

// sweepTimeout bounds the whole sweep: each deactivation is an order that
// IPEX may take minutes to finish.
const sweepTimeout = 15 * time.Minute

var voipNumberSweeper = &resource.Sweeper{Name: "telecom_ipex_voip_number", F: sweepVoIPNumbers}

func init() {
	resource.AddTestSweepers(voipNumberSweeper.Name, voipNumberSweeper)
}

// sweepVoIPNumbers deactivates the listed numbers that still serve the
// acceptance customer, and waits for each order. It does nothing without
// the provider's IPEX credentials (the sandbox keeps nothing between runs),
// the customer, or the list. It goes on past a failure, so that one
// refused order does not keep the other numbers active.
func sweepVoIPNumbers(string) error {
	user, password := os.Getenv(ipex.EnvUsername), os.Getenv(ipex.EnvPassword)
	customer, err := strconv.ParseInt(os.Getenv(envCustomerID), 10, 64)
	numbers := strings.FieldsFunc(os.Getenv(envSweepNumbers), func(r rune) bool { return r == ',' || r == ' ' })
	if user == "" || password == "" || err != nil || len(numbers) == 0 {
		return nil
	}
	c := ipexapi.NewClient(ipexapi.Config{
		Username: user, Password: password, BaseURL: os.Getenv(ipex.EnvBaseURL), AuthScheme: os.Getenv(ipex.EnvAuthScheme),
		Transport: transport.Settings{MaxRetries: 3},
	})
	ctx, cancel := context.WithTimeout(context.Background(), sweepTimeout)
	defer cancel()
	var errs []error
	for _, number := range numbers {
		if err := deactivateIfServing(ctx, c, customer, number); err != nil {
			errs = append(errs, fmt.Errorf("deactivating %s: %w", number, err))
		}
	}
	return errors.Join(errs...)
}

// deactivateIfServing deactivates number if it belongs to customer and is
// not canceled yet; a number IPEX does not know is already clean.
func deactivateIfServing(ctx context.Context, c *ipexapi.Client, customer int64, number string) error {
	n, err := c.Number(ctx, number)
	if errors.Is(err, ipexapi.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if n.CustomerID == nil || *n.CustomerID != customer || n.Status == statusCanceled {
		return nil
	}
	order, err := c.DeactivateNumber(ctx, number)
	if err != nil || order == 0 {
		return err
	}
	_, err = c.WaitForOrder(ctx, order)
	return err
}

// The sweeper, run as `-sweep` runs it (credentials from the environment),
// deactivates exactly the listed numbers of the acceptance customer, and
// does nothing without credentials.
func TestSweepIPEX_deactivatesOnlyListedNumbers(t *testing.T) {
	const otherCustomer int64 = 999001
	sb := sandbox.New(sandbox.WithOrderDelay(0), sandbox.WithCustomers(sandbox.DemoCustomerID, otherCustomer))
	srv := httptest.NewServer(sb)
	t.Cleanup(srv.Close)
	for _, name := range []string{ipex.EnvUsername, ipex.EnvPassword, ipex.EnvBaseURL, ipex.EnvAuthScheme, envCustomerID, envSweepNumbers} {
		t.Setenv(name, "")
	}

	swept := []string{"601555111", "601555112"}
	const (
		otherCustomers = "601555113" // listed, but another customer's
		unlisted       = "601555114" // the acceptance customer's, not listed
		neverOrdered   = "601555115" // listed, unknown to IPEX
	)
	for _, n := range append([]string{otherCustomers, unlisted}, swept...) {
		owner := sandbox.DemoCustomerID
		if n == otherCustomers {
			owner = otherCustomer
		}
		sb.PutNumber(sandbox.Number{Number: n, CustomerID: owner, ProfileID: sandbox.ProfileDefaultID, TariffPlanID: sandbox.TariffPlanStandardID})
	}
	t.Setenv(envSweepNumbers, strings.Join(append([]string{otherCustomers, neverOrdered}, swept...), ", "))
	t.Setenv(envCustomerID, strconv.FormatInt(sandbox.DemoCustomerID, 10))

	// Without credentials the sweep must not even try the API.
	if err := voipNumberSweeper.F(""); err != nil {
		t.Fatalf("without credentials: %v", err)
	}
	if n := sb.Kit.RequestCount(); n != 0 {
		t.Fatalf("without credentials the sandbox received %d requests, want none", n)
	}

	t.Setenv(ipex.EnvUsername, sandbox.DemoUsername)
	t.Setenv(ipex.EnvPassword, sandbox.DemoPassword)
	t.Setenv(ipex.EnvBaseURL, srv.URL)
	if err := voipNumberSweeper.F(""); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		swept[0]: sandbox.StatusCanceled, swept[1]: sandbox.StatusCanceled,
		otherCustomers: sandbox.StatusActive, unlisted: sandbox.StatusActive, sandbox.DemoExistingNumber: sandbox.StatusActive,
	}
	for number, status := range want {
		got, ok := sb.Number(number)
		if !ok || got.Status != status {
			t.Errorf("after the sweep %s is %+v (present: %t), want status %s", number, got, ok, status)
		}
	}
	if _, ok := sb.Number(neverOrdered); ok {
		t.Errorf("the sweep made %s exist", neverOrdered)
	}
}
