package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/telecom-tf/terraform-provider-telecom/internal/phonenumber"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// SpeedDial is one account-wide speed dial (GET speed_dials.json). The
// shortcut is its id: the <shortcut> of its path.
type SpeedDial struct {
	Shortcut int64  `json:"shortcut"`
	Number   string `json:"number"`
	Name     string `json:"name"`
}

// UnmarshalJSON accepts the shortcut as a JSON number (the vendor's
// example) or as a string of digits.
func (s *SpeedDial) UnmarshalJSON(b []byte) error {
	var wire struct {
		Shortcut json.RawMessage `json:"shortcut"`
		Number   string          `json:"number"`
		Name     *string         `json:"name"`
	}
	if err := json.Unmarshal(b, &wire); err != nil {
		return err
	}
	shortcut, err := flexInt(wire.Shortcut)
	if err != nil {
		return fmt.Errorf("shortcut: %w", err)
	}
	*s = SpeedDial{Shortcut: shortcut, Number: wire.Number}
	if wire.Name != nil {
		s.Name = *wire.Name
	}
	return nil
}

// flexInt reads a JSON number or a string of digits; absent or null is 0.
func flexInt(raw json.RawMessage) (int64, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return 0, nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		raw = []byte(strings.TrimSpace(s))
	}
	n, err := strconv.ParseInt(string(raw), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s is not a whole number", raw)
	}
	return n, nil
}

// SpeedDialChange is what an update changes; nil fields are not sent, as
// the API changes only the parameters present.
type SpeedDialChange struct {
	Number   *string
	Name     *string // "" clears the name
	Shortcut *int64  // moves the speed dial to another shortcut
}

func (ch SpeedDialChange) empty() bool {
	return ch.Number == nil && ch.Name == nil && ch.Shortcut == nil
}

// speedDialNotes replaces the general explanation of the codes that mean
// something narrower on speed-dial calls.
var speedDialNotes = map[string]string{
	"unauthorized": "speed dials need the account-wide login: set odorik.user (ODORIK_USER) to the account id and " +
		"odorik.password (ODORIK_PASSWORD) to the account's API password (account settings, \"API heslo\"), " +
		"not a line number with that line's SIP password",
}

// speedDialErr gives the vendor's error the speed-dial meaning of its code.
func speedDialErr(err error) error {
	var apiErr *Error
	if errors.As(err, &apiErr) {
		if note, ok := speedDialNotes[apiErr.Code]; ok && apiErr.Explanation == "" {
			apiErr.Explanation = note
		}
	}
	return err
}

// lockSpeedDials serializes the speed-dial writes of this client and marks
// them for the shared listing.
func (c *Client) lockSpeedDials() func() {
	c.speedDialMu.Lock()
	done := c.speedDialLists.Writing()
	return func() {
		done()
		c.speedDialMu.Unlock()
	}
}

// SpeedDials lists the account's speed dials. Reads share a listing for a
// few seconds (readcache); a write through this client is always seen.
// They need the account's API password.
func (c *Client) SpeedDials(ctx context.Context) ([]SpeedDial, error) {
	all, err := c.speedDialLists.Get(ctx, "", c.fetchSpeedDials)
	return slices.Clone(all), err
}

// fetchSpeedDials lists afresh, for writes that must see the latest.
func (c *Client) fetchSpeedDials(ctx context.Context) ([]SpeedDial, error) {
	var out []SpeedDial
	if err := c.get(ctx, "/speed_dials.json", nil, nil, &out); err != nil {
		return nil, speedDialErr(err)
	}
	return out, nil
}

// SpeedDial finds the speed dial with this shortcut in the listing;
// ErrNotFound when there is none. The listing, not GET
// speed_dials/<shortcut>.json, because the vendor does not say how that
// call answers a shortcut nobody has (the emulator answers
// invalid_shortcut, a code that also means a malformed shortcut), and one
// listing serves every speed dial of a refresh.
func (c *Client) SpeedDial(ctx context.Context, shortcut int64) (SpeedDial, error) {
	all, err := c.SpeedDials(ctx)
	if err != nil {
		return SpeedDial{}, err
	}
	return findSpeedDial(all, shortcut)
}

