package faultmatrix_test

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// matrix collects the outcome of every cell from the parallel cases.
type matrix struct {
	mu       sync.Mutex
	outcomes map[string]string // row + "\x00" + fault name
	notes    []string
}

func newMatrix() *matrix { return &matrix{outcomes: map[string]string{}} }

func rowName(k *kind, p path) string { return k.row + "/" + string(p) }

func (m *matrix) record(c *cell, f fault) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.outcomes[rowName(c.kind, c.path)+"\x00"+f.name] = c.outcome(f)
	switch {
	case c.problem != "":
		m.notes = append(m.notes, fmt.Sprintf("FAIL %s × %s: %s", rowName(c.kind, c.path), f.name, c.problem))
	case c.result == "error":
		m.notes = append(m.notes, fmt.Sprintf("err  %s × %s: %s", rowName(c.kind, c.path), f.name, c.diag))
	}
}

// table renders rows (resource/path) by columns (faults), then the
// diagnostics of the failed applies and the reasons of the failed cells.
func (m *matrix) table() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	header := []string{"resource/path"}
	for _, f := range faults {
		header = append(header, f.name)
	}
	rows := [][]string{header}
	for _, k := range kinds {
		for _, p := range allPaths {
			row := []string{rowName(k, p)}
			for _, f := range faults {
				o, ok := m.outcomes[rowName(k, p)+"\x00"+f.name]
				if !ok {
					o = "-"
				}
				row = append(row, o)
			}
			rows = append(rows, row)
		}
	}
	widths := make([]int, len(header))
	for _, r := range rows {
		for i, v := range r {
			widths[i] = max(widths[i], len([]rune(v)))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, v := range r {
			fmt.Fprintf(&b, "%-*s  ", widths[i], v)
		}
		b.WriteString("\n")
	}
	b.WriteString(`
ok       the faulted apply (reads: plan) succeeded and needed nothing more
err→ok   it failed with a clear diagnostic; one more apply (reads: plan) converged
err→ok*  the same, but max_retries promises to retry this fault (429, 5xx, connection errors)
FAIL     see the reasons below
aborted  the case stopped before its converging step (another cell failed)
`)
	if len(m.notes) > 0 {
		notes := append([]string(nil), m.notes...)
		sort.Strings(notes)
		b.WriteString("\n" + strings.Join(notes, "\n") + "\n")
	}
	return b.String()
}
