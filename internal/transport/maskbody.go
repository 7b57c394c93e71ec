package transport

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

const (
	// traceBodyLimit is how much of a (masked) body a TRACE line shows:
	// enough for any API error or small listing, not enough to flood logs.
	traceBodyLimit = 4 << 10
	// maskReadLimit is how much of a body is read for masking. It is much
	// larger than traceBodyLimit so a JSON document can be parsed whole and
	// a secret cut in half at the read limit is never among the shown bytes.
	maskReadLimit = 64 << 10
)

// headers renders h as sorted "Name: value" lines with secret values masked.
// It is one string (not a map) so that tflog's string masking also applies.
func (m *masker) headers(h http.Header) string {
	names := make([]string, 0, len(h))
	for name := range h {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, name := range names {
		for _, v := range h[name] {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(name)
			b.WriteString(": ")
			b.WriteString(m.header(name, v))
		}
	}
	return m.literal(b.String())
}

// header masks one header value.
func (m *masker) header(name, v string) string {
	switch http.CanonicalHeaderKey(name) {
	case "Authorization", "Proxy-Authorization":
		// The scheme ("Basic", "Bearer") is not secret and helps debugging.
		if scheme, _, ok := strings.Cut(v, " "); ok && scheme != "" {
			return scheme + " " + maskValue
		}
		return maskValue
	case "Cookie":
		pairs := strings.Split(v, ";")
		for i, p := range pairs {
			pairs[i] = maskCookiePair(p)
		}
		return strings.Join(pairs, ";")
	case "Set-Cookie":
		// Only the first pair is the cookie; the rest are attributes
		// (Path, Expires, ...) worth seeing.
		first, attrs, hasAttrs := strings.Cut(v, ";")
		if hasAttrs {
			return maskCookiePair(first) + ";" + attrs
		}
		return maskCookiePair(first)
	}
	// "X-Api-Key" is the api_key of a header.
	if m.sensitive(name) || m.sensitive(strings.TrimPrefix(strings.ToLower(name), "x-")) {
		return maskValue
	}
	return v
}

func maskCookiePair(p string) string {
	if name, _, ok := strings.Cut(p, "="); ok {
		return name + "=" + maskValue
	}
	return maskValue
}

// body masks a request or response body for a TRACE line and truncates it.
// complete is false when b is only the beginning of the body.
func (m *masker) body(contentType string, b []byte, complete bool) string {
	if !complete {
		// A secret may be cut in two at the read limit, and a half secret
		// is not matched by the literal masking: drop that tail.
		if m.longestForm > 0 {
			b = b[:max(0, len(b)-(m.longestForm-1))]
		}
		b = dropPartialRune(b)
	}
	if len(b) == 0 {
		return ""
	}
	if !utf8.Valid(b) {
		return fmt.Sprintf("[%d bytes of binary data, not shown]", len(b))
	}
	mediaType, _, _ := mime.ParseMediaType(contentType)
	trimmed := bytes.TrimSpace(b)
	var s string
	switch {
	case mediaType == "application/x-www-form-urlencoded":
		s = m.query(string(b))
	case complete && (isJSONMedia(mediaType) || looksLikeJSON(trimmed)):
		// Vendors label JSON as text/html or text/plain, so sniff too.
		if out, ok := m.jsonBody(b); ok {
			s = out
		} else {
			s = m.loose(string(b))
		}
	default:
		s = m.loose(string(b))
	}
	return truncate(m.literal(s), traceBodyLimit, complete)
}

func isJSONMedia(mediaType string) bool {
	return mediaType == "application/json" || strings.HasSuffix(mediaType, "+json")
}

func looksLikeJSON(b []byte) bool {
	return len(b) > 0 && (b[0] == '{' || b[0] == '[')
}

// jsonBody masks the values of sensitive members at any depth. The document
// is re-encoded (members sorted), which is fine for a log.
func (m *masker) jsonBody(b []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return "", false
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", false // not exactly one JSON value
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m.maskJSON(v)); err != nil {
		return "", false
	}
	return strings.TrimSuffix(out.String(), "\n"), true
}

func (m *masker) maskJSON(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, val := range t {
			if m.sensitive(k) {
				t[k] = maskValue // whatever its type, even an object
			} else {
				t[k] = m.maskJSON(val)
			}
		}
	case []any:
		for i := range t {
			t[i] = m.maskJSON(t[i])
		}
	}
	return v
}

// Patterns for bodies that cannot be parsed: truncated or invalid JSON,
// XML/SOAP, plain "key=value" or "key: value" text.
var (
	// The value's closing quote is optional: a body cut off inside a
	// secret must not show its first half.
	looseJSONPair = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"(\s*:\s*)("(?:[^"\\]|\\.)*"?|[^,{}\[\]\s"]+)`)
	looseXMLElem  = regexp.MustCompile(`<([A-Za-z_][\w.:-]*)([^<>]*)>([^<]+)`)
	looseKeyValue = regexp.MustCompile(`([A-Za-z_][\w.-]*)(\s*[=:]\s*)("[^"]*"|'[^']*'|[^&\s,;"'<>]+)`)
)

// loose masks sensitive values by pattern; it is the fallback when a body
// cannot be parsed, so it errs on the side of masking.
func (m *masker) loose(s string) string {
	s = replaceGroups(looseJSONPair, s, func(g []string) string {
		if m.sensitive(g[1]) {
			return `"` + g[1] + `"` + g[2] + `"` + maskValue + `"`
		}
		return g[0]
	})
	s = replaceGroups(looseXMLElem, s, func(g []string) string {
		name := g[1]
		if i := strings.LastIndexByte(name, ':'); i >= 0 {
			name = name[i+1:] // namespace prefix
		}
		if strings.HasSuffix(g[2], "/") || strings.TrimSpace(g[3]) == "" || !m.sensitive(name) {
			return g[0]
		}
		return "<" + g[1] + g[2] + ">" + maskValue
	})
	return replaceGroups(looseKeyValue, s, func(g []string) string {
		if m.sensitive(g[1]) {
			return g[1] + g[2] + maskValue
		}
		return g[0]
	})
}

// replaceGroups is ReplaceAllStringFunc with access to the submatches.
func replaceGroups(re *regexp.Regexp, s string, f func(groups []string) string) string {
	return re.ReplaceAllStringFunc(s, func(match string) string {
		return f(re.FindStringSubmatch(match))
	})
}

// truncate cuts s to at most limit bytes on a rune boundary and says so.
func truncate(s string, limit int, complete bool) string {
	if len(s) <= limit {
		if !complete {
			return s + "…[truncated]"
		}
		return s
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + fmt.Sprintf("…[truncated, %d bytes not shown]", len(s)-cut)
}

// dropPartialRune removes a UTF-8 sequence cut in half at the end of b.
func dropPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}
