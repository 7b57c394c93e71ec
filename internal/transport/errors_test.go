package transport

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// An attempt cut off by request_timeout names the setting to raise, keeps
// the secret masked and still unwraps to the *url.Error.
func TestErrNamesRequestTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	srv := newServer(t, func(w http.ResponseWriter, _ *http.Request, _ int) {
		select {
		case <-release:
		case <-time.After(2 * time.Second):
		}
	})
	c := newClient(Options{Settings: Settings{MaxRetries: 0, RequestTimeout: 50 * time.Millisecond}, BaseURL: srv.URL}, fast)
	_, err := c.R().SetContext(context.Background()).Get("/slow?password=hunter2")
	err = Err(err, []string{"hunter2"})
	if err == nil {
		t.Fatal("no error from a request slower than its timeout")
	}
	msg := err.Error()
	if !strings.Contains(msg, "request_timeout") || !strings.Contains(msg, "TELECOM_REQUEST_TIMEOUT") {
		t.Errorf("error %q does not name request_timeout", msg)
	}
	if strings.Contains(msg, "hunter2") {
		t.Errorf("error %q leaks the secret", msg)
	}
	var ue *url.Error
	if !errors.As(err, &ue) || !ue.Timeout() {
		t.Errorf("error %v does not unwrap to a timed-out *url.Error", err)
	}
	if again := Err(err, []string{"hunter2"}).Error(); strings.Count(again, "TELECOM_REQUEST_TIMEOUT") != 1 {
		t.Errorf("Err applied twice repeats the hint: %q", again)
	}
}

func TestErrLeavesOtherErrorsAlone(t *testing.T) {
	err := Err(errors.New("connection refused"), nil)
	if strings.Contains(err.Error(), "request_timeout") {
		t.Errorf("a non-timeout error got the timeout hint: %q", err)
	}
}
