package sandbox

import (
	"net/http"
	"slices"
)

// handler runs one API call under the store lock and returns the answer.
type handler func(*call) reply

// route is a path pattern below BasePath: literal segments, "{cid}" for the
// client id, "{eid}" for the extension a resource belongs to and "{id}" for
// a record id; and its handlers by method.
type route struct {
	segs    []string
	methods map[string]handler
}

func (s *Server) routeTable() []route {
	client := map[string]handler{http.MethodGet: s.getClient, http.MethodPut: s.updateClient}
	return slices.Concat([]route{
		{[]string{"client", "client_info", "{cid}"}, client},
		{[]string{"client", "{cid}"}, map[string]handler{http.MethodGet: s.getClient}},
		{[]string{"client", "{cid}", "client"}, client},
		{[]string{"client", "{cid}", "ani"}, map[string]handler{http.MethodGet: s.getANI, http.MethodPut: s.updateANI}},
		{[]string{"client", "{cid}", "limit"}, map[string]handler{http.MethodGet: s.getLimits}},
	}, s.intervals().routes(), s.dialRules().routes(), s.extensions().routes(), s.extensionGroups().routes(),
		s.networkPermissions().routes(), s.dids().routes(), s.sounds().routes(),
		s.users(UserScopeClient).routes(), s.users(UserScopeExtension).routes(), s.users(UserScopeExtensionGroup).routes(),
		s.agents(AgentKindLocal).routes(), s.agents(AgentKindRemote).routes(), s.phoneEvents().routes(),
		// Below /extension/{eid}/; the order call before the rule ids.
		extensionRoutes("incom_rule/order", map[string]handler{http.MethodPut: s.orderIncomingRules}),
		s.incomingRules().routes(),
		extensionRoutes("phone", map[string]handler{http.MethodGet: s.getPhone, http.MethodPut: s.updatePhone}),
		extensionRoutes("ani", map[string]handler{http.MethodGet: s.getExtensionANI, http.MethodPut: s.updateExtensionANI}),
		s.extensionEvents().routes())
}

// pathParams are the raw ids a route took from the path, and which ones it
// has.
type pathParams struct {
	cid, eid, id   string
	hasCID, hasEID bool
}

// match returns the route for the segments with the raw ids, or nil.
func (s *Server) match(seg []string) (*route, pathParams) {
	for i := range s.routes {
		r := &s.routes[i]
		if len(r.segs) != len(seg) {
			continue
		}
		var p pathParams
		ok := true
		for j, part := range r.segs {
			switch part {
			case "{cid}":
				p.cid, p.hasCID = seg[j], true
			case "{eid}":
				p.eid, p.hasEID = seg[j], true
			case "{id}":
				p.id = seg[j]
			default:
				ok = ok && part == seg[j]
			}
		}
		if ok {
			return r, p
		}
	}
	return nil, pathParams{}
}
