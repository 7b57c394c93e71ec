package sandbox

import (
	"net/http"

	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
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
	const contentType = "application/json; charset=utf-8"
	if rp.raw != nil {
		sandboxkit.WriteBody(w, rp.status, contentType, rp.raw)
		return
	}
	sandboxkit.WriteJSON(w, rp.status, contentType, rp.body, `{"error":1,"reason":"internal error"}`)
}
