package sandbox

// Option configures a Server.
type Option func(*config)

type config struct {
	user, password     string
	lines              map[string]string // line -> SIP password
	createReplyObject  bool
	unknownRouteDelete string // error code; "" answers {}
	contentType        string
	seed               bool
}

func defaultConfig() config {
	return config{
		user:               DemoUser,
		password:           DemoPassword,
		lines:              map[string]string{DemoLine: DemoLineSIPPassword},
		unknownRouteDelete: "unauthorized",
		contentType:        "application/json; charset=utf-8",
		seed:               true,
	}
}

// WithAccount replaces the account-wide login (numeric user id and API
// password).
func WithAccount(user, password string) Option {
	return func(c *config) { c.user, c.password = user, password }
}

// WithLine adds (or changes) a line login. Give the line its numbers with
// Server.AddLineNumber.
func WithLine(line, sipPassword string) Option {
	return func(c *config) { c.lines[line] = sipPassword }
}

// WithCreateReply(true) makes POST routes answer the created route object
// and POST ringings {"public_number","ringing_number"} instead of {}.
func WithCreateReply(object bool) Option {
	return func(c *config) { c.createReplyObject = object }
}

// WithUnknownRouteDeleteError sets the error code answered when DELETE
// routes/<id>.json names a route the number does not have (default
// "unauthorized"); "" answers {} as for a successful delete.
func WithUnknownRouteDeleteError(code string) Option {
	return func(c *config) { c.unknownRouteDelete = code }
}

// WithContentType sets the Content-Type of every answer (default
// "application/json; charset=utf-8").
func WithContentType(contentType string) Option {
	return func(c *config) { c.contentType = contentType }
}

// WithoutSeed starts with no numbers and routes (credentials stay).
func WithoutSeed() Option {
	return func(c *config) { c.seed = false }
}
