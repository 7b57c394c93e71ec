package ipex_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// TestMain enables `go test ./internal/ipex -sweep=all`, which deactivates
// the numbers named in IPEX_ACC_NUMBERS that a run against the real API may
// have ordered (see sweeper_test.go).
func TestMain(m *testing.M) {
	resource.TestMain(m)
}
