package provider

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/telecom-tf/terraform-provider-telecom/internal/ipex"
	ipexapi "github.com/telecom-tf/terraform-provider-telecom/internal/ipex/api"
	"github.com/telecom-tf/terraform-provider-telecom/internal/odorik"
	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx"
	"github.com/telecom-tf/terraform-provider-telecom/internal/providerdata"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sms"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo"
)

// allEnv is every environment variable the provider reads.
var allEnv = []string{
	EnvMaxRetries, EnvRequestTimeout,
	odorik.EnvUser, odorik.EnvPassword, odorik.EnvBaseURL,
	ipex.EnvUsername, ipex.EnvPassword, ipex.EnvBaseURL, ipex.EnvAuthScheme,
	pbx.EnvAppID, pbx.EnvAppSecret, pbx.EnvClientID, pbx.EnvBaseURL,
	sms.EnvAPIToken, sms.EnvUsername, sms.EnvPassword, sms.EnvBaseURL,
	voipmundo.EnvAPIToken, voipmundo.EnvAPIKey, voipmundo.EnvBaseURL,
}

// clearEnv hides whatever the developer's shell exports: an empty variable
// counts as unset.
func clearEnv(t *testing.T) {
	t.Helper()
	for _, e := range allEnv {
		t.Setenv(e, "")
	}
}

func errorAt(diags diag.Diagnostics, p path.Path) diag.Diagnostic {
	for _, d := range diags.Errors() {
		if dp, ok := d.(diag.DiagnosticWithPath); ok && dp.Path().Equal(p) {
			return d
		}
	}
	return nil
}

func providerSchema(t *testing.T) schema.Schema {
	t.Helper()
	var resp provider.SchemaResponse
	(&telecomProvider{version: "test"}).Schema(context.Background(), provider.SchemaRequest{}, &resp)
	if resp.Diagnostics.HasError() {
		t.Fatalf("Schema: %v", resp.Diagnostics)
	}
	return resp.Schema
}

func TestSchema(t *testing.T) {
	s := providerSchema(t)
	if diags := s.ValidateImplementation(context.Background()); diags.HasError() {
		t.Fatalf("ValidateImplementation: %v", diags)
	}
	for _, name := range []string{"odorik", "ipex", "pbx", "sms", "voipmundo"} {
		b, ok := s.Blocks[name]
		if !ok {
			t.Errorf("block %s is missing", name)
			continue
		}
		if _, ok := b.(schema.SingleNestedBlock); !ok {
			t.Errorf("block %s is %T, want schema.SingleNestedBlock", name, b)
		}
	}
	if len(s.Blocks) != 5 {
		t.Errorf("blocks = %d, want 5", len(s.Blocks))
	}
	mr, ok := s.Attributes["max_retries"].(schema.Int64Attribute)
	if !ok || !mr.Optional || !strings.Contains(mr.MarkdownDescription, EnvMaxRetries) {
		t.Errorf("max_retries = %#v, want an optional Int64 attribute naming %s", s.Attributes["max_retries"], EnvMaxRetries)
	}
	rt, ok := s.Attributes["request_timeout"].(schema.StringAttribute)
	if !ok || !rt.Optional || !strings.Contains(rt.MarkdownDescription, EnvRequestTimeout) {
		t.Errorf("request_timeout = %#v, want an optional String attribute naming %s", s.Attributes["request_timeout"], EnvRequestTimeout)
	}
	if len(s.Attributes) != 2 {
		t.Errorf("attributes = %d, want 2", len(s.Attributes))
	}
}

func TestSchemaMaxRetriesValidator(t *testing.T) {
	mr, ok := providerSchema(t).Attributes["max_retries"].(schema.Int64Attribute)
	if !ok {
		t.Fatal("max_retries is not an Int64Attribute")
	}
	tests := []struct {
		v       types.Int64
		wantErr bool
	}{
		{types.Int64Value(0), false},
		{types.Int64Value(5), false},
		{types.Int64Value(maxMaxRetries), false},
		{types.Int64Value(-1), true},
		{types.Int64Value(maxMaxRetries + 1), true},
		{types.Int64Value(99), true},
		{types.Int64Null(), false},
	}
	for _, tt := range tests {
		var diags diag.Diagnostics
		for _, v := range mr.Validators {
			var resp validator.Int64Response
			v.ValidateInt64(context.Background(), validator.Int64Request{Path: path.Root("max_retries"), ConfigValue: tt.v}, &resp)
			diags.Append(resp.Diagnostics...)
		}
		if diags.HasError() != tt.wantErr {
			t.Errorf("max_retries = %v: errors %v, want error %v", tt.v, diags, tt.wantErr)
		}
	}
}

