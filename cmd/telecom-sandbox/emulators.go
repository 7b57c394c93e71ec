package main

import (
	"net/http"
	"time"

	ipex "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	odorik "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	pbx "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	sms "github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
	voipmundo "github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/sandbox"
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
	i := ipex.New(ipex.WithOrderDelay(2 * time.Second))
	p := pbx.New()
	m := sms.New()
	v := voipmundo.New()
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
	}, {
		name:    "ipex",
		api:     i,
		control: i.Kit.ControlHandler(),
		env: func(base string) [][2]string {
			return [][2]string{
				{"IPEX_USERNAME", ipex.DemoUsername},
				{"IPEX_PASSWORD", ipex.DemoPassword},
				{"IPEX_API_URL", base},
			}
		},
		snapshot: i.Snapshot,
		restore:  i.Restore,
	}, {
		name:    "pbx",
		api:     p,
		control: p.Kit.ControlHandler(),
		env: func(base string) [][2]string {
			// The PBX base URL is the host: the client adds /oauth/token and /api/ver1.0.
			return [][2]string{
				{"PBX_APP_ID", pbx.DemoAppID},
				{"PBX_APP_SECRET", pbx.DemoAppSecret},
				{"PBX_API_URL", base},
			}
		},
		snapshot: p.Snapshot,
		restore:  p.Restore,
	}, {
		name:    "sms",
		api:     m,
		control: m.Kit.ControlHandler(),
		env: func(base string) [][2]string {
			return [][2]string{
				{"SMS_API_TOKEN", sms.DemoAPIToken},
				{"SMS_API_URL", base},
			}
		},
		snapshot: m.Snapshot,
		restore:  m.Restore,
	}, {
		name:    "voipmundo",
		api:     v,
		control: v.Kit.ControlHandler(),
		env: func(base string) [][2]string {
			// Master credentials: data sources name the customer they read.
			return [][2]string{
				{"VOIPMUNDO_API_TOKEN", voipmundo.DemoMasterToken},
				{"VOIPMUNDO_API_KEY", voipmundo.DemoMasterKey},
				{"VOIPMUNDO_API_URL", base},
			}
		},
		snapshot: v.Snapshot,
		restore:  v.Restore,
	}}
}
