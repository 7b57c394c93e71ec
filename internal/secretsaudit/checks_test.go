package secretsaudit

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/provider"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// secret is one value that must not leak, and the name it is reported by
// (a failure message must not spread the value itself).
type secret struct{ name, value string }

// secrets is every secret of the run known so far: the configured ones,
// the users' credentials VoIP Mundo sends back, and the access tokens IPEX
// and the PBX issued (read from the requests that carried them, so the
// list grows during the run).
func (v *vendors) secrets() []secret {
	s := []secret{
		{"odorik.password", odorikPassword},
		{"odorik line SIP password (GET lines.json)", odorikSIPPassword},
		{"ipex.password", ipexPassword},
		{"pbx.app_secret", pbxAppSecret},
		{"sms.api_token", smsAPIToken},
		{"sms.password", smsPassword},
		{"voipmundo.api_token", vmToken},
		{"voipmundo.api_key", vmKey},
	}
	for i := range 2 {
		s = append(s,
			secret{fmt.Sprintf("telecom_sms_subaccount.password_wo (step %d)", i+1), subPasswords[i]},
			secret{fmt.Sprintf("telecom_ipex_voip_number.sip_password_wo (step %d)", i+1), sipPasswords[i]},
			secret{fmt.Sprintf("telecom_pbx_user.password_wo (step %d)", i+1), portalPasswords[i]},
			secret{fmt.Sprintf("telecom_pbx_extension_phone.password_wo (step %d)", i+1), phonePasswords[i]})
	}
	s = append(s, v.vmUserSecrets...)
	for i, tok := range accessTokens(v.ipex.Kit) {
		s = append(s, secret{fmt.Sprintf("IPEX access token #%d", i+1), tok})
	}
	for i, tok := range accessTokens(v.pbx.Kit) {
		s = append(s, secret{fmt.Sprintf("PBX access token #%d", i+1), tok})
	}
	return s
}

// spellings are the forms of acctest.SecretForms plus the secret's head up
// to its first special character, which survives any escaping (a log that
// quotes a JSON-escaped value doubles the backslashes) and a cut.
func spellings(value string) []string {
	forms := acctest.SecretForms(value)
	if i := strings.IndexAny(value, `+/&<"%=`); i >= 8 {
		forms = append(forms, value[:i])
	}
	return forms
}

// forms are the spellings of every secret known so far.
func (v *vendors) forms() []string {
	var out []string
	for _, s := range v.secrets() {
		out = append(out, spellings(s.value)...)
	}
	return out
}

// leaked names the secrets of which some spelling occurs in text.
func leaked(secrets []secret, text string) []string {
	var out []string
	for _, s := range secrets {
		if acctest.NoSecretsIn("", text, spellings(s.value)) != nil {
			out = append(out, s.name)
		}
	}
	return out
}

// accessTokens are the bearer tokens the provider sent to one emulator, in
// the Authorization header ("<token>" or "Bearer <token>").
func accessTokens(kit *sandboxkit.Kit) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range kit.Requests() {
		a := strings.TrimSpace(r.Header.Get("Authorization"))
		if scheme, rest, ok := strings.Cut(a, " "); ok && strings.EqualFold(scheme, "Bearer") {
			a = strings.TrimSpace(rest)
		}
		if a != "" && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}

// carried reports whether some request recorded by kit held secret, in any
// spelling, in its path, query, form, headers or body: the positive
// control that shows the secret really travelled.
func carried(kit *sandboxkit.Kit, secret string) bool {
	forms := acctest.SecretForms(secret)
	for _, r := range kit.Requests() {
		parts := []string{r.Path, r.RawQuery, r.Body}
		for _, vals := range r.Form {
			parts = append(parts, vals...)
		}
		for _, vals := range r.Header {
			parts = append(parts, vals...)
		}
		if acctest.NoSecretsIn("", strings.Join(parts, "\n"), forms) != nil {
			return true
		}
	}
	return false
}

