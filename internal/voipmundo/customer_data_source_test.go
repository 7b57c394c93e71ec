package voipmundo_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
	"github.com/telecom-tf/terraform-provider-telecom/internal/voipmundo/sandbox"
)

const customerAddr = "data.telecom_voipmundo_customer.c"

// customerConfig is a provider block and the data source, with customer_id
// when id is not empty (any HCL expression).
func customerConfig(env *acctest.VoIPMundoEnv, token, key, id string) string {
	body := ""
	if id != "" {
		body = "\n  customer_id = " + id + "\n"
	}
	return env.ProviderConfig(token, key) + `
data "telecom_voipmundo_customer" "c" {` + body + `}
`
}

func attr(name, value string) resource.TestCheckFunc {
	return resource.TestCheckResourceAttr(customerAddr, name, value)
}

func known(p tfjsonpath.Path, v knownvalue.Check) statecheck.StateCheck {
	return statecheck.ExpectKnownValue(customerAddr, p, v)
}

func root(name string) tfjsonpath.Path { return tfjsonpath.New(name) }

func finance(name string) tfjsonpath.Path { return tfjsonpath.New("finance").AtMapKey(name) }

func user(i int, name string) tfjsonpath.Path {
	return tfjsonpath.New("users").AtSliceIndex(i).AtMapKey(name)
}

// checkPaths asserts the paths of every request the emulator received.
func checkPaths(env *acctest.VoIPMundoEnv, want string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		reqs := env.Sandbox.Kit.Requests()
		if len(reqs) == 0 {
			return fmt.Errorf("the emulator received no request")
		}
		for _, r := range reqs {
			if r.Path != want {
				return fmt.Errorf("request path %q, want %q", r.Path, want)
			}
		}
		return nil
	}
}

func customerPath(token, key string, id int64) string {
	p := "/api/" + sandbox.ActionCustomer + "/" + token + "/" + key
	if id != 0 {
		p += "/" + strconv.FormatInt(id, 10)
	}
	return p
}

// ws matches the spaces and line breaks (with Terraform's "│" margin) that
// Terraform inserts when it wraps a diagnostic.
const ws = `[\s│]+`

// words builds a regular expression of words separated by any wrapping.
func words(s string) string {
	parts := strings.Fields(s)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return strings.Join(parts, ws)
}

// unwrapped removes Terraform's wrapping from an error text, so a secret
// split over two lines would still be found.
func unwrapped(s string) string {
	return strings.NewReplacer(" ", "", "\n", "", "\r", "", "\t", "", "│", "").Replace(s)
}

func TestAccVoIPMundoCustomer_master(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: customerConfig(env, "", "", fmt.Sprint(sandbox.DemoCustomerID)),
			Check: resource.ComposeAggregateTestCheckFunc(
				attr("customer_id", fmt.Sprint(sandbox.DemoCustomerID)),
				attr("id", fmt.Sprint(sandbox.DemoCustomerID)),
				attr("id_hie", fmt.Sprint(sandbox.DemoResellerCustomerID)),
				attr("id_origem", "2"),
				attr("id_vendedor", "7"),
				attr("id_vinculo", "0"),
				attr("tipo", "4"),
				attr("status", "1"),
				attr("tem_sms", "true"),
				attr("tem_did", "true"),
				attr("tem_ura", "true"),
				attr("tem_callingcard", "false"),
				attr("tem_campanha_sms", "false"),
				attr("tem_escuta", "false"),
				attr("tem_report", "false"),
				attr("finance.tipo_tar", "2"),
				attr("finance.available_disk_space", "1536"),
				attr("finance.franquia_fixo_ldn_used", "127"),
				attr("finance.franquia_fixo_local_used", "312"),
				attr("finance.franquia_movel_local_used", "208"),
				attr("finance.franquia_fixo_ddi_used", "0"),
				attr("finance.disk_space", "2048"),
				attr("finance.max_devices", "10"),
				attr("finance.sipcode_no_prefix", "403"),
				attr("finance.allow_loss_call", "false"),
				attr("finance.call_only_local", "true"),
				attr("finance.habilita_npn", "true"),
				attr("finance.franquia_last_reset", "2024-06-05 00:00:00"),
				attr("users.#", "2"),
				attr("users.0.username", "assinante.sandbox"),
				attr("users.0.nome_completo", "João Pedro Almeida"),
				attr("users.0.id", fmt.Sprint(sandbox.DemoSubscriberUserID)),
				attr("users.0.root", "true"),
				attr("users.0.api_access", "true"),
				attr("users.0.logins", "54"),
				attr("users.0.last_login", "1718899310"),
				attr("users.1.username", "recepcao.sandbox"),
				attr("users.1.root", "false"),
				attr("users.1.api_access", "false"),
				checkPaths(env, customerPath(sandbox.DemoMasterToken, sandbox.DemoMasterKey, sandbox.DemoCustomerID)),
			),
			ConfigStateChecks: []statecheck.StateCheck{
				// The types, not only the flatmap strings.
				known(root("id"), knownvalue.Int64Exact(sandbox.DemoCustomerID)),
				known(root("tipo"), knownvalue.Int64Exact(4)),
				known(root("tem_sms"), knownvalue.Bool(true)),
				known(root("tem_escuta"), knownvalue.Bool(false)),
				known(finance("available_disk_space"), knownvalue.Float64Exact(1536)),
				known(finance("franquia_fixo_ldn_used"), knownvalue.Float64Exact(127)),
				known(finance("tipo_tar"), knownvalue.Int64Exact(2)),
				known(finance("call_only_local"), knownvalue.Bool(true)),
				known(finance("franquia_last_reset"), knownvalue.StringExact("2024-06-05 00:00:00")),
				known(user(0, "root"), knownvalue.Bool(true)),
				known(user(0, "last_attempt"), knownvalue.Int64Exact(1718812800)),
				known(user(1, "failed_attempts"), knownvalue.Int64Exact(0)),
			},
		}},
	})
}

