package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/sandbox"
)

func fieldInt(t *testing.T, values map[string]Flex, name string) int64 {
	t.Helper()
	n, err := values[name].Int64()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

func TestNewClientDefaults(t *testing.T) {
	c := NewClient(Config{APIToken: "t", APIKey: "k"})
	if c.Config().BaseURL != DefaultBaseURL {
		t.Errorf("BaseURL = %q, want %q", c.Config().BaseURL, DefaultBaseURL)
	}
	c = NewClient(Config{APIToken: "t", APIKey: "k", BaseURL: "https://x.example.com//"})
	if c.Config().BaseURL != "https://x.example.com" {
		t.Errorf("BaseURL = %q, want the trailing slashes trimmed", c.Config().BaseURL)
	}
	if CustomerAction != sandbox.ActionCustomer {
		t.Errorf("client action %q, emulator action %q: they must agree", CustomerAction, sandbox.ActionCustomer)
	}
}

func TestCustomerMasterWithID(t *testing.T) {
	e := newEnv(t)
	c, err := e.master().Customer(testCtx(t), sandbox.DemoCustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if got := fieldInt(t, c.Fields, "id"); got != sandbox.DemoCustomerID {
		t.Errorf("id = %d, want %d", got, sandbox.DemoCustomerID)
	}
	if got := fieldInt(t, c.Fields, "tipo"); got != sandbox.TipoAssinante {
		t.Errorf("tipo = %d", got)
	}
	if got := fieldInt(t, c.Fields, "id_hie"); got != sandbox.DemoResellerCustomerID {
		t.Errorf("id_hie = %d", got)
	}
	if got := fieldInt(t, c.Finance, "tipo_tar"); got != 2 {
		t.Errorf("finance.tipo_tar = %d, want 2", got)
	}
	if x, err := c.Finance["available_disk_space"].Float64(); err != nil || x != 1536 {
		t.Errorf("finance.available_disk_space = %v (%v)", x, err)
	}
	if got := usernames(c.Users); !reflect.DeepEqual(got, []string{"assinante.sandbox", "recepcao.sandbox"}) {
		t.Errorf("users = %q", got)
	}
	if c.Users[0]["api_token"].String() != sandbox.DemoSubscriberToken {
		t.Errorf("users[0].api_token = %q", c.Users[0]["api_token"].String())
	}
	want := fmt.Sprintf("/api/%s/%s/%s/%d", sandbox.ActionCustomer, sandbox.DemoMasterToken, sandbox.DemoMasterKey, sandbox.DemoCustomerID)
	reqs := e.api.Kit.Requests()
	if len(reqs) != 1 || reqs[0].Method != http.MethodGet || reqs[0].Path != want {
		t.Fatalf("requests = %+v, want one GET %s", reqs, want)
	}
	if got := reqs[0].Header.Get("Accept"); got != "application/json" {
		t.Errorf("Accept = %q", got)
	}
}

func TestCustomerSubscriberWithoutID(t *testing.T) {
	e := newEnv(t)
	c, err := e.subscriber().Customer(testCtx(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := fieldInt(t, c.Fields, "id"); got != sandbox.DemoSubscriberCustomerID {
		t.Errorf("id = %d, want the subscriber's own %d", got, sandbox.DemoSubscriberCustomerID)
	}
	want := fmt.Sprintf("/api/%s/%s/%s", sandbox.ActionCustomer, sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey)
	if got := e.paths(); !reflect.DeepEqual(got, []string{want}) {
		t.Errorf("paths = %q, want [%s] (no id segment, no trailing slash)", got, want)
	}

	// Its own id works too; another one is not found.
	if _, err := e.subscriber().Customer(testCtx(t), sandbox.DemoSubscriberCustomerID); err != nil {
		t.Errorf("subscriber with its own id: %v", err)
	}
	_, err = e.subscriber().Customer(testCtx(t), sandbox.DemoForeignCustomerID)
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("subscriber reading another customer: %v, want ErrNotFound", err)
	}
}

func TestCustomerUsersShapesFromEmulator(t *testing.T) {
	for name, tc := range map[string]struct {
		shape sandbox.UsersShape
		want  []string
	}{
		"array":   {sandbox.UsersArray, []string{"assinante.sandbox", "recepcao.sandbox"}},
		"by id":   {sandbox.UsersByID, []string{"assinante.sandbox", "recepcao.sandbox"}},
		"root":    {sandbox.UsersRoot, []string{"assinante.sandbox"}},
		"foreign": {sandbox.UsersByID, []string{"outro.cliente"}},
	} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t, sandbox.WithUsersShape(tc.shape))
			id := sandbox.DemoCustomerID
			if name == "foreign" {
				id = sandbox.DemoForeignCustomerID
			}
			c, err := e.master().Customer(testCtx(t), id)
			if err != nil {
				t.Fatal(err)
			}
			if got := usernames(c.Users); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("users = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("no users", func(t *testing.T) {
		for _, shape := range []sandbox.UsersShape{sandbox.UsersArray, sandbox.UsersByID, sandbox.UsersRoot} {
			e := newEnv(t, sandbox.WithUsersShape(shape))
			rec, _ := e.api.Customer(sandbox.DemoForeignCustomerID)
			rec.Users = nil
			if err := e.api.PutCustomer(rec); err != nil {
				t.Fatal(err)
			}
			c, err := e.master().Customer(testCtx(t), sandbox.DemoForeignCustomerID)
			if err != nil {
				t.Fatalf("shape %d: %v", shape, err)
			}
			if len(c.Users) != 0 {
				t.Errorf("shape %d: users = %v, want none", shape, c.Users)
			}
		}
	})
}

// PHP's [] for an empty finance object, and unknown top-level members of
// any shape, as the emulator's Extra sends them.
func TestCustomerExtraMembersFromEmulator(t *testing.T) {
	e := newEnv(t)
	rec, _ := e.api.Customer(sandbox.DemoForeignCustomerID)
	rec.Extra = map[string]json.RawMessage{
		"finance":       json.RawMessage(`[]`),
		"nome_fantasia": json.RawMessage(`"ACME Telecom"`),
		"endereco":      json.RawMessage(`{"cidade":"Curitiba"}`),
		"documentos":    json.RawMessage(`[{"cpf":"000"}]`),
	}
	if err := e.api.PutCustomer(rec); err != nil {
		t.Fatal(err)
	}
	c, err := e.master().Customer(testCtx(t), sandbox.DemoForeignCustomerID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Finance != nil {
		t.Errorf("finance = %v, want nil for []", c.Finance)
	}
	if c.Fields["nome_fantasia"].String() != "ACME Telecom" {
		t.Errorf("nome_fantasia = %q", c.Fields["nome_fantasia"].String())
	}
	for _, gone := range []string{"endereco", "documentos"} {
		if _, ok := c.Fields[gone]; ok {
			t.Errorf("%s kept", gone)
		}
	}
	if got := fieldInt(t, c.Fields, "id"); got != sandbox.DemoForeignCustomerID {
		t.Errorf("id = %d", got)
	}
}

func TestCustomerReseller(t *testing.T) {
	e := newEnv(t)
	c, err := e.reseller().Customer(testCtx(t), sandbox.DemoSubscriberCustomerID)
	if err != nil {
		t.Fatalf("reseller reading its subscriber: %v", err)
	}
	if got := fieldInt(t, c.Fields, "id_hie"); got != sandbox.DemoResellerCustomerID {
		t.Errorf("id_hie = %d, want the reseller", got)
	}
	for name, id := range map[string]int64{
		"foreign customer": sandbox.DemoForeignCustomerID,
		"its own record":   sandbox.DemoResellerCustomerID,
		"unknown customer": 999999,
		"huge unknown id":  9223372036854775807,
		"unknown small id": 1,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := e.reseller().Customer(testCtx(t), id)
			if !errors.Is(err, ErrNotFound) {
				t.Fatalf("err = %v, want ErrNotFound", err)
			}
			apiErr := apiError(t, err, http.StatusOK)
			if apiErr.Reason != sandbox.ReasonCustomerNotFound {
				t.Errorf("Reason = %q", apiErr.Reason)
			}
			mustContain(t, err.Error(), "error 1", sandbox.ReasonCustomerNotFound, "does not exist or is not visible")
		})
	}
}

