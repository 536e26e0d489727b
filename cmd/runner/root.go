package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// Version is the runner's version, set at build time with
// -ldflags "-X main.Version=v1.2.3".
var Version = "0.1.0-dev"

// Streams are the process's standard streams and environment, injected so
// that tests can run commands in-process.
type Streams struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Getenv func(string) string
	// IsTTY reports whether a stream is a terminal.
	IsTTY func(io.Writer) bool
}

// Main runs the command line args and returns the exit code.
func Main(ctx context.Context, args []string, s Streams) int {
	if s.Getenv == nil {
		s.Getenv = func(string) string { return "" }
	}
	if s.IsTTY == nil {
		s.IsTTY = func(io.Writer) bool { return false }
	}
	root := newRootCmd(ctx, s)
	root.SetArgs(normalizeArgs(args))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintf(s.Err, "error: %v\n", err)
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		if isCobraUsageError(err) {
			fmt.Fprintln(s.Err, "run 'runner --help' for usage")
		}
		return ExitUsage
	}
	return ExitFailures
}

// isCobraUsageError recognises cobra/pflag's own parse errors (unknown
// flag, missing argument, bad value), which are usage errors.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown flag", "unknown shorthand flag", "unknown command", "invalid argument", "flag needs an argument", "accepts ", "requires at least", "bad flag syntax", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// normalizeArgs makes "--bail failure,folder" (a space-separated optional
// value, as Newman accepts it) into "--bail=failure,folder".
func normalizeArgs(args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--bail" && i+1 < len(args) && isBailValue(args[i+1]) {
			out = append(out, "--bail="+args[i+1])
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

func isBailValue(s string) bool {
	if s == "" {
		return false
	}
	for _, p := range strings.Split(s, ",") {
		if p != "failure" && p != "folder" {
			return false
		}
	}
	return true
}

func newRootCmd(ctx context.Context, s Streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "runner",
		Short: "Run Postman collections in CI, with client certificates and TLS diagnostics",
		Long: `runner runs Postman collections (v2.0 and v2.1) headlessly: Newman's flags and
report formats, client certificates matched per host and port, and TLS
verification diagnostics in every report.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       Version,
	}
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetVersionTemplate("{{.Version}}\n")
	root.AddCommand(
		newRunCmd(s),
		newValidateCmd(s),
		newVersionCmd(s),
		newDemoCmd(s),
		newCertsCmd(s),
		newMergeCmd(s),
	)
	return root
}

func newVersionCmd(s Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the runner's version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprintln(s.Out, Version)
			return nil
		},
	}
}
