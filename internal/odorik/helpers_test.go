package odorik_test

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

// matchingRoutes lists the rules of number with this caller and target, read
// through the API (works against the sandbox and the real service).
func matchingRoutes(env *acctest.OdorikEnv, number, source, ringing string) ([]api.Route, error) {
	routes, err := env.Client.Routes(context.Background(), number)
	if err != nil {
		return nil, err
	}
	var out []api.Route
	for _, r := range routes {
		if phonenumber.Equal(r.SourceNumber, source) && phonenumber.Equal(r.RingingNumber, ringing) {
			out = append(out, r)
		}
	}
	return out, nil
}

// checkRouteCount asserts how many identical rules exist at the vendor.
func checkRouteCount(env *acctest.OdorikEnv, number, source, ringing string, want int) func(*terraform.State) error {
	return func(*terraform.State) error {
		got, err := matchingRoutes(env, number, source, ringing)
		if err != nil {
			return err
		}
		if len(got) != want {
			return fmt.Errorf("%s has %d rules %s -> %s, want %d: %+v", number, len(got), source, ringing, want, got)
		}
		return nil
	}
}

// checkNotInState asserts that Terraform forgot a resource.
func checkNotInState(address string) func(*terraform.State) error {
	return func(s *terraform.State) error {
		if _, ok := s.RootModule().Resources[address]; ok {
			return fmt.Errorf("%s is still in state", address)
		}
		return nil
	}
}

func tfjsonpathRoot(name string) tfjsonpath.Path { return tfjsonpath.New(name) }
