package main

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"
)

// stateFile persists every emulator's data as one JSON object keyed by
// vendor, so a sandbox restarted with the same -state keeps what Terraform
// created in it.
type stateFile struct {
	path      string
	emulators []emulator
	mu        sync.Mutex
}

func (s *stateFile) load() error {
	if s.path == "" {
		return nil
	}
	data, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		return err
	}
	for _, e := range s.emulators {
		if raw, ok := all[e.name]; ok {
			if err := e.server.Restore(raw); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *stateFile) save() error {
	if s.path == "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	all := map[string]json.RawMessage{}
	for _, e := range s.emulators {
		snap, err := e.server.Snapshot()
		if err != nil {
			return err
		}
		all[e.name] = snap
	}
	data, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	tmp := s.path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, s.path)
}

// saveAfterWrites saves the state after every request that may have changed
// an emulator's data.
func (s *stateFile) saveAfterWrites(next http.Handler) http.Handler {
	if s.path == "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		if r.Method != http.MethodGet && !strings.HasPrefix(r.URL.Path, "/_sandbox/") {
			if err := s.save(); err != nil {
				log.Printf("saving %s: %v", s.path, err)
			}
		}
	})
}
