package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// machine is what the figures were taken on.
type machine struct {
	date      string
	cpu       string
	cores     int
	memory    string
	os        string
	goVersion string
	terraform string
	// loadStart and loadEnd are /proc/loadavg's 1, 5 and 15 minute load
	// averages before and after the runs: other work on the machine shows
	// in the figures.
	loadStart, loadEnd string
	// commit is the provider's source: git describe of the module root.
	commit string
}

// readMachine reads what it can; anything it cannot read says "unknown".
func readMachine(terraformPath, root string) machine {
	m := machine{
		date:      time.Now().UTC().Format("2006-01-02"),
		cpu:       firstField("/proc/cpuinfo", "model name"),
		cores:     runtime.NumCPU(),
		memory:    "unknown",
		os:        runtime.GOOS + "/" + runtime.GOARCH,
		goVersion: output("go", "env", "GOVERSION"),
		terraform: terraformVersion(terraformPath),
		loadStart: loadAverage(),
		commit:    output("git", "-C", root, "describe", "--always", "--dirty"),
	}
	if kib, err := strconv.ParseInt(strings.Fields(firstField("/proc/meminfo", "MemTotal") + " x")[0], 10, 64); err == nil {
		m.memory = fmt.Sprintf("%.0f GiB", float64(kib)/(1<<20))
	}
	if name := strings.Trim(firstField("/etc/os-release", "PRETTY_NAME"), `"`); name != "unknown" {
		m.os += ", " + name
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.os += ", kernel " + strings.TrimSpace(string(b))
	}
	return m
}

// firstField is the value of the first "key: value" or "key=value" line of
// file whose key is key.
func firstField(file, key string) string {
	f, err := os.Open(file)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			k, v, ok = strings.Cut(sc.Text(), "=")
		}
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

func output(name string, args ...string) string {
	b, err := exec.Command(name, args...).Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(b))
}

func terraformVersion(path string) string {
	var v struct {
		Version  string `json:"terraform_version"`
		Platform string `json:"platform"`
	}
	if err := json.Unmarshal([]byte(output(path, "version", "-json")), &v); err != nil || v.Version == "" {
		return "unknown"
	}
	return v.Version + " " + v.Platform
}

// loadAverage is the 1, 5 and 15 minute load averages, or "unknown".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}
