package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLITTY runs the command line in-process like runCLI, with a fake
// terminal: IsTTY reports true for stderr when errTTY is set, false for
// stdout.
func runCLITTY(t *testing.T, errTTY bool, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, Streams{
		Out: &out, Err: &errb,
		Getenv: func(string) string { return "" },
		IsTTY:  func(w io.Writer) bool { return errTTY && w == &errb },
	})
	return cliResult{code: code, out: out.String(), err: errb.String()}
}

func TestProgressLine(t *testing.T) {
	srv := newEchoServer(t)
	dir := t.TempDir()
	jump := filepath.Join(dir, "jump.postman_collection.json")
	// first -> second -> first (once more) -> second: 4 requests from 2 items.
	if err := os.WriteFile(jump, []byte(`{
  "info": {"name": "jump", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [
    {"name": "first", "request": {"method": "GET", "url": "{{baseUrl}}/get?n=1"}},
    {"name": "second", "event": [{"listen": "test", "script": {"exec": [
      "var n = Number(pm.collectionVariables.get('n') || 0);",
      "pm.collectionVariables.set('n', n + 1);",
      "if (n === 0) { pm.execution.setNextRequest('first'); }"
    ]}}], "request": {"method": "GET", "url": "{{baseUrl}}/get?n=2"}}
  ]
}`), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "r.json")
	base := []string{"--env-var", "baseUrl=" + srv.URL, "--reporter-json-export", report, "--reporter-junit-export", filepath.Join(dir, "r.xml")}
	tests := []struct {
		name   string
		tty    bool
		args   []string
		want   string // the final line; "" means no progress at all
		failed bool
	}{
		{"json only on a terminal", true, []string{"run", shardsCollection, "-r", "json", "-n", "2"}, "[18/18] requests done, failures: 6\n", true},
		{"junit only, item shard", true, []string{"run", shardsCollection, "-r", "junit", "-n", "2", "--shard", "1/3"}, "[6/6] requests done, failures: 2\n", true},
		{"iteration shard", true, []string{"run", shardsCollection, "-r", "json", "-n", "3", "--shard", "2/2", "--shard-by", "iterations"}, "[9/9] requests done, failures: 3\n", true},
		{"setNextRequest: total unknown", true, []string{"run", jump, "-r", "json"}, "[4] requests done, failures: 0\n", false},
		{"stderr not a terminal", false, []string{"run", shardsCollection, "-r", "json"}, "", true},
		{"silent", true, []string{"run", shardsCollection, "-r", "json", "--silent"}, "", true},
		{"cli reporter selected", true, []string{"run", shardsCollection, "-r", "cli,json", "--color", "off"}, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runCLITTY(t, tc.tty, append(tc.args, base...)...)
			wantCode := ExitOK
			if tc.failed {
				wantCode = ExitFailures
			}
			if res.code != wantCode {
				t.Fatalf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%q", res.code, wantCode, res.out, res.err)
			}
			if strings.Contains(res.out, "requests done") {
				t.Errorf("progress written to stdout:\n%q", res.out)
			}
			if tc.want == "" {
				if strings.Contains(res.err, "requests done") || strings.Contains(res.err, "\r") {
					t.Errorf("progress written when it must not be:\n%q", res.err)
				}
				return
			}
			if !strings.HasPrefix(res.err, "\r[0/") && !strings.HasPrefix(res.err, "\r[0]") {
				t.Errorf("stderr does not start with the initial progress line:\n%q", res.err)
			}
			if !strings.HasSuffix(res.err, "\r"+tc.want) {
				t.Errorf("stderr does not end with %q:\n%q", tc.want, res.err)
			}
		})
	}
}
