package main

import (
	"slices"
	"time"
)

// group is one workload at one N in one latency pass.
type group struct {
	workload string
	n        int
	latency  time.Duration
}

func (s sample) group() group { return group{s.workload, s.n, s.latency} }

// timeRow is the medians of one operation of a group.
type timeRow struct {
	group
	op       op
	median   map[variant]time.Duration
	requests int // median over runs; ours only
	// requestsMin and requestsMax show when runs disagreed.
	requestsMin, requestsMax int
	chain                    int // median over runs of spans.chain; ours only
	changedRuns, runs        int
	// spread is the widest (slowest - fastest) / median of the variants.
	spread float64
}

// procRow is the provider processes of a group, over both operations.
type procRow struct {
	group
	peakRSSKiB map[variant]int64         // highest of every process
	startup    map[variant]time.Duration // median of every process
	// starts is the median number of processes terraform started per
	// operation.
	starts map[variant]map[op]int
}

// groups lists the groups in the order they were measured.
func groups(ss []sample) []group {
	var out []group
	seen := map[group]bool{}
	for _, s := range ss {
		if g := s.group(); !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

func filter(ss []sample, keep func(sample) bool) []sample {
	var out []sample
	for _, s := range ss {
		if keep(s) {
			out = append(out, s)
		}
	}
	return out
}

func timeRows(ss []sample) []timeRow {
	var out []timeRow
	for _, g := range groups(ss) {
		for _, o := range ops {
			of := filter(ss, func(s sample) bool { return s.group() == g && s.op == o })
			row := timeRow{group: g, op: o, median: map[variant]time.Duration{}}
			for _, v := range variants {
				ds := durations(filter(of, func(s sample) bool { return s.variant == v }))
				row.median[v] = median(ds)
				row.spread = max(row.spread, spread(ds))
			}
			var reqs, chains []int
			for _, s := range filter(of, func(s sample) bool { return s.variant == ours }) {
				reqs, chains = append(reqs, s.requests), append(chains, s.chain)
				row.runs++
				if s.changes {
					row.changedRuns++
				}
			}
			if len(reqs) > 0 {
				row.requests, row.requestsMin, row.requestsMax = median(reqs), slices.Min(reqs), slices.Max(reqs)
				row.chain = median(chains)
			}
			out = append(out, row)
		}
	}
	return out
}

func procRows(ss []sample) []procRow {
	var out []procRow
	for _, g := range groups(ss) {
		row := procRow{group: g, peakRSSKiB: map[variant]int64{}, startup: map[variant]time.Duration{}, starts: map[variant]map[op]int{}}
		for _, v := range []variant{ours, plugFloor} {
			of := filter(ss, func(s sample) bool { return s.group() == g && s.variant == v })
			var startups []time.Duration
			row.starts[v] = map[op]int{}
			for _, o := range ops {
				var counts []int
				for _, s := range filter(of, func(s sample) bool { return s.op == o }) {
					counts = append(counts, len(s.launches))
				}
				row.starts[v][o] = median(counts)
			}
			for _, s := range of {
				for _, l := range s.launches {
					row.peakRSSKiB[v] = max(row.peakRSSKiB[v], l.MaxRSSKiB)
					if l.Startup >= 0 {
						startups = append(startups, l.Startup)
					}
				}
			}
			row.startup[v] = median(startups)
		}
		out = append(out, row)
	}
	return out
}
