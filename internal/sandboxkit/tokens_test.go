package sandboxkit

import (
	"testing"
	"time"
)

func TestTokens(t *testing.T) {
	ts := NewTokens(16)
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tok, expires := ts.Issue("alice", now, time.Hour)
	other, _ := ts.Issue("", now, time.Minute)
	if len(tok) != 32 || tok == other || !expires.Equal(now.Add(time.Hour)) {
		t.Fatalf("token %q %q, expires %v", tok, other, expires)
	}
	if sub, st := ts.Check(tok, now.Add(time.Hour-time.Nanosecond)); st != TokenValid || sub != "alice" {
		t.Errorf("before expiry: %q %v", sub, st)
	}
	if _, st := ts.Check(tok, now.Add(time.Hour)); st != TokenExpired {
		t.Errorf("at expiry: %v", st)
	}
	if _, st := ts.Check("nope", now); st != TokenUnknown {
		t.Errorf("unknown token: %v", st)
	}
	ts.RevokeAll()
	if sub, st := ts.Check(other, now); st != TokenExpired || sub != "" {
		t.Errorf("revoked: %q %v", sub, st)
	}
	fresh, _ := ts.Issue("bob", now, time.Hour)
	if _, st := ts.Check(fresh, now); st != TokenValid || ts.Issued() != 3 {
		t.Errorf("after revoke: %v, issued %d", st, ts.Issued())
	}
}