// The users' own API tokens and keys are in the vendor's answer but never
// in the state: they are not attributes at all.
func TestAccVoIPMundoCustomer_userTokensStayOutOfState(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	forms := acctest.SecretForms(sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey,
		sandbox.DemoNoAPIAccessToken, sandbox.DemoNoAPIAccessKey)
	config := customerConfig(env, "", "", fmt.Sprint(sandbox.DemoCustomerID))
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: config + `
output "token" {
  value = data.telecom_voipmundo_customer.c.users[0].api_token
}
`,
			ExpectError: regexp.MustCompile(words("Unsupported attribute")),
		}, {
			Config: config,
			Check: resource.ComposeAggregateTestCheckFunc(
				attr("users.0.api_access", "true"),
				acctest.CheckAttributesHaveNoSecrets(forms),
			),
			ConfigStateChecks: []statecheck.StateCheck{
				acctest.StateHasNoSecrets("assinante.sandbox", forms),
			},
		}},
	})
}

// A subscriber token without customer_id reads its own record; the request
// has no id segment.
func TestAccVoIPMundoCustomer_subscriberOwnRecord(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: customerConfig(env, sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey, ""),
			Check: resource.ComposeAggregateTestCheckFunc(
				resource.TestCheckNoResourceAttr(customerAddr, "customer_id"),
				attr("id", fmt.Sprint(sandbox.DemoSubscriberCustomerID)),
				attr("tipo", "4"),
				attr("id_hie", fmt.Sprint(sandbox.DemoResellerCustomerID)),
				attr("finance.tipo_tar", "2"),
				attr("users.#", "2"),
				attr("users.0.username", "assinante.sandbox"),
				checkPaths(env, customerPath(sandbox.DemoSubscriberToken, sandbox.DemoSubscriberKey, 0)),
			),
		}},
	})
}

// A reseller reads its subscriber, and gets "not found" for a customer of
// another reseller.
func TestAccVoIPMundoCustomer_reseller(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: customerConfig(env, sandbox.DemoResellerToken, sandbox.DemoResellerKey, fmt.Sprint(sandbox.DemoSubscriberCustomerID)),
			Check: resource.ComposeAggregateTestCheckFunc(
				attr("id", fmt.Sprint(sandbox.DemoSubscriberCustomerID)),
				attr("id_hie", fmt.Sprint(sandbox.DemoResellerCustomerID)),
				attr("users.0.username", "assinante.sandbox"),
			),
		}, {
			Config: customerConfig(env, sandbox.DemoResellerToken, sandbox.DemoResellerKey, fmt.Sprint(sandbox.DemoForeignCustomerID)),
			ExpectError: regexp.MustCompile(`(?s)Error reading VoIP Mundo customer.*` +
				words(fmt.Sprintf("Could not read customer %d", sandbox.DemoForeignCustomerID)) + `.*` + words("not visible to these credentials")),
		}},
	})
}

