package reporters

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runner-ci/runner/runner/result"
)

// injectionScenario has names and messages that try to break out of a
// workflow command or start a new one.
func injectionScenario() scenario {
	sc := scenario{name: "injection", collection: "Inject | *me* <b>x</b>", iterations: 1}
	a := exec(0, "item-inj", "http://127.0.0.1:3000/inj", 200, 5, "Folder, one: two", "Req %0A name::x")
	a.Assertions = []result.Assertion{
		fail(1, "ok\n::error::injected", "100% sure, a::b\r\n::add-mask::secret"),
		fail(2, "comma, colon: percent %25", "line1\nline2"),
		pass(3, "fine"),
	}
	a.TestScript = &result.ScriptResult{Error: &result.Error{Name: "Error", Message: "thrown\n::warning title=x::y"}}
	sc.execs = []*result.Execution{a}
	return sc
}

// githubOutput plays sc to a GitHub reporter inside GitHub Actions and
// returns the commands and the summary.
func githubOutput(t *testing.T, sc scenario, opts GitHubOptions) (stdout, summary string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "summary.md")
	env := map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": path}
	opts.Getenv = func(k string) string { return env[k] }
	var buf bytes.Buffer
	sc.play(t, NewGitHub(&buf, opts))
	b, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return buf.String(), string(b)
}

func TestGitHubGolden(t *testing.T) {
	var scs []scenario
	for _, sc := range scenarios() {
		switch sc.name {
		case "allpass", "iterations", "scripterror", "requesterror", "tls", "skipped":
			scs = append(scs, sc)
		}
	}
	scs = append(scs, injectionScenario())
	for _, sc := range scs {
		t.Run(sc.name, func(t *testing.T) {
			out, sum := githubOutput(t, sc, GitHubOptions{CollectionFile: "collections/api,v1.json"})
			golden(t, "github_"+sc.name+".golden.txt", []byte(out+"----- step summary -----\n"+sum))
		})
	}
}