func TestCustomerMasterUnknownID(t *testing.T) {
	e := newEnv(t)
	_, err := e.master().Customer(testCtx(t), 424242)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if n := e.api.Kit.RequestCount(); n != 1 {
		t.Errorf("%d requests, want 1: not found is not retried", n)
	}
}

func TestCustomerMissingIDForMaster(t *testing.T) {
	e := newEnv(t)
	for name, c := range map[string]*Client{"master": e.master(), "reseller": e.reseller()} {
		t.Run(name, func(t *testing.T) {
			_, err := c.Customer(testCtx(t), 0)
			apiErr := apiError(t, err, http.StatusUnprocessableEntity)
			if apiErr.Reason != sandbox.ReasonMissingID {
				t.Errorf("Reason = %q", apiErr.Reason)
			}
			if errors.Is(err, ErrNotFound) {
				t.Error("422 is ErrNotFound")
			}
			mustContain(t, err.Error(), "HTTP 422", "customer_id", "Master and reseller tokens must name the customer")
		})
	}
	if n := e.api.Kit.RequestCount(); n != 2 {
		t.Errorf("%d requests, want 2: 422 is not retried", n)
	}
}

func TestCustomerBadCredentials(t *testing.T) {
	e := newEnv(t)
	for name, creds := range map[string][2]string{
		"unknown token":          {"00000000-dead-beef-0000-000000000000-9999", "11111111-dead-beef-1111-111111111111-9999"},
		"master token, bad key":  {sandbox.DemoMasterToken, "wrong-key-7f3e9a"},
		"user without API":       {sandbox.DemoNoAPIAccessToken, sandbox.DemoNoAPIAccessKey},
		"subscriber swapped key": {sandbox.DemoSubscriberToken, sandbox.DemoResellerKey},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := e.client(creds[0], creds[1]).Customer(testCtx(t), sandbox.DemoCustomerID)
			apiErr := apiError(t, err, http.StatusForbidden)
			if apiErr.Reason != sandbox.ReasonAccessDenied {
				t.Errorf("Reason = %q", apiErr.Reason)
			}
			if errors.Is(err, ErrNotFound) {
				t.Error("403 is ErrNotFound")
			}
			msg := err.Error()
			mustContain(t, msg, "HTTP 403", "access denied", "voipmundo.api_token", "VOIPMUNDO_API_KEY")
			mustNotContain(t, msg, creds[0], creds[1])
			mustNotContain(t, msg, recognizable(creds[0], creds[1])...)
			mustNotContain(t, fmt.Sprintf("%+v %#v", err, err), creds[0], creds[1])
		})
	}
}

