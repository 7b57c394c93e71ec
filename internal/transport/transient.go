package transport

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"
)

// isTransient reports whether a failed attempt is worth repeating: the
// connection could not be made or broke (refused, reset, closed early) or
// the attempt timed out. Certificate errors, unknown hosts, malformed URLs
// and the caller's own cancellation are not: they fail the same way again.
func isTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return dnsErr.IsTimeout || dnsErr.IsTemporary
	}
	// A timeout of one attempt (http.Client.Timeout, dial or TLS handshake
	// timeout). The caller's deadline was ruled out before we get here.
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return true
	}
	// Some transport errors are plain strings without a wrapped cause
	// (net/http, HTTP/2, Windows socket errors).
	msg := strings.ToLower(err.Error())
	for _, s := range []string{
		"connection reset", "connection refused", "broken pipe",
		"server closed idle connection", "transport connection broken",
		"http2: client connection lost", "goaway", "unexpected eof",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
