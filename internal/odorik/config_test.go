package odorik

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata/configtest"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

var testSettings = transport.Settings{MaxRetries: 0, RequestTimeout: 5 * time.Second, UserAgent: "ua-transport"}

var allEnv = []string{EnvUser, EnvPassword, EnvBaseURL}

// vendor runs the checks every vendor block shares.
var vendorBlock = configtest.Vendor[ProviderModel, api.Config]{
	Block:      "odorik",
	Env:        allEnv,
	EnvBaseURL: EnvBaseURL,
	Configure:  func(m *ProviderModel) (*api.Config, diag.Diagnostics) { return Configure(m, testSettings, "ua") },
	WithBaseURL: func(u types.String) *ProviderModel {
		return &ProviderModel{User: configtest.Val("123456"), Password: configtest.Val("p"), BaseURL: u}
	},
}

func clearEnv(t *testing.T) { t.Helper(); configtest.ClearEnv(t, allEnv...) }

var (
	null = configtest.Null
	val  = configtest.Val
)

var requireNoDiags = configtest.RequireNoDiags

// recorder is a loopback stand-in for the Odorik API that remembers the last
// GET, so a test can see which credentials and base URL a client really uses.
type recorder struct {
	*httptest.Server
	mu    sync.Mutex
	path  string
	query map[string]string
	count int
}

func newRecorder(t *testing.T) *recorder {
	t.Helper()
	r := &recorder{}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.mu.Lock()
		r.count++
		r.path = req.URL.Path
		r.query = map[string]string{}
		for k := range req.URL.Query() {
			r.query[k] = req.URL.Query().Get(k)
		}
		r.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte("[]"))
	}))
	t.Cleanup(r.Close)
	return r
}

// call makes one request with c and returns what the server saw.
func (r *recorder) call(t *testing.T, c *api.Client) (string, map[string]string) {
	t.Helper()
	if c == nil {
		t.Fatal("client is nil")
	}
	if _, err := c.PublicNumbers(context.Background(), false, false); err != nil {
		t.Fatalf("PublicNumbers: %v", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.count != 1 {
		t.Fatalf("server saw %d requests, want 1", r.count)
	}
	r.count = 0
	return r.path, r.query
}

// requests is how many requests arrived since the last call.
func (r *recorder) requests() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.count
}

func TestConfigureNotConfigured(t *testing.T) {
	vendorBlock.CheckNotConfigured(t, map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {User: null(), Password: null(), BaseURL: null()},
		"empty strings": {User: val(""), Password: val("")},
	})
}

func TestConfigureFromBlock(t *testing.T) {
	clearEnv(t)
	c, diags := Configure(&ProviderModel{User: val("123456"), Password: val("secret"), BaseURL: null()}, testSettings, "ua")
	requireNoDiags(t, diags)
	if c == nil {
		t.Fatal("Configure returned nil for a complete block")
	}
	if api.DefaultBaseURL != "https://www.odorik.cz/api/v1" {
		t.Errorf("default base URL = %q, want the one in the spec", api.DefaultBaseURL)
	}

	t.Run("values reach the API", func(t *testing.T) {
		srv := newRecorder(t)
		c, diags := Configure(&ProviderModel{User: val("123456"), Password: val("secret"), BaseURL: val(srv.URL + "/api/v1")}, testSettings, "ua-odorik")
		requireNoDiags(t, diags)
		p, q := srv.call(t, api.NewClient(*c))
		if p != "/api/v1/public_numbers.json" {
			t.Errorf("path = %q, want the base URL's path plus /public_numbers.json", p)
		}
		if q["user"] != "123456" || q["password"] != "secret" || q["user_agent"] != "ua-odorik" {
			t.Errorf("query = %v, want user=123456 password=secret user_agent=ua-odorik", q)
		}
	})
}

func TestConfigureFromEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(EnvUser, "env-user")
	t.Setenv(EnvPassword, "env-pass")
	for name, m := range map[string]*ProviderModel{"no block": nil, "empty block": {}} {
		t.Run(name, func(t *testing.T) {
			c, diags := Configure(m, testSettings, "ua")
			requireNoDiags(t, diags)
			if c == nil {
				t.Fatal("Configure returned nil with both environment variables set")
			}
		})
	}
	t.Run("values reach the API", func(t *testing.T) {
		srv := newRecorder(t)
		t.Setenv(EnvBaseURL, srv.URL+"/env")
		c, diags := Configure(nil, testSettings, "ua")
		requireNoDiags(t, diags)
		p, q := srv.call(t, api.NewClient(*c))
		if p != "/env/public_numbers.json" {
			t.Errorf("path = %q, want %s's path plus /public_numbers.json", p, EnvBaseURL)
		}
		if q["user"] != "env-user" || q["password"] != "env-pass" {
			t.Errorf("query = %v, want the credentials from the environment", q)
		}
	})
}

