package pbx_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// TestMain enables `go test ./internal/pbx -sweep=all`, which deletes the
// intervals and dial rule lists named tf-acc-… that interrupted acceptance
// runs against the real API left behind (see sweeper_test.go).
func TestMain(m *testing.M) {
	resource.TestMain(m)
}
