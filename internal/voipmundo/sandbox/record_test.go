package sandbox

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
)

// seedTable is the field table of the vendor page (the seed), written out
// independently of the Customer type.
var seedTable = []string{
	"error",
	"finance.allow_loss_call", "finance.available_disk_space", "finance.call_only_local", "finance.disk_space",
	"finance.franquia_fixo_ddi", "finance.franquia_fixo_ddi_used", "finance.franquia_fixo_ldn",
	"finance.franquia_fixo_ldn_used", "finance.franquia_fixo_local", "finance.franquia_fixo_local_used",
	"finance.franquia_last_reset", "finance.franquia_movel_ddi", "finance.franquia_movel_ddi_used",
	"finance.franquia_movel_ldn", "finance.franquia_movel_ldn_used", "finance.franquia_movel_local",
	"finance.franquia_movel_local_used", "finance.habilita_npn", "finance.habilita_npn_fixo",
	"finance.id_perfil", "finance.id_plano", "finance.id_plano_sms", "finance.inc_c", "finance.inc_c_ddi",
	"finance.inc_f", "finance.inc_f_ddi", "finance.ini_c", "finance.ini_c_ddi", "finance.ini_f",
	"finance.ini_f_ddi", "finance.max_devices", "finance.sipcode_no_prefix", "finance.tipo_tar",
	"finance.tmp_c", "finance.tmp_c_ddi", "finance.tmp_f", "finance.tmp_f_ddi",
	"id", "id_hie", "id_origem", "id_vendedor", "id_vinculo", "reason", "status",
	"tem_callingcard", "tem_campanha_sms", "tem_campanha_voz", "tem_conferencia", "tem_did", "tem_escuta",
	"tem_fila", "tem_gravacao", "tem_grupo_captura", "tem_grupo_chamada", "tem_portal",
	"tem_provisionamento", "tem_ramal", "tem_report", "tem_sigame", "tem_sms", "tem_ura", "tipo",
	"users.api_access", "users.api_key", "users.api_token", "users.can_spy", "users.failed_attempts",
	"users.id", "users.id_perfil", "users.last_attempt", "users.last_login", "users.logins",
	"users.nome_completo", "users.root", "users.status", "users.username",
}

// flatten lists the answer's fields in the table's notation; every value
// must be a non-null scalar (users must be an array of objects).
func flatten(t *testing.T, m map[string]any) map[string]any {
	t.Helper()
	out := map[string]any{}
	for k, v := range m {
		switch v := v.(type) {
		case map[string]any:
			for k2, v2 := range v {
				out[k+"."+k2] = v2
			}
		case []any:
			for _, u := range v {
				o, ok := u.(map[string]any)
				if !ok {
					t.Fatalf("%s holds %T", k, u)
				}
				for k2, v2 := range o {
					out[k+"."+k2] = v2
				}
			}
		default:
			out[k] = v
		}
	}
	for k, v := range out {
		switch v.(type) {
		case string, float64:
		default:
			t.Fatalf("%s is %T (%v), want a filled string or number", k, v, v)
		}
	}
	return out
}

func TestRecordHasExactlyTheSeedFields(t *testing.T) {
	_, a := newAPI(t)
	for _, id := range []int64{DemoResellerCustomerID, DemoSubscriberCustomerID, DemoForeignCustomerID} {
		got := slices.Sorted(maps.Keys(flatten(t, record(t, a.master(id)))))
		if !slices.Equal(got, seedTable) {
			t.Fatalf("customer %d fields\n%v\nwant\n%v", id, got, seedTable)
		}
	}
}

func TestRecordMixesStringsAndNumbers(t *testing.T) {
	_, a := newAPI(t)
	m := record(t, a.subscriber(0))
	fin := obj(t, m["finance"])
	users := arr(t, m["users"])
	if len(users) != 2 {
		t.Fatalf("%d users", len(users))
	}
	root := obj(t, users[0])
	checks := []struct {
		name string
		got  any
		want any
	}{
		{"error", m["error"], float64(0)},
		{"id", m["id"], float64(DemoSubscriberCustomerID)},
		{"tipo", m["tipo"], float64(TipoAssinante)},
		{"tem_ramal", m["tem_ramal"], float64(1)},
		{"finance.tipo_tar", fin["tipo_tar"], "2"},
		{"finance.disk_space", fin["disk_space"], "2048"},
		{"finance.available_disk_space", fin["available_disk_space"], float64(1536)},
		{"finance.franquia_fixo_local_used", fin["franquia_fixo_local_used"], float64(312)},
		{"finance.franquia_last_reset", fin["franquia_last_reset"], "2024-06-05 00:00:00"},
		{"users.id", root["id"], "2231"},
		{"users.root", root["root"], "1"},
		{"users.api_token", root["api_token"], DemoSubscriberToken},
		{"users.api_key", root["api_key"], DemoSubscriberKey},
		{"users.nome_completo", root["nome_completo"], "João Pedro Almeida"},
		{"users[1].api_access", obj(t, users[1])["api_access"], "0"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %#v, want %#v", c.name, c.got, c.want)
		}
	}
	// The raw text shows both encodings of numeric values.
	mustContain(t, a.subscriber(0).body, `"id":1057`)
	mustContain(t, a.subscriber(0).body, `"id":"2231"`)
}

