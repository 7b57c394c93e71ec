package docsschema_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"

	"github.com/telecom-tf/terraform-provider-telecom/internal/docsschema"
	"github.com/telecom-tf/terraform-provider-telecom/internal/provider"
)

// The test binary doubles as the providers terraform starts: the CLI
// configuration's dev_overrides point at links to it, and it serves the
// provider its link is named after. No provider is built.
const (
	telecomPlugin     = "terraform-provider-telecom"
	kitchenSinkPlugin = "terraform-provider-kitchensink"
)

func TestMain(m *testing.M) {
	switch filepath.Base(os.Args[0]) {
	case telecomPlugin:
		err := providerserver.Serve(context.Background(), provider.New("dev"), providerserver.ServeOpts{
			Address: docsschema.DocsAddress("telecom"),
		})
		exitOn(err)
	case kitchenSinkPlugin:
		exitOn(tf6server.Serve(kitchenSinkAddress, func() tfprotov6.ProviderServer { return kitchenSink{} }))
	}
	os.Exit(m.Run())
}

func exitOn(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

func telecomServer() tfprotov6.ProviderServer {
	return providerserver.NewProtocol6(provider.New("dev")())()
}

// TestExportReadsAsTfplugindocsReadsIt: the file parses the way tfplugindocs
// parses --providers-schema (tfjson, format version checked), under the
// address it looks the provider up by, with an identity for every list
// resource's resource.
func TestExportReadsAsTfplugindocsReadsIt(t *testing.T) {
	schemas, err := docsschema.Export(t.Context(), telecomServer(), docsschema.DocsAddress("telecom"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := docsschema.Marshal(schemas)
	if err != nil {
		t.Fatal(err)
	}
	var read tfjson.ProviderSchemas
	if err := read.UnmarshalJSON(b); err != nil {
		t.Fatalf("tfjson does not read the export: %s", err)
	}
	ps, ok := read.Schemas["registry.terraform.io/hashicorp/telecom"]
	if !ok {
		t.Fatalf("no registry.terraform.io/hashicorp/telecom in %v", slices.Sorted(maps.Keys(read.Schemas)))
	}
	if len(ps.ResourceSchemas) == 0 || len(ps.DataSourceSchemas) == 0 || len(ps.Functions) == 0 {
		t.Errorf("resources %d, data sources %d, functions %d: want some of each",
			len(ps.ResourceSchemas), len(ps.DataSourceSchemas), len(ps.Functions))
	}
	if len(ps.ListResourceSchemas) == 0 {
		t.Error("no list resource schemas")
	}
	for name := range ps.ListResourceSchemas {
		if ps.ResourceSchemas[name] == nil {
			t.Errorf("list resource %s has no resource", name)
		}
		if ps.ResourceIdentitySchemas[name] == nil {
			t.Errorf("list resource %s has no resource identity", name)
		}
	}
}

// printedSince is, for what terraform providers schema -json prints only
// from some release on, the first release that prints it as it is printed
// today. Terraform 1.13 printed list resource schemas still wrapped in a
// "config" block; 1.14 prints what the provider declares.
var printedSince = map[string][2]int{
	"resource_identity_schemas": {1, 12},
	"list_resource_schemas":     {1, 14},
	"action_schemas":            {1, 14},
}

// TestExportMatchesTerraform: the export is, for the telecom provider and
// for a provider with every schema feature, what the terraform at
// TF_ACC_TERRAFORM_PATH or on PATH prints with terraform providers schema
// -json, for everything that terraform prints (1.11 prints no resource
// identities and no list resources; 1.14 prints both).
func TestExportMatchesTerraform(t *testing.T) {
	tf := terraformPath(t)
	version := terraformVersion(t, tf)
	if less(version, [2]int{1, 11}) {
		t.Skipf("terraform %d.%d at %s is older than 1.11, the first that prints write-only attributes", version[0], version[1], tf)
	}

	dir := t.TempDir()
	pluginDir := filepath.Join(dir, "plugins")
	configDir := filepath.Join(dir, "config")
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{pluginDir, configDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{telecomPlugin, kitchenSinkPlugin} {
		if err := os.Symlink(self, filepath.Join(pluginDir, name)); err != nil {
			t.Fatal(err)
		}
	}
	cliConfig := filepath.Join(dir, "terraformrc")
	writeFile(t, cliConfig, fmt.Sprintf(`provider_installation {
  dev_overrides {
    %q = %q
    %q = %q
  }
  direct {}
}
`, docsschema.DocsAddress("telecom"), pluginDir, kitchenSinkAddress, pluginDir))
	// dev_overrides need no terraform init (which would go online).
	writeFile(t, filepath.Join(configDir, "main.tf"), `terraform {
  required_providers {
    telecom     = { source = "hashicorp/telecom" }
    kitchensink = { source = "hashicorp/kitchensink" }
  }
}
`)

	cmd := exec.CommandContext(t.Context(), tf, "-chdir="+configDir, "providers", "schema", "-json")
	cmd.Env = append(os.Environ(),
		"TF_CLI_CONFIG_FILE="+cliConfig,
		"TF_IN_AUTOMATION=1",
		"CHECKPOINT_DISABLE=1",
		"TF_REATTACH_PROVIDERS=",
		"TF_DATA_DIR="+filepath.Join(dir, "data"),
	)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("terraform providers schema -json: %s\n%s", err, stderr.String())
	}
	printed := decode(t, stdout.Bytes())

	for _, p := range []struct {
		address string
		server  tfprotov6.ProviderServer
	}{
		{docsschema.DocsAddress("telecom"), telecomServer()},
		{kitchenSinkAddress, kitchenSink{}},
	} {
		t.Run(p.address, func(t *testing.T) {
			schemas, err := docsschema.Export(t.Context(), p.server, p.address)
			if err != nil {
				t.Fatal(err)
			}
			b, err := docsschema.Marshal(schemas)
			if err != nil {
				t.Fatal(err)
			}
			exported := decode(t, b)
			if exported["format_version"] != printed["format_version"] {
				t.Errorf("format_version %v, terraform prints %v", exported["format_version"], printed["format_version"])
			}
			want := providerEntry(t, printed, p.address)
			got := providerEntry(t, exported, p.address)
			for key, since := range printedSince {
				if less(version, since) {
					delete(got, key)
					delete(want, key)
				}
			}
			if diffs := jsonDiff("", got, want); len(diffs) > 0 {
				t.Errorf("the export differs from terraform %d.%d's (%d differences):\n%s",
					version[0], version[1], len(diffs), strings.Join(diffs, "\n"))
			}
		})
	}
}

func terraformPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("TF_ACC_TERRAFORM_PATH"); p != "" {
		return p
	}
	p, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("terraform is not on PATH (and TF_ACC_TERRAFORM_PATH is not set): nothing to compare the export with")
	}
	return p
}

// terraformVersion is the terraform's major and minor version.
func terraformVersion(t *testing.T, tf string) [2]int {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), tf, "version", "-json")
	cmd.Env = append(os.Environ(), "CHECKPOINT_DISABLE=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s version -json: %s", tf, err)
	}
	var v struct {
		Version string `json:"terraform_version"`
	}
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("%s version -json: %s", tf, err)
	}
	parts := strings.SplitN(v.Version, ".", 3)
	if len(parts) < 2 {
		t.Fatalf("%s: version %q", tf, v.Version)
	}
	var mm [2]int
	for i := range mm {
		if mm[i], err = strconv.Atoi(parts[i]); err != nil {
			t.Fatalf("%s: version %q", tf, v.Version)
		}
	}
	return mm
}

