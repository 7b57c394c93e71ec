package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms/sandbox"
)

// Every documented code the emulator answers to the calls of this client
// becomes an *Error with the code and type, and Error() explains it in
// English whatever the account's language (here Polish, so the English
// words can only come from the provider).
func TestEveryErrorCodeIsExplained(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup func(e *env)
		call  func(ctx context.Context, e *env) error
		code  int
		typ   string
		// explain are phrases of the provider's English explanation.
		explain []string
		// polish is the vendor's message, kept in the error.
		polish   string
		notFound bool
	}{
		{
			name: "1001 wrong token",
			call: func(ctx context.Context, e *env) error {
				_, err := e.newClient(func(c *Config) { c.APIToken = "wrong-token" }).Subaccounts(ctx)
				return err
			},
			code: 1001, typ: "InvalidUser", polish: "Nieprawidłowy login lub hasło",
			explain: []string{"were refused", "sms.api_token", "SMS_API_TOKEN", "SMS_PASSWORD"},
		},
		{
			name: "1001 wrong API user password",
			call: func(ctx context.Context, e *env) error {
				_, err := e.newClient(func(c *Config) {
					c.APIToken, c.Username, c.Password = "", sandbox.DemoUsername, "wrong-password"
				}).Subaccount(ctx, sandbox.DemoTemplateID)
				return err
			},
			code: 1001, typ: "InvalidUser", explain: []string{"were refused", "sms.username / sms.password"},
		},
		{
			name:  "1002 API access off",
			setup: func(e *env) { e.sb.SetAPIAccess(false) },
			call: func(ctx context.Context, e *env) error {
				_, err := e.client.Subaccounts(ctx)
				return err
			},
			code: 1002, typ: "InvalidRole", polish: "Użytkownik nie ma dostępu do API",
			explain: []string{"may not use the HTTPS API", "Customer Panel"},
		},
		{
			name:  "1003 IP not allowed",
			setup: func(e *env) { e.sb.SetAllowedIPs("192.0.2.10") },
			call: func(ctx context.Context, e *env) error {
				_, err := e.client.CreateSubaccount(ctx, newSub("fromhere"))
				return err
			},
			code: 1003, typ: "InvalidIP", explain: []string{"IP address are not allowed", "allow-list"},
		},
		{
			name: "1004 view of an unknown id",
			call: func(ctx context.Context, e *env) error {
				_, err := e.client.Subaccount(ctx, 999999)
				return err
			},
			code: 1004, typ: "InvalidID", explain: []string{"no subaccount has this id"}, notFound: true,
		},
		{
			name:  "1005 no permission",
			setup: func(e *env) { e.sb.SetSubaccountsPermission(false) },
			call: func(ctx context.Context, e *env) error {
				return e.client.SetLimit(ctx, sandbox.DemoTemplateID, "eco", 1)
			},
			code: 1005, typ: "InvalidRole", polish: "Brak uprawnień", explain: []string{"lacks the permission"},
		},
		{
			name: "1006 bad limit type",
			call: func(ctx context.Context, e *env) error {
				return e.client.SetLimit(ctx, sandbox.DemoTemplateID, "sms", 1)
			},
			code: 1006, typ: "InvalidData", explain: []string{"invalid format"},
		},
		{
			name: "1006 negative limit",
			call: func(ctx context.Context, e *env) error {
				return e.client.SetLimit(ctx, sandbox.DemoTemplateID, "eco", -1)
			},
			code: 1006, typ: "InvalidData", explain: []string{"invalid format"},
		},
		{
			name:  "1007 account not active",
			setup: func(e *env) { e.sb.SetAccountActive(false) },
			call: func(ctx context.Context, e *env) error {
				_, err := e.client.Subaccount(ctx, sandbox.DemoTemplateID)
				return err
			},
			code: 1007, typ: "InvalidRole", polish: "Konto nie jest w pełni aktywne", explain: []string{"not fully active"},
		},
		{
			name: "2000 password missing",
			call: func(ctx context.Context, e *env) error {
				in := newSub("nopassword")
				in.Password = ""
				_, err := e.client.CreateSubaccount(ctx, in)
				return err
			},
			code: 2000, typ: "ValidationRequiredError", polish: "Brak wymaganych parametrów",
			explain: []string{"required parameters are missing"},
		},
		{
			name: "4500 unknown template",
			call: func(ctx context.Context, e *env) error {
				in := newSub("notemplate")
				in.TemplateID = 424242
				_, err := e.client.CreateSubaccount(ctx, in)
				return err
			},
			code: 4500, typ: "SubaccountError",
			explain: []string{"template subaccount (template_id) does not exist", "Customer Panel"},
		},
		{
			name: "4502 duplicate username",
			call: func(ctx context.Context, e *env) error {
				// The template's username, in another case: usernames are
				// compared case-insensitively.
				_, err := e.client.CreateSubaccount(ctx, newSub(strings.ToUpper(sandbox.DemoTemplateUsername)))
				return err
			},
			code: 4502, typ: "SubaccountError", polish: "Login subkonta jest już zajęty",
			explain: []string{"taken or not allowed", "import the existing subaccount"},
		},
		{
			name:  "4502 reserved username",
			setup: func(e *env) { e.sb.ReserveUsername("elsewhere") },
			call: func(ctx context.Context, e *env) error {
				_, err := e.client.CreateSubaccount(ctx, newSub("elsewhere"))
				return err
			},
			code: 4502, typ: "SubaccountError", explain: []string{"taken or not allowed"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, sandbox.WithLanguage(sandbox.Polish))
			if tt.setup != nil {
				tt.setup(e)
			}
			before := len(e.sb.Subaccounts())
			err := tt.call(testCtx(t), e)
			var apiErr *Error
			if !errors.As(err, &apiErr) {
				t.Fatalf("err = %#v, want *Error with code %d", err, tt.code)
			}
			if apiErr.Code != tt.code || apiErr.Type != tt.typ || apiErr.HTTPStatus != http.StatusOK {
				t.Errorf("Code %d, Type %q, HTTP %d; want %d %q HTTP 200", apiErr.Code, apiErr.Type, apiErr.HTTPStatus, tt.code, tt.typ)
			}
			msg := err.Error()
			for _, want := range append([]string{"SerwerSMS", strconv.Itoa(tt.code), tt.typ}, tt.explain...) {
				if !strings.Contains(msg, want) {
					t.Errorf("Error() = %q lacks %q", msg, want)
				}
			}
			if tt.polish != "" && !strings.Contains(msg, tt.polish) {
				t.Errorf("Error() = %q lacks the vendor's message %q", msg, tt.polish)
			}
			if errors.Is(err, ErrNotFound) != tt.notFound {
				t.Errorf("errors.Is(err, ErrNotFound) = %v, want %v", !tt.notFound, tt.notFound)
			}
			if n := len(e.sb.Subaccounts()); n != before {
				t.Errorf("the emulator holds %d subaccounts after a refused call, had %d", n, before)
			}
			// A definite refusal is not repeated (add: not looked up either).
			if n := len(e.sb.Kit.Requests()); n != 1 {
				t.Errorf("requests = %d, want 1: a business error is a definite answer", n)
			}
		})
	}
}