func TestPutCustomerChangesJSONTypes(t *testing.T) {
	s, a := newAPI(t)
	c := mustCustomer(t, s, DemoSubscriberCustomerID)
	c.Status = Str("1")
	c.Finance.DiskSpace = Int(4096)
	c.Finance.AvailableDiskSpace = Number("12.5")
	c.Finance.FranquiaLastReset = Null()
	mustPut(t, s, c)
	m := record(t, a.subscriber(0))
	fin := obj(t, m["finance"])
	if m["status"] != "1" || fin["disk_space"] != float64(4096) || fin["available_disk_space"] != 12.5 {
		t.Fatalf("types not kept: status %#v disk %#v avail %#v", m["status"], fin["disk_space"], fin["available_disk_space"])
	}
	if v, ok := fin["franquia_last_reset"]; !ok || v != nil {
		t.Fatalf("null not sent: %#v %v", v, ok)
	}
}

func TestPutCustomerRejectsBadRecords(t *testing.T) {
	s, _ := newAPI(t)
	good := mustCustomer(t, s, DemoSubscriberCustomerID)
	bad := []func(*Customer){
		func(c *Customer) { c.ID = Str("abc") },
		func(c *Customer) { c.ID = Int(0) },
		func(c *Customer) { c.Finance.DiskSpace = Number("1,5") },
		func(c *Customer) { c.Extra = map[string]json.RawMessage{"x": json.RawMessage("{")} },
	}
	for i, edit := range bad {
		c := good.clone()
		edit(&c)
		if err := s.PutCustomer(c); err == nil {
			t.Fatalf("case %d accepted", i)
		}
	}
	if len(s.Customers()) != 3 {
		t.Fatalf("store changed: %d customers", len(s.Customers()))
	}
	// A string id is fine.
	good.ID = Str("2000")
	mustPut(t, s, good)
	if c, ok := s.Customer(2000); !ok || !c.ID.IsString() {
		t.Fatalf("string id: %+v %v", c.ID, ok)
	}
}

func TestUsersShapes(t *testing.T) {
	_, a := newAPI(t, WithUsersShape(UsersByID))
	m := record(t, a.subscriber(0))
	byID, ok := m["users"].(map[string]any)
	if !ok || len(byID) != 2 || obj(t, byID["2231"])["username"] != "assinante.sandbox" {
		t.Fatalf("users by id: %#v", m["users"])
	}

	s, b := newAPI(t, WithUsersShape(UsersRoot))
	m = record(t, b.subscriber(0))
	root, ok := m["users"].(map[string]any)
	if !ok || root["root"] != "1" || root["id"] != "2231" {
		t.Fatalf("root user: %#v", m["users"])
	}
	c := mustCustomer(t, s, DemoForeignCustomerID)
	c.Users = nil
	mustPut(t, s, c)
	if m = record(t, b.master(DemoForeignCustomerID)); m["users"] != nil {
		t.Fatalf("no users: %#v", m["users"])
	}
}

func TestEmptyUsersEncodings(t *testing.T) {
	for shape, want := range map[UsersShape]string{UsersArray: `"users":[]`, UsersByID: `"users":[]`, UsersRoot: `"users":null`} {
		s, a := newAPI(t, WithUsersShape(shape))
		c := mustCustomer(t, s, DemoForeignCustomerID)
		c.Users = nil
		mustPut(t, s, c)
		mustContain(t, a.master(DemoForeignCustomerID).body, want)
	}
}

func TestExtraMembers(t *testing.T) {
	s, a := newAPI(t)
	c := mustCustomer(t, s, DemoSubscriberCustomerID)
	c.Extra = map[string]json.RawMessage{
		"nome_fantasia": json.RawMessage(`"Sandbox Ltda"`),
		"finance":       json.RawMessage(`[]`),
		"error":         json.RawMessage(`1`),
	}
	mustPut(t, s, c)
	m := record(t, a.subscriber(0)) // error stays 0
	if m["nome_fantasia"] != "Sandbox Ltda" {
		t.Fatalf("extra member missing: %v", m["nome_fantasia"])
	}
	if fin, ok := m["finance"].([]any); !ok || len(fin) != 0 {
		t.Fatalf("finance not replaced: %#v", m["finance"])
	}
}

func TestMembersInTableOrder(t *testing.T) {
	_, a := newAPI(t)
	body := a.master(DemoResellerCustomerID).body
	var keys []string
	dec := json.NewDecoder(strings.NewReader(body))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		key, ok := tok.(string)
		if !ok {
			t.Fatalf("token %v", tok)
		}
		keys = append(keys, key)
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.IsSorted(keys) || keys[0] != "error" || keys[len(keys)-1] != "users" {
		t.Fatalf("member order %v", keys)
	}
}

func obj(t *testing.T, v any) map[string]any {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%#v is not an object", v)
	}
	return m
}

func arr(t *testing.T, v any) []any {
	t.Helper()
	a, ok := v.([]any)
	if !ok {
		t.Fatalf("%#v is not an array", v)
	}
	return a
}
