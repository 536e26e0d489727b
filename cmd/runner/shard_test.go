package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/runner-ci/runner/reporters"
	"github.com/runner-ci/runner/runner/result"
)

// shardsCollection has six top-level items (three folders, one nested),
// failing assertions, a skipped request and a request error.
var shardsCollection = testdataPath("collections", "shards.postman_collection.json")

// shardRun is a JSON report read back into the result model.
type shardRun struct {
	run   *result.Run
	execs []*result.Execution
}

func readShardReport(t *testing.T, path string) shardRun {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	run, execs, err := reporters.ReadJSON(path, f)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return shardRun{run, execs}
}

// runShard runs the shards collection with extra flags, writing a JSON
// report to path, and checks that the exit code is 1 exactly when the
// report has failures.
func runShard(t *testing.T, baseURL, path string, extra ...string) shardRun {
	t.Helper()
	args := append([]string{"run", shardsCollection, "--env-var", "baseUrl=" + baseURL, "-r", "json,junit",
		"--reporter-json-export", path, "--reporter-junit-export", strings.TrimSuffix(path, ".json") + ".xml"}, extra...)
	res := runCLI(t, nil, args...)
	if res.code != ExitOK && res.code != ExitFailures {
		t.Fatalf("%v: exit code = %d\nstdout:\n%s\nstderr:\n%s", extra, res.code, res.out, res.err)
	}
	rep := readShardReport(t, path)
	if failed := len(rep.run.Failures) > 0; failed != (res.code == ExitFailures) {
		t.Errorf("%v: exit code %d with %d failures", extra, res.code, len(rep.run.Failures))
	}
	return rep
}

// pair is one executed (iteration, item) pair.
type pair struct {
	iteration int
	item      string
}

func pairsOf(execs []*result.Execution) []pair {
	out := make([]pair, 0, len(execs))
	for _, e := range execs {
		out = append(out, pair{e.Iteration, e.Item.ID})
	}
	return out
}

