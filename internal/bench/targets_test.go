package main

import (
	"strings"
	"testing"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/bench/launchlog"
)

func s(wl string, n int, lat time.Duration, v variant, o op, wall time.Duration, reqs int, rss int64) sample {
	return sample{workload: wl, n: n, latency: lat, variant: v, op: o, wall: wall, requests: reqs,
		launches: []launchlog.Record{{MaxRSSKiB: rss, Startup: 40 * time.Millisecond}}}
}

// Three runs of routes N=10 at zero and 100 ms latency.
func fixture() []sample {
	const ms = time.Millisecond
	var ss []sample
	for r, jitter := range []time.Duration{0, 50 * ms, -50 * ms} {
		for _, lat := range []time.Duration{0, 100 * ms} {
			slow := time.Duration(0)
			if lat > 0 {
				slow = 500 * ms
			}
			for _, x := range []sample{
				s("routes", 10, lat, ours, opApply, 1050*ms+jitter, 30, 30000),
				s("routes", 10, lat, ours, opRefresh, 1000*ms+slow+jitter, 10+r, 31000),
				s("routes", 10, lat, coreFloor, opApply, 500*ms, 0, 0),
				s("routes", 10, lat, coreFloor, opRefresh, 300*ms, 0, 0),
				s("routes", 10, lat, plugFloor, opApply, 1000*ms, 0, 20000),
				s("routes", 10, lat, plugFloor, opRefresh, 800*ms, 0, 29000),
			} {
				x.run = r
				if x.variant == ours {
					x.chain = 3 + r // apply and refresh alike
				}
				if x.variant == coreFloor {
					x.launches = nil
				}
				ss = append(ss, x)
			}
		}
	}
	return ss
}

func TestAggregate(t *testing.T) {
	rows := timeRows(fixture())
	if len(rows) != 4 {
		t.Fatalf("%d rows", len(rows))
	}
	r := rows[1] // zero latency, refresh
	if r.op != opRefresh || r.latency != 0 || r.median[ours] != time.Second || r.median[plugFloor] != 800*time.Millisecond ||
		r.requests != 11 || r.requestsMin != 10 || r.requestsMax != 12 || r.runs != 3 {
		t.Errorf("refresh row %+v", r)
	}
	procs := procRows(fixture())
	if len(procs) != 2 || procs[0].peakRSSKiB[ours] != 31000 || procs[0].peakRSSKiB[plugFloor] != 29000 ||
		procs[0].starts[ours][opApply] != 1 || procs[0].startup[ours] != 40*time.Millisecond {
		t.Errorf("procs %+v", procs)
	}
}

func TestEvaluate(t *testing.T) {
	ss := fixture()
	checks := evaluate(timeRows(ss), procRows(ss), map[string]int{"routes": 10}, map[string]bool{"routes": true})
	got := map[string]check{}
	for _, c := range checks {
		got[c.target+"|"+c.scope] = c
	}
	for key, want := range map[string]bool{
		targetTimeName + "|routes N=10 apply":          true,  // 1.05 s / 1.0 s
		targetTimeName + "|routes N=10 refresh":        false, // 1.0 s / 0.8 s
		targetRequestsName + "|routes N=10 refresh":    true,  // at most 12 <= 15
		targetLatencyName + "|routes N=10, 100ms":      false, // 1.5 s / 1.0 s
		targetRSSName + "|routes N=10":                 true,  // 31000 / 29000 = 1.07
		targetApplyName + "|routes N=10 apply, 100ms":  true,  // 1.05 s / 1.0 s
		targetPerObjName + "|routes N=10 apply, 100ms": false, // 30 requests / 10
	} {
		c, ok := got[key]
		if !ok {
			t.Errorf("no check %q among %v", key, checks)
			continue
		}
		if c.met != want {
			t.Errorf("%s: met = %v, want %v (%+v)", key, c.met, want, c)
		}
	}
	if len(checks) != 7 {
		t.Errorf("%d checks, want 7: %+v", len(checks), checks)
	}
	if n := len(evaluate(timeRows(ss), procRows(ss), map[string]int{"routes": 10}, nil)); n != 5 {
		t.Errorf("%d checks without the create targets, want 5", n)
	}
}

func TestReportMarkdown(t *testing.T) {
	opts := options{ns: []int{10}, runs: 3, latency: 100 * time.Millisecond, workloads: []string{"routes"}}
	rep := buildReport(opts, machine{cpu: "Test CPU", cores: 2, commit: "abc1234-dirty"}, fixture())
	rep.wall, rep.groupWalls = time.Minute, map[group]time.Duration{{"routes", 10, 0}: 20 * time.Second}
	rep.machine.loadStart, rep.machine.loadEnd = "0.10 0.20 0.30", "1.00 0.50 0.40"
	md := rep.markdown()
	for _, want := range []string{
		"Test CPU, 2 logical CPUs", "0.10 0.20 0.30 before the runs, 1.00 0.50 0.40 after", "| routes | 10 | 0s | refresh | 1.00 s | 0.30 s | 0.80 s | 1.25× | 3.33× | 11 (10–12) | 1.10 | – | 10% |",
		"| routes | 10 | 100ms | apply | 1.05 s | 0.50 s | 1.00 s | 1.05× | 2.10× | 30 | 3.00 | 4 (4.0) |",
		"| routes | 10 | 100ms | refresh | 1.50 s |", "30.3 MiB", "4 of 7 met", "Sequential requests: the longest chain", "-latency 100ms -workloads routes` at commit abc1234-dirty.",
		"Wall time of the whole bench: 1m0s", "routes N=10 latency 0s: 20s.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
