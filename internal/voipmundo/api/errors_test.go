package api

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

func TestErrorText(t *testing.T) {
	for _, tc := range []struct {
		err      Error
		want     []string
		wantNone []string
	}{
		{Error{HTTPStatus: 200, Reason: "Cliente não encontrado"},
			[]string{"VoIP Mundo API answered error 1", `(reason "Cliente não encontrado")`, "does not exist or is not visible"}, []string{"HTTP 200"}},
		{Error{HTTPStatus: 403, Reason: "Acesso Negado"},
			[]string{"HTTP 403", `(reason "Acesso Negado")`, "access denied", "voipmundo.api_token", "VOIPMUNDO_API_TOKEN"}, nil},
		{Error{HTTPStatus: 422, Reason: "x"}, []string{"HTTP 422", "set customer_id"}, nil},
		{Error{HTTPStatus: 404, Body: "nope"}, []string{"HTTP 404", `body "nope"`, "action name"}, []string{"reason"}},
		{Error{HTTPStatus: 429}, []string{"HTTP 429", "too many simultaneous requests"}, []string{"body", "reason"}},
		{Error{HTTPStatus: 400}, []string{"HTTP 400", "incomplete"}, nil},
		{Error{HTTPStatus: 413}, []string{"HTTP 413", "128 KB"}, nil},
		{Error{HTTPStatus: 503, Body: "down"}, []string{"HTTP 503", `body "down"`}, []string{": "}},
		{Error{HTTPStatus: 418, Reason: "r", Body: "b"}, []string{`(reason "r")`}, []string{`body "b"`}},
	} {
		t.Run(fmt.Sprint(tc.err.HTTPStatus), func(t *testing.T) {
			msg := tc.err.Error()
			mustContain(t, msg, tc.want...)
			for _, no := range tc.wantNone {
				if strings.Contains(msg, no) {
					t.Errorf("%q contains %q", msg, no)
				}
			}
			if tc.err.HTTPStatusCode() != tc.err.HTTPStatus {
				t.Errorf("HTTPStatusCode = %d", tc.err.HTTPStatusCode())
			}
		})
	}
}

// Only the "error": 1 answer (HTTP 200) means "not found"; every HTTP error
// status is something else.
func TestErrorIsNotFound(t *testing.T) {
	for status, want := range map[int]bool{200: true, 400: false, 403: false, 404: false, 422: false, 429: false, 500: false} {
		err := fmt.Errorf("wrapped: %w", &Error{HTTPStatus: status})
		if got := errors.Is(err, ErrNotFound); got != want {
			t.Errorf("status %d: errors.Is(ErrNotFound) = %v, want %v", status, got, want)
		}
	}
	if errors.Is(&Error{HTTPStatus: 200}, errors.New("not found")) {
		t.Error("Is matches any error with the same text")
	}
}

func TestExcerpt(t *testing.T) {
	if got := transport.Excerpt("  short \n"); got != "short" {
		t.Errorf("excerpt = %q", got)
	}
	long := strings.Repeat("a", 199) + "ção" + strings.Repeat("b", 100)
	got := transport.Excerpt(long)
	if !utf8.ValidString(got) || !strings.HasSuffix(got, "…") || len(got) > 200+len("…") {
		t.Errorf("excerpt of a long text = %q (%d bytes)", got, len(got))
	}
	if !strings.HasPrefix(got, strings.Repeat("a", 199)) {
		t.Errorf("excerpt lost its start: %q", got)
	}
	if got := transport.Excerpt("a\xffb"); !utf8.ValidString(got) || !strings.Contains(got, "\uFFFD") {
		t.Errorf("excerpt of invalid UTF-8 = %q", got)
	}
	if got := transport.Excerpt(strings.Repeat("x", 200)); got != strings.Repeat("x", 200) {
		t.Errorf("200 bytes are cut: %q", got)
	}
}
