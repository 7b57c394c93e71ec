package transport

import (
	"errors"
	"net/url"
	"strings"
)

// Err returns err with its text masked like the logs: the secrets in every
// escaped form, and sensitive query parameters and userinfo passwords of any
// URL in the text (with the default sensitive keys). nil stays nil.
//
// Vendor clients must pass every error from a resty request through Err:
// net/http puts the full request URL in its errors (*url.Error), and some
// vendors put credentials in the URL. The result keeps errors.Is and
// errors.As working; an *url.Error found with errors.As is a masked copy.
//
// An attempt that timed out says which setting limits it.
func Err(err error, secrets []string) error {
	if err == nil {
		return nil
	}
	masked := newMasker(secrets, nil).err(err)
	if msg := masked.Error(); timedOut(err) && !strings.HasSuffix(msg, requestTimeoutHint) {
		return &maskedError{msg: msg + requestTimeoutHint, err: masked}
	}
	return masked
}

// timedOut: an HTTP attempt ran out of time. net/http reports its
// Client.Timeout (our RequestTimeout) as a timing-out *url.Error, with or
// without saying "Client.Timeout" depending on the phase it hit.
func timedOut(err error) bool {
	var ue *url.Error
	return errors.As(err, &ue) && ue.Timeout()
}

const requestTimeoutHint = ". No answer in time: one request may take at most the provider's " +
	"request_timeout (TELECOM_REQUEST_TIMEOUT); raise it if the API is this slow"

func (m *masker) err(err error) error {
	if err == nil {
		return nil
	}
	if me, ok := err.(*maskedError); ok && me.msg == m.text(me.msg) {
		return err // already masked, e.g. Err applied twice
	}
	inner := err
	if ue, ok := err.(*url.Error); ok {
		inner = &url.Error{Op: ue.Op, URL: m.url(ue.URL), Err: ue.Err}
	}
	return &maskedError{msg: m.text(err.Error()), err: inner}
}

// maskedError carries the masked text and unwraps to the original error (or
// its masked *url.Error copy), so callers can still test for
// context.DeadlineExceeded, syscall.ECONNREFUSED and the like.
type maskedError struct {
	msg string
	err error
}

func (e *maskedError) Error() string { return e.msg }
func (e *maskedError) Unwrap() error { return e.err }
