package api

import (
	"encoding/json"
	"strings"
	"testing"
)

// flexWant is what one JSON value must decode to. An empty error string
// means "no error"; otherwise the error must contain it.
type flexWant struct {
	json    string
	null    bool
	str     string
	i       int64
	iErr    string
	f       float64
	fErr    string
	b       bool
	bErr    string
	comment string
}

var flexCases = []flexWant{
	{json: `3`, str: "3", i: 3, f: 3, bErr: `expected 0 or 1, got "3"`},
	{json: `"3"`, str: "3", i: 3, f: 3, bErr: "expected 0 or 1"},
	{json: `-7`, str: "-7", i: -7, f: -7, bErr: "expected 0 or 1"},
	{json: `0`, str: "0", i: 0, f: 0, b: false},
	{json: `1`, str: "1", i: 1, f: 1, b: true},
	{json: `"0"`, str: "0", i: 0, f: 0, b: false},
	{json: `"1"`, str: "1", i: 1, f: 1, b: true},
	{json: `"0.00000"`, str: "0.00000", i: 0, f: 0, b: false, comment: "database decimal as a string"},
	{json: `"1536.00000"`, str: "1536.00000", i: 1536, f: 1536, bErr: "expected 0 or 1"},
	{json: `"3.000"`, str: "3.000", i: 3, f: 3, bErr: "expected 0 or 1"},
	{json: `1.5`, str: "1.5", iErr: `expected a whole number, got "1.5"`, f: 1.5, bErr: `expected 0 or 1, got "1.5"`},
	{json: `"12.75"`, str: "12.75", iErr: "expected a whole number", f: 12.75, bErr: "expected 0 or 1"},
	{json: `1e3`, str: "1e3", i: 1000, f: 1000, bErr: "expected 0 or 1"},
	{json: `1e20`, str: "1e20", iErr: "expected a whole number", f: 1e20, bErr: "expected 0 or 1"},
	{json: `"9007199254740993"`, str: "9007199254740993", i: 9007199254740993, f: 9007199254740993, bErr: "expected 0 or 1",
		comment: "2^53+1 must not go through float64"},
	{json: `9223372036854775807`, str: "9223372036854775807", i: 9223372036854775807, f: 9223372036854775807, bErr: "expected 0 or 1"},
	{json: `" 42 "`, str: " 42 ", i: 42, f: 42, bErr: "expected 0 or 1", comment: "padded database value"},
	{json: `"abc"`, str: "abc", iErr: `expected a whole number, got "abc"`, fErr: `expected a number, got "abc"`, bErr: `expected 0 or 1, got "abc"`},
	{json: `"2024-06-05 00:00:00"`, str: "2024-06-05 00:00:00", iErr: "expected a whole number", fErr: "expected a number", bErr: "expected 0 or 1"},
	{json: `"assinante.sandbox"`, str: "assinante.sandbox", iErr: "whole number", fErr: "number", bErr: "0 or 1"},
	{json: `"João Pedro Almeida"`, str: "João Pedro Almeida", iErr: "whole number", fErr: "number", bErr: "0 or 1"},
	{json: `"\u00e7\"x"`, str: "ç\"x", iErr: "whole number", fErr: "number", bErr: "0 or 1", comment: "escapes are decoded"},
	{json: `true`, str: "1", i: 1, f: 1, b: true},
	{json: `false`, str: "0", i: 0, f: 0, b: false},
	{json: `null`, null: true, str: "", iErr: "whole number", fErr: "number", bErr: "0 or 1"},
	{json: `""`, null: true, str: "", iErr: "whole number", fErr: "number", bErr: "0 or 1"},
	{json: `"   "`, null: true, str: "   ", iErr: "whole number", fErr: "number", bErr: "0 or 1"},
}

