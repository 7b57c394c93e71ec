package sandbox

import "testing"

func TestPCREToRegexp2(t *testing.T) {
	cases := []struct{ in, want string }{
		{`^\d++$`, `^\d+$`},
		{`^a*+b?+c{2}+$`, `^a*b?c{2}$`},
		{`^\++$`, `^\++$`},             // escaped + then a greedy +
		{`^[+]+$`, `^[+]+$`},           // + inside a class is literal
		{`^[]+]++$`, `^[]+]+$`},        // ] first in a class is literal
		{`^(?+1)$`, `^(?+1)$`},         // not a quantifier
		{`^\Q+7(\E\d+$`, `^\+7\(\d+$`}, // quoted literal
		{`^\Q*`, `^\*`},                // \Q without \E runs to the end
	}
	for _, tc := range cases {
		if got := pcreToRegexp2(tc.in); got != tc.want {
			t.Errorf("pcreToRegexp2(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, ok := range []string{`^\Q+7\E\d{10}$`, `^(?!8)\d+$`, `^[0-9]*+$`} {
		if err := compilePCRE(ok); err != nil {
			t.Errorf("compilePCRE(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{`([0-9]`, `a{2,1}`, `a+++`, `[z-a]`} {
		if compilePCRE(bad) == nil {
			t.Errorf("compilePCRE(%q) accepted a broken pattern", bad)
		}
	}
}
