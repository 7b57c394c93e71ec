package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

const speedDialsPath = `/speed_dials\.json$`

func ptr[T any](v T) *T { return &v }

// storedWith counts the stored speed dials dialling number with name.
func (e *env) storedWith(number, name string) []sandbox.SpeedDial {
	var out []sandbox.SpeedDial
	for _, sd := range e.api.SpeedDials() {
		if sd.Number == number && sd.Name == name {
			out = append(out, sd)
		}
	}
	return out
}

func TestSpeedDialsListAndFind(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	client := NewClient(Config{User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: e.url, Transport: fastSettings, ListReuse: time.Minute})
	all, err := client.SpeedDials(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []SpeedDial{
		{Shortcut: sandbox.SupportShortcut, Number: sandbox.SupportSpeedDialNumber, Name: sandbox.SupportSpeedDialName},
		{Shortcut: sandbox.MobileShortcut, Number: sandbox.MobileSpeedDialNumber, Name: sandbox.MobileSpeedDialName},
	}
	if fmt.Sprint(all) != fmt.Sprint(want) {
		t.Errorf("SpeedDials = %+v, want %+v", all, want)
	}
	sd, err := client.SpeedDial(ctx, sandbox.MobileShortcut)
	if err != nil || sd.Number != sandbox.MobileSpeedDialNumber {
		t.Errorf("SpeedDial(2) = %+v, %v", sd, err)
	}
	if _, err := client.SpeedDial(ctx, 42); !errors.Is(err, ErrNotFound) {
		t.Errorf("SpeedDial(42) err = %v, want ErrNotFound", err)
	}
	if n := e.count(http.MethodGet, "/speed_dials.json"); n != 1 {
		t.Errorf("%d listings, want 1 shared by the reads", n)
	}
}

func TestSpeedDialShortcutAsString(t *testing.T) {
	t.Parallel()
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		vendorJSON(w, `[{"shortcut":"9","number":"*100","name":null},{"shortcut":33,"number":"skype:odorik_info","name":"Skype"}]`)
	})
	all, err := f.client().SpeedDials(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Shortcut != 9 || all[0].Name != "" || all[1].Shortcut != 33 {
		t.Errorf("SpeedDials = %+v", all)
	}
}

