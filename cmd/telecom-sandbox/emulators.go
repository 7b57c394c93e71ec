package main

import (
	"net/http"

	odorik "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
)

// emulator is one vendor's API as the sandbox serves it.
type emulator struct {
	name     string       // path prefix and key in the state file
	api      http.Handler // the vendor API, paths as the vendor has them
	control  http.Handler // fault injection and request log
	env      func(baseURL string) [][2]string
	snapshot func() ([]byte, error)
	restore  func([]byte) error
}

func newEmulators() []emulator {
	o := odorik.New()
	return []emulator{{
		name:    "odorik",
		api:     o,
		control: o.Kit.ControlHandler(),
		env: func(base string) [][2]string {
			return [][2]string{
				{"ODORIK_USER", odorik.DemoUser},
				{"ODORIK_PASSWORD", odorik.DemoPassword},
				{"ODORIK_API_URL", base + odorik.BasePath},
			}
		},
		snapshot: o.Snapshot,
		restore:  o.Restore,
	}}
}
