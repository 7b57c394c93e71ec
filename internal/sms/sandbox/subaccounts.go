package sandbox

// indexBody is the answer of subaccounts/index.
type indexBody struct {
	Items []indexItem `json:"items"`
}

type indexItem struct {
	ID       int64  `json:"id"`
	Username string `json:"username"`
}

// viewBody is the answer of subaccounts/view: no limits, no template id,
// no password.
type viewBody struct {
	ID       int64  `json:"id"`
	Username string `json:"username"`
	Name     string `json:"name"`
	Phone    string `json:"phone"`
	Email    string `json:"email"`
}

// need checks required parameters: any not sent is 2000, then any sent
// with a bad JSON type is 1006.
func need(p params, keys ...string) *apiError {
	for _, k := range keys {
		if p.missing(k) {
			return errorOf(CodeRequired)
		}
	}
	return badTypes(p, keys...)
}

// badTypes answers 1006 when one of keys was sent with a bad JSON type.
func badTypes(p params, keys ...string) *apiError {
	for _, k := range keys {
		if p.isBad(k) {
			return errorWith(CodeInvalidData, msgBadParameterVal)
		}
	}
	return nil
}

// lookup returns the subaccount named by the id parameter, if any.
func (s *Server) lookup(p params) (*record, bool) {
	raw, _ := p.scalar("id")
	id, ok := parseID(raw)
	if !ok {
		return nil, false
	}
	rec, ok := s.st.subs[id]
	return rec, ok
}

func (s *Server) subaccountsIndex(params, string) (any, *apiError) {
	out := indexBody{Items: []indexItem{}}
	for _, id := range s.st.sortedIDs() {
		out.Items = append(out.Items, indexItem{ID: id, Username: s.st.subs[id].Username})
	}
	return out, nil
}

func (s *Server) subaccountsView(p params, _ string) (any, *apiError) {
	if e := need(p, "id"); e != nil {
		return nil, e
	}
	rec, ok := s.lookup(p)
	if !ok {
		return nil, errorOf(CodeInvalidID)
	}
	return viewBody{ID: rec.ID, Username: rec.Username, Name: rec.Name, Phone: rec.Phone, Email: rec.Email}, nil
}

// subaccountsAdd checks: required parameters (2000, 1006), the template
// (4500), the username format (4502), the password (4502), the phone
// (2001), the username's uniqueness (4502).
func (s *Server) subaccountsAdd(p params, _ string) (any, *apiError) {
	if e := need(p, "subaccount_username", "subaccount_password", "subaccount_id"); e != nil {
		return nil, e
	}
	if e := badTypes(p, "name", "phone", "email"); e != nil {
		return nil, e
	}
	username, _ := p.scalar("subaccount_username")
	password, _ := p.scalar("subaccount_password")
	rawTemplate, _ := p.scalar("subaccount_id")
	templateID, ok := parseID(rawTemplate)
	if _, exists := s.st.subs[templateID]; !ok || !exists {
		return nil, errorOf(CodeBadTemplate)
	}
	if !validUsername(username) {
		return nil, errorWith(CodeBadLogin, msgBadUsername)
	}
	if !validPassword(password) {
		return nil, errorWith(CodeBadLogin, msgBadPassword)
	}
	phone, _ := p.scalar("phone")
	if phone != "" && !validPhone(phone) {
		return nil, errorOf(CodeInvalidPhone)
	}
	if s.normalPhone {
		phone = normalizePhone(phone)
	}
	if s.st.usernameTaken(username) {
		return nil, errorWith(CodeBadLogin, msgUsernameTaken)
	}
	name, _ := p.scalar("name")
	email, _ := p.scalar("email")
	id := s.st.add(Subaccount{Username: username, Name: name, Phone: phone, Email: email,
		TemplateID: templateID}, digestPassword(password))
	return succeeded(id), nil
}

// subaccountsLimit checks: required parameters (2000, 1006), type and
// value (1006), the subaccount ({"success":false}), then the resulting
// limit (1006 if negative).
func (s *Server) subaccountsLimit(p params, _ string) (any, *apiError) {
	if e := need(p, "id", "type", "value"); e != nil {
		return nil, e
	}
	typ, _ := p.scalar("type")
	if !validLimitType(typ) {
		return nil, errorWith(CodeInvalidData, msgBadLimitType)
	}
	raw, _ := p.scalar("value")
	value, ok := parseLimitValue(raw)
	if !ok {
		return nil, errorWith(CodeInvalidData, msgBadLimitValue)
	}
	rec, ok := s.lookup(p)
	if !ok {
		return notPerformed, nil
	}
	limit, ok := s.applyLimit(rec.Limits[typ], value)
	if !ok {
		return nil, errorWith(CodeInvalidData, msgBadLimitValue)
	}
	rec.Limits[typ] = limit
	return succeeded(rec.ID), nil
}

func (s *Server) subaccountsDelete(p params, _ string) (any, *apiError) {
	if e := need(p, "id"); e != nil {
		return nil, e
	}
	rec, ok := s.lookup(p)
	if !ok {
		return notPerformed, nil
	}
	delete(s.st.subs, rec.ID)
	return succeeded(0), nil
}
