package conformance

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

var testEndpoints = Endpoints{Echo: "127.0.0.1:1001", RawEcho: "127.0.0.1:1002", Redirect: "127.0.0.1:1003", Expired: "127.0.0.1:1004"}

func TestPrepareSuite(t *testing.T) {
	root := t.TempDir()
	coll := "\ufeff" + `{
  "info": {"name": "https://postman-echo.com suite"},
  "item": [
    {"name": "https://postman-echo.com/get", "request": {"url": {"raw": "https://postman-echo.com/get?x=1",
      "protocol": "https", "host": ["postman-echo", "com"], "path": ["get"]}, "method": "GET"},
     "event": [{"listen": "test", "script": {"exec": ["pm.expect(url).to.equal('https://postman-echo.com/get');",
       "pm.variables.set(\":p\", \"443\");"]}}]},
    {"name": "raw", "request": {"url": {"raw": "localhost:4041", "host": ["localhost"], "port": "4041"},
      "body": {"mode": "formdata", "formdata": [{"key": "f", "type": "file", "src": "test/integration/s/upload.txt"}]}}},
    {"name": "short", "request": "127.1:4041"},
    {"name": "redir", "request": "http://localhost:4042/1"},
    {"name": "expired", "request": "https://expired.badssl.com"},
    {"name": "bin", "request": {"url": {"raw": "https://httpbin.org/get", "host": "httpbin.org", "port": 443}}},
    {"name": "dup", "request": "x", "request": "https://google.com"}
  ]
}`
	write(t, filepath.Join(root, "s", "s.postman_collection.json"), coll)
	write(t, filepath.Join(root, "s", "s.postman_environment.json"), `{"values": [{"key": "u", "value": "http://github.com"}]}`)
	write(t, filepath.Join(root, "s", "s.postman_data.csv"), "a\nhttps://postman-echo.com\n")
	write(t, filepath.Join(root, "s", "s.postman_config.json"), `{"run": {"insecure": true, "timeoutRequest": 3000}}`)
	write(t, filepath.Join(root, "s", "upload.txt"), "hi")
	write(t, filepath.Join(root, "plain.postman_collection.json"), `{"item": []}`)

	suites, err := Discover(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(suites) != 2 || suites[0].Name != "plain" || suites[1].Name != "s/s" {
		t.Fatalf("suites = %+v", suites)
	}
	s := suites[1]
	if s.Environment == "" || s.Data == "" || s.Config == "" || s.Globals != "" {
		t.Fatalf("suite files = %+v", s)
	}
	dst := filepath.Join(t.TempDir(), "out")
	args, err := PrepareSuite(s, testEndpoints, dst)
	if err != nil {
		t.Fatal(err)
	}
	wantArgs := []string{
		filepath.Join(dst, "s.postman_collection.json"),
		"-e", filepath.Join(dst, "s.postman_environment.json"),
		"-d", filepath.Join(dst, "s.postman_data.csv"),
		"--insecure", "--timeout-request", "3000",
	}
	if !reflect.DeepEqual(args, wantArgs) {
		t.Errorf("args =\n%q\nwant\n%q", args, wantArgs)
	}

	out, err := os.ReadFile(args[0])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, utf8BOM) {
		t.Error("BOM not kept")
	}
	text := string(out)
	for _, want := range []string{
		`"name": "https://postman-echo.com suite"`, // names untouched
		`"name": "https://postman-echo.com/get"`,
		`"raw": "https://127.0.0.1:1001/get?x=1"`,
		`pm.expect(url).to.equal('https://127.0.0.1:1001/get');`,
		`pm.variables.set(\":p\", \"1001\");`,
		`"127.0.0.1:1002"`,
		`"127.1:1002"`,
		`"http://127.0.0.1:1003/1"`,
		`"https://127.0.0.1:1004"`,
		`"host": "127.0.0.1"`,
		`"https://127.0.0.1:1001"`,
		`"src": "` + filepath.Join(root, "s", "upload.txt") + `"`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("rewritten collection lacks %s:\n%s", want, text)
		}
	}
	for _, bad := range []string{"postman-echo.com/get?", "4041", "4042", "badssl", "httpbin", "google"} {
		if strings.Contains(text, bad) {
			t.Errorf("rewritten collection still contains %q", bad)
		}
	}
	// The parsed URL parts point at the echo too, port inserted after host.
	v, err := decodeOrdered(bytes.TrimPrefix(out, utf8BOM))
	if err != nil {
		t.Fatal(err)
	}
	first, _ := v.(object).get("item")
	req, _ := first.([]any)[0].(object).get("request")
	u, _ := req.(object).get("url")
	var keys []string
	for _, m := range u.(object) {
		keys = append(keys, m.Key)
	}
	if got := strings.Join(keys, ","); got != "raw,protocol,host,port,path" {
		t.Errorf("url keys = %s", got)
	}
	host, _ := u.(object).get("host")
	port, _ := u.(object).get("port")
	if !reflect.DeepEqual(host, []any{"127", "0", "0", "1"}) || port != "1001" {
		t.Errorf("host %v port %v", host, port)
	}

	env, _ := os.ReadFile(args[2])
	if !strings.Contains(string(env), `"http://127.0.0.1:1001"`) {
		t.Errorf("environment not rewritten: %s", env)
	}
	data, _ := os.ReadFile(args[4])
	if string(data) != "a\nhttps://127.0.0.1:1001\n" {
		t.Errorf("data = %q", data)
	}
}

