package reporters

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/runner/result"
)

func TestCLIGolden(t *testing.T) {
	type variant struct {
		suffix string
		opts   CLIOptions
	}
	base := []variant{{"", CLIOptions{Unicode: true}}}
	extra := map[string][]variant{
		"allpass":    {{"_verbose", CLIOptions{Unicode: true, Verbose: true}}},
		"iterations": {{"_ascii", CLIOptions{}}, {"_color", CLIOptions{Unicode: true, Color: true}}},
		"tls": {
			{"_verbose", CLIOptions{Unicode: true, Verbose: true}},
			{"_verbose_ascii", CLIOptions{Verbose: true}},
		},
	}
	for _, sc := range scenarios() {
		for _, v := range append(base, extra[sc.name]...) {
			name := "cli_" + sc.name + v.suffix
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				sc.play(t, NewCLI(&buf, v.opts))
				got := buf.String()
				if !v.opts.Color && strings.Contains(got, "\x1b[") {
					t.Errorf("output without Color contains ANSI escapes")
				}
				if v.opts.Color && !strings.Contains(got, ansiRed) {
					t.Errorf("output with Color has no red")
				}
				if !v.opts.Unicode && strings.ContainsFunc(got, func(r rune) bool { return r > 127 }) {
					t.Errorf("output without Unicode contains non-ASCII symbols")
				}
				golden(t, name+".golden.txt", buf.Bytes())
			})
		}
	}
}

func TestCLIOptions(t *testing.T) {
	sc := scenarios()[1] // iterations: failures, several iterations
	tests := []struct {
		name       string
		opts       CLIOptions
		want, none []string
	}{
		{"silent", CLIOptions{Silent: true}, nil, []string{"runner", "Health", "iterations"}},
		{"no summary", CLIOptions{Unicode: true, NoSummary: true}, []string{"#  failure"}, []string{"executed"}},
		{"no failures", CLIOptions{Unicode: true, NoFailures: true}, []string{"executed"}, []string{"#  failure"}},
		{"no banner", CLIOptions{Unicode: true, NoBanner: true}, []string{"→ Health"}, []string{"runner\n"}},
		{"no success assertions", CLIOptions{Unicode: true, NoSuccessAssertions: true}, []string{"1. status is 201"}, []string{"✓"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			sc.play(t, NewCLI(&buf, tt.opts))
			got := buf.String()
			if tt.opts.Silent && got != "" {
				t.Fatalf("silent output = %q, want nothing", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %q:\n%s", w, got)
				}
			}
			for _, n := range tt.none {
				if strings.Contains(got, n) {
					t.Errorf("output contains %q:\n%s", n, got)
				}
			}
		})
	}
}

func TestCLIVerboseRedaction(t *testing.T) {
	for _, show := range []bool{false, true} {
		var buf bytes.Buffer
		scenarios()[0].play(t, NewCLI(&buf, CLIOptions{Verbose: true, ShowSecrets: show}))
		got := buf.String()
		for _, secret := range []string{secretToken, "c00kie-secret", "hunter2"} {
			if strings.Contains(got, secret) != show {
				t.Errorf("ShowSecrets=%v: output contains %q = %v", show, secret, !show)
			}
		}
	}
}

type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n--; f.n < 0 {
		return 0, errClosed
	}
	return len(p), nil
}

func TestCLIWriteError(t *testing.T) {
	c := NewCLI(&failingWriter{n: 1}, CLIOptions{})
	run := scenarioRun()
	if err := c.Start(run); err == nil {
		t.Fatal("Start on a failing writer returned nil error")
	}
}

// TestCLISummaryNewman renders the summary of newman.md §4 exactly.
func TestCLISummaryNewman(t *testing.T) {
	run := scenarioRun()
	run.Completed = run.Started.Add(242 * time.Millisecond)
	run.Stats = result.Stats{
		Iterations:  result.Counter{Total: 1},
		Requests:    result.Counter{Total: 9},
		TestScripts: result.Counter{Total: 9},
		Assertions:  result.Counter{Total: 18, Failed: 4},
		Items:       result.Counter{Total: 9},
	}
	run.TransferBytes = 884
	run.Timings = result.Timings{ResponseAverage: 10.2, ResponseMin: 4, ResponseMax: 33, ResponseSd: 8.4}
	var buf bytes.Buffer
	if err := NewCLI(&buf, CLIOptions{Unicode: true, NoBanner: true}).Done(run); err != nil {
		t.Fatal(err)
	}
	want := `
┌─────────────────────────┬──────────────────┬─────────────────┐
│                         │         executed │          failed │
├─────────────────────────┼──────────────────┼─────────────────┤
│              iterations │                1 │               0 │
│                requests │                9 │               0 │
│            test-scripts │                9 │               0 │
│      prerequest-scripts │                0 │               0 │
│              assertions │               18 │               4 │
├─────────────────────────┴──────────────────┴─────────────────┤
│ total run duration: 242ms                                    │
│ total data received: 884B (approx)                           │
│ average response time: 10ms [min: 4ms, max: 33ms, s.d.: 8ms] │
└──────────────────────────────────────────────────────────────┘
`
	if got := buf.String(); got != want {
		t.Errorf("summary mismatch (-want +got):\n%s", lineDiff(want, got))
	}
}

// TestCLIFailureNumbersFallback numbers failures itself when the run does
// not list them yet.
func TestCLIFailureNumbersFallback(t *testing.T) {
	run := scenarioRun()
	run.Failures = []result.Failure{{At: "request", Execution: 7}}
	e := &result.Execution{
		Index:        1,
		Item:         result.ItemRef{ID: "x", Name: "x", Path: []string{"x"}},
		Request:      &result.Request{Method: "GET", URL: "http://h/"},
		RequestError: &result.Error{Name: "RequestError", Message: "boom"},
		Assertions:   []result.Assertion{{Name: "a", Error: &result.Error{Name: "AssertionError", Message: "m"}}},
	}
	var buf bytes.Buffer
	if err := NewCLI(&buf, CLIOptions{Unicode: true}).Execution(run, e); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"  2⠄ RequestError: boom", "  3. a"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, buf.String())
		}
	}
}
