package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

const (
	didsRe = `^/api/ver1\.0/client/[^/]+/did/?$`
	didRe  = `^/api/ver1\.0/client/[^/]+/did/\d+/?$`
)

func TestDIDSpellings(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"+78121234567": "78121234567", "0078121234567": "78121234567", "78121234567": "78121234567"} {
		if got := DIDName(in); got != want {
			t.Errorf("DIDName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"78121234567": "0078121234567", "+78121234567": "0078121234567", "0078121234567": "0078121234567", "office": "office"} {
		if got := DIDNumber(in); got != want {
			t.Errorf("DIDNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

// A number is found with one filtered listing, whatever its spelling; one
// the client does not have is a not-found error naming it, after the whole
// listing was read in case the PBX spells names otherwise.
func TestFindDID(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	for _, number := range []string{"+" + sandbox.DemoDID, "00" + sandbox.DemoDID} {
		e.api.Kit.ResetRequests()
		did, err := e.client.FindDID(ctx, me, number)
		if err != nil {
			t.Fatal(err)
		}
		if did.ID != sandbox.FirstDIDID || did.Name != sandbox.DemoDID || did.ClientID != sandbox.DemoClientID {
			t.Errorf("FindDID(%s) = %+v", number, did)
		}
		reqs := e.requests(http.MethodGet, didsRe)
		if len(reqs) != 1 || reqs[0].Form.Get("name") != sandbox.DemoDID {
			t.Errorf("FindDID(%s) asked %+v, want one listing filtered by name=%s", number, reqs, sandbox.DemoDID)
		}
	}

	e.api.Kit.ResetRequests()
	_, err := e.client.FindDID(ctx, me, "+79990000000")
	if !errors.Is(err, ErrNotFound) || !IsDIDNotOwned(err) {
		t.Fatalf("an unknown number: %v, want a not-found DIDNotOwnedError", err)
	}
	for _, want := range []string{"client @me has no DID +79990000000", "79990000000"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
	if n := e.count(http.MethodGet, didsRe); n != 2 {
		t.Errorf("%d listings for a number the client lacks, want 2 (filtered, then whole)", n)
	}
}

// Routing a DID sends what changed; unassigning sends null for both
// extensions and keeps the number.
func TestAssignAndUnassignDID(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	ext := e.api.PutExtension(sandbox.Extension{Name: "100", Type: "phone", Status: "active"})
	did, err := e.client.FindDID(ctx, me, "+"+sandbox.DemoDID)
	if err != nil {
		t.Fatal(err)
	}
	want := DID{ExtensionID: &ext.ID}
	got, err := e.client.DIDs().Patch(ctx, me, did.ID, did.Assignment(), want)
	if err != nil {
		t.Fatal(err)
	}
	if got.ExtensionID == nil || *got.ExtensionID != ext.ID || got.Name != sandbox.DemoDID {
		t.Errorf("PUT answered %+v", got)
	}
	puts := e.requests(http.MethodPut, didRe)
	if len(puts) != 1 || !sameJSON(puts[0].Body, `{"extension_id":`+strconv.FormatInt(ext.ID, 10)+`}`) {
		t.Errorf("PUTs %+v, want one with only extension_id", puts)
	}

	// Nothing to change: no request.
	e.api.Kit.ResetRequests()
	if _, err := e.client.DIDs().Patch(ctx, me, did.ID, want, want); err != nil || e.api.Kit.RequestCount() != 0 {
		t.Errorf("an unchanged assignment: %v, %d requests", err, e.api.Kit.RequestCount())
	}

	got, err = e.client.UnassignDID(ctx, me, did.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ExtensionID != nil || got.MessageExtensionID != nil || got.Assigned() {
		t.Errorf("unassigned DID answered %+v", got)
	}
	puts = e.requests(http.MethodPut, didRe)
	if len(puts) != 1 || !sameJSON(puts[0].Body, `{"extension_id":null,"message_extension_id":null}`) {
		t.Errorf("unassign sent %+v", puts)
	}
	if stored, ok := e.api.DID(did.ID); !ok || stored.ExtensionID != nil || stored.Name != sandbox.DemoDID {
		t.Errorf("the sandbox holds %+v, %v: want the DID, unassigned", stored, ok)
	}

	// Reads after a write are fresh, not the shared listing of before.
	read, err := e.client.DIDs().Get(ctx, me, did.ID)
	if err != nil || read.ExtensionID != nil {
		t.Errorf("read after unassign: %+v, %v", read, err)
	}

	if _, err := e.client.UnassignDID(ctx, me, 424242); !errors.Is(err, ErrNotFound) {
		t.Errorf("unassigning a DID that is not there: %v, want not found", err)
	}
}

// The answer of a PUT is lost after the PBX applied it: the PUT is
// repeated (it says what the DID becomes, so twice is once).
func TestAssignDIDLostAnswer(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	ext := e.api.PutExtension(sandbox.Extension{Name: "101", Type: "phone", Status: "active"})
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPut, Path: `/did/\d+$`, Times: 1})
	got, err := e.client.DIDs().Patch(ctx, me, sandbox.FirstDIDID, DID{}, DID{ExtensionID: &ext.ID})
	if err != nil {
		t.Fatal(err)
	}
	if got.ExtensionID == nil || *got.ExtensionID != ext.ID {
		t.Errorf("answer %+v", got)
	}
	if n := e.count(http.MethodPut, didRe); n != 2 {
		t.Errorf("%d PUTs, want 2 (the lost one repeated)", n)
	}
}

func sameJSON(a, b string) bool {
	var x, y any
	if json.Unmarshal([]byte(a), &x) != nil || json.Unmarshal([]byte(b), &y) != nil {
		return false
	}
	ax, _ := json.Marshal(x)
	by, _ := json.Marshal(y)
	return string(ax) == string(by)
}
