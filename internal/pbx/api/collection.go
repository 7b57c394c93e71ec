package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/telecom-tf/terraform-provider-telecom/internal/readcache"
)

// spec describes one kind of Telphin object; a Collection does the rest.
type spec[T any] struct {
	// kind names the objects in create claims and locks; it must be unique
	// per spec, since ids are unique only within a kind.
	kind string
	// path is the collection below /api/ver1.0, e.g.
	// "/client/{client_id}/interval/": GET lists it, POST creates in it.
	// One object is at path + "{id}" (GET, PUT, DELETE), the API's pattern
	// for every collection of a client.
	path string
	id   func(T) int64
	// clientID is the numeric id of the client the object belongs to, as
	// the API answers it.
	clientID func(T) int64
	// name serializes creates: two creates of one kind and name never run
	// at once (see Create).
	name func(T) string
	// same tells whether got, as the API answered it, has the content of
	// sent. nil means sameSentFields; set it when the API answers a value
	// in another spelling than it was sent.
	same func(got, sent T) bool
	// itemPath is where one object is, when it is not path + "{id}": client
	// webhooks are listed at /phone_events/ and read at /phone_event/{id}.
	itemPath string
	// ownerParam is the path parameter naming the collection's owner:
	// "client_id" (the default) for a client's objects, "extension_id" for
	// an extension's (its incoming-call rules, its webhooks). The methods'
	// owner argument (named clientID for the common case) fills it.
	ownerParam string
}

func (s spec[T]) objectPath() string {
	if s.itemPath != "" {
		return s.itemPath
	}
	return s.path + "{id}"
}

// Collection is one kind of object of a Telphin client (intervals, dial rule
// lists, …), with the guarantees resources rely on:
//
//   - Shared reads: Get serves the reads of one PBX client from one listing,
//     shared for a few seconds (Config.ListReuse), so a refresh of N objects
//     costs one listing per page instead of N requests against the hourly
//     quota. Every write through the Client forgets the listing before and
//     after it, so the process never reads back an older version of its own
//     change.
//   - Create exactly once: a POST whose answer is lost is not repeated
//     blindly; the objects are listed and the one with the content sent is
//     taken (see Create).
//   - Update sends the whole object (PUT replaces it); Patch sends only the
//     top-level fields that changed, for endpoints whose PUT is partial.
//   - Delete of an object that is already gone is not an error; a missing
//     PBX client still is (IsClientNotFound).
//
// A Collection is safe for concurrent use; the Client holds one per kind.
type Collection[T any] struct {
	c     *Client
	spec  spec[T]
	lists *readcache.Cache[[]T]
}

// collectionOf returns the client's collection of spec's kind, made on first
// use. One per kind and client, because its reads share one listing.
func collectionOf[T any](c *Client, s spec[T]) *Collection[T] {
	col, ok := c.collections.Load(s.kind)
	if !ok {
		col, _ = c.collections.LoadOrStore(s.kind, &Collection[T]{c: c, spec: s, lists: readcache.New[[]T](c.cfg.ListReuse)})
	}
	typed, ok := col.(*Collection[T])
	if !ok {
		// A programming error that any test of either type shows.
		panic(fmt.Sprintf("pbx api: two object types declare the kind %q", s.kind))
	}
	return typed
}

// ID is the PBX's id of an object of the collection.
func (col *Collection[T]) ID(o T) int64 { return col.spec.id(o) }

// ClientIDOf is the numeric id of the client an object belongs to, as the
// API answered it; 0 when the answer did not say.
func (col *Collection[T]) ClientIDOf(o T) int64 { return col.spec.clientID(o) }

// List fetches every object of a client afresh, one request per page.
func (col *Collection[T]) List(ctx context.Context, clientID string) ([]T, error) {
	var all []T
	err := col.Walk(ctx, clientID, func(o T) bool {
		all = append(all, o)
		return true
	})
	if err != nil {
		return nil, err
	}
	return all, nil
}

