// Package sandboxkit is the vendor-neutral part of the in-process API
// emulators: it records every request an emulator receives and injects
// faults (latency, error statuses, dropped or reset connections, malformed
// bodies) in front of the emulator's handler. It also holds what every
// emulator does the same way whatever its vendor: applying its options
// (Configure), squeezing request paths (CleanPath), sending a JSON answer
// with its Content-Length (WriteJSON), persisting its store (Snapshot,
// Restore) and keeping issued access tokens (Tokens). What a vendor's API
// answers (status codes, error bodies, auth rules) stays in its emulator.
//
// Each emulator owns one Kit and serves its API through Kit.Wrap. Tests
// configure faults directly with Kit.AddFault; the telecom-sandbox command
// exposes the same operations as a small JSON API (Kit.ControlHandler).
//
// A fault is matched against the method and the URL path of a request. The
// first fault that matches and has hits left is applied; Times limits how
// many requests a fault hits (0 means every matching request until the faults
// are cleared). Kinds:
//
//   - latency: sleep Delay, then serve normally. If the client gives up
//     during the sleep, the handler is not run (nothing is committed).
//   - status: answer Status (default 500) with an optional Retry-After header
//     and Body (default a short text) without running the handler.
//   - drop: run the handler (its effect is committed), discard its answer and
//     close the connection without sending anything (client sees EOF).
//   - reset: close the connection with a TCP reset before the handler runs
//     (nothing committed).
//   - malformed: run the handler (committed), then answer 200 with a
//     truncated copy of its body (or Body, if set), which is not valid JSON.
//
// Note for tests of drop/reset: Go's http.Transport silently retries an
// idempotent request (GET, HEAD, ...) when a reused keep-alive connection is
// closed before any response byte arrived. Use a fresh connection (for
// example a Transport with DisableKeepAlives) when the exact number of
// attempts matters.
package sandboxkit
