package api

import (
	"net/http"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/pbx/sandbox"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// The emulator commits the POST, then the connection is dropped: the
// answer is lost, the interval exists. Times were sent as HH:MM and are
// stored as HH:MM:SS, so finding it again must compare times as times.
func TestCreateIntervalPOSTDroppedAfterCommit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Path: faultIntervals, Times: 1})

	got, err := e.client.Intervals().Create(testCtx(t), me, officeHours("dropped"))
	if err != nil {
		t.Fatalf("a lost answer to a committed POST must not be an error: %v", err)
	}
	stored := e.storedIntervalsNamed("dropped")
	if len(stored) != 1 {
		t.Fatalf("stored %d intervals, want exactly 1", len(stored))
	}
	if n := e.count("POST", intervalsRe); n != 1 {
		t.Errorf("POSTs = %d, want 1 (repeating would duplicate)", n)
	}
	if n := e.count("GET", intervalsRe); n != 1 {
		t.Errorf("list requests = %d, want 1 (the check after the lost answer)", n)
	}
	if got.ID != stored[0].ID || got.ClientID == 0 || !reflect.DeepEqual(got.Conditions, wantConditions) {
		t.Errorf("CreateInterval = %+v, want the committed interval %d", got, stored[0].ID)
	}
}

func TestCreateDialRuleListPOSTDroppedAfterCommit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Path: faultDialRules, Times: 1})
	in := sampleRules("dropped")

	got, err := e.client.DialRules().Create(testCtx(t), me, in)
	if err != nil {
		t.Fatalf("a lost answer to a committed POST must not be an error: %v", err)
	}
	stored := e.storedDialRulesNamed("dropped")
	if len(stored) != 1 {
		t.Fatalf("stored %d lists, want exactly 1", len(stored))
	}
	if n := e.count("POST", dialRulesRe); n != 1 {
		t.Errorf("POSTs = %d, want 1", n)
	}
	if got.ID != stored[0].ID || !reflect.DeepEqual(got.DialRules, in.DialRules) {
		t.Errorf("CreateDialRuleList = %+v, want the committed list %d", got, stored[0].ID)
	}
}

// A 500 before the handler ran: nothing was committed, so after checking
// the POST is sent once more.
func TestCreatePOST500BeforeCommitIsRepeatedOnce(t *testing.T) {
	t.Parallel()

	t.Run("interval", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: faultIntervals, Status: http.StatusInternalServerError, Times: 1})
		got, err := e.client.Intervals().Create(testCtx(t), me, officeHours("500 once"))
		if err != nil {
			t.Fatal(err)
		}
		stored := e.storedIntervalsNamed("500 once")
		if len(stored) != 1 || got.ID != stored[0].ID {
			t.Errorf("stored %+v, returned id %d; want exactly one, the returned one", stored, got.ID)
		}
		if n := e.count("POST", intervalsRe); n != 2 {
			t.Errorf("POSTs = %d, want 2 (the failed one and one repeat)", n)
		}
		if n := e.count("GET", intervalsRe); n != 1 {
			t.Errorf("list requests = %d, want 1 (checked before repeating)", n)
		}
	})

	t.Run("dial rule list", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: faultDialRules, Status: http.StatusServiceUnavailable, Times: 1})
		got, err := e.client.DialRules().Create(testCtx(t), me, sampleRules("503 once"))
		if err != nil {
			t.Fatal(err)
		}
		stored := e.storedDialRulesNamed("503 once")
		if len(stored) != 1 || got.ID != stored[0].ID {
			t.Errorf("stored %+v, returned id %d; want exactly one, the returned one", stored, got.ID)
		}
		if n := e.count("POST", dialRulesRe); n != 2 {
			t.Errorf("POSTs = %d, want 2", n)
		}
	})

	t.Run("reset", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindReset, Method: "POST", Path: faultIntervals, Times: 1})
		got, err := e.client.Intervals().Create(testCtx(t), me, officeHours("reset"))
		if err != nil {
			t.Fatal(err)
		}
		if stored := e.storedIntervalsNamed("reset"); len(stored) != 1 || got.ID != stored[0].ID {
			t.Errorf("stored %+v, returned id %d; want exactly one", stored, got.ID)
		}
	})
}

