package ipex_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// TestMain enables `go test ./internal/ipex -sweep=all`.
func TestMain(m *testing.M) {
	resource.TestMain(m)
}