// A master token without customer_id: the API answers 422 and the error
// says that master and reseller credentials must set customer_id.
func TestAccVoIPMundoCustomer_masterWithoutCustomerID(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: customerConfig(env, "", "", ""),
			ExpectError: regexp.MustCompile(`(?s)Error reading VoIP Mundo customer.*` + words("your own customer record (no customer_id)") +
				`.*HTTP` + ws + `422.*` + words("These credentials are master or reseller credentials: set customer_id to the customer to read.")),
		}},
	})
}

// badCredentialsCase reads with a wrong token or key: the error explains
// access denied and names the settings, and neither credential is in it,
// even with Terraform's line wrapping undone.
func badCredentialsCase(t *testing.T, env *acctest.VoIPMundoEnv, token, key string) resource.TestCase {
	return failsWithoutSecrets(t, env, token, key, regexp.MustCompile(`(?s)Error reading VoIP Mundo customer.*HTTP`+ws+`403.*`+
		words("access denied: the API token or key is wrong")+`.*voipmundo\.api_token.*VOIPMUNDO_API_TOKEN`))
}

// failsWithoutSecrets reads customer DemoCustomerID with token and key and
// expects an error matching want that contains neither credential.
func failsWithoutSecrets(t *testing.T, env *acctest.VoIPMundoEnv, token, key string, want *regexp.Regexp) resource.TestCase {
	return resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		ErrorCheck: func(err error) error {
			msg := err.Error()
			if !want.MatchString(msg) {
				return fmt.Errorf("error does not match %s: %w", want, err)
			}
			for _, secret := range []string{token, key} {
				if strings.Contains(msg, secret) || strings.Contains(unwrapped(msg), secret) {
					return fmt.Errorf("the error shows the credential %q: %w", secret, err)
				}
			}
			t.Logf("failed as expected: %s", msg)
			return nil
		},
		Steps: []resource.TestStep{{
			Config: customerConfig(env, token, key, fmt.Sprint(sandbox.DemoCustomerID)),
			Check: func(*terraform.State) error {
				return fmt.Errorf("the read succeeded, want an error")
			},
		}},
	}
}

func TestAccVoIPMundoCustomer_badToken(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, badCredentialsCase(t, env, "0badf00d-1c2d-4e3f-9a8b-7c6d5e4f3a21-9999", "5ca1ab1e-9f8e-4d7c-8b6a-5f4e3d2c1b0a-9999"))
	// The sandbox really saw the bad token in the path.
	if got := env.Sandbox.Kit.Requests(); len(got) == 0 || !strings.Contains(got[0].Path, "0badf00d-1c2d") {
		t.Errorf("requests %+v: the bad token was not sent", got)
	}
}

// A valid master token with a wrong key: the valid token must not show.
func TestAccVoIPMundoCustomer_badKey(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, badCredentialsCase(t, env, sandbox.DemoMasterToken, "wrong-key-3e7a9c"))
}

// A user whose api_access is 0 has a token that the platform refuses.
func TestAccVoIPMundoCustomer_userWithoutAPIAccess(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, badCredentialsCase(t, env, sandbox.DemoNoAPIAccessToken, sandbox.DemoNoAPIAccessKey))
}

// An answer that echoes the request path (and so the credentials) in its
// reason or in an error page: the Terraform error shows neither credential.
func TestAccVoIPMundoCustomer_errorEchoingCredentials(t *testing.T) {
	token, key := sandbox.DemoMasterToken, sandbox.DemoMasterKey
	path := customerPath(token, key, sandbox.DemoCustomerID)
	for name, tc := range map[string]struct {
		status int
		body   string
		want   string
	}{
		"reason": {http.StatusForbidden, `{"error":1,"reason":"Acesso Negado: ` + path + `"}`, `HTTP` + ws + `403.*access` + ws + `denied`},
		"page":   {http.StatusForbidden, `<html><body>Forbidden: ` + path + `</body></html>`, `HTTP` + ws + `403.*Forbidden:.*access` + ws + `denied`},
	} {
		t.Run(name, func(t *testing.T) {
			env := acctest.VoIPMundo(t)
			env.RequireSandbox(t)
			if err := env.Sandbox.Kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: tc.status, Body: tc.body}); err != nil {
				t.Fatal(err)
			}
			resource.ParallelTest(t, failsWithoutSecrets(t, env, token, key,
				regexp.MustCompile(`(?s)Error reading VoIP Mundo customer.*`+tc.want)))
		})
	}
}

