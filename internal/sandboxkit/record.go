package sandboxkit

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"net/url"
	"time"
)

// record stores r and leaves its body readable for the next handler.
func (k *Kit) record(r *http.Request) {
	req := Request{
		Method:   r.Method,
		Path:     r.URL.Path,
		RawQuery: r.URL.RawQuery,
		Form:     r.URL.Query(),
		Header:   r.Header.Clone(),
		Time:     time.Now(),
	}
	if r.Body != nil && r.Body != http.NoBody {
		body, complete := peekBody(r)
		req.Body = string(body)
		if complete && isFormEncoded(r.Header.Get("Content-Type")) {
			if form, err := url.ParseQuery(string(body)); err == nil {
				for key, vals := range form {
					req.Form[key] = append(req.Form[key], vals...)
				}
			}
		}
	}
	k.add(req)
}

// peekBody reads up to MaxRecordedBody bytes and puts them back in front of
// the rest of the body. complete reports whether the whole body was read.
func peekBody(r *http.Request) (data []byte, complete bool) {
	orig := r.Body
	data, err := io.ReadAll(io.LimitReader(orig, MaxRecordedBody+1))
	complete = err == nil && len(data) <= MaxRecordedBody
	r.Body = readCloser{io.MultiReader(bytes.NewReader(data), orig), orig}
	if len(data) > MaxRecordedBody {
		data = data[:MaxRecordedBody]
	}
	return data, complete
}

type readCloser struct {
	io.Reader
	io.Closer
}

func isFormEncoded(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/x-www-form-urlencoded"
}