// 2001 (invalid phone) is a documented code that add answers, and a phone
// the resource accepts ("+4850060", 7 digits) gets it from the emulator.
// Its explanation must be in English like every other code's, also for a
// Polish account.
func TestInvalidPhone2001IsExplainedInEnglish(t *testing.T) {
	t.Parallel()
	e := newEnv(t, sandbox.WithLanguage(sandbox.Polish))
	in := newSub("badphone")
	in.Phone = "+4850060"
	_, err := e.client.CreateSubaccount(testCtx(t), in)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != 2001 {
		t.Fatalf("err = %v, want error 2001", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "phone") {
		t.Errorf("Error() = %q has no English explanation of code 2001 (invalid phone number): "+
			"the explanations table in errors.go lacks 2001, so a Polish account sees only %q", msg, apiErr.Message)
	}
}

// limit of an unknown id answers {"success":false}: an *Error with code 0
// that says what it means, and counts as ErrNotFound.
func TestLimitUnknownIDIsSuccessFalse(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	err := e.client.SetLimit(testCtx(t), 999999, "eco", 1)
	var apiErr *Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %#v, want *Error", err)
	}
	if apiErr.Code != 0 || apiErr.Action != actionLimit {
		t.Errorf("Code %d Action %q, want 0 %q", apiErr.Code, apiErr.Action, actionLimit)
	}
	if !errors.Is(err, ErrNotFound) {
		t.Error("success:false from limit does not count as ErrNotFound")
	}
	msg := err.Error()
	for _, want := range []string{"subaccounts/limit", `{"success":false}`, "not performed", "id does not exist"} {
		if !strings.Contains(msg, want) {
			t.Errorf("Error() = %q lacks %q", msg, want)
		}
	}
	if n := e.count(actionLimit); n != 1 {
		t.Errorf("limit requests = %d, want 1 (success:false is definite)", n)
	}
}

