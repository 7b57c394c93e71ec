package api_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/api"
)

// transfer_dst's JSON shape is not documented: every plausible one reads.
func TestNumberList_UnmarshalJSON(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{in: `["79001234567","100"]`, want: []string{"79001234567", "100"}},
		{in: `[79001234567, 100]`, want: []string{"79001234567", "100"}},
		{in: `["100", 101]`, want: []string{"100", "101"}},
		{in: `"79001234567, 100"`, want: []string{"79001234567", "100"}},
		{in: `""`, want: nil},
		{in: `null`, want: nil},
		{in: `[]`, want: []string{}},
		{in: `[1.5]`, wantErr: true},
		{in: `[{"number":"100"}]`, wantErr: true},
		{in: `{"number":"100"}`, wantErr: true},
	} {
		var rule api.IncomingRule
		err := json.Unmarshal([]byte(`{"type":"transfer","transfer_dst":`+c.in+`}`), &rule)
		if (err != nil) != c.wantErr {
			t.Errorf("%s: error %v, want error %v", c.in, err, c.wantErr)
			continue
		}
		if !c.wantErr && !slices.Equal(rule.TransferDst, c.want) {
			t.Errorf("%s: read %q, want %q", c.in, rule.TransferDst, c.want)
		}
	}
	out, err := json.Marshal(api.IncomingRule{Type: "transfer", TransferDst: api.NumberList{"100"}})
	if err != nil || string(out) != `{"type":"transfer","transfer_dst":["100"]}` {
		t.Errorf("sent %s (%v), want transfer_dst as an array of strings", out, err)
	}
}

func TestCanonicalRuleType(t *testing.T) {
	if got := api.CanonicalRuleType("group_call"); got != "simple_transfer" {
		t.Errorf("group_call reads as %q", got)
	}
	if got := api.CanonicalRuleType("busy"); got != "busy" {
		t.Errorf("busy reads as %q", got)
	}
}
