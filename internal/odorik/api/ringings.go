package api

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
)

// Ringing is one parallel-ringing target of a public number. It has no id of
// its own: the pair (public number, target) is its identity.
type Ringing struct {
	PublicNumber  string `json:"public_number"`
	RingingNumber string `json:"ringing_number"`
}

// Ringings lists the targets that ring in parallel when the number is
// called. Reads of one number share a listing for a few seconds
// (readcache); a write through this client is always seen.
func (c *Client) Ringings(ctx context.Context, number string) ([]Ringing, error) {
	rings, err := c.ringingLists.Get(ctx, phonenumber.Normalize(number), func(ctx context.Context) ([]Ringing, error) {
		return c.fetchRingings(ctx, number)
	})
	return slices.Clone(rings), err
}

// fetchRingings lists the targets afresh, for writes that must see the latest.
func (c *Client) fetchRingings(ctx context.Context, number string) ([]Ringing, error) {
	var out []Ringing
	if err := c.get(ctx, "/public_numbers/{number}/ringings.json", numberParam(number), nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Ringing finds one target; ErrNotFound when it or the number is gone.
func (c *Client) Ringing(ctx context.Context, number, target string) (Ringing, error) {
	rings, err := c.Ringings(ctx, number)
	if err != nil {
		return Ringing{}, err
	}
	return findRinging(rings, number, target)
}

func findRinging(rings []Ringing, number, target string) (Ringing, error) {
	for _, r := range rings {
		if phonenumber.Equal(r.RingingNumber, target) {
			return r, nil
		}
	}
	return Ringing{}, fmt.Errorf("ringing %s of %s: %w", target, number, ErrNotFound)
}

// CreateRinging adds a parallel-ringing target, adopting it when it is already
// there (so a create whose reply was lost is safe to run again). A ringing
// is the rule "*" -> target, so it is created like a route (createRule).
func (c *Client) CreateRinging(ctx context.Context, number, target string) (Ringing, error) {
	r, err := c.createRule(ctx, number, AnySource, target, func() ([]byte, error) {
		return c.sendRaw(ctx, "POST", "/public_numbers/{number}/ringings.json", numberParam(number), map[string]string{
			"ringing_number": phonenumber.Normalize(target),
		})
	})
	if err != nil {
		return Ringing{}, err
	}
	return Ringing{PublicNumber: r.PublicNumber, RingingNumber: r.RingingNumber}, nil
}

// DeleteRinging removes a target; a target or number already gone is success.
func (c *Client) DeleteRinging(ctx context.Context, number, target string) error {
	defer c.writing()()
	params := numberParam(number)
	params["target"] = phonenumber.Normalize(target)
	err := c.send(ctx, "DELETE", "/public_numbers/{number}/ringings/{target}.json", params, nil)
	if err == nil || errors.Is(err, ErrNotFound) {
		return nil
	}
	return err
}