// planHasNoSecrets scans the plan as `terraform show -json` gives it: all
// of it, the configuration and the prior state included.
type planHasNoSecrets struct {
	v    *vendors
	when string
}

func (c planHasNoSecrets) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	raw, err := json.Marshal(req.Plan)
	if err != nil {
		resp.Error = err
		return
	}
	if !strings.Contains(string(raw), smsSubUsername) {
		resp.Error = fmt.Errorf("test setup: the %s plan JSON does not hold %s", c.when, smsSubUsername)
		return
	}
	secrets := c.v.secrets()
	if names := leaked(secrets, string(raw)); len(names) > 0 {
		resp.Error = fmt.Errorf("the %s plan JSON holds %s, at %s",
			c.when, strings.Join(names, ", "), strings.Join(jsonPaths(secrets, raw), ", "))
	}
}

// jsonPaths names the string values of a JSON document that hold a
// secret, as "path (secret name)".
func jsonPaths(secrets []secret, doc []byte) []string {
	var root any
	if json.Unmarshal(doc, &root) != nil {
		return []string{"(not valid JSON)"}
	}
	var out []string
	var walk func(path string, node any)
	walk = func(path string, node any) {
		switch t := node.(type) {
		case map[string]any:
			keys := make([]string, 0, len(t))
			for k := range t {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(path+"."+k, t[k])
			}
		case []any:
			for i, e := range t {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		case string:
			if names := leaked(secrets, t); len(names) > 0 {
				out = append(out, fmt.Sprintf("%s (%s)", path, strings.Join(names, ", ")))
			}
		}
	}
	walk("", root)
	return out
}

// usesEverything fails unless the state holds every managed resource type
// and data source the provider has, so that the audit cannot pass on a
// configuration that leaves one out (nor miss one added later).
type usesEverything struct{}

func (usesEverything) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	have := map[string]bool{}
	if req.State != nil && req.State.Values != nil && req.State.Values.RootModule != nil {
		for _, r := range req.State.Values.RootModule.Resources {
			have[string(r.Mode)+" "+r.Type] = true
		}
	}
	var missing []string
	for _, want := range providerTypes() {
		if !have[want] {
			missing = append(missing, want)
		}
	}
	if len(missing) > 0 {
		resp.Error = fmt.Errorf("test setup: the state lacks %s", strings.Join(missing, ", "))
	}
}

// providerTypes are "managed <type>" and "data <type>" for everything the
// provider serves.
func providerTypes() []string {
	ctx := context.Background()
	p := provider.New("audit")()
	var out []string
	for _, f := range p.Resources(ctx) {
		var resp resource.MetadataResponse
		f().Metadata(ctx, resource.MetadataRequest{ProviderTypeName: "telecom"}, &resp)
		out = append(out, "managed "+resp.TypeName)
	}
	for _, f := range p.DataSources(ctx) {
		var resp datasource.MetadataResponse
		f().Metadata(ctx, datasource.MetadataRequest{ProviderTypeName: "telecom"}, &resp)
		out = append(out, "data "+resp.TypeName)
	}
	return out
}

// later builds a state check when it runs, with the secrets known then.
type later func() statecheck.StateCheck

func (f later) CheckState(ctx context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	f().CheckState(ctx, req, resp)
}

// logLines are the lines of the log that hold a secret, each cut to its
// head (time, level, logger) and an excerpt around the first hit, with the
// secret replaced by its name.
func logLines(secrets []secret, log string) []string {
	var out []string
	for _, line := range strings.Split(log, "\n") {
	scan:
		for _, s := range secrets {
			for _, f := range spellings(s.value) {
				if i := strings.Index(line, f); i >= 0 {
					from := max(0, i-120)
					head := line[:min(from, 70)]
					if head != "" {
						head += " … "
					}
					out = append(out, head+line[from:i]+"«"+s.name+"»"+line[i+len(f):min(len(line), i+len(f)+80)])
					break scan
				}
			}
		}
	}
	return out
}
