package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/runner-ci/runner/internal/echoserver"
	"github.com/runner-ci/runner/schemas"
)

// countingServer is a loopback echo server that counts the requests it
// receives, so tests can assert that nothing was sent.
type countingServer struct {
	*httptest.Server
	n atomic.Int64
}

func newEchoServer(t *testing.T) *countingServer {
	t.Helper()
	cs := &countingServer{}
	h := echoserver.Handler()
	cs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cs.n.Add(1)
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(cs.Close)
	return cs
}

// cliResult is the outcome of one in-process CLI invocation.
type cliResult struct {
	code     int
	out, err string
}

// runCLI runs the command line in-process with buffer streams.
func runCLI(t *testing.T, env map[string]string, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, Streams{
		Out: &out, Err: &errb,
		Getenv: func(k string) string { return env[k] },
	})
	return cliResult{code: code, out: out.String(), err: errb.String()}
}

func testdataPath(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "testdata"}, parts...)...)
}

func TestRunPassingCollection(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	jsonPath := filepath.Join(dir, "report.json")
	junitPath := filepath.Join(dir, "report.xml")
	res := runCLI(t, nil, "run", testdataPath("collections", "echo.postman_collection.json"),
		"--env-var", "baseUrl="+srv.URL, "-r", "cli,json,junit",
		"--reporter-json-export", jsonPath, "--reporter-junit-export", junitPath, "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("exit code = %d, want 0\nstdout:\n%s\nstderr:\n%s", res.code, res.out, res.err)
	}
	for _, want := range []string{"get args", "status is 200", "json echoed", "legacy status", "authorization sent"} {
		if !strings.Contains(res.out, want) {
			t.Errorf("cli output lacks %q:\n%s", want, res.out)
		}
	}
	if got := srv.n.Load(); got != 3 {
		t.Errorf("server saw %d requests, want 3", got)
	}

	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "s3cr3t-token") {
		t.Errorf("json report contains the bearer token")
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("json report: %v", err)
	}
	if err := schemas.Validate(schemas.Report, doc); err != nil {
		t.Errorf("json report does not match schemas/report.schema.json: %v", err)
	}
	xml, err := os.ReadFile(junitPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(xml), `name="Folder A / get args"`) {
		t.Errorf("junit report lacks the suite for Folder A / get args:\n%s", xml)
	}
	if strings.Contains(string(xml), "s3cr3t-token") {
		t.Errorf("junit report contains the bearer token")
	}
}

func TestRunFailuresExitOne(t *testing.T) {
	srv := newEchoServer(t)
	col := testdataPath("collections", "failing.postman_collection.json")
	res := runCLI(t, nil, "run", col, "--env-var", "baseUrl="+srv.URL, "--color", "off")
	if res.code != ExitFailures {
		t.Fatalf("exit code = %d, want 1\n%s\n%s", res.code, res.out, res.err)
	}
	for _, want := range []string{"expected response to have status code 201 but got 200", "undefinedFunction"} {
		if !strings.Contains(res.out, want) {
			t.Errorf("cli output lacks %q:\n%s", want, res.out)
		}
	}
	res = runCLI(t, nil, "run", col, "--env-var", "baseUrl="+srv.URL, "-x", "--silent")
	if res.code != ExitOK {
		t.Errorf("with -x exit code = %d, want 0", res.code)
	}
	if res.out != "" {
		t.Errorf("--silent printed:\n%s", res.out)
	}
}

