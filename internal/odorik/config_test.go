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

func clearEnv(t *testing.T) { t.Helper(); configtest.ClearEnv(t, allEnv...) }

var (
	null = configtest.Null
	val  = configtest.Val
)

func requireErrorAt(t *testing.T, diags diag.Diagnostics, attr string, parts ...string) {
	t.Helper()
	configtest.RequireErrorAt(t, diags, "odorik", attr, parts...)
}

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
	for name, m := range map[string]*ProviderModel{
		"no block":      nil,
		"zero block":    {},
		"null values":   {User: null(), Password: null(), BaseURL: null()},
		"empty strings": {User: val(""), Password: val("")},
	} {
		t.Run(name, func(t *testing.T) {
			clearEnv(t)
			c, diags := Configure(m, testSettings, "ua")
			if c != nil {
				t.Errorf("Configure = %p, want nil", c)
			}
			requireNoDiags(t, diags)
		})
	}
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
		p, q := srv.call(t, c)
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
		p, q := srv.call(t, c)
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
	_, q := attrSrv.call(t, c)
	if q["user"] != "attr-user" || q["password"] != "attr-pass" {
		t.Errorf("query = %v, want the block's credentials", q)
	}
	if n := envSrv.requests(); n != 0 {
		t.Errorf("the %s server got %d requests, want none", EnvBaseURL, n)
	}

	t.Run("mixed sources", func(t *testing.T) {
		c, diags := Configure(&ProviderModel{Password: val("attr-pass")}, testSettings, "ua")
		requireNoDiags(t, diags)
		_, q := envSrv.call(t, c)
		if q["user"] != "env-user" || q["password"] != "attr-pass" {
			t.Errorf("query = %v, want user from the environment and password from the block", q)
		}
	})
}

func TestConfigurePartial(t *testing.T) {
	tests := []struct {
		name    string
		m       *ProviderModel
		env     map[string]string
		missing string
		envVar  string
	}{
		{"user without password", &ProviderModel{User: val("123456")}, nil, "password", EnvPassword},
		{"password without user", &ProviderModel{Password: val("p")}, nil, "user", EnvUser},
		{"user env without password", nil, map[string]string{EnvUser: "123456"}, "password", EnvPassword},
		{"password env without user", nil, map[string]string{EnvPassword: "p"}, "user", EnvUser},
		{"user with base_url", &ProviderModel{User: val("123456"), BaseURL: val("https://x.example.com")}, nil, "password", EnvPassword},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			c, diags := Configure(tt.m, testSettings, "ua")
			if c != nil {
				t.Errorf("Configure = %p, want nil", c)
			}
			if diags.ErrorsCount() != 1 {
				t.Errorf("errors = %v, want exactly one", diags)
			}
			requireErrorAt(t, diags, tt.missing, "odorik."+tt.missing, tt.envVar)
		})
	}
}

func TestConfigureUnknown(t *testing.T) {
	tests := []struct {
		name string
		m    *ProviderModel
		attr string
	}{
		{"user", &ProviderModel{User: types.StringUnknown(), Password: val("p")}, "user"},
		{"password", &ProviderModel{User: val("123456"), Password: types.StringUnknown()}, "password"},
		// The password is then really missing: a second, true error.
		{"only unknown credential", &ProviderModel{User: types.StringUnknown()}, "user"},
		{"base_url", &ProviderModel{User: val("123456"), Password: val("p"), BaseURL: types.StringUnknown()}, "base_url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			c, diags := Configure(tt.m, testSettings, "ua")
			if c != nil {
				t.Errorf("Configure = %p, want nil", c)
			}
			requireErrorAt(t, diags, tt.attr, "odorik."+tt.attr, "plan time")
			want := 1
			if tt.name == "only unknown credential" {
				want = 2
			}
			if n := diags.ErrorsCount(); n != want {
				t.Errorf("%d errors, want %d (no second error for the unknown value): %v", n, want, diags)
			}
		})
	}
}

// A wrong base_url is reported even when no credential is set yet.
func TestConfigureBaseURLWithoutCredentials(t *testing.T) {
	clearEnv(t)
	c, diags := Configure(&ProviderModel{BaseURL: val("http://example.com")}, testSettings, "ua")
	if c != nil {
		t.Errorf("Configure = %p, want nil", c)
	}
	requireErrorAt(t, diags, "base_url", "must use https")

	t.Setenv(EnvBaseURL, "http://odorik.example.com")
	_, diags = Configure(nil, testSettings, "ua")
	requireErrorAt(t, diags, "base_url", EnvBaseURL)
}

func TestConfigureBaseURL(t *testing.T) {
	tests := []struct {
		name    string
		attr    types.String
		env     string
		wantErr bool
	}{
		{"plain http refused", val("http://example.com"), "", true},
		{"plain http env refused", null(), "http://example.com", true},
		{"loopback http accepted", val("http://127.0.0.1:8080/x"), "", false},
		{"https proxy accepted", val("https://proxy.example.com"), "", false},
		{"loopback env accepted", null(), "http://localhost:9000", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv(EnvBaseURL, tt.env)
			c, diags := Configure(&ProviderModel{User: val("123456"), Password: val("p"), BaseURL: tt.attr}, testSettings, "ua")
			if tt.wantErr {
				if c != nil {
					t.Errorf("Configure = %p, want nil", c)
				}
				requireErrorAt(t, diags, "base_url", "odorik.base_url", EnvBaseURL)
				return
			}
			requireNoDiags(t, diags)
			if c == nil {
				t.Fatal("Configure returned nil")
			}
		})
	}
}

func TestClientFrom(t *testing.T) {
	t.Run("before configure", func(t *testing.T) {
		c, diags := clientFrom(nil)
		if c != nil || len(diags) != 0 {
			t.Errorf("clientFrom(nil) = %p, %v; want nil and no diagnostics", c, diags)
		}
	})
	t.Run("wrong type", func(t *testing.T) {
		c, diags := clientFrom("nope")
		if c != nil || !diags.HasError() {
			t.Errorf("clientFrom(string) = %p, %v; want nil and an error", c, diags)
		}
	})
	t.Run("not configured", func(t *testing.T) {
		c, diags := clientFrom(&providerdata.Data{})
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
		c, diags := clientFrom(&providerdata.Data{Odorik: want})
		if c != want || len(diags) != 0 {
			t.Errorf("clientFrom = %p, %v; want %p and no diagnostics", c, diags, want)
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