func TestAccVoIPMundoCustomer_unknownCustomer(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: customerConfig(env, "", "", "987654"),
			ExpectError: regexp.MustCompile(`(?s)Error reading VoIP Mundo customer.*` + words("Could not read customer 987654") +
				`.*Cliente` + ws + `não` + ws + `encontrado.*` + words("does not exist or is not visible to these credentials")),
		}},
	})
}

// customer_id = 0 (or below) is refused by the validator before any
// request reaches the API.
func TestAccVoIPMundoCustomer_customerIDNotPositive(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config:      customerConfig(env, "", "", "0"),
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(`(?s)customer_id.*` + words("must be at least 1, got: 0")),
		}, {
			Config:      customerConfig(env, "", "", "-5"),
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(`(?s)customer_id.*` + words("must be at least 1, got: -5")),
		}},
	})
	if n := env.Sandbox.Kit.RequestCount(); n != 0 {
		t.Errorf("the emulator received %d requests, want none: %+v", n, env.Sandbox.Kit.Requests())
	}
}

// Without a voipmundo block or VOIPMUNDO_* variables the data source fails
// with a message that says what to set.
func TestAccVoIPMundoCustomer_notConfigured(t *testing.T) {
	for _, v := range []string{"VOIPMUNDO_API_TOKEN", "VOIPMUNDO_API_KEY", "VOIPMUNDO_API_URL"} {
		t.Setenv(v, "")
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: `
provider "telecom" {}
data "telecom_voipmundo_customer" "c" {
  customer_id = 1057
}
`,
			ExpectError: regexp.MustCompile(`(?s)VoIP` + ws + `Mundo` + ws + `is` + ws + `not` + ws + `configured.*api_token = \.\.\..*api_key = \.\.\..*VOIPMUNDO_API_TOKEN` + ws + `VOIPMUNDO_API_KEY`),
		}},
	})
}

// mustPut replaces a customer of the emulator (drift between steps).
func mustPut(t *testing.T, env *acctest.VoIPMundoEnv, c sandbox.Customer) {
	t.Helper()
	if err := env.Sandbox.PutCustomer(c); err != nil {
		t.Fatalf("PutCustomer: %v", err)
	}
}

func mustGet(t *testing.T, env *acctest.VoIPMundoEnv, id int64) sandbox.Customer {
	t.Helper()
	c, ok := env.Sandbox.Customer(id)
	if !ok {
		t.Fatalf("the emulator has no customer %d", id)
	}
	return c
}

