// Command bench times the real terraform driving this provider against the
// in-process sandbox emulators, next to two floors: the built-in
// terraform_data resource (Terraform core alone) and floor_noop, a no-op
// resource of a minimal terraform-plugin-framework provider (any plugin).
// It prints medians, ratios, HTTP requests per operation and per object, the
// longest chain of sequential requests, the provider's peak RSS and
// start-up time, and whether the targets are met; it
// never fails on the figures, only when something could not be run.
//
//	go run ./internal/bench [-n 100,1000] [-runs 3] [-latency 100ms]
//	                        [-workloads routes,pbx,sms] [-out file.md] [-keep]
//
// The optional workload routes_reply is routes against an emulator whose
// route add answers the created rule: -workloads routes,routes_reply.
//
// Run it from the module root (make bench does).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	opts, err := parseOptions(os.Args[1:], os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	if err := run(opts); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(opts options) error {
	began := time.Now()
	b, cleanup, err := prepare(opts)
	if err != nil {
		return err
	}
	defer cleanup()
	// On an interrupt the running terraform is interrupted too (it stops
	// its providers), then the temporary directory is removed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	built := time.Since(began)
	samples, walls, err := b.measureAll(ctx)
	if err != nil {
		return err
	}
	b.machine.loadEnd = loadAverage()
	rep := buildReport(opts, b.machine, samples)
	rep.wall, rep.build, rep.groupWalls = time.Since(began), built, walls
	md := rep.markdown()
	fmt.Print(md)
	if opts.out != "" {
		if err := os.WriteFile(opts.out, []byte(md), 0o644); err != nil {
			return err
		}
		logf("wrote %s", opts.out)
	}
	return nil
}

// logf reports progress on stderr; the report goes to stdout.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}