func TestPrepareSuiteKeepsNonUTF8(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "u.postman_collection.json"), `{"item": []}`)
	utf16 := []byte{0xFF, 0xFE, '{', 0, '}', 0}
	if err := os.WriteFile(filepath.Join(root, "u.postman_environment.json"), utf16, 0o644); err != nil {
		t.Fatal(err)
	}
	suites, err := Discover(root)
	if err != nil || len(suites) != 1 {
		t.Fatalf("discover: %v %v", suites, err)
	}
	args, err := PrepareSuite(suites[0], testEndpoints, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(args[2])
	if !bytes.Equal(got, utf16) {
		t.Errorf("UTF-16 environment changed: %v", got)
	}
}

func TestRunFlags(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, config string
		want         []string
		wantErr      bool
	}{
		{"redirects", `{"run": {"ignoreRedirects": true}}`, []string{"--ignore-redirects"}, false},
		{"timeouts sorted", `{"run": {"timeoutScript": 500, "timeout": 10000, "timeoutRequest": 3000}}`,
			[]string{"--timeout", "10000", "--timeout-request", "3000", "--timeout-script", "500"}, false},
		{"false flag omitted", `{"run": {"insecure": false}}`, nil, false},
		{"unknown option", `{"run": {"reporters": ["cli"]}}`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name+".json")
			write(t, p, tt.config)
			got, err := RunFlags(p)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("flags = %q, want %q", got, tt.want)
			}
		})
	}
}

const newmanJUnit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="c" tests="4">
  <testsuite name="F / r1" id="x" tests="3">
    <testcase name="ok" time="0.1" classname="C"/>
    <testcase name="bad" time="0.1" classname="C"><failure type="AssertionFailure"><![CDATA[Failed 1 times.]]></failure></testcase>
    <testcase name="Correct Random: 4711"/>
  </testsuite>
  <testsuite name="0b5b57f0-0b87-42d6-8268-e1550e13e1f0" tests="1">
    <testcase name="ok"/>
    <testcase name="request"><error/></testcase>
    <testcase name="later"><skipped/></testcase>
  </testsuite>