func TestMetadata(t *testing.T) {
	var resp provider.MetadataResponse
	(&telecomProvider{version: "1.2.3"}).Metadata(context.Background(), provider.MetadataRequest{}, &resp)
	if resp.TypeName != "telecom" {
		t.Errorf("TypeName = %q, want telecom", resp.TypeName)
	}
	if resp.Version != "1.2.3" {
		t.Errorf("Version = %q, want 1.2.3", resp.Version)
	}
	if p := New("9.9.9")(); p == nil {
		t.Error("New returned nil")
	} else {
		p.Metadata(context.Background(), provider.MetadataRequest{}, &resp)
		if resp.Version != "9.9.9" {
			t.Errorf("New(9.9.9) version = %q", resp.Version)
		}
	}
}

func TestResourcesAndDataSources(t *testing.T) {
	p := &telecomProvider{}
	if len(p.Resources(context.Background())) == 0 {
		t.Error("no resources")
	}
	if len(p.DataSources(context.Background())) == 0 {
		t.Error("no data sources")
	}
}

func nullModel() providerModel {
	return providerModel{MaxRetries: types.Int64Null(), RequestTimeout: types.StringNull()}
}

func TestTransportSettingsDefaults(t *testing.T) {
	clearEnv(t)
	var resp provider.ConfigureResponse
	s, ok := (&telecomProvider{version: "1.2.3"}).transportSettings(nullModel(), "1.11.0", &resp)
	if !ok || len(resp.Diagnostics) != 0 {
		t.Fatalf("ok = %v, diagnostics = %v; want ok and none", ok, resp.Diagnostics)
	}
	if s.MaxRetries != 5 {
		t.Errorf("MaxRetries = %d, want 5", s.MaxRetries)
	}
	if s.RequestTimeout != 30*time.Second {
		t.Errorf("RequestTimeout = %v, want 30s", s.RequestTimeout)
	}
}

func TestTransportSettingsUserAgent(t *testing.T) {
	clearEnv(t)
	tests := []struct {
		version, tf string
		want        []string
	}{
		{"1.2.3", "1.11.0", []string{"terraform-provider-telecom/1.2.3", "terraform/1.11.0"}},
		{"", "", []string{"terraform-provider-telecom/dev", "terraform/unknown"}},
	}
	for _, tt := range tests {
		var resp provider.ConfigureResponse
		s, ok := (&telecomProvider{version: tt.version}).transportSettings(nullModel(), tt.tf, &resp)
		if !ok {
			t.Fatalf("diagnostics = %v", resp.Diagnostics)
		}
		for _, w := range tt.want {
			if !strings.Contains(s.UserAgent, w) {
				t.Errorf("UserAgent = %q, want it to contain %q", s.UserAgent, w)
			}
		}
	}
}

func TestTransportSettingsMaxRetries(t *testing.T) {
	tests := []struct {
		name    string
		attr    types.Int64
		env     string
		want    int
		wantErr bool
	}{
		{"attribute", types.Int64Value(7), "", 7, false},
		{"attribute zero disables retries", types.Int64Value(0), "", 0, false},
		{"attribute max", types.Int64Value(maxMaxRetries), "", maxMaxRetries, false},
		{"environment", types.Int64Null(), "3", 3, false},
		{"environment zero", types.Int64Null(), "0", 0, false},
		{"attribute wins over environment", types.Int64Value(2), "9", 2, false},
		{"attribute wins over invalid environment", types.Int64Value(2), "x", 2, false},
		{"invalid environment x", types.Int64Null(), "x", 0, true},
		{"invalid environment negative", types.Int64Null(), "-1", 0, true},
		{"invalid environment too large", types.Int64Null(), "99", 0, true},
		{"invalid environment fraction", types.Int64Null(), "1.5", 0, true},
		{"unknown attribute", types.Int64Unknown(), "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv(EnvMaxRetries, tt.env)
			m := nullModel()
			m.MaxRetries = tt.attr
			var resp provider.ConfigureResponse
			s, ok := (&telecomProvider{}).transportSettings(m, "", &resp)
			if tt.wantErr {
				if ok {
					t.Errorf("ok = true, want false")
				}
				d := errorAt(resp.Diagnostics, path.Root("max_retries"))
				if d == nil {
					t.Fatalf("no error at max_retries: %v", resp.Diagnostics)
				}
				if tt.env != "" && (!strings.Contains(d.Detail(), EnvMaxRetries) || !strings.Contains(d.Detail(), tt.env)) {
					t.Errorf("detail %q does not name %s and its value %q", d.Detail(), EnvMaxRetries, tt.env)
				}
				return
			}
			if !ok || len(resp.Diagnostics) != 0 {
				t.Fatalf("ok = %v, diagnostics = %v", ok, resp.Diagnostics)
			}
			if s.MaxRetries != tt.want {
				t.Errorf("MaxRetries = %d, want %d", s.MaxRetries, tt.want)
			}
		})
	}
}

