package faultmatrix_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-testing/plancheck"
)

// diagnostic is one "Error:" block of terraform's output.
type diagnostic struct {
	summary string
	address string // "with <address>,"; "" when the error names no resource
	detail  string // the text after the source snippet
}

var (
	// Terraform may frame diagnostics with box-drawing characters.
	frame       = regexp.MustCompile(`(?m)^[│╷╵] ?`)
	errorLine   = regexp.MustCompile(`(?m)^Error: (.*)$`)
	withLine    = regexp.MustCompile(`(?m)^\s+with ([^,\s]+),$`)
	snippetLine = regexp.MustCompile(`(?m)^\s*\d+: .*$`)
	// Terraform wraps long details; the checks see them on one line.
	whitespace = regexp.MustCompile(`\s+`)
)

// diagnostics splits terraform's error output into its Error blocks.
func diagnostics(out string) []diagnostic {
	text := frame.ReplaceAllString(out, "")
	starts := errorLine.FindAllStringSubmatchIndex(text, -1)
	var ds []diagnostic
	for i, s := range starts {
		end := len(text)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		block := text[s[1]:end]
		d := diagnostic{summary: strings.TrimSpace(text[s[2]:s[3]]), detail: block}
		if m := withLine.FindStringSubmatch(block); m != nil {
			d.address = m[1]
		}
		if loc := snippetLine.FindStringIndex(block); loc != nil {
			d.detail = block[loc[1]:]
		}
		d.detail = strings.TrimSpace(whitespace.ReplaceAllString(d.detail, " "))
		ds = append(ds, d)
	}
	return ds
}

// judge is the ErrorCheck of the faulted step: the step may fail, but
// only with diagnostics that belong to a cell and say what the fault did.
// Anything else fails the test.
func judge(err error, cells []*cell, f fault) error {
	ds := diagnostics(err.Error())
	if len(ds) == 0 {
		return err // not a diagnostic of the provider (e.g. a non-empty plan)
	}
	var unclear []string
	for _, d := range ds {
		c := owner(cells, d)
		switch {
		case c == nil:
			unclear = append(unclear, fmt.Sprintf("%q (with %q) is not the diagnostic of any faulted resource: %s", d.summary, d.address, d.detail))
		case !f.says.MatchString(d.detail):
			c.fail("the diagnostic does not say what went wrong (want /%s/): %s", f.says, d.detail)
			unclear = append(unclear, fmt.Sprintf("%s: %q does not match /%s/", c.addr(), d.detail, f.says))
		default:
			c.result, c.diag = "error", d.detail
		}
	}
	if len(unclear) > 0 {
		return fmt.Errorf("%w\n\nnot a clear diagnostic of the injected fault:\n%s", err, strings.Join(unclear, "\n"))
	}
	return nil
}

// owner is the cell a diagnostic is about: the one with its summary and,
// when terraform names it, its address. A destroyed resource is not in the
// configuration, so terraform names none; then the summary decides, or,
// where two paths share it (an Odorik replacement is a create), the cell's
// key in the text.
func owner(cells []*cell, d diagnostic) *cell {
	var found []*cell
	for _, c := range cells {
		if d.summary == c.kind.summary[c.path] && (d.address == "" || d.address == c.addr()) {
			found = append(found, c)
		}
	}
	if len(found) > 1 {
		var byKey []*cell
		for _, c := range found {
			if strings.Contains(d.detail, c.key) {
				byKey = append(byKey, c)
			}
		}
		found = byKey
	}
	if len(found) != 1 {
		return nil
	}
	return found[0]
}

// okCellsUnchanged checks the converging step's first plan: a cell whose
// faulted step reported success must need nothing more. (A failed cell may
// need this one more apply.)
type okCellsUnchanged struct{ cells []*cell }

func (p okCellsUnchanged) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	var errs []string
	for _, rc := range req.Plan.ResourceChanges {
		c := cellAt(p.cells, rc.Address)
		if c == nil || c.result != "ok" || rc.Change.Actions.NoOp() {
			continue
		}
		c.fail("the faulted apply reported success, but the next plan still wants to %v it", rc.Change.Actions)
		errs = append(errs, fmt.Sprintf("%s: %v", rc.Address, rc.Change.Actions))
	}
	if len(errs) > 0 {
		resp.Error = fmt.Errorf("resources whose faulted apply succeeded are not converged: %s", strings.Join(errs, "; "))
	}
}

// cellAt is the cell of a resource address; nil if none.
func cellAt(cells []*cell, address string) *cell {
	for _, c := range cells {
		if c.addr() == address {
			return c
		}
	}
	return nil
}

// convergence is the last check of the converging step, on its final
// (refreshed) plan: nothing left to do, and the vendors hold exactly the
// configured objects. Only then are the cells converged. (A plan check
// rather than a step Check: that would cost a terraform show, and a
// plan-only step does not run it.)
type convergence struct {
	w     *world
	cells []*cell
}

func (v convergence) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	var pending []string
	for _, rc := range req.Plan.ResourceChanges {
		if !rc.Change.Actions.NoOp() {
			pending = append(pending, fmt.Sprintf("%s: %v", rc.Address, rc.Change.Actions))
			if c := cellAt(v.cells, rc.Address); c != nil {
				c.fail("the plan after the converging step still wants to %v it", rc.Change.Actions)
			}
		}
	}
	if len(pending) > 0 {
		resp.Error = fmt.Errorf("the plan after the converging step is not empty: %s", strings.Join(pending, "; "))
		return
	}
	if resp.Error = checkHeld(v.w, v.cells, converging)(nil); resp.Error != nil {
		return
	}
	for _, c := range v.cells {
		c.converged = true
	}
}
