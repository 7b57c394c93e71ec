package providerdata

import (
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// Settings resolves the attributes of one vendor block: the attribute value
// wins, then its environment variable, then the default.
type Settings struct {
	block   string
	diags   diag.Diagnostics
	unknown map[string]bool // attributes already reported as unknown
}

// NewSettings starts resolving the block named block (e.g. "odorik").
func NewSettings(block string) *Settings {
	return &Settings{block: block, unknown: map[string]bool{}}
}

// String resolves one attribute.
func (s *Settings) String(attr string, v types.String, env, def string) string {
	if v.IsUnknown() {
		s.unknown[attr] = true
		s.diags.AddAttributeError(s.path(attr), "Unknown provider setting",
			fmt.Sprintf("%s.%s depends on a value that is not known until apply. Provider settings must be known at plan time: use a literal, a variable or the %s environment variable.", s.block, attr, env))
		return ""
	}
	if !v.IsNull() && v.ValueString() != "" {
		return v.ValueString()
	}
	if e := os.Getenv(env); e != "" {
		return e
	}
	return def
}

// BaseURL resolves a base_url attribute and applies the HTTPS-or-loopback rule.
func (s *Settings) BaseURL(attr string, v types.String, env, def string) string {
	u := s.String(attr, v, env, def)
	if s.unknown[attr] {
		return u
	}
	if err := transport.CheckBaseURL(u); err != nil {
		s.diags.AddAttributeError(s.path(attr), "Invalid base URL",
			fmt.Sprintf("%s.%s (or %s): %s", s.block, attr, env, err))
	}
	return u
}

// Require reports a missing attribute, naming both ways to set it.
func (s *Settings) Require(attr, value, env string) {
	if value == "" && !s.unknown[attr] {
		s.diags.AddAttributeError(s.path(attr), "Missing provider setting",
			fmt.Sprintf("%s.%s is required when the %s block or any of its environment variables is set. Set %s.%s in the provider block or the %s environment variable.",
				s.block, attr, s.block, s.block, attr, env))
	}
}

// Warn adds a warning on an attribute.
func (s *Settings) Warn(attr, summary, detail string) {
	s.diags.AddAttributeWarning(s.path(attr), summary, detail)
}

// Diagnostics returns what resolving found.
func (s *Settings) Diagnostics() diag.Diagnostics { return s.diags }

// Resolve is a vendor's Configure: in is its block (nil when not written),
// and resolve reads it through s into the client's settings, or returns nil
// when the vendor is not configured (see Unconfigured). The settings are
// nil whenever something was wrong.
func Resolve[M, Cfg any](block string, in *M, resolve func(in M, s *Settings) *Cfg) (*Cfg, diag.Diagnostics) {
	var m M
	if in != nil {
		m = *in
	}
	s := NewSettings(block)
	cfg := resolve(m, s)
	if cfg == nil || s.diags.HasError() {
		return nil, s.diags
	}
	return cfg, s.diags
}

// Unconfigured reports that none of the credentials is set anywhere and
// nothing read so far was wrong: the vendor is then "not configured" rather
// than misconfigured, and only its resources complain. A wrong base_url
// written down is reported even so.
func (s *Settings) Unconfigured(credentials ...string) bool {
	return !AnySet(credentials...) && !s.diags.HasError()
}

// AnySet reports whether any of the values is non-empty.
func AnySet(values ...string) bool {
	for _, v := range values {
		if v != "" {
			return true
		}
	}
	return false
}

func (s *Settings) path(attr string) path.Path { return path.Root(s.block).AtName(attr) }

// OneOf reports a value outside the allowed set. The schema validates what is
// written in HCL; this catches the same mistake made in an environment variable.
func (s *Settings) OneOf(attr, value, env string, allowed ...string) {
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	s.diags.AddAttributeError(s.path(attr), "Invalid provider setting",
		fmt.Sprintf("%s.%s (or %s) is %q; it must be one of %q.", s.block, attr, env, value, allowed))
}
