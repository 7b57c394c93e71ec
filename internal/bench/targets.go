package main

import (
	"fmt"
	"time"
)

// The targets. They are reported as met or not met and never fail
// the run.
const (
	maxFloorRatio      = 1.1 // time / floor_noop time, at zero latency
	refreshSlack       = 5   // refresh requests <= collections + this
	maxLatencyRefresh  = 1.2 // refresh at the injected latency / refresh at zero
	maxPeakRSSRatio    = 1.1 // peak RSS / floor_noop's peak RSS
	targetTimeName     = "time ≤ 1.1 × floor_noop (zero latency)"
	targetRequestsName = "refresh requests ≤ collections + 5"
	targetLatencyName  = "refresh with latency ≤ 1.2 × refresh without"
	targetRSSName      = "peak RSS ≤ 1.1 × floor_noop's"
)

// Issue 17's create targets, for the workloads with createTargets, at the
// injected latency.
const (
	maxLatencyApply      = 3.5 // apply time / floor_noop's
	maxRequestsPerObject = 1.3 // apply requests / N
	targetApplyName      = "apply with latency ≤ 3.5 × floor_noop"
	targetPerObjName     = "apply requests per object ≤ 1.3 (with latency)"
)

// check is one target applied to one workload and N.
type check struct {
	target string
	scope  string
	value  string
	limit  string
	met    bool
}

// evaluate applies the targets to the aggregated figures; collections maps
// a workload to its number of collections, createTargets says which
// workloads the create targets are for.
func evaluate(rows []timeRow, procs []procRow, collections map[string]int, createTargets map[string]bool) []check {
	var out []check
	for _, r := range rows {
		if r.latency != 0 {
			continue
		}
		if q, ok := ratio(r.median[ours], r.median[plugFloor]); ok {
			out = append(out, check{targetTimeName, scope(r.group, r.op), fmt.Sprintf("%.2f×", q), fmt.Sprintf("%.1f×", maxFloorRatio), q <= maxFloorRatio})
		}
	}
	for _, r := range rows {
		if r.latency != 0 || r.op != opRefresh {
			continue
		}
		limit := collections[r.workload] + refreshSlack
		out = append(out, check{targetRequestsName, scope(r.group, r.op), fmt.Sprint(r.requestsMax), fmt.Sprint(limit), r.requestsMax <= limit})
	}
	for _, r := range rows {
		if r.latency == 0 || r.op != opRefresh {
			continue
		}
		base, found := refreshAtZero(rows, r.workload, r.n)
		if q, ok := ratio(r.median[ours], base); found && ok {
			out = append(out, check{targetLatencyName, fmt.Sprintf("%s N=%d, %s", r.workload, r.n, r.latency),
				fmt.Sprintf("%.2f×", q), fmt.Sprintf("%.1f×", maxLatencyRefresh), q <= maxLatencyRefresh})
		}
	}
	for _, r := range rows {
		if r.latency == 0 || r.op != opApply || !createTargets[r.workload] {
			continue
		}
		where := fmt.Sprintf("%s N=%d apply, %s", r.workload, r.n, r.latency)
		if q, ok := ratio(r.median[ours], r.median[plugFloor]); ok {
			out = append(out, check{targetApplyName, where, fmt.Sprintf("%.2f×", q), fmt.Sprintf("%.1f×", maxLatencyApply), q <= maxLatencyApply})
		}
		q := perObject(r.requests, r.n)
		out = append(out, check{targetPerObjName, where, fmt.Sprintf("%.2f", q), fmt.Sprintf("%.1f", maxRequestsPerObject), q <= maxRequestsPerObject})
	}
	for _, g := range workloadsAndNs(procs) {
		var mine, floor int64
		for _, p := range procs {
			if p.workload == g.workload && p.n == g.n {
				mine, floor = max(mine, p.peakRSSKiB[ours]), max(floor, p.peakRSSKiB[plugFloor])
			}
		}
		if q, ok := ratio(mine, floor); ok {
			out = append(out, check{targetRSSName, fmt.Sprintf("%s N=%d", g.workload, g.n),
				fmt.Sprintf("%.2f× (%s / %s)", q, mib(mine), mib(floor)), fmt.Sprintf("%.1f×", maxPeakRSSRatio), q <= maxPeakRSSRatio})
		}
	}
	return out
}

func refreshAtZero(rows []timeRow, workload string, n int) (time.Duration, bool) {
	for _, r := range rows {
		if r.workload == workload && r.n == n && r.latency == 0 && r.op == opRefresh {
			return r.median[ours], true
		}
	}
	return 0, false
}

// workloadsAndNs lists the (workload, N) pairs of procs once each, latency
// left zero.
func workloadsAndNs(procs []procRow) []group {
	var out []group
	seen := map[group]bool{}
	for _, p := range procs {
		g := group{workload: p.workload, n: p.n}
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

func scope(g group, o op) string {
	return fmt.Sprintf("%s N=%d %s", g.workload, g.n, o)
}
