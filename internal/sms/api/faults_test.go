package api

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// The emulator commits add, then the connection is dropped: the answer with
// the id is lost. The client must not send add again (that would answer
// 4502, or with another username make a second subaccount); it finds the
// committed one by username and returns its id.
func TestCreateDroppedAfterCommitAdoptsTheSubaccount(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: http.MethodPost, Path: faultPath(actionAdd), Times: 1})

	id, err := e.client.CreateSubaccount(testCtx(t), newSub("dropped"))
	if err != nil {
		t.Fatalf("a lost answer to a committed add must not be an error: %v", err)
	}
	stored := e.named("dropped")
	if len(stored) != 1 {
		t.Fatalf("the emulator holds %d subaccounts named dropped, want exactly 1", len(stored))
	}
	if id != stored[0].ID {
		t.Errorf("CreateSubaccount = %d, want the committed subaccount's id %d", id, stored[0].ID)
	}
	if n := e.count(actionAdd); n != 1 {
		t.Errorf("add requests = %d, want exactly 1 (add is never repeated blindly)", n)
	}
	if n := e.count(actionIndex); n != 1 {
		t.Errorf("index requests = %d, want 1 (the look-up after the lost answer)", n)
	}
	if !e.sb.PasswordMatches(id, "s3cret-pw") {
		t.Error("the adopted subaccount does not have the password sent")
	}
}

// A reply cut in the middle (malformed) after the commit: the id cannot be
// read, the subaccount exists; the client must still end with exactly one.
func TestCreateMalformedReplyAfterCommit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Path: faultPath(actionAdd), Times: 1})

	id, err := e.client.CreateSubaccount(testCtx(t), newSub("garbled"))
	stored := e.named("garbled")
	if len(stored) != 1 {
		t.Fatalf("the emulator holds %d subaccounts named garbled, want exactly 1", len(stored))
	}
	if n := e.count(actionAdd); n != 1 {
		t.Errorf("add requests = %d, want 1", n)
	}
	// Either the id is found, or the error says the reply was unreadable;
	// a wrong id is never returned.
	if err == nil && id != stored[0].ID {
		t.Errorf("CreateSubaccount = %d, want %d", id, stored[0].ID)
	}
	if err != nil && !strings.Contains(err.Error(), "subaccounts/add") {
		t.Errorf("error %q does not name the action", err)
	}
}

// A 500 before the handler ran: nothing was committed. The client checks by
// username, finds nothing, and sends add once more: one subaccount.
func TestCreate500BeforeCommitMakesExactlyOne(t *testing.T) {
	t.Parallel()
	for _, f := range []sandboxkit.Fault{
		{Kind: sandboxkit.KindStatus, Status: http.StatusInternalServerError},
		{Kind: sandboxkit.KindStatus, Status: http.StatusServiceUnavailable, RetryAfter: "0"},
		{Kind: sandboxkit.KindReset},
	} {
		t.Run(string(f.Kind)+" "+http.StatusText(f.Status), func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			f.Method, f.Path, f.Times = http.MethodPost, faultPath(actionAdd), 1
			e.addFault(t, f)

			id, err := e.client.CreateSubaccount(testCtx(t), newSub("retried"))
			if err != nil {
				t.Fatal(err)
			}
			stored := e.named("retried")
			if len(stored) != 1 || stored[0].ID != id {
				t.Fatalf("stored %+v, returned id %d; want exactly one, the returned one", stored, id)
			}
			if n := e.count(actionAdd); n != 2 {
				t.Errorf("add requests = %d, want 2 (the failed one and one repeat)", n)
			}
			if n := e.count(actionIndex); n != 1 {
				t.Errorf("index requests = %d, want 1 (checked before repeating)", n)
			}
		})
	}
}

// add failing every time: the client gives up after MaxRetries repeats,
// each preceded by a look-up, with an error naming the status.
func TestCreate503EveryTimeGivesUp(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: faultPath(actionAdd), Status: http.StatusServiceUnavailable})

	_, err := e.client.CreateSubaccount(testCtx(t), newSub("never"))
	if err == nil {
		t.Fatal("CreateSubaccount succeeded against a 503 on every add")
	}
	if !strings.Contains(err.Error(), "503") || !strings.Contains(err.Error(), "subaccounts/add") {
		t.Errorf("error %q should name subaccounts/add and HTTP 503", err)
	}
	if n := e.count(actionAdd); n != fastSettings.MaxRetries+1 {
		t.Errorf("add requests = %d, want %d", n, fastSettings.MaxRetries+1)
	}
	if n := e.count(actionIndex); n != fastSettings.MaxRetries+1 {
		t.Errorf("index requests = %d, want %d (one look-up per failed add)", n, fastSettings.MaxRetries+1)
	}
	if got := e.named("never"); len(got) != 0 {
		t.Errorf("stored %+v", got)
	}
}