// An action the API does not know (404): the emulator configured with
// another action name.
func TestCustomerUnknownAction(t *testing.T) {
	e := newEnv(t, sandbox.WithCustomerActions("manageCustomers"))
	_, err := e.master().Customer(testCtx(t), sandbox.DemoCustomerID)
	apiErr := apiError(t, err, http.StatusNotFound)
	if apiErr.Reason != sandbox.ReasonNotFound {
		t.Errorf("Reason = %q", apiErr.Reason)
	}
	if errors.Is(err, ErrNotFound) {
		t.Error("HTTP 404 (unknown action) is ErrNotFound, which means an unknown customer")
	}
	mustContain(t, err.Error(), "HTTP 404", "base URL or the action name is wrong")
	mustNotContain(t, err.Error(), sandbox.DemoMasterToken, sandbox.DemoMasterKey)
	if n := e.api.Kit.RequestCount(); n != 1 {
		t.Errorf("%d requests, want 1: 404 is not retried", n)
	}
}

// A base URL that points at some other web server: a plain-text 404 page
// that echoes the request path. The body is quoted, with the credentials
// masked.
func TestCustomerBaseURLElsewhere(t *testing.T) {
	var mu sync.Mutex
	var seen []string
	f := newFixture(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.URL.Path)
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "<html><body><h1>Not Found</h1><p>The requested URL %s was not found on this server.</p></body></html>", r.URL.Path)
	})
	_, err := f.client(sandbox.DemoMasterToken, sandbox.DemoMasterKey).Customer(testCtx(t), 7)
	apiErr := apiError(t, err, http.StatusNotFound)
	if apiErr.Reason != "" {
		t.Errorf("Reason = %q, want none for a non-JSON page", apiErr.Reason)
	}
	if len(seen) != 1 || !strings.Contains(seen[0], sandbox.DemoMasterToken) {
		t.Fatalf("test setup: the server saw %q, want one request with the token in its path", seen)
	}
	mustContain(t, err.Error(), "HTTP 404", "Not Found", "/api/getCustomer/***/***/7", "base URL")
	mustNotContain(t, err.Error(), sandbox.DemoMasterToken, sandbox.DemoMasterKey)
	mustNotContain(t, apiErr.Body, sandbox.DemoMasterToken, sandbox.DemoMasterKey)
}