func TestCreatePOST500EveryTimeGivesUp(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: faultIntervals, Status: http.StatusInternalServerError})
	_, err := e.client.Intervals().Create(testCtx(t), me, officeHours("never"))
	if err == nil {
		t.Fatal("CreateInterval succeeded against a server answering 500")
	}
	if n := e.count("POST", intervalsRe); n != 1+fastSettings.MaxRetries {
		t.Errorf("POSTs = %d, want %d", n, 1+fastSettings.MaxRetries)
	}
	if n := len(e.api.Intervals()); n != 0 {
		t.Errorf("stored %d intervals, want 0", n)
	}
}

// The answer is cut in the middle (a truncated gzip stream): the
// interval was committed and must be found, not created again.
func TestCreateIntervalAnswerTruncated(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Method: "POST", Path: faultIntervals, Times: 1})
	got, err := e.client.Intervals().Create(testCtx(t), me, officeHours("truncated"))
	if err != nil {
		t.Fatal(err)
	}
	if stored := e.storedIntervalsNamed("truncated"); len(stored) != 1 || got.ID != stored[0].ID {
		t.Errorf("stored %+v, returned id %d; want exactly one", stored, got.ID)
	}
	if n := e.count("POST", intervalsRe); n != 1 {
		t.Errorf("POSTs = %d, want 1", n)
	}
}

// An identical interval that this process already created is not taken for
// the one whose answer was lost.
func TestCreateDoesNotReclaimOwnEarlierObject(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	first, err := e.client.Intervals().Create(ctx, me, officeHours("twin"))
	if err != nil {
		t.Fatal(err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: faultIntervals, Status: http.StatusBadGateway, Times: 1})
	second, err := e.client.Intervals().Create(ctx, me, officeHours("twin"))
	if err != nil {
		t.Fatal(err)
	}
	if second.ID == first.ID {
		t.Errorf("the second create returned the first interval %d", first.ID)
	}
	if n := len(e.storedIntervalsNamed("twin")); n != 2 {
		t.Errorf("stored %d twins, want 2", n)
	}
}

func TestParallelIdenticalCreatesWithOneDrop(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Path: faultIntervals, Times: 1})
	ctx := testCtx(t)

	const n = 2
	var wg sync.WaitGroup
	got := make([]Interval, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = e.client.Intervals().Create(ctx, me, officeHours("parallel"))
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("create %d: %v", i, err)
		}
	}
	if got[0].ID == 0 || got[0].ID == got[1].ID {
		t.Errorf("ids %d and %d, want two distinct objects", got[0].ID, got[1].ID)
	}
	stored := e.storedIntervalsNamed("parallel")
	if len(stored) != n {
		t.Fatalf("stored %d intervals, want %d", len(stored), n)
	}
	ids := map[int64]bool{stored[0].ID: true, stored[1].ID: true}
	if !ids[got[0].ID] || !ids[got[1].ID] {
		t.Errorf("returned ids %d, %d; stored %v", got[0].ID, got[1].ID, ids)
	}
	if c := e.count("POST", intervalsRe); c != n {
		t.Errorf("POSTs = %d, want %d (no repeat)", c, n)
	}
	if d := e.api.Kit.Faults()[0].Hits; d != 1 {
		t.Errorf("the drop fault hit %d requests, want 1", d)
	}
}

