package faultmatrix_test

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/telecom-tf/terraform-provider-telecom/internal/acctest"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// fault is one column of the matrix. Method and Path of spec are set per
// cell (kind.target).
type fault struct {
	name string
	spec sandboxkit.Fault
	// says is what a diagnostic caused by this fault must say about it.
	says *regexp.Regexp
	// retryable: max_retries promises to repeat the request (HTTP 429, 5xx,
	// connection errors), so an error is noted as giving up early.
	retryable bool
	// notBefore: the refused request must not be repeated sooner (Retry-After).
	notBefore time.Duration
}

// faults: each hits a cell's requests Times times, few enough for the
// provider's default max_retries (5) to ride out, so "ok" is the outcome to
// expect; where the provider does not (a write it does not repeat, an answer
// it cannot read) the apply must fail clearly instead, and the next apply
// converge.
var faults = []fault{
	{name: "500 once", spec: sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 500, Times: 1},
		says: regexp.MustCompile(`(HTTP|answered)\s+500`), retryable: true},
	// Three in a row: more than one retry, still within max_retries.
	{name: "503 x3", spec: sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 503, Times: 3},
		says: regexp.MustCompile(`(HTTP|answered)\s+503`), retryable: true},
	{name: "429 Retry-After", spec: sandboxkit.Fault{Kind: sandboxkit.KindStatus, Status: 429, RetryAfter: "1", Times: 1},
		says: regexp.MustCompile(`(HTTP|answered)\s+429`), retryable: true, notBefore: time.Second},
	{name: "reset", spec: sandboxkit.Fault{Kind: sandboxkit.KindReset, Times: 1},
		says: regexp.MustCompile(`connection\s+reset|reset\s+by\s+peer|\bEOF\b`), retryable: true},
	// The vendor commits the request, then the connection drops before the
	// answer: a repeated write must find what it did instead of doing it twice.
	{name: "dropped", spec: sandboxkit.Fault{Kind: sandboxkit.KindDrop, Times: 1},
		says: regexp.MustCompile(`\bEOF\b|connection\s+(reset|closed)`), retryable: true},
	// One answer slower than request_timeout: the provider must give up on
	// it and try again. (The emulator does not commit a request whose client
	// gave up, so only the time is lost.) Once, not for good: a vendor that
	// stays slow costs (max_retries+1) x request_timeout per request and
	// would only show the timeout diagnostic, which a give-up here shows too.
	{name: "slow", spec: sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: 3 * requestTimeout, Times: 1},
		says: regexp.MustCompile(`(?i)timeout|deadline\s+exceeded`), retryable: true},
	// The vendor commits, then answers 200 with half a JSON body. Not a
	// failure max_retries covers: a clear error is as good as a recovery.
	{name: "malformed", spec: sandboxkit.Fault{Kind: sandboxkit.KindMalformed, Times: 1},
		says: regexp.MustCompile(`not\s+the\s+expected\s+JSON|cannot\s+read|unexpected\s+end\s+of\s+JSON`)},
}

// group is a set of paths exercised in one test case.
type group struct {
	name  string
	paths []path
	// planOnly: the faulted step is a plan (the reads are its refresh).
	planOnly bool
}

var groups = []group{
	{name: "writes", paths: []path{create, update, remove}},
	{name: "reads", paths: []path{read}, planOnly: true},
}

// stage is where a test case is; the configuration and ErrorCheck depend on it.
type stage int

const (
	settingUp  stage = iota // base objects for update, delete and read
	faulted                 // the fault is on: the step under test
	converging              // faults cleared: one more apply, same configuration
	destroyed               // after the framework's destroy: nothing configured
)

// cell is one resource on one path in one test case.
type cell struct {
	kind *kind
	path path
	key  string
	kit  *sandboxkit.Kit
	nth  int // index of this cell's fault in kit.Faults()

	// What was injected, and when.
	method   string
	pathRe   *regexp.Regexp
	injected time.Time

	result    string // of the faulted step: "ok" or "error"
	diag      string // the diagnostic, when result is "error"
	converged bool
	problem   string // why the cell fails the matrix, if it does
}

func (c *cell) addr() string { return c.kind.typ + "." + string(c.path) }

// configured reports whether the cell's resource is in the configuration
// of stage s, and whether in its changed form.
func (c *cell) configured(s stage) (present, changed bool) {
	switch {
	case s == destroyed:
		return false, false
	case s == settingUp:
		return c.path != create, false
	case c.path == remove:
		return false, false
	default:
		return true, c.path == update
	}
}

