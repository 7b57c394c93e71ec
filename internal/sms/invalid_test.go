package sms_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
)

// badSub is one configuration that must be rejected at plan time, before
// any request, with an error naming the attribute.
type badSub struct {
	name   string // resource name
	mod    func(*sub)
	attr   string // attribute (path) the error must name
	detail string // phrase the message must contain (see words)
}

func validBad(env *acctest.SMSEnv) sub {
	return sub{username: "tf-valid", password: "valid-pw", templateID: env.TemplateID}
}

var badSubs = []badSub{
	{"username_short", func(s *sub) { s.username = "ab" }, "username", "must be 3 to 20 characters of letters, digits and . _ @ -"},
	{"username_long", func(s *sub) { s.username = strings.Repeat("a", 21) }, "username", "must be 3 to 20 characters"},
	{"username_space", func(s *sub) { s.username = "bad name" }, "username", "must be 3 to 20 characters"},
	{"username_bad_char", func(s *sub) { s.username = "bad!name" }, "username", "must be 3 to 20 characters"},
	{"username_non_ascii", func(s *sub) { s.username = "użytkownik" }, "username", "must be 3 to 20 characters"},
	{"email_no_at", func(s *sub) { s.email = "not-an-email" }, "email", "must be an e-mail address such as team@example.com"},
	{"email_no_domain", func(s *sub) { s.email = "team@example" }, "email", "must be an e-mail address"},
	{"phone_national", func(s *sub) { s.phone = "500600700" }, "phone", "must be a phone number in international form, e.g. +48500600700"},
	{"phone_letters", func(s *sub) { s.phone = "+48abc600700" }, "phone", "must be a phone number in international form"},
	{"phone_double_zero", func(s *sub) { s.phone = "0048500600700" }, "phone", "must be a phone number in international form"},
	{"limit_eco_negative", func(s *sub) { s.limits = `{ eco = -1 }` }, "limits.eco", "value must be at least 0, got: -1"},
	{"limit_hlr_negative", func(s *sub) { s.limits = `{ hlr = -100 }` }, "limits.hlr", "value must be at least 0, got: -100"},
	{"template_zero", func(s *sub) { s.templateID = 0 }, "template_id", "value must be at least 1, got: 0"},
	{"template_negative", func(s *sub) { s.templateID = -3 }, "template_id", "value must be at least 1, got: -3"},
	{"password_empty", func(s *sub) { s.password = "" }, "password_wo", "string length must be between 3 and 20"},
	{"name_empty", func(s *sub) { s.fullName = `""` }, "name", "string length must be at least 1"},
	{"email_empty", func(s *sub) { s.email = `""` }, "email", "must be an e-mail address"},
}

// Every bad configuration is rejected at plan time with its own error on
// its attribute, and the sandbox sees no request. All of them are in one
// configuration: terraform reports every error, and ErrorCheck matches each
// resource's errors separately.
func TestAccSMSSubaccount_invalidConfig(t *testing.T) {
	env := acctest.SMS(t)
	t.Cleanup(func() { env.RequireNoRequests(t) }) // also when a step fails
	var cfg strings.Builder
	cfg.WriteString(env.ProviderConfig(""))
	for _, c := range badSubs {
		s := validBad(env)
		c.mod(&s)
		s.name = c.name
		cfg.WriteString(emptyStringsAsWritten(s.hcl()))
	}
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config:   cfg.String(),
			PlanOnly: true,
		}},
		ErrorCheck: func(err error) error {
			blocks := diagnosticsByResource(err.Error())
			var problems []string
			for _, c := range badSubs {
				if p := c.check(blocks[subType+"."+c.name]); p != "" {
					problems = append(problems, p)
				}
			}
			if len(problems) > 0 {
				return fmt.Errorf("%d of %d bad configurations were not rejected as expected:\n\n%s",
					len(problems), len(badSubs), strings.Join(problems, "\n\n"))
			}
			if n := len(diagnosticStart.FindAllString(err.Error(), -1)); n < len(badSubs) {
				return fmt.Errorf("%d errors for %d bad configurations", n, len(badSubs))
			}
			return nil
		},
	})
}

// The vendor's page for subaccounts/add ("Hasło nowego subkonta (3-20
// znaków)") limits a subaccount password to 3-20 characters, a rule
// knowable offline. A password outside it must be refused at plan time;
// otherwise the apply fails with 4502, whose explanation blames the
// username.
func TestAccSMSSubaccount_passwordLengthRejectedAtPlan(t *testing.T) {
	env := acctest.SMS(t)
	t.Cleanup(func() { env.RequireNoRequests(t) })
	short, long := validBad(env), validBad(env)
	short.name, short.password = "password_short", "ab"
	long.name, long.password = "password_long", strings.Repeat("p", 21)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config:   config(env, short, long),
			PlanOnly: true,
		}},
		ErrorCheck: func(err error) error {
			if err == nil {
				return fmt.Errorf("passwords of 2 and 21 characters were accepted at plan time")
			}
			blocks := diagnosticsByResource(err.Error())
			if len(blocks) == 0 {
				return fmt.Errorf("passwords of 2 and 21 characters were accepted at plan time (vendor rule: 3-20 characters); terraform said:\n%s", err)
			}
			for _, rn := range []string{"password_short", "password_long"} {
				if len(blocks[subType+"."+rn]) == 0 || !strings.Contains(strings.Join(blocks[subType+"."+rn], ""), "password_wo") {
					return fmt.Errorf("%s.%s: no error on password_wo:\n%s", subType, rn, err)
				}
			}
			return nil
		},
	})
}

// emptyStringsAsWritten turns the quoted `""` marker of sub (name = `""`)
// into an empty string literal.
func emptyStringsAsWritten(hcl string) string {
	return strings.ReplaceAll(hcl, `"\"\""`, `""`)
}

var (
	diagnosticStart = regexp.MustCompile(`(?m)^Error: `)
	diagnosticOwner = regexp.MustCompile(`with ((?:data\.)?telecom_[a-z_]+\.[A-Za-z0-9_-]+)(?:\[[^\]]*\])?,`)
)

// diagnosticsByResource splits terraform's error output into diagnostics
// and groups them by the resource they name ("with <address>,").
func diagnosticsByResource(output string) map[string][]string {
	out := map[string][]string{}
	starts := diagnosticStart.FindAllStringIndex(output, -1)
	for i, s := range starts {
		end := len(output)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		block := output[s[0]:end]
		if m := diagnosticOwner.FindStringSubmatch(block); m != nil {
			out[m[1]] = append(out[m[1]], block)
		}
	}
	return out
}

// check returns "" when one of the resource's diagnostics names the
// attribute and says the expected phrase, otherwise what is wrong.
func (c badSub) check(blocks []string) string {
	head := fmt.Sprintf("%s.%s: want an error on %s saying %q", subType, c.name, c.attr, c.detail)
	if len(blocks) == 0 {
		return head + "; the configuration was accepted at plan time"
	}
	detail := regexp.MustCompile(acctest.Words(c.detail))
	where := regexp.MustCompile(`(Attribute\s+` + regexp.QuoteMeta(c.attr) + `\s|\d+:\s+` + regexp.QuoteMeta(c.attr) + `\s+=|` +
		regexp.QuoteMeta(c.attr) + `)`)
	for _, b := range blocks {
		if detail.MatchString(b) && where.MatchString(b) {
			return ""
		}
	}
	return head + "; got:\n    " + strings.ReplaceAll(strings.TrimSpace(strings.Join(blocks, "\n")), "\n", "\n    ")
}