func TestBadInputExitsTwoAndSendsNothing(t *testing.T) {
	srv := newEchoServer(t)
	good := testdataPath("collections", "echo.postman_collection.json")
	base := "baseUrl=" + srv.URL
	tests := []struct {
		name string
		args []string
		want []string // substrings of stderr
	}{
		{"malformed json", []string{"run", testdataPath("bad", "malformed.json")}, []string{"malformed.json"}},
		{"schema invalid", []string{"run", testdataPath("bad", "schema-invalid.json")}, []string{"schema-invalid.json", "/item/0/request/method"}},
		{"missing collection", []string{"run", "does-not-exist.json"}, []string{"does-not-exist.json"}},
		{"missing environment", []string{"run", good, "-e", "nope.env.json"}, []string{"nope.env.json"}},
		{"missing data file", []string{"run", good, "-d", "nope.csv"}, []string{"nope.csv"}},
		{"invalid csv", []string{"run", good, "-d", testdataPath("bad", "invalid.csv")}, []string{"invalid.csv"}},
		{"unknown reporter", []string{"run", good, "-r", "cli,teamcity"}, []string{"teamcity"}},
		{"bad color", []string{"run", good, "--color", "maybe"}, []string{"--color"}},
		{"zero iterations", []string{"run", good, "-n", "0"}, []string{"--iteration-count"}},
		{"negative timeout", []string{"run", good, "--timeout-request", "-5"}, []string{"--timeout-request"}},
		{"not a number", []string{"run", good, "--timeout", "soon"}, []string{"invalid argument"}},
		{"unknown flag", []string{"run", good, "--no-such-flag"}, []string{"unknown flag"}},
		{"bad env-var", []string{"run", good, "--env-var", "novalue"}, []string{"novalue"}},
		{"unknown folder", []string{"run", good, "--folder", "Nope"}, []string{"Nope"}},
		{"missing certs manifest", []string{"run", good, "--certs", "nope-certs.json"}, []string{"nope-certs.json"}},
		{"unknown cipher in protocolProfileBehavior", []string{"run", testdataPath("bad", "bad-cipher.json")}, []string{"bad-cipher.json", "strict TLS", "NOT-A-CIPHER"}},
		{"suppress exit code does not hide 2", []string{"run", testdataPath("bad", "malformed.json"), "-x"}, []string{"malformed.json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := srv.n.Load()
			res := runCLI(t, nil, append(tc.args, "--env-var", base)...)
			if res.code != ExitUsage {
				t.Fatalf("exit code = %d, want 2\nstdout:\n%s\nstderr:\n%s", res.code, res.out, res.err)
			}
			for _, w := range tc.want {
				if !strings.Contains(res.err, w) {
					t.Errorf("stderr lacks %q:\n%s", w, res.err)
				}
			}
			if n := srv.n.Load() - before; n != 0 {
				t.Errorf("%d requests were sent, want none", n)
			}
		})
	}
}

func TestValidateCommand(t *testing.T) {
	res := runCLI(t, nil, "validate", testdataPath("collections", "echo.postman_collection.json"))
	if res.code != ExitOK || !strings.Contains(res.out, "valid collection") {
		t.Errorf("validate good: code %d, out %q, err %q", res.code, res.out, res.err)
	}
	res = runCLI(t, nil, "validate", testdataPath("bad", "schema-invalid.json"))
	if res.code != ExitUsage || !strings.Contains(res.err, "/item/0/request/method") {
		t.Errorf("validate bad: code %d, err %q", res.code, res.err)
	}
}

func TestVersionCommand(t *testing.T) {
	res := runCLI(t, nil, "version")
	if res.code != ExitOK || strings.TrimSpace(res.out) != Version {
		t.Errorf("version: code %d, out %q", res.code, res.out)
	}
}

func TestDemoCommand(t *testing.T) {
	res := runCLI(t, nil, "demo")
	if res.code != ExitOK {
		t.Fatalf("demo exit code = %d\nstdout:\n%s\nstderr:\n%s", res.code, res.out, res.err)
	}
	for _, want := range []string{"GET with a query", "authenticated", "demo client"} {
		if !strings.Contains(res.out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, res.out)
		}
	}
}

func TestGitHubAndHTMLReportersFromCLI(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	summary := filepath.Join(dir, "summary.md")
	htmlPath := filepath.Join(dir, "report.html")
	col := testdataPath("collections", "failing.postman_collection.json")
	res := runCLI(t, map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary},
		"run", col, "--env-var", "baseUrl="+srv.URL, "-r", "github,html", "--reporter-html-export", htmlPath)
	if res.code != ExitFailures {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	if !strings.Contains(res.out, "::error file="+col+",title=wrong status::status is 201") {
		t.Errorf("stdout lacks the annotation for the failed assertion:\n%s", res.out)
	}
	md, err := os.ReadFile(summary)
	if err != nil || !strings.Contains(string(md), "status is 201") {
		t.Errorf("job summary %q (err %v) lacks the failure", md, err)
	}
	page, err := os.ReadFile(htmlPath)
	if err != nil || !strings.Contains(string(page), "expected response to have status code 201 but got 200") {
		t.Errorf("html report (err %v) lacks the failure message", err)
	}
}