func findSpeedDial(all []SpeedDial, shortcut int64) (SpeedDial, error) {
	for _, sd := range all {
		if sd.Shortcut == shortcut {
			return sd, nil
		}
	}
	return SpeedDial{}, fmt.Errorf("speed dial %d: %w", shortcut, ErrNotFound)
}

// sameSpeedDial: b dials what a asks for, numbers compared canonically.
func sameSpeedDial(a, b SpeedDial) bool {
	return phonenumber.Equal(a.Number, b.Number) && a.Name == b.Name
}

// CreateSpeedDial adds a speed dial; want.Shortcut 0 lets the API assign
// the lowest free shortcut. It returns the speed dial with its shortcut.
//
// POST is not repeated blindly (transport.WriteOnce): when an attempt may
// have taken effect unseen, the listing is compared with the one taken
// before the POST, and a new speed dial dialling the same number with the
// same name is the one created. A speed dial identical to want at
// want.Shortcut is adopted without a POST (the POST could only answer
// shortcut_already_used), which also makes a create whose answer was lost
// safe to run again.
func (c *Client) CreateSpeedDial(ctx context.Context, want SpeedDial) (SpeedDial, error) {
	defer c.lockSpeedDials()()

	before, err := c.fetchSpeedDials(ctx)
	if err != nil {
		return SpeedDial{}, err
	}
	if want.Shortcut != 0 {
		if sd, err := findSpeedDial(before, want.Shortcut); err == nil && sameSpeedDial(want, sd) {
			return sd, nil
		}
	}
	var created SpeedDial
	found := func() (bool, error) {
		after, err := c.fetchSpeedDials(ctx)
		if err != nil {
			return false, err
		}
		var ok bool
		created, ok = newSpeedDial(after, before, want)
		return ok, nil
	}
	params := map[string]string{"number": phonenumber.Normalize(want.Number), "name": want.Name}
	if want.Shortcut != 0 {
		params["shortcut"] = strconv.FormatInt(want.Shortcut, 10)
	}
	var answer []byte
	err = transport.WriteOnce(ctx, c.settings(), func() error {
		var err error
		answer, err = c.sendRaw(ctx, "POST", "/speed_dials.json", nil, params)
		return err
	}, found)
	if err != nil {
		return SpeedDial{}, speedDialErr(err)
	}
	if created.Shortcut != 0 {
		return created, nil // the check found it
	}
	if sd, ok := answered(answer, want); ok && (want.Shortcut == 0 || sd.Shortcut == want.Shortcut) {
		return sd, nil
	}
	// The answer did not say (the vendor documents no body): list.
	ok, err := found()
	if err != nil {
		return SpeedDial{}, speedDialErr(err)
	}
	if !ok {
		return SpeedDial{}, fmt.Errorf("the Odorik API accepted the speed dial to %s but it is not in the account's speed-dial list", want.Number)
	}
	return created, nil
}

// answered reads the speed dial from a write's answer, when the answer is
// one and dials what want asks for.
func answered(body []byte, want SpeedDial) (SpeedDial, bool) {
	var sd SpeedDial
	if json.Unmarshal(body, &sd) != nil || sd.Shortcut <= 0 || !sameSpeedDial(want, sd) {
		return SpeedDial{}, false
	}
	return sd, true
}

// newSpeedDial finds, in after, the speed dial a POST of want made: at
// want.Shortcut when given, else at a shortcut before did not use (the
// lowest, as the API assigns the lowest free one).
func newSpeedDial(after, before []SpeedDial, want SpeedDial) (SpeedDial, bool) {
	if want.Shortcut != 0 {
		sd, err := findSpeedDial(after, want.Shortcut)
		return sd, err == nil && sameSpeedDial(want, sd)
	}
	var best SpeedDial
	for _, sd := range after {
		if _, err := findSpeedDial(before, sd.Shortcut); err == nil || !sameSpeedDial(want, sd) {
			continue
		}
		if best.Shortcut == 0 || sd.Shortcut < best.Shortcut {
			best = sd
		}
	}
	return best, best.Shortcut != 0
}

