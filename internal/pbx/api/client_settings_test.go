package api

import (
	"errors"
	"net/http"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
)

const (
	clientSettingsRe = `^/api/ver1\.0/client/[^/]+/client/?$`
	clientANIRe      = `^/api/ver1\.0/client/[^/]+/ani/?$`
)

func settingOf[T any](v T) *T { return &v }

// Only the fields that differ are sent; nothing differing, nothing is sent.
func TestChangeClientSettingsSendsTheDifference(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	before := ClientSettings{Timezone: settingOf("Europe/Moscow"), GeoList: settingOf("RU")}
	after := ClientSettings{Timezone: settingOf("Europe/Prague"), GeoList: settingOf("RU"), CallInteractiveOutCall: settingOf(false)}
	got, sent, err := e.client.ChangeClientSettings(ctx, me, before, after)
	if err != nil || !sent {
		t.Fatalf("sent=%v, %v", sent, err)
	}
	if got.Timezone != "Europe/Prague" || got.ID != sandbox.DemoClientID || got.Name != sandbox.DemoClientName {
		t.Errorf("answer %+v", got)
	}
	puts := e.requests(http.MethodPut, clientSettingsRe)
	if len(puts) != 1 || !sameJSON(puts[0].Body, `{"timezone":"Europe/Prague","call_interactive_out_call":false}`) {
		t.Errorf("PUTs %+v", puts)
	}

	// A field before has and after does not is left alone, never cleared.
	e.api.Kit.ResetRequests()
	if _, sent, err := e.client.ChangeClientSettings(ctx, me, after, ClientSettings{Timezone: settingOf("Europe/Prague")}); sent || err != nil {
		t.Errorf("no change: sent=%v, %v", sent, err)
	}
	if n := e.api.Kit.RequestCount(); n != 0 {
		t.Errorf("%d requests for no change", n)
	}

	read, err := e.client.ClientSettings(ctx, me)
	if err != nil || read.Timezone != "Europe/Prague" || read.GeoList != "RU" {
		t.Errorf("GET: %+v, %v", read, err)
	}
}

// The default caller id: "None" reads as none; it is set in any spelling
// and sent as the PBX spells DIDs; a number the client lacks is a 400.
func TestClientANI(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if got, err := e.client.ClientANI(ctx, me); err != nil || got != "" {
		t.Errorf("no ANI set: %q, %v", got, err)
	}
	got, err := e.client.SetClientANI(ctx, me, "+"+sandbox.DemoDID)
	if err != nil || got != sandbox.DemoDID {
		t.Fatalf("set: %q, %v", got, err)
	}
	puts := e.requests(http.MethodPut, clientANIRe)
	if len(puts) != 1 || !sameJSON(puts[0].Body, `{"ani_number":"`+sandbox.DemoDID+`"}`) {
		t.Errorf("PUTs %+v", puts)
	}
	if got, err := e.client.ClientANI(ctx, me); err != nil || got != sandbox.DemoDID {
		t.Errorf("read back %q, %v", got, err)
	}
	_, err = e.client.SetClientANI(ctx, me, "0079990000000")
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusBadRequest {
		t.Errorf("a number the client lacks: %v, want HTTP 400", err)
	}
	if e.api.ClientANI() != sandbox.DemoDID {
		t.Errorf("a refused ANI changed the default to %q", e.api.ClientANI())
	}
}

func TestFindSounds(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	all, err := e.client.FindSounds(ctx, me, "", false)
	if err != nil || len(all) != len(e.api.Sounds()) {
		t.Fatalf("every sound: %d, %v; the sandbox has %d", len(all), err, len(e.api.Sounds()))
	}
	own, err := e.client.FindSounds(ctx, me, "", true)
	if err != nil || len(own) == 0 || len(own) >= len(all) {
		t.Fatalf("own sounds: %+v, %v", own, err)
	}
	for _, s := range own {
		if s.ClientID == nil || *s.ClientID != sandbox.DemoClientID {
			t.Errorf("own_only gave %+v", s)
		}
	}
	e.api.Kit.ResetRequests()
	hold, err := e.client.FindSounds(ctx, me, "Office music on hold", false)
	if err != nil || len(hold) != 1 || hold[0].ID != sandbox.DemoHoldMusicSoundID || hold[0].Filename == "" {
		t.Fatalf("by title: %+v, %v", hold, err)
	}
	reqs := e.requests(http.MethodGet, `/sound/?$`)
	if len(reqs) != 1 || reqs[0].Form.Get("title") != "Office music on hold" {
		t.Errorf("requests %+v, want one listing filtered by title", reqs)
	}
	if none, err := e.client.FindSounds(ctx, me, "office music on hold", false); err != nil || len(none) != 0 {
		t.Errorf("another letter case: %+v, %v", none, err)
	}
}
