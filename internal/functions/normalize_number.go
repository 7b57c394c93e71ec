package functions

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

// NewNormalizeNumber is provider::telecom::normalize_number.
func NewNormalizeNumber() function.Function {
	return providerFunc[string, string]{name: "normalize_number", run: normalizeNumber, definition: function.Definition{
		Summary: "Turns a phone number as people write it into the international 00… form.",
		MarkdownDescription: "Strips spaces, dashes, dots, slashes and parentheses. `+CC…` and `00CC…` stay " +
			"international, in the `00…` form the vendors use. A national number gets `country_code` in front, " +
			"without its trunk prefix `0` (`020 7946 0018` with `44` is `00442079460018`). SIP names and `*` " +
			"internal numbers come back unchanged. Lengths are lenient (6 to 20 digits), characters are strict: " +
			"anything else is an error that says what was wrong.",
		Parameters: []function.Parameter{
			function.StringParameter{Name: "number", MarkdownDescription: "The number, e.g. `+420 602 123 456`, `(0602) 123-456` or `hejda_test1`."},
			function.StringParameter{Name: "country_code", MarkdownDescription: "Country calling code for national numbers: 1 to 3 digits, e.g. `420` or `+44`."},
		},
		Return: function.StringReturn{},
	}}
}

func normalizeNumber(number, countryCode string) (any, *function.FuncError) {
	// The country code is checked first, so each error blames one argument.
	if _, err := phonenumber.CountryCode(countryCode); err != nil {
		return nil, funcError(1, err.Error())
	}
	out, err := phonenumber.ToInternational(number, countryCode)
	if err != nil {
		return nil, funcError(0, err.Error())
	}
	return out, nil
}
