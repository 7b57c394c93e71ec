package sandbox

import (
	"net/http"
	"slices"
)

// Roles of the API user (the columns of the vendor's roles table).
const (
	RoleSuperadmin = "superadmin"
	RoleAdmin      = "admin"
	RolePodpora    = "podpora"   // support
	RoleRealizace  = "realizace" // provisioning
	RoleFakturace  = "fakturace" // billing
)

func routeKey(method, path string) string { return method + " " + path }

// defaultRouteRoles is the seed's roles table for the served routes. The
// table's marks lost their columns when it was copied: an empty cell shows
// as a line break and empty cells at the end of a row vanish, so "xxxx" is
// every role but fakturace and "xx\nx" is superadmin, admin and realizace
// (the reading that makes the billing-printout row "xx\n\nx" superadmin,
// admin and fakturace). See the package documentation.
func defaultRouteRoles() map[string][]string {
	all := []string{RoleSuperadmin, RoleAdmin, RolePodpora, RoleRealizace, RoleFakturace}
	notBilling := []string{RoleSuperadmin, RoleAdmin, RolePodpora, RoleRealizace}
	create := []string{RoleSuperadmin, RoleAdmin, RoleRealizace}
	return map[string][]string{
		routeKey(http.MethodPost, "/token"):                     all,
		routeKey(http.MethodGet, "/voip/profiles"):              notBilling,
		routeKey(http.MethodPost, "/voip"):                      create,
		routeKey(http.MethodPut, "/voip"):                       notBilling,
		routeKey(http.MethodGet, "/voip/{number}"):              all,
		routeKey(http.MethodGet, "/voip/{number}/state"):        all,
		routeKey(http.MethodPut, "/voip/{number}/deactivate"):   notBilling,
		routeKey(http.MethodPut, "/mobile/{number}/deactivate"): notBilling,
		routeKey(http.MethodGet, "/services"):                   all,
		routeKey(http.MethodGet, "/requests"):                   all,
		routeKey(http.MethodGet, "/requests/{requestId}"):       all,
		routeKey(http.MethodDelete, "/requests/{requestId}"):    notBilling,
	}
}

// allowed reports whether the API user may call the route with key; the
// caller holds s.mu. One allowed role is enough.
func (s *Server) allowed(key string) bool {
	for _, r := range s.cfg.routeRoles[key] {
		if slices.Contains(s.roles, r) {
			return true
		}
	}
	return false
}

// msgForbidden is hapi's message when the credentials lack the route's
// scope.
const msgForbidden = "Insufficient scope"

// SetRoles replaces the API user's roles; from the next request on, a call
// none of the roles may make (per the roles table) answers 403. No roles
// forbids everything, the token login included. Unknown names grant
// nothing.
func (s *Server) SetRoles(roles ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.roles = append([]string(nil), roles...)
}

// Roles returns the API user's roles.
func (s *Server) Roles() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.roles...)
}