func TestConfigureAttributeWinsOverEnvironment(t *testing.T) {
	clearEnv(t)
	attrSrv := newRecorder(t)
	envSrv := newRecorder(t)
	t.Setenv(EnvUser, "env-user")
	t.Setenv(EnvPassword, "env-pass")
	t.Setenv(EnvBaseURL, envSrv.URL)

	c, diags := Configure(&ProviderModel{User: val("attr-user"), Password: val("attr-pass"), BaseURL: val(attrSrv.URL)}, testSettings, "ua")
	requireNoDiags(t, diags)
	_, q := attrSrv.call(t, api.NewClient(*c))
	if q["user"] != "attr-user" || q["password"] != "attr-pass" {
		t.Errorf("query = %v, want the block's credentials", q)
	}
	if n := envSrv.requests(); n != 0 {
		t.Errorf("the %s server got %d requests, want none", EnvBaseURL, n)
	}

	t.Run("mixed sources", func(t *testing.T) {
		c, diags := Configure(&ProviderModel{Password: val("attr-pass")}, testSettings, "ua")
		requireNoDiags(t, diags)
		_, q := envSrv.call(t, api.NewClient(*c))
		if q["user"] != "env-user" || q["password"] != "attr-pass" {
			t.Errorf("query = %v, want user from the environment and password from the block", q)
		}
	})
}

func TestConfigurePartial(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "user without password", Model: &ProviderModel{User: val("123456")}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
		{Name: "password without user", Model: &ProviderModel{Password: val("p")}, Attr: "user", Mentions: []string{EnvUser}, Errors: 1},
		{Name: "user env without password", Model: nil, Env: map[string]string{EnvUser: "123456"}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
		{Name: "password env without user", Model: nil, Env: map[string]string{EnvPassword: "p"}, Attr: "user", Mentions: []string{EnvUser}, Errors: 1},
		{Name: "user with base_url", Model: &ProviderModel{User: val("123456"), BaseURL: val("https://x.example.com")}, Attr: "password", Mentions: []string{EnvPassword}, Errors: 1},
	})
}

func TestConfigureUnknown(t *testing.T) {
	vendorBlock.CheckErrors(t, []configtest.ErrorCase[ProviderModel]{
		{Name: "user", Model: &ProviderModel{User: types.StringUnknown(), Password: val("p")}, Attr: "user", Mentions: []string{"plan time"}, Errors: 1},
		{Name: "password", Model: &ProviderModel{User: val("123456"), Password: types.StringUnknown()}, Attr: "password", Mentions: []string{"plan time"}, Errors: 1},
		// The password is then really missing: a second, true error.
		{Name: "only unknown credential", Model: &ProviderModel{User: types.StringUnknown()}, Attr: "user", Mentions: []string{"plan time"}, Errors: 2},
		{Name: "base_url", Model: &ProviderModel{User: val("123456"), Password: val("p"), BaseURL: types.StringUnknown()}, Attr: "base_url", Mentions: []string{"plan time"}, Errors: 1},
	})
}

func TestConfigureBaseURL(t *testing.T) { vendorBlock.CheckBaseURL(t) }

func TestVendorFrom(t *testing.T) {
	t.Run("before configure", func(t *testing.T) {
		c, diags := vendor.From(nil)
		if c != nil || len(diags) != 0 {
			t.Errorf("vendor.From(nil) = %p, %v; want nil and no diagnostics", c, diags)
		}
	})
	t.Run("wrong type", func(t *testing.T) {
		c, diags := vendor.From("nope")
		if c != nil || !diags.HasError() {
			t.Errorf("vendor.From(string) = %p, %v; want nil and an error", c, diags)
		}
	})
	t.Run("not configured", func(t *testing.T) {
		c, diags := vendor.From(&providerdata.Data{})
		if c != nil {
			t.Errorf("client = %p, want nil", c)
		}
		if diags.ErrorsCount() != 1 {
			t.Fatalf("diagnostics = %v, want one error", diags)
		}
		d := diags.Errors()[0]
		for _, part := range []string{"odorik {", "user = ", "password = ", EnvUser, EnvPassword} {
			if !strings.Contains(d.Detail(), part) {
				t.Errorf("detail %q does not mention %q", d.Detail(), part)
			}
		}
	})
	t.Run("configured", func(t *testing.T) {
		want := api.NewClient(api.Config{User: "u", Password: "p"})
		c, diags := vendor.From(&providerdata.Data{Odorik: want})
		if c != want || len(diags) != 0 {
			t.Errorf("vendor.From = %p, %v; want %p and no diagnostics", c, diags, want)
		}
	})
}

func TestProviderBlock(t *testing.T) {
	b := ProviderBlock()
	configtest.CheckProviderBlock(t, b, map[string]configtest.Attr{
		"user":     {Env: EnvUser},
		"password": {Env: EnvPassword, Sensitive: true},
		"base_url": {Env: EnvBaseURL},
	})
}
