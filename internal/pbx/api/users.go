package api

// User is a login to the PBX web portal (seed 004, /client/{cid}/user/…).
// Its scope is which of the three collections it lives in: client users
// see the whole client, extension users one extension (ExtensionID),
// group users one extension group (ExtensionGroupID). ID and ClientID are
// set by the API.
type User struct {
	ID       int64 `json:"id,omitempty"`
	ClientID int64 `json:"client_id,omitempty"`
	// Login is taken on create only (a PUT has no login).
	Login string `json:"login,omitempty"`
	Name  string `json:"name,omitempty"`
	Email string `json:"email,omitempty"`
	// Access is full or read_only; Status active or blocked.
	Access   string `json:"access,omitempty"`
	Status   string `json:"status,omitempty"`
	Timezone string `json:"timezone,omitempty"`
	// Comment: "" clears it (a partial PUT leaves out what it is not sent).
	Comment *string `json:"comment,omitempty"`
	// ExtensionID is set for extension users, ExtensionGroupID for group
	// users; a PUT may move the user to another extension (or group).
	ExtensionID      int64 `json:"extension_id,omitempty"`
	ExtensionGroupID int64 `json:"extension_group_id,omitempty"`
	// Password is required on create and changes the password on a PUT.
	// The API never answers it; it is never compared or logged (the
	// transport masks the field "password").
	Password string `json:"password,omitempty"`
}

// User scopes, as the API's paths spell them.
const (
	UserScopeClient         = "client"
	UserScopeExtension      = "extension"
	UserScopeExtensionGroup = "extension_group"
)

// UserScopes are the three scopes, in the order they are listed.
var UserScopes = []string{UserScopeClient, UserScopeExtension, UserScopeExtensionGroup}

// Users is the client's portal users of one scope (UserScopes).
func (c *Client) Users(scope string) *Collection[User] { return collectionOf(c, userSpecs[scope]) }

var userSpecs = map[string]spec[User]{
	UserScopeClient:         userSpec(UserScopeClient),
	UserScopeExtension:      userSpec(UserScopeExtension),
	UserScopeExtensionGroup: userSpec(UserScopeExtensionGroup),
}

func userSpec(scope string) spec[User] {
	return spec[User]{
		kind: "user " + scope, path: "/client/{client_id}/user/" + scope + "/",
		id:       func(u User) int64 { return u.ID },
		clientID: func(u User) int64 { return u.ClientID },
		name:     func(u User) string { return u.Login },
		// The answer never has the password.
		same: func(got, sent User) bool {
			sent.Password = ""
			return sameSentFields(sent)(got)
		},
	}
}

// UserAccessTypes and UserStatuses are the documented values.
var (
	UserAccessTypes = []string{"full", "read_only"}
	UserStatuses    = []string{"active", "blocked"}
)
