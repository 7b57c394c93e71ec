package sandbox

import (
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
)

// record is what a collection needs of a client object type (an interval,
// a dial rule list, ...): its id field and a deep copy. A type with a plain
// client id or dealer id field is also a clientRecord or dealerRecord.
type record[T any] interface {
	*T
	key() *int64
	clone() T
}

// clientRecord is a record with a client_id field.
type clientRecord interface{ clientKey() *int64 }

// dealerRecord is a record with a dealer_id field.
type dealerRecord interface{ dealerKey() *int64 }

// extensionRecord is a record that belongs to one extension (an incoming
// rule, an extension webhook): the records of a nested objectType.
type extensionRecord interface{ extensionKey() *int64 }

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

// len is the number of records.
func (c *collection[T, R]) len() int { return len(c.byID) }

// all returns copies of every record, ids ascending.
func (c *collection[T, R]) all() []T {
	out := make([]T, 0, len(c.byID))
	for _, id := range slices.Sorted(maps.Keys(c.byID)) {
		v := c.byID[id]
		out = append(out, R(&v).clone())
	}
	return out
}

// find returns a copy of the first record (ids ascending) that match
// accepts.
func (c *collection[T, R]) find(match func(*T) bool) (T, bool) {
	for _, v := range c.all() {
		if match(&v) {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// update changes every stored record in place with edit (no copy is made
// first: edit must not keep the pointer).
func (c *collection[T, R]) update(edit func(*T)) {
	for id, v := range c.byID {
		edit(&v)
		c.byID[id] = v
	}
}

// put stores v, giving it the next id when its id is 0, and returns a copy
// of the stored record.
func (c *collection[T, R]) put(v T) T {
	id := R(&v).key()
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
		id := R(&v).key()
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
	if r, ok := any(R(&v)).(clientRecord); ok && *r.clientKey() == 0 {
		*r.clientKey() = clientID
	}
	if r, ok := any(R(&v)).(dealerRecord); ok && *r.dealerKey() == 0 {
		*r.dealerKey() = DemoDealerID
	}
	return v
}

// Operations an objectType may leave out (a resource the vendor does not
// let clients create, change or delete).
type op uint8

const (
	opCreate op = 1 << iota
	opUpdate
	opDelete
)

// objectType is one object type of the client, stored in a collection and
// served as the vendor's REST resource below /client/{cid}/<path>/: GET
// lists a page (after the type's filters), POST creates (201), and
// /<path>/{id} answers GET, PUT (partial unless fullPut) and DELETE (204),
// less the operations in without (405). An unknown id answers 404 "Record
// not found" before the body is looked at; an invalid body or query
// answers 400 validation_error. The handlers run under the store lock
// (dispatch takes it); the inspection helpers take it themselves.
type objectType[T any, R record[T]] struct {
	s *Server
	// path is the list's path below /client/{cid}/ ("extension",
	// "user/client"), or below /extension/{eid}/ when nested; onePath,
	// when set, that of one record (the vendor's phone_events/ and
	// phone_event/{id}).
	path, onePath string
	// nested serves the records of one extension (an extensionRecord) at
	// /extension/{eid}/<path>/ and /client/{cid}/extension/{eid}/<path>/:
	// the list, a GET by id and the delete-all see only the extension's
	// records (another's id is 404), and a POST gives the new record the
	// extension. The extension must exist (dispatch checks it).
	nested bool
	// of picks the collection out of a store (Restore replaces the store).
	of func(*store) *collection[T, R]
	// parse validates a body and writes the changes it makes into v (a
	// copy: it is dropped when parse fails); with required, every field a
	// new record needs must be given. v.ID is 0 for a POST. An error that
	// is a *refusal answers its own reply, any other 400
	// validation_error.
	parse func(o object, v *T, required bool) error
	// fullPut makes PUT require what POST requires.
	fullPut bool
	// without lists the operations the type does not serve.
	without op
	// filters are the list's documented query filters.
	filters []filter[T]
	// scope, when set, picks the records of the collection this resource
	// serves (users of one kind, ...): the others are not listed, answer
	// 404 and do not count against the limit.
	scope func(*T) bool
	// view, when set, is the JSON answer for a record (nil: the record).
	view func(*T) any
	// deleteAll makes DELETE on the list path delete every record of the
	// resource (204).
	deleteAll bool
	// fill, when set, sets the fields the API derives or fills in itself
	// (when still zero) before a record is stored: by POST, PUT and the
	// Put helper.
	fill func(*T)
	// limit, when set, is the client's quota of records of this type
	// (0: none), named limitName in /limit/: a POST when it is reached
	// answers 400 limit_exceeded. counted, when set, is the number of
	// records the limit counts for the call (default: the resource's
	// records), with a word on what they are for the message ("the
	// client", "extension 345*100").
	limit     func(Limits) int64
	limitName string
	counted   func(c *call) (n int, whose string)
	// order, when set, compares two records for the list (default: ids
	// ascending).
	order func(a, b *T) int
	// onDelete, when set, runs before a record (c.id) is deleted: it may
	// refuse (answer instead, e.g. 409 while the record is in use or 400
	// for a bad query) or clear references to the record.
	onDelete func(c *call) (reply, bool)
}

func (t *objectType[T, R]) records() *collection[T, R] { return t.of(&t.s.st) }

func (t *objectType[T, R]) routes() []route {
	list := map[string]handler{http.MethodGet: t.serveList}
	one := map[string]handler{http.MethodGet: t.serveGet}
	if t.without&opCreate == 0 {
		list[http.MethodPost] = t.serveCreate
	}
	if t.without&opUpdate == 0 {
		one[http.MethodPut] = t.serveUpdate
	}
	if t.without&opDelete == 0 {
		one[http.MethodDelete] = t.serveDelete
	}
	if t.deleteAll {
		list[http.MethodDelete] = t.serveDeleteAll
	}
	onePath := t.onePath
	if onePath == "" {
		onePath = t.path
	}
	if !t.nested {
		below := func(path string, more ...string) []string {
			return slices.Concat([]string{"client", "{cid}"}, strings.Split(path, "/"), more)
		}
		return []route{
			{below(t.path), list},
			{below(onePath, "{id}"), one},
		}
	}
	var out []route
	for _, parent := range extensionParents {
		below := func(path string, more ...string) []string {
			return slices.Concat(parent, strings.Split(path, "/"), more)
		}
		out = append(out, route{below(t.path), list}, route{below(onePath, "{id}"), one})
	}
	return out
}

// extensionParents are the two spellings of an extension's sub-resource
// paths: the documented /extension/{eid}/… and the client-scoped
// /client/{cid}/extension/{eid}/….
var extensionParents = [][]string{
	{"extension", "{eid}"},
	{"client", "{cid}", "extension", "{eid}"},
}

// extensionRoutes returns the routes of path (below an extension) in both
// spellings, with methods.
func extensionRoutes(path string, methods map[string]handler) []route {
	out := make([]route, 0, len(extensionParents))
	for _, parent := range extensionParents {
		out = append(out, route{slices.Concat(parent, strings.Split(path, "/")), methods})
	}
	return out
}

// inScope reports whether v is one of the resource's records.
func (t *objectType[T, R]) inScope(v *T) bool { return t.scope == nil || t.scope(v) }

// visible reports whether v is one of the records the call sees: in
// scope and, when nested, of the call's extension.
func (t *objectType[T, R]) visible(c *call, v *T) bool {
	return t.inScope(v) && (!t.nested || sameID(extensionOf[T, R](v), c.ext))
}

// extensionOf is the extension id field of a nested record (a record
// type that is not an extensionRecord has none: nil).
func extensionOf[T any, R record[T]](v *T) *int64 {
	if r, ok := any(R(v)).(extensionRecord); ok {
		return r.extensionKey()
	}
	return nil
}

// served returns record c.id when the resource serves it to the call.
func (t *objectType[T, R]) served(c *call) (T, bool) {
	v, ok := t.records().get(c.id)
	if !ok || !t.visible(c, &v) {
		var zero T
		return zero, false
	}
	return v, true
}

// answer is the JSON answer for v.
func (t *objectType[T, R]) answer(v T) any {
	if t.view == nil {
		return v
	}
	return t.view(&v)
}

func (t *objectType[T, R]) serveList(c *call) reply {
	items := slices.DeleteFunc(t.records().all(), func(v T) bool { return !t.visible(c, &v) })
	if t.order != nil {
		slices.SortStableFunc(items, func(a, b T) int { return t.order(&a, &b) })
	}
	for _, f := range t.filters {
		keep, err := f(c.query)
		if err != nil {
			return validationFailed(err)
		}
		if keep != nil {
			items = slices.DeleteFunc(items, func(v T) bool { return !keep(&v) })
		}
	}
	page, err := pageOf(items, c.query)
	if err != nil {
		return validationFailed(err)
	}
	if t.view == nil {
		return replyOf(http.StatusOK, page)
	}
	out := make([]any, 0, len(page))
	for _, v := range page {
		out = append(out, t.answer(v))
	}
	return replyOf(http.StatusOK, out)
}

func (t *objectType[T, R]) serveCreate(c *call) reply {
	var v T
	v = owned[T, R](v, t.s.st.client.ID)
	if ext := extensionOf[T, R](&v); t.nested && ext != nil {
		*ext = c.ext
	}
	if err := t.parse(c.body, &v, true); err != nil {
		return failed(err)
	}
	if t.limit != nil {
		n, whose := t.count(), "the client"
		if t.counted != nil {
			n, whose = t.counted(c)
		}
		if limit := t.limit(t.s.st.limits); limit > 0 && int64(n) >= limit {
			return errReply(http.StatusBadRequest,
				fmt.Sprintf("%s reached: %s already has %d of %d", t.limitName, whose, n, limit), "limit_exceeded")
		}
	}
	return replyOf(http.StatusCreated, t.answer(t.store(v)))
}

// count is the number of the resource's records.
func (t *objectType[T, R]) count() int {
	if t.scope == nil {
		return t.records().len()
	}
	n := 0
	for _, v := range t.records().all() {
		if t.scope(&v) {
			n++
		}
	}
	return n
}

func (t *objectType[T, R]) serveGet(c *call) reply {
	v, ok := t.served(c)
	if !ok {
		return recordNotFound()
	}
	return replyOf(http.StatusOK, t.answer(v))
}

func (t *objectType[T, R]) serveUpdate(c *call) reply {
	v, ok := t.served(c)
	if !ok {
		return recordNotFound()
	}
	if err := t.parse(c.body, &v, t.fullPut); err != nil {
		return failed(err)
	}
	return replyOf(http.StatusOK, t.answer(t.store(v)))
}

func (t *objectType[T, R]) serveDelete(c *call) reply {
	if _, ok := t.served(c); !ok {
		return recordNotFound()
	}
	if t.onDelete != nil {
		if rp, refused := t.onDelete(c); refused {
			return rp
		}
	}
	t.records().remove(c.id)
	return reply{status: http.StatusNoContent}
}

// serveDeleteAll deletes every record of the resource (of the call's
// extension, when nested).
func (t *objectType[T, R]) serveDeleteAll(c *call) reply {
	records := t.records()
	for _, v := range records.all() {
		if t.visible(c, &v) {
			records.remove(*R(&v).key())
		}
	}
	return reply{status: http.StatusNoContent}
}

// store fills in v and stores it.
func (t *objectType[T, R]) store(v T) T {
	if t.fill != nil {
		t.fill(&v)
	}
	return t.records().put(v)
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
// client's; fields the API fills in itself are filled in when zero.
func (t *objectType[T, R]) put(v T) T {
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	return t.store(owned[T, R](v, t.s.st.client.ID))
}

// remove is the inspection helper behind DeleteInterval, DeleteDialRule,
// ...: no checks and no clean-up of references (they dangle, as after
// drift).
func (t *objectType[T, R]) remove(id int64) bool {
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	return t.records().remove(id)
}

// refusal is a parse error that answers its own reply (a 409, ...)
// instead of 400 validation_error.
type refusal struct{ rp reply }

func (r *refusal) Error() string {
	if e, ok := r.rp.body.(apiError); ok {
		return e.Message
	}
	return http.StatusText(r.rp.status)
}

// failed answers a parse error.
func failed(err error) reply {
	if r, ok := errors.AsType[*refusal](err); ok {
		return r.rp
	}
	return validationFailed(err)
}

func recordNotFound() reply { return errReply(http.StatusNotFound, "Record not found", "") }

func validationFailed(err error) reply {
	return errReply(http.StatusBadRequest, err.Error(), "validation_error")
}

// inUse is the 409 of a DELETE refused while something refers to the
// record.
func inUse(format string, args ...any) reply {
	return errReply(http.StatusConflict, fmt.Sprintf(format, args...), "in_use")
}
