package sandbox

import (
	"encoding/json"
	"testing"
)

func TestValueJSON(t *testing.T) {
	cases := []struct {
		in       string
		str, num bool
		text     string
		n        int64
		isInt    bool
	}{
		{`"12"`, true, false, "12", 12, true},
		{`12`, false, true, "12", 12, true},
		{`-3.5e2`, false, true, "-3.5e2", 0, false},
		{`"João"`, true, false, "João", 0, false},
		{`null`, false, false, "", 0, false},
	}
	for _, c := range cases {
		var v Value
		if err := json.Unmarshal([]byte(c.in), &v); err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		n, isInt := v.Int64()
		if v.IsString() != c.str || v.IsNumber() != c.num || v.IsNull() == (c.str || c.num) ||
			v.String() != c.text || n != c.n || isInt != c.isInt {
			t.Fatalf("%s decoded as %+v", c.in, v)
		}
		out, err := json.Marshal(v)
		if err != nil || string(out) != c.in {
			t.Fatalf("%s re-encoded as %s (%v)", c.in, out, err)
		}
	}
	for _, bad := range []string{`true`, `{}`, `[1]`, `"x`} {
		var v Value
		if err := json.Unmarshal([]byte(bad), &v); err == nil {
			t.Fatalf("accepted %s", bad)
		}
	}
	if _, err := json.Marshal(Number("0x1")); err == nil {
		t.Fatal("encoded an invalid number")
	}
	if out, _ := json.Marshal(Value{}); string(out) != "null" {
		t.Fatalf("zero Value is %s", out)
	}
}
