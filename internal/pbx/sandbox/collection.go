package sandbox

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
)

// record is what a collection needs of a client object type (an interval,
// a dial rule list, ...): its id and owner fields, and a deep copy.
type record[T any] interface {
	*T
	ids() (id, clientID, dealerID *int64)
	clone() T
}

// collection holds the records of one object type by id. Ids are handed
// out ascending from the type's first id and never reused. The Server's
// mutex guards it, as the rest of the store.
type collection[T any, R record[T]] struct {
	byID map[int64]T
	next int64
}

func newCollection[T any, R record[T]](firstID int64) collection[T, R] {
	return collection[T, R]{byID: map[int64]T{}, next: firstID}
}

// get returns a copy of record id.
func (c *collection[T, R]) get(id int64) (T, bool) {
	v, ok := c.byID[id]
	return R(&v).clone(), ok
}

func (c *collection[T, R]) has(id int64) bool {
	_, ok := c.byID[id]
	return ok
}

// all returns copies of every record, ids ascending.
func (c *collection[T, R]) all() []T {
	out := make([]T, 0, len(c.byID))
	for _, id := range slices.Sorted(maps.Keys(c.byID)) {
		v := c.byID[id]
		out = append(out, R(&v).clone())
	}
	return out
}

// put stores v, giving it the next id when its id is 0, and returns a copy
// of the stored record.
func (c *collection[T, R]) put(v T) T {
	id, _, _ := R(&v).ids()
	if *id == 0 {
		*id = c.next
	}
	c.next = max(c.next, *id+1)
	c.byID[*id] = R(&v).clone()
	return R(&v).clone()
}

// remove deletes record id; false if there was none.
func (c *collection[T, R]) remove(id int64) bool {
	_, ok := c.byID[id]
	delete(c.byID, id)
	return ok
}

// restore puts the records of a snapshot (named what in errors) and keeps
// the next id at least next.
func (c *collection[T, R]) restore(what string, records []T, next int64) error {
	for _, v := range records {
		id, _, _ := R(&v).ids()
		if *id <= 0 || c.has(*id) {
			return fmt.Errorf("bad or duplicate %s id %d", what, *id)
		}
		c.put(v)
	}
	c.next = max(c.next, next)
	return nil
}

// owned returns v as a record of clientID: a zero client id becomes
// clientID and a zero dealer id DemoDealerID.
func owned[T any, R record[T]](v T, clientID int64) T {
	_, client, dealer := R(&v).ids()
	if *client == 0 {
		*client = clientID
	}
	if *dealer == 0 {
		*dealer = DemoDealerID
	}
	return v
}

// objectType is one object type of the client, stored in a collection and
// served as the vendor's REST resource below /client/{cid}/<path>/: GET
// lists a page, POST creates (201), and /<path>/{id} answers GET, PUT
// (partial unless fullPut) and DELETE (204). An unknown id answers 404
// "Record not found" before the body is looked at; an invalid body or query
// answers 400 validation_error. The handlers run under the store lock
// (dispatch takes it); the inspection helpers take it themselves.
type objectType[T any, R record[T]] struct {
	s    *Server
	path string
	// of picks the collection out of a store (Restore replaces the store).
	of func(*store) *collection[T, R]
	// parse validates a body into the changes it makes; with required,
	// every field a new record needs must be given.
	parse func(o object, required bool) (func(*T), error)
	// fullPut makes PUT require what POST requires.
	fullPut bool
	// refuseDelete, when set, answers instead of deleting a record that is
	// still in use.
	refuseDelete func(id int64) (reply, bool)
}

func (t *objectType[T, R]) records() *collection[T, R] { return t.of(&t.s.st) }

func (t *objectType[T, R]) routes() []route {
	return []route{
		{[]string{"client", "{cid}", t.path}, map[string]handler{
			http.MethodGet: t.serveList, http.MethodPost: t.serveCreate}},
		{[]string{"client", "{cid}", t.path, "{id}"}, map[string]handler{
			http.MethodGet: t.serveGet, http.MethodPut: t.serveUpdate, http.MethodDelete: t.serveDelete}},
	}
}

func (t *objectType[T, R]) serveList(c *call) reply {
	page, err := pageOf(t.records().all(), c.query)
	if err != nil {
		return validationFailed(err)
	}
	return replyOf(http.StatusOK, page)
}

func (t *objectType[T, R]) serveCreate(c *call) reply {
	change, err := t.parse(c.body, true)
	if err != nil {
		return validationFailed(err)
	}
	var v T
	v = owned[T, R](v, t.s.st.client.ID)
	change(&v)
	return replyOf(http.StatusCreated, t.records().put(v))
}

func (t *objectType[T, R]) serveGet(c *call) reply {
	v, ok := t.records().get(c.id)
	if !ok {
		return recordNotFound()
	}
	return replyOf(http.StatusOK, v)
}

func (t *objectType[T, R]) serveUpdate(c *call) reply {
	v, ok := t.records().get(c.id)
	if !ok {
		return recordNotFound()
	}
	change, err := t.parse(c.body, t.fullPut)
	if err != nil {
		return validationFailed(err)
	}
	change(&v)
	return replyOf(http.StatusOK, t.records().put(v))
}

func (t *objectType[T, R]) serveDelete(c *call) reply {
	records := t.records()
	if !records.has(c.id) {
		return recordNotFound()
	}
	if t.refuseDelete != nil {
		if rp, refused := t.refuseDelete(c.id); refused {
			return rp
		}
	}
	records.remove(c.id)
	return reply{status: http.StatusNoContent}
}

// all is the inspection helper behind Intervals, DialRules, ...
func (t *objectType[T, R]) all() []T {
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	return t.records().all()
}

// one is the inspection helper behind Interval, DialRule, ...
func (t *objectType[T, R]) one(id int64) (T, bool) {
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	return t.records().get(id)
}

// put is the inspection helper behind PutInterval, PutDialRule, ...: no
// validation; ID 0 gets the next id, ClientID and DealerID 0 the seeded
// client's.
func (t *objectType[T, R]) put(v T) T {
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	return t.records().put(owned[T, R](v, t.s.st.client.ID))
}

// remove is the inspection helper behind DeleteInterval, DeleteDialRule, ...
func (t *objectType[T, R]) remove(id int64) bool {
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	return t.records().remove(id)
}

func recordNotFound() reply { return errReply(http.StatusNotFound, "Record not found", "") }

func validationFailed(err error) reply {
	return errReply(http.StatusBadRequest, err.Error(), "validation_error")
}
