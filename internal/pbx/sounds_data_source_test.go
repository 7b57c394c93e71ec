package pbx_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// Every sound, the client's own, and one picked by its exact title (the
// way hold_music is chosen).
func TestAccPBXSoundsDataSource_basic(t *testing.T) {
	env := acctest.PBX(t)
	env.RequireSandbox(t) // the seeded sounds
	all := env.Sandbox.Sounds()
	own, holdFile := 0, ""
	for _, s := range all {
		if s.ClientID != nil {
			own++
		}
		if s.ID == sandbox.DemoHoldMusicSoundID {
			holdFile = s.Filename
		}
	}
	sounds := tfjsonpath.New("sounds")
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig("") + holdMusicLookup + `
data "telecom_pbx_sounds" "all" {}

data "telecom_pbx_sounds" "own" {
  own_only = true
}

data "telecom_pbx_sounds" "none" {
  title = "office music on hold"
}
`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.telecom_pbx_sounds.all", sounds, knownvalue.ListSizeExact(len(all))),
				statecheck.ExpectKnownValue("data.telecom_pbx_sounds.own", sounds, knownvalue.ListSizeExact(own)),
				statecheck.ExpectKnownValue("data.telecom_pbx_sounds.none", sounds, knownvalue.ListSizeExact(0)),
				statecheck.ExpectKnownValue("data.telecom_pbx_sounds.hold", sounds, knownvalue.ListExact([]knownvalue.Check{
					knownvalue.ObjectExact(map[string]knownvalue.Check{
						"id":       knownvalue.Int64Exact(sandbox.DemoHoldMusicSoundID),
						"title":    knownvalue.StringExact(holdMusicTitle),
						"filename": knownvalue.StringExact(holdFile),
					}),
				})),
			},
		}},
	})
}
