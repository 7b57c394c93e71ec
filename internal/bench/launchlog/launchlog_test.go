package launchlog

import (
	"path/filepath"
	"testing"
	"time"
)

func TestAppendRead(t *testing.T) {
	file := filepath.Join(t.TempDir(), "log.jsonl")
	if got, err := Read(file); err != nil || got != nil {
		t.Fatalf("missing file: %v, %v", got, err)
	}
	want := []Record{
		{Provider: "terraform-provider-telecom", MaxRSSKiB: 30000, Startup: 40 * time.Millisecond, Lifetime: time.Second},
		{Provider: "terraform-provider-floor", Startup: -1, ExitCode: 1},
	}
	for _, r := range want {
		if err := Append(file, r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Read(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