func TestTransportSettingsRequestTimeout(t *testing.T) {
	tests := []struct {
		name    string
		attr    types.String
		env     string
		want    time.Duration
		wantErr bool
	}{
		{"attribute", types.StringValue("2m"), "", 2 * time.Minute, false},
		{"attribute compound", types.StringValue("1m30s"), "", 90 * time.Second, false},
		{"environment", types.StringNull(), "45s", 45 * time.Second, false},
		{"attribute wins over environment", types.StringValue("10s"), "45s", 10 * time.Second, false},
		{"attribute wins over invalid environment", types.StringValue("10s"), "soon", 10 * time.Second, false},
		{"invalid attribute soon", types.StringValue("soon"), "", 0, true},
		{"invalid attribute zero", types.StringValue("0s"), "", 0, true},
		{"invalid attribute negative", types.StringValue("-1s"), "", 0, true},
		{"invalid attribute without unit", types.StringValue("30"), "", 0, true},
		{"invalid environment soon", types.StringNull(), "soon", 0, true},
		{"invalid environment zero", types.StringNull(), "0s", 0, true},
		{"invalid environment negative", types.StringNull(), "-1s", 0, true},
		{"unknown attribute", types.StringUnknown(), "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv(EnvRequestTimeout, tt.env)
			m := nullModel()
			m.RequestTimeout = tt.attr
			var resp provider.ConfigureResponse
			s, ok := (&telecomProvider{}).transportSettings(m, "", &resp)
			if tt.wantErr {
				if ok {
					t.Errorf("ok = true, want false")
				}
				d := errorAt(resp.Diagnostics, path.Root("request_timeout"))
				if d == nil {
					t.Fatalf("no error at request_timeout: %v", resp.Diagnostics)
				}
				if tt.env != "" && !strings.Contains(d.Detail(), EnvRequestTimeout) {
					t.Errorf("detail %q does not name %s", d.Detail(), EnvRequestTimeout)
				}
				if v := tt.attr.ValueString() + tt.env; v != "" && !strings.Contains(d.Detail(), v) {
					t.Errorf("detail %q does not quote the value %q", d.Detail(), v)
				}
				return
			}
			if !ok || len(resp.Diagnostics) != 0 {
				t.Fatalf("ok = %v, diagnostics = %v", ok, resp.Diagnostics)
			}
			if s.RequestTimeout != tt.want {
				t.Errorf("RequestTimeout = %v, want %v", s.RequestTimeout, tt.want)
			}
		})
	}
}

func TestDurationValidator(t *testing.T) {
	v := durationValidator{}
	if v.Description(context.Background()) == "" || v.MarkdownDescription(context.Background()) == "" {
		t.Error("empty description")
	}
	tests := []struct {
		v       types.String
		wantErr bool
	}{
		{types.StringNull(), false},
		{types.StringUnknown(), false},
		{types.StringValue("30s"), false},
		{types.StringValue("1m30s"), false},
		{types.StringValue("2h"), false},
		{types.StringValue("1ns"), false},
		{types.StringValue("soon"), true},
		{types.StringValue("0s"), true},
		{types.StringValue("0"), true},
		{types.StringValue("-1s"), true},
		{types.StringValue("30"), true},
		{types.StringValue(""), true},
	}
	p := path.Root("request_timeout")
	for _, tt := range tests {
		var resp validator.StringResponse
		v.ValidateString(context.Background(), validator.StringRequest{Path: p, ConfigValue: tt.v}, &resp)
		if got := resp.Diagnostics.HasError(); got != tt.wantErr {
			t.Errorf("%v: errors %v, want error %v", tt.v, resp.Diagnostics, tt.wantErr)
			continue
		}
		if tt.wantErr && errorAt(resp.Diagnostics, p) == nil {
			t.Errorf("%v: error is not on %s: %v", tt.v, p, resp.Diagnostics)
		}
	}
}