func less(a, b [2]int) bool {
	return a[0] < b[0] || a[0] == b[0] && a[1] < b[1]
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %.200s", err, b)
	}
	return v
}

func providerEntry(t *testing.T, doc map[string]any, address string) map[string]any {
	t.Helper()
	schemas, _ := doc["provider_schemas"].(map[string]any)
	p, ok := schemas[address].(map[string]any)
	if !ok {
		t.Fatalf("no provider %s among %v", address, slices.Sorted(maps.Keys(schemas)))
	}
	return p
}

// jsonDiff lists where got and want, decoded JSON, differ.
func jsonDiff(path string, got, want any) []string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			break
		}
		keys := slices.Collect(maps.Keys(w))
		for k := range g {
			if _, ok := w[k]; !ok {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		var diffs []string
		for _, k := range keys {
			gv, gok := g[k]
			wv, wok := w[k]
			switch {
			case !gok:
				diffs = append(diffs, fmt.Sprintf("%s/%s: missing, terraform prints %s", path, k, short(wv)))
			case !wok:
				diffs = append(diffs, fmt.Sprintf("%s/%s: %s, terraform prints nothing", path, k, short(gv)))
			default:
				diffs = append(diffs, jsonDiff(path+"/"+k, gv, wv)...)
			}
		}
		return diffs
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			break
		}
		var diffs []string
		for i := range w {
			diffs = append(diffs, jsonDiff(fmt.Sprintf("%s[%d]", path, i), g[i], w[i])...)
		}
		return diffs
	}
	if reflect.DeepEqual(got, want) {
		return nil
	}
	return []string{fmt.Sprintf("%s: %s, terraform prints %s", path, short(got), short(want))}
}

func short(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 200 {
		return string(b[:200]) + "…"
	}
	return string(b)
}
