package sandboxkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"
)

// Wrap records every request (before any fault is applied), then applies the
// first matching fault with hits left, or serves next unchanged.
func (k *Kit) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		k.record(r)
		f, ok := k.take(r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		switch f.Kind {
		case KindLatency:
			serveLatency(f, next, w, r)
		case KindStatus:
			serveStatus(f, w)
		case KindDrop:
			next.ServeHTTP(newBufferWriter(), r)
			closeConnection(w, false)
		case KindReset:
			closeConnection(w, true)
		case KindMalformed:
			serveMalformed(f, next, w, r)
		default:
			next.ServeHTTP(w, r)
		}
	})
}

func serveLatency(f Fault, next http.Handler, w http.ResponseWriter, r *http.Request) {
	t := time.NewTimer(f.Delay)
	defer t.Stop()
	select {
	case <-t.C:
		next.ServeHTTP(w, r)
	case <-r.Context().Done():
		// The client gave up; like a server that never got to the request.
	}
}

func serveStatus(f Fault, w http.ResponseWriter) {
	body := f.Body
	if body == "" {
		body = fmt.Sprintf("sandbox fault: %d %s\n", f.Status, http.StatusText(f.Status))
	}
	if f.RetryAfter != "" {
		w.Header().Set("Retry-After", f.RetryAfter)
	}
	if json.Valid([]byte(body)) {
		w.Header().Set("Content-Type", "application/json")
	} else {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(f.Status)
	_, _ = io.WriteString(w, body)
}

func serveMalformed(f Fault, next http.Handler, w http.ResponseWriter, r *http.Request) {
	buf := newBufferWriter()
	next.ServeHTTP(buf, r)
	body := []byte(f.Body)
	if f.Body == "" {
		body = truncateJSON(buf.body.Bytes())
	}
	for key, vals := range buf.header {
		w.Header()[key] = vals
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

// truncateJSON cuts body in half; the result is never valid JSON.
func truncateJSON(body []byte) []byte {
	cut := body[:len(body)/2]
	if len(cut) == 0 || json.Valid(cut) {
		return []byte(`{"sandbox_malformed":`)
	}
	return bytes.Clone(cut)
}

// closeConnection closes the client connection without an answer. With
// reset the close is abortive (TCP RST) instead of an orderly FIN.
func closeConnection(w http.ResponseWriter, reset bool) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		// HTTP/2 or a writer that cannot hijack: abort the stream instead.
		panic(http.ErrAbortHandler)
	}
	if reset {
		raw := conn
		if nc, ok := conn.(interface{ NetConn() net.Conn }); ok {
			raw = nc.NetConn()
		}
		if tcp, ok := raw.(*net.TCPConn); ok {
			_ = tcp.SetLinger(0)
		}
	}
	_ = conn.Close()
}

// bufferWriter collects a handler's answer so it can be thrown away or
// replaced.
type bufferWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func newBufferWriter() *bufferWriter { return &bufferWriter{header: http.Header{}} }

func (b *bufferWriter) Header() http.Header { return b.header }

func (b *bufferWriter) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}

func (b *bufferWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}
