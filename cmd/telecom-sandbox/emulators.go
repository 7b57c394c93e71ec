package main

import (
	"net/http"
	"time"

	ipex "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/sandbox"
	odorik "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	pbx "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	sms "github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
	voipmundo "github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/sandbox"
)

// server is what every vendor's emulator offers: its API, paths as the
// vendor has them, and its data as a snapshot.
type server interface {
	http.Handler
	Snapshot() ([]byte, error)
	Restore(data []byte) error
}

// emulator is one vendor's API as the sandbox serves it.
type emulator struct {
	name        string          // path prefix and key in the state file
	server      server          // the vendor API
	kit         *sandboxkit.Kit // fault injection and request log
	credentials [][2]string     // environment variables with the demo credentials
	urlVar      string          // the environment variable with the API's URL
	urlPath     string          // appended to the emulator's URL in urlVar
}

func newEmulators() []emulator {
	o := odorik.New()
	i := ipex.New(ipex.WithOrderDelay(2 * time.Second))
	p := pbx.New()
	m := sms.New()
	v := voipmundo.New()
	return []emulator{
		{name: "odorik", server: o, kit: o.Kit, urlVar: "ODORIK_API_URL", urlPath: odorik.BasePath,
			credentials: [][2]string{{"ODORIK_USER", odorik.DemoUser}, {"ODORIK_PASSWORD", odorik.DemoPassword}}},
		{name: "ipex", server: i, kit: i.Kit, urlVar: "IPEX_API_URL",
			credentials: [][2]string{{"IPEX_USERNAME", ipex.DemoUsername}, {"IPEX_PASSWORD", ipex.DemoPassword}}},
		// The PBX base URL is the host: the client adds /oauth/token and /api/ver1.0.
		{name: "pbx", server: p, kit: p.Kit, urlVar: "PBX_API_URL",
			credentials: [][2]string{{"PBX_APP_ID", pbx.DemoAppID}, {"PBX_APP_SECRET", pbx.DemoAppSecret}}},
		{name: "sms", server: m, kit: m.Kit, urlVar: "SMS_API_URL",
			credentials: [][2]string{{"SMS_API_TOKEN", sms.DemoAPIToken}}},
		// Master credentials: data sources name the customer they read.
		{name: "voipmundo", server: v, kit: v.Kit, urlVar: "VOIPMUNDO_API_URL",
			credentials: [][2]string{{"VOIPMUNDO_API_TOKEN", voipmundo.DemoMasterToken}, {"VOIPMUNDO_API_KEY", voipmundo.DemoMasterKey}}},
	}
}

// env is the environment that points the provider at the emulator served
// at base.
func (e emulator) env(base string) [][2]string {
	return append(append([][2]string(nil), e.credentials...), [2]string{e.urlVar, base + e.urlPath})
}
