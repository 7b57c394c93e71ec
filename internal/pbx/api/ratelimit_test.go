package api

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/transport"
)

// waitSettings let the transport wait for a quota that resets within 5 s.
var waitSettings = transport.Settings{MaxRetries: 2, MaxRetryWait: 5 * time.Second, RequestTimeout: 5 * time.Second}

func TestQuotaResettingSoonIsWaitedFor(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.newClient(func(c *Config) { c.Transport = waitSettings })
	ctx := testCtx(t)
	if _, err := c.ClientInfo(ctx, me); err != nil { // token fetched beforehand
		t.Fatal(err)
	}
	e.api.Kit.ResetRequests()
	e.api.ExhaustQuota(time.Second)

	start := time.Now()
	got, err := c.ClientInfo(ctx, me)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatalf("ClientInfo with a quota resetting in 1 s: %v", err)
	}
	if got.ID != sandbox.DemoClientID {
		t.Errorf("ClientInfo = %+v", got)
	}
	if n := e.count("GET", clientInfoRe); n != 2 {
		t.Errorf("GETs = %d, want 2 (429, then after the reset)", n)
	}
	// X-RateLimit-Reset says 1 (seconds, rounded up); that is the wait.
	if elapsed < 900*time.Millisecond || elapsed > 3*time.Second {
		t.Errorf("the call took %v, want about 1 s (X-RateLimit-Reset)", elapsed)
	}
}

func TestQuotaResettingLateIsRateLimitError(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.newClient(func(c *Config) { c.Transport = waitSettings })
	ctx := testCtx(t)
	e.api.ExhaustQuota(2 * time.Hour)

	check := func(t *testing.T, err error, elapsed time.Duration) {
		t.Helper()
		var rl *RateLimitError
		if !errors.As(err, &rl) {
			t.Fatalf("err = %#v, want *RateLimitError", err)
		}
		if !errors.Is(err, ErrRateLimited) {
			t.Errorf("errors.Is(err, ErrRateLimited) = false for %v", err)
		}
		if errors.Is(err, ErrNotFound) {
			t.Errorf("a 429 is ErrNotFound: %v", err)
		}
		if rl.API == nil || rl.API.HTTPStatus != http.StatusTooManyRequests || rl.API.Status != "rate_limit_exceeded" {
			t.Errorf("API = %+v, want 429 rate_limit_exceeded", rl.API)
		}
		if rl.Limit != "10000" {
			t.Errorf("Limit = %q, want 10000 (X-RateLimit-Limit)", rl.Limit)
		}
		if d := time.Until(rl.ResetAt); d < 2*time.Hour-time.Minute || d > 2*time.Hour+time.Minute {
			t.Errorf("ResetAt is %v away, want about 2h", d)
		}
		msg := err.Error()
		if !strings.Contains(msg, "quota resets in") || !strings.Contains(msg, rl.ResetAt.UTC().Format("2006-01-02T15:04")) {
			t.Errorf("message %q should say when the quota resets", msg)
		}
		if !strings.Contains(msg, "2h0m0s") && !strings.Contains(msg, "1h59m") {
			t.Errorf("message %q should give the time to the reset (2h)", msg)
		}
		if elapsed > 2*time.Second {
			t.Errorf("returned after %v: a reset 2 h away must not be waited for", elapsed)
		}
	}

	t.Run("read", func(t *testing.T) {
		start := time.Now()
		_, err := c.ClientInfo(ctx, me)
		check(t, err, time.Since(start))
		if n := e.count("GET", clientInfoRe); n != 1 {
			t.Errorf("GETs = %d, want 1 (no retry)", n)
		}
	})

	t.Run("create", func(t *testing.T) {
		start := time.Now()
		_, err := c.Intervals().Create(ctx, me, officeHours("rate limited"))
		check(t, err, time.Since(start))
		if n := e.count("POST", intervalsRe); n != 1 {
			t.Errorf("POSTs = %d, want 1", n)
		}
		if n := len(e.api.Intervals()); n != 0 {
			t.Errorf("stored %d intervals, want 0", n)
		}
	})
}

// The quota window is aligned to the emulator's clock, fixed here at half
// past ten: X-RateLimit-Reset stays 1800 s throughout.
func pacingEnv(t *testing.T, limit int) *env {
	t.Helper()
	clk := newFakeClock(time.Date(2030, 1, 15, 10, 30, 0, 0, time.UTC))
	e := newEnv(t, sandbox.WithClock(clk.Now))
	e.api.SetRateLimit(limit, time.Hour)
	return e
}

