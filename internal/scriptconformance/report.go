package scriptconformance

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/runner-ci/runner/internal/conformance"
)

// Assertion statuses.
const (
	Passed  = "passed"
	Failed  = "failed"
	Skipped = "skipped"
)

// ErrorInfo is the name and message of an error.
type ErrorInfo struct {
	Name    string `json:"name"`
	Message string `json:"message"`
}

// Assertion is one pm.test or tests[] result of a case.
type Assertion struct {
	Name   string     `json:"name"`
	Status string     `json:"status"`
	Error  *ErrorInfo `json:"error,omitempty"`
}

// ScriptError is an uncaught error of a case's script.
type ScriptError struct {
	// Event is "prerequest" or "test".
	Event   string `json:"event"`
	Name    string `json:"name"`
	Message string `json:"message"`
}

// Result is what one case did in a run.
type Result struct {
	// Executed is false when the item never appears among the executions
	// (it was skipped by pm.execution.skipRequest, or never reached).
	Executed     bool          `json:"executed"`
	Assertions   []Assertion   `json:"assertions"`
	ScriptErrors []ScriptError `json:"scriptErrors"`
	// DeprecationWarnings are the sandbox's console.warn messages about
	// legacy globals ("Using \"x\" is deprecated..."), in order.
	DeprecationWarnings []string `json:"deprecationWarnings,omitempty"`
}

// deprecation matches the sandbox's legacy-API warnings.
var deprecation = regexp.MustCompile(`^Using "[^"]+" is deprecated\.`)

// AddWarnings appends the deprecation warnings among msgs.
func (r *Result) AddWarnings(msgs []string) {
	for _, m := range msgs {
		if deprecation.MatchString(m) {
			r.DeprecationWarnings = append(r.DeprecationWarnings, m)
		}
	}
}

// report is the part of a Newman (or runner) JSON report we read.
type report struct {
	Run struct {
		Executions []struct {
			ID   string `json:"id"`
			Item struct {
				Name string `json:"name"`
			} `json:"item"`
			Assertions []struct {
				Assertion string     `json:"assertion"`
				Passed    *bool      `json:"passed"`
				Skipped   bool       `json:"skipped"`
				Error     *ErrorInfo `json:"error"`
			} `json:"assertions"`
			// Console is in our runner's report only.
			Console []struct {
				Level   string `json:"level"`
				Message string `json:"message"`
			} `json:"console"`
		} `json:"executions"`
		Failures []struct {
			At     string    `json:"at"`
			Error  ErrorInfo `json:"error"`
			Source struct {
				Name string `json:"name"`
			} `json:"source"`
		} `json:"failures"`
	} `json:"run"`
}

// ParseReport reads a JSON report (Newman's or ours) into per-item results
// keyed by item name. Executions repeated with the same id count once. Script errors are the run failures at
// "prerequest-script" or "test-script" (Newman appends ":line:col").
// Messages go through norm (which may be nil).
func ParseReport(data []byte, norm func(string) string) (map[string]*Result, error) {
	var rep report
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("parse json report: %w", err)
	}
	if norm == nil {
		norm = func(s string) string { return s }
	}
	out := map[string]*Result{}
	get := func(name string) *Result {
		r := out[name]
		if r == nil {
			r = &Result{Assertions: []Assertion{}, ScriptErrors: []ScriptError{}}
			out[name] = r
		}
		return r
	}
	seen := map[string]bool{}
	for _, e := range rep.Run.Executions {
		// Newman repeats an execution once per request it made
		// (pm.sendRequest calls included): keep the first.
		if e.ID != "" && seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		r := get(e.Item.Name)
		r.Executed = true
		for _, l := range e.Console {
			if l.Level == "warn" {
				r.AddWarnings([]string{l.Message})
			}
		}
		for _, a := range e.Assertions {
			st := Passed
			switch {
			case a.Skipped:
				st = Skipped
			case a.Passed != nil && !*a.Passed, a.Passed == nil && a.Error != nil:
				st = Failed
			}
			x := Assertion{Name: norm(a.Assertion), Status: st}
			if st == Failed && a.Error != nil {
				x.Error = &ErrorInfo{Name: a.Error.Name, Message: norm(a.Error.Message)}
			}
			r.Assertions = append(r.Assertions, x)
		}
	}
	for _, f := range rep.Run.Failures {
		at, _, _ := strings.Cut(f.At, ":")
		event, ok := map[string]string{"prerequest-script": EventPrerequest, "test-script": EventTest}[at]
		if !ok {
			continue
		}
		r := get(f.Source.Name)
		r.ScriptErrors = append(r.ScriptErrors, ScriptError{Event: event, Name: f.Error.Name, Message: norm(f.Error.Message)})
	}
	return out, nil
}

// ReadReport reads and parses a JSON report file.
func ReadReport(path string, norm func(string) string) (map[string]*Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read json report: %w", err)
	}
	return ParseReport(data, norm)
}

// Normalizer returns a function replacing the echo server's base URL
// (e.g. "http://127.0.0.1:40123") by "{{echo}}" and its host:port by
// "{{echo-host}}", so recorded messages do not depend on the port.
func Normalizer(base string) func(string) string {
	host := strings.TrimPrefix(strings.TrimPrefix(base, "http://"), "https://")
	r := strings.NewReplacer(base, "{{echo}}", host, "{{echo-host}}")
	return r.Replace
}

