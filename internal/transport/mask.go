package transport

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// maskValue replaces everything we hide. Three asterisks, like tflog's own
// masking, so both layers look the same in the output.
const maskValue = "***"

// defaultSensitiveKeys are names whose values are secret in any vendor API
// we have seen. Matching is case-insensitive and ignores '-' and '_', so
// "accessToken", "access_token" and "Access-Token" are one key.
var defaultSensitiveKeys = []string{
	"password", "passwd", "secret", "token", "access_token", "accessToken",
	"api_key", "apikey", "api_token", "client_secret", "authorization",
	"subaccount_password", "app_secret",
}

// sensitiveSuffixes catch the many spellings vendors invent around the same
// stems (refresh_token, sip_secret, X-Api-Key, user_password, ...). Masking
// a harmless value in a log costs little; leaking a credential costs a lot.
var sensitiveSuffixes = []string{"password", "passwd", "secret", "token", "apikey"}

// Mask replaces every occurrence of each non-empty secret in s, in its
// literal, URL-query-escaped, URL-path-escaped and JSON-escaped forms, with
// "***". Longer secrets are replaced first, so a secret that contains
// another is not left half visible.
func Mask(s string, secrets []string) string {
	r := newSecretReplacer(secrets)
	if r == nil {
		return s
	}
	return r.Replace(s)
}

// secretForms returns the spellings in which a secret can appear in a URL,
// a form body, a JSON body or a log line, deduplicated and longest first.
func secretForms(secrets []string) []string {
	seen := map[string]bool{}
	var forms []string
	add := func(f string) {
		if f != "" && !seen[f] {
			seen[f] = true
			forms = append(forms, f)
		}
	}
	for _, s := range secrets {
		if s == "" {
			continue
		}
		add(s)
		add(url.QueryEscape(s))
		add(url.PathEscape(s))
		// url.URL.String escapes a path slightly differently than
		// PathEscape ('/', ';', ',' stay as they are).
		add((&url.URL{Path: s}).EscapedPath())
		add(strings.ReplaceAll(url.QueryEscape(s), "+", "%20"))
		add(jsonEscape(s, true))
		add(jsonEscape(s, false))
	}
	// Longest first: strings.Replacer tries the pairs in argument order at
	// each position.
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
	return forms
}

// jsonEscape returns s as it appears inside a JSON string, with or without
// encoding/json's default escaping of <, > and &.
func jsonEscape(s string, escapeHTML bool) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(s); err != nil {
		return ""
	}
	out := strings.TrimSuffix(b.String(), "\n")
	return out[1 : len(out)-1]
}

func newSecretReplacer(secrets []string) *strings.Replacer {
	forms := secretForms(secrets)
	if len(forms) == 0 {
		return nil
	}
	pairs := make([]string, 0, 2*len(forms))
	for _, f := range forms {
		pairs = append(pairs, f, maskValue)
	}
	return strings.NewReplacer(pairs...)
}

// masker holds one client's masking configuration, prepared once so that
// logging each attempt does not rebuild it.
type masker struct {
	secrets *strings.Replacer // nil when there are no secrets
	forms   []string          // the secret forms, for tflog's own masking
	// longestForm is the length of the longest secret form: the most a
	// truncated body must lose so no half secret is shown.
	longestForm int
	keys        map[string]bool // normalized sensitive keys
}

func newMasker(secrets, extraKeys []string) *masker {
	m := &masker{
		secrets: newSecretReplacer(secrets),
		forms:   secretForms(secrets),
		keys:    map[string]bool{},
	}
	if len(m.forms) > 0 {
		m.longestForm = len(m.forms[0]) // sorted longest first
	}
	for _, k := range defaultSensitiveKeys {
		m.keys[normalizeKey(k)] = true
	}
	for _, k := range extraKeys {
		if n := normalizeKey(k); n != "" {
			m.keys[n] = true
		}
	}
	return m
}

// normalizeKey lowercases and drops '-' and '_' so one entry matches every
// spelling convention.
func normalizeKey(k string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' {
			return -1
		}
		return unicode.ToLower(r)
	}, strings.TrimSpace(k))
}

// sensitive reports whether the value of a parameter, JSON member, XML
// element or header called key must be hidden.
func (m *masker) sensitive(key string) bool {
	n := normalizeKey(key)
	if n == "" {
		return false
	}
	if m.keys[n] {
		return true
	}
	for _, s := range sensitiveSuffixes {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// literal replaces the secret values only.
func (m *masker) literal(s string) string {
	if m.secrets == nil {
		return s
	}
	return m.secrets.Replace(s)
}

// urlInText finds URLs inside free text such as error messages. It stops at
// quotes and whitespace, which is how net/http and resty delimit them.
var urlInText = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://[^\s"'<>]+`)

// text masks free text (error messages, URLs): secrets anywhere, and
// sensitive query parameters and userinfo passwords of URLs inside it.
func (m *masker) text(s string) string {
	s = m.literal(s)
	if !strings.Contains(s, "://") {
		return s
	}
	return urlInText.ReplaceAllStringFunc(s, m.url)
}

// url masks one URL in place, without re-encoding it, so the logged URL is
// byte for byte the one sent except for the hidden values.
func (m *masker) url(raw string) string {
	raw = m.literal(raw)
	// userinfo password: scheme://user:password@host
	if i := strings.Index(raw, "://"); i >= 0 {
		rest := raw[i+3:]
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		if at := strings.LastIndex(rest[:end], "@"); at >= 0 {
			if colon := strings.Index(rest[:at], ":"); colon >= 0 {
				rest = rest[:colon+1] + maskValue + rest[at:]
				raw = raw[:i+3] + rest
			}
		}
	}
	frag := ""
	if i := strings.IndexByte(raw, '#'); i >= 0 {
		raw, frag = raw[:i], raw[i:]
	}
	if i := strings.IndexByte(raw, '?'); i >= 0 {
		raw = raw[:i+1] + m.query(raw[i+1:])
	}
	return raw + frag
}

// query masks the values of sensitive keys in an application/x-www-form-
// urlencoded string (a URL query or a form body), keeping order and
// encoding of everything else.
func (m *masker) query(q string) string {
	if q == "" {
		return q
	}
	parts := strings.Split(q, "&")
	for i, p := range parts {
		k, _, hasValue := strings.Cut(p, "=")
		if !hasValue {
			continue
		}
		key, err := url.QueryUnescape(k)
		if err != nil {
			key = k
		}
		if m.sensitive(key) {
			parts[i] = k + "=" + maskValue
		}
	}
	return m.literal(strings.Join(parts, "&"))
}
