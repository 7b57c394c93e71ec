package api

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
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

// freshRinging is Ringing without the shared listing, for writes.
func (c *Client) freshRinging(ctx context.Context, number, target string) (Ringing, error) {
	rings, err := c.fetchRingings(ctx, number)
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
// there (so a create whose reply was lost is safe to run again).
func (c *Client) CreateRinging(ctx context.Context, number, target string) (Ringing, error) {
	defer c.lockNumber(phonenumber.Normalize(number))()

	if r, err := c.freshRinging(ctx, number, target); err == nil {
		return r, nil
	} else if !isMissingRinging(err) {
		return Ringing{}, err
	}
	var created Ringing
	found := func() (bool, error) {
		r, err := c.freshRinging(ctx, number, target)
		if isMissingRinging(err) {
			return false, nil
		}
		created = r
		return err == nil, err
	}
	err := transport.WriteOnce(ctx, c.settings(), func() error {
		return c.send(ctx, "POST", "/public_numbers/{number}/ringings.json", numberParam(number), map[string]string{
			"ringing_number": phonenumber.Normalize(target),
		})
	}, found)
	if err != nil {
		return Ringing{}, err
	}
	if created.RingingNumber == "" {
		ok, err := found()
		if err != nil {
			return Ringing{}, err
		}
		if !ok {
			return Ringing{}, fmt.Errorf("the Odorik API accepted the ringing %s on %s but it is not in the number's ringing list", target, number)
		}
	}
	return created, nil
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

// isMissingRinging: the target is absent but the number exists (a missing
// number is a real error when creating).
func isMissingRinging(err error) bool {
	var apiErr *Error
	return errors.Is(err, ErrNotFound) && !errors.As(err, &apiErr)
}
