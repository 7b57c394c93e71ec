// Package numbertype is the Terraform side of package phonenumber: a string
// type whose "+420…" and "00420…" spellings are semantically equal, so the
// spelling a user wrote stays in state and the API's spelling never shows a
// diff, plus the validators and plan modifier that go with it.
package numbertype

import (
	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/semanticstring"
)

// phoneNumber is the rule of the type: a leading "+" and "00" are the same.
type phoneNumber struct{}

// Canonical is the spelling sent to the vendor.
func (phoneNumber) Canonical(s string) string { return phonenumber.Normalize(s) }

func (phoneNumber) TypeName() string { return "numbertype.Type" }

// Type is the attribute type of every phone-number-like attribute.
type Type = semanticstring.Type[phoneNumber]

// Value is a phone number as the user wrote it. Value.Canonical is the
// spelling sent to the vendor.
type Value = semanticstring.Value[phoneNumber]

// New returns a known value.
func New(s string) Value { return semanticstring.New[phoneNumber](s) }