func TestQueryAPIKeyIsRedactedInReports(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	doc := map[string]any{
		"info": map[string]any{"name": "apikey", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
		"item": []any{map[string]any{
			"name": "key in query",
			"request": map[string]any{
				"method": "GET", "url": srv.URL + "/get?a=1",
				"auth": map[string]any{"type": "apikey", "apikey": []any{
					map[string]any{"key": "key", "value": "api_key"},
					map[string]any{"key": "value", "value": "Top-Secret-Key"},
					map[string]any{"key": "in", "value": "query"},
				}},
			},
			"event": []any{map[string]any{"listen": "test", "script": map[string]any{"exec": []string{
				"pm.test('key sent', function () { pm.expect(pm.response.json().args.api_key).to.equal('Top-Secret-Key'); });",
			}}}},
		}},
	}
	col := writeJSON(t, filepath.Join(dir, "c.json"), doc)
	report := filepath.Join(dir, "r.json")
	res := runCLI(t, nil, "run", col, "-r", "cli,json", "--reporter-json-export", report, "--log-level", "info", "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	data, _ := os.ReadFile(report)
	for name, text := range map[string]string{"stdout": res.out, "stderr": res.err, "json": string(data)} {
		if strings.Contains(text, "Top-Secret-Key") {
			t.Errorf("%s contains the API key", name)
		}
	}
	if !strings.Contains(string(data), "api_key=%5Bredacted%5D") {
		t.Errorf("json report does not show the redacted key parameter")
	}
}

func TestBailStopsAfterTheFailingItem(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	report := filepath.Join(dir, "r.json")
	res := runCLI(t, nil, "run", testdataPath("collections", "failing.postman_collection.json"), "--env-var", "baseUrl="+srv.URL,
		"--bail", "-r", "json", "--reporter-json-export", report)
	if res.code != ExitFailures {
		t.Fatalf("exit %d, want 1\n%s", res.code, res.err)
	}
	if n := srv.n.Load(); n != 1 {
		t.Errorf("--bail: %d requests sent, want 1 (stop after the failing item)", n)
	}
	data, _ := os.ReadFile(report)
	if !strings.Contains(string(data), "AssertionFailure") {
		t.Errorf("--bail: the report lacks the AssertionFailure script error, as Newman writes it")
	}
}

func TestVisualizerAndSendRequestInJSONReport(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	doc := map[string]any{
		"info": map[string]any{"name": "viz", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
		"item": []any{map[string]any{
			"name":    "visualize",
			"request": map[string]any{"method": "GET", "url": srv.URL + "/get?x=1"},
			"event": []any{map[string]any{"listen": "test", "script": map[string]any{"exec": []string{
				"pm.visualizer.set('<b>{{x}}</b>', { x: pm.response.json().args.x });",
				"const res = await pm.sendRequest(pm.variables.get('base') + '/get?sub=1');",
				"pm.test('sub-request answered', () => pm.expect(res.json().args.sub).to.equal('1'));",
			}}}},
		}},
	}
	col := writeJSON(t, filepath.Join(dir, "c.json"), doc)
	report := filepath.Join(dir, "r.json")
	res := runCLI(t, nil, "run", col, "--env-var", "base="+srv.URL, "-r", "json", "--reporter-json-export", report)
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s", res.code, res.err)
	}
	var r struct {
		Run struct {
			Executions []struct {
				Visualizer *struct {
					Template string         `json:"template"`
					Data     map[string]any `json:"data"`
				} `json:"visualizer"`
				SubRequests []struct {
					Request struct {
						URL string `json:"url"`
					} `json:"request"`
				} `json:"subRequests"`
			} `json:"executions"`
		} `json:"run"`
	}
	data, _ := os.ReadFile(report)
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	x := r.Run.Executions[0]
	if x.Visualizer == nil || x.Visualizer.Template != "<b>{{x}}</b>" || x.Visualizer.Data["x"] != "1" {
		t.Errorf("visualizer = %+v", x.Visualizer)
	}
	if len(x.SubRequests) != 1 || !strings.Contains(x.SubRequests[0].Request.URL, "sub=1") {
		t.Errorf("subRequests = %+v", x.SubRequests)
	}
	var v any
	json.Unmarshal(data, &v)
	if err := schemas.Validate(schemas.Report, v); err != nil {
		t.Errorf("report schema: %v", err)
	}
}

func TestInputsFromURLs(t *testing.T) {
	srv := newEchoServer(t)
	files := http.FileServer(http.Dir(testdataPath()))
	var hits atomic.Int64
	fs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Query().Get("apikey") != "PMAK-secret" {
			http.Error(w, "no key", http.StatusUnauthorized)
			return
		}
		files.ServeHTTP(w, r)
	}))
	defer fs.Close()
	res := runCLI(t, nil, "run", fs.URL+"/collections/echo.postman_collection.json?apikey=PMAK-secret", "--env-var", "baseUrl="+srv.URL, "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("collection from a URL: exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	res = runCLI(t, nil, "run", fs.URL+"/collections/echo.postman_collection.json?apikey=wrong")
	if res.code != ExitUsage || !strings.Contains(res.err, "401") || strings.Contains(res.err, "wrong") {
		t.Errorf("bad key: exit %d, stderr %q (want 2, the status, and no query string)", res.code, res.err)
	}
}

