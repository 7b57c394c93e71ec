package sandbox

import (
	"net/http"
	"slices"
)

// handler runs one API call under the store lock and returns the answer.
type handler func(*call) reply

// route is a path pattern below BasePath: literal segments, "{cid}" for the
// client id and "{id}" for a record id; and its handlers by method.
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
		s.agents(AgentKindLocal).routes(), s.agents(AgentKindRemote).routes(), s.phoneEvents().routes())
}

// match returns the route for the segments with the raw client and record
// ids, or nil.
func (s *Server) match(seg []string) (rt *route, cid, id string) {
	for i := range s.routes {
		r := &s.routes[i]
		if len(r.segs) != len(seg) {
			continue
		}
		cid, id = "", ""
		ok := true
		for j, p := range r.segs {
			switch p {
			case "{cid}":
				cid = seg[j]
			case "{id}":
				id = seg[j]
			default:
				ok = ok && p == seg[j]
			}
		}
		if ok {
			return r, cid, id
		}
	}
	return nil, "", ""
}
