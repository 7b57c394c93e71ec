package sandbox

import (
	"strings"
	"time"
)

// Option configures a Server.
type Option func(*config)

type config struct {
	username, password string
	tokenTTL           time.Duration
	orderDelay         time.Duration
	roles              []string
	routeRoles         map[string][]string // "METHOD /path" -> roles allowed
	profiles           []Profile
	customers          map[int64]bool
	tariffPlans        map[int64]bool
	strictPayload      bool
	seed               bool
	now                func() time.Time
}

// Defaults.
const (
	DefaultTokenTTL   = time.Hour
	DefaultOrderDelay = 2 * time.Second
)

func defaultConfig() config {
	return config{
		username:    DemoUsername,
		password:    DemoPassword,
		tokenTTL:    DefaultTokenTTL,
		orderDelay:  DefaultOrderDelay,
		roles:       []string{RoleSuperadmin},
		routeRoles:  defaultRouteRoles(),
		profiles:    seedProfiles(),
		customers:   map[int64]bool{DemoCustomerID: true},
		tariffPlans: map[int64]bool{TariffPlanStandardID: true, TariffPlanBusinessID: true},
		seed:        true,
		now:         time.Now,
	}
}

// WithCredentials replaces the API user's login (username and password).
func WithCredentials(username, password string) Option {
	return func(c *config) { c.username, c.password = username, password }
}

// WithTokenTTL sets how long an access token stays valid (default one
// hour). A token used at or after its expiry answers 401. d <= 0 keeps the
// default.
func WithTokenTTL(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.tokenTTL = d
		}
	}
}

// WithOrderDelay sets how long an order takes from insertion to its final
// state (default DefaultOrderDelay): it is new for the first half and
// processing for the second. 0 finishes orders at once (the first poll
// sees the final state); d < 0 is taken as 0.
func WithOrderDelay(d time.Duration) Option {
	return func(c *config) { c.orderDelay = max(d, 0) }
}

// WithRoles sets the API user's roles (default superadmin); see SetRoles.
func WithRoles(roles ...string) Option {
	return func(c *config) { c.roles = append([]string(nil), roles...) }
}

// WithRouteRoles replaces the roles allowed to call one route of the role
// table, for example WithRouteRoles("POST", "/voip", RoleSuperadmin,
// RoleAdmin, RolePodpora) for the notes' reading of that row. path is
// written as in the table, without BasePath ("/voip/{number}/deactivate",
// "/requests/{requestId}"); unknown routes are ignored. No roles forbids
// the route to everybody.
func WithRouteRoles(method, path string, roles ...string) Option {
	return func(c *config) {
		c.routeRoles[routeKey(strings.ToUpper(method), path)] = append([]string(nil), roles...)
	}
}

// WithProfiles replaces the VoIP profiles.
func WithProfiles(profiles ...Profile) Option {
	return func(c *config) { c.profiles = append([]Profile(nil), profiles...) }
}

// WithCustomers adds customer ids a number may belong to (DemoCustomerID
// is always known).
func WithCustomers(ids ...int64) Option {
	return func(c *config) {
		for _, id := range ids {
			c.customers[id] = true
		}
	}
}

// WithTariffPlans adds tariff plan ids a number may use.
func WithTariffPlans(ids ...int64) Option {
	return func(c *config) {
		for _, id := range ids {
			c.tariffPlans[id] = true
		}
	}
}

// WithStrictPayload makes unknown fields in a POST/PUT body answer 400
// ("\"foo\" is not allowed"), as a Joi object schema does by default. By
// default they are ignored, because the real field list is not known.
func WithStrictPayload() Option {
	return func(c *config) { c.strictPayload = true }
}

// WithoutSeed starts with no numbers, neither the VoIP number nor the
// mobile one (profiles, customers, tariff plans and the API user stay).
func WithoutSeed() Option {
	return func(c *config) { c.seed = false }
}

// WithClock replaces time.Now for token expiry and order progression.
func WithClock(now func() time.Time) Option {
	return func(c *config) {
		if now != nil {
			c.now = now
		}
	}
}