// pageSize is what listings ask for. The API's default is smaller and its
// maximum is not documented; a short page ends the listing either way.
const pageSize = 100

// maxPages stops a listing that never ends (an API ignoring page).
const maxPages = 1000

// Walk lists a client's objects afresh and hands them to yield in the API's
// order, one page at a time. When yield returns false no further page is
// asked for: a `terraform query` with a limit costs only the pages it shows.
func (col *Collection[T]) Walk(ctx context.Context, clientID string, yield func(T) bool) error {
	return col.WalkWhere(ctx, clientID, nil, yield)
}

// Filter selects objects of a listing by the API's query parameters, e.g.
// {"type": "phone"}: the API filters, so only the selected objects are paged.
type Filter map[string]string

// WalkWhere is Walk over the objects filter selects.
func (col *Collection[T]) WalkWhere(ctx context.Context, clientID string, filter Filter, yield func(T) bool) error {
	for page := 1; page <= maxPages; page++ {
		query := map[string]string{"page": strconv.Itoa(page), "per_page": strconv.Itoa(pageSize)}
		for k, v := range filter {
			query[k] = v
		}
		var items []T
		err := col.c.do(ctx, call{
			method: http.MethodGet, path: col.spec.path, pathParams: col.spec.ownerParams(clientID),
			query: query, out: &items,
		})
		if err != nil {
			return err
		}
		for _, o := range items {
			if !yield(o) {
				return nil
			}
		}
		// A short page is the last one.
		if len(items) < pageSize {
			return nil
		}
	}
	return fmt.Errorf("listing %s did not end after %d pages", col.spec.path, maxPages)
}

// getByID reads one object from its own URL; ErrNotFound when it does not exist.
func (col *Collection[T]) getByID(ctx context.Context, clientID string, id int64) (T, error) {
	var out T
	err := col.c.do(ctx, call{method: http.MethodGet, path: col.spec.objectPath(), pathParams: col.spec.objectParams(clientID, id), out: &out})
	return out, err
}

// Update replaces the object with in, whole: fields in leaves at their zero
// value are sent as such (or omitted, per their JSON tags). The fields the
// API sets (id, client_id) are never sent, whatever in holds.
func (col *Collection[T]) Update(ctx context.Context, clientID string, id int64, in T) (T, error) {
	defer col.lists.Writing()()
	fields, err := jsonFields(in)
	if err != nil {
		var zero T
		return zero, err
	}
	return col.put(ctx, clientID, id, fields.without(serverFields...))
}

// Patch changes the object from before to after for endpoints whose PUT is
// partial: only the top-level JSON fields whose values differ are sent;
// arrays and nested objects are sent whole when anything in them changed. A
// field that before has and after omits (an omitempty field set back to its
// zero value) is sent as null, to clear it. When nothing differs nothing is
// sent, and before is returned as it is.
func (col *Collection[T]) Patch(ctx context.Context, clientID string, id int64, before, after T) (T, error) {
	changed, err := changedFields(before, after)
	if err != nil {
		var zero T
		return zero, err
	}
	if len(changed) == 0 {
		return before, nil
	}
	defer col.lists.Writing()()
	return col.put(ctx, clientID, id, changed)
}

func (col *Collection[T]) put(ctx context.Context, clientID string, id int64, body jsonObject) (T, error) {
	var out T
	err := col.c.do(ctx, call{method: http.MethodPut, path: col.spec.objectPath(), pathParams: col.spec.objectParams(clientID, id), body: body.encode(), out: &out})
	return out, err
}

// Delete deletes an object; one that is already gone is not an error.
func (col *Collection[T]) Delete(ctx context.Context, clientID string, id int64) error {
	defer col.lists.Writing()()
	return ignoreGone(col.c.do(ctx, call{method: http.MethodDelete, path: col.spec.objectPath(), pathParams: col.spec.objectParams(clientID, id)}))
}