// The base URL written with /api (as the emulator's package documentation
// shows it) doubles the prefix: the answer is the 404 explanation, not a
// confusing decode error.
func TestCustomerBaseURLWithAPISuffix(t *testing.T) {
	e := newEnv(t)
	c := NewClient(Config{APIToken: sandbox.DemoMasterToken, APIKey: sandbox.DemoMasterKey, BaseURL: e.url + sandbox.BasePath, Transport: fastSettings})
	_, err := c.Customer(testCtx(t), sandbox.DemoCustomerID)
	_ = apiError(t, err, http.StatusNotFound)
	mustContain(t, err.Error(), "base URL")
}

// Other error statuses and their explanations; an error body without
// reason is quoted.
func TestCustomerHTTPErrorStatuses(t *testing.T) {
	for _, tc := range []struct {
		status   int
		body     string
		mentions []string
	}{
		{http.StatusBadRequest, `{"error":1,"reason":"Requisição incompleta"}`, []string{"HTTP 400", `"Requisição incompleta"`, "incomplete"}},
		{http.StatusRequestEntityTooLarge, `{"error":1,"reason":"grande"}`, []string{"HTTP 413", "128 KB"}},
		{http.StatusInternalServerError, `upstream exploded`, []string{"HTTP 500", `body "upstream exploded"`}},
		{http.StatusForbidden, `{"error":1}`, []string{"HTTP 403", "access denied", `body "{\"error\":1}"`}},
		{http.StatusForbidden, `{"error":1,"reason":null}`, []string{"HTTP 403", "access denied"}},
	} {
		t.Run(fmt.Sprint(tc.status, tc.body), func(t *testing.T) {
			f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
				w.WriteHeader(tc.status)
				fmt.Fprint(w, tc.body)
			})
			c := NewClient(Config{APIToken: "tok-abc", APIKey: "key-def", BaseURL: f.url, Transport: transport.Settings{MaxRetries: 0}})
			_, err := c.Customer(testCtx(t), 1)
			_ = apiError(t, err, tc.status)
			mustContain(t, err.Error(), tc.mentions...)
		})
	}
}

// HTTP 200 with "error": 1 in any spelling is a refusal; "error": 0 in any
// spelling is a record.
func TestCustomerErrorFlagSpellings(t *testing.T) {
	for _, tc := range []struct {
		flag    string
		refused bool
	}{
		{`1`, true}, {`"1"`, true}, {`true`, true},
		{`0`, false}, {`"0"`, false}, {`false`, false}, {`null`, false}, {`""`, false},
	} {
		t.Run(tc.flag, func(t *testing.T) {
			f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
				fmt.Fprintf(w, `{"error":%s,"reason":"Cliente não encontrado","id":"5","tipo":4}`, tc.flag)
			})
			c, err := f.client("t", "k").Customer(testCtx(t), 5)
			if tc.refused {
				if !errors.Is(err, ErrNotFound) {
					t.Fatalf("err = %v, want ErrNotFound", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v, want the record", err)
			}
			if got := fieldInt(t, c.Fields, "id"); got != 5 {
				t.Errorf("id = %d", got)
			}
		})
	}
}

