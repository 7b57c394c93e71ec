package odorik

import (
	"fmt"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

// Import IDs bypass the schema validators, so the same rules are applied here.

func checkImportedNumber(n string) error {
	if phonenumber.IsPublicNumber(n) {
		return nil
	}
	return fmt.Errorf("public_number %q must be an international number such as 00420533533533 or a SIP name", n)
}

func checkImportedTarget(n string) error {
	if phonenumber.IsTarget(n) {
		return nil
	}
	return fmt.Errorf("ringing_number %q must be a number, a line such as *754321, or a SIP name", n)
}
