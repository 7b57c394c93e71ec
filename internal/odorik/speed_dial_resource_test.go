package odorik_test

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

const speedDialAddr = "telecom_odorik_speed_dial.test"

// speedDial is the configuration of telecom_odorik_speed_dial.test; a zero
// shortcut and an empty name are left out.
type speedDial struct {
	shortcut int64
	number   string
	name     string
}

func (s speedDial) hcl() string {
	var b strings.Builder
	b.WriteString("resource \"telecom_odorik_speed_dial\" \"test\" {\n")
	if s.shortcut != 0 {
		fmt.Fprintf(&b, "  shortcut = %d\n", s.shortcut)
	}
	fmt.Fprintf(&b, "  number   = %q\n", s.number)
	if s.name != "" {
		fmt.Fprintf(&b, "  name     = %q\n", s.name)
	}
	b.WriteString("}\n")
	return b.String()
}

func speedDialConfig(env *acctest.OdorikEnv, s speedDial) string {
	return env.ProviderConfig("") + s.hcl()
}

// speedDialsNamed lists the account's speed dials with this name, read
// through the API (the sandbox or the real service).
func speedDialsNamed(env *acctest.OdorikEnv, name string) ([]api.SpeedDial, error) {
	all, err := env.Client.SpeedDials(context.Background())
	if err != nil {
		return nil, err
	}
	var out []api.SpeedDial
	for _, sd := range all {
		if sd.Name == name {
			out = append(out, sd)
		}
	}
	return out, nil
}

// checkSpeedDial asserts that the account has exactly one speed dial named
// name, at the shortcut in state, dialling number; name "" checks the one
// at the shortcut in state.
func checkSpeedDial(env *acctest.OdorikEnv, number, name string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[speedDialAddr]
		if !ok {
			return fmt.Errorf("%s not in state", speedDialAddr)
		}
		shortcut, err := strconv.ParseInt(rs.Primary.Attributes["shortcut"], 10, 64)
		if err != nil {
			return err
		}
		sd, err := env.Client.SpeedDial(context.Background(), shortcut)
		if err != nil {
			return fmt.Errorf("speed dial %d at the API: %w", shortcut, err)
		}
		if !phonenumber.Equal(sd.Number, number) || sd.Name != name {
			return fmt.Errorf("speed dial %d at the API is %+v, want number %s and name %q", shortcut, sd, number, name)
		}
		if name != "" {
			if same, err := speedDialsNamed(env, name); err != nil || len(same) != 1 {
				return fmt.Errorf("speed dials named %q: %+v %v, want exactly one", name, same, err)
			}
		}
		return nil
	}
}

// checkNoSpeedDial asserts that no speed dial has one of these names.
func checkNoSpeedDial(env *acctest.OdorikEnv, names ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		for _, name := range names {
			left, err := speedDialsNamed(env, name)
			if err != nil {
				return err
			}
			if len(left) > 0 {
				return fmt.Errorf("speed dials named %q are left: %+v", name, left)
			}
		}
		return nil
	}
}

// checkShortcutFree asserts that no speed dial has the shortcut.
func checkShortcutFree(env *acctest.OdorikEnv, shortcut *string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		n, err := strconv.ParseInt(*shortcut, 10, 64)
		if err != nil {
			return err
		}
		if sd, err := env.Client.SpeedDial(context.Background(), n); err == nil {
			return fmt.Errorf("shortcut %d still has %+v", n, sd)
		}
		return nil
	}
}

