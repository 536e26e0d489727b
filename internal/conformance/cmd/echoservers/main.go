// Command echoservers starts the local echo emulation (internal/echoserver)
// and, with -prepare, writes rewritten copies of Newman's integration suites
// pointing at it, printing one runner command line per suite. It runs until
// interrupted, for debugging a single suite by hand:
//
//	go run ./internal/conformance/cmd/echoservers -prepare /tmp/suites
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/runner-ci/runner/internal/conformance"
	"github.com/runner-ci/runner/internal/echoserver"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "echoservers:", err)
		os.Exit(1)
	}
}

func run() error {
	suitesDir := flag.String("suites", "../shared/conformance/newman", "directory of Newman's integration collections")
	prepare := flag.String("prepare", "", "write rewritten suites into this directory")
	ca := flag.String("ca", "", "write the CA certificate here (default: <prepare>/echo-ca.pem, or a temp file)")
	flag.Parse()

	srv, err := echoserver.Start(echoserver.Options{})
	if err != nil {
		return err
	}
	defer srv.Close()
	caFile := *ca
	if caFile == "" && *prepare != "" {
		if err := os.MkdirAll(*prepare, 0o755); err != nil {
			return fmt.Errorf("create %q: %w", *prepare, err)
		}
		caFile = filepath.Join(*prepare, "echo-ca.pem")
	}
	if caFile == "" {
		f, err := os.CreateTemp("", "echo-ca-*.pem")
		if err != nil {
			return fmt.Errorf("create CA file: %w", err)
		}
		caFile = f.Name()
		_ = f.Close()
		defer os.Remove(caFile)
	}
	if err := srv.WriteCA(caFile); err != nil {
		return err
	}
	fmt.Printf("echo (http+https): %s\nraw echo:          %s\nredirect:          %s\nexpired TLS:       %s\nCA:                %s\n",
		srv.EchoAddr, srv.RawEchoAddr, srv.RedirectAddr, srv.ExpiredAddr, caFile)

	if *prepare != "" {
		suites, err := conformance.Discover(*suitesDir)
		if err != nil {
			return err
		}
		for i, s := range suites {
			dir := filepath.Join(*prepare, fmt.Sprintf("%02d-%s", i, strings.ReplaceAll(s.Name, "/", "_")))
			args, err := conformance.PrepareSuite(s, conformance.EndpointsOf(srv), dir)
			if err != nil {
				return err
			}
			inv := conformance.Invocation{Prepared: args, CAFile: caFile, Dir: dir}
			fmt.Printf("runner %s\n", strings.Join(inv.Args(), " "))
		}
	}
	fmt.Println("serving; press Ctrl-C to stop")
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	<-sig
	return nil
}
