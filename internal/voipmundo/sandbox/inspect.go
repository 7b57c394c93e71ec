package sandbox

import (
	"encoding/json"
	"errors"
	"fmt"
)

// ErrBadCustomer is returned by PutCustomer (wrapped) for a record that
// cannot be stored or sent.
var ErrBadCustomer = errors.New("voipmundo sandbox: bad customer")

// The helpers below work directly on the store: they are not requests, so
// they are neither recorded, limited, nor subject to faults. Use them to
// arrange state (drift) and to check what a client saw.

// Customers returns every customer, ids ascending.
func (s *Server) Customers() []Customer {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.sorted()
}

// Customer returns customer id; false if there is none.
func (s *Server) Customer(id int64) (Customer, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.get(id)
}

// PutCustomer inserts c or replaces the customer with its id, without
// checking the values (drift): a changed api_token, status or tipo changes
// what the API lets through. c.ID must be a positive integer (string or
// number), every Value must encode and Extra must hold valid JSON.
func (s *Server) PutCustomer(c Customer) error {
	if err := validCustomer(c); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.put(c)
	return nil
}

// DeleteCustomer removes customer id (its tokens stop working); false if
// there was none.
func (s *Server) DeleteCustomer(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.st.customers[id]
	delete(s.st.customers, id)
	return ok
}

func validCustomer(c Customer) error {
	if _, ok := c.key(); !ok {
		return fmt.Errorf("%w: id %q is not a positive integer", ErrBadCustomer, c.ID.String())
	}
	for k, v := range c.Extra {
		if !json.Valid(v) {
			return fmt.Errorf("%w: extra member %q is not valid JSON", ErrBadCustomer, k)
		}
	}
	if _, err := encodeRecord(c, UsersArray); err != nil {
		return fmt.Errorf("%w: %w", ErrBadCustomer, err)
	}
	return nil
}
