package main

import (
	"fmt"
	"strings"
	"time"
)

// report is everything the bench prints at the end.
type report struct {
	opts    options
	machine machine
	rows    []timeRow
	procs   []procRow
	checks  []check
	// wall is the whole bench, build the part spent building binaries,
	// groupWalls each workload's runs at one N and latency.
	wall, build time.Duration
	groupWalls  map[group]time.Duration
}

func buildReport(opts options, m machine, ss []sample) report {
	rows, procs := timeRows(ss), procRows(ss)
	collections, createTargets := map[string]int{}, map[string]bool{}
	for _, w := range workloads {
		collections[w.name], createTargets[w.name] = w.collections, w.createTargets
	}
	return report{opts: opts, machine: m, rows: rows, procs: procs, checks: evaluate(rows, procs, collections, createTargets)}
}

func (r report) markdown() string {
	var b strings.Builder
	r.writeSetup(&b)
	r.writeTimes(&b)
	r.writeProcs(&b)
	r.writeChecks(&b)
	r.writeWalls(&b)
	return b.String()
}

func (r report) writeWalls(b *strings.Builder) {
	fmt.Fprintf(b, "Wall time of the whole bench: %s (building the binaries: %s).", r.wall.Round(time.Second), r.build.Round(time.Second))
	var parts []string
	for _, row := range r.procs {
		if d, ok := r.groupWalls[row.group]; ok {
			parts = append(parts, fmt.Sprintf("%s N=%d latency %s: %s", row.workload, row.n, row.latency, d.Round(time.Second)))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(b, " All runs of %s.", strings.Join(parts, "; "))
	}
	b.WriteString("\n")
}

func (r report) writeSetup(b *strings.Builder) {
	m := r.machine
	fmt.Fprintf(b, "## Machine\n\nTaken on %s: %s, %d logical CPUs, %s RAM; %s; %s; Terraform %s. "+
		"Load average (1, 5, 15 min) %s before the runs, %s after.\n\n",
		m.date, m.cpu, m.cores, m.memory, m.os, m.goVersion, m.terraform, m.loadStart, m.loadEnd)
	b.WriteString("## Method\n\n")
	fmt.Fprintf(b, "- `go run ./internal/bench -n %s -runs %d -latency %s -workloads %s` at commit %s.\n",
		joinInts(r.opts.ns), r.opts.runs, r.opts.latency, strings.Join(r.opts.workloads, ","), m.commit)
	b.WriteString("- Each run applies N objects into a fresh working directory and state (and, for this provider, a fresh " +
		"in-process emulator), then times a refresh-only plan (`terraform plan -refresh-only`). Terraform's defaults " +
		"otherwise (`-parallelism=10`); providers come from `dev_overrides`, built with `-trimpath -ldflags \"-s -w\"`, CGO off.\n")
	fmt.Fprintf(b, "- Floors: `terraform_data` (Terraform core alone, no plugin) and `floor_noop` (a no-op resource of a minimal "+
		"terraform-plugin-framework provider built by the bench). The three variants of a run go in rotating order; "+
		"each figure is the median of %d runs.\n", r.opts.runs)
	b.WriteString("- HTTP requests: every request the emulator served during the operation (token requests included).\n")
	b.WriteString("- Provider processes: terraform starts the provider several times per command; a small wrapper in the " +
		"`dev_overrides` directory starts the real binary, takes its peak RSS from wait4 (`ru_maxrss`) and its start-up " +
		"time as the delay to the go-plugin handshake line. Peak RSS is the highest of every process, start-up the median.\n")
	if r.opts.latency > 0 {
		fmt.Fprintf(b, "- Second pass: %s of latency injected before every emulator request (sandboxkit latency fault).\n", r.opts.latency)
	}
	for _, name := range r.opts.workloads {
		w := workloadByName(name)
		fmt.Fprintf(b, "- Workload `%s`: N %s (%d collection%s).", w.name, w.description, w.collections, plural(w.collections))
		if w.note != "" {
			fmt.Fprintf(b, " Note: %s.", w.note)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

func (r report) writeTimes(b *strings.Builder) {
	b.WriteString("## Timings (medians)\n\n")
	b.WriteString("| workload | N | latency | op | ours | terraform_data | floor_noop | ours / floor_noop | ours / terraform_data | HTTP requests | requests / object | sequential requests (per object on a lane) | spread |\n")
	b.WriteString("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	var changed []string
	for _, row := range r.rows {
		fmt.Fprintf(b, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %s | %.0f%% |\n",
			row.workload, row.n, row.latency, row.op,
			secs(row.median[ours]), secs(row.median[coreFloor]), secs(row.median[plugFloor]),
			times(row.median[ours], row.median[plugFloor]), times(row.median[ours], row.median[coreFloor]),
			requests(row), perObject(row.requests, row.n), chain(row), 100*row.spread)
		if row.changedRuns > 0 {
			changed = append(changed, fmt.Sprintf("%s (%d of %d runs)", scope(row.group, row.op), row.changedRuns, row.runs))
		}
	}
	fmt.Fprintf(b, "\nSequential requests: the longest chain of requests of the operation each sent after the previous one "+
		"was answered (the emulator's view of when each began and ended); with latency L the operation took at least "+
		"chain × L. It bounds the provider's chains of dependent requests from above, since requests that merely "+
		"followed each other count too. In brackets, per object on one of Terraform's %d parallel lanes "+
		"(chain × %d / N): the round trips one object waited for in sequence, queueing included. Not shown without "+
		"latency, where requests hardly overlap and the chain is nearly all of them.\n", parallelism, parallelism)
	b.WriteString("\nSpread: the widest (slowest − fastest) / median of the row's three variants; a large one means the " +
		"machine was not quiet and the ratios are rough.\n\n")
	if len(changed) > 0 {
		fmt.Fprintf(b, "**The refresh-only plan right after apply reported differences:** %s.\n\n", strings.Join(changed, "; "))
	}
}

func (r report) writeProcs(b *strings.Builder) {
	b.WriteString("## Provider processes\n\n")
	b.WriteString("| workload | N | latency | starts per apply / refresh (ours; floor_noop) | peak RSS ours | peak RSS floor_noop | RSS ratio | start-up ours | start-up floor_noop |\n")
	b.WriteString("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n")
	for _, p := range r.procs {
		fmt.Fprintf(b, "| %s | %d | %s | %d / %d; %d / %d | %s | %s | %s | %s | %s |\n",
			p.workload, p.n, p.latency,
			p.starts[ours][opApply], p.starts[ours][opRefresh], p.starts[plugFloor][opApply], p.starts[plugFloor][opRefresh],
			mib(p.peakRSSKiB[ours]), mib(p.peakRSSKiB[plugFloor]), times(p.peakRSSKiB[ours], p.peakRSSKiB[plugFloor]),
			millis(p.startup[ours]), millis(p.startup[plugFloor]))
	}
	b.WriteString("\n")
}

func (r report) writeChecks(b *strings.Builder) {
	b.WriteString("## Targets\n\n")
	b.WriteString("| target | where | value | limit | |\n| --- | --- | ---: | ---: | --- |\n")
	met := 0
	for _, c := range r.checks {
		verdict := "not met"
		if c.met {
			verdict = "met"
			met++
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", c.target, c.scope, c.value, c.limit, verdict)
	}
	fmt.Fprintf(b, "\n%d of %d met. The targets are reported, never enforced: the bench does not fail on them.\n\n", met, len(r.checks))
}

// parallelism is Terraform's default -parallelism, which the bench keeps.
const parallelism = 10

func perObject(count, n int) float64 {
	q, _ := ratio(count, n)
	return q
}

func chain(row timeRow) string {
	if row.latency == 0 {
		return "–"
	}
	return fmt.Sprintf("%d (%.1f)", row.chain, perObject(row.chain*parallelism, row.n))
}

func requests(row timeRow) string {
	if row.requestsMin == row.requestsMax {
		return fmt.Sprint(row.requests)
	}
	return fmt.Sprintf("%d (%d–%d)", row.requests, row.requestsMin, row.requestsMax)
}

func secs(d time.Duration) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

func millis(d time.Duration) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}

func mib(kib int64) string {
	if kib == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f MiB", float64(kib)/1024)
}

func times[T ~int | ~int64](a, b T) string {
	q, ok := ratio(a, b)
	if !ok {
		return "–"
	}
	return fmt.Sprintf("%.2f×", q)
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ",")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
