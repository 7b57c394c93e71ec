package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/bench/launchlog"
	"github.com/telecom-tf/terraform-provider-telecom/internal/sandboxkit"
)

// sample is one timed terraform command.
type sample struct {
	workload string
	n        int
	latency  time.Duration
	variant  variant
	op       op
	run      int
	wall     time.Duration
	requests int  // HTTP requests the emulator served; ours only
	chain    int  // the longest chain of sequential requests (spans.chain); ours only
	changes  bool // a refresh-only plan reported differences
	// launches are the provider processes terraform started (none for
	// terraform_data, which is built into terraform).
	launches []launchlog.Record
}

// latencies are the passes: none, then the injected API latency.
func (b *bench) latencies() []time.Duration {
	if b.opts.latency > 0 {
		return []time.Duration{0, b.opts.latency}
	}
	return []time.Duration{0}
}

// measureAll runs every pass, count, workload and run, the variants of a
// run one after the other in rotating order, and notes how long each group
// took.
func (b *bench) measureAll(ctx context.Context) ([]sample, map[group]time.Duration, error) {
	var all []sample
	walls := map[group]time.Duration{}
	for _, lat := range b.latencies() {
		for _, n := range b.opts.ns {
			for _, name := range b.opts.workloads {
				w := workloadByName(name)
				began := time.Now()
				for r := range b.opts.runs {
					for _, v := range inOrder(r) {
						got, err := b.runOnce(ctx, w, v, n, lat, r)
						if err != nil {
							return nil, nil, err
						}
						all = append(all, got...)
						logf("%s N=%d latency=%s run %d/%d %-14s %s", w.name, n, lat, r+1, b.opts.runs, v, describe(got))
					}
				}
				walls[group{w.name, n, lat}] = time.Since(began)
				logf("%s N=%d latency=%s done in %s", w.name, n, lat, time.Since(began).Round(time.Second))
			}
		}
	}
	return all, walls, nil
}

// runOnce applies n objects of variant v into a fresh directory and state
// (and, for ours, a fresh emulator), then runs a refresh-only plan.
func (b *bench) runOnce(ctx context.Context, w workload, v variant, n int, lat time.Duration, r int) ([]sample, error) {
	dir := filepath.Join(b.work, fmt.Sprintf("%s-%d-%s-%s-%d", w.name, n, lat, v, r+1))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if !b.opts.keep {
		defer os.RemoveAll(dir)
	}
	var emu *sandboxEnv
	config := ""
	if v == ours {
		emu = w.start()
		defer emu.close()
		if lat > 0 {
			if err := emu.kit.AddFault(sandboxkit.Fault{Kind: sandboxkit.KindLatency, Delay: lat}); err != nil {
				return nil, err
			}
		}
		config = oursConfig(w, n, emu.vendorBlock)
	} else {
		config = floorConfig(v, n)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(config), 0o644); err != nil {
		return nil, err
	}

	var out []sample
	for _, o := range ops {
		launchLog := filepath.Join(dir, string(o)+".launches.jsonl")
		env := terraformEnv(os.Environ(), b.cliConfig, launchLog)
		if emu != nil {
			emu.kit.ResetRequests()
			emu.spans.reset()
		}
		wall, changes, err := runTerraform(ctx, b.opts.terraform, env, dir, filepath.Join(dir, string(o)+".log"), o)
		if err != nil {
			return nil, fmt.Errorf("%s N=%d latency=%s %s: %w", w.name, n, lat, v, err)
		}
		s := sample{workload: w.name, n: n, latency: lat, variant: v, op: o, run: r, wall: wall, changes: changes}
		if emu != nil {
			s.requests, s.chain = emu.kit.RequestCount(), emu.spans.chain()
		}
		if s.launches, err = launchlog.Read(launchLog); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// describe is one progress line's worth of a run.
func describe(ss []sample) string {
	var line string
	for _, s := range ss {
		line += fmt.Sprintf(" %s %s", s.op, s.wall.Round(time.Millisecond))
		if s.variant == ours {
			line += fmt.Sprintf(" (%d req, chain %d)", s.requests, s.chain)
		}
		if s.changes {
			line += " CHANGES"
		}
	}
	return line
}
