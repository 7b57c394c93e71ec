package sandbox

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// numberPattern is the accepted form of a number: the 9-digit national
// number.
var numberPattern = regexp.MustCompile(`^[0-9]{9}$`)

var clirValues = []string{CLIRPermanent, CLIRTemporaryAllowed, CLIRTemporaryRestricted}

// voipFields is a validated POST/PUT /v1/voip body; nil = not given.
type voipFields struct {
	number       string
	customerID   *int64
	profileID    *int64
	tariffPlanID *int64
	clir         *string
	limit        *float64
	password     *string
}

// readVoip validates the VoIP number body in schema order: number,
// customerId, profileId, tariffPlanId (the last three required on
// create), clir, antifraud.internationalLimit, provisioningAttributes.password.
func readVoip(ck *checker, create bool) (voipFields, reply, bool) {
	var f voipFields
	f.number, _ = ck.str("number", true)
	if ck.ok() && !numberPattern.MatchString(f.number) {
		ck.fail("number", fmt.Sprintf("%s with value %q fails to match the required pattern: /%s/",
			ck.label("number"), f.number, numberPattern))
	}
	f.customerID = optInt(ck, "customerId", create)
	f.profileID = optInt(ck, "profileId", create)
	f.tariffPlanID = optInt(ck, "tariffPlanId", create)
	if v, ok := ck.str("clir", false); ok {
		if !slices.Contains(clirValues, v) {
			ck.fail("clir", fmt.Sprintf("%s must be one of [%s]", ck.label("clir"), strings.Join(clirValues, ", ")))
		}
		f.clir = &v
	}
	if af := ck.object("antifraud"); af != nil {
		if v, ok := af.number("internationalLimit", false); ok {
			if v < 0 {
				af.fail("internationalLimit", af.label("internationalLimit")+" must be greater than or equal to 0")
			}
			f.limit = &v
		}
		af.end()
	}
	if pa := ck.object("provisioningAttributes"); pa != nil {
		if v, ok := pa.str("password", false); ok {
			f.password = &v
		}
		pa.end()
	}
	rp, bad := ck.result()
	return f, rp, bad
}

func optInt(ck *checker, key string, required bool) *int64 {
	v, ok := ck.integer(key, required)
	if !ok {
		return nil
	}
	return &v
}

// checkRefs checks the ids a body refers to against the known customers,
// tariff plans (legacy codes 1001 and 1005) and profiles. The caller holds
// s.mu.
func (s *Server) checkRefs(f voipFields) (reply, bool) {
	switch {
	case f.customerID != nil && !s.cfg.customers[*f.customerID]:
		return badRequest(fmt.Sprintf("1001: wrong customer id %d", *f.customerID)), false
	case f.tariffPlanID != nil && !s.cfg.tariffPlans[*f.tariffPlanID]:
		return badRequest(fmt.Sprintf("1005: wrong tariff plan id %d", *f.tariffPlanID)), false
	case f.profileID != nil && !s.hasProfile(*f.profileID):
		return badRequest(fmt.Sprintf("Unknown VoIP profile id %d", *f.profileID)), false
	}
	return reply{}, true
}

func (s *Server) hasProfile(id int64) bool {
	return slices.ContainsFunc(s.cfg.profiles, func(p Profile) bool { return p.ID == id })
}

// newSIPPassword is the password of a number created without one.
func newSIPPassword() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return hex.EncodeToString(b)
}
