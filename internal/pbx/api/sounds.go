package api

import "context"

// Sound is a sound file the PBX can play: music on hold, announcements.
// Sounds of the dealer or the platform have no client.
type Sound struct {
	ID       int64  `json:"id"`
	Title    string `json:"title"`
	Filename string `json:"filename"`
	ClientID *int64 `json:"client_id"`
	DealerID *int64 `json:"dealer_id"`
}

// Sounds is the sounds a client may use. Only reads: uploading takes a
// multipart form, which this client does not send.
func (c *Client) Sounds() *Collection[Sound] { return collectionOf(c, soundSpec) }

var soundSpec = spec[Sound]{
	kind: "sound", path: "/client/{client_id}/sound/",
	id: func(s Sound) int64 { return s.ID },
	clientID: func(s Sound) int64 {
		if s.ClientID == nil {
			return 0
		}
		return *s.ClientID
	},
	name: func(s Sound) string { return s.Title },
}

// FindSounds lists the sounds titled exactly title (every sound when it is
// ""), only the client's own with ownOnly, one request per page. The API
// filters by title; the titles are compared here too, in case it matches
// more loosely than the docs suggest.
func (c *Client) FindSounds(ctx context.Context, clientID string, title string, ownOnly bool) ([]Sound, error) {
	filter := Filter{}
	if title != "" {
		filter["title"] = title
	}
	if ownOnly {
		filter["own_only"] = "true"
	}
	var out []Sound
	err := c.Sounds().WalkWhere(ctx, clientID, filter, func(s Sound) bool {
		if title == "" || s.Title == title {
			out = append(out, s)
		}
		return true
	})
	return out, err
}
