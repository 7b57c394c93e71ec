package sandbox

import (
	"net/http"
	"testing"
)

func TestListPublicNumbers(t *testing.T) {
	_, base := newAPI(t)
	list := base + "/public_numbers.json"
	wantJSON(t, do(t, "GET", list, account(), nil), `[
		{"public_number":"00420533533533","type":"geographic"},
		{"public_number":"00420910110910","type":"nomadic"},
		{"public_number":"00420799799799","type":"mobile"}]`)
	wantJSON(t, do(t, "GET", list, merged(account(), vals("include_sip_names", "true")), nil), `[
		{"public_number":"00420533533533","type":"geographic"},
		{"public_number":"00420910110910","type":"nomadic"},
		{"public_number":"00420799799799","type":"mobile"},
		{"public_number":"hejda_test1","type":"sip_name"}]`)
	wantJSON(t, do(t, "GET", list, merged(account(), vals("include_shared_numbers", "true")), nil), `[
		{"public_number":"00420533533533","type":"geographic"},
		{"public_number":"00420910110910","type":"nomadic"},
		{"public_number":"00420799799799","type":"mobile"},
		{"public_number":"00420533533401","type":"shared"}]`)
	wantJSON(t, do(t, "GET", list, merged(account(), vals("include_sip_names", "true", "include_shared_numbers", "true")), nil), `[
		{"public_number":"00420533533533","type":"geographic"},
		{"public_number":"00420910110910","type":"nomadic"},
		{"public_number":"00420799799799","type":"mobile"},
		{"public_number":"hejda_test1","type":"sip_name"},
		{"public_number":"00420533533401","type":"shared"}]`)
}

func TestListPublicNumbersOnlyTrueEnables(t *testing.T) {
	_, base := newAPI(t)
	for _, v := range []string{"1", "TRUE", "yes", "false"} {
		a := do(t, "GET", base+"/public_numbers.json", merged(account(), vals("include_sip_names", v, "include_shared_numbers", v)), nil)
		wantJSON(t, a, `[
			{"public_number":"00420533533533","type":"geographic"},
			{"public_number":"00420910110910","type":"nomadic"},
			{"public_number":"00420799799799","type":"mobile"}]`)
	}
}

func TestListPublicNumbersLineLogin(t *testing.T) {
	_, base := newAPI(t)
	list := base + "/public_numbers.json"
	wantJSON(t, do(t, "GET", list, line(), nil), `[]`)
	wantJSON(t, do(t, "GET", list, merged(line(), vals("include_sip_names", "true", "include_shared_numbers", "true")), nil),
		`[{"public_number":"hejda_test1","type":"sip_name"}]`)
}

func TestListPublicNumbersEmptyStore(t *testing.T) {
	_, base := newAPI(t, WithoutSeed())
	wantJSON(t, do(t, "GET", base+"/public_numbers.json", account(), nil), `[]`)
}

func TestHeadIsServedLikeGet(t *testing.T) {
	_, base := newAPI(t)
	a := do(t, "HEAD", base+"/public_numbers.json", account(), nil)
	if a.err != nil || a.status != http.StatusOK || a.body != "" {
		t.Fatalf("HEAD: %+v", a)
	}
}