// --- Configure through the framework -------------------------------------

// configValue builds the provider configuration: every attribute and block
// null except those in set.
func configValue(t *testing.T, s schema.Schema, set map[string]tftypes.Value) tftypes.Value {
	t.Helper()
	typ, ok := s.Type().TerraformType(context.Background()).(tftypes.Object)
	if !ok {
		t.Fatal("the provider schema is not an object type")
	}
	vals := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		vals[name] = tftypes.NewValue(at, nil)
	}
	for name, v := range set {
		if _, ok := typ.AttributeTypes[name]; !ok {
			t.Fatalf("the schema has no %q", name)
		}
		vals[name] = v
	}
	return tftypes.NewValue(typ, vals)
}

// blockValue builds a vendor block with the given string attributes, the
// others null.
func blockValue(t *testing.T, s schema.Schema, block string, attrs map[string]string) tftypes.Value {
	t.Helper()
	root, ok := s.Type().TerraformType(context.Background()).(tftypes.Object)
	if !ok {
		t.Fatal("the provider schema is not an object type")
	}
	typ, ok := root.AttributeTypes[block].(tftypes.Object)
	if !ok {
		t.Fatalf("block %s is not an object type", block)
	}
	vals := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		vals[name] = tftypes.NewValue(at, nil)
	}
	for name, v := range attrs {
		if _, ok := typ.AttributeTypes[name]; !ok {
			t.Fatalf("block %s has no %q", block, name)
		}
		vals[name] = tftypes.NewValue(tftypes.String, v)
	}
	return tftypes.NewValue(typ, vals)
}

func configure(t *testing.T, set func(s schema.Schema) map[string]tftypes.Value) provider.ConfigureResponse {
	t.Helper()
	s := providerSchema(t)
	req := provider.ConfigureRequest{
		TerraformVersion: "1.11.0",
		Config:           tfsdk.Config{Schema: s, Raw: configValue(t, s, set(s))},
	}
	var resp provider.ConfigureResponse
	(&telecomProvider{version: "test"}).Configure(context.Background(), req, &resp)
	return resp
}

func dataOf(t *testing.T, resp provider.ConfigureResponse) *providerdata.Data {
	t.Helper()
	if resp.Diagnostics.HasError() {
		t.Fatalf("Configure: %v", resp.Diagnostics)
	}
	data, ok := resp.ResourceData.(*providerdata.Data)
	if !ok || data == nil {
		t.Fatalf("ResourceData = %T, want *providerdata.Data", resp.ResourceData)
	}
	if ds, ok := resp.DataSourceData.(*providerdata.Data); !ok || ds != data {
		t.Errorf("DataSourceData = %v, want the same *providerdata.Data as ResourceData", resp.DataSourceData)
	}
	return data
}

func TestConfigureNothing(t *testing.T) {
	clearEnv(t)
	resp := configure(t, func(schema.Schema) map[string]tftypes.Value { return nil })
	data := dataOf(t, resp)
	if len(resp.Diagnostics) != 0 {
		t.Errorf("diagnostics = %v, want none", resp.Diagnostics)
	}
	if data.Odorik != nil || data.IPEX != nil || data.PBX != nil || data.SMS != nil || data.VoIPMundo != nil {
		t.Errorf("data = %+v, want every vendor nil", data)
	}
}

func TestConfigureOdorikOnly(t *testing.T) {
	clearEnv(t)
	resp := configure(t, func(s schema.Schema) map[string]tftypes.Value {
		return map[string]tftypes.Value{"odorik": blockValue(t, s, "odorik", map[string]string{"user": "123456", "password": "p"})}
	})
	data := dataOf(t, resp)
	if data.Odorik == nil {
		t.Error("Odorik is nil, want a client")
	}
	if data.IPEX != nil || data.PBX != nil || data.SMS != nil || data.VoIPMundo != nil {
		t.Errorf("data = %+v, want only Odorik", data)
	}
}

func TestConfigureOdorikFromEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(odorik.EnvUser, "123456")
	t.Setenv(odorik.EnvPassword, "p")
	data := dataOf(t, configure(t, func(schema.Schema) map[string]tftypes.Value { return nil }))
	if data.Odorik == nil {
		t.Error("Odorik is nil, want a client from the environment")
	}
}