func TestCreateSpeedDial(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	got, err := e.client.CreateSpeedDial(ctx, SpeedDial{Number: "+420737000001", Name: "Assigned"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Shortcut != 3 || got.Number != "00420737000001" {
		t.Errorf("created %+v, want the lowest free shortcut 3 and the number as sent (00…)", got)
	}
	got, err = e.client.CreateSpeedDial(ctx, SpeedDial{Shortcut: 42, Number: "*754321"})
	if err != nil || got.Shortcut != 42 {
		t.Fatalf("created %+v, %v; want shortcut 42", got, err)
	}
	if r := e.requests(http.MethodPost, "/speed_dials.json"); len(r) != 2 || r[1].Form.Get("shortcut") != "42" || r[0].Form.Has("shortcut") {
		t.Errorf("POSTs %+v: the shortcut is sent only when given", r)
	}

	// An identical speed dial at the shortcut is adopted without a POST.
	e.api.Kit.ResetRequests()
	got, err = e.client.CreateSpeedDial(ctx, SpeedDial{Shortcut: 42, Number: "*754321"})
	if err != nil || got.Shortcut != 42 {
		t.Fatalf("adopting: %+v, %v", got, err)
	}
	if n := e.count(http.MethodPost, "/speed_dials.json"); n != 0 {
		t.Errorf("%d POSTs, want none when adopting", n)
	}

	// A different one there is the vendor's shortcut_already_used.
	_, err = e.client.CreateSpeedDial(ctx, SpeedDial{Shortcut: sandbox.SupportShortcut, Number: "*754321"})
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != "shortcut_already_used" || !strings.Contains(err.Error(), "import") {
		t.Errorf("err = %v, want shortcut_already_used with what to do", err)
	}
}

// A POST whose answer is lost after the API committed it: the listing finds
// it, and it is not posted again, with or without a shortcut, with retries
// or without.
func TestCreateSpeedDialAnswerLost(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name     string
		want     SpeedDial
		fault    sandboxkit.Fault
		retries  int
		wantPOST int
	}{
		{"dropped, shortcut assigned", SpeedDial{Number: "*754321", Name: "A"}, sandboxkit.Fault{Kind: sandboxkit.KindDrop}, 2, 1},
		{"dropped, shortcut given", SpeedDial{Shortcut: 50, Number: "*754321", Name: "B"}, sandboxkit.Fault{Kind: sandboxkit.KindDrop}, 2, 1},
		{"dropped, no retries", SpeedDial{Number: "*754321", Name: "C"}, sandboxkit.Fault{Kind: sandboxkit.KindDrop}, 0, 1},
		{"malformed answer", SpeedDial{Number: "*754321", Name: "D"}, sandboxkit.Fault{Kind: sandboxkit.KindMalformed}, 2, 1},
		{"HTTP 500, not committed", SpeedDial{Number: "*754321", Name: "E"}, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 500}, 2, 2},
		{"HTTP 503 with Retry-After", SpeedDial{Shortcut: 60, Number: "*754321", Name: "F"}, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 503, RetryAfter: "0"}, 2, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			c.fault.Method, c.fault.Path, c.fault.Times = http.MethodPost, speedDialsPath, 1
			e.addFault(t, c.fault)
			client := e.client
			if c.retries == 0 {
				s := fastSettings
				s.MaxRetries = 0
				client = NewClient(Config{User: sandbox.DemoUser, Password: sandbox.DemoPassword, BaseURL: e.url, Transport: s})
			}
			got, err := client.CreateSpeedDial(testCtx(t), c.want)
			if err != nil {
				t.Fatal(err)
			}
			stored := e.storedWith(c.want.Number, c.want.Name)
			if len(stored) != 1 || int64(stored[0].Shortcut) != got.Shortcut {
				t.Errorf("stored %+v, returned %+v: want exactly the one returned", stored, got)
			}
			if n := e.count(http.MethodPost, "/speed_dials.json"); n != c.wantPOST {
				t.Errorf("%d POSTs, want %d", n, c.wantPOST)
			}
		})
	}
}

func TestUpdateSpeedDial(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)

	got, err := e.client.UpdateSpeedDial(ctx, sandbox.MobileShortcut, SpeedDialChange{Name: ptr("Jednatel")})
	if err != nil || got.Name != "Jednatel" || got.Number != sandbox.MobileSpeedDialNumber {
		t.Fatalf("rename: %+v, %v", got, err)
	}
	put := e.requests(http.MethodPut, "/speed_dials/2.json")
	if len(put) != 1 || put[0].Form.Has("number") || put[0].Form.Has("shortcut") {
		t.Errorf("PUT %+v: only the name is sent", put)
	}

	got, err = e.client.UpdateSpeedDial(ctx, sandbox.MobileShortcut, SpeedDialChange{Shortcut: ptr(int64(20)), Number: ptr("+420737000009"), Name: ptr("")})
	if err != nil || got.Shortcut != 20 || got.Number != "00420737000009" || got.Name != "" {
		t.Fatalf("move: %+v, %v", got, err)
	}
	if _, ok := e.api.SpeedDial(sandbox.MobileShortcut); ok {
		t.Error("the old shortcut is still used after the move")
	}

	_, err = e.client.UpdateSpeedDial(ctx, 20, SpeedDialChange{Shortcut: ptr(int64(sandbox.SupportShortcut))})
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != "shortcut_already_used" {
		t.Errorf("moving onto a used shortcut: %v", err)
	}
}

