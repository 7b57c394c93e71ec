package api

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

// Route is one routing rule of a public number. A parallel ringing is a route
// whose SourceNumber is "*".
type Route struct {
	ID            int64  `json:"id"`
	PublicNumber  string `json:"public_number"`
	SourceNumber  string `json:"source_number"`
	RingingNumber string `json:"ringing_number"`
}

// AnySource is the source_number of a rule that applies to every caller.
const AnySource = "*"

var numberParam = func(number string) map[string]string {
	return map[string]string{"number": phonenumber.Normalize(number)}
}

// Routes lists every rule of a public number, parallel ringings included.
// Reads of one number share a listing for a few seconds (readcache); a
// write through this client is always seen.
func (c *Client) Routes(ctx context.Context, number string) ([]Route, error) {
	routes, err := c.routeLists.Get(ctx, phonenumber.Normalize(number), func(ctx context.Context) ([]Route, error) {
		return c.fetchRoutes(ctx, number)
	})
	return slices.Clone(routes), err
}

// fetchRoutes lists the rules afresh, for writes that must see the latest.
func (c *Client) fetchRoutes(ctx context.Context, number string) ([]Route, error) {
	var out []Route
	if err := c.get(ctx, "/public_numbers/{number}/routes.json", numberParam(number), nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Route finds one rule by id; ErrNotFound when the rule or the number is gone.
func (c *Client) Route(ctx context.Context, number string, id int64) (Route, error) {
	routes, err := c.Routes(ctx, number)
	if err != nil {
		return Route{}, err
	}
	return findRoute(routes, number, id)
}

func findRoute(routes []Route, number string, id int64) (Route, error) {
	for _, r := range routes {
		if r.ID == id {
			return r, nil
		}
	}
	return Route{}, fmt.Errorf("route %d of %s: %w", id, number, ErrNotFound)
}

// CreateRoute adds a rule and returns it with its id.
//
// The API's POST adds a rule even when an identical one exists and its reply
// carries no id, so the id is found by listing and matching (source,
// ringing), preferring an id that was not there before. An identical rule that
// already exists is adopted instead of adding a duplicate (duplicates route
// nothing differently), which also makes a create whose reply was lost safe
// to run again. replace_by_source_number is never sent: it deletes other rules.
// Creates on one number share their listings (see createRule).
func (c *Client) CreateRoute(ctx context.Context, number, source, ringing string) (Route, error) {
	return c.createRule(ctx, number, source, ringing, func() ([]byte, error) {
		return c.sendRaw(ctx, "POST", "/public_numbers/{number}/routes.json", numberParam(number), map[string]string{
			"source_number":  phonenumber.Normalize(source),
			"ringing_number": phonenumber.Normalize(ringing),
		})
	})
}

// DeleteRoute removes a rule. A rule or number that is already gone is not an
// error: the goal, no such rule, holds.
func (c *Client) DeleteRoute(ctx context.Context, number string, id int64) error {
	defer c.writing()()
	params := numberParam(number)
	params["id"] = strconv.FormatInt(id, 10)
	err := c.send(ctx, "DELETE", "/public_numbers/{number}/routes/{id}.json", params, nil)
	if err == nil || errors.Is(err, ErrNotFound) {
		return nil
	}
	var apiErr *Error
	if errors.As(err, &apiErr) && apiErr.Code != "" {
		// The vendor does not document the reply for an unknown id; if the
		// rule is absent from the list, the delete has what it wanted.
		routes, lerr := c.fetchRoutes(ctx, number)
		if lerr == nil {
			_, lerr = findRoute(routes, number, id)
		}
		if errors.Is(lerr, ErrNotFound) {
			return nil
		}
	}
	return err
}

// matchRoute finds a rule with the same source and target, comparing numbers
// in their canonical spelling. With before given, an id absent from before
// wins; the newest such id if several.
func matchRoute(routes []Route, source, ringing string, before []Route) (Route, bool) {
	var candidates []Route
	for _, r := range routes {
		if phonenumber.Equal(r.SourceNumber, source) && phonenumber.Equal(r.RingingNumber, ringing) {
			candidates = append(candidates, r)
		}
	}
	if len(candidates) == 0 {
		return Route{}, false
	}
	slices.SortFunc(candidates, func(a, b Route) int { return cmp.Compare(b.ID, a.ID) })
	for _, r := range candidates {
		if !slices.ContainsFunc(before, func(o Route) bool { return o.ID == r.ID }) {
			return r, true
		}
	}
	if before != nil {
		// Only old identical rules: the new one has not appeared.
		return Route{}, false
	}
	return candidates[0], true
}
