package sandbox

// Option configures a Server.
type Option func(*config)

// Language selects the language of the error messages. The vendor answers
// in the account's language.
type Language string

// Languages of the error messages.
const (
	English Language = "en"
	Polish  Language = "pl"
)

type config struct {
	access         access
	lang           Language
	additiveLimits bool
	normalizePhone bool
	seed           bool
}

func defaultConfig() config {
	return config{
		access: access{
			token:       DemoAPIToken,
			username:    DemoUsername,
			password:    DemoPassword,
			apiAccess:   true,
			active:      true,
			subaccounts: true,
		},
		lang: English,
		seed: true,
	}
}

// WithAPIToken replaces the API token accepted as "Authorization: Bearer
// <token>" (default DemoAPIToken). "" disables token authentication.
func WithAPIToken(token string) Option {
	return func(c *config) { c.access.token = token }
}

// WithAPIUser replaces the API user accepted as username/password in the
// body (default DemoUsername/DemoPassword). An empty username or password
// disables this way of authenticating.
func WithAPIUser(username, password string) Option {
	return func(c *config) { c.access.username, c.access.password = username, password }
}

// WithoutAPIAccess makes every authenticated call answer error 1002 (the
// user may not use the API); see SetAPIAccess.
func WithoutAPIAccess() Option {
	return func(c *config) { c.access.apiAccess = false }
}

// WithAllowedIPs sets the account's IP allow-list: a call from any other
// address answers error 1003. No addresses (the default) allows every
// address. See SetAllowedIPs.
func WithAllowedIPs(ips ...string) Option {
	return func(c *config) { c.access.allowedIPs = parseIPs(ips) }
}

// WithLanguage selects the language of the error messages (default
// English).
func WithLanguage(lang Language) Option {
	return func(c *config) {
		if lang == Polish {
			c.lang = Polish
		} else {
			c.lang = English
		}
	}
}

// WithAdditiveLimits makes subaccounts/limit add value to the current limit
// instead of setting it (the default); value may then be negative, but the
// result may not drop below 0.
func WithAdditiveLimits() Option {
	return func(c *config) { c.additiveLimits = true }
}

// WithPhoneNormalization stores a Polish phone number given as 9 national
// digits (or 48…/0048…) in the international form +48…, as the vendor's
// view example suggests. By default phone is stored as sent.
func WithPhoneNormalization() Option {
	return func(c *config) { c.normalizePhone = true }
}

// WithoutSeed starts with no subaccounts (the credentials stay). Without a
// subaccount to use as template, subaccounts/add always answers 4500.
func WithoutSeed() Option {
	return func(c *config) { c.seed = false }
}
