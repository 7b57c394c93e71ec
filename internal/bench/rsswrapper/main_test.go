package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestCopyThroughTimesTheFirstLine(t *testing.T) {
	var out bytes.Buffer
	in := "1|6|unix|/tmp/plugin1|grpc|\nlater output"
	if d := copyThrough(strings.NewReader(in), &out, time.Now().Add(-time.Second)); d < time.Second {
		t.Errorf("startup %s, want at least the second since start", d)
	}
	if out.String() != in {
		t.Errorf("copied %q", out.String())
	}
}

func TestCopyThroughWithoutHandshake(t *testing.T) {
	var out bytes.Buffer
	if d := copyThrough(strings.NewReader("no newline"), &out, time.Now()); d != -1 {
		t.Errorf("startup %s, want -1", d)
	}
	if out.String() != "no newline" {
		t.Errorf("copied %q", out.String())
	}
}
