package sandbox

// numberJSON is one entry of GET public_numbers.json.
type numberJSON struct {
	PublicNumber string `json:"public_number"`
	Type         string `json:"type"`
}

// listNumbers: SIP names and shared numbers only with include_sip_names /
// include_shared_numbers = "true"; a line login sees only its numbers.
func (s *Server) listNumbers(c *call) any {
	withSIP := param(c.params, "include_sip_names") == "true"
	withShared := param(c.params, "include_shared_numbers") == "true"
	out := []numberJSON{}
	for _, n := range s.st.sortedNumbers() {
		num := s.st.numbers[n]
		if !c.login.may(num) ||
			(num.Type == TypeSIPName && !withSIP) ||
			(num.Type == TypeShared && !withShared) {
			continue
		}
		out = append(out, numberJSON{PublicNumber: n, Type: num.Type})
	}
	return out
}