// ignoreGone is the error of a delete: nil when the object is already gone,
// but not when the PBX client is.
func ignoreGone(err error) error {
	if errors.Is(err, ErrNotFound) && !IsClientNotFound(err) {
		return nil
	}
	return err
}

// sameAs returns the test Create uses to recognize the object it sent.
func (s spec[T]) sameAs(sent T) func(got T) bool {
	if s.same != nil {
		return func(got T) bool { return s.same(got, sent) }
	}
	return sameSentFields(sent)
}

// sameSentFields: got has every JSON field that sent has, with the same
// value; the fields the API sets (id, client_id) are not compared, nor are
// fields sent omits (an omitempty field at its zero value).
func sameSentFields[T any](sent T) func(got T) bool {
	want, err := jsonFields(sent)
	if err != nil {
		return func(T) bool { return false }
	}
	want = want.without(serverFields...)
	return func(got T) bool {
		have, err := jsonFields(got)
		if err != nil {
			return false
		}
		for _, f := range want {
			v, ok := have.value(f.name)
			if !ok || !bytes.Equal(v, f.value) {
				return false
			}
		}
		return true
	}
}

// changedFields: the top-level fields of after whose value differs from
// before's, then the fields before has and after omits, as null.
func changedFields[T any](before, after T) (jsonObject, error) {
	old, err := jsonFields(before)
	if err != nil {
		return nil, err
	}
	cur, err := jsonFields(after)
	if err != nil {
		return nil, err
	}
	old, cur = old.without(serverFields...), cur.without(serverFields...)
	var changed jsonObject
	for _, f := range cur {
		if v, ok := old.value(f.name); !ok || !bytes.Equal(v, f.value) {
			changed = append(changed, f)
		}
	}
	for _, f := range old {
		if _, ok := cur.value(f.name); !ok {
			changed = append(changed, jsonField{name: f.name, value: json.RawMessage("null")})
		}
	}
	return changed, nil
}

// serverFields are set by the API: never sent in an update, not compared.
var serverFields = []string{"id", "client_id"}

// jsonObject is the top-level fields of a JSON object, in their order, so
// that a body built from it is what json.Marshal would send.
type jsonObject []jsonField

type jsonField struct {
	name  string
	value json.RawMessage // compact, as json.Marshal wrote it
}

// jsonFields encodes v, a struct, and splits it into its top-level fields.
func jsonFields(v any) (jsonObject, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("%T does not encode as a JSON object", v)
	}
	var fields jsonObject
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		name, _ := tok.(string) // a key inside an object is always a string
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil, err
		}
		fields = append(fields, jsonField{name: name, value: value})
	}
	return fields, nil
}

func (o jsonObject) value(name string) (json.RawMessage, bool) {
	for _, f := range o {
		if f.name == name {
			return f.value, true
		}
	}
	return nil, false
}

func (o jsonObject) without(names ...string) jsonObject {
	var kept jsonObject
	for _, f := range o {
		if !slices.Contains(names, f.name) {
			kept = append(kept, f)
		}
	}
	return kept
}

// encode writes the object as compact JSON; as bytes, it is sent as is.
func (o jsonObject) encode() []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(f.name) // a string always encodes
		b.Write(name)
		b.WriteByte(':')
		b.Write(f.value)
	}
	b.WriteByte('}')
	return b.Bytes()
}

func clientParams(clientID string) map[string]string {
	return map[string]string{"client_id": clientID}
}

// ownerParams are the path parameters of the collection of owner.
func (s spec[T]) ownerParams(owner string) map[string]string {
	if s.ownerParam == "" {
		return clientParams(owner)
	}
	return map[string]string{s.ownerParam: owner}
}

// objectParams are the path parameters of object id of owner.
func (s spec[T]) objectParams(owner string, id int64) map[string]string {
	p := s.ownerParams(owner)
	p["id"] = strconv.FormatInt(id, 10)
	return p
}