// The platform sends a value as a JSON number or a JSON string depending
// on the field and the endpoint. Swapping the JSON types of the same
// values (and sending decimals as "0.00000") changes nothing in Terraform.
func TestAccVoIPMundoCustomer_stringOrNumber(t *testing.T) {
	env := acctest.VoIPMundo(t)
	env.RequireSandbox(t)
	config := customerConfig(env, "", "", fmt.Sprint(sandbox.DemoCustomerID))
	same := resource.ComposeAggregateTestCheckFunc(
		attr("id", "1057"),
		attr("tipo", "4"),
		attr("status", "1"),
		attr("id_hie", "1042"),
		attr("tem_sms", "true"),
		attr("tem_escuta", "false"),
		attr("finance.available_disk_space", "1536"),
		attr("finance.franquia_fixo_ldn_used", "127"),
		attr("finance.franquia_movel_ddi_used", "0"),
		attr("finance.disk_space", "2048"),
		attr("finance.tipo_tar", "2"),
		attr("finance.max_devices", "10"),
		attr("finance.allow_loss_call", "false"),
		attr("finance.call_only_local", "true"),
		attr("users.0.id", "2231"),
		attr("users.0.logins", "54"),
		attr("users.0.root", "true"),
		attr("users.0.last_login", "1718899310"),
		attr("users.1.root", "false"),
	)
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			// As seeded: top-level numbers, finance and users strings,
			// computed finance values numbers.
			Config: config,
			Check:  same,
		}, {
			PreConfig: func() {
				c := mustGet(t, env, sandbox.DemoCustomerID)
				c.Tipo, c.Status, c.IDHie = sandbox.Str("4"), sandbox.Str("1"), sandbox.Str("1042")
				c.TemSMS, c.TemEscuta = sandbox.Str("1"), sandbox.Str("0")
				c.Finance.AvailableDiskSpace = sandbox.Str("1536.00000")
				c.Finance.FranquiaFixoLDNUsed = sandbox.Str("127")
				c.Finance.FranquiaMovelDDIUsed = sandbox.Str("0.00000")
				c.Finance.DiskSpace = sandbox.Int(2048)
				c.Finance.TipoTar = sandbox.Int(2)
				c.Finance.MaxDevices = sandbox.Number("10.0")
				c.Finance.AllowLossCall = sandbox.Int(0)
				c.Finance.CallOnlyLocal = sandbox.Int(1)
				c.Users[0].ID = sandbox.Int(2231)
				c.Users[0].Logins = sandbox.Int(54)
				c.Users[0].Root = sandbox.Int(1)
				c.Users[0].LastLogin = sandbox.Int(1718899310)
				c.Users[1].Root = sandbox.Int(0)
				mustPut(t, env, c)
			},
			Config: config,
			Check:  same,
			ConfigStateChecks: []statecheck.StateCheck{
				known(root("tipo"), knownvalue.Int64Exact(4)),
				known(finance("available_disk_space"), knownvalue.Float64Exact(1536)),
				known(finance("franquia_movel_ddi_used"), knownvalue.Float64Exact(0)),
				known(finance("max_devices"), knownvalue.Int64Exact(10)),
				known(user(0, "root"), knownvalue.Bool(true)),
			},
		}, {
			// Other values, decimals and nulls in both JSON types.
			PreConfig: func() {
				c := mustGet(t, env, sandbox.DemoCustomerID)
				c.Finance.AvailableDiskSpace = sandbox.Str("1024.75000")
				c.Finance.FranquiaFixoLDNUsed = sandbox.Number("12.5")
				c.Finance.DiskSpace = sandbox.Str("4096")
				c.Finance.FranquiaMovelLDNUsed = sandbox.Null()
				c.Finance.FranquiaLastReset = sandbox.Null()
				c.Finance.IDPlano = sandbox.Str("")
				c.TemSMS = sandbox.Int(0)
				c.Users[0].Logins = sandbox.Str("55")
				c.Users[1].NomeCompleto = sandbox.Str("")
				mustPut(t, env, c)
			},
			Config: config,
			Check: resource.ComposeAggregateTestCheckFunc(
				attr("finance.available_disk_space", "1024.75"),
				attr("finance.franquia_fixo_ldn_used", "12.5"),
				attr("finance.disk_space", "4096"),
				attr("tem_sms", "false"),
				attr("users.0.logins", "55"),
				resource.TestCheckNoResourceAttr(customerAddr, "finance.franquia_movel_ldn_used"),
				resource.TestCheckNoResourceAttr(customerAddr, "finance.franquia_last_reset"),
				resource.TestCheckNoResourceAttr(customerAddr, "finance.id_plano"),
				resource.TestCheckNoResourceAttr(customerAddr, "users.1.nome_completo"),
			),
			ConfigStateChecks: []statecheck.StateCheck{
				known(finance("available_disk_space"), knownvalue.Float64Exact(1024.75)),
				known(finance("franquia_movel_ldn_used"), knownvalue.Null()),
				known(finance("id_plano"), knownvalue.Null()),
				known(user(1, "nome_completo"), knownvalue.Null()),
			},
		}},
	})
}

