package sandboxkit

import (
	"errors"
	"strings"
	"sync"
	"testing"
)

type testSnapshot struct {
	Version int      `json:"version"`
	Names   []string `json:"names"`
}

var errEmptyName = errors.New("empty name")

func buildTestStore(d testSnapshot) ([]string, error) {
	for _, n := range d.Names {
		if n == "" {
			return nil, errEmptyName
		}
	}
	return d.Names, nil
}

func TestSnapshotRestoreRoundTrip(t *testing.T) {
	var mu sync.Mutex
	store := []string{"a", "b"}
	data, err := Snapshot(&mu, func() testSnapshot { return testSnapshot{Version: 3, Names: store} })
	if err != nil || string(data) != "{\n  \"version\": 3,\n  \"names\": [\n    \"a\",\n    \"b\"\n  ]\n}" {
		t.Fatalf("snapshot %q, %v", data, err)
	}
	var restored []string
	if err := Restore(&mu, &restored, data, "test", 3, buildTestStore); err != nil {
		t.Fatal(err)
	}
	if strings.Join(restored, ",") != "a,b" {
		t.Fatalf("restored %v", restored)
	}
}

func TestRestoreRejectsAndKeepsTheStore(t *testing.T) {
	var mu sync.Mutex
	for _, tc := range []struct{ data, why string }{
		{`{"version":3,"names":["a"],"extra":1}`, `unknown field "extra"`},
		{`{"version":3,"names":`, "unexpected EOF"},
		{`{"version":2,"names":["a"]}`, "unsupported version 2"},
		{`{"names":["a"]}`, "unsupported version 0"},
		{`{"version":3,"names":[""]}`, "empty name"},
	} {
		store := []string{"kept"}
		err := Restore(&mu, &store, []byte(tc.data), "test", 3, buildTestStore)
		if err == nil || !strings.HasPrefix(err.Error(), "test sandbox: restore: ") || !strings.Contains(err.Error(), tc.why) {
			t.Errorf("%s: error %v, want one mentioning %q", tc.data, err, tc.why)
		}
		if len(store) != 1 || store[0] != "kept" {
			t.Errorf("%s: the store changed to %v", tc.data, store)
		}
	}
	var store []string
	if err := Restore(&mu, &store, []byte(`{"version":3,"names":[""]}`), "test", 3, buildTestStore); !errors.Is(err, errEmptyName) {
		t.Errorf("build's error is not wrapped: %v", err)
	}
}
