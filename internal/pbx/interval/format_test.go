package interval_test

import (
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/interval"
)

func TestCanonicalTime(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    string
		wantErr bool
	}{
		// Accepted spellings, turned into the API's HH:MM:SS.
		{in: "09:00", want: "09:00:00"},
		{in: "09:00:00", want: "09:00:00"},
		{in: "18:30", want: "18:30:00"},
		{in: "07:05:09", want: "07:05:09"},
		{in: "00:00", want: "00:00:00"},
		{in: "23:59", want: "23:59:00"},
		{in: "23:59:59", want: "23:59:59"},
		{in: "19:00", want: "19:00:00"},

		// Refused spellings.
		{in: "", wantErr: true},
		{in: "24:00", wantErr: true},
		{in: "24:00:00", wantErr: true},
		{in: "25:00", wantErr: true},
		{in: "9:00", wantErr: true},
		{in: "09:0", wantErr: true},
		{in: "09:60", wantErr: true},
		{in: "09:00:60", wantErr: true},
		{in: "09:00:0", wantErr: true},
		{in: "0900", wantErr: true},
		{in: "09-00", wantErr: true},
		{in: "09", wantErr: true},
		{in: "09:00:00:00", wantErr: true},
		{in: "09:00:00.5", wantErr: true},
		{in: " 09:00", wantErr: true},
		{in: "09:00 ", wantErr: true},
		{in: "9am", wantErr: true},
		{in: "ab:cd", wantErr: true},
		{in: "-1:00", wantErr: true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := interval.CanonicalTime(tc.in)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("CanonicalTime(%q) = %q, want an error", tc.in, got)
				}
				if got != "" {
					t.Errorf("CanonicalTime(%q) returned %q alongside an error, want \"\"", tc.in, got)
				}
				// The message must show what was wrong and what is expected.
				for _, want := range []string{`"` + tc.in + `"`, "HH:MM"} {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("CanonicalTime(%q) error %q does not mention %s", tc.in, err, want)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("CanonicalTime(%q) error: %v", tc.in, err)
			}
			if got != tc.want {
				t.Errorf("CanonicalTime(%q) = %q, want %q", tc.in, got, tc.want)
			}
			// The canonical spelling is a fixed point.
			again, err := interval.CanonicalTime(got)
			if err != nil || again != got {
				t.Errorf("CanonicalTime(%q) = %q, %v; want %q (idempotent)", got, again, err, got)
			}
		})
	}
}

func TestSameTime(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"09:00", "09:00:00", true},
		{"09:00:00", "09:00", true},
		{"09:00", "09:00", true},
		{"09:00:00", "09:00:00", true},
		{"00:00", "00:00:00", true},
		{"09:00", "09:01", false},
		{"09:00", "09:00:01", false},
		{"09:00:00", "21:00:00", false},
		{"09:00", "19:00", false},

		// A spelling that is not a time only equals itself, literally.
		{"9:00", "9:00", true},
		{"9:00", "09:00", false},
		{"09:00", "9:00", false},
		{"24:00", "24:00", true},
		{"24:00", "00:00", false},
		{"24:00", "24:00:00", false},
		{"nonsense", "nonsense", true},
		{"nonsense", "Nonsense", false},
		{"", "", true},
		{"", "00:00", false},
		{"00:00", "", false},
	} {
		t.Run(tc.a+"_vs_"+tc.b, func(t *testing.T) {
			if got := interval.SameTime(tc.a, tc.b); got != tc.want {
				t.Errorf("SameTime(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if got := interval.SameTime(tc.b, tc.a); got != tc.want {
				t.Errorf("SameTime(%q, %q) = %v, want %v (symmetry)", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

// With nothing to copy the spelling from, a time reads back as the docs
// write it: HH:MM unless the seconds say otherwise; still the same time.
func TestReadBackTime(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"09:00:00", "09:00"},
		{"00:00:00", "00:00"},
		{"18:30:00", "18:30"},
		{"07:05:09", "07:05:09"},
		{"09:00", "09:00"},
		{"", ""},
		{"24:00:00", "24:00:00"}, // not a time: unchanged
	} {
		got := interval.ReadBackTime(tc.in)
		if got != tc.want {
			t.Errorf("ReadBackTime(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if !interval.SameTime(got, tc.in) {
			t.Errorf("ReadBackTime(%q) = %q names another time", tc.in, got)
		}
	}
}

func TestLoadTimezone(t *testing.T) {
	july := time.Date(2024, time.July, 1, 12, 0, 0, 0, time.UTC)
	january := time.Date(2024, time.January, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		// For valid zones: the UTC offset in seconds in January and July,
		// which proves the zone data is real, not just a name.
		winter, summer int
		wantErr        bool
	}{
		{name: "", wantErr: true},
		{name: "Local", wantErr: true},
		{name: "Mars/Olympus", wantErr: true},
		{name: "Europe/Nowhere", wantErr: true},
		{name: "Europe/Prague", winter: 3600, summer: 7200},
		{name: "UTC", winter: 0, summer: 0},
		{name: "Europe/Moscow", winter: 3 * 3600, summer: 3 * 3600},
		{name: "America/New_York", winter: -5 * 3600, summer: -4 * 3600},
	} {
		t.Run(tc.name, func(t *testing.T) {
			loc, err := interval.LoadTimezone(tc.name)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("LoadTimezone(%q) = %v, want an error", tc.name, loc)
				}
				if loc != nil {
					t.Errorf("LoadTimezone(%q) returned location %v alongside an error", tc.name, loc)
				}
				for _, want := range []string{`"` + tc.name + `"`, "IANA"} {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("LoadTimezone(%q) error %q does not mention %s", tc.name, err, want)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("LoadTimezone(%q) error: %v", tc.name, err)
			}
			if loc == nil {
				t.Fatalf("LoadTimezone(%q) returned a nil location", tc.name)
			}
			if loc.String() != tc.name {
				t.Errorf("LoadTimezone(%q).String() = %q", tc.name, loc.String())
			}
			if _, off := january.In(loc).Zone(); off != tc.winter {
				t.Errorf("%s offset in January = %d s, want %d s", tc.name, off, tc.winter)
			}
			if _, off := july.In(loc).Zone(); off != tc.summer {
				t.Errorf("%s offset in July = %d s, want %d s", tc.name, off, tc.summer)
			}
		})
	}
}