func TestPacingWhenQuotaRunsLow(t *testing.T) {
	t.Parallel()
	// limit 40: the low-water mark is max(40/20, 10) = 10 requests left.
	// After call k, 40-k are left, so the calls from the 31st on are paced.
	const limit, calls, unpaced = 40, 36, 30

	run := func(t *testing.T, maxPace time.Duration) []time.Duration {
		t.Helper()
		e := pacingEnv(t, limit)
		c := e.newClient(func(c *Config) { c.MaxPace = maxPace })
		rec := &pauses{}
		c.sleep = rec.sleep
		ctx := testCtx(t)
		for i := 1; i <= calls; i++ {
			if _, err := c.ClientInfo(ctx, me); err != nil {
				t.Fatalf("call %d: %v", i, err)
			}
			if i == unpaced {
				if p := rec.all(); len(p) != 0 {
					t.Fatalf("pauses %v within the first %d calls, want none while more than 10 requests are left", p, unpaced)
				}
			}
		}
		if n := e.count("GET", clientInfoRe); n != calls {
			t.Errorf("GETs = %d, want %d", n, calls)
		}
		got := rec.all()
		if len(got) != calls-unpaced {
			t.Fatalf("pauses = %v, want one before each of the last %d calls", got, calls-unpaced)
		}
		for i, d := range got {
			if d <= 0 || d > maxPace {
				t.Errorf("pause %d = %v, want > 0 and <= MaxPace %v", i, d, maxPace)
			}
		}
		return got
	}

	t.Run("capped by MaxPace", func(t *testing.T) {
		t.Parallel()
		const maxPace = 75 * time.Millisecond
		for i, d := range run(t, maxPace) {
			// 1800 s shared by about 10 requests is far more than the cap.
			if d != maxPace {
				t.Errorf("pause %d = %v, want the cap %v", i, d, maxPace)
			}
		}
	})

	t.Run("time to reset shared out", func(t *testing.T) {
		t.Parallel()
		got := run(t, time.Hour)
		// Before call 31, 10 are left: 1800 s / 11; then / 10, / 9, ...
		for i, d := range got {
			want := 1800 * time.Second / time.Duration(11-i)
			if diff := d - want; diff < -5*time.Second || diff > 5*time.Second {
				t.Errorf("pause %d = %v, want about %v", i, d, want)
			}
			if i > 0 && d <= got[i-1] {
				t.Errorf("pause %d = %v not longer than the one before (%v) with fewer requests left", i, d, got[i-1])
			}
		}
	})

	t.Run("default MaxPace", func(t *testing.T) {
		t.Parallel()
		e := pacingEnv(t, limit)
		c := e.newClient(nil)
		if c.Config().MaxPace != DefaultMaxPace {
			t.Fatalf("MaxPace = %v, want the default %v", c.Config().MaxPace, DefaultMaxPace)
		}
		rec := &pauses{}
		c.sleep = rec.sleep
		for i := 0; i < unpaced+2; i++ {
			if _, err := c.ClientInfo(testCtx(t), me); err != nil {
				t.Fatal(err)
			}
		}
		got := rec.all()
		if len(got) != 2 || got[0] != DefaultMaxPace || got[1] != DefaultMaxPace {
			t.Errorf("pauses = %v, want two of %v", got, DefaultMaxPace)
		}
	})
}

func TestNoPacingWithPlentyOfQuota(t *testing.T) {
	t.Parallel()
	e := pacingEnv(t, sandbox.DefaultRateLimit)
	rec := &pauses{}
	e.client.sleep = rec.sleep
	ctx := testCtx(t)
	for i := 0; i < 40; i++ {
		if _, err := e.client.ClientInfo(ctx, me); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.client.Intervals().List(ctx, me); err != nil {
		t.Fatal(err)
	}
	if p := rec.all(); len(p) != 0 {
		t.Errorf("pauses %v with %d requests an hour, want none", p, sandbox.DefaultRateLimit)
	}
}

func TestPacingStopsWhenQuotaIsUsedUp(t *testing.T) {
	t.Parallel()
	// Limit 12: paced from the 3rd call; once nothing is left the call goes
	// out unpaused and gets the 429 that says when the quota resets.
	e := pacingEnv(t, 12)
	rec := &pauses{}
	e.client.sleep = rec.sleep
	ctx := testCtx(t)
	for i := 1; i <= 12; i++ {
		if _, err := e.client.ClientInfo(ctx, me); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	before := len(rec.all())
	_, err := e.client.ClientInfo(ctx, me)
	if !errors.Is(err, ErrRateLimited) {
		t.Fatalf("13th call: err = %v, want ErrRateLimited", err)
	}
	if before != 10 {
		t.Errorf("pauses before the quota ran out = %d, want 10", before)
	}
	if n := len(rec.all()); n != before {
		t.Errorf("the call after the quota ran out paused (%v)", rec.all()[before:])
	}
}