// 429 is retried; once the throttling stops the record arrives.
func TestCustomerRetriesTooManyRequests(t *testing.T) {
	e := newEnv(t)
	e.api.SetThrottled(true)
	done := make(chan struct{})
	go func() {
		defer close(done)
		deadline := time.Now().Add(10 * time.Second)
		for e.api.Kit.RequestCount() < 2 && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		e.api.SetThrottled(false)
	}()
	c := NewClient(Config{APIToken: sandbox.DemoMasterToken, APIKey: sandbox.DemoMasterKey, BaseURL: e.url,
		Transport: transport.Settings{MaxRetries: 10, MaxRetryWait: 20 * time.Millisecond, RequestTimeout: 5 * time.Second}})
	rec, err := c.Customer(testCtx(t), sandbox.DemoCustomerID)
	<-done
	if err != nil {
		t.Fatalf("Customer after throttling: %v", err)
	}
	if got := fieldInt(t, rec.Fields, "id"); got != sandbox.DemoCustomerID {
		t.Errorf("id = %d", got)
	}
	if n := e.api.Kit.RequestCount(); n < 3 {
		t.Errorf("%d requests, want at least 2 answered 429 and one success", n)
	}
}

// When the retries run out the 429 is an *Error with its explanation.
func TestCustomerTooManyRequestsGivesUp(t *testing.T) {
	e := newEnv(t)
	e.api.SetThrottled(true)
	_, err := e.master().Customer(testCtx(t), sandbox.DemoCustomerID)
	_ = apiError(t, err, http.StatusTooManyRequests)
	mustContain(t, err.Error(), "HTTP 429", "too many simultaneous requests")
	mustNotContain(t, err.Error(), sandbox.DemoMasterToken, sandbox.DemoMasterKey)
	if n, want := e.api.Kit.RequestCount(), 1+fastSettings.MaxRetries; n != want {
		t.Errorf("%d requests, want %d (first attempt + MaxRetries)", n, want)
	}
}

// With a limit of one request in progress, concurrent reads collide (429)
// and all succeed through retries.
func TestCustomerConcurrentReadsUnderLimit(t *testing.T) {
	e := newEnv(t, sandbox.WithMaxConcurrent(1))
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 30 * time.Millisecond})
	c := NewClient(Config{APIToken: sandbox.DemoMasterToken, APIKey: sandbox.DemoMasterKey, BaseURL: e.url,
		Transport: transport.Settings{MaxRetries: 30, MaxRetryWait: 20 * time.Millisecond, RequestTimeout: 5 * time.Second}})
	const n = 3
	var wg sync.WaitGroup
	errs := make([]error, n)
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			_, errs[i] = c.Customer(testCtx(t), sandbox.DemoCustomerID)
		})
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("read %d: %v", i, err)
		}
	}
	if got := e.api.Kit.RequestCount(); got <= n {
		t.Errorf("%d requests for %d reads: none was answered 429 (test setup)", got, n)
	}
}

// A body that is not JSON: an error that says so and quotes its start.
func TestCustomerMalformedJSON(t *testing.T) {
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Times: 1})
	_, err := e.subscriber().Customer(testCtx(t), 0)
	if err == nil {
		t.Fatal("no error for a truncated body")
	}
	var apiErr *Error
	if errors.As(err, &apiErr) {
		t.Errorf("a malformed body is an *Error %+v, want a decoding error", apiErr)
	}
	mustContain(t, err.Error(), "not the expected JSON", "HTTP 200", `body starts with "{\"error\":0`)
	if len(err.Error()) > 600 {
		t.Errorf("error is %d bytes long, want a bounded excerpt", len(err.Error()))
	}
	mustNotContain(t, err.Error(), demoSecrets...)
	// The fault hit once: the next read works.
	if _, err := e.subscriber().Customer(testCtx(t), 0); err != nil {
		t.Errorf("read after the fault: %v", err)
	}
}

// An error page that echoes the request path in a 200 answer: the quoted
// body start has the credentials masked.
func TestCustomerMalformedBodyEchoingPath(t *testing.T) {
	e := newEnv(t)
	page := fmt.Sprintf("<html>Erro interno em /api/getCustomer/%s/%s/1057</html>", sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Body: page})
	_, err := e.subscriber().Customer(testCtx(t), sandbox.DemoCustomerID)
	if err == nil {
		t.Fatal("no error for an HTML body")
	}
	mustContain(t, err.Error(), "not the expected JSON", "/api/getCustomer/***/***/1057")
	mustNotContain(t, err.Error(), sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey)
}

