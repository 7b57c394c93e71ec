package api

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// usernames lists users[*].username ("<null>" for a missing one).
func usernames(u Users) []string {
	out := []string{}
	for _, one := range u {
		name, ok := one["username"]
		if !ok || name.IsNull() {
			out = append(out, "<null>")
			continue
		}
		out = append(out, name.String())
	}
	return out
}

func TestUsersShapes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		json  string
		want  []string // usernames, in order
		isNil bool
	}{
		{name: "array", json: `[{"username":"b","id":"2"},{"username":"a","id":"1"}]`, want: []string{"b", "a"}},
		{name: "array of one", json: `[{"username":"a"}]`, want: []string{"a"}},
		{name: "keyed by id, sorted by key", json: `{"2232":{"username":"recepcao","id":"2232"},"2231":{"username":"assinante","id":2231}}`,
			want: []string{"assinante", "recepcao"}},
		{name: "single user object", json: `{"username":"assinante","id":"2231","root":"1","api_token":"t"}`, want: []string{"assinante"}},
		{name: "single user with a null username", json: `{"username":null,"id":"1"}`, want: []string{"<null>"}},
		{name: "null", json: `null`, isNil: true, want: []string{}},
		{name: "PHP empty array", json: `[]`, want: []string{}},
		{name: "empty object", json: `{}`, isNil: true, want: []string{}},
		{name: "whitespace around", json: "  \n[ {\"username\":\"a\"} ]\t", want: []string{"a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var u Users
			if err := json.Unmarshal([]byte(tc.json), &u); err != nil {
				t.Fatalf("Unmarshal(%s): %v", tc.json, err)
			}
			if got := usernames(u); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("usernames = %q, want %q", got, tc.want)
			}
			if tc.isNil && u != nil {
				t.Errorf("users = %#v, want nil", u)
			}
		})
	}
}

// A keyed object's order does not depend on Go's map iteration.
func TestUsersKeyedOrderIsStable(t *testing.T) {
	const in = `{"30":{"username":"c"},"10":{"username":"a"},"20":{"username":"b"},"40":{"username":"d"},"50":{"username":"e"}}`
	want := []string{"a", "b", "c", "d", "e"}
	for range 50 {
		var u Users
		if err := json.Unmarshal([]byte(in), &u); err != nil {
			t.Fatal(err)
		}
		if got := usernames(u); !reflect.DeepEqual(got, want) {
			t.Fatalf("usernames = %q, want %q", got, want)
		}
	}
}

func TestUsersValuesAreFlex(t *testing.T) {
	var u Users
	if err := json.Unmarshal([]byte(`{"2231":{"id":2231,"root":"1","logins":"54","last_login":1718899310,"api_access":true}}`), &u); err != nil {
		t.Fatal(err)
	}
	if len(u) != 1 {
		t.Fatalf("%d users, want 1", len(u))
	}
	for field, want := range map[string]int64{"id": 2231, "root": 1, "logins": 54, "last_login": 1718899310, "api_access": 1} {
		if n, err := u[0][field].Int64(); err != nil || n != want {
			t.Errorf("%s = %d (%v), want %d", field, n, err, want)
		}
	}
}

func TestUsersRejectsOtherShapes(t *testing.T) {
	for _, in := range []string{`"alice"`, `42`, `true`, `[1,2]`, `["alice"]`, `{"2231":"alice"}`, `{"2231":[1]}`} {
		t.Run(in, func(t *testing.T) {
			var u Users
			err := json.Unmarshal([]byte(in), &u)
			if err == nil {
				t.Fatalf("Unmarshal(%s) = %#v, want an error", in, u)
			}
			if !strings.Contains(err.Error(), "users") {
				t.Errorf("error %q does not say it is about users", err)
			}
		})
	}
}

// seededRecord is the shape the emulator sends: top-level numbers, finance
// and users as strings, plus the envelope.
const seededRecord = `{
 "error": 0, "reason": "OK",
 "finance": {"allow_loss_call": "0", "available_disk_space": 1536, "disk_space": "2048",
   "franquia_fixo_ldn_used": 127, "franquia_last_reset": "2024-06-05 00:00:00", "tipo_tar": "2",
   "franquia_movel_ddi_used": "0.00000"},
 "id": 1057, "id_hie": 1042, "status": 1, "tem_sms": 1, "tem_escuta": 0, "tipo": 4,
 "users": [{"api_access": "1", "api_key": "k", "api_token": "t", "id": "2231", "root": "1", "username": "assinante.sandbox"},
           {"api_access": "0", "id": "2232", "root": "0", "username": "recepcao.sandbox"}]
}`

func TestCustomerDecoding(t *testing.T) {
	var c Customer
	if err := json.Unmarshal([]byte(seededRecord), &c); err != nil {
		t.Fatal(err)
	}
	ints := map[string]int64{"id": 1057, "id_hie": 1042, "status": 1, "tem_sms": 1, "tem_escuta": 0, "tipo": 4, "error": 0}
	for name, want := range ints {
		if n, err := c.Fields[name].Int64(); err != nil || n != want {
			t.Errorf("Fields[%s] = %d (%v), want %d", name, n, err, want)
		}
	}
	if _, ok := c.Fields["finance"]; ok {
		t.Error("finance is among the scalar fields")
	}
	if _, ok := c.Fields["users"]; ok {
		t.Error("users is among the scalar fields")
	}
	if c.Finance == nil {
		t.Fatal("finance is nil")
	}
	if n, _ := c.Finance["tipo_tar"].Int64(); n != 2 {
		t.Errorf("finance.tipo_tar = %d, want 2", n)
	}
	for name, want := range map[string]float64{"available_disk_space": 1536, "franquia_fixo_ldn_used": 127, "franquia_movel_ddi_used": 0, "disk_space": 2048} {
		if x, err := c.Finance[name].Float64(); err != nil || x != want {
			t.Errorf("finance.%s = %v (%v), want %v", name, x, err, want)
		}
	}
	if got := c.Finance["franquia_last_reset"].String(); got != "2024-06-05 00:00:00" {
		t.Errorf("finance.franquia_last_reset = %q", got)
	}
	if got := usernames(c.Users); !reflect.DeepEqual(got, []string{"assinante.sandbox", "recepcao.sandbox"}) {
		t.Errorf("users = %q", got)
	}
	if c.Users[0]["api_token"].String() != "t" || !c.Users[1]["api_token"].IsNull() {
		t.Errorf("api_token values: %q / %+v", c.Users[0]["api_token"].String(), c.Users[1]["api_token"])
	}
}

