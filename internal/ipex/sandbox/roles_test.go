package sandbox

import (
	"net/http"
	"testing"
)

// roleCalls are the served calls, each with an answer that is not 403 when
// allowed (the state is reset between them by using fresh servers).
var roleCalls = []struct {
	name, method, path string
	body               any
}{
	{"profiles", "GET", "/v1/voip/profiles", nil},
	{"create", "POST", "/v1/voip", createBody(newNumber)},
	{"change", "PUT", "/v1/voip", map[string]any{"number": DemoExistingNumber, "clir": CLIRPermanent}},
	{"detail", "GET", "/v1/voip/" + DemoExistingNumber, nil},
	{"state", "GET", "/v1/voip/" + DemoExistingNumber + "/state", nil},
	{"deactivate", "PUT", "/v1/voip/" + DemoExistingNumber + "/deactivate", nil},
	{"mobile deactivate", "PUT", "/v1/mobile/" + DemoExistingNumber + "/deactivate", nil},
	{"services", "GET", "/v1/services", nil},
	{"list orders", "GET", "/v1/requests", nil},
	{"order", "GET", "/v1/requests/1", nil},
	{"cancel", "DELETE", "/v1/requests/1", nil},
}

func TestRolesTable(t *testing.T) {
	forbidden := map[string][]string{
		RoleSuperadmin: {},
		RoleAdmin:      {},
		RoleRealizace:  {},
		RolePodpora:    {"create"},
		RoleFakturace:  {"profiles", "create", "change", "deactivate", "mobile deactivate", "cancel"},
	}
	for role, denied := range forbidden {
		t.Run(role, func(t *testing.T) {
			s, a := loggedIn(t)
			s.SetRoles(role) // takes effect for the token already issued
			for _, c := range roleCalls {
				ans := a.do(c.method, c.path, c.body)
				isDenied := false
				for _, d := range denied {
					isDenied = isDenied || d == c.name
				}
				if isDenied {
					got := wantBoom(t, ans, http.StatusForbidden, "Insufficient scope")
					if len(got) != 3 {
						t.Fatalf("%s: extra fields in %v", c.name, got)
					}
				} else if ans.err != nil || ans.status == http.StatusForbidden || ans.status >= 500 {
					t.Fatalf("%s as %s: %d %s", c.name, role, ans.status, ans.body)
				}
			}
			a.login() // every role may log in
		})
	}
}

func TestFakturaceCannotChangeNumbersButNothingIsCommitted(t *testing.T) {
	s, a := loggedIn(t, WithRoles(RoleFakturace))
	wantBoom(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusForbidden, "Insufficient scope")
	wantBoom(t, a.do("PUT", "/v1/voip/"+DemoExistingNumber+"/deactivate", nil), http.StatusForbidden)
	if _, ok := s.Number(newNumber); ok || len(s.Orders()) != 0 {
		t.Fatal("a forbidden call changed state")
	}
	// 403 comes before validation and before the existence check.
	wantBoom(t, a.do("POST", "/v1/voip", map[string]any{}), http.StatusForbidden)
	wantBoom(t, a.do("PUT", "/v1/voip/"+newNumber+"/deactivate", nil), http.StatusForbidden)
	// Combined roles: one allowed role is enough.
	s.SetRoles(RoleFakturace, RoleRealizace)
	requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	if got := s.Roles(); len(got) != 2 || got[1] != RoleRealizace {
		t.Fatalf("roles %v", got)
	}
}

func TestNoRolesForbidsLogin(t *testing.T) {
	s, a := newAPI(t, WithRoles())
	wantBoom(t, a.raw("POST", "/v1/token", map[string]string{"username": DemoUsername, "password": DemoPassword}, nil),
		http.StatusForbidden, "Insufficient scope")
	// The password is checked first.
	wantBoom(t, a.raw("POST", "/v1/token", map[string]string{"username": DemoUsername, "password": "x"}, nil),
		http.StatusUnauthorized)
	s.SetRoles("nobody") // unknown roles grant nothing
	wantBoom(t, a.raw("POST", "/v1/token", map[string]string{"username": DemoUsername, "password": DemoPassword}, nil),
		http.StatusForbidden)
	if s.TokensIssued() != 0 {
		t.Fatal("token issued")
	}
}

func TestAuthenticationComesBeforeRoles(t *testing.T) {
	_, a := newAPI(t, WithRoles(RoleFakturace))
	wantBoom(t, a.raw("POST", "/v1/voip", createBody(newNumber), nil), http.StatusUnauthorized)
}

func TestWithRouteRolesOverridesARow(t *testing.T) {
	_, a := loggedIn(t, WithRoles(RolePodpora), WithRouteRoles("post", "/voip", RoleSuperadmin, RoleAdmin, RolePodpora),
		WithRouteRoles("GET", "/voip/{number}"))
	requestID(t, a.do("POST", "/v1/voip", createBody(newNumber)), http.StatusCreated)
	wantBoom(t, a.do("GET", "/v1/voip/"+newNumber, nil), http.StatusForbidden)
}