func TestConfigureEveryVendor(t *testing.T) {
	clearEnv(t)
	resp := configure(t, func(s schema.Schema) map[string]tftypes.Value {
		return map[string]tftypes.Value{
			"odorik":          blockValue(t, s, "odorik", map[string]string{"user": "123456", "password": "p"}),
			"ipex":            blockValue(t, s, "ipex", map[string]string{"username": "u", "password": "p", "auth_scheme": "bearer"}),
			"pbx":             blockValue(t, s, "pbx", map[string]string{"app_id": "id", "app_secret": "s"}),
			"sms":             blockValue(t, s, "sms", map[string]string{"api_token": "tok"}),
			"voipmundo":       blockValue(t, s, "voipmundo", map[string]string{"api_token": "tok", "api_key": "key", "base_url": "http://127.0.0.1:9/x"}),
			"max_retries":     tftypes.NewValue(tftypes.Number, 2),
			"request_timeout": tftypes.NewValue(tftypes.String, "10s"),
		}
	})
	data := dataOf(t, resp)
	if len(resp.Diagnostics) != 0 {
		t.Errorf("diagnostics = %v, want none", resp.Diagnostics)
	}
	if data.Odorik == nil || data.IPEX == nil || data.PBX == nil || data.SMS == nil || data.VoIPMundo == nil {
		t.Fatalf("data = %+v, want every vendor configured", data)
	}
	wantT := transport.Settings{MaxRetries: 2, RequestTimeout: 10 * time.Second, UserAgent: transport.DefaultUserAgent("test", "1.11.0")}
	want := ipexapi.Config{Username: "u", Password: "p", BaseURL: ipexapi.DefaultBaseURL, AuthScheme: "bearer", Transport: wantT,
		FirstPoll: ipexapi.DefaultFirstPoll, MaxPoll: ipexapi.DefaultMaxPoll}
	if got := data.IPEX.Config(); got != want {
		t.Errorf("IPEX = %+v, want %+v", got, want)
	}
	for name, got := range map[string]transport.Settings{
		"pbx": data.PBX.Config().Transport, "sms": data.SMS.Config().Transport, "voipmundo": data.VoIPMundo.Config().Transport,
	} {
		if got != wantT {
			t.Errorf("%s transport = %+v, want %+v", name, got, wantT)
		}
	}
	if data.PBX.DefaultClientID() != "@me" || data.SMS.Config().APIToken != "tok" || data.VoIPMundo.Config().BaseURL != "http://127.0.0.1:9/x" {
		t.Errorf("pbx = %+v, sms = %+v, voipmundo = %+v", data.PBX, data.SMS, data.VoIPMundo)
	}
}

func TestConfigureOneBadVendor(t *testing.T) {
	blocks := map[string]map[string]string{
		"odorik":    {"user": "123456", "password": "p"},
		"ipex":      {"username": "u", "password": "p"},
		"pbx":       {"app_id": "id", "app_secret": "s"},
		"sms":       {"username": "u", "password": "p"},
		"voipmundo": {"api_token": "tok", "api_key": "key"},
	}
	// Each case breaks one vendor; the error must be on that vendor only.
	bad := map[string]struct {
		attrs map[string]string
		attr  string
	}{
		"odorik":    {map[string]string{"user": "123456"}, "password"},
		"ipex":      {map[string]string{"username": "u", "password": "p", "base_url": "http://example.com"}, "base_url"},
		"pbx":       {map[string]string{"app_secret": "s"}, "app_id"},
		"sms":       {map[string]string{"username": "u"}, "password"},
		"voipmundo": {map[string]string{"api_token": "tok"}, "api_key"},
	}
	for vendor, b := range bad {
		t.Run(vendor, func(t *testing.T) {
			clearEnv(t)
			resp := configure(t, func(s schema.Schema) map[string]tftypes.Value {
				set := map[string]tftypes.Value{}
				for name, attrs := range blocks {
					if name == vendor {
						attrs = b.attrs
					}
					set[name] = blockValue(t, s, name, attrs)
				}
				return set
			})
			if !resp.Diagnostics.HasError() {
				t.Fatal("Configure succeeded, want an error")
			}
			if resp.ResourceData != nil || resp.DataSourceData != nil {
				t.Errorf("ResourceData = %v, DataSourceData = %v; want nil after an error", resp.ResourceData, resp.DataSourceData)
			}
			if errorAt(resp.Diagnostics, path.Root(vendor).AtName(b.attr)) == nil {
				t.Errorf("no error at %s.%s: %v", vendor, b.attr, resp.Diagnostics)
			}
			if n := resp.Diagnostics.ErrorsCount(); n != 1 {
				t.Errorf("errors = %d (%v), want only the one of %s", n, resp.Diagnostics, vendor)
			}
		})
	}
}