// Diff lists how got differs from want for case c, empty when they agree.
// Messages are compared exactly, by c.MessagePattern when set, or not at all
// (names only) when c.MessageFrom is "v8".
func Diff(c Case, want, got *Result) []string {
	if got == nil {
		got = &Result{}
	}
	if want == nil {
		want = &Result{}
	}
	var diffs []string
	if want.Executed != got.Executed {
		diffs = append(diffs, fmt.Sprintf("executed: want %v, got %v", want.Executed, got.Executed))
	}
	var pattern *regexp.Regexp
	if c.MessagePattern != "" {
		pattern = regexp.MustCompile(c.MessagePattern)
	}
	msgDiff := func(what, w, g string) string {
		switch {
		case c.MessageFrom == MessageFromV8:
			return ""
		case pattern != nil:
			if !pattern.MatchString(g) {
				return fmt.Sprintf("%s message %q does not match /%s/", what, g, c.MessagePattern)
			}
		case w != g:
			return fmt.Sprintf("%s message: want %q, got %q", what, w, g)
		}
		return ""
	}
	n := max(len(want.Assertions), len(got.Assertions))
	for i := 0; i < n; i++ {
		if i >= len(got.Assertions) {
			diffs = append(diffs, fmt.Sprintf("assertion %d %q (%s) missing", i, want.Assertions[i].Name, want.Assertions[i].Status))
			continue
		}
		if i >= len(want.Assertions) {
			diffs = append(diffs, fmt.Sprintf("unexpected assertion %d %q (%s)", i, got.Assertions[i].Name, got.Assertions[i].Status)+errText(got.Assertions[i].Error))
			continue
		}
		w, g := want.Assertions[i], got.Assertions[i]
		what := fmt.Sprintf("assertion %d %q", i, w.Name)
		if w.Name != g.Name {
			diffs = append(diffs, fmt.Sprintf("assertion %d: want name %q, got %q", i, w.Name, g.Name))
		}
		if w.Status != g.Status {
			diffs = append(diffs, fmt.Sprintf("%s: want %s, got %s", what, w.Status, g.Status)+errText(g.Error))
			continue
		}
		if w.Error == nil || g.Error == nil {
			continue
		}
		if w.Error.Name != g.Error.Name {
			diffs = append(diffs, fmt.Sprintf("%s error name: want %q, got %q (message %q)", what, w.Error.Name, g.Error.Name, g.Error.Message))
		} else if d := msgDiff(what, w.Error.Message, g.Error.Message); d != "" {
			diffs = append(diffs, d)
		}
	}
	n = max(len(want.ScriptErrors), len(got.ScriptErrors))
	for i := 0; i < n; i++ {
		if i >= len(got.ScriptErrors) {
			w := want.ScriptErrors[i]
			diffs = append(diffs, fmt.Sprintf("missing %s script error %s: %q", w.Event, w.Name, w.Message))
			continue
		}
		g := got.ScriptErrors[i]
		if i >= len(want.ScriptErrors) {
			diffs = append(diffs, fmt.Sprintf("unexpected %s script error %s: %q", g.Event, g.Name, g.Message))
			continue
		}
		w := want.ScriptErrors[i]
		what := fmt.Sprintf("%s script error", w.Event)
		if w.Event != g.Event || w.Name != g.Name {
			diffs = append(diffs, fmt.Sprintf("%s: want %s %s, got %s %s: %q", what, w.Event, w.Name, g.Event, g.Name, g.Message))
		} else if d := msgDiff(what, w.Message, g.Message); d != "" {
			diffs = append(diffs, d)
		}
	}
	if strings.Join(want.DeprecationWarnings, "\n") != strings.Join(got.DeprecationWarnings, "\n") {
		diffs = append(diffs, fmt.Sprintf("deprecation warnings: want %q, got %q", want.DeprecationWarnings, got.DeprecationWarnings))
	}
	return diffs
}

func errText(e *ErrorInfo) string {
	if e == nil {
		return ""
	}
	return fmt.Sprintf(" %s: %q", e.Name, e.Message)
}

// Expectations is the recorded file: Newman's result per case name.
type Expectations struct {
	Newman string `json:"newman"`
	// Note explains how the file was produced.
	Note  string             `json:"note"`
	Cases map[string]*Result `json:"cases"`
}

// ErrNoExpectations is returned by ReadExpectations when the file is
// missing.
var ErrNoExpectations = errors.New("no recorded expectations")

// ReadExpectations reads a recorded expectations file.
func ReadExpectations(path string) (*Expectations, error) {
	var e Expectations
	if err := conformance.ReadJSONFile(path, &e); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("read %q: %w", path, ErrNoExpectations)
		}
		return nil, err
	}
	return &e, nil
}

// WriteExpectations writes e as indented JSON (keys sorted).
func WriteExpectations(path string, e *Expectations) error {
	return conformance.WriteJSONFile(path, e)
}

// Expected returns what our runner must do for c: the hand-written app
// result for "app" cases, else Newman's recording (nil when unrecorded).
func (e *Expectations) Expected(c Case) *Result {
	if c.Expect == ExpectApp {
		return c.App
	}
	return e.Cases[c.Name]
}

// ReadKnownDifferences reads the allow-list: one "CASE NAME<TAB>REASON" per
// line ("#" comments). A missing file is an empty list.
func ReadKnownDifferences(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read known differences: %w", err)
	}
	out := map[string]string{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		name, reason, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(reason) == "" {
			return nil, fmt.Errorf("%s:%d: want CASE NAME<TAB>REASON", path, i+1)
		}
		out[name] = strings.TrimSpace(reason)
	}
	return out, nil
}