func TestEscapeCommand(t *testing.T) {
	tests := []struct {
		in, data, prop string
	}{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"a::b, c", "a::b, c", "a%3A%3Ab%2C c"},
		{"%0A", "%250A", "%250A"},
	}
	for _, tt := range tests {
		if got := EscapeCommandData(tt.in); got != tt.data {
			t.Errorf("EscapeCommandData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := EscapeCommandProperty(tt.in); got != tt.prop {
			t.Errorf("EscapeCommandProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

// unescapeCommand reverses the workflow-command escaping, as the runner does.
func unescapeCommand(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

// parsedCommand is one workflow command line.
type parsedCommand struct {
	kind  string
	props map[string]string
	data  string
}

// parseCommands parses the lines of out that are workflow commands the way
// GitHub's runner does: the command name up to a space or "::", properties
// split on commas and the first "=", data after the next "::".
func parseCommands(t *testing.T, out string) []parsedCommand {
	t.Helper()
	var cmds []parsedCommand
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(line, "::") {
			continue
		}
		rest := line[2:]
		end := strings.Index(rest, "::")
		if end < 0 {
			t.Fatalf("malformed command %q", line)
		}
		head, data := rest[:end], rest[end+2:]
		kind, propStr, _ := strings.Cut(head, " ")
		c := parsedCommand{kind: kind, props: map[string]string{}, data: unescapeCommand(data)}
		if propStr != "" {
			for _, p := range strings.Split(propStr, ",") {
				k, v, ok := strings.Cut(p, "=")
				if !ok {
					t.Fatalf("malformed property %q in %q", p, line)
				}
				c.props[k] = unescapeCommand(v)
			}
		}
		cmds = append(cmds, c)
	}
	return cmds
}

func TestGitHubInjection(t *testing.T) {
	out, _ := githubOutput(t, injectionScenario(), GitHubOptions{CollectionFile: "dir, x/coll:1.json"})
	cmds := parseCommands(t, out)
	want := []parsedCommand{
		{"error", map[string]string{"file": "dir, x/coll:1.json", "title": "Folder, one: two / Req %0A name::x"},
			"ok\n::error::injected: 100% sure, a::b\r\n::add-mask::secret"},
		{"error", map[string]string{"file": "dir, x/coll:1.json", "title": "Folder, one: two / Req %0A name::x"},
			"comma, colon: percent %25: line1\nline2"},
		{"error", map[string]string{"file": "dir, x/coll:1.json", "title": "Folder, one: two / Req %0A name::x"},
			"test script error: Error: thrown\n::warning title=x::y"},
	}
	if len(cmds) != len(want) {
		t.Fatalf("got %d commands, want %d:\n%s", len(cmds), len(want), out)
	}
	for i, w := range want {
		got := cmds[i]
		if got.kind != w.kind || got.data != w.data || fmt.Sprint(got.props) != fmt.Sprint(w.props) {
			t.Errorf("command %d = %+v, want %+v", i, got, w)
		}
	}
	// Every output line is a command or the plain summary note; no line
	// starts a command the reporter did not mean to write.
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(line, "::error ") {
			t.Errorf("unexpected line %q", line)
		}
	}
}

func TestGitHubCap(t *testing.T) {
	sc := scenario{name: "cap", collection: "Many", iterations: 1}
	e := exec(0, "item-many", "https://many.example.test/", 200, 1, "Many")
	for i := range 60 {
		e.Assertions = append(e.Assertions, fail(i+1, fmt.Sprintf("check %d", i+1), "boom\n::error::x"))
	}
	sc.execs = []*result.Execution{e}
	out, sum := githubOutput(t, sc, GitHubOptions{MaxAnnotations: 50})
	cmds := parseCommands(t, out)
	counts := map[string]int{}
	for _, c := range cmds {
		counts[c.kind]++
	}
	if counts["error"] != 50 || counts["notice"] != 1 || len(cmds) != 51 {
		t.Errorf("commands by kind = %v, want 50 errors and 1 notice", counts)
	}
	if n := strings.Count(out, "\nerror (not annotated): Many: check "); n != 10 {
		t.Errorf("plain lines for left-out errors = %d, want 10:\n%s", n, out)
	}
	if !strings.Contains(out, "check 60: boom%0A::error::x\n") {
		t.Errorf("left-out lines are not escaped:\n%s", out)
	}
	if last := cmds[len(cmds)-1]; !strings.HasPrefix(last.data, "10 errors and 0 warnings were not annotated") {
		t.Errorf("notice = %q", last.data)
	}
	if !strings.Contains(sum, "### Failures (60)") || !strings.Contains(sum, "| 60 | Many | 1 |") ||
		!strings.Contains(sum, "GitHub shows at most 10 error annotations per step") {
		t.Errorf("summary lacks the failures:\n%s", sum)
	}
}

func TestGitHubOutsideActions(t *testing.T) {
	for _, sc := range scenarios() {
		if sc.name != "iterations" {
			continue
		}
		opened := false
		var buf bytes.Buffer
		r := NewGitHub(&buf, GitHubOptions{
			Getenv:   func(k string) string { return map[string]string{"GITHUB_STEP_SUMMARY": "/nonexistent/x"}[k] },
			OpenFile: func(string) (io.WriteCloser, error) { opened = true; return nil, errors.New("must not open") },
		})
		sc.play(t, r)
		out := buf.String()
		if opened {
			t.Error("the summary file was opened outside GitHub Actions")
		}
		if n := strings.Count(out, "the step summary was not written"); n != 1 {
			t.Errorf("note printed %d times, want once:\n%s", n, out)
		}
		if n := strings.Count(out, "::error "); n != 2 {
			t.Errorf("got %d error commands, want 2:\n%s", n, out)
		}
		if !strings.HasSuffix(out, "runner: not running in GitHub Actions (GITHUB_ACTIONS is not \"true\"); the step summary was not written\n") {
			t.Errorf("output does not end with the note:\n%s", out)
		}
	}
}

// TestGitHubActionsEndToEnd runs the reporter as inside GitHub Actions: the
// summary is appended to an existing $GITHUB_STEP_SUMMARY file.
func TestGitHubActionsEndToEnd(t *testing.T) {
	var tlsSc scenario
	for _, sc := range scenarios() {
		if sc.name == "tls" {
			tlsSc = sc
		}
	}
	path := filepath.Join(t.TempDir(), "step_summary")
	if err := os.WriteFile(path, []byte("# earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_STEP_SUMMARY", path)
	var buf bytes.Buffer
	tlsSc.play(t, NewGitHub(&buf, GitHubOptions{CollectionFile: "mtls.postman_collection.json", Getenv: os.Getenv}))
	out := buf.String()
	cmds := parseCommands(t, out)
	var errs, warns []parsedCommand
	for _, c := range cmds {
		switch c.kind {
		case "error":
			errs = append(errs, c)
		case "warning":
			warns = append(warns, c)
		}
	}
	if len(errs) != 1 || errs[0].props["title"] != "expired host" || errs[0].props["file"] != "mtls.postman_collection.json" ||
		!strings.Contains(errs[0].data, "x509: certificate has expired") || !strings.Contains(errs[0].data, "failed (expired)") {
		t.Errorf("error annotations = %+v", errs)
	}
	wantWarn := map[string]bool{
		"TLS self-signed.example.test:9443|certificate verification skipped (insecure); it would have failed: selfSigned": true,
		"TLS self-signed.example.test:9443|server certificate is self-signed":                                             true,
		"runner|" + tlsSc.warnings[0]: true,
	}
	for _, w := range warns {
		delete(wantWarn, w.props["title"]+"|"+w.data)
	}
	if len(wantWarn) > 0 {
		t.Errorf("missing warnings %v in %+v", wantWarn, warns)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := string(b)
	for _, want := range []string{
		"# earlier step\n## mTLS Lab: ❌ failed\n",
		"| requests | 3 | 1 |",
		"| 1 | expired host | 1 | request | TLSError: tls: failed to verify certificate: x509: certificate has expired or is not yet valid |",
		"| api.example.test:8443 | yes: CN=client-alpha | CN=api.example.test | expires in 29 days (2027-01-02) | verified | 2 |",
		"| expired.example.test:443 | no (requested by the server) | CN=expired.example.test | expired 3 days ago (2026-12-01) | failed (expired) | 1 |",
		"| self-signed.example.test:9443 | no | CN=self-signed.example.test | expires in 400 days",
		"### Warnings (4)",
	} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
}

type errWriteCloser struct{ err error }

func (e errWriteCloser) Write([]byte) (int, error) { return 0, e.err }
func (e errWriteCloser) Close() error              { return nil }

func TestGitHubSummaryErrors(t *testing.T) {
	sc := injectionScenario()
	boom := errors.New("disk full")
	tests := []struct {
		name string
		open func(string) (io.WriteCloser, error)
		want string
	}{
		{"open", func(string) (io.WriteCloser, error) { return nil, boom }, `open step summary "s.md": disk full`},
		{"write", func(string) (io.WriteCloser, error) { return errWriteCloser{boom}, nil }, `write step summary "s.md": disk full`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewGitHub(io.Discard, GitHubOptions{SummaryFile: "s.md", OpenFile: tt.open})
			run := &result.Run{}
			for _, e := range sc.execs {
				if err := r.Execution(run, e); err != nil {
					t.Fatal(err)
				}
			}
			err := r.Done(run)
			if err == nil || err.Error() != tt.want || !errors.Is(err, boom) {
				t.Errorf("Done = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestGitHubMarkdownEscaping(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"a|b", `a\|b`},
		{"<script>&", "&lt;script&gt;&amp;"},
		{"[link](http://x)", `\[link\](http://x)`},
		{"*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"},
		{"two\nlines\x07", "two<br>lines"},
	}
	for _, tt := range tests {
		if got := ghMDCell(tt.in); got != tt.want {
			t.Errorf("ghMDCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGitHubAnnotationFile(t *testing.T) {
	tests := []struct {
		file, workspace, want string
	}{
		{"", "", ""},
		{"api.json", "", "api.json"},
		{"https://example.test/c.json", "", ""},
		{"/home/runner/work/repo/repo/tests/api.json", "/home/runner/work/repo/repo", "tests/api.json"},
		{"/elsewhere/api.json", "/home/runner/work/repo/repo", "/elsewhere/api.json"},
		{"/home/runner/work/repo/repo2/api.json", "/home/runner/work/repo/repo", "/home/runner/work/repo/repo2/api.json"},
	}
	for _, tt := range tests {
		g := NewGitHub(io.Discard, GitHubOptions{CollectionFile: tt.file,
			Getenv: func(k string) string { return map[string]string{"GITHUB_WORKSPACE": tt.workspace}[k] }})
		if got := g.annotationFile(); got != tt.want {
			t.Errorf("annotationFile(%q, workspace %q) = %q, want %q", tt.file, tt.workspace, got, tt.want)
		}
	}
}

func ExampleNewGitHub() {
	r := NewGitHub(os.Stdout, GitHubOptions{CollectionFile: "api.postman_collection.json"})
	run := &result.Run{Collection: result.CollectionInfo{Name: "API"}}
	_ = r.Start(run)
	_ = r.Execution(run, &result.Execution{
		Item: result.ItemRef{Name: "Get user", Path: []string{"Users", "Get user"}},
		Assertions: []result.Assertion{{Name: "status is 200", Index: 1,
			Error: &result.Error{Name: "AssertionError", Message: "expected 404 to equal 200\nat line 2"}}},
	})
	_ = r.Done(run)
	// Output:
	// ::error file=api.postman_collection.json,title=Users / Get user::status is 200: expected 404 to equal 200%0Aat line 2
	// runner: not running in GitHub Actions (GITHUB_ACTIONS is not "true"); the step summary was not written
}