// The whole life of a speed dial: the API picks the shortcut; import;
// number, name and shortcut changed in place (the id follows the shortcut);
// the name dropped; an empty re-plan; destroy.
func TestAccOdorikSpeedDial_lifecycle(t *testing.T) {
	env := acctest.Odorik(t)
	first := speedDial{number: "*754321", name: "tf-acc-reception"}
	moved := speedDial{shortcut: 77, number: "00420737007770", name: "tf-acc-mobile"}
	var assigned string
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, first.name, moved.name),
		Steps: []resource.TestStep{
			{
				Config: speedDialConfig(env, first),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectUnknownValue(speedDialAddr, tfjsonpathRoot("shortcut")),
						plancheck.ExpectUnknownValue(speedDialAddr, tfjsonpathRoot("id")),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestMatchResourceAttr(speedDialAddr, "shortcut", regexp.MustCompile(`^[1-9][0-9]*$`)),
					resource.TestCheckResourceAttrPair(speedDialAddr, "id", speedDialAddr, "shortcut"),
					resource.TestCheckResourceAttr(speedDialAddr, "number", first.number),
					resource.TestCheckResourceAttr(speedDialAddr, "name", first.name),
					checkSpeedDial(env, first.number, first.name),
					acctest.StoreAttr(speedDialAddr, "shortcut", &assigned),
				),
			},
			{
				ResourceName:      speedDialAddr,
				ImportState:       true,
				ImportStateVerify: true,
			},
			{
				// Everything at once, in place: the speed dial moves to 77.
				Config: speedDialConfig(env, moved),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(speedDialAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(speedDialAddr, tfjsonpathRoot("id"), knownString("77")),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(speedDialAddr, "shortcut", "77"),
					resource.TestCheckResourceAttr(speedDialAddr, "id", "77"),
					resource.TestCheckResourceAttr(speedDialAddr, "number", moved.number),
					checkSpeedDial(env, "00420737007770", moved.name),
					checkShortcutFree(env, &assigned),
					checkNoSpeedDial(env, first.name),
				),
			},
			{
				ResourceName:      speedDialAddr,
				ImportState:       true,
				ImportStateId:     "77",
				ImportStateVerify: true,
			},
			{
				// Name and shortcut left out: the name is cleared, the
				// shortcut stays where it is.
				Config: speedDialConfig(env, speedDial{number: moved.number}),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(speedDialAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(speedDialAddr, tfjsonpathRoot("shortcut"), knownInt(77)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(speedDialAddr, "shortcut", "77"),
					resource.TestCheckNoResourceAttr(speedDialAddr, "name"),
					checkSpeedDial(env, "00420737007770", ""),
				),
			},
			{
				Config:   speedDialConfig(env, speedDial{number: moved.number}),
				PlanOnly: true, // the re-plan is empty
			},
		},
	})
}

// The user's "+420…" spelling stays in state although the API answers
// "00420…", and switching spellings changes nothing at the API.
func TestAccOdorikSpeedDial_numberSpelling(t *testing.T) {
	env := acctest.Odorik(t)
	env.RequireSandbox(t) // counts requests
	plus := speedDial{shortcut: 57, number: "+420737007770", name: "tf-acc-spelling"}
	zeros := plus
	zeros.number = "00420737007770"
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, plus.name),
		Steps: []resource.TestStep{
			{
				Config: speedDialConfig(env, plus),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply:             []plancheck.PlanCheck{plancheck.ExpectKnownValue(speedDialAddr, tfjsonpathRoot("id"), knownString("57"))},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(speedDialAddr, "number", plus.number),
					resource.TestCheckResourceAttr(speedDialAddr, "id", "57"),
					checkSpeedDial(env, zeros.number, plus.name),
				),
			},
			{
				PreConfig: func() { env.Sandbox.Kit.ResetRequests() },
				Config:    speedDialConfig(env, zeros),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(speedDialAddr, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeAggregateTestCheckFunc(
					resource.TestCheckResourceAttr(speedDialAddr, "number", zeros.number),
					func(*terraform.State) error {
						for _, r := range env.Sandbox.Kit.Requests() {
							if r.Method != http.MethodGet {
								return fmt.Errorf("a new spelling sent %s %s", r.Method, r.Path)
							}
						}
						return nil
					},
				),
			},
		},
	})
}

// Deleted behind Terraform's back: the refresh forgets it, the next apply
// creates it again.
func TestAccOdorikSpeedDial_driftDeleted(t *testing.T) {
	env := acctest.Odorik(t)
	s := speedDial{number: "*754321", name: "tf-acc-drift-deleted"}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, s.name),
		Steps: []resource.TestStep{
			{Config: speedDialConfig(env, s), Check: checkSpeedDial(env, s.number, s.name)},
			{
				// Someone deletes it in the Odorik web admin.
				PreConfig: func() {
					found, err := speedDialsNamed(env, s.name)
					if err != nil || len(found) != 1 {
						t.Fatalf("before drift: %v %+v", err, found)
					}
					if err := env.Client.DeleteSpeedDial(context.Background(), found[0].Shortcut); err != nil {
						t.Fatal(err)
					}
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check:              checkNotInState(speedDialAddr),
			},
			{
				Config: speedDialConfig(env, s),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(speedDialAddr, plancheck.ResourceActionCreate)},
				},
				Check: checkSpeedDial(env, s.number, s.name),
			},
		},
	})
}