func TestNewmanCLIReporterOptions(t *testing.T) {
	srv := newEchoServer(t)
	col := testdataPath("collections", "failing.postman_collection.json")
	res := runCLI(t, nil, "run", col, "--env-var", "baseUrl="+srv.URL, "--color", "off")
	if !strings.Contains(res.out, "executed") || !strings.Contains(res.out, "passes") {
		t.Fatalf("default output lacks the summary or the passing assertion:\n%s", res.out)
	}
	res = runCLI(t, nil, "run", col, "--env-var", "baseUrl="+srv.URL, "--color", "off",
		"--reporter-cli-no-summary", "--reporter-cli-no-success-assertions", "--reporter-cli-no-banner")
	if strings.Contains(res.out, "executed") || strings.Contains(res.out, "passes") || strings.HasPrefix(res.out, "runner") {
		t.Errorf("options not applied:\n%s", res.out)
	}
	if !strings.Contains(res.out, "status is 201") {
		t.Errorf("the failed assertion must still show:\n%s", res.out)
	}
}

func TestExportsCarryTheFinalState(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	env, glob, coll := filepath.Join(dir, "out", "env.json"), filepath.Join(dir, "g.json"), filepath.Join(dir, "c.json")
	res := runCLI(t, nil, "run", testdataPath("collections", "echo.postman_collection.json"), "--env-var", "baseUrl="+srv.URL,
		"--global-var", "g=1", "--silent", "--export-environment", env, "--export-globals", glob, "--export-collection", coll)
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s", res.code, res.err)
	}
	for path, want := range map[string]string{env: srv.URL, glob: `"g"`, coll: "set-in-test"} {
		data, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s (err %v) lacks %q:\n%s", path, err, want, data)
		}
	}
	// The exports load again.
	if res := runCLI(t, nil, "validate", coll); res.code != ExitOK {
		t.Errorf("exported collection does not validate: %s", res.err)
	}
	if res := runCLI(t, nil, "validate", env); res.code != ExitOK {
		t.Errorf("exported environment does not validate: %s", res.err)
	}
}

func TestWorkingDirAndInsecureFileRead(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	work := filepath.Join(dir, "work")
	os.MkdirAll(work, 0o755)
	os.WriteFile(filepath.Join(work, "inside.txt"), []byte("inside-body"), 0o600)
	os.WriteFile(filepath.Join(dir, "outside.txt"), []byte("outside-body"), 0o600)
	item := func(name, src string) map[string]any {
		return map[string]any{
			"name": name,
			"request": map[string]any{"method": "POST", "url": srv.URL + "/post",
				"body": map[string]any{"mode": "file", "file": map[string]any{"src": src}}},
			"event": []any{map[string]any{"listen": "test", "script": map[string]any{"exec": []string{
				"pm.test('body sent', function () { pm.expect(pm.response.text()).to.include('-body'); });",
			}}}},
		}
	}
	col := writeJSON(t, filepath.Join(dir, "c.json"), map[string]any{
		"info": map[string]any{"name": "files", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
		"item": []any{item("inside", "inside.txt"), item("outside", "../outside.txt")},
	})
	res := runCLI(t, nil, "run", col, "--working-dir", work, "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("relative paths from --working-dir: exit %d\n%s", res.code, res.out)
	}
	res = runCLI(t, nil, "run", col, "--working-dir", work, "--no-insecure-file-read", "--color", "off")
	if res.code != ExitFailures || !strings.Contains(res.out, "outside the working directory") {
		t.Errorf("--no-insecure-file-read: exit %d, want 1 with the refusal\n%s", res.code, res.out)
	}
}