// A value that does not fit its field's type is an error that names the
// field, not a silent null.
func TestAccVoIPMundoCustomer_valueOfWrongType(t *testing.T) {
	for name, tc := range map[string]struct {
		change func(*sandbox.Customer)
		want   string
	}{
		"flag 2":       {func(c *sandbox.Customer) { c.TemSMS = sandbox.Int(2) }, `Field` + ws + `tem_sms:` + ws + `expected` + ws + `0` + ws + `or` + ws + `1`},
		"text tipo":    {func(c *sandbox.Customer) { c.Finance.TipoTar = sandbox.Str("pós-pago") }, `Field` + ws + `finance\.tipo_tar:` + ws + `expected` + ws + `a` + ws + `whole` + ws + `number`},
		"decimal id":   {func(c *sandbox.Customer) { c.Users[1].Logins = sandbox.Number("1.5") }, `Field` + ws + `users\[1\]\.logins:`},
		"text decimal": {func(c *sandbox.Customer) { c.Finance.AvailableDiskSpace = sandbox.Str("n/a") }, `Field` + ws + `finance\.available_disk_space:` + ws + `expected` + ws + `a` + ws + `number`},
	} {
		t.Run(name, func(t *testing.T) {
			env := acctest.VoIPMundo(t)
			env.RequireSandbox(t)
			c := mustGet(t, env, sandbox.DemoCustomerID)
			tc.change(&c)
			mustPut(t, env, c)
			resource.ParallelTest(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				Steps: []resource.TestStep{{
					Config:      customerConfig(env, "", "", fmt.Sprint(sandbox.DemoCustomerID)),
					ExpectError: regexp.MustCompile(`(?s)` + words("Unexpected value in the VoIP Mundo customer record") + `.*` + tc.want),
				}},
			})
		})
	}
}

// The users member in the shapes the platform might use, and PHP's [] for
// an empty finance object.
func TestAccVoIPMundoCustomer_usersAndFinanceShapes(t *testing.T) {
	t.Run("keyed by id", func(t *testing.T) {
		env := acctest.VoIPMundo(t, sandbox.WithUsersShape(sandbox.UsersByID))
		env.RequireSandbox(t)
		resource.ParallelTest(t, resource.TestCase{
			ProtoV6ProviderFactories: acctest.ProviderFactories,
			Steps: []resource.TestStep{{
				Config: customerConfig(env, "", "", fmt.Sprint(sandbox.DemoCustomerID)),
				Check: resource.ComposeAggregateTestCheckFunc(
					attr("users.#", "2"),
					attr("users.0.username", "assinante.sandbox"),
					attr("users.0.id", fmt.Sprint(sandbox.DemoSubscriberUserID)),
					attr("users.1.username", "recepcao.sandbox"),
					attr("users.1.id", fmt.Sprint(sandbox.DemoNoAPIAccessUserID)),
				),
			}},
		})
	})
	t.Run("main user only", func(t *testing.T) {
		env := acctest.VoIPMundo(t, sandbox.WithUsersShape(sandbox.UsersRoot))
		env.RequireSandbox(t)
		resource.ParallelTest(t, resource.TestCase{
			ProtoV6ProviderFactories: acctest.ProviderFactories,
			Steps: []resource.TestStep{{
				Config: customerConfig(env, "", "", fmt.Sprint(sandbox.DemoCustomerID)),
				Check: resource.ComposeAggregateTestCheckFunc(
					attr("users.#", "1"),
					attr("users.0.username", "assinante.sandbox"),
					attr("users.0.root", "true"),
				),
			}},
		})
	})
	t.Run("no users, finance []", func(t *testing.T) {
		env := acctest.VoIPMundo(t, sandbox.WithUsersShape(sandbox.UsersByID))
		env.RequireSandbox(t)
		c := mustGet(t, env, sandbox.DemoForeignCustomerID)
		c.Users = nil
		c.Extra = map[string]json.RawMessage{"finance": json.RawMessage(`[]`), "nome_fantasia": json.RawMessage(`"ACME"`), "endereco": json.RawMessage(`{"cidade":"Curitiba"}`)}
		mustPut(t, env, c)
		resource.ParallelTest(t, resource.TestCase{
			ProtoV6ProviderFactories: acctest.ProviderFactories,
			Steps: []resource.TestStep{{
				Config: customerConfig(env, "", "", fmt.Sprint(sandbox.DemoForeignCustomerID)),
				Check: resource.ComposeAggregateTestCheckFunc(
					attr("id", fmt.Sprint(sandbox.DemoForeignCustomerID)),
					attr("users.#", "0"),
					resource.TestCheckNoResourceAttr(customerAddr, "finance.tipo_tar"),
				),
				ConfigStateChecks: []statecheck.StateCheck{
					known(root("finance"), knownvalue.Null()),
					known(root("users"), knownvalue.ListSizeExact(0)),
				},
			}},
		})
	})
}