// Changed behind Terraform's back: the plan puts it back, in place.
func TestAccOdorikSpeedDial_driftChanged(t *testing.T) {
	env := acctest.Odorik(t)
	s := speedDial{shortcut: 58, number: "*754321", name: "tf-acc-drift-changed"}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		CheckDestroy:             checkNoSpeedDial(env, s.name, "someone else's"),
		Steps: []resource.TestStep{
			{Config: speedDialConfig(env, s), Check: checkSpeedDial(env, s.number, s.name)},
			{
				PreConfig: func() {
					number, name := "00420737000058", "someone else's"
					if _, err := env.Client.UpdateSpeedDial(context.Background(), s.shortcut, api.SpeedDialChange{Number: &number, Name: &name}); err != nil {
						t.Fatal(err)
					}
				},
				Config: speedDialConfig(env, s),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(speedDialAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectKnownValue(speedDialAddr, tfjsonpathRoot("number"), knownString(s.number)),
					},
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: checkSpeedDial(env, s.number, s.name),
			},
		},
	})
}

// Every rule knowable offline is checked at plan time, before any request.
func TestAccOdorikSpeedDial_invalidInput(t *testing.T) {
	env := acctest.Odorik(t)
	t.Cleanup(func() { env.RequireNoRequests(t) }) // also when a step fails
	cases := []struct {
		s   speedDial
		err string
	}{
		{speedDial{number: ""}, `Invalid number`},
		{speedDial{number: "733 123 456"}, `"733 123 456" is not valid here`},
		{speedDial{number: "0042x"}, `"0042x" is not valid here`},
		{speedDial{number: "*100", shortcut: -3}, `(?s)shortcut.*value must be at least 1, got: -3`},
		{speedDial{number: "*100", name: strings.Repeat("a", 151)}, `(?s)name.*UTF-8 character count must be between 1 and 150, got: 151`},
		{speedDial{number: "*100", name: strings.Repeat("ž", 151)}, `(?s)name.*UTF-8 character count must be between 1 and 150, got: 151`},
	}
	var steps []resource.TestStep
	for _, c := range cases {
		steps = append(steps, resource.TestStep{
			Config:      speedDialConfig(env, c.s),
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(c.err),
		})
	}
	// What the struct cannot write: shortcut 0 and an empty name.
	base := speedDialConfig(env, speedDial{number: "*100"})
	for _, c := range []struct{ line, err string }{
		{"  shortcut = 0\n", `(?s)shortcut.*value must be at least 1, got: 0`},
		{"  name     = \"\"\n", `(?s)name.*UTF-8 character count must be between 1 and 150, got: 0`},
	} {
		steps = append(steps, resource.TestStep{
			Config:      strings.Replace(base, "  number", c.line+"  number", 1),
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(c.err),
		})
	}
	// 150 characters of two bytes each are fine: characters, not bytes.
	steps = append(steps, resource.TestStep{
		Config:             speedDialConfig(env, speedDial{number: "*100", name: strings.Repeat("ž", 150)}),
		PlanOnly:           true,
		ExpectNonEmptyPlan: true,
	})
	for _, id := range []string{"abc", "0", "-4", "9/1", "1.5"} {
		steps = append(steps, resource.TestStep{
			Config:        base,
			ResourceName:  speedDialAddr,
			ImportState:   true,
			ImportStateId: id,
			ExpectError:   regexp.MustCompile(`(?s)Invalid import ID for telecom_odorik_speed_dial.*Expected\s+<shortcut>, e.g. 9`),
		})
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps:                    steps,
	})
}

func knownString(s string) knownvalue.Check { return knownvalue.StringExact(s) }

func knownInt(n int64) knownvalue.Check { return knownvalue.Int64Exact(n) }
