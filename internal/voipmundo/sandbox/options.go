package sandbox

// Option configures a Server.
type Option func(*config)

// UsersShape selects how the users member of the record is encoded. The
// vendor's field table (users.*) does not say; see the package
// documentation.
type UsersShape int

// Users shapes.
const (
	// UsersArray sends every user as a JSON array (default).
	UsersArray UsersShape = iota
	// UsersByID sends an object keyed by user id, as PHP encodes an array
	// indexed by id; with no users it is [] (PHP's empty array).
	UsersByID
	// UsersRoot sends the main user (root 1, else the first user) as a
	// single object, or null when there is none.
	UsersRoot
)

type config struct {
	masterToken, masterKey string
	actions                map[string]bool
	usersShape             UsersShape
	ignoreSubscriberID     bool
	maxConcurrent          int
	seed                   bool
}

func defaultConfig() config {
	return config{
		masterToken: DemoMasterToken,
		masterKey:   DemoMasterKey,
		actions:     map[string]bool{ActionCustomer: true},
		seed:        true,
	}
}

// WithMaster replaces the master (platform operator) token and key.
func WithMaster(token, key string) Option {
	return func(c *config) { c.masterToken, c.masterKey = token, key }
}

// WithCustomerActions replaces the action names that serve the customer
// record (default ActionCustomer), for when the real name turns out to be
// another one (for example "manageCustomers"). Names are case-sensitive;
// empty names are ignored; with no usable name the default stays.
func WithCustomerActions(names ...string) Option {
	return func(c *config) {
		set := map[string]bool{}
		for _, n := range names {
			if n != "" {
				set[n] = true
			}
		}
		if len(set) > 0 {
			c.actions = set
		}
	}
}

// WithUsersShape selects the encoding of users (default UsersArray).
func WithUsersShape(shape UsersShape) Option {
	return func(c *config) { c.usersShape = shape }
}

// WithSubscriberIDIgnored makes a subscriber token ignore a customer id in
// the path (the caller's own record is answered whatever the id). By
// default an id other than the caller's own answers the not-found error.
func WithSubscriberIDIgnored() Option {
	return func(c *config) { c.ignoreSubscriberID = true }
}

// WithMaxConcurrent limits the simultaneous API requests: one more answers
// HTTP 429. n <= 0 means no limit (the default). See SetMaxConcurrent.
func WithMaxConcurrent(n int) Option {
	return func(c *config) { c.maxConcurrent = max(n, 0) }
}

// WithoutSeed starts with no customers (the master credentials stay).
func WithoutSeed() Option {
	return func(c *config) { c.seed = false }
}
