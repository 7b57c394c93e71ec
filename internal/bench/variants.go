package main

import "fmt"

// Registry addresses the CLI configuration's dev_overrides serve.
const (
	providerSource = "telecom-tf/telecom"
	providerAddr   = "registry.terraform.io/" + providerSource
	floorSource    = "bench/floor"
	floorAddr      = "registry.terraform.io/" + floorSource
)

// variant is one side of a comparison: this provider, or a floor.
type variant string

const (
	ours      variant = "ours"
	coreFloor variant = "terraform_data"
	plugFloor variant = "floor_noop"
)

var variants = []variant{ours, coreFloor, plugFloor}

// inOrder is the variants in the order of run r: rotated by one each run,
// so that every variant takes every place once in three runs and a machine
// warming up or slowing down is shared out.
func inOrder(r int) []variant {
	k := r % len(variants)
	return append(append([]variant(nil), variants[k:]...), variants[:k]...)
}

// floorConfig is the configuration of n objects of a floor.
func floorConfig(v variant, n int) string {
	switch v {
	case coreFloor:
		return fmt.Sprintf("resource \"terraform_data\" \"r\" {\n  count = %d\n  input = \"v-${count.index}\"\n}\n", n)
	case plugFloor:
		return requiredProvider("floor", floorSource) +
			fmt.Sprintf("resource \"floor_noop\" \"r\" {\n  count = %d\n  input = \"v-${count.index}\"\n}\n", n)
	}
	panic("floorConfig: not a floor: " + string(v))
}