// junitDoc is the part of a JUnit report compared between runs (timings
// and timestamps differ).
type junitDoc struct {
	Suites []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Errors   int    `xml:"errors,attr"`
		Skipped  int    `xml:"skipped,attr"`
		Cases    []struct {
			Name    string    `xml:"name,attr"`
			Failure *struct{} `xml:"failure"`
			Error   *struct{} `xml:"error"`
			Skipped *struct{} `xml:"skipped"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func readJUnit(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc junitDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	var b strings.Builder
	for _, s := range doc.Suites {
		fmt.Fprintf(&b, "suite %q tests=%d failures=%d errors=%d skipped=%d\n", s.Name, s.Tests, s.Failures, s.Errors, s.Skipped)
		for _, c := range s.Cases {
			fmt.Fprintf(&b, "  case %q failure=%v error=%v skipped=%v\n", c.Name, c.Failure != nil, c.Error != nil, c.Skipped != nil)
		}
	}
	return b.String()
}

func failureKeys(fs []result.Failure) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%d %s %s %s @%d", f.Iteration, f.Item.ID, f.At, f.Error.Message, f.Execution))
	}
	return out
}

// TestShardsUnionAndMerge runs the collection unsharded and in shards (by
// items, and by iterations), checks that the shards are disjoint and
// together run exactly what the unsharded run does, then merges the shard
// reports and compares the merged JSON and JUnit with the unsharded run's.
func TestShardsUnionAndMerge(t *testing.T) {
	srv := newEchoServer(t)
	tests := []struct {
		name   string
		common []string
		shards [][]string
	}{
		{"items", []string{"-n", "2"}, [][]string{{"--shard", "1/3"}, {"--shard", "2/3"}, {"--shard", "3/3"}}},
		{"iterations", []string{"-n", "4", "--shard-by", "iterations"}, [][]string{{"--shard", "1/2"}, {"--shard", "2/2"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			fullPath := filepath.Join(dir, "full.json")
			full := runShard(t, srv.URL, fullPath, tc.common...)
			if full.run.Stats.Requests.Total == 0 || len(full.run.Failures) == 0 {
				t.Fatalf("unsharded run made %d requests with %d failures; the test needs both", full.run.Stats.Requests.Total, len(full.run.Failures))
			}

			var shardPaths []string
			seen := map[pair]string{}
			for i, sh := range tc.shards {
				p := filepath.Join(dir, fmt.Sprintf("shard%d.json", i+1))
				rep := runShard(t, srv.URL, p, append(append([]string{}, tc.common...), sh...)...)
				if len(rep.execs) == 0 {
					t.Errorf("shard %v ran nothing", sh)
				}
				shardPaths = append(shardPaths, p)
				for _, pr := range pairsOf(rep.execs) {
					if other, ok := seen[pr]; ok {
						t.Errorf("iteration %d item %s ran in shard %s and %v", pr.iteration, pr.item, other, sh)
					}
					seen[pr] = strings.Join(sh, " ")
				}
			}
			want := map[pair]bool{}
			for _, pr := range pairsOf(full.execs) {
				want[pr] = true
				if seen[pr] == "" {
					t.Errorf("iteration %d item %s ran unsharded but in no shard", pr.iteration, pr.item)
				}
			}
			for pr := range seen {
				if !want[pr] {
					t.Errorf("iteration %d item %s ran in a shard but not unsharded", pr.iteration, pr.item)
				}
			}

			for _, withColl := range []bool{false, true} {
				t.Run(fmt.Sprintf("merge collection=%v", withColl), func(t *testing.T) {
					out := filepath.Join(t.TempDir(), "merged.json")
					xmlOut := strings.TrimSuffix(out, ".json") + ".xml"
					args := append([]string{"merge"}, shardPaths...)
					args = append(args, "-r", "json,junit", "--reporter-json-export", out, "--reporter-junit-export", xmlOut)
					if withColl {
						args = append(args, "--collection", shardsCollection)
					}
					res := runCLI(t, nil, args...)
					if res.code != ExitFailures {
						t.Fatalf("merge exit code = %d, want 1 (failures)\nstdout:\n%s\nstderr:\n%s", res.code, res.out, res.err)
					}
					if !strings.Contains(res.err, fmt.Sprintf("merged %d reports", len(shardPaths))) {
						t.Errorf("merge summary missing from stderr:\n%s", res.err)
					}
					merged := readShardReport(t, out)
					ms, fs := merged.run.Stats, full.run.Stats
					if ms != fs {
						t.Errorf("merged stats = %+v\nunsharded     %+v", ms, fs)
					}
					if got, want := failureKeys(merged.run.Failures), failureKeys(full.run.Failures); !reflect.DeepEqual(got, want) {
						t.Errorf("merged failures:\n%s\nunsharded:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
					}
					if got, want := pairsOf(merged.execs), pairsOf(full.execs); !reflect.DeepEqual(got, want) {
						t.Errorf("merged execution order = %v\nunsharded              %v", got, want)
					}
					if merged.run.TransferBytes != full.run.TransferBytes {
						t.Errorf("merged transfer bytes = %d, unsharded %d", merged.run.TransferBytes, full.run.TransferBytes)
					}
					if got, want := readJUnit(t, xmlOut), readJUnit(t, strings.TrimSuffix(fullPath, ".json")+".xml"); got != want {
						t.Errorf("merged junit:\n%s\nunsharded junit:\n%s", got, want)
					}
				})
			}
		})
	}
}

func TestMergeExitCodes(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	shard1 := filepath.Join(dir, "shard1.json")
	runShard(t, srv.URL, shard1, "--shard", "1/2")
	shard2 := filepath.Join(dir, "shard2.json")
	runShard(t, srv.URL, shard2, "--shard", "2/2")
	passing := filepath.Join(dir, "passing.json")
	res := runCLI(t, nil, "run", testdataPath("collections", "echo.postman_collection.json"), "--env-var", "baseUrl="+srv.URL,
		"-r", "json", "--reporter-json-export", passing)
	if res.code != ExitOK {
		t.Fatalf("echo run: exit %d\n%s", res.code, res.err)
	}
	notJSON := filepath.Join(dir, "notjson.json")
	if err := os.WriteFile(notJSON, []byte("<testsuites/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	newman := filepath.Join(dir, "newman.json")
	if err := os.WriteFile(newman, []byte(`{"collection":{"info":{"name":"x"}},"run":{"stats":{}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.json")
	tests := []struct {
		name string
		args []string
		code int
		err  []string
	}{
		{"passing report", []string{passing}, ExitOK, []string{"merged 1 reports"}},
		{"failures", []string{shard1, shard2}, ExitFailures, []string{"merged 2 reports"}},
		{"failures suppressed", []string{shard1, shard2, "-x"}, ExitOK, nil},
		{"missing file", []string{shard1, filepath.Join(dir, "nope.json")}, ExitUsage, []string{"nope.json"}},
		{"not json", []string{shard1, notJSON}, ExitUsage, []string{"notjson.json", "invalid JSON"}},
		{"not a runner report", []string{newman, "-x"}, ExitUsage, []string{"newman.json", "not a runner JSON report"}},
		{"different collection", []string{shard1, passing}, ExitUsage, []string{"passing.json", `"echo"`, `"shards"`}},
		{"same shard twice", []string{shard1, shard2, shard1}, ExitUsage, []string{"shard1.json", "both ran"}},
		{"collection mismatch", []string{shard1, shard2, "--collection", testdataPath("collections", "echo.postman_collection.json")}, ExitUsage, []string{"echo.postman_collection.json", "does not match"}},
		{"unknown reporter", []string{shard1, "-r", "teamcity"}, ExitUsage, []string{"teamcity"}},
		{"no reports", nil, ExitUsage, []string{"requires at least 1 arg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"merge", "-r", "json", "--reporter-json-export", out}, tc.args...)
			res := runCLI(t, nil, args...)
			if res.code != tc.code {
				t.Fatalf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", res.code, tc.code, res.out, res.err)
			}
			for _, w := range tc.err {
				if !strings.Contains(res.err, w) {
					t.Errorf("stderr lacks %q:\n%s", w, res.err)
				}
			}
		})
	}

	// The default cli reporter prints the merged run; --silent prints nothing.
	res = runCLI(t, nil, "merge", shard1, shard2, "--color", "off", "-x")
	if res.code != ExitOK || !strings.Contains(res.out, "status is 201") || !strings.Contains(res.out, "list users") {
		t.Errorf("cli merge: code %d\n%s", res.code, res.out)
	}
	res = runCLI(t, nil, "merge", shard1, shard2, "--silent", "-x")
	if res.code != ExitOK || res.out != "" || res.err != "" {
		t.Errorf("--silent merge: code %d, out %q, err %q", res.code, res.out, res.err)
	}

	// html writes the export file; github writes annotations on stdout and
	// the step summary.
	htmlOut := filepath.Join(dir, "merged.html")
	summary := filepath.Join(dir, "summary.md")
	env := map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary}
	res = runCLI(t, env, "merge", shard1, shard2, "-r", "html,github", "--reporter-html-export", htmlOut)
	if res.code != ExitFailures {
		t.Fatalf("html,github merge: code %d\n%s\n%s", res.code, res.out, res.err)
	}
	page, err := os.ReadFile(htmlOut)
	if err != nil || !strings.Contains(string(page), "list users") || !strings.Contains(string(page), "wrong status") {
		t.Errorf("merged html report lacks items from both shards (err %v)", err)
	}
	if !strings.Contains(res.out, "::error") || !strings.Contains(res.out, "status is 201") {
		t.Errorf("github annotations missing from stdout:\n%s", res.out)
	}
	if md, err := os.ReadFile(summary); err != nil || len(md) == 0 {
		t.Errorf("step summary not written: %v", err)
	}
}

func TestShardFlagValidation(t *testing.T) {
	srv := newEchoServer(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"zero index", []string{"--shard", "0/3"}, "--shard"},
		{"index above count", []string{"--shard", "4/3"}, "--shard"},
		{"not K/N", []string{"--shard", "x"}, "--shard"},
		{"zero count", []string{"--shard", "1/0"}, "--shard"},
		{"negative", []string{"--shard", "-1/3"}, "--shard"},
		{"bad shard-by", []string{"--shard", "1/2", "--shard-by", "rows"}, "--shard-by"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := srv.n.Load()
			res := runCLI(t, nil, append([]string{"run", shardsCollection, "--env-var", "baseUrl=" + srv.URL, "--silent"}, tc.args...)...)
			if res.code != ExitUsage {
				t.Fatalf("exit code = %d, want 2\nstderr:\n%s", res.code, res.err)
			}
			if !strings.Contains(res.err, tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, res.err)
			}
			if n := srv.n.Load() - before; n != 0 {
				t.Errorf("%d requests sent, want none", n)
			}
		})
	}
}
