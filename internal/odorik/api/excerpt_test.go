package api

import (
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// An unexpected body is cut short for the message without splitting a
// character: Terraform's protocol (protobuf strings) cannot carry invalid
// UTF-8, and a Czech error page has "č", "ž", "ě"...
func TestExcerptKeepsUTF8Valid(t *testing.T) {
	page := strings.Repeat("a", 199) + "žádost nelze vyřídit, služba je dočasně nedostupná"
	f := newFixture(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(page))
	})
	_, err := f.client().Routes(testCtx(t), "00420533533533")
	if err == nil {
		t.Fatal("no error for HTTP 400")
	}
	if !utf8.ValidString(err.Error()) {
		t.Errorf("error text is not valid UTF-8: %q", err.Error())
	}
	if !strings.Contains(err.Error(), "aaa…") {
		t.Errorf("the body was not cut before the split character: %q", err.Error())
	}
}

func TestExcerptReplacesInvalidBytes(t *testing.T) {
	got := transport.Excerpt("chyba \xe8\x9a") // windows-1250 bytes, not UTF-8
	if !utf8.ValidString(got) || !strings.HasPrefix(got, "chyba ") {
		t.Errorf("excerpt = %q", got)
	}
}
