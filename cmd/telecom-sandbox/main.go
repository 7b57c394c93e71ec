// Command telecom-sandbox serves the vendor API emulators on loopback, one
// path prefix per vendor, for `make demo` and for trying the provider without
// vendor accounts. It prints the environment variables that point the
// provider at it.
//
//	telecom-sandbox [-listen 127.0.0.1:8980] [-state sandbox.json] [-env-file sandbox.env]
//
// Faults are injected through /_sandbox/<vendor>/faults (see README).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:8980", "loopback address to listen on (port 0 picks a free port)")
	statePath := flag.String("state", "", "JSON file to load the emulators' data from and save it to after every change")
	envFile := flag.String("env-file", "", "also write the environment variables to this file (sourceable by a shell)")
	flag.Parse()

	if err := run(*listen, *statePath, *envFile); err != nil {
		log.Fatal(err)
	}
}

func run(listen, statePath, envFile string) error {
	if err := checkLoopback(listen); err != nil {
		return err
	}
	emulators := newEmulators()
	store := stateFile{path: statePath, emulators: emulators}
	if err := store.load(); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	env := environment(emulators, base)
	fmt.Printf("telecom-sandbox listening on %s\n\n%s\n", base, env)
	fmt.Printf("Inject a fault, e.g. one HTTP 503 on the next Odorik request:\n  curl -X POST %s/_sandbox/odorik/faults -d '{\"kind\":\"status\",\"status\":503,\"times\":1}'\n", base)
	if envFile != "" {
		if err := os.WriteFile(envFile, []byte(env), 0o600); err != nil {
			return err
		}
	}

	srv := &http.Server{Handler: store.saveAfterWrites(mux(emulators)), ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return store.save()
}

func mux(emulators []emulator) http.Handler {
	m := http.NewServeMux()
	for _, e := range emulators {
		prefix := "/" + e.name
		m.Handle(prefix+"/", http.StripPrefix(prefix, e.server))
		control := "/_sandbox/" + e.name
		m.Handle(control+"/", http.StripPrefix(control, e.kit.ControlHandler()))
	}
	return m
}

func environment(emulators []emulator, base string) string {
	var b strings.Builder
	for _, e := range emulators {
		for _, kv := range e.env(base + "/" + e.name) {
			fmt.Fprintf(&b, "export %s=%s\n", kv[0], kv[1])
		}
	}
	return b.String()
}

// checkLoopback keeps the emulators (which accept published demo
// credentials) off any real network.
func checkLoopback(listen string) error {
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return fmt.Errorf("-listen %q: %w", listen, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("-listen %q: the sandbox only listens on loopback addresses such as 127.0.0.1", listen)
}
