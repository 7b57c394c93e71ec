// Command rsswrapper stands in for a provider binary in the bench's
// dev_overrides directory: terraform starts it as it would the provider, it
// starts the real provider (its path is linked in with
// -ldflags "-X main.target=…") as a child with the same arguments, stdin and
// stderr, and on the child's exit appends a launchlog.Record (peak RSS,
// start-up time) to the file named by $BENCH_PROVIDER_LOG.
//
// Why a wrapper rather than polling /proc/<pid>/status for VmHWM: terraform
// starts a provider several times per command, some of the processes live
// only for a few milliseconds (the schema and validate walks), and a poller
// would have to find each pid among terraform's children and sample it
// before it exits, losing the short ones and any peak between samples. The
// parent of a process gets the kernel's exact high-water mark (ru_maxrss)
// from wait4 for free, and sitting on the child's stdout it sees the moment
// the go-plugin handshake line is written, which is when terraform can
// start talking to the provider.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/telecom-tf/terraform-provider-telecom/internal/bench/launchlog"
)

// target is the real provider binary.
var target string

func main() {
	start := time.Now()
	// Pdeathsig fires when the thread that forked the child exits, not the
	// process: keep the forking goroutine on one thread for the whole run.
	runtime.LockOSThread()
	os.Exit(run(start))
}

func run(start time.Time) int {
	if target == "" {
		fmt.Fprintln(os.Stderr, "rsswrapper: built without -ldflags \"-X main.target=<provider binary>\"")
		return 1
	}
	// The child's stdout goes through a pipe we read, to time the handshake;
	// its stdin and stderr are ours (go-plugin logs on stderr).
	pr, pw, err := os.Pipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "rsswrapper:", err)
		return 1
	}
	cmd := exec.Command(target, os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, pw, os.Stderr
	// If terraform kills the wrapper outright, the provider must not linger.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}

	sigs := make(chan os.Signal, 8)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT)
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "rsswrapper:", err)
		return 1
	}
	_ = pw.Close() // the child holds the write end now; EOF comes when it exits
	go func() {
		for s := range sigs {
			_ = cmd.Process.Signal(s)
		}
	}()

	startup := make(chan time.Duration, 1)
	go func() { startup <- copyThrough(pr, os.Stdout, start) }()

	waitErr := cmd.Wait()
	signal.Stop(sigs)
	rec := launchlog.Record{
		Provider: filepath.Base(target),
		Startup:  <-startup,
		Lifetime: time.Since(start),
		ExitCode: -1,
	}
	code := 1
	if st := cmd.ProcessState; st != nil {
		rec.ExitCode = st.ExitCode()
		code = exitCode(st)
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			rec.MaxRSSKiB = ru.Maxrss
		}
	} else if waitErr != nil {
		fmt.Fprintln(os.Stderr, "rsswrapper:", waitErr)
	}
	if file := os.Getenv(launchlog.EnvFile); file != "" {
		if err := launchlog.Append(file, rec); err != nil {
			fmt.Fprintln(os.Stderr, "rsswrapper:", err)
		}
	}
	return code
}

// copyThrough copies the child's stdout to ours and returns how long after
// start its first line (the go-plugin handshake) arrived, or -1 without one.
func copyThrough(from io.Reader, to io.Writer, start time.Time) time.Duration {
	br := bufio.NewReader(from)
	line, err := br.ReadBytes('\n')
	startup := time.Duration(-1)
	if err == nil {
		startup = time.Since(start)
	}
	_, _ = to.Write(line)
	_, _ = io.Copy(to, br)
	return startup
}

// exitCode is the status the wrapper exits with: the child's, or 128+signal
// as a shell reports a signalled child.
func exitCode(st *os.ProcessState) int {
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return st.ExitCode()
}
