package odorik_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

func init() {
	resource.AddTestSweepers("telecom_odorik_speed_dial", &resource.Sweeper{
		Name: "telecom_odorik_speed_dial",
		F:    sweepSpeedDials,
	})
}

// sweepSpeedDials deletes the speed dials the acceptance tests name
// tf-acc-… on the real account. The sandbox keeps nothing between runs.
func sweepSpeedDials(string) error {
	if os.Getenv("ODORIK_USER") == "" {
		return nil
	}
	client := api.NewClient(api.Config{
		User: os.Getenv("ODORIK_USER"), Password: os.Getenv("ODORIK_PASSWORD"), BaseURL: os.Getenv("ODORIK_API_URL"),
		Transport: transport.Settings{MaxRetries: 3},
	})
	ctx := context.Background()
	all, err := client.SpeedDials(ctx)
	if err != nil {
		return fmt.Errorf("listing the speed dials: %w", err)
	}
	for _, sd := range all {
		if strings.HasPrefix(sd.Name, "tf-acc-") {
			if err := client.DeleteSpeedDial(ctx, sd.Shortcut); err != nil {
				return fmt.Errorf("deleting speed dial %d: %w", sd.Shortcut, err)
			}
		}
	}
	return nil
}
