package api

import (
	"context"
	"strconv"
)

// PublicNumber is one entry of GET /public_numbers.json.
type PublicNumber struct {
	PublicNumber string `json:"public_number"`
	Type         string `json:"type"` // geographic, nomadic, mobile, sip_name, shared
}

// PublicNumbers lists the account's public numbers; SIP names and the shared
// routing numbers only when asked for.
func (c *Client) PublicNumbers(ctx context.Context, includeSIPNames, includeShared bool) ([]PublicNumber, error) {
	params := map[string]string{}
	if includeSIPNames {
		params["include_sip_names"] = strconv.FormatBool(true)
	}
	if includeShared {
		params["include_shared_numbers"] = strconv.FormatBool(true)
	}
	var out []PublicNumber
	if err := c.get(ctx, "/public_numbers.json", nil, params, &out); err != nil {
		return nil, err
	}
	return out, nil
}