// PHP encodes an empty associative array as []: finance [] (or null) is no
// finance; {} is a finance object without values.
func TestCustomerFinanceShapes(t *testing.T) {
	for _, tc := range []struct {
		finance string
		isNil   bool
	}{
		{`[]`, true}, {` [ ] `, true}, {`null`, true}, {`{}`, false},
	} {
		t.Run(tc.finance, func(t *testing.T) {
			var c Customer
			if err := json.Unmarshal([]byte(`{"id":1,"finance":`+tc.finance+`,"users":[]}`), &c); err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if (c.Finance == nil) != tc.isNil {
				t.Errorf("Finance = %#v, want nil=%v", c.Finance, tc.isNil)
			}
			if len(c.Finance) != 0 || len(c.Users) != 0 {
				t.Errorf("finance %v / users %v, want both empty", c.Finance, c.Users)
			}
			if n, _ := c.Fields["id"].Int64(); n != 1 {
				t.Errorf("id = %d, want 1", n)
			}
		})
	}
	t.Run("absent", func(t *testing.T) {
		var c Customer
		if err := json.Unmarshal([]byte(`{"id":"1"}`), &c); err != nil {
			t.Fatal(err)
		}
		if c.Finance != nil || c.Users != nil || c.Fields == nil {
			t.Errorf("record without finance/users: %#v", c)
		}
	})
}

// Top-level members that are objects or arrays (fields this client does not
// know) are ignored; scalars of any name are kept.
func TestCustomerIgnoresTopLevelNested(t *testing.T) {
	in := `{"id":1,"address":{"city":"Curitiba","zip":{"x":1}},"tags":["a",{"b":2}],"empty":[],"obj":{},` +
		`"nome_fantasia":"ACME","saldo":"0.00000","flag":true,"nothing":null,"tipo":"4"}`
	var c Customer
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	for _, gone := range []string{"address", "tags", "empty", "obj"} {
		if _, ok := c.Fields[gone]; ok {
			t.Errorf("nested member %s kept as a field", gone)
		}
	}
	if c.Fields["nome_fantasia"].String() != "ACME" || c.Fields["saldo"].String() != "0.00000" || c.Fields["flag"].String() != "1" {
		t.Errorf("scalar fields: %+v", c.Fields)
	}
	if f, ok := c.Fields["nothing"]; !ok || !f.IsNull() {
		t.Errorf("null member: %+v %v, want a null Flex", f, ok)
	}
	if n, _ := c.Fields["tipo"].Int64(); n != 4 {
		t.Errorf("tipo = %d, want 4", n)
	}
}

// The client does not know the field table (the Terraform side does), so
// an unknown nested member inside finance or a user must not break the
// whole record any more than one at the top level does.
func TestCustomerToleratesUnknownNestedMembers(t *testing.T) {
	for name, in := range map[string]string{
		"finance object member": `{"id":1,"finance":{"tipo_tar":"1","limits":{"daily":"10"}},"users":[]}`,
		"finance array member":  `{"id":1,"finance":{"tipo_tar":"1","planos":[]},"users":[]}`,
		"user object member":    `{"id":1,"finance":{"tipo_tar":"1"},"users":[{"username":"a","perms":{"x":"1"}}]}`,
		"keyed user array":      `{"id":1,"finance":{"tipo_tar":"1"},"users":{"7":{"username":"a","grupos":[]}}}`,
	} {
		t.Run(name, func(t *testing.T) {
			var c Customer
			if err := json.Unmarshal([]byte(in), &c); err != nil {
				t.Fatalf("Unmarshal: %v (an unknown nested member makes the whole record unreadable)", err)
			}
			if n, _ := c.Finance["tipo_tar"].Int64(); n != 1 {
				t.Errorf("finance.tipo_tar = %d, want 1", n)
			}
		})
	}
}

func TestCustomerDecodingErrors(t *testing.T) {
	for name, tc := range map[string]struct{ json, mentions string }{
		"not an object":       {`[1,2]`, ""},
		"finance is a string": {`{"id":1,"finance":"x"}`, "finance"},
		"finance is a number": {`{"id":1,"finance":3}`, "finance"},
		"users is a string":   {`{"id":1,"users":"x"}`, "users"},
		"bad JSON":            {`{"id":`, ""},
	} {
		t.Run(name, func(t *testing.T) {
			var c Customer
			err := json.Unmarshal([]byte(tc.json), &c)
			if err == nil {
				t.Fatalf("Unmarshal(%s) = %+v, want an error", tc.json, c)
			}
			if tc.mentions != "" && !strings.Contains(err.Error(), tc.mentions) {
				t.Errorf("error %q does not mention %q", err, tc.mentions)
			}
		})
	}
}
