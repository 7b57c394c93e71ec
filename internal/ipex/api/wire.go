package api

// The REST field names of a VoIP number are not public. These follow the
// proposed model in vendor-apis/ipex-telphin.md section 1.4, the legacy SOAP
// numberDetail/provisioningAttributes in camelCase, which the REST API most
// likely mirrors. This file is the one place that knows them: a correction
// from the Swagger file is a one-line change of a JSON tag here.

// voipWire is a VoIP number as sent and received.
type voipWire struct {
	Number                 string            `json:"number"`
	CustomerID             *int64            `json:"customerId,omitempty"`
	ProfileID              *int64            `json:"profileId,omitempty"`    // name not confirmed [inferred]
	TariffPlanID           *int64            `json:"tariffPlanId,omitempty"` // from /v1/tariffPlans
	CLIR                   *string           `json:"clir,omitempty"`
	Antifraud              *antifraudWire    `json:"antifraud,omitempty"`
	ProvisioningAttributes *provisioningWire `json:"provisioningAttributes,omitempty"`
	Status                 string            `json:"status,omitempty"` // read-only
}

type antifraudWire struct {
	InternationalLimit *float64 `json:"internationalLimit,omitempty"`
}

type provisioningWire struct {
	Password string `json:"password,omitempty"` // the SIP password; write-only
}

func (n VoIPNumber) wire(sipPassword string) voipWire {
	w := voipWire{
		Number: n.Number, CustomerID: n.CustomerID, ProfileID: n.ProfileID, TariffPlanID: n.TariffPlanID, CLIR: n.CLIR,
	}
	if n.InternationalLimit != nil {
		w.Antifraud = &antifraudWire{InternationalLimit: n.InternationalLimit}
	}
	if sipPassword != "" {
		w.ProvisioningAttributes = &provisioningWire{Password: sipPassword}
	}
	return w
}

func (w voipWire) number() VoIPNumber {
	n := VoIPNumber{
		Number: w.Number, CustomerID: w.CustomerID, ProfileID: w.ProfileID, TariffPlanID: w.TariffPlanID, CLIR: w.CLIR,
		Status: w.Status,
	}
	if w.Antifraud != nil {
		n.InternationalLimit = w.Antifraud.InternationalLimit
	}
	return n
}