func (c *cell) fail(format string, args ...any) {
	if c.problem == "" {
		c.problem = fmt.Sprintf(format, args...)
	}
}

// outcome is the cell's entry in the summary table.
func (c *cell) outcome(f fault) string {
	switch {
	case c.problem != "":
		return "FAIL"
	case !c.converged:
		return "aborted"
	case c.result == "ok":
		return "ok"
	case f.retryable:
		return "err→ok*"
	default:
		return "err→ok"
	}
}

// hits is how many requests the cell's fault hit.
func (c *cell) hits() int { return c.kit.Faults()[c.nth].Hits }

// faultedRequests are the requests the cell's fault was aimed at, since
// it was injected.
func (c *cell) faultedRequests() []sandboxkit.Request {
	var out []sandboxkit.Request
	for _, r := range c.kit.Requests() {
		if !r.Time.Before(c.injected) && r.Method == c.method && c.pathRe.MatchString(r.Path) {
			out = append(out, r)
		}
	}
	return out
}

// requestLog is every request of the cell's kind since the fault was
// injected, for the report of a failed cell.
func (c *cell) requestLog() string {
	var b strings.Builder
	for _, r := range c.kit.Requests() {
		if !r.Time.Before(c.injected) && c.pathRe.MatchString(r.Path) {
			fmt.Fprintf(&b, "\n    +%5dms %s %s", r.Time.Sub(c.injected).Milliseconds(), r.Method, r.Path)
		}
	}
	return b.String()
}

func TestAccFaultMatrix(t *testing.T) {
	if os.Getenv(resource.EnvTfAcc) == "" {
		t.Skipf("acceptance test: set %s", resource.EnvTfAcc)
	}
	results := newMatrix()
	start := time.Now()
	// The group returns only when every parallel case has finished.
	t.Run("cases", func(t *testing.T) {
		for _, f := range faults {
			for _, g := range groups {
				t.Run(f.name+"/"+g.name, func(t *testing.T) { runCase(t, results, f, g) })
			}
		}
	})
	summary := fmt.Sprintf("fault matrix in %s:\n%s", time.Since(start).Round(time.Second), results.table())
	t.Log(summary)
	// go test shows a passing package's log only with -v; make test sets
	// this so it can print the table after the run.
	if path := os.Getenv("FAULTMATRIX_SUMMARY"); path != "" {
		if err := os.WriteFile(path, []byte(summary), 0o644); err != nil {
			t.Errorf("writing the summary to %s: %v", path, err)
		}
	}
}

// runCase: apply the base objects, apply (or plan) with the fault on,
// clear the fault and apply once more; the framework destroys at the end.
func runCase(t *testing.T, results *matrix, f fault, g group) {
	w := newWorld(t)
	var cells []*cell
	for _, k := range kinds {
		for _, p := range g.paths {
			cells = append(cells, &cell{kind: k, path: p, key: k.key(p), kit: k.kit(w)})
		}
	}
	t.Cleanup(func() {
		for _, c := range cells {
			results.record(c, f)
			if c.problem != "" {
				t.Errorf("%s under %q: %s\n  requests since the fault was injected:%s", c.addr(), f.name, c.problem, c.requestLog())
			}
		}
	})
	st := settingUp
	resource.ParallelTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		// The faulted step may fail, but only clearly; no other step may.
		ErrorCheck: func(err error) error {
			if st != faulted {
				return err
			}
			return judge(err, cells, f)
		},
		CheckDestroy: checkHeld(w, cells, destroyed),
		Steps: []resource.TestStep{
			{Config: config(w, cells, settingUp)},
			{
				PreConfig: func() {
					if err := checkHeld(w, cells, settingUp)(nil); err != nil {
						t.Fatalf("the base objects are not as configured: %v", err)
					}
					injectFaults(t, cells, f)
					st = faulted
				},
				Config:   config(w, cells, faulted),
				PlanOnly: g.planOnly,
			},
			convergingStep(w, cells, f, g, &st),
		},
	})
}