// The body excerpt is cut at 200 bytes. A credential that straddles the
// cut must not show its first half: masking has to happen before cutting.
func TestCustomerExcerptDoesNotCutASecretInHalf(t *testing.T) {
	for _, status := range []int{http.StatusOK, http.StatusBadGateway} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			token := sandbox.DemoMasterToken
			f := newFixture(t, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(status)
				// The token starts 20 bytes before the 200-byte cut.
				fmt.Fprintf(w, "%s%s/%s", strings.Repeat("x", 180), token, sandbox.DemoMasterKey)
			})
			c := NewClient(Config{APIToken: token, APIKey: sandbox.DemoMasterKey, BaseURL: f.url, Transport: transport.Settings{MaxRetries: 0}})
			_, err := c.Customer(testCtx(t), 1)
			if err == nil {
				t.Fatal("no error")
			}
			mustNotContain(t, err.Error(), token[:20])
		})
	}
}

// A token with characters that are escaped in a URL path (a pasted value
// with a space or a slash) is masked in the quoted body in its escaped
// form too, like the transport masks it in logs.
func TestCustomerBodyMaskingCoversEscapedForms(t *testing.T) {
	const token, key = "tok en/Zq9Xw", "key%Pl8Ug"
	f := newFixture(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, "Not Found: %s", r.URL.EscapedPath())
	})
	c := NewClient(Config{APIToken: token, APIKey: key, BaseURL: f.url, Transport: transport.Settings{MaxRetries: 0}})
	_, err := c.Customer(testCtx(t), 1)
	_ = apiError(t, err, http.StatusNotFound)
	mustContain(t, err.Error(), "Not Found: /api/getCustomer/")
	mustNotContain(t, err.Error(), "Zq9Xw", "Pl8Ug")
}

// The platform's reason is quoted as is. A reason that echoes the
// credentials (an error page of a proxy, a debug message) must not carry
// them into the error.
func TestCustomerReasonIsMasked(t *testing.T) {
	for _, status := range []int{http.StatusOK, http.StatusForbidden} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			f := newFixture(t, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(status)
				fmt.Fprintf(w, `{"error":1,"reason":"Acesso Negado para %s"}`, r.URL.Path)
			})
			_, err := f.client(sandbox.DemoResellerToken, sandbox.DemoResellerKey).Customer(testCtx(t), 1)
			_ = apiError(t, err, status)
			mustContain(t, err.Error(), "Acesso Negado para /api/getCustomer/")
			mustNotContain(t, err.Error(), sandbox.DemoResellerToken, sandbox.DemoResellerKey)
		})
	}
}

// A record that is valid JSON but not readable as a customer.
func TestCustomerUnreadableRecord(t *testing.T) {
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"error":0,"reason":"OK","id":1,"finance":"none"}`)
	})
	_, err := f.client("t", "k").Customer(testCtx(t), 1)
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "customer record this provider cannot read", "finance")
}

// A connection error carries the URL in net/http's text: masked.
func TestCustomerConnectionErrorIsMasked(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	dead := srv.URL
	srv.Close()
	c := NewClient(Config{APIToken: sandbox.DemoMasterToken, APIKey: sandbox.DemoMasterKey, BaseURL: dead,
		Transport: transport.Settings{MaxRetries: 1, MaxRetryWait: 10 * time.Millisecond}})
	_, err := c.Customer(testCtx(t), 1)
	if err == nil {
		t.Fatal("no error from a closed server")
	}
	mustContain(t, err.Error(), "/api/getCustomer/***/***/1")
	mustNotContain(t, err.Error(), sandbox.DemoMasterToken, sandbox.DemoMasterKey)
}

func TestCustomerContextCanceled(t *testing.T) {
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 2 * time.Second})
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	_, err := e.master().Customer(ctx, 1)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want context.DeadlineExceeded", err)
	}
}
