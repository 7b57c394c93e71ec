package pbx

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"net/netip"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// ipv4Network accepts an IPv4 network as address/prefix length.
func ipv4Network() validator.String {
	return stringCheck{description: "an IPv4 network as address/mask, e.g. 192.0.2.0/24", check: func(s string) string {
		if p, err := netip.ParsePrefix(s); err != nil || !p.Addr().Is4() {
			return fmt.Sprintf("network address %q must be an IPv4 address with its prefix length, e.g. 192.0.2.0/24 (or 198.51.100.7/32 for one host).", s)
		}
		return ""
	}}
}

// sameNetwork tells whether two address/mask spellings name one network:
// 192.0.2.0/24, 192.0.2.1/24 and 192.0.2.0/255.255.255.0 do.
func sameNetwork(a, b string) bool {
	pa, okA := parseNetwork(a)
	pb, okB := parseNetwork(b)
	if !okA || !okB {
		return a == b
	}
	return pa == pb
}

// parseNetwork reads address/prefix length or address/dotted mask.
func parseNetwork(s string) (netip.Prefix, bool) {
	if p, err := netip.ParsePrefix(s); err == nil {
		return p.Masked(), true
	}
	addr, mask, ok := strings.Cut(s, "/")
	a, errA := netip.ParseAddr(addr)
	m, errM := netip.ParseAddr(mask)
	if !ok || errA != nil || errM != nil || !m.Is4() {
		return netip.Prefix{}, false
	}
	m4 := m.As4()
	ones := bits.LeadingZeros32(^binary.BigEndian.Uint32(m4[:]))
	if ones < 32 && binary.BigEndian.Uint32(m4[:])<<ones != 0 {
		return netip.Prefix{}, false // not a contiguous mask
	}
	p, err := a.Prefix(ones)
	return p, err == nil
}
