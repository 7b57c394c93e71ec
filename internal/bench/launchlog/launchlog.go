// Package launchlog is the record rsswrapper writes for every provider
// process terraform starts, and the bench reads back: one JSON line each,
// appended to the file named by the environment variable EnvFile.
package launchlog

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// EnvFile names the file the wrapper appends to; unset, it records nothing.
const EnvFile = "BENCH_PROVIDER_LOG"

// Record is one provider process, from the wrapper's start to the child's
// exit.
type Record struct {
	// Provider is the base name of the wrapped binary
	// (terraform-provider-telecom, terraform-provider-floor).
	Provider string `json:"provider"`
	// MaxRSSKiB is the child's peak resident set (getrusage ru_maxrss, KiB
	// on Linux).
	MaxRSSKiB int64 `json:"maxrss_kib"`
	// Startup is from the wrapper's start to the child's go-plugin
	// handshake line on stdout; negative when there was no handshake.
	Startup time.Duration `json:"startup_ns"`
	// Lifetime is from the wrapper's start to the child's exit.
	Lifetime time.Duration `json:"lifetime_ns"`
	// ExitCode is the child's exit code (-1 when a signal ended it).
	ExitCode int `json:"exit_code"`
}

// Append writes r as one line to file. A line this short is written with
// one write(2) on an O_APPEND file, so concurrent processes do not
// interleave.
func Append(file string, r Record) error {
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

// Read returns every record of file; a missing file has none.
func Read(file string) ([]Record, error) {
	f, err := os.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Record
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", file, n, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}
