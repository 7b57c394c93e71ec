package sandbox

import (
	"slices"
	"strconv"
)

// Message types of subaccounts/limit.
const (
	LimitECO   = "eco"   // SMS ECO+
	LimitFull  = "full"  // SMS FULL
	LimitVoice = "voice" // VOICE (VMS)
	LimitMMS   = "mms"   // MMS
	LimitHLR   = "hlr"   // HLR lookups
)

var limitTypes = []string{LimitECO, LimitFull, LimitVoice, LimitMMS, LimitHLR}

// LimitTypes returns the message types a limit may be set for.
func LimitTypes() []string { return slices.Clone(limitTypes) }

func validLimitType(t string) bool { return slices.Contains(limitTypes, t) }

// parseLimitValue reads value: a decimal integer. Negative values are only
// meaningful with WithAdditiveLimits.
func parseLimitValue(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// applyLimit returns the new limit of a type, or false when it would be
// negative.
func (s *Server) applyLimit(current, value int) (int, bool) {
	if s.additive {
		value += current
	}
	return value, value >= 0
}