// delete of an unknown id answers {"success":false}; the client checks with
// view and, the id being unknown, reports success.
func TestDeleteOfGoneSubaccountSucceeds(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	id, err := e.client.CreateSubaccount(ctx, newSub("twice"))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.client.DeleteSubaccount(ctx, id); err != nil {
		t.Fatalf("first delete: %v", err)
	}
	if err := e.client.DeleteSubaccount(ctx, id); err != nil {
		t.Fatalf("delete of an already deleted subaccount: %v, want nil", err)
	}
	if err := e.client.DeleteSubaccount(ctx, 999999); err != nil {
		t.Errorf("delete of an id that never existed: %v, want nil", err)
	}
	if n := e.count(actionDelete); n != 3 {
		t.Errorf("delete requests = %d, want 3", n)
	}
	if n := e.count(actionView); n != 2 {
		t.Errorf("view requests = %d, want 2 (one check per success:false)", n)
	}
	// The template is untouched.
	if n := len(e.sb.Subaccounts()); n != 1 {
		t.Errorf("the emulator holds %d subaccounts, want the template only", n)
	}
}

// A {"success":false} from delete while the subaccount still exists is a
// refusal, not "already gone": the error comes back.
func TestDeleteRefusedWhileSubaccountExists(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	id, err := e.client.CreateSubaccount(ctx, newSub("refused"))
	if err != nil {
		t.Fatal(err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: faultPath(actionDelete), Status: http.StatusOK, Body: `{"success":false}`, Times: 1})
	err = e.client.DeleteSubaccount(ctx, id)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != 0 || apiErr.Action != actionDelete {
		t.Fatalf("err = %v, want the success:false of delete", err)
	}
	if !strings.Contains(err.Error(), `{"success":false}`) {
		t.Errorf("Error() = %q", err)
	}
	if _, ok := e.sb.Subaccount(id); !ok {
		t.Error("the subaccount is gone although delete was refused")
	}
	if n := e.count(actionView); n != 1 {
		t.Errorf("view requests = %d, want 1", n)
	}
}

// Access errors on delete are not swallowed by the "already gone" check.
func TestDeleteWithAccessErrorFails(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.sb.SetAPIAccess(false)
	err := e.client.DeleteSubaccount(testCtx(t), sandbox.DemoTemplateID)
	var apiErr *Error
	if !errors.As(err, &apiErr) || apiErr.Code != 1002 {
		t.Fatalf("err = %v, want error 1002", err)
	}
}

// A reply that is not JSON, and an HTTP error without an error object, are
// reported with what came back.
func TestUnreadableReplies(t *testing.T) {
	t.Parallel()

	t.Run("malformed JSON", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Path: faultPath(actionView), Body: `{"id":1194,"user`})
		_, err := e.client.Subaccount(testCtx(t), sandbox.DemoTemplateID)
		if err == nil {
			t.Fatal("a truncated reply was accepted")
		}
		for _, want := range []string{"subaccounts/view", "not the expected JSON", `{\"id\":1194,\"user`} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q lacks %q", err, want)
			}
		}
	})

	t.Run("HTTP 502 with a text body", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Path: faultPath(actionView), Status: http.StatusBadGateway, Body: "upstream down"})
		_, err := e.client.Subaccount(testCtx(t), sandbox.DemoTemplateID)
		var apiErr *Error
		if !errors.As(err, &apiErr) || apiErr.HTTPStatus != http.StatusBadGateway {
			t.Fatalf("err = %v, want *Error with HTTP 502", err)
		}
		for _, want := range []string{"502", "upstream down"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q lacks %q", err, want)
			}
		}
		// view is a read: retried MaxRetries times.
		if n := e.count(actionView); n != fastSettings.MaxRetries+1 {
			t.Errorf("view requests = %d, want %d", n, fastSettings.MaxRetries+1)
		}
	})
}

func TestErrorStringShapes(t *testing.T) {
	t.Parallel()
	e := &Error{Action: actionAdd, Code: 4500, Type: "SubaccountError", Message: "Bad template", HTTPStatus: 200}
	want := `SerwerSMS subaccounts/add failed with error 4500 SubaccountError ("Bad template"): the template subaccount (template_id) does not exist`
	if !strings.HasPrefix(e.Error(), want) {
		t.Errorf("Error() = %q, want prefix %q", e.Error(), want)
	}
	if e.HTTPStatusCode() != 200 {
		t.Errorf("HTTPStatusCode = %d", e.HTTPStatusCode())
	}
	// success:false of add (code 0) is not "not found": only limit and delete take an id.
	if errors.Is(&Error{Action: actionAdd}, ErrNotFound) {
		t.Error("success:false of add counts as ErrNotFound")
	}
	if !errors.Is(&Error{Action: actionDelete, NotPerformed: true}, ErrNotFound) {
		t.Error("success:false of delete does not count as ErrNotFound")
	}
	// An unknown code still names itself.
	if got := (&Error{Action: actionView, Code: 9999}).Error(); !strings.Contains(got, "9999") {
		t.Errorf("Error() = %q", got)
	}
}
