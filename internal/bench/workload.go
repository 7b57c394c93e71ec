package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// workload is one kind of object the bench makes N of with this provider.
type workload struct {
	name        string
	description string
	// collections is how many API collections hold the N objects: the
	// least number of reads a refresh could get away with.
	collections int
	// note is said in the report when the workload bends the emulator.
	note string
	// start serves a fresh emulator and returns the provider's vendor
	// block pointing at it.
	start func() *sandboxEnv
	// resources is the HCL of the n objects.
	resources func(n int) string
	// createTargets: the create targets of issue 17 (apply with latency,
	// requests per object) are checked for it.
	createTargets bool
	// optional workloads run only when -workloads names them.
	optional bool
}

// sandboxEnv is one running emulator.
type sandboxEnv struct {
	kit         *sandboxkit.Kit
	spans       *spans
	vendorBlock string
	close       func()
}

func serve(h http.Handler, kit *sandboxkit.Kit, vendorBlock func(baseURL string) string) *sandboxEnv {
	sp := &spans{}
	srv := httptest.NewServer(sp.wrap(h))
	return &sandboxEnv{kit: kit, spans: sp, vendorBlock: vendorBlock(srv.URL), close: srv.Close}
}

var workloads = []workload{routesWorkload, routesReplyWorkload, pbxWorkload, smsWorkload}

// defaultWorkloads are the set: every workload but the optional.
func defaultWorkloads() []string {
	var out []string
	for _, w := range workloads {
		if !w.optional {
			out = append(out, w.name)
		}
	}
	return out
}

func workloadNames() []string {
	out := make([]string, len(workloads))
	for i, w := range workloads {
		out[i] = w.name
	}
	return out
}

// workloadByName finds a workload parseOptions has accepted.
func workloadByName(name string) workload {
	for _, w := range workloads {
		if w.name == name {
			return w
		}
	}
	panic("unknown workload " + name)
}

// oursConfig is the whole configuration of a workload: this provider from
// its registry address (served by dev_overrides) and the objects.
func oursConfig(w workload, n int, vendorBlock string) string {
	var b strings.Builder
	b.WriteString(requiredProvider("telecom", providerSource))
	fmt.Fprintf(&b, "provider \"telecom\" {\n%s}\n\n", vendorBlock)
	b.WriteString(w.resources(n))
	return b.String()
}

func requiredProvider(name, source string) string {
	return fmt.Sprintf("terraform {\n  required_providers {\n    %s = {\n      source = %q\n    }\n  }\n}\n\n", name, source)
}

// hclList writes a list of strings as an HCL tuple.
func hclList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(quoted, ", ") + "]"
}
