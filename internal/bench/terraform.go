package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"time"
)

// op is a timed terraform command.
type op string

const (
	opApply   op = "apply"
	opRefresh op = "refresh"
)

var ops = []op{opApply, opRefresh}

// args are the command line of o: terraform's defaults otherwise
// (-parallelism=10).
func (o op) args() []string {
	switch o {
	case opApply:
		return []string{"apply", "-auto-approve", "-input=false", "-no-color"}
	case opRefresh:
		// Not -detailed-exitcode: Terraform 1.11 exits 2 from a refresh-only
		// plan that found no differences as soon as a resource has a number
		// attribute (hashicorp/terraform#36403; a floor_noop given an Int64
		// attribute does it too), so the output says whether there was drift.
		return []string{"plan", "-refresh-only", "-input=false", "-no-color"}
	}
	panic("unknown op " + string(o))
}

// noDrift is what a refresh-only plan prints when the refresh changed
// nothing.
const noDrift = "No changes."

// runTerraform runs terraform in dir with its output to logFile and returns
// the wall time and whether a refresh-only plan reported changes.
// An interrupted ctx interrupts terraform as Ctrl-C would, and kills it if
// it has not stopped after a while.
func runTerraform(ctx context.Context, tf string, env []string, dir, logFile string, o op) (time.Duration, bool, error) {
	out, err := os.Create(logFile)
	if err != nil {
		return 0, false, err
	}
	defer out.Close()
	cmd := exec.CommandContext(ctx, tf, o.args()...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, out, out
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 20 * time.Second
	start := time.Now()
	err = cmd.Run()
	wall := time.Since(start)
	if ctx.Err() != nil {
		return wall, false, ctx.Err()
	}
	if err != nil {
		return wall, false, fmt.Errorf("terraform %s in %s: %w; its output:\n%s", o, dir, err, tail(logFile, 40))
	}
	if o != opRefresh {
		return wall, false, nil
	}
	log, err := os.ReadFile(logFile)
	return wall, !bytes.Contains(log, []byte(noDrift)), err
}

// tail is the last lines of a log, for an error message.
func tail(file string, lines int) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return err.Error()
	}
	n := 0
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == '\n' {
			n++
			if n > lines {
				return string(b[i+1:])
			}
		}
	}
	return string(b)
}
