package sandbox

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"testing"
)

func TestFormBodyAdd(t *testing.T) {
	s, a := newAPI(t)
	ans := a.postForm(path("add"), vals("username", DemoUsername, "password", DemoPassword,
		"subaccount_username", "form.user", "subaccount_password", "formpw1",
		"subaccount_id", "1194", "name", "Form", "phone", "+48500600700", "email", "f@example.com", "system", "client_node"))
	wantJSON(t, ans, `{"success":true,"id":1485}`)
	got := mustSub(t, s, FirstSubaccountID)
	want := Subaccount{ID: 1485, Username: "form.user", Name: "Form", Phone: "+48500600700",
		Email: "f@example.com", TemplateID: DemoTemplateID, Limits: map[string]int{}}
	if !equalSub(got, want) {
		t.Fatalf("stored %+v, want %+v", got, want)
	}
	if !s.PasswordMatches(1485, "formpw1") {
		t.Fatal("form password not stored")
	}
}

func TestJSONNumbersAndStringsAreBothAccepted(t *testing.T) {
	s, a := newAPI(t)
	id := a.add("json.num", map[string]any{"subaccount_id": 1194})
	id2 := a.add("json.str", map[string]any{"subaccount_id": "1194"})
	wantJSON(t, a.call("limit", map[string]any{"id": id, "type": "eco", "value": 5}), `{"success":true,"id":1485}`)
	wantJSON(t, a.call("limit", map[string]any{"id": "1486", "type": "eco", "value": "7"}), `{"success":true,"id":1486}`)
	if s.Limits(id)[LimitECO] != 5 || s.Limits(id2)[LimitECO] != 7 {
		t.Fatalf("limits %v %v", s.Limits(id), s.Limits(id2))
	}
}

func TestMultipartBody(t *testing.T) {
	_, a := newAPI(t)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range map[string]string{"username": DemoUsername, "password": DemoPassword, "id": "1194"} {
		if err := mw.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	wantJSON(t, a.raw(http.MethodPost, path("view"), mw.FormDataContentType(), buf.Bytes()),
		`{"id":1194,"username":"wojtek","name":"Wojciech","phone":"+48730856000","email":"wojtek@mail.com"}`)
}

func TestBodyWithoutContentTypeIsSniffed(t *testing.T) {
	_, a := newAPI(t)
	view := `{"id":1194,"username":"wojtek","name":"Wojciech","phone":"+48730856000","email":"wojtek@mail.com"}`
	wantJSON(t, a.raw(http.MethodPost, path("view"), "", []byte(`{"username":"sandbox_api_user","password":"sandbox-api-password","id":1194}`)), view)
	wantJSON(t, a.raw(http.MethodPost, path("view"), "text/plain", []byte("username=sandbox_api_user&password=sandbox-api-password&id=1194")), view)
}

func TestRepeatedFormKeyKeepsLastValue(t *testing.T) {
	_, a := newAPI(t)
	form := vals("username", DemoUsername, "password", "wrong", "password", DemoPassword, "id", "999", "id", "1194")
	wantJSON(t, a.postForm(path("view"), form),
		`{"id":1194,"username":"wojtek","name":"Wojciech","phone":"+48730856000","email":"wojtek@mail.com"}`)
}

func TestQueryStringIsNotRead(t *testing.T) {
	_, a := newAPI(t)
	wantError(t, a.raw(http.MethodPost, path("index")+"?username=sandbox_api_user&password=sandbox-api-password",
		"application/x-www-form-urlencoded", nil), CodeInvalidUser)
	wantError(t, a.postJSON(path("view")+"?id=1194", map[string]any{}, bearerHeader(DemoAPIToken)...), CodeRequired)
}

func TestUnreadableBodiesAnswer1006(t *testing.T) {
	s, a := newAPI(t)
	cases := []struct{ contentType, body string }{
		{"application/json", `{"subaccount_username":`},
		{"application/json", `[1,2,3]`},
		{"application/json", `"text"`},
		{"application/x-www-form-urlencoded", "id=%zz"},
		{"", `{not json`},
		{"multipart/form-data; boundary=x", "garbage"},
	}
	for _, tc := range cases {
		// Bearer auth is valid: the body is rejected before any action runs.
		wantError(t, a.raw(http.MethodPost, path("add"), tc.contentType, []byte(tc.body), bearerHeader(DemoAPIToken)...), CodeInvalidData)
	}
	big := bytes.Repeat([]byte("a"), maxBody+10)
	wantError(t, a.raw(http.MethodPost, path("index"), "application/x-www-form-urlencoded", big, bearerHeader(DemoAPIToken)...), CodeInvalidData)
	wantCount(t, s, 1)
}

func TestBadJSONTypesAnswer1006(t *testing.T) {
	s, a := newAPI(t)
	wantError(t, a.call("view", map[string]any{"id": true}), CodeInvalidData)
	wantError(t, a.call("view", map[string]any{"id": []int{1194}}), CodeInvalidData)
	wantError(t, a.call("delete", map[string]any{"id": map[string]any{"v": 1194}}), CodeInvalidData)
	wantError(t, a.call("limit", map[string]any{"id": 1194, "type": []string{"eco"}, "value": 1}), CodeInvalidData)
	add := map[string]any{"subaccount_username": "typed", "subaccount_password": "pw12345", "subaccount_id": 1194}
	for _, k := range []string{"name", "phone", "email", "subaccount_username"} {
		body := map[string]any{}
		for key, v := range add {
			body[key] = v
		}
		body[k] = false
		wantError(t, a.call("add", body), CodeInvalidData)
	}
	// null is "not sent": a required parameter answers 2000.
	wantError(t, a.call("view", map[string]any{"id": nil}), CodeRequired)
	// A bad value in a parameter the action does not read is ignored.
	wantStatus(t, a.call("index", map[string]any{"system": []string{"x"}}), http.StatusOK)
	wantCount(t, s, 1)
}
