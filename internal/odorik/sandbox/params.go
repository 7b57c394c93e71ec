package sandbox

import (
	"io"
	"mime"
	"net/http"
	"net/url"
)

const maxFormBody = 1 << 20

// readParams merges the query string and a form-encoded body, for every
// method. A key present in the query keeps the query's values (Rails merges
// the body parameters with the query parameters over them). JSON and other
// bodies are ignored.
func readParams(r *http.Request) (url.Values, error) {
	query, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	params := url.Values{}
	if r.Body != nil && isForm(r.Header.Get("Content-Type")) {
		data, err := io.ReadAll(io.LimitReader(r.Body, maxFormBody))
		if err != nil {
			return nil, err
		}
		if params, err = url.ParseQuery(string(data)); err != nil {
			return nil, err
		}
	}
	for key, vals := range query {
		params[key] = vals
	}
	return params, nil
}

func isForm(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/x-www-form-urlencoded"
}

// param returns the last value of key (a repeated key keeps its last value,
// as in Rails), or "".
func param(p url.Values, key string) string {
	vals := p[key]
	if len(vals) == 0 {
		return ""
	}
	return vals[len(vals)-1]
}
