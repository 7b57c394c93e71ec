package main

import (
	"slices"
	"strings"
	"testing"
)

func TestCLIConfig(t *testing.T) {
	got := cliConfig(map[string]string{floorAddr: "/tmp/b/floor", providerAddr: "/tmp/b/telecom"})
	want := `provider_installation {
  dev_overrides {
    "registry.terraform.io/bench/floor" = "/tmp/b/floor"
    "registry.terraform.io/telecom-tf/telecom" = "/tmp/b/telecom"
  }
  direct {}
}
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTerraformEnv(t *testing.T) {
	got := terraformEnv([]string{
		"PATH=/bin", "HOME=/root", "TF_LOG=trace", "TF_CLI_CONFIG_FILE=/root/.terraformrc",
		"ODORIK_USER=real", "TELECOM_MAX_RETRIES=0", "BENCH_PROVIDER_LOG=/old", "SMSC=kept",
	}, "/tmp/b/bench.tfrc", "/tmp/b/log")
	want := []string{
		"PATH=/bin", "HOME=/root", "SMSC=kept",
		"TF_CLI_CONFIG_FILE=/tmp/b/bench.tfrc", "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1", "BENCH_PROVIDER_LOG=/tmp/b/log",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestConfigs(t *testing.T) {
	for _, w := range workloads {
		cfg := oursConfig(w, 100, "  block {}\n")
		for _, want := range []string{`source = "telecom-tf/telecom"`, "provider \"telecom\" {\n  block {}\n}", "count"} {
			if !strings.Contains(cfg, want) {
				t.Errorf("%s: config lacks %q:\n%s", w.name, want, cfg)
			}
		}
	}
	if cfg := pbxWorkload.resources(101); !strings.Contains(cfg, "count      = 51") || !strings.Contains(cfg, "count = 50") {
		t.Errorf("pbx does not split 101 into 51 + 50:\n%s", cfg)
	}
	routes := routesWorkload.resources(100)
	if !strings.Contains(routes, "count          = 100") || strings.Count(routes, `"00420533500`) != routeNumbers {
		t.Errorf("routes:\n%s", routes)
	}
	if cfg := floorConfig(coreFloor, 3); strings.Contains(cfg, "required_providers") || !strings.Contains(cfg, `resource "terraform_data" "r"`) {
		t.Errorf("terraform_data:\n%s", cfg)
	}
	if cfg := floorConfig(plugFloor, 3); !strings.Contains(cfg, `source = "bench/floor"`) || !strings.Contains(cfg, "count = 3") {
		t.Errorf("floor_noop:\n%s", cfg)
	}
}

func TestBenchNumbersAreNotSeeded(t *testing.T) {
	nums := benchNumbers(routeNumbers)
	seen := map[string]bool{}
	for _, n := range nums {
		if len(n) != 14 || !strings.HasPrefix(n, "00420") || seen[n] {
			t.Errorf("bad or repeated number %q", n)
		}
		seen[n] = true
	}
}

func TestInOrderRotates(t *testing.T) {
	place := map[variant]map[int]bool{}
	for r := range 3 {
		for i, v := range inOrder(r) {
			if place[v] == nil {
				place[v] = map[int]bool{}
			}
			place[v][i] = true
		}
	}
	for _, v := range variants {
		if len(place[v]) != 3 {
			t.Errorf("%s took places %v in three runs", v, place[v])
		}
	}
}
