package conformance_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/internal/conformance"
	"github.com/runner-ci/runner/internal/echoserver"
)

const expectationsFile = "testdata/newman-6.2.2.json"

// moduleRoot finds the directory holding go.mod above the working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// suitesDir is $CONFORMANCE_NEWMAN_DIR or ../shared/conformance/newman
// relative to the module root.
func suitesDir(root string) string {
	if d := os.Getenv("CONFORMANCE_NEWMAN_DIR"); d != "" {
		return d
	}
	return filepath.Join(root, "..", "shared", "conformance", "newman")
}

// runnerBinary returns $CONFORMANCE_RUNNER or builds ./cmd/runner.
func runnerBinary(t *testing.T, root string) string {
	t.Helper()
	if bin := os.Getenv("CONFORMANCE_RUNNER"); bin != "" {
		return bin
	}
	bin := filepath.Join(t.TempDir(), "runner")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/runner")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build runner (go build -o %s ./cmd/runner): %v\n%s", bin, err, out)
	}
	return bin
}

// TestNewmanConformance runs every Newman integration suite with our runner
// against the local echo emulation and compares the JUnit testcases with
// what Newman produced on the same rewritten suites (testdata/newman-*.json,
// recorded by scripts/record-newman-expectations.sh).
//
// Disagreements fail the test unless listed in
// testdata/known-differences.txt; CONFORMANCE_STRICT=1 fails on those too.
// CONFORMANCE_RUNNER=<path> uses a prebuilt binary instead of building
// ./cmd/runner (pointing it at newman checks the harness itself).
func TestNewmanConformance(t *testing.T) {
	root := moduleRoot(t)
	dir := suitesDir(root)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("Newman's integration collections not found at %s (set CONFORMANCE_NEWMAN_DIR): conformance not checked", dir)
	}
	exp, err := conformance.ReadExpectations(expectationsFile)
	if err != nil {
		t.Fatalf("%v (record them with scripts/record-newman-expectations.sh)", err)
	}
	known, err := conformance.ReadKnownDifferences("testdata/known-differences.txt")
	if err != nil {
		t.Fatal(err)
	}
	strict := os.Getenv("CONFORMANCE_STRICT") == "1"
	suites, err := conformance.Discover(dir)
	if err != nil {
		t.Fatal(err)
	}
	skip, err := conformance.ReadSkip(filepath.Join(dir, "SKIP"))
	if err != nil {
		t.Fatal(err)
	}
	norm, err := conformance.LoadNormalizer(filepath.Join(dir, "NORMALIZE"))
	if err != nil {
		t.Fatal(err)
	}

	bin := runnerBinary(t, root)
	srv, err := echoserver.Start(echoserver.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	work := t.TempDir()
	caFile := filepath.Join(work, "echo-ca.pem")
	if err := srv.WriteCA(caFile); err != nil {
		t.Fatal(err)
	}

	agreeTotal, attempted, seen := 0, 0, map[string]bool{}
	for i, s := range suites {
		seen[s.Name] = true
		t.Run(s.Name, func(t *testing.T) {
			if reason, ok := skip[s.Name]; ok {
				t.Skipf("listed in SKIP: %s", reason)
			}
			rec, ok := exp.Suites[s.Name]
			if !ok {
				t.Fatalf("no recorded Newman expectation for suite %s: re-run scripts/record-newman-expectations.sh", s.Name)
			}
			want := conformance.MultisetOf(rec.Cases)
			attempted += want.Size()
			suiteDir := filepath.Join(work, fmt.Sprintf("%02d", i))
			prepared, err := conformance.PrepareSuite(s, conformance.EndpointsOf(srv), suiteDir)
			if err != nil {
				t.Fatal(err)
			}
			inv := conformance.Invocation{Binary: bin, Prepared: prepared, CAFile: caFile, Dir: suiteDir, Timeout: time.Minute}
			o, err := inv.Run(context.Background())
			if err != nil {
				// A whole suite may be a known difference (the runner
				// refuses it on purpose).
				if k, ok := findKnown(known, s.Name, conformance.Case{Suite: "*", Name: "*"}); ok && k.Suite == s.Name && !strict {
					t.Logf("suite not run by the runner (known difference: %s)", k.Reason)
					return
				}
				t.Errorf("%s %s: %v\n%s", bin, strings.Join(inv.Args(), " "), err, tail(o.Output, 40))
				return
			}
			// The comparison is on passed|failed: Newman's JUnit reporter
			// shows pm.test.skip as a passing testcase, so a <skipped/>
			// testcase counts as passed (and is mentioned).
			skipped := 0
			for i := range o.Cases {
				if o.Cases[i].Status == conformance.Skipped {
					o.Cases[i].Status = conformance.Passed
					skipped++
				}
			}
			if skipped > 0 {
				t.Logf("note: the runner marks %d testcases <skipped/>; Newman reports skipped tests as passed", skipped)
			}
			got := conformance.Tally(o.Cases, norm, conformance.RunnerOnlyCases)
			agree, missing, extra := conformance.Compare(want, got)
			agreeTotal += agree
			var report []string
			check := func(kind string, list []conformance.CaseCount) {
				for _, c := range list {
					line := fmt.Sprintf("%s %dx %q / %q: %s", kind, c.Count, c.Suite, c.Name, c.Status)
					if k, ok := findKnown(known, s.Name, c.Case); ok {
						line += " (known difference: " + k.Reason + ")"
						if !strict {
							t.Log(line)
							continue
						}
					}
					report = append(report, line)
				}
			}
			check("missing (Newman has, runner lacks)", missing)
			check("extra (runner has, Newman lacks)", extra)
			if len(report) > 0 {
				t.Errorf("%d/%d testcases agree with Newman; differences:\n  %s\nrunner: %s %s\n%s",
					agree, want.Size(), strings.Join(report, "\n  "), bin, strings.Join(inv.Args(), " "), tail(o.Output, 40))
			}
		})
	}
	for name := range exp.Suites {
		if !seen[name] {
			t.Errorf("expectations list suite %s, which no longer exists: re-record", name)
		}
	}
	if attempted == exp.Testcases {
		t.Logf("conformance: %d/%d assertions agree", agreeTotal, exp.Testcases)
	} else {
		t.Logf("conformance: %d/%d assertions agree in the suites run (%d recorded in all)", agreeTotal, attempted, exp.Testcases)
	}
}

func findKnown(known []conformance.KnownDifference, suite string, c conformance.Case) (conformance.KnownDifference, bool) {
	for _, k := range known {
		if k.Matches(suite, c) {
			return k, true
		}
	}
	return conformance.KnownDifference{}, false
}

// tail returns the last n lines of out.
func tail(out []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}
