package phonenumber

import "testing"

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"+420533533533":  "00420533533533",
		"00420533533533": "00420533533533",
		"*100":           "*100",
		"hejda_test1":    "hejda_test1",
		"":               "",
	}
	for in, want := range cases {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEqual(t *testing.T) {
	if !Equal("+420533533533", "00420533533533") {
		t.Error("+420… and 00420… must be equal")
	}
	if Equal("+420533533533", "420533533533") {
		t.Error("a number without international prefix is a different spelling")
	}
}

func TestClassifiers(t *testing.T) {
	type tc struct {
		in                               string
		international, digits, sip, star bool
	}
	cases := []tc{
		{in: "00420533533533", international: true, digits: true},
		{in: "+420533533533", international: true, digits: true},
		{in: "733123456", digits: true},
		{in: "0042", digits: true},
		{in: "00420abc"},
		{in: "+420 533"},
		{in: "hejda_test1", sip: true},
		{in: "1hejda"},
		{in: "*754321", star: true},
		{in: "*0888*1*2", star: true},
		{in: "*"},
		{in: "* 1"},
		{in: ""},
	}
	for _, c := range cases {
		if got := IsInternational(c.in); got != c.international {
			t.Errorf("IsInternational(%q) = %v", c.in, got)
		}
		if got := IsDigits(c.in); got != c.digits {
			t.Errorf("IsDigits(%q) = %v", c.in, got)
		}
		if got := IsSIPName(c.in); got != c.sip {
			t.Errorf("IsSIPName(%q) = %v", c.in, got)
		}
		if got := IsStarCode(c.in); got != c.star {
			t.Errorf("IsStarCode(%q) = %v", c.in, got)
		}
	}
}
