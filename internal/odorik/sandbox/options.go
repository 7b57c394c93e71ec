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
	speedDialCapacity  int
	lineSpeedDialError string // answered to a line login on speed dials
	unknownSpeedDial   string // answered for a path shortcut with no speed dial
}

func defaultConfig() config {
	return config{
		user:               DemoUser,
		password:           DemoPassword,
		lines:              map[string]string{DemoLine: DemoLineSIPPassword},
		unknownRouteDelete: "unauthorized",
		contentType:        "application/json; charset=utf-8",
		seed:               true,
		speedDialCapacity:  DefaultSpeedDialCapacity,
		lineSpeedDialError: "unauthorized",
		unknownSpeedDial:   "invalid_shortcut",
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
// (its id and fields, in the JSON of one entry of GET routes.json) and POST
// ringings {"public_number","ringing_number"} instead of {}. It is a test
// switch: the vendor documents no body for these answers, so a client must
// work with both.
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

// WithoutSeed starts with no numbers, routes, speed dials and lines
// (credentials stay).
func WithoutSeed() Option {
	return func(c *config) { c.seed = false }
}

// WithSpeedDialCapacity sets how many speed dials the account may have
// (default DefaultSpeedDialCapacity); POST speed_dials.json beyond it
// answers speed_dials_full.
func WithSpeedDialCapacity(n int) Option {
	return func(c *config) { c.speedDialCapacity = n }
}

// WithLineSpeedDialError sets the error code a line login gets on every
// speed-dial call (default "unauthorized": speed dials need the account's
// API password).
func WithLineSpeedDialError(code string) Option {
	return func(c *config) { c.lineSpeedDialError = code }
}

// WithUnknownSpeedDialError sets the error code answered by GET, PUT and
// DELETE speed_dials/<shortcut>.json when the account has no speed dial at
// that shortcut (default "invalid_shortcut").
func WithUnknownSpeedDialError(code string) Option {
	return func(c *config) { c.unknownSpeedDial = code }
}