// limit and index are safe to repeat: one 503 is retried transparently.
func TestIdempotentCallsRetriedOn503(t *testing.T) {
	t.Parallel()

	t.Run("limit", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: faultPath(actionLimit), Status: http.StatusServiceUnavailable, Times: 1})
		if err := e.client.SetLimit(testCtx(t), sandbox.DemoTemplateID, "full", 7); err != nil {
			t.Fatalf("SetLimit after one 503: %v", err)
		}
		if n := e.count(actionLimit); n != 2 {
			t.Errorf("limit requests = %d, want 2", n)
		}
		if got := e.sb.Limits(sandbox.DemoTemplateID)["full"]; got != 7 {
			t.Errorf("full = %d, want 7", got)
		}
	})

	t.Run("index", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: faultPath(actionIndex), Status: http.StatusServiceUnavailable, Times: 1})
		got, err := e.client.Subaccounts(testCtx(t))
		if err != nil || len(got) != 1 {
			t.Fatalf("Subaccounts after one 503 = %+v, %v", got, err)
		}
		if n := e.count(actionIndex); n != 2 {
			t.Errorf("index requests = %d, want 2", n)
		}
	})

	t.Run("view", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindReset, Path: faultPath(actionView), Times: 1})
		if _, err := e.client.Subaccount(testCtx(t), sandbox.DemoTemplateID); err != nil {
			t.Fatalf("Subaccount after a reset: %v", err)
		}
		if n := e.count(actionView); n != 2 {
			t.Errorf("view requests = %d, want 2", n)
		}
	})
}

// delete is not repeated by the transport; a lost answer to a committed
// delete is still a success (the check with view finds nothing).
func TestDeleteDroppedAfterCommitSucceeds(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	id, err := e.client.CreateSubaccount(ctx, newSub("dropdelete"))
	if err != nil {
		t.Fatal(err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Path: faultPath(actionDelete), Times: 1})
	if err := e.client.DeleteSubaccount(ctx, id); err != nil {
		t.Fatalf("DeleteSubaccount with a lost answer: %v", err)
	}
	if _, ok := e.sb.Subaccount(id); ok {
		t.Error("the subaccount still exists")
	}
	if n := e.count(actionDelete); n != 1 {
		t.Errorf("delete requests = %d, want 1", n)
	}
}

// A 503 on delete before the commit: the subaccount still exists, so the
// error is reported (and not hidden by the check).
func TestDelete503BeforeCommitFails(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: faultPath(actionDelete), Status: http.StatusServiceUnavailable})
	err := e.client.DeleteSubaccount(testCtx(t), sandbox.DemoTemplateID)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusServiceUnavailable {
		t.Fatalf("err = %v, want HTTP 503", err)
	}
	if !strings.Contains(err.Error(), "503") {
		t.Errorf("error %q does not say HTTP 503", err)
	}
	if errors.Is(err, ErrNotFound) {
		t.Errorf("an HTTP 503 on delete counts as ErrNotFound: %v", err)
	}
	if _, ok := e.sb.Subaccount(sandbox.DemoTemplateID); !ok {
		t.Error("the template is gone")
	}
}

// A 500 on delete before the commit: the subaccount is still there, so the
// delete is sent again and succeeds.
func TestDelete500OnceIsSentAgain(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	id, err := e.client.CreateSubaccount(ctx, newSub("retrydelete"))
	if err != nil {
		t.Fatal(err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: faultPath(actionDelete), Status: http.StatusInternalServerError, Times: 1})
	if err := e.client.DeleteSubaccount(ctx, id); err != nil {
		t.Fatalf("DeleteSubaccount after one 500: %v", err)
	}
	if _, ok := e.sb.Subaccount(id); ok {
		t.Error("the subaccount still exists")
	}
	if n := e.count(actionDelete); n != 2 {
		t.Errorf("delete requests = %d, want 2 (the refused one and the repeat)", n)
	}
}

// limit failing with 503 every time: after the retries the error says
// HTTP 503, and it is not taken for "the subaccount does not exist" (a
// 5xx is no answer about the subaccount).
func TestLimit503EveryTimeIsNotNotFound(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: faultPath(actionLimit), Status: http.StatusServiceUnavailable, Body: "maintenance"})
	err := e.client.SetLimit(testCtx(t), sandbox.DemoTemplateID, "eco", 1)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusServiceUnavailable {
		t.Fatalf("err = %v, want HTTP 503", err)
	}
	if n := e.count(actionLimit); n != fastSettings.MaxRetries+1 {
		t.Errorf("limit requests = %d, want %d", n, fastSettings.MaxRetries+1)
	}
	for _, want := range []string{"503", "maintenance"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "success") {
		t.Errorf("error %q presents an HTTP 503 as {\"success\":false}", err)
	}
	if errors.Is(err, ErrNotFound) {
		t.Errorf("an HTTP 503 on limit counts as ErrNotFound: %v", err)
	}
}
