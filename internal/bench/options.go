package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// options are the command line, each flag defaulting to an environment
// variable and then to the full set.
type options struct {
	ns        []int
	runs      int
	latency   time.Duration // 0: no latency pass
	workloads []string
	out       string
	terraform string
	keep      bool
}

func parseOptions(args []string, getenv func(string) string) (options, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	def := func(env, fallback string) string {
		if v := getenv(env); v != "" {
			return v
		}
		return fallback
	}
	ns := fs.String("n", def("BENCH_N", "100,1000"), "resource counts, comma-separated (env BENCH_N)")
	runs := fs.String("runs", def("BENCH_RUNS", "3"), "runs of each variant, alternated (env BENCH_RUNS)")
	latency := fs.String("latency", def("BENCH_LATENCY", "100ms"), "API latency of the second pass; 0 skips it (env BENCH_LATENCY)")
	workloads := fs.String("workloads", def("BENCH_WORKLOADS", strings.Join(defaultWorkloads(), ",")),
		"workloads, comma-separated, of "+strings.Join(workloadNames(), ", ")+" (env BENCH_WORKLOADS)")
	out := fs.String("out", getenv("BENCH_OUT"), "also write the markdown report to this file (env BENCH_OUT)")
	tf := fs.String("terraform", def("TF_ACC_TERRAFORM_PATH", ""), "terraform binary (default: TF_ACC_TERRAFORM_PATH, then PATH)")
	keep := fs.Bool("keep", false, "keep the temporary directory (binaries, configurations, states, logs)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(nil)
			fs.PrintDefaults()
		}
		return options{}, err
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("unexpected arguments %q", fs.Args())
	}

	var o options
	var err error
	if o.ns, err = parseCounts(*ns); err != nil {
		return options{}, fmt.Errorf("-n: %w", err)
	}
	if o.runs, err = strconv.Atoi(*runs); err != nil || o.runs < 1 {
		return options{}, fmt.Errorf("-runs: want a positive integer, got %q", *runs)
	}
	if o.latency, err = time.ParseDuration(*latency); err != nil || o.latency < 0 {
		return options{}, fmt.Errorf("-latency: want a duration such as 100ms, got %q", *latency)
	}
	if o.workloads, err = parseWorkloads(*workloads); err != nil {
		return options{}, fmt.Errorf("-workloads: %w", err)
	}
	o.out, o.keep = *out, *keep
	o.terraform = *tf
	if o.terraform == "" {
		if o.terraform, err = exec.LookPath("terraform"); err != nil {
			return options{}, errors.New("terraform was not found on PATH; set -terraform or TF_ACC_TERRAFORM_PATH (the bench never downloads one)")
		}
	}
	return o, nil
}

func parseCounts(s string) ([]int, error) {
	var out []int
	for f := range strings.SplitSeq(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("want positive integers separated by commas, got %q", s)
		}
		out = append(out, n)
	}
	return out, nil
}

func parseWorkloads(s string) ([]string, error) {
	var out []string
	for f := range strings.SplitSeq(s, ",") {
		name := strings.TrimSpace(f)
		if !slices.Contains(workloadNames(), name) {
			return nil, fmt.Errorf("unknown workload %q (known: %s)", name, strings.Join(workloadNames(), ", "))
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out, nil
}
