package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// cliConfig is a terraform CLI configuration that serves each registry
// address from a local directory (dev_overrides): plan and apply then need
// no terraform init, which would try the network.
func cliConfig(overrides map[string]string) string {
	var b strings.Builder
	b.WriteString("provider_installation {\n  dev_overrides {\n")
	for _, addr := range slices.Sorted(maps.Keys(overrides)) {
		fmt.Fprintf(&b, "    %q = %q\n", addr, overrides[addr])
	}
	b.WriteString("  }\n  direct {}\n}\n")
	return b.String()
}
