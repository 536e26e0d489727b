package scriptconformance

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestScriptUnmarshal(t *testing.T) {
	tests := []struct {
		in      string
		want    Script
		wantErr bool
	}{
		{`"a();"`, "a();", false},
		{`["a();", "b();"]`, "a();\nb();", false},
		{`[]`, "", false},
		{`42`, "", true},
		{`[1]`, "", true},
	}
	for _, tt := range tests {
		var s Script
		err := json.Unmarshal([]byte(tt.in), &s)
		if (err != nil) != tt.wantErr {
			t.Errorf("Unmarshal(%s) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			continue
		}
		if s != tt.want {
			t.Errorf("Unmarshal(%s) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

func TestLoadTopicsRejects(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"empty dir", map[string]string{}, "no case files"},
		{"unknown field", map[string]string{"a.json": `{"cases": [{"name": "x", "event": "test", "script": "", "bogus": 1}]}`}, "unknown field"},
		{"bad event", map[string]string{"a.json": `{"cases": [{"name": "x", "event": "pre", "script": ""}]}`}, "neither prerequest nor test"},
		{"no name", map[string]string{"a.json": `{"cases": [{"event": "test", "script": ""}]}`}, "no name"},
		{"app without result", map[string]string{"a.json": `{"cases": [{"name": "x", "event": "test", "script": "", "expect": "app", "note": "n"}]}`}, "needs an app result"},
		{"noNewman without app", map[string]string{"a.json": `{"cases": [{"name": "x", "event": "test", "script": "", "noNewman": "crash"}]}`}, "noNewman needs"},
		{"setup on prerequest", map[string]string{"a.json": `{"cases": [{"name": "x", "event": "prerequest", "script": "", "setup": "a()"}]}`}, "setup is only"},
		{"bad pattern", map[string]string{"a.json": `{"cases": [{"name": "x", "event": "test", "script": "", "messagePattern": "("}]}`}, "messagePattern"},
		{"duplicate across files", map[string]string{
			"a.json": `{"cases": [{"name": "x", "event": "test", "script": ""}]}`,
			"b.json": `{"cases": [{"name": "x", "event": "test", "script": ""}]}`,
		}, "already defined in a"},
		{"conflicting environment", map[string]string{"a.json": `{"environment": {"k": "1"}, "cases": [{"name": "x", "event": "test", "script": "", "environment": {"k": "2"}}]}`}, `environment key "k" conflicts`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tt.files {
				writeFile(t, filepath.Join(dir, name), content)
			}
			_, err := LoadTopics(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("LoadTopics error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestRequestURL(t *testing.T) {
	body := "a b"
	tests := []struct {
		name string
		req  *Request
		want string
	}{
		{"nil", nil, "http://e/get"},
		{"path", &Request{Path: "/status/404"}, "http://e/status/404"},
		{"respond empty", &Request{Respond: &Response{}}, "http://e/sc/respond"},
		{"respond", &Request{Respond: &Response{Status: 201, Headers: map[string]string{"B": "2", "a": "1"}, Body: &body}},
			"http://e/sc/respond?body=a+b&header=B%3A2&header=a%3A1&status=201"},
	}
	for _, tt := range tests {
		if got := tt.req.URL("http://e"); got != tt.want {
			t.Errorf("%s: URL = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestHandlerRespond(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	body := "hello there"
	u := (&Request{Respond: &Response{Status: 418, Headers: map[string]string{"oneHeader": "oneValue"}, Body: &body}}).URL(srv.URL)
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 418 || string(data) != body {
		t.Errorf("got %d %q, want 418 %q", res.StatusCode, data, body)
	}
	// Go's client canonicalises names when parsing; the raw name is checked
	// through the map key the server wrote.
	if got := res.Header.Get("oneHeader"); got != "oneValue" {
		t.Errorf("oneHeader = %q, want oneValue", got)
	}
	if got := res.Header.Get("Content-Type"); got != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type = %q", got)
	}

	for _, bad := range []string{"/sc/respond?status=x", "/sc/respond?header=nocolon"} {
		res, err := http.Get(srv.URL + bad)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", bad, res.StatusCode)
		}
	}
	// Everything else is the echo emulation.
	res, err = http.Get(srv.URL + "/status/404")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 404 {
		t.Errorf("/status/404 answered %d", res.StatusCode)
	}
}

func TestParseReport(t *testing.T) {
	// Newman's shape: no "passed", executions repeated per sendRequest,
	// failures with line:column, assertion failures also listed.
	newman := `{"run": {
	  "executions": [
	    {"id": "e1", "item": {"name": "a"}, "assertions": [
	      {"assertion": "ok http://127.0.0.1:9/x", "skipped": false},
	      {"assertion": "bad", "skipped": false, "error": {"name": "AssertionError", "message": "at 127.0.0.1:9"}},
	      {"assertion": "skip", "skipped": true}]},
	    {"id": "e1", "item": {"name": "a"}, "assertions": [{"assertion": "ok", "skipped": false}]},
	    {"id": "e2", "item": {"name": "b"}, "assertions": []}
	  ],
	  "failures": [
	    {"at": "assertion:1 in test-script", "error": {"name": "AssertionError", "message": "x"}, "source": {"name": "a"}},
	    {"at": "test-script:3:5", "error": {"name": "ReferenceError", "message": "f is not defined"}, "source": {"name": "a"}},
	    {"at": "prerequest-script", "error": {"name": "Error", "message": "pre"}, "source": {"name": "c"}},
	    {"at": "request", "error": {"name": "Error", "message": "ECONNREFUSED"}, "source": {"name": "b"}}
	  ]}}`
	got, err := ParseReport([]byte(newman), Normalizer("http://127.0.0.1:9"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]*Result{
		"a": {Executed: true, Assertions: []Assertion{
			{Name: "ok {{echo}}/x", Status: Passed},
			{Name: "bad", Status: Failed, Error: &ErrorInfo{Name: "AssertionError", Message: "at {{echo-host}}"}},
			{Name: "skip", Status: Skipped},
		}, ScriptErrors: []ScriptError{{Event: EventTest, Name: "ReferenceError", Message: "f is not defined"}}},
		"b": {Executed: true, Assertions: []Assertion{}, ScriptErrors: []ScriptError{}},
		"c": {Executed: false, Assertions: []Assertion{}, ScriptErrors: []ScriptError{{Event: EventPrerequest, Name: "Error", Message: "pre"}}},
	}
	gotJSON, _ := json.Marshal(got)
	wantJSON, _ := json.Marshal(want)
	if string(gotJSON) != string(wantJSON) {
		t.Errorf("ParseReport:\n got %s\nwant %s", gotJSON, wantJSON)
	}

	// Our runner's shape: explicit "passed", console lines.
	runner := `{"run": {"executions": [{"id": "x", "item": {"name": "a"},
	  "assertions": [{"assertion": "t", "passed": false, "skipped": false}],
	  "console": [{"level": "warn", "message": "Using \"data\" is deprecated. Use \"pm.iterationData\" instead."},
	              {"level": "warn", "message": "other"}, {"level": "log", "message": "Using \"x\" is deprecated."}]}],
	  "failures": []}}`
	got, err = ParseReport([]byte(runner), nil)
	if err != nil {
		t.Fatal(err)
	}
	a := got["a"]
	if len(a.Assertions) != 1 || a.Assertions[0].Status != Failed || a.Assertions[0].Error != nil {
		t.Errorf("runner assertion = %+v", a.Assertions)
	}
	if len(a.DeprecationWarnings) != 1 || !strings.HasPrefix(a.DeprecationWarnings[0], `Using "data"`) {
		t.Errorf("warnings = %q", a.DeprecationWarnings)
	}
	if _, err := ParseReport([]byte("{"), nil); err == nil {
		t.Error("ParseReport accepted broken JSON")
	}
}

func TestDiff(t *testing.T) {
	fail := func(name, msg string) Assertion {
		return Assertion{Name: "t", Status: Failed, Error: &ErrorInfo{Name: name, Message: msg}}
	}
	res := func(as ...Assertion) *Result { return &Result{Executed: true, Assertions: as} }
	withErr := func(r *Result, e ScriptError) *Result { r.ScriptErrors = append(r.ScriptErrors, e); return r }
	tests := []struct {
		name      string
		c         Case
		want, got *Result
		diffs     int
		contains  string
	}{
		{"equal", Case{}, res(fail("AssertionError", "m")), res(fail("AssertionError", "m")), 0, ""},
		{"message differs", Case{}, res(fail("AssertionError", "m")), res(fail("AssertionError", "n")), 1, `want "m", got "n"`},
		{"v8 ignores message", Case{MessageFrom: MessageFromV8}, res(fail("TypeError", "m")), res(fail("TypeError", "n")), 0, ""},
		{"v8 keeps name", Case{MessageFrom: MessageFromV8}, res(fail("TypeError", "m")), res(fail("Error", "m")), 1, "error name"},
		{"pattern matches", Case{MessagePattern: `^x \d+$`}, res(fail("E", "x 1")), res(fail("E", "x 22")), 0, ""},
		{"pattern fails", Case{MessagePattern: `^x \d+$`}, res(fail("E", "x 1")), res(fail("E", "x 0.5")), 1, "does not match"},
		{"status", Case{}, res(Assertion{Name: "t", Status: Passed}), res(Assertion{Name: "t", Status: Skipped}), 1, "want passed, got skipped"},
		{"missing and extra", Case{}, res(Assertion{Name: "a", Status: Passed}), res(), 1, "missing"},
		{"extra", Case{}, res(), res(Assertion{Name: "a", Status: Passed}), 1, "unexpected assertion"},
		{"not executed", Case{}, &Result{}, res(), 1, "executed"},
		{"nil got", Case{}, res(), nil, 1, "executed"},
		{"script error", Case{}, withErr(res(), ScriptError{EventTest, "Error", "a"}), res(), 1, "missing test script error"},
		{"script error message v8", Case{MessageFrom: MessageFromV8},
			withErr(res(), ScriptError{EventTest, "SyntaxError", "a"}), withErr(res(), ScriptError{EventTest, "SyntaxError", "b"}), 0, ""},
		{"script error event", Case{}, withErr(res(), ScriptError{EventTest, "Error", "a"}), withErr(res(), ScriptError{EventPrerequest, "Error", "a"}), 1, "want test Error, got prerequest"},
		{"warnings", Case{}, &Result{Executed: true, DeprecationWarnings: []string{"w"}}, res(), 1, "deprecation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diff(tt.c, tt.want, tt.got)
			if len(d) != tt.diffs {
				t.Fatalf("Diff = %q, want %d differences", d, tt.diffs)
			}
			if tt.contains != "" && !strings.Contains(strings.Join(d, "\n"), tt.contains) {
				t.Errorf("Diff = %q, want one containing %q", d, tt.contains)
			}
		})
	}
}

func TestReadKnownDifferences(t *testing.T) {
	dir := t.TempDir()
	got, err := ReadKnownDifferences(filepath.Join(dir, "missing.txt"))
	if err != nil || len(got) != 0 {
		t.Fatalf("missing file: %v, %v", got, err)
	}
	p := filepath.Join(dir, "k.txt")
	writeFile(t, p, "# comment\n\ncase one\treason a\n")
	got, err = ReadKnownDifferences(p)
	if err != nil || got["case one"] != "reason a" || len(got) != 1 {
		t.Fatalf("ReadKnownDifferences = %v, %v", got, err)
	}
	writeFile(t, p, "no tab here\n")
	if _, err := ReadKnownDifferences(p); err == nil {
		t.Error("line without a tab accepted")
	}
}

func TestCollection(t *testing.T) {
	tp := Topic{Name: "t", CollectionVariables: map[string]any{"c": "1"}, Cases: []Case{
		{Name: "one", Event: EventTest, Script: "a();\nb();", Setup: "s();"},
		{Name: "two", Event: EventPrerequest, Script: "p();", Request: &Request{Method: "POST", Path: "/post", Headers: map[string]string{"X": "1"}}},
	}}
	coll, err := tp.Collection("http://e")
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(coll)
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Item []struct {
			Name    string
			Request struct{ Method, URL string }
			Event   []struct {
				Listen string
				Script struct{ Exec []string }
			}
		}
		Variable []kv
	}
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Item) != 2 || c.Item[0].Name != "one" || c.Item[1].Request.Method != "POST" || c.Item[1].Request.URL != "http://e/post" {
		t.Fatalf("items = %+v", c.Item)
	}
	ev := c.Item[0].Event
	if len(ev) != 2 || ev[0].Listen != EventPrerequest || ev[1].Listen != EventTest || len(ev[1].Script.Exec) != 2 {
		t.Errorf("events of a test case with setup = %+v", ev)
	}
	if len(c.Variable) != 2 || c.Variable[0].Key != "c" || c.Variable[1].Key != "echo" || c.Variable[1].Value != "http://e" {
		t.Errorf("variables = %+v", c.Variable)
	}
	args, err := tp.WriteRun("http://e", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if len(args) != 5 || args[1] != "-e" || args[3] != "-g" {
		t.Errorf("WriteRun args = %q (no data: no -d)", args)
	}
}

// TestCommittedCases checks the committed suite itself: enough cases, the
// 25 cases of sandbox.md §7, a recording for every case Newman can run and
// a documented reason for every "app" case.
func TestCommittedCases(t *testing.T) {
	root, err := ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	topics, err := LoadTopics(filepath.Join(root, "testdata", "scripts", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	exp, err := ReadExpectations(filepath.Join(root, "testdata", "scripts", "newman-6.2.2.json"))
	if err != nil {
		t.Skipf("no recording: %v", err)
	}
	n := 0
	refs := map[string]bool{}
	ref := regexp.MustCompile(`§7\.(\d+)$`)
	names := map[string]bool{}
	for _, tp := range topics {
		for _, c := range tp.Cases {
			n++
			names[c.Name] = true
			if m := ref.FindStringSubmatch(c.Ref); m != nil {
				refs[m[1]] = true
			}
			if _, ok := exp.Cases[c.Name]; !ok && c.NoNewman == "" {
				t.Errorf("case %q has no Newman recording", c.Name)
			}
		}
	}
	if n < 150 {
		t.Errorf("%d cases, want at least 150", n)
	}
	for i := 1; i <= 25; i++ {
		if !refs[strconv.Itoa(i)] {
			t.Errorf("no case refers to sandbox.md §7.%d", i)
		}
	}
	for name := range exp.Cases {
		if !names[name] {
			t.Errorf("recording has case %q, which no longer exists: re-record", name)
		}
	}
	known, err := ReadKnownDifferences(filepath.Join(root, "testdata", "scripts", "known-differences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for name := range known {
		if !names[name] {
			t.Errorf("known-differences.txt lists unknown case %q", name)
		}
	}
}
