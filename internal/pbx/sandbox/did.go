package sandbox

import "fmt"

// DID is an external number of the client. DIDs are bought outside the
// API: it lists them and routes them (extension_id for calls,
// message_extension_id for messages), nothing else. Name is the number
// with its country code, digits only (e.g. 78121234567).
type DID struct {
	ID                 int64     `json:"id"`
	ClientID           int64     `json:"client_id"`
	Name               string    `json:"name"`
	Comment            string    `json:"comment"`
	Domain             DIDDomain `json:"domain"`
	CreateDate         string    `json:"create_date"` // YYYY-MM-DD HH:MM:SS
	AllowMessage       bool      `json:"allow_message"`
	ExtensionID        *int64    `json:"extension_id"`
	MessageExtensionID *int64    `json:"message_extension_id"`
}

// DIDDomain is the SIP domain a DID belongs to (the seed types it only as
// an object; its fields are the emulator's choice).
type DIDDomain struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

func (d *DID) key() *int64       { return &d.ID }
func (d *DID) clientKey() *int64 { return &d.ClientID }

func (d DID) clone() DID {
	d.ExtensionID = cloneID(d.ExtensionID)
	d.MessageExtensionID = cloneID(d.MessageExtensionID)
	return d
}

// dids serves the client's DIDs: list, GET and the PUT that routes one;
// no POST or DELETE.
func (s *Server) dids() *objectType[DID, *DID] {
	return &objectType[DID, *DID]{
		s:       s,
		path:    "did",
		of:      func(st *store) *collection[DID, *DID] { return &st.dids },
		parse:   s.parseDID,
		without: opCreate | opDelete,
		filters: []filter[DID]{
			byID("id", func(d *DID) *int64 { return &d.ID }),
			byString("name", func(d *DID) string { return d.Name }),
			byString("domain", func(d *DID) string { return d.Domain.Name }),
			byID("extension_id", func(d *DID) *int64 { return d.ExtensionID }),
			byID("message_extension_id", func(d *DID) *int64 { return d.MessageExtensionID }),
		},
		fill: func(d *DID) {
			if d.Domain == (DIDDomain{}) {
				d.Domain = DIDDomain{ID: DemoDomainID, Name: s.st.client.Domain}
			}
			if d.CreateDate == "" {
				d.CreateDate = s.stamp()
			}
		},
	}
}

// parseDID validates the PUT of a DID: extension_id and
// message_extension_id name extensions of the client (null or 0
// unassigns); messages only go to a DID that allows them.
func (s *Server) parseDID(o object, d *DID, _ bool) error {
	rd := &reader{o: o}
	exists := s.st.extensions.has
	d.ExtensionID = rd.ref("extension_id", "extension", exists, d.ExtensionID)
	d.MessageExtensionID = rd.ref("message_extension_id", "extension", exists, d.MessageExtensionID)
	if _, given := rd.raw("message_extension_id"); given && d.MessageExtensionID != nil && !d.AllowMessage {
		rd.fail("message_extension_id", "DID %s does not allow messages (allow_message is false)", d.Name)
	}
	return rd.err
}

// did returns the client's DID named name.
func (st *store) did(name string) (DID, bool) {
	return st.dids.find(func(d *DID) bool { return d.Name == name })
}

// didError is the problem of a number that is not one of the client's
// DIDs.
func didError(number string) string {
	return fmt.Sprintf("%q is not one of the client's DIDs", number)
}