// UpdateSpeedDial changes the speed dial at shortcut in place (PUT) and
// returns it as it is now, at its new shortcut if ch moves it.
//
// A PUT that moves the speed dial is not idempotent: repeated after its
// answer was lost, it names a shortcut that is no longer there. So when a
// moving PUT fails, the listing decides: the speed dial at the new shortcut
// as wanted and none left at the old one means the move happened.
func (c *Client) UpdateSpeedDial(ctx context.Context, shortcut int64, ch SpeedDialChange) (SpeedDial, error) {
	defer c.lockSpeedDials()()

	if ch.empty() {
		all, err := c.fetchSpeedDials(ctx)
		if err != nil {
			return SpeedDial{}, err
		}
		return findSpeedDial(all, shortcut)
	}
	params := map[string]string{}
	if ch.Number != nil {
		params["number"] = phonenumber.Normalize(*ch.Number)
	}
	if ch.Name != nil {
		params["name"] = *ch.Name
	}
	target := shortcut
	if ch.Shortcut != nil && *ch.Shortcut != shortcut {
		target = *ch.Shortcut
		params["shortcut"] = strconv.FormatInt(target, 10)
	}
	path := map[string]string{"shortcut": strconv.FormatInt(shortcut, 10)}
	answer, err := c.sendRaw(ctx, "PUT", "/speed_dials/{shortcut}.json", path, params)
	if err != nil {
		if target == shortcut || !c.moved(ctx, shortcut, target, ch) {
			return SpeedDial{}, speedDialErr(err)
		}
		answer = nil
	}
	var sd SpeedDial
	if json.Unmarshal(answer, &sd) == nil && sd.Shortcut == target && matches(sd, ch) {
		return sd, nil
	}
	all, err := c.fetchSpeedDials(ctx)
	if err != nil {
		return SpeedDial{}, err
	}
	sd, err = findSpeedDial(all, target)
	if err != nil {
		return SpeedDial{}, fmt.Errorf("the Odorik API accepted the change of speed dial %d but there is no speed dial %d in the account's speed-dial list", shortcut, target)
	}
	return sd, nil
}

// moved reports whether the listing shows the move from one shortcut to
// another done as ch asks.
func (c *Client) moved(ctx context.Context, from, to int64, ch SpeedDialChange) bool {
	all, err := c.fetchSpeedDials(ctx)
	if err != nil {
		return false
	}
	if _, err := findSpeedDial(all, from); err == nil {
		return false
	}
	sd, err := findSpeedDial(all, to)
	return err == nil && matches(sd, ch)
}

// matches: sd has the number and name ch sets.
func matches(sd SpeedDial, ch SpeedDialChange) bool {
	return (ch.Number == nil || phonenumber.Equal(sd.Number, *ch.Number)) && (ch.Name == nil || sd.Name == *ch.Name)
}

// DeleteSpeedDial removes the speed dial at shortcut. One already gone is
// not an error: when the API refuses the delete, the listing decides.
func (c *Client) DeleteSpeedDial(ctx context.Context, shortcut int64) error {
	defer c.lockSpeedDials()()
	err := c.send(ctx, "DELETE", "/speed_dials/{shortcut}.json", map[string]string{"shortcut": strconv.FormatInt(shortcut, 10)}, nil)
	if err == nil || errors.Is(err, ErrNotFound) {
		return nil
	}
	var apiErr *Error
	if errors.As(err, &apiErr) && apiErr.Code != "" {
		// The vendor does not document how a shortcut nobody has is
		// answered (the emulator says invalid_shortcut).
		all, lerr := c.fetchSpeedDials(ctx)
		if lerr == nil {
			_, lerr = findSpeedDial(all, shortcut)
		}
		if errors.Is(lerr, ErrNotFound) {
			return nil
		}
	}
	return speedDialErr(err)
}
