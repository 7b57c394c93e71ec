package sandbox

import (
	"cmp"
	"net/http"
	"slices"
)

// serviceView is one item of GET /v1/services. [code] A production
// integration reads paymentType, status, customerId, customerExternId and
// customerName from the items of GET /v1/services?number=<number>.
// [inferred] The number is under "number" (the name of that filter) in its
// national form, and the kind of service under "serviceType" ("voip",
// "mobile": the API's section names). paymentType and the customer's extern
// id and name are not modelled here and are left out.
type serviceView struct {
	Number      string `json:"number"`
	ServiceType string `json:"serviceType"`
	CustomerID  int64  `json:"customerId"`
	Status      string `json:"status"`
}

// listServices is GET /v1/services ("Seznam čísel", the list of numbers in
// the roles table): every service of every customer as a bare array, sorted
// by number, VoIP numbers with the status they have (canceled ones too: the
// detail still shows them). The optional query number [code] keeps the
// service with exactly that number; other parameters are ignored.
func (s *Server) listServices(c *call) reply {
	out := []serviceView{}
	for _, n := range s.st.sortedNumbers() {
		out = append(out, serviceView{Number: n.Number, ServiceType: ServiceVoIP, CustomerID: n.CustomerID, Status: n.Status})
	}
	for _, o := range s.st.sortedOthers() {
		out = append(out, serviceView{Number: o.Number, ServiceType: o.Type, CustomerID: o.CustomerID, Status: o.Status})
	}
	slices.SortStableFunc(out, func(a, b serviceView) int { return cmp.Compare(a.Number, b.Number) })
	if number, ok := c.query["number"]; ok && len(number) > 0 {
		out = slices.DeleteFunc(out, func(v serviceView) bool { return v.Number != number[len(number)-1] })
	}
	return replyOf(http.StatusOK, out)
}
