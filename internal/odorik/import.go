package odorik

import (
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/resourceid"
)

// Import IDs bypass the schema validators, so the same rules are applied here.

func checkImportedNumber(n string) error {
	if phonenumber.IsPublicNumber(n) {
		return nil
	}
	return resourceid.Invalidf("public_number %q must be an international number such as 00420533533533 or a SIP name", n)
}

func checkImportedTarget(n string) error {
	if phonenumber.IsTarget(n) {
		return nil
	}
	return resourceid.Invalidf("ringing_number %q must be a number, a line such as *754321, or a SIP name", n)
}
