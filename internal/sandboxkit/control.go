package sandboxkit

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// ControlHandler serves the JSON control API used by the telecom-sandbox
// command. Paths are matched by suffix, so it can be mounted under any
// prefix without http.StripPrefix:
//
//	GET    …/faults    list the faults with their hits ([]FaultState)
//	POST   …/faults    add one Fault (JSON body); 201 with the stored fault, 400 on a bad fault
//	DELETE …/faults    clear all faults; 204
//	GET    …/requests  list the recorded requests ([]Request)
//	DELETE …/requests  forget the recorded requests; 204
//
// Other methods answer 405 with an Allow header, other paths 404. Errors are
// JSON objects {"error":"…"}.
func (k *Kit) ControlHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := strings.TrimRight(r.URL.Path, "/")
		switch {
		case strings.HasSuffix(path, "/faults") || path == "faults":
			k.controlFaults(w, r)
		case strings.HasSuffix(path, "/requests") || path == "requests":
			k.controlRequests(w, r)
		default:
			controlJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
		}
	})
}

func (k *Kit) controlFaults(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		controlJSON(w, http.StatusOK, k.Faults())
	case http.MethodPost:
		data, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			controlJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		f, err := decodeFaultStrict(data)
		if err == nil {
			f, err = k.addFault(f)
		}
		if err != nil {
			controlJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		controlJSON(w, http.StatusCreated, f)
	case http.MethodDelete:
		k.ClearFaults()
		w.WriteHeader(http.StatusNoContent)
	default:
		methodNotAllowed(w, "GET, POST, DELETE")
	}
}

func (k *Kit) controlRequests(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		controlJSON(w, http.StatusOK, k.Requests())
	case http.MethodDelete:
		k.ResetRequests()
		w.WriteHeader(http.StatusNoContent)
	default:
		methodNotAllowed(w, "GET, DELETE")
	}
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	controlJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "method not allowed"})
}

func controlJSON(w http.ResponseWriter, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		status, data = http.StatusInternalServerError, []byte(`{"error":"encoding failed"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(data, '\n'))
}
