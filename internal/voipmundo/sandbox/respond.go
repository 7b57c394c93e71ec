package sandbox

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Reasons sent in the reason member. The vendor documents only "OK" and the
// HTTP meanings; the error texts are the emulator's own (Portuguese, like
// the platform) [inferred]. Clients should not depend on them.
const (
	ReasonOK               = "OK"
	ReasonBadRequest       = "Requisição incompleta"
	ReasonAccessDenied     = "Acesso Negado"
	ReasonNotFound         = "Opção inexistente"
	ReasonTooLarge         = "Requisição muito grande"
	ReasonMissingID        = "Parâmetro obrigatório ausente: ID do Cliente"
	ReasonTooManyRequests  = "Muitas requisições simultâneas"
	ReasonCustomerNotFound = "Cliente não encontrado"
)

// errorBody is the vendor's error answer.
type errorBody struct {
	Error  int    `json:"error"`
	Reason string `json:"reason"`
}

// reply is a handler's answer: an HTTP status and a JSON body, either a
// value to marshal or raw bytes.
type reply struct {
	status int
	body   any
	raw    []byte
}

func fail(status int, reason string) reply {
	return reply{status: status, body: errorBody{Error: 1, Reason: reason}}
}

func (s *Server) write(w http.ResponseWriter, rp reply) {
	data := rp.raw
	if data == nil {
		var err error
		if data, err = json.Marshal(rp.body); err != nil {
			rp.status, data = http.StatusInternalServerError, []byte(`{"error":1,"reason":"internal error"}`)
		}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(rp.status)
	_, _ = w.Write(data)
}
