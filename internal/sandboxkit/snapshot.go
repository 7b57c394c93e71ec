package sandboxkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
)

// Snapshot encodes an emulator's persisted form as indented JSON (the
// telecom-sandbox state file is meant to be read by people too). read runs
// and its result is encoded under mu, the lock that guards the store.
func Snapshot[D any](mu *sync.Mutex, read func() D) ([]byte, error) {
	mu.Lock()
	defer mu.Unlock()
	return json.MarshalIndent(read(), "", "  ")
}

// Restore replaces *store, under mu, with the store build makes of a
// Snapshot of format version. The snapshot is a JSON object with the
// members of D, one of which is "version". The decoding is strict: an
// unknown member is an error, so that a snapshot of another emulator is not
// half read. On error *store is left unchanged; errors read "<emulator>
// sandbox: restore: …" and wrap build's error.
func Restore[D, S any](mu *sync.Mutex, store *S, data []byte, emulator string, version int, build func(D) (S, error)) error {
	var d D
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(&d)
	if err == nil {
		err = checkVersion(data, version)
	}
	var st S
	if err == nil {
		st, err = build(d)
	}
	if err != nil {
		return fmt.Errorf("%s sandbox: restore: %w", emulator, err)
	}
	mu.Lock()
	defer mu.Unlock()
	*store = st
	return nil
}

// checkVersion reads the version member of a snapshot that has been
// decoded already.
func checkVersion(data []byte, version int) error {
	var head struct {
		Version int `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return err
	}
	if head.Version != version {
		return fmt.Errorf("unsupported version %d", head.Version)
	}
	return nil
}
