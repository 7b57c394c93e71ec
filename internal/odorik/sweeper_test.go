package odorik_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// TestMain enables `go test ./internal/odorik -sweep=all`, which removes what
// interrupted acceptance runs against the real API left behind.
func TestMain(m *testing.M) {
	resource.TestMain(m)
}

// acceptanceTargets are the targets the acceptance tests route to. Odorik
// rules have no name to tag, so the sweeper recognizes test rules by these.
var acceptanceTargets = map[string]bool{
	"*754321": true, "*754322": true, "00420737007770": true, "*08700420737007770": true,
}

func init() {
	resource.AddTestSweepers("telecom_odorik_route", &resource.Sweeper{
		Name: "telecom_odorik_route",
		F:    sweepRoutes,
	})
}

// sweepRoutes deletes rules to the test targets on ODORIK_ACC_PUBLIC_NUMBER.
// The sandbox keeps nothing between runs, so there is nothing to sweep there.
func sweepRoutes(string) error {
	number := os.Getenv("ODORIK_ACC_PUBLIC_NUMBER")
	if number == "" || os.Getenv("ODORIK_USER") == "" {
		return nil
	}
	client := api.NewClient(api.Config{
		User: os.Getenv("ODORIK_USER"), Password: os.Getenv("ODORIK_PASSWORD"), BaseURL: os.Getenv("ODORIK_API_URL"),
		Transport: transport.Settings{MaxRetries: 3},
	})
	ctx := context.Background()
	routes, err := client.Routes(ctx, number)
	if err != nil {
		return fmt.Errorf("listing the rules of %s: %w", number, err)
	}
	for _, r := range routes {
		if acceptanceTargets[r.RingingNumber] {
			if err := client.DeleteRoute(ctx, number, r.ID); err != nil {
				return fmt.Errorf("deleting rule %d of %s: %w", r.ID, number, err)
			}
		}
	}
	return nil
}
