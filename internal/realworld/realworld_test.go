package realworld

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/internal/echoserver"
	"github.com/runner-ci/runner/runner"
	"github.com/runner-ci/runner/runner/result"
)

var update = flag.Bool("update", false, "rewrite testdata/script-errors.txt from this run")

const (
	requestTimeout = 2 * time.Second
	scriptTimeout  = 2 * time.Second
	runTimeout     = 20 * time.Second
	// hangGrace is how long past runTimeout Run may take before the test
	// declares it hung.
	hangGrace = 10 * time.Second
)

// Testdata files.
const (
	rejectedFile     = "testdata/rejected.tsv"
	invalidURLFile   = "testdata/invalid-urls.tsv"
	globalsFile      = "testdata/globals.tsv"
	scriptErrorsFile = "testdata/script-errors.txt"
)

// stats is one collection's row of the summary table.
type stats struct {
	name                         string
	requests, passed, failed     int
	scriptErrors, requestErrors  int
	environment                  string
	steered, rejected, noRequest bool
}

// outcome is what running one collection produced.
type outcome struct {
	run   *result.Run
	execs []*result.Execution
	err   error
	panic string
}

// TestRealWorldCollectionsRun runs every collection of the real-world corpus
// against the local postman-echo emulation (every host, http or https, is
// resolved to it) and checks that the engine neither panics nor hangs, that
// every request item runs, that no URL is rejected unless allow-listed, and
// that the set of script errors matches testdata/script-errors.txt.
func TestRealWorldCollectionsRun(t *testing.T) {
	dir, err := corpusDir()
	if err != nil {
		t.Fatal(err)
	}
	collDir := filepath.Join(dir, "collections")
	if _, err := os.Stat(collDir); err != nil {
		t.Skipf("real-world corpus not available at %s (set REALWORLD_CORPUS to its directory): %v", collDir, err)
	}
	files, err := filepath.Glob(filepath.Join(collDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no collections in %s: %v", collDir, err)
	}
	slices.Sort(files)

	rejected := mustFields(t, rejectedFile, 2)
	rejectedReason := map[string]string{}
	for _, f := range rejected {
		rejectedReason[f[0]] = f[1]
	}
	allowURL := map[string]bool{} // collection \t item
	usedURL := map[string]bool{}
	for _, f := range mustFields(t, invalidURLFile, 3) {
		allowURL[f[0]+"\t"+f[1]] = true
	}
	globals := map[string][]collection.Variable{}
	for _, f := range mustFields(t, globalsFile, 4) {
		globals[f[0]] = append(globals[f[0]], collection.Variable{Key: f[1], Value: f[2], Type: "default"})
	}
	expected, err := readList(scriptErrorsFile)
	if err != nil {
		t.Fatal(err)
	}

	envs := loadScopeFiles(t, filepath.Join(dir, "environments"))
	perRepo := map[string][]string{}
	for _, f := range files {
		b := filepath.Base(f)
		perRepo[repoPrefix(b)] = append(perRepo[repoPrefix(b)], b)
	}

	srv, err := echoserver.Start(echoserver.Options{})
	if err != nil {
		t.Fatalf("start echo server: %v", err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	store, err := certs.Load(certs.Options{Insecure: true})
	if err != nil {
		t.Fatalf("load certificate store: %v", err)
	}

	var (
		scriptLines []string
		rows        []stats
		seenReject  = map[string]bool{}
	)
	for _, path := range files {
		base := filepath.Base(path)
		row := stats{name: base}
		t.Run(strings.TrimSuffix(base, ".json"), func(t *testing.T) {
			coll, err := collection.Load(path)
			if reason, ok := rejectedReason[base]; ok {
				seenReject[base] = true
				row.rejected = true
				if err == nil {
					t.Fatalf("Load accepted %s, listed in %s as rejected (%s)", base, rejectedFile, reason)
				}
				if !strings.Contains(err.Error(), base) {
					t.Errorf("Load error does not name the file %s: %v", base, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			opts := runner.Options{
				Collection:         coll,
				Resolve:            map[string]string{"*": srv.EchoAddr},
				Certs:              store,
				RequestTimeout:     requestTimeout,
				ScriptTimeout:      scriptTimeout,
				Timeout:            runTimeout,
				WorkingDir:         t.TempDir(),
				NoInsecureFileRead: true,
				KeepBodies:         os.Getenv("REALWORLD_DEBUG") != "",
			}
			for _, sf := range envs {
				if repoPrefix(filepath.Base(sf.path)) != repoPrefix(base) || !sf.belongsTo(base, string(text), perRepo[repoPrefix(base)]) {
					continue
				}
				scope, err := sf.load()
				if err != nil {
					t.Fatalf("load %s: %v", sf.path, err)
				}
				if sf.globals {
					opts.Globals = scope
				} else {
					opts.Environment = scope
				}
				row.environment = filepath.Base(sf.path)
			}
			if vars := globals[base]; len(vars) > 0 {
				if opts.Globals == nil {
					opts.Globals = collection.NewScope("globals", nil)
				}
				for _, v := range vars {
					opts.Globals.Set(v.Key, v.Value, v.Type)
				}
				row.environment = strings.TrimSpace(row.environment + " +globals.tsv")
			}
			sk := &sink{}
			opts.Sinks = []result.Sink{sk}
			requests := coll.Requests()
			out := runCollection(t, opts, sk)
			if out.panic != "" {
				t.Fatalf("panic: %s", out.panic)
			}
			if len(requests) == 0 {
				row.noRequest = true
				if !errors.Is(out.err, runner.ErrNoItems) {
					t.Errorf("collection without requests: got error %v, want ErrNoItems", out.err)
				}
				return
			}
			if out.err != nil {
				t.Errorf("Run: %v", out.err)
			}
			if out.run == nil {
				t.Fatal("Run returned no summary")
			}
			row.passed = out.run.Stats.Assertions.Total - out.run.Stats.Assertions.Failed
			row.failed = out.run.Stats.Assertions.Failed
			row.steered = steered(coll)

			debug := os.Getenv("REALWORLD_DEBUG") != "" && strings.Contains(base, os.Getenv("REALWORLD_DEBUG"))
			ran := map[string]bool{}
			for _, e := range out.execs {
				if debug {
					logExecution(t, e)
				}
				ran[e.Item.ID] = true
				if e.Request != nil || e.RequestError != nil {
					row.requests++
				}
				if e.RequestError != nil {
					row.requestErrors++
					checkRequestError(t, base, e, srv.EchoAddr, allowURL, usedURL)
				}
				for _, l := range scriptErrors(base, e, srv.EchoAddr) {
					row.scriptErrors++
					scriptLines = append(scriptLines, l)
				}
			}
			var missing []string
			for _, it := range requests {
				if !ran[it.ID] {
					missing = append(missing, strings.Join(it.Path(), " / "))
				}
			}
			switch {
			case len(missing) == 0:
			case row.steered:
				t.Logf("steered by setNextRequest: %d of %d request items not run (first: %q)", len(missing), len(requests), missing[0])
			default:
				t.Errorf("%d of %d request items never ran: %q", len(missing), len(requests), missing)
			}
		})
		rows = append(rows, row)
	}

	for name := range rejectedReason {
		if !seenReject[name] {
			t.Errorf("%s lists %s, which is not in the corpus", rejectedFile, name)
		}
	}
	for name := range globals {
		if !slices.ContainsFunc(files, func(p string) bool { return filepath.Base(p) == name }) {
			t.Errorf("%s lists %s, which is not in the corpus", globalsFile, name)
		}
	}
	for k := range allowURL {
		if !usedURL[k] {
			t.Errorf("%s: entry %q no longer produces an invalid-URL error; remove it", invalidURLFile, k)
		}
	}
	compareScriptErrors(t, expected, scriptLines)
	logTable(t, rows)
	logByName(t, scriptLines)
}

// logExecution prints one execution (REALWORLD_DEBUG=<collection substring>).
func logExecution(t *testing.T, e *result.Execution) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "#%d %s", e.Index, e.Item.FullName())
	if e.Request != nil {
		fmt.Fprintf(&b, "\n  %s %s", e.Request.Method, e.Request.URL)
	}
	if e.Response != nil {
		fmt.Fprintf(&b, "\n  -> %d, %d bytes: %.200s", e.Response.Code, e.Response.Size, e.Response.Body)
	}
	if e.RequestError != nil {
		fmt.Fprintf(&b, "\n  request error: %s", e.RequestError.Message)
	}
	for _, s := range []*result.ScriptResult{e.PrerequestScript, e.TestScript} {
		if s != nil && s.Error != nil {
			fmt.Fprintf(&b, "\n  script error: %s: %s", s.Error.Name, s.Error.Message)
		}
	}
	for _, a := range e.Assertions {
		if !a.Passed && !a.Skipped && a.Error != nil {
			fmt.Fprintf(&b, "\n  failed assertion %q: %s: %.200s", a.Name, a.Error.Name, a.Error.Message)
		}
	}
	for _, c := range e.Console {
		fmt.Fprintf(&b, "\n  console.%s: %.200s", c.Level, c.Message)
	}
	t.Log(b.String())
}

func mustFields(t *testing.T, path string, n int) [][]string {
	t.Helper()
	lf, err := readList(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := lf.fields(n)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func loadScopeFiles(t *testing.T, dir string) []scopeFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(paths)
	var out []scopeFile
	for _, p := range paths {
		sf, err := readScopeFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, sf)
	}
	return out
}

// runCollection runs the collection in a goroutine, turning a panic into an
// outcome and failing the test when Run does not return in time.
func runCollection(t *testing.T, opts runner.Options, sk *sink) outcome {
	t.Helper()
	r, err := runner.New(opts)
	if err != nil {
		return outcome{err: err}
	}
	ch := make(chan outcome, 1)
	go func() {
		var o outcome
		defer func() {
			if p := recover(); p != nil {
				o.panic = fmt.Sprintf("%v\n%s", p, debug.Stack())
			}
			ch <- o
		}()
		o.run, o.err = r.Run(context.Background())
	}()
	select {
	case o := <-ch:
		sk.mu.Lock()
		o.execs = slices.Clone(sk.execs)
		sk.mu.Unlock()
		return o
	case <-time.After(runTimeout + hangGrace):
		t.Fatalf("Run did not return within %v (Timeout is %v)", runTimeout+hangGrace, runTimeout)
		return outcome{}
	}
}

// steered reports whether any script of the collection calls
// setNextRequest, so that some items may legitimately never run.
func steered(c *collection.Collection) bool {
	has := func(evs []collection.Event) bool {
		for _, e := range evs {
			if strings.Contains(e.Script.Exec, "setNextRequest") {
				return true
			}
		}
		return false
	}
	found := has(c.Events)
	c.Walk(func(it *collection.Item) bool {
		if has(it.Events) {
			found = true
		}
		return !found
	})
	return found
}

// checkRequestError fails on an "invalid URL" or "unsupported protocol"
// request error that is not allow-listed, and logs the others.
func checkRequestError(t *testing.T, coll string, e *result.Execution, echoAddr string, allow, used map[string]bool) {
	t.Helper()
	msg := e.RequestError.Message
	item := clean(e.Item.FullName())
	if !strings.Contains(msg, "invalid URL") && !strings.Contains(msg, "unsupported protocol") {
		t.Logf("request error in %q: %s: %s", item, e.RequestError.Name, normalize(msg, echoAddr))
		return
	}
	key := coll + "\t" + item
	if allow[key] {
		used[key] = true
		return
	}
	t.Errorf("request %q: %s: %s (allow-list it in %s with the reason if the file's URL is really invalid)",
		item, e.RequestError.Name, normalize(msg, echoAddr), invalidURLFile)
}

// scriptErrors returns the expectation lines of an execution's script errors
// and of assertions that failed with an exception other than an
// AssertionError (a TypeError inside pm.test is a script problem, not a
// failed check).
func scriptErrors(coll string, e *result.Execution, echoAddr string) []string {
	var out []string
	line := func(event string, er *result.Error) string {
		return strings.Join([]string{coll, clean(e.Item.FullName()), event, clean(er.Name), normalize(er.Message, echoAddr)}, "\t")
	}
	if s := e.PrerequestScript; s != nil && s.Error != nil {
		out = append(out, line("prerequest", s.Error))
	}
	if s := e.TestScript; s != nil && s.Error != nil {
		out = append(out, line("test", s.Error))
	}
	for _, a := range e.Assertions {
		if a.Passed || a.Skipped || a.Error == nil || a.Error.Name == "AssertionError" {
			continue
		}
		ev := a.Event
		if ev == "" {
			ev = "test"
		}
		out = append(out, line(ev+"-assertion", a.Error))
	}
	return out
}

// compareScriptErrors compares the run's script errors with the committed
// expectations, or rewrites them with -update.
func compareScriptErrors(t *testing.T, expected listFile, got []string) {
	t.Helper()
	got = slices.Clone(got)
	slices.Sort(got)
	got = slices.Compact(got)
	if *update {
		header := []string{
			"Script errors of the real-world corpus run against the local echo server.",
			"collection<TAB>item<TAB>event<TAB>error name<TAB>first line of message (sorted, unique).",
			"Regenerate: go test ./internal/realworld -run TestRealWorldCollectionsRun -update",
		}
		if err := writeSorted(scriptErrorsFile, header, got); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d script errors to %s", len(got), scriptErrorsFile)
		return
	}
	differs := false
	want := map[string]bool{}
	for _, l := range expected.lines {
		want[l] = true
	}
	have := map[string]bool{}
	for _, l := range got {
		have[l] = true
		if !want[l] {
			t.Errorf("new script error: %s", l)
			differs = true
		}
	}
	for _, l := range expected.lines {
		if !have[l] {
			t.Errorf("expected script error no longer occurs: %s", l)
			differs = true
		}
	}
	if differs {
		t.Logf("if the change is intended, rerun with -update and commit %s", scriptErrorsFile)
	}
}

// logByName logs how many distinct script errors each error class has, the
// first thing to look at when judging runner gaps (ReferenceError, "is not a
// function", "Cannot find module") against fake-response fallout.
func logByName(t *testing.T, lines []string) {
	t.Helper()
	lines = slices.Compact(slices.Sorted(slices.Values(lines)))
	count := map[string]int{}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		count[f[3]]++
	}
	var b strings.Builder
	b.WriteString("distinct script errors by name:")
	for _, name := range slices.Sorted(maps.Keys(count)) {
		fmt.Fprintf(&b, " %s=%d", name, count[name])
	}
	t.Log(b.String())
}

func logTable(t *testing.T, rows []stats) {
	t.Helper()
	var b strings.Builder
	var tot stats
	ran := 0
	fmt.Fprintf(&b, "\n%-100s %5s %6s %6s %6s %6s  %s\n", "collection", "reqs", "pass", "fail", "script", "reqerr", "notes")
	for _, r := range rows {
		note := r.environment
		switch {
		case r.rejected:
			note = "rejected by Load (expected)"
		case r.noRequest:
			note = "no requests"
		default:
			ran++
		}
		if r.steered {
			note = strings.TrimSpace(note + " setNextRequest")
		}
		fmt.Fprintf(&b, "%-100s %5d %6d %6d %6d %6d  %s\n", strings.TrimSuffix(r.name, ".json"), r.requests, r.passed, r.failed, r.scriptErrors, r.requestErrors, note)
		tot.requests += r.requests
		tot.passed += r.passed
		tot.failed += r.failed
		tot.scriptErrors += r.scriptErrors
		tot.requestErrors += r.requestErrors
	}
	fmt.Fprintf(&b, "%-100s %5d %6d %6d %6d %6d  %d of %d collections run\n", "TOTAL", tot.requests, tot.passed, tot.failed, tot.scriptErrors, tot.requestErrors, ran, len(rows))
	t.Log(b.String())
}