// The answer of a PUT that moved the speed dial is lost: the HTTP client
// repeats the PUT, which now names a shortcut nobody has; the listing shows
// the move done, so it is a success.
func TestUpdateSpeedDialMoveAnswerLost(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPut, Times: 1})
	got, err := e.client.UpdateSpeedDial(testCtx(t), sandbox.MobileShortcut, SpeedDialChange{Shortcut: ptr(int64(30))})
	if err != nil {
		t.Fatal(err)
	}
	if got.Shortcut != 30 || got.Number != sandbox.MobileSpeedDialNumber {
		t.Errorf("moved = %+v", got)
	}
	// The repeat, which the emulator refused (the speed dial had moved),
	// is what the listing check turned into a success.
	if n := e.count(http.MethodPut, "/speed_dials/2.json"); n != 2 {
		t.Errorf("%d PUTs, want the lost one and its repeat", n)
	}
	if _, ok := e.api.SpeedDial(30); !ok {
		t.Error("not at 30")
	}
}

func TestDeleteSpeedDial(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	if err := e.client.DeleteSpeedDial(ctx, sandbox.MobileShortcut); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.api.SpeedDial(sandbox.MobileShortcut); ok {
		t.Error("still there")
	}
	// Gone already (the emulator answers invalid_shortcut): success.
	if err := e.client.DeleteSpeedDial(ctx, sandbox.MobileShortcut); err != nil {
		t.Errorf("deleting a gone speed dial: %v", err)
	}
}

// With a line login every speed-dial call is refused with unauthorized; the
// message says which credentials speed dials need.
func TestSpeedDialsWithLineLogin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	line := e.newClient(sandbox.DemoLine, sandbox.DemoLineSIPPassword)
	for name, call := range map[string]func() error{
		"SpeedDials":      func() error { _, err := line.SpeedDials(ctx); return err },
		"CreateSpeedDial": func() error { _, err := line.CreateSpeedDial(ctx, SpeedDial{Number: "*100"}); return err },
		"UpdateSpeedDial": func() error {
			_, err := line.UpdateSpeedDial(ctx, 1, SpeedDialChange{Name: ptr("x")})
			return err
		},
		"DeleteSpeedDial": func() error { return line.DeleteSpeedDial(ctx, 1) },
	} {
		err := call()
		var apiErr *Error
		if !errors.Is(err, ErrAuth) || !errors.As(err, &apiErr) || apiErr.Code != "unauthorized" {
			t.Errorf("%s: err = %#v, want ErrAuth unauthorized", name, err)
			continue
		}
		for _, want := range []string{"account id", "API password", "ODORIK_USER", "ODORIK_PASSWORD", "odorik.user", "SIP password"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: %q does not mention %q", name, err, want)
			}
		}
		if strings.Contains(err.Error(), sandbox.DemoLineSIPPassword) {
			t.Errorf("%s: the message holds the SIP password", name)
		}
	}
	if n := e.count(http.MethodPost, "/speed_dials.json"); n != 0 {
		t.Errorf("%d POSTs with a line login, want none (the listing before it failed)", n)
	}
	if len(e.api.SpeedDials()) != 2 {
		t.Error("the speed dials changed")
	}
}

// The documented codes, each with an English explanation of what to do.
func TestSpeedDialErrorCodes(t *testing.T) {
	t.Parallel()
	for code, mentions := range map[string]string{
		"invalid_number":        "international form",
		"invalid_shortcut":      "shortcut",
		"name_too_long":         "150 characters",
		"shortcut_already_used": "free shortcut",
		"speed_dials_full":      "delete a speed dial",
	} {
		t.Run(code, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, func(w http.ResponseWriter, r *http.Request) {
				if r.Method == http.MethodGet {
					vendorJSON(w, `[]`)
					return
				}
				vendorJSON(w, fmt.Sprintf(`{"errors":[%q]}`, code))
			})
			_, err := f.client().CreateSpeedDial(testCtx(t), SpeedDial{Number: "*100"})
			var apiErr *Error
			if !errors.As(err, &apiErr) || apiErr.Code != code || !strings.Contains(err.Error(), mentions) {
				t.Errorf("err = %v, want %s mentioning %q", err, code, mentions)
			}
			if errors.Is(err, ErrNotFound) || errors.Is(err, ErrAuth) {
				t.Error("a speed-dial refusal must map to neither sentinel")
			}
			if n := f.count(http.MethodPost); n != 1 {
				t.Errorf("%d POSTs, want 1: a refusal is not repeated", n)
			}
		})
	}
}