func TestFlexDecoding(t *testing.T) {
	for _, tc := range flexCases {
		t.Run(tc.json, func(t *testing.T) {
			var f Flex
			if err := json.Unmarshal([]byte(tc.json), &f); err != nil {
				t.Fatalf("Unmarshal(%s): %v", tc.json, err)
			}
			checkFlex(t, f, tc)

			// The same value as a member of an object, padded with
			// whitespace, as it arrives in a record.
			var rec struct {
				V Flex `json:"v"`
			}
			if err := json.Unmarshal([]byte(`{"v" :  `+tc.json+` }`), &rec); err != nil {
				t.Fatalf("Unmarshal as member: %v", err)
			}
			checkFlex(t, rec.V, tc)
		})
	}
}

func checkFlex(t *testing.T, f Flex, tc flexWant) {
	t.Helper()
	if f.IsNull() != tc.null {
		t.Errorf("IsNull = %v, want %v", f.IsNull(), tc.null)
	}
	if f.String() != tc.str {
		t.Errorf("String = %q, want %q", f.String(), tc.str)
	}
	i, err := f.Int64()
	checkErr(t, "Int64", err, tc.iErr)
	if err == nil && i != tc.i {
		t.Errorf("Int64 = %d, want %d", i, tc.i)
	}
	x, err := f.Float64()
	checkErr(t, "Float64", err, tc.fErr)
	if err == nil && x != tc.f {
		t.Errorf("Float64 = %v, want %v", x, tc.f)
	}
	b, err := f.Bool()
	checkErr(t, "Bool", err, tc.bErr)
	if err == nil && b != tc.b {
		t.Errorf("Bool = %v, want %v", b, tc.b)
	}
}

func checkErr(t *testing.T, what string, err error, want string) {
	t.Helper()
	switch {
	case want == "" && err != nil:
		t.Errorf("%s: unexpected error %v", what, err)
	case want != "" && err == nil:
		t.Errorf("%s: no error, want one containing %q", what, want)
	case want != "" && !strings.Contains(err.Error(), want):
		t.Errorf("%s: error %q does not contain %q", what, err, want)
	}
}

// Objects and arrays are not scalars: the decoder refuses them with a
// message that quotes (a bounded piece of) the value.
func TestFlexRejectsNonScalars(t *testing.T) {
	long := `{"a":"` + strings.Repeat("x", 500) + `"}`
	for _, in := range []string{`{}`, `{"a":1}`, `[]`, `[1,2]`, `[{"username":"x"}]`, long} {
		t.Run(in[:min(len(in), 20)], func(t *testing.T) {
			var f Flex
			err := json.Unmarshal([]byte(in), &f)
			if err == nil {
				t.Fatalf("Unmarshal(%s) = %+v, want an error", in, f)
			}
			mustContain(t, err.Error(), "expected a number, a string or null")
			if len(err.Error()) > 300 {
				t.Errorf("error quotes %d bytes of the value, want a short excerpt", len(err.Error()))
			}
			// Inside a record member too.
			var rec struct {
				V Flex `json:"v"`
			}
			if err := json.Unmarshal([]byte(`{"v":`+in+`}`), &rec); err == nil {
				t.Errorf("member %s accepted: %+v", in, rec.V)
			}
		})
	}
}

func TestFlexZeroAndFlexOf(t *testing.T) {
	var zero Flex
	if !zero.IsNull() || zero.String() != "" {
		t.Errorf("zero Flex: IsNull %v String %q, want null and empty", zero.IsNull(), zero.String())
	}
	if _, err := zero.Int64(); err == nil {
		t.Error("zero Flex Int64: no error")
	}
	// An absent member stays the zero value.
	var rec struct {
		V Flex `json:"v"`
	}
	if err := json.Unmarshal([]byte(`{}`), &rec); err != nil || !rec.V.IsNull() {
		t.Errorf("absent member: %+v %v, want null", rec.V, err)
	}
	// null after a value resets it.
	f := FlexOf("5")
	if n, err := f.Int64(); err != nil || n != 5 || f.IsNull() {
		t.Errorf("FlexOf(5): %d %v null=%v", n, err, f.IsNull())
	}
	if err := json.Unmarshal([]byte(`null`), &f); err != nil || !f.IsNull() || f.String() != "" {
		t.Errorf("null into a set Flex: %+v %v, want null", f, err)
	}
	if !FlexOf("").IsNull() {
		t.Error(`FlexOf("") is not null`)
	}
}
