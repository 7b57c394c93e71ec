package sandbox

import (
	"net/http"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// errorBody is the vendor's error answer.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    int    `json:"code"`
	Type    string `json:"type"`
	Message string `json:"message"`
}

// successBody is the {"success":…} answer of add, limit and delete; ID is
// left out when zero ({"success":true} of delete, {"success":false}).
type successBody struct {
	Success bool  `json:"success"`
	ID      int64 `json:"id,omitempty"`
}

func succeeded(id int64) successBody { return successBody{Success: true, ID: id} }

// notPerformed is the second failure shape: the call was valid but did
// nothing (unknown id on limit and delete).
var notPerformed = successBody{Success: false}

// body returns the JSON value of e in lang.
func (e *apiError) body(lang Language) errorBody {
	info := errorTable[e.code]
	msg := info.msg
	if e.msg != nil {
		msg = *e.msg
	}
	return errorBody{Error: errorDetail{Code: e.code, Type: info.typ, Message: msg.in(lang)}}
}

// writeJSON answers v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	sandboxkit.WriteJSON(w, status, "application/json; charset=utf-8", v,
		`{"error":{"code":1006,"type":"InvalidData","message":"internal error"}}`)
}

// writeError answers e with status (HTTP 200 for every business error).
func (s *Server) writeError(w http.ResponseWriter, status int, e *apiError) {
	writeJSON(w, status, e.body(s.lang))
}
