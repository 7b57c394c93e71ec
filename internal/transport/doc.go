// Package transport is the one place where HTTP behaviour lives for every
// vendor API client of the provider: retries, timeouts, the User-Agent, and
// logging with secrets masked. Vendor packages build their *resty.Client with
// NewClient and only describe their API; they must not configure retries,
// timeouts or logging themselves, so all vendors behave alike and a fix here
// fixes them all.
//
// # Retries
//
// Retries use resty's own machinery (SetRetryCount, one AddRetryCondition,
// SetRetryAfter, SetRetryWaitTime, SetRetryMaxWaitTime), not a loop of ours.
// A request is repeated after HTTP 429, any 5xx, or a transient connection
// failure (refused, reset, EOF, unexpected EOF, timeout of one attempt), at
// most Settings.MaxRetries times. Waits are capped exponential backoff with
// jitter, or the server's Retry-After (seconds or HTTP date) when it sends
// one. A Retry-After longer than Settings.MaxRetryWait (or than the time left
// before the context deadline) is not waited for: the 429/503 response is
// returned at once, without error, so the caller can tell the user when the
// quota resets. A vendor that announces the wait in its own header (a
// rate-limit reset counter) supplies Options.ServerWait, which replaces the
// Retry-After reading with the same rules.
//
// POST and PATCH are not idempotent, so they are repeated only when the
// caller says it is safe: build the request context with AllowRetry, e.g.
//
//	req := client.R().SetContext(transport.AllowRetry(ctx))
//
// resty v2 itself retries every method alike, so the rule is enforced by our
// retry condition. A vendor that adds its own retry condition must apply the
// same rule, because resty stops at the first condition that says "retry".
//
// Each attempt is limited by Settings.RequestTimeout (http.Client.Timeout);
// the request's context bounds the whole call, waits between attempts
// included.
//
// # Logging
//
// Every attempt is logged through tflog, in the subsystem named by
// Options.Subsystem, using the request's context: one DEBUG line with method,
// masked URL, status (or error), duration and attempt number, and at TRACE
// the masked request headers and body and the masked response headers and
// body (truncated). The level can be raised for one vendor with the
// environment variable TF_LOG_PROVIDER_TELECOM_<SUBSYSTEM>. resty's own
// logger is silenced because it prints failed attempts, full URL included,
// to stderr.
//
// Masking replaces with "***": every literal Options.Secrets value (and its
// URL-escaped and JSON-escaped forms) anywhere, URL path included; and the
// values of sensitive keys in query strings, form bodies, JSON bodies at any
// depth, XML elements and headers (Authorization, Proxy-Authorization, Cookie
// and Set-Cookie always). Sensitive keys are password, passwd, secret, token,
// access_token, accessToken, api_key, apikey, api_token, client_secret,
// authorization, subaccount_password, app_secret and Options.SensitiveKeys,
// compared ignoring case, '-' and '_'; any key ending in password, passwd,
// secret, token or apikey counts too (refresh_token, X-Api-Key, ...). tflog's
// own string masking of the secrets is applied on top.
//
// # Errors
//
// resty returns net/http errors (*url.Error) whose text contains the full
// request URL, and there is no resty hook that can rewrite a returned error.
// Therefore every vendor client must pass a non-nil error from a request
// through Err before returning it or putting it in a diagnostic:
//
//	resp, err := req.Get(path)
//	if err != nil {
//		return transport.Err(err, secrets)
//	}
//
// Err masks the text like the logs do and keeps errors.Is/As working.
//
// # Notes for vendor clients
//
//   - An io.Reader request body is read into memory before the first attempt
//     so it can be re-sent; []byte, string, struct, map and form bodies are
//     re-encoded by resty for every attempt.
//   - The client's transport is wrapped for logging, so resty's
//     Client.Transport() reports an error and SetTLSClientConfig/SetProxy do
//     nothing (proxies from the environment still apply). Add such needs here.
//   - resty keeps a cookie jar per client: cookies a vendor sets are sent back.
package transport
