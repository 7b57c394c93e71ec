package sandbox

import "net/url"

// Sound is a sound file the client may use (music on hold, greetings):
// its own (ClientID set) or one its dealer shares with every client
// (ClientID nil).
type Sound struct {
	ID       int64  `json:"id"`
	ClientID *int64 `json:"client_id"`
	DealerID int64  `json:"dealer_id"`
	Title    string `json:"title"`
	Filename string `json:"filename"`
}

func (x *Sound) key() *int64       { return &x.ID }
func (x *Sound) dealerKey() *int64 { return &x.DealerID }

func (x Sound) clone() Sound {
	x.ClientID = cloneID(x.ClientID)
	return x
}

// sounds serves the sounds the client may use: list and GET only (uploads
// are not emulated).
func (s *Server) sounds() *objectType[Sound, *Sound] {
	return &objectType[Sound, *Sound]{
		s:       s,
		path:    "sound",
		of:      func(st *store) *collection[Sound, *Sound] { return &st.sounds },
		without: opCreate | opUpdate | opDelete,
		filters: []filter[Sound]{
			byID("id", func(x *Sound) *int64 { return &x.ID }),
			byString("title", func(x *Sound) string { return x.Title }),
			func(q url.Values) (func(*Sound) bool, error) {
				own, err := queryBool(q, "own_only")
				if err != nil || !own {
					return nil, err
				}
				return func(x *Sound) bool { return sameID(x.ClientID, s.st.client.ID) }, nil
			},
		},
	}
}
