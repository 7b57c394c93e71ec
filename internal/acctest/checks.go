package acctest

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

// Words turns a phrase into a regular expression that tolerates the line
// breaks terraform puts into long diagnostics.
func Words(phrase string) string {
	parts := strings.Fields(phrase)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return strings.Join(parts, `\s+`)
}

// Phrases is a regular expression that finds the phrases (see Words) in
// this order anywhere in terraform's output.
func Phrases(ps ...string) *regexp.Regexp {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = Words(p)
	}
	return regexp.MustCompile(`(?s)` + strings.Join(parts, `.*`))
}

// StoreAttr copies an attribute of a resource in state into *into, so a
// later step can compare (e.g. an id that must not change).
func StoreAttr(address, attr string, into *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[address]
		if !ok {
			return fmt.Errorf("%s not in state", address)
		}
		*into = rs.Primary.Attributes[attr]
		if *into == "" {
			return fmt.Errorf("%s.%s is empty", address, attr)
		}
		return nil
	}
}
