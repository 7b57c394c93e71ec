package resourceid

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	got, err := Split("00420533533533/17", "public_number", "route_id")
	if err != nil || got[0] != "00420533533533" || got[1] != "17" {
		t.Fatalf("Split = %q, %v", got, err)
	}
	got, err = Split("a/b/c", "x", "rest")
	if err != nil || got[1] != "b/c" {
		t.Fatalf("the last part keeps the separator: %q, %v", got, err)
	}
	for _, bad := range []string{"", "00420533533533", "/17", "00420533533533/", "/"} {
		_, err := Split(bad, "public_number", "route_id")
		if err == nil {
			t.Errorf("Split(%q) accepted", bad)
			continue
		}
		if !strings.Contains(err.Error(), "<public_number>/<route_id>") {
			t.Errorf("error %q does not name the expected form", err)
		}
	}
}

func TestJoin(t *testing.T) {
	if Join("a", "b") != "a/b" {
		t.Fatal(Join("a", "b"))
	}
}
