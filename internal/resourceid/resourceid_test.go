package resourceid

import (
	"errors"
	"strings"
	"testing"
)

var routeForm = Format{Parts: []string{"public_number", "route_id"}, Example: "00420533533533/17"}

func TestSplit(t *testing.T) {
	got, err := routeForm.Split("00420533533533/17")
	if err != nil || got[0] != "00420533533533" || got[1] != "17" {
		t.Fatalf("Split = %q, %v", got, err)
	}
	got, err = Format{Parts: []string{"x", "rest"}}.Split("a/b/c")
	if err != nil || got[1] != "b/c" {
		t.Fatalf("the last part keeps the separator: %q, %v", got, err)
	}
	for _, bad := range []string{"", "00420533533533", "/17", "00420533533533/", "/"} {
		_, err := routeForm.Split(bad)
		if err == nil {
			t.Errorf("Split(%q) accepted", bad)
			continue
		}
		if !strings.Contains(err.Error(), "<public_number>/<route_id>") {
			t.Errorf("error %q does not name the expected form", err)
		}
		if !IsInvalid(err) {
			t.Errorf("Split(%q): %v is not an invalid-form error", bad, err)
		}
	}
}

func TestJoin(t *testing.T) {
	if Join("a", "b") != "a/b" {
		t.Fatal(Join("a", "b"))
	}
	if JoinInt("@me", 42) != "@me/42" {
		t.Fatal(JoinInt("@me", 42))
	}
}

func TestDescribe(t *testing.T) {
	if got := routeForm.Describe(); got != "<public_number>/<route_id>, e.g. 00420533533533/17" {
		t.Errorf("Describe = %q", got)
	}
	hinted := routeForm
	hinted.Hint = "see the data source"
	if got := hinted.Describe(); got != "<public_number>/<route_id>, e.g. 00420533533533/17 (see the data source)" {
		t.Errorf("Describe with a hint = %q", got)
	}
	own := Format{Parts: []string{"id"}, Expected: "the id or name:<name>"}
	if got := own.Describe(); got != "the id or name:<name>" {
		t.Errorf("Describe with Expected = %q", got)
	}
}

func TestPositiveInt(t *testing.T) {
	if n, err := PositiveInt("route_id", "17"); err != nil || n != 17 {
		t.Fatalf("PositiveInt = %d, %v", n, err)
	}
	for _, bad := range []string{"0", "-3", "x", "1.5"} {
		_, err := PositiveInt("route_id", bad)
		if err == nil || !strings.Contains(err.Error(), `route_id "`+bad+`" must be a positive whole number`) || !IsInvalid(err) {
			t.Errorf("PositiveInt(%q) = %v", bad, err)
		}
	}
	if IsInvalid(errors.New("lookup failed")) {
		t.Error("a plain error counts as an invalid form")
	}
}
