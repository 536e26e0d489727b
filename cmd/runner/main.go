// Command runner runs Postman collections headlessly in CI, with client
// certificates matched per host and TLS diagnostics in every report.
//
// This package is the only place that touches os.Args, os.Exit and the
// process's standard streams; everything else is in the library packages.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := Main(ctx, os.Args[1:], Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.Getenv, IsTTY: isTerminal})
	stop()
	os.Exit(code)
}
