package scriptconformance_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	sc "github.com/runner-ci/runner/internal/scriptconformance"
)

const expectationsFile = "testdata/scripts/newman-6.2.2.json"

// TestScriptConformance runs every case topic of testdata/scripts/cases
// through our runner against the local echo emulation and compares each
// case's assertions and script errors with Newman's recording (or with the
// hand-written app behaviour for "expect": "app" cases). Disagreements fail
// the test unless listed in testdata/scripts/known-differences.txt;
// SCRIPT_CONFORMANCE_STRICT=1 fails on those too. SCRIPT_CONFORMANCE_RUNNER
// names a prebuilt binary instead of building ./cmd/runner.
func TestScriptConformance(t *testing.T) {
	root, err := sc.ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	exp, err := sc.ReadExpectations(filepath.Join(root, expectationsFile))
	if errors.Is(err, sc.ErrNoExpectations) {
		t.Skipf("%s is missing: record it with scripts/record-script-expectations.sh", expectationsFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	topics, err := sc.LoadTopics(filepath.Join(root, "testdata", "scripts", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	known, err := sc.ReadKnownDifferences(filepath.Join(root, "testdata", "scripts", "known-differences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	strict := os.Getenv("SCRIPT_CONFORMANCE_STRICT") == "1"
	bin := os.Getenv("SCRIPT_CONFORMANCE_RUNNER")
	if bin == "" {
		if bin, err = sc.BuildRunner(root, t.TempDir()); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := sc.StartServers()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })

	// Run the topics two at a time (the machine is shared), then compare.
	work := t.TempDir()
	runs := make([]*sc.TopicRun, len(topics))
	errs := make([]error, len(topics))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, tp := range topics {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			runs[i], errs[i] = sc.RunTopic(context.Background(), bin, tp, srv.EchoURL, filepath.Join(work, tp.Name))
		}()
	}
	wg.Wait()

	agree, total := 0, 0
	var disagreeing []string
	usedKnown := map[string]bool{}
	for i, tp := range topics {
		t.Run(tp.Name, func(t *testing.T) {
			if errs[i] != nil {
				out := ""
				if runs[i] != nil {
					out = tail(runs[i].Output, 30)
				}
				t.Fatalf("%v\n%s", errs[i], out)
			}
			for _, c := range tp.Cases {
				total++
				want := exp.Expected(c)
				if want == nil {
					t.Errorf("case %q has no recorded expectation: re-run scripts/record-script-expectations.sh", c.Name)
					continue
				}
				diffs := sc.Diff(c, want, runs[i].Results[c.Name])
				if len(diffs) == 0 {
					agree++
					continue
				}
				disagreeing = append(disagreeing, c.Name)
				msg := fmt.Sprintf("case %q (%s):\n    %s", c.Name, c.Event, strings.Join(diffs, "\n    "))
				if reason, ok := known[c.Name]; ok {
					usedKnown[c.Name] = true
					if !strict {
						t.Logf("%s\n    (known difference: %s)", msg, reason)
						continue
					}
				}
				t.Error(msg)
			}
		})
	}
	for name := range known {
		if !usedKnown[name] && contains(topics, name) && !slicesContains(disagreeing, name) {
			t.Logf("known-differences.txt lists %q, which now agrees: remove it", name)
		}
	}
	sort.Strings(disagreeing)
	t.Logf("script conformance: %d/%d cases agree", agree, total)
	if len(disagreeing) > 0 {
		t.Logf("disagreeing cases: %s", strings.Join(disagreeing, "; "))
	}
}

func contains(topics []sc.Topic, name string) bool {
	for _, tp := range topics {
		for _, c := range tp.Cases {
			if c.Name == name {
				return true
			}
		}
	}
	return false
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// tail returns the last n lines of out.
func tail(out []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}
