package transport

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// CheckBaseURL validates a base_url given by the user (or a vendor default)
// before any request is made, so a typo fails at configure time with a clear
// message instead of as a confusing request error later.
//
// The URL must be absolute http(s) with a host. Plain http is accepted only
// for loopback hosts (localhost, 127.0.0.0/8, ::1): credentials travel in
// every request, and a local emulator or test server is the only legitimate
// reason not to use TLS. A query or fragment is refused because request paths
// are appended to the base URL.
func CheckBaseURL(raw string) error {
	if strings.TrimSpace(raw) == "" {
		return fmt.Errorf("base_url must not be empty")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("base_url %q is not a valid URL: %v", raw, unwrapURLError(err))
	}
	if !u.IsAbs() || u.Host == "" || u.Hostname() == "" {
		return fmt.Errorf("base_url %q must be an absolute URL with a scheme and a host, such as https://api.example.com", raw)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "https" && scheme != "http" {
		return fmt.Errorf("base_url %q must use https (scheme %q is not supported)", raw, u.Scheme)
	}
	if scheme == "http" && !isLoopbackHost(u.Hostname()) {
		return fmt.Errorf("base_url %q must use https (plain http is only allowed for loopback hosts such as 127.0.0.1)", raw)
	}
	if u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return fmt.Errorf("base_url %q must not contain a query or fragment, because request paths are appended to it", raw)
	}
	return nil
}

// isLoopbackHost reports whether host (without port or brackets) is
// localhost or a loopback IP literal. Names other than "localhost" are not
// resolved: DNS could point them anywhere.
func isLoopbackHost(host string) bool {
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// unwrapURLError drops the *url.Error wrapper, whose text repeats the URL
// that our message already quotes.
func unwrapURLError(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}

// BaseURLOr is the client's base URL: the configured one without a trailing
// slash (paths are appended with one), or the vendor's default.
func BaseURLOr(configured, vendorDefault string) string {
	if configured == "" {
		configured = vendorDefault
	}
	return strings.TrimRight(configured, "/")
}
