package phonenumber

import (
	"strings"
	"testing"
)

func TestToInternational(t *testing.T) {
	for _, tc := range []struct {
		name        string
		number, cc  string
		want        string
		errMentions []string // non-nil: an error is expected and must contain these
	}{
		// International numbers stay international, in the 00… form.
		{name: "plus with spaces", number: "+420 602 123 456", cc: "420", want: "00420602123456"},
		{name: "00 with spaces", number: "00420 602 123 456", cc: "420", want: "00420602123456"},
		{name: "plus with dashes", number: "+420-602-123-456", cc: "420", want: "00420602123456"},
		{name: "plus with dots", number: "+420.602.123.456", cc: "420", want: "00420602123456"},
		{name: "plus, another country than country_code", number: "+44 20 7946 0018", cc: "420", want: "00442079460018"},
		{name: "00, another country than country_code", number: "0044 20 7946 0018", cc: "420", want: "00442079460018"},
		{name: "already canonical", number: "00420602123456", cc: "420", want: "00420602123456"},
		{name: "surrounding whitespace", number: "  +420 602 123 456\t", cc: "420", want: "00420602123456"},
		{name: "space after plus", number: "+ 420 602 123 456", cc: "420", want: "00420602123456"},

		// National numbers get the country code.
		{name: "national with spaces", number: "602 123 456", cc: "420", want: "00420602123456"},
		{name: "national with parentheses and dash", number: "(602) 123-456", cc: "420", want: "00420602123456"},
		{name: "national US style, one-digit country code", number: "(212) 555-0100", cc: "1", want: "0012125550100"},
		{name: "national with trunk prefix 0 dropped", number: "020 7946 0018", cc: "44", want: "00442079460018"},
		{name: "national with trunk prefix in parentheses", number: "(0602) 123-456", cc: "420", want: "00420602123456"},
		{name: "national with slash and tab", number: "602/123\t456", cc: "420", want: "00420602123456"},
		{name: "country code written with plus", number: "602 123 456", cc: "+420", want: "00420602123456"},
		{name: "country code written with 00", number: "602 123 456", cc: "00420", want: "00420602123456"},
		{name: "country code with surrounding spaces", number: "602 123 456", cc: " 44 ", want: "0044602123456"},
		{name: "three-digit country code", number: "912 345 678", cc: "351", want: "00351912345678"},

		// Lenient lengths: 6 to 20 digits after 00.
		{name: "6 digits is the minimum", number: "+420602", cc: "420", want: "00420602"},
		{name: "20 digits (long DID range) is accepted", number: "+420 602 123 456 7890 1234", cc: "420", want: "0042060212345678901234"},
		{name: "5 digits is too short", number: "+42060", cc: "420", errMentions: []string{"+42060", "5 digits", "6 to 20"}},
		{name: "21 digits is too long", number: "+420 602 123 456 7890 12345", cc: "420", errMentions: []string{"21 digits", "6 to 20"}},
		{name: "short national number is too short with country code", number: "12", cc: "1", errMentions: []string{"3 digits"}},
		{name: "bare 00", number: "00", cc: "420", errMentions: []string{"0 digits"}},

		// SIP names and * internal numbers come back unchanged.
		{name: "SIP name", number: "hejda_test1", cc: "420", want: "hejda_test1"},
		{name: "SIP name with dot and dash", number: "office.reception-2", cc: "420", want: "office.reception-2"},
		{name: "star internal number", number: "*754321", cc: "420", want: "*754321"},
		{name: "star service code", number: "*100", cc: "420", want: "*100"},
		{name: "multi-part star code", number: "*0888*1*2", cc: "420", want: "*0888*1*2"},
		{name: "long star code", number: "*08700420737007770", cc: "420", want: "*08700420737007770"},

		// Strict characters: errors say what was wrong.
		{name: "empty", number: "", cc: "420", errMentions: []string{"empty"}},
		{name: "only whitespace", number: "   ", cc: "420", errMentions: []string{"empty"}},
		{name: "only separators", number: "(-)", cc: "420", errMentions: []string{"no digits"}},
		{name: "lone plus", number: "+", cc: "420", errMentions: []string{"no digits"}},
		{name: "letter inside digits", number: "602 12a 456", cc: "420", errMentions: []string{"'a'", "position 7"}},
		{name: "comma", number: "602,123,456", cc: "420", errMentions: []string{"','", "position 4"}},
		{name: "underscore in a number", number: "602_123", cc: "420", errMentions: []string{"'_'"}},
		{name: "no-break space", number: "602\u00a0123\u00a0456", cc: "420", errMentions: []string{`'\u00a0'`}},
		{name: "non-ASCII digits", number: "٦٠٢١٢٣٤٥٦", cc: "420", errMentions: []string{"'٦'", "position 1"}},
		{name: "plus not at the start", number: "420+602123456", cc: "420", errMentions: []string{"'+'", "not at the start"}},
		{name: "double plus", number: "++420602123456", cc: "420", errMentions: []string{"'+'", "not at the start"}},
		{name: "plus inside parentheses", number: "(+420) 602 123 456", cc: "420", errMentions: []string{"'+'", "not at the start"}},
		{name: "lone star", number: "*", cc: "420", errMentions: []string{"'*'"}},
		{name: "star code with a space", number: "* 100", cc: "420", errMentions: []string{"'*'"}},
		{name: "SIP-like name starting with a digit", number: "1hejda", cc: "420", errMentions: []string{"'h'", "position 2"}},
		{name: "sip: URI", number: "sip:hejda@example.com", cc: "420", errMentions: []string{"'s'", "position 1", "only digits"}},
		// The position must count in the number as written. Today the
		// leading '+' and leading whitespace are not counted (see report).
		{name: "position counts the leading plus", number: "+420 60x", cc: "420", errMentions: []string{"'x'", "position 8"}},
		{name: "position counts leading whitespace", number: "  602x", cc: "420", errMentions: []string{"'x'", "position 6"}},

		// Country code errors.
		{name: "empty country code", number: "602 123 456", cc: "", errMentions: []string{"country code", "1 to 3 digits"}},
		{name: "country code 0", number: "602 123 456", cc: "0", errMentions: []string{"country code", `"0"`}},
		{name: "country code too long", number: "602 123 456", cc: "4201", errMentions: []string{"country code", `"4201"`}},
		{name: "country code with a letter", number: "602 123 456", cc: "4a", errMentions: []string{"country code"}},
		{name: "country code only plus", number: "602 123 456", cc: "+", errMentions: []string{"country code"}},
		{name: "country code 000420", number: "602 123 456", cc: "000420", errMentions: []string{"country code"}},
		{name: "country code is checked for international numbers too", number: "+420602123456", cc: "x", errMentions: []string{"country code"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ToInternational(tc.number, tc.cc)
			if tc.errMentions != nil {
				if err == nil {
					t.Fatalf("ToInternational(%q, %q) = %q, want an error", tc.number, tc.cc, got)
				}
				if got != "" {
					t.Errorf("ToInternational(%q, %q) returned %q alongside an error", tc.number, tc.cc, got)
				}
				for _, w := range tc.errMentions {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("ToInternational(%q, %q) error %q does not mention %q", tc.number, tc.cc, err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("ToInternational(%q, %q) failed: %v", tc.number, tc.cc, err)
			}
			if got != tc.want {
				t.Errorf("ToInternational(%q, %q) = %q, want %q", tc.number, tc.cc, got, tc.want)
			}
			// The result is canonical: normalizing it again changes nothing.
			if IsInternational(got) {
				if again, err := ToInternational(got, tc.cc); err != nil || again != got {
					t.Errorf("ToInternational(%q) is not idempotent: %q, %v", got, again, err)
				}
			}
		})
	}
}

func TestCountryCode(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		wantErr  bool
	}{
		{in: "420", want: "420"},
		{in: "+420", want: "420"},
		{in: "00420", want: "420"},
		{in: " 44 ", want: "44"},
		{in: "1", want: "1"},
		{in: "+1", want: "1"},
		{in: "001", want: "1"},
		{in: "", wantErr: true},
		{in: " ", wantErr: true},
		{in: "+", wantErr: true},
		{in: "00", wantErr: true},
		{in: "0", wantErr: true},
		{in: "042", wantErr: true},
		{in: "000420", wantErr: true},
		{in: "4201", wantErr: true},
		{in: "4a", wantErr: true},
		{in: "-420", wantErr: true},
		{in: "4 20", wantErr: true},
		{in: "++420", wantErr: true},
	} {
		got, err := CountryCode(tc.in)
		if tc.wantErr {
			if err == nil {
				t.Errorf("CountryCode(%q) = %q, want an error", tc.in, got)
				continue
			}
			if !strings.Contains(err.Error(), "country code") || !strings.Contains(err.Error(), `"`+tc.in+`"`) {
				t.Errorf("CountryCode(%q) error %q does not quote the input as a country code", tc.in, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("CountryCode(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// A SIP name or * code does not need a country code: ToInternational returns
// it unchanged even when the country code is invalid.
func TestToInternationalPassThroughIgnoresCountryCode(t *testing.T) {
	for _, n := range []string{"hejda_test1", "*100"} {
		got, err := ToInternational(n, "")
		if err != nil || got != n {
			t.Errorf("ToInternational(%q, \"\") = %q, %v; want it unchanged", n, got, err)
		}
	}
}