func TestConfigureInvalidTransportEnvironment(t *testing.T) {
	clearEnv(t)
	t.Setenv(EnvMaxRetries, "x")
	resp := configure(t, func(s schema.Schema) map[string]tftypes.Value {
		return map[string]tftypes.Value{"odorik": blockValue(t, s, "odorik", map[string]string{"user": "123456", "password": "p"})}
	})
	if errorAt(resp.Diagnostics, path.Root("max_retries")) == nil {
		t.Fatalf("no error at max_retries: %v", resp.Diagnostics)
	}
	if resp.ResourceData != nil {
		t.Errorf("ResourceData = %v, want nil", resp.ResourceData)
	}
}

// --- Validation through the protocol server --------------------------------

func TestValidateProviderConfig(t *testing.T) {
	clearEnv(t)
	s := providerSchema(t)
	typ := s.Type().TerraformType(context.Background())
	tests := []struct {
		name     string
		set      map[string]tftypes.Value
		errorAt  *tftypes.AttributePath // nil: no error expected
		contains string
	}{
		{"empty", nil, nil, ""},
		{"valid", map[string]tftypes.Value{
			"max_retries":     tftypes.NewValue(tftypes.Number, 3),
			"request_timeout": tftypes.NewValue(tftypes.String, "1m"),
			"ipex":            blockValue(t, s, "ipex", map[string]string{"auth_scheme": "bearer"}),
		}, nil, ""},
		{"max_retries too large", map[string]tftypes.Value{"max_retries": tftypes.NewValue(tftypes.Number, 99)},
			tftypes.NewAttributePath().WithAttributeName("max_retries"), ""},
		{"max_retries negative", map[string]tftypes.Value{"max_retries": tftypes.NewValue(tftypes.Number, -1)},
			tftypes.NewAttributePath().WithAttributeName("max_retries"), ""},
		{"request_timeout soon", map[string]tftypes.Value{"request_timeout": tftypes.NewValue(tftypes.String, "soon")},
			tftypes.NewAttributePath().WithAttributeName("request_timeout"), "soon"},
		{"request_timeout zero", map[string]tftypes.Value{"request_timeout": tftypes.NewValue(tftypes.String, "0s")},
			tftypes.NewAttributePath().WithAttributeName("request_timeout"), "0s"},
		{"ipex auth_scheme", map[string]tftypes.Value{"ipex": blockValue(t, s, "ipex", map[string]string{"auth_scheme": "basic"})},
			tftypes.NewAttributePath().WithAttributeName("ipex").WithAttributeName("auth_scheme"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			server, err := providerserver.NewProtocol6WithError(New("test")())()
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := tfprotov6.NewDynamicValue(typ, configValue(t, s, tt.set))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := server.GetProviderSchema(context.Background(), &tfprotov6.GetProviderSchemaRequest{}); err != nil {
				t.Fatal(err)
			}
			resp, err := server.ValidateProviderConfig(context.Background(), &tfprotov6.ValidateProviderConfigRequest{Config: &cfg})
			if err != nil {
				t.Fatal(err)
			}
			var errs []*tfprotov6.Diagnostic
			for _, d := range resp.Diagnostics {
				if d.Severity == tfprotov6.DiagnosticSeverityError {
					errs = append(errs, d)
				}
			}
			if tt.errorAt == nil {
				if len(errs) != 0 {
					t.Fatalf("errors = %v, want none", describe(errs))
				}
				return
			}
			for _, d := range errs {
				if d.Attribute != nil && d.Attribute.Equal(tt.errorAt) {
					if !strings.Contains(d.Detail, tt.contains) {
						t.Errorf("detail %q does not mention %q", d.Detail, tt.contains)
					}
					return
				}
			}
			t.Fatalf("no error at %s; got %v", tt.errorAt, describe(errs))
		})
	}
}

func describe(ds []*tfprotov6.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Attribute.String()+": "+d.Summary+": "+d.Detail)
	}
	return out
}