// convergingStep clears the faults and runs the same configuration once
// more: an apply for the writes; a plan for the reads, since a refresh that
// failed in a plan left nothing behind to repair.
func convergingStep(w *world, cells []*cell, f fault, g group, st *stage) resource.TestStep {
	step := resource.TestStep{
		PreConfig: func() {
			*st = converging
			checkFaultsFired(cells, f)
			for _, k := range []*sandboxkit.Kit{w.odorik.Sandbox.Kit, w.pbx.Sandbox.Kit, w.sms.Sandbox.Kit, w.ipex.Sandbox.Kit} {
				k.ClearFaults()
			}
		},
		Config:   config(w, cells, converging),
		PlanOnly: g.planOnly,
	}
	if g.planOnly {
		step.ConfigPlanChecks.PostApplyPostRefresh = []plancheck.PlanCheck{okCellsUnchanged{cells}, convergence{w, cells}}
	} else {
		step.ConfigPlanChecks.PreApply = []plancheck.PlanCheck{okCellsUnchanged{cells}}
		step.ConfigPlanChecks.PostApplyPostRefresh = []plancheck.PlanCheck{convergence{w, cells}}
	}
	return step
}

// config is the provider block and every cell configured at stage s.
func config(w *world, cells []*cell, s stage) string {
	var b strings.Builder
	b.WriteString(w.provider())
	for _, c := range cells {
		if present, changed := c.configured(s); present {
			fmt.Fprintf(&b, "\nresource %q %q {\n%s}\n", c.kind.typ, c.path, c.kind.body(w, c.key, changed))
		}
	}
	return b.String()
}

// injectFaults aims one fault at each cell.
func injectFaults(t *testing.T, cells []*cell, f fault) {
	t.Helper()
	for _, c := range cells {
		spec := f.spec
		spec.Method, spec.Path = c.kind.target(c.path, c.key)
		c.method, c.pathRe, c.injected = spec.Method, regexp.MustCompile(spec.Path), time.Now()
		c.nth = len(c.kit.Faults())
		if err := c.kit.AddFault(spec); err != nil {
			t.Fatalf("%s: %v", c.addr(), err)
		}
	}
}

// checkFaultsFired runs after the faulted step: every fault must have hit
// (or the case proves nothing), the step's outcome is settled, and a
// request refused with Retry-After must not have been repeated sooner.
func checkFaultsFired(cells []*cell, f fault) {
	for _, c := range cells {
		if c.result == "" {
			c.result = "ok" // the faulted step named no error of this cell
		}
		if c.hits() == 0 {
			c.fail("the fault never fired: no %s request matched %s", c.method, c.pathRe)
			continue
		}
		if reqs := c.faultedRequests(); f.notBefore > 0 && len(reqs) > 1 {
			// Times is 1: the first request was refused, the second repeats it.
			if gap := reqs[1].Time.Sub(reqs[0].Time); gap < f.notBefore-50*time.Millisecond {
				c.fail("%s %s was refused with %d and Retry-After: %s, and repeated after %s",
					reqs[0].Method, reqs[0].Path, f.spec.Status, f.spec.RetryAfter, gap.Round(time.Millisecond))
			}
		}
	}
}

// checkHeld compares what the vendors hold with the configuration of stage
// s: per cell exactly the one configured object, or none, and nothing else
// of that kind. A mismatch after the converging apply fails the cell.
func checkHeld(w *world, cells []*cell, s stage) resource.TestCheckFunc {
	return func(*terraform.State) error {
		var errs []string
		for _, k := range kinds {
			held := k.held(w)
			for _, c := range cells {
				if c.kind != k {
					continue
				}
				var want []string
				if present, changed := c.configured(s); present {
					want = []string{k.want(c.key, changed)}
				}
				got := held[c.key]
				delete(held, c.key)
				if strings.Join(got, " | ") != strings.Join(want, " | ") {
					errs = append(errs, fmt.Sprintf("%s: the vendor holds %q, want %q", c.addr(), got, want))
					if s == converging {
						c.fail("after the converging apply the vendor holds %q, want %q", got, want)
					}
				}
			}
			// What is left belongs to no cell: orphans.
			for key, objs := range held {
				errs = append(errs, fmt.Sprintf("%s: orphan objects under %q: %q", k.typ, key, objs))
				for _, c := range cells {
					if c.kind == k && s == converging {
						c.fail("after the converging apply the vendor holds orphans under %q: %q", key, objs)
					}
				}
			}
		}
		if len(errs) > 0 {
			sort.Strings(errs)
			return fmt.Errorf("%s", strings.Join(errs, "\n"))
		}
		return nil
	}
}
