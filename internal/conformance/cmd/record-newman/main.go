// Command record-newman runs Newman on every integration suite against the
// local echo emulation and records the normalised JUnit results that
// TestNewmanConformance compares our runner with. It is driven by
// scripts/record-newman-expectations.sh.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/runner-ci/runner/internal/conformance"
	"github.com/runner-ci/runner/internal/echoserver"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "record-newman:", err)
		os.Exit(1)
	}
}

func run() error {
	newman := flag.String("newman", "newman", "path of the newman executable")
	version := flag.String("version", "6.2.2", "newman version recorded in the output")
	root := flag.String("suites", "../shared/conformance/newman", "directory of Newman's integration collections")
	out := flag.String("out", "internal/conformance/testdata/newman-6.2.2.json", "expectations file to write")
	only := flag.String("suite", "", "record only this suite (prints, does not write)")
	verbose := flag.Bool("v", false, "print Newman's output for suites with failures")
	flag.Parse()

	suites, err := conformance.Discover(*root)
	if err != nil {
		return err
	}
	if len(suites) == 0 {
		return conformance.ErrNoSuites
	}
	skip, err := conformance.ReadSkip(filepath.Join(*root, "SKIP"))
	if err != nil {
		return err
	}
	norm, err := conformance.LoadNormalizer(filepath.Join(*root, "NORMALIZE"))
	if err != nil {
		return err
	}
	srv, err := echoserver.Start(echoserver.Options{})
	if err != nil {
		return err
	}
	defer srv.Close()
	work, err := os.MkdirTemp("", "record-newman-")
	if err != nil {
		return fmt.Errorf("create work dir: %w", err)
	}
	defer os.RemoveAll(work)
	caFile := filepath.Join(work, "echo-ca.pem")
	if err := srv.WriteCA(caFile); err != nil {
		return err
	}

	exp := &conformance.Expectations{Newman: *version, Suites: map[string]conformance.SuiteExpectation{}}
	for i, s := range suites {
		if *only != "" && s.Name != *only {
			continue
		}
		if reason, ok := skip[s.Name]; ok {
			fmt.Printf("%-60s skipped: %s\n", s.Name, reason)
			continue
		}
		dir := filepath.Join(work, fmt.Sprintf("%02d", i))
		prepared, err := conformance.PrepareSuite(s, conformance.EndpointsOf(srv), dir)
		if err != nil {
			return err
		}
		inv := conformance.Invocation{
			Binary:     *newman,
			Prepared:   prepared,
			CAFile:     caFile,
			Dir:        dir,
			Env:        []string{"NODE_EXTRA_CA_CERTS=" + caFile, "NO_COLOR=1"},
			JSONReport: true,
			Timeout:    2 * time.Minute,
		}
		o, err := inv.Run(context.Background())
		if err != nil {
			return fmt.Errorf("suite %s: %w\n%s", s.Name, err, o.Output)
		}
		cases := conformance.Tally(o.Cases, norm, nil)
		exp.Suites[s.Name] = conformance.SuiteExpectation{
			Assertions:       o.Assertions,
			FailedAssertions: o.FailedAssertions,
			Cases:            cases.Sorted(),
		}
		exp.Assertions += o.Assertions
		exp.FailedAssertions += o.FailedAssertions
		exp.Testcases += cases.Size()
		fmt.Printf("%-60s assertions %3d failed %2d junit testcases %3d\n", s.Name, o.Assertions, o.FailedAssertions, cases.Size())
		if o.FailedAssertions > 0 && *verbose {
			fmt.Printf("%s\n", o.Output)
		}
	}
	fmt.Printf("newman %s: %d/%d assertions passed, %d JUnit testcases\n",
		*version, exp.Assertions-exp.FailedAssertions, exp.Assertions, exp.Testcases)
	if *only != "" {
		return nil
	}
	if err := conformance.WriteExpectations(*out, exp); err != nil {
		return err
	}
	if exp.FailedAssertions > 0 {
		return fmt.Errorf("newman failed %d assertions against the emulation (expectations written anyway)", exp.FailedAssertions)
	}
	return nil
}
