package faultmatrix_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	odoriksandbox "github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	pbxsandbox "github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

// requestTimeout is the provider's request_timeout in every case: short, so
// that the slow-response fault costs a second, not the default 30.
const requestTimeout = time.Second

// world is the vendors one test case talks to: a fresh sandbox each.
type world struct {
	odorik *acctest.OdorikEnv
	pbx    *acctest.PBXEnv
	sms    *acctest.SMSEnv
	ipex   *acctest.IPEXEnv
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{odorik: acctest.Odorik(t), pbx: acctest.PBX(t), sms: acctest.SMS(t), ipex: acctest.IPEX(t)}
	// Faults and request logs exist only in the emulators.
	w.odorik.RequireSandbox(t)
	w.pbx.RequireSandbox(t)
	w.sms.RequireSandbox(t)
	w.ipex.RequireSandbox(t)
	// Every Odorik cell routes on a public number of its own, so that its
	// objects can be counted and its fault aimed by the number in the path.
	for _, k := range []*kind{odorikRoute, odorikRinging} {
		for _, p := range allPaths {
			w.odorik.Sandbox.AddNumber(k.key(p), odoriksandbox.TypeGeographic)
		}
	}
	// Every per-extension PBX cell works on an extension of its own.
	for _, base := range []int64{incomingRulesExtensions, extensionEventExtensions} {
		for _, p := range allPaths {
			id := cellExtensionID(base, p)
			// Named by its id's last digits: 345*100 … 345*203.
			w.pbx.Sandbox.PutExtension(pbxsandbox.Extension{
				ID: id, ClientID: pbxsandbox.DemoClientID, Name: fmt.Sprintf("345*%d", id%1000),
				Type: "phone", Status: "active",
			})
		}
	}
	for _, p := range allPaths {
		w.pbx.Sandbox.PutDID(pbxsandbox.DID{
			ID: cellDIDs + int64(p.index()), ClientID: pbxsandbox.DemoClientID, Name: strings.TrimPrefix(cellDIDNumber(p), "+"),
		})
	}
	return w
}

// provider is one provider block configuring all four vendors.
func (w *world) provider() string {
	var b strings.Builder
	b.WriteString("provider \"telecom\" {\n")
	for _, cfg := range []string{w.odorik.ProviderConfig(""), w.pbx.ProviderConfig(""), w.sms.ProviderConfig(""), w.ipex.ProviderConfig("")} {
		b.WriteString(vendorBlock(cfg))
	}
	fmt.Fprintf(&b, "  request_timeout = %q\n}\n", requestTimeout.String())
	return b.String()
}

// vendorBlock takes the vendor block out of an acctest provider block.
func vendorBlock(providerConfig string) string {
	const head, tail = "provider \"telecom\" {\n", "\n}\n"
	if !strings.HasPrefix(providerConfig, head) || !strings.HasSuffix(providerConfig, tail) {
		panic("unexpected acctest provider block: " + providerConfig)
	}
	return strings.TrimSuffix(strings.TrimPrefix(providerConfig, head), tail)
}