// Creates of one name are serialized within the process (Collection.Create), so a
// create whose answer is lost cannot mistake a parallel identical create's
// object for its own; creates of other names cannot be mistaken (same
// compares names) and run in parallel. The first POST is slowed down; the
// second must wait for it only when the names are the same.
func TestCreatesOfOneNameAreSerialized(t *testing.T) {
	t.Parallel()
	const delay = 300 * time.Millisecond
	for _, tc := range []struct {
		name   string
		names  [2]string
		serial bool
	}{
		{"same name", [2]string{"twin", "twin"}, true},
		{"other names", [2]string{"first", "second"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindLatency, Method: "POST", Path: faultIntervals, Times: 1, Delay: delay})
			ctx := testCtx(t)
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i := range errs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, errs[i] = e.client.Intervals().Create(ctx, me, officeHours(tc.names[i]))
				}()
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
			posts := e.requests("POST", intervalsRe)
			if len(posts) != 2 {
				t.Fatalf("POSTs = %d, want 2", len(posts))
			}
			gap := posts[1].Time.Sub(posts[0].Time)
			if tc.serial && gap < delay-20*time.Millisecond {
				t.Errorf("the second POST left %v after the first, want after the first create finished (>= %v)", gap, delay)
			}
			if !tc.serial && gap >= delay-20*time.Millisecond {
				t.Errorf("the second POST waited %v for the first, want them in parallel", gap)
			}
			if len(e.api.Intervals()) != 2 {
				t.Errorf("the PBX holds %d intervals, want 2", len(e.api.Intervals()))
			}
		})
	}
}

// BUG (see the report): claims are keyed by the client id string the
// caller passed, so "@me" and the numeric id of the same client are two
// claim sets. An interval this process created through "@me" is taken as
// the result of a later identical create through "12345" whose POST failed
// before it reached the PBX: the second resource silently adopts the first
// one's object, and no second interval is created.
func TestCreateDoesNotReclaimObjectCreatedThroughMe(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	first, err := e.client.Intervals().Create(ctx, me, officeHours("twin"))
	if err != nil {
		t.Fatal(err)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindStatus, Method: "POST", Path: faultIntervals, Status: http.StatusBadGateway, Times: 1})
	second, err := e.client.Intervals().Create(ctx, demoID, officeHours("twin"))
	if err != nil {
		t.Fatal(err)
	}
	if second.ID == first.ID {
		t.Errorf("the create on client %s returned interval %d, created (and claimed) earlier through %s", demoID, first.ID, me)
	}
	if n := len(e.storedIntervalsNamed("twin")); n != 2 {
		t.Errorf("stored %d twins, want 2", n)
	}
}

// BUG (see the report): claims do not tell intervals from dial rule lists,
// whose ids are separate sequences. Once this process has created dial rule
// list N, a new interval that also gets id N counts as "claimed": when the
// answer to its POST is lost, it is not recognized, the POST is repeated
// and the interval exists twice.
func TestCreateClaimsAreKeptPerKind(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := testCtx(t)
	// The next dial rule list id becomes FirstIntervalID, the id the next
	// interval gets.
	e.api.PutDialRule(sandbox.DialRuleList{ID: sandbox.FirstIntervalID - 1, Name: "filler", DialRules: []sandbox.DialRule{{MatchExp: "^1$", ReplExp: "1"}}})
	l, err := e.client.DialRules().Create(ctx, me, sampleRules("same id"))
	if err != nil {
		t.Fatal(err)
	}
	if l.ID != sandbox.FirstIntervalID {
		t.Fatalf("test setup: dial rule list id %d, want %d", l.ID, sandbox.FirstIntervalID)
	}
	e.addFault(t, sandboxkit.Fault{Kind: sandboxkit.KindDrop, Method: "POST", Path: faultIntervals, Times: 1})
	iv, err := e.client.Intervals().Create(ctx, me, officeHours("same id"))
	if err != nil {
		t.Fatal(err)
	}
	stored := e.storedIntervalsNamed("same id")
	if len(stored) != 1 {
		t.Errorf("stored %d intervals (ids %v), want 1: the committed interval %d was not recognized because dial rule list %d is claimed",
			len(stored), idsOf(stored), sandbox.FirstIntervalID, l.ID)
	}
	if iv.ID != sandbox.FirstIntervalID {
		t.Errorf("CreateInterval returned %d, want the committed interval %d", iv.ID, sandbox.FirstIntervalID)
	}
}

func idsOf(ivs []sandbox.Interval) []int64 {
	out := make([]int64, 0, len(ivs))
	for _, iv := range ivs {
		out = append(out, iv.ID)
	}
	return out
}