</testsuites>`

func TestParseTallyCompare(t *testing.T) {
	cases, err := ParseJUnit([]byte(newmanJUnit))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 6 || cases[1] != (Case{"F / r1", "bad", Failed}) || cases[4].Status != Failed || cases[5].Status != Skipped {
		t.Fatalf("cases = %+v", cases)
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "NORMALIZE"), "# comment\n(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\t<uuid>\n^Correct Random: [0-9]+$\tCorrect Random: <int>\n")
	norm, err := LoadNormalizer(filepath.Join(dir, "NORMALIZE"))
	if err != nil {
		t.Fatal(err)
	}
	got := Tally(cases, norm, RunnerOnlyCases)
	want := Multiset{
		{"F / r1", "ok", Passed}:                    1,
		{"F / r1", "bad", Failed}:                   1,
		{"F / r1", "Correct Random: <int>", Passed}: 1,
		{"<uuid>", "ok", Passed}:                    1,
		{"<uuid>", "later", Skipped}:                1,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tally = %v", got)
	}

	// Round trip through the expectations format.
	e := &Expectations{Newman: "x", Suites: map[string]SuiteExpectation{"s": {Cases: got.Sorted()}}}
	p := filepath.Join(dir, "exp.json")
	if err := WriteExpectations(p, e); err != nil {
		t.Fatal(err)
	}
	back, err := ReadExpectations(p)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(MultisetOf(back.Suites["s"].Cases), got) {
		t.Errorf("round trip lost data: %+v", back.Suites["s"])
	}

	runner := Multiset{
		{"F / r1", "ok", Passed}:                    1,
		{"F / r1", "bad", Passed}:                   1,
		{"F / r1", "Correct Random: <int>", Passed}: 1,
		{"<uuid>", "ok", Passed}:                    2,
	}
	agree, missing, extra := Compare(want, runner)
	if agree != 3 {
		t.Errorf("agree = %d, want 3", agree)
	}
	wantMissing := []CaseCount{{Case{"<uuid>", "later", Skipped}, 1}, {Case{"F / r1", "bad", Failed}, 1}}
	wantExtra := []CaseCount{{Case{"<uuid>", "ok", Passed}, 1}, {Case{"F / r1", "bad", Passed}, 1}}
	if !reflect.DeepEqual(missing, wantMissing) || !reflect.DeepEqual(extra, wantExtra) {
		t.Errorf("missing = %+v\nextra = %+v", missing, extra)
	}
	if a, m, x := Compare(want, want); a != want.Size() || m != nil && len(m) != 0 || len(x) != 0 {
		t.Errorf("self compare: %d %v %v", a, m, x)
	}
}

func TestKnownDifferences(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "k.txt")
	write(t, p, "# c\nsuite-a\t*\tname\tbecause\n")
	known, err := ReadKnownDifferences(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 1 || !known[0].Matches("suite-a", Case{"any", "name", Passed}) || known[0].Matches("suite-b", Case{"any", "name", Passed}) {
		t.Errorf("known = %+v", known)
	}
	write(t, p, "suite-a\t*\tname\n")
	if _, err := ReadKnownDifferences(p); err == nil {
		t.Error("a line without reason was accepted")
	}
	if k, err := ReadKnownDifferences(filepath.Join(dir, "missing")); err != nil || k != nil {
		t.Errorf("missing file: %v %v", k, err)
	}
	// The committed allow-list must parse.
	if _, err := ReadKnownDifferences("testdata/known-differences.txt"); err != nil {
		t.Error(err)
	}
}

func TestCommittedExpectations(t *testing.T) {
	e, err := ReadExpectations("testdata/newman-6.2.2.json")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for name, s := range e.Suites {
		total += MultisetOf(s.Cases).Size()
		if s.FailedAssertions != 0 {
			t.Errorf("suite %s: Newman failed %d assertions against the emulation", name, s.FailedAssertions)
		}
	}
	if total != e.Testcases || e.FailedAssertions != 0 || len(e.Suites) == 0 {
		t.Errorf("expectations: %d testcases counted, %d recorded, %d failed", total, e.Testcases, e.FailedAssertions)
	}
	raw, _ := json.Marshal(e)
	if bytes.Contains(raw, []byte("127.0.0.1")) {
		t.Error("expectations contain a local address: names must not depend on ports")
	}
}
