// Package scriptconformance is the runner's own script-sandbox conformance
// suite: small script cases (testdata/scripts/cases/*.json), one topic per
// file, whose outcomes were recorded from Newman 6.2.2 against the local echo
// emulation (scripts/record-script-expectations.sh) and which
// TestScriptConformance replays through our runner.
//
// Every topic becomes one collection with one request item per case (named
// by the case, its script as the item's prerequest or test event), run once
// with "-r json". Per case the assertions (name, passed/failed/skipped,
// error name and message) and the script errors (event, error name and
// message) of the JSON report are compared.
package scriptconformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
)

// Event names a case's script event.
const (
	EventPrerequest = "prerequest"
	EventTest       = "test"
)

// ExpectApp marks a case whose expectation is the Postman app's behaviour,
// written by hand from sandbox.md, because Newman 6.2.2's older sandbox
// behaves differently. Newman's behaviour is still recorded.
const ExpectApp = "app"

// MessageFromV8 marks a case whose error messages come from V8 itself
// (syntax errors, native TypeErrors): only error names are compared.
const MessageFromV8 = "v8"

// Script is script source: a JSON string or an array of lines.
type Script string

// UnmarshalJSON accepts a string or an array of strings (joined by "\n").
func (s *Script) UnmarshalJSON(data []byte) error {
	var str string
	if err := json.Unmarshal(data, &str); err == nil {
		*s = Script(str)
		return nil
	}
	var lines []string
	if err := json.Unmarshal(data, &lines); err != nil {
		return fmt.Errorf("script must be a string or an array of strings: %w", err)
	}
	*s = Script(strings.Join(lines, "\n"))
	return nil
}

// Lines returns the source split into lines (a Postman "exec" array).
func (s Script) Lines() []string { return strings.Split(string(s), "\n") }

// Response asks the echo server for a fixed response (see Handler):
// status code, headers and body.
type Response struct {
	Status  int               `json:"status,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
	Body    *string           `json:"body,omitempty"`
}

// Request is the HTTP request a case's item sends. The zero value is
// "GET /get".
type Request struct {
	Method  string            `json:"method,omitempty"`
	Path    string            `json:"path,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
	// Body is sent raw; set a Content-Type header for JSON.
	Body *string `json:"body,omitempty"`
	// Respond replaces Path with the fixed-response endpoint.
	Respond *Response `json:"respond,omitempty"`
}

// Case is one script case.
type Case struct {
	// Name is unique across the whole suite; it names the item.
	Name string `json:"name"`
	// Event is "prerequest" or "test".
	Event  string `json:"event"`
	Script Script `json:"script"`
	// Setup is an optional pre-request script for a "test" case (to change
	// the request before it is sent).
	Setup Script `json:"setup,omitempty"`
	// Request defaults to GET /get on the echo server.
	Request *Request `json:"request,omitempty"`
	// Environment, Globals, CollectionVariables and Data are merged into
	// the topic's run (a key may not be given two different values).
	Environment         map[string]any `json:"environment,omitempty"`
	Globals             map[string]any `json:"globals,omitempty"`
	CollectionVariables map[string]any `json:"collectionVariables,omitempty"`
	Data                map[string]any `json:"data,omitempty"`
	// Expect is "" (Newman's recorded behaviour is expected) or "app".
	Expect string `json:"expect,omitempty"`
	// App is the expected result when Expect is "app".
	App *Result `json:"app,omitempty"`
	// NoNewman, when set, says why the case cannot be run by Newman at all
	// (for example: it crashes Newman's process); such a case is left out
	// of the recording run and must be an "app" case.
	NoNewman string `json:"noNewman,omitempty"`
	// MessageFrom "v8" compares error names only.
	MessageFrom string `json:"messageFrom,omitempty"`
	// MessagePattern, when set, replaces exact message comparison: every
	// error message must match this regular expression (for messages with
	// timings in them).
	MessagePattern string `json:"messagePattern,omitempty"`
	// Ref points at the specification, e.g. "sandbox.md §7.3".
	Ref string `json:"ref,omitempty"`
	// Note documents the case (required for "app" cases).
	Note string `json:"note,omitempty"`
}

// Topic is one case file: its cases run as one collection.
type Topic struct {
	// Name is the file name without ".json".
	Name        string         `json:"-"`
	Description string         `json:"description"`
	Environment map[string]any `json:"environment,omitempty"`
	Globals     map[string]any `json:"globals,omitempty"`
	// CollectionVariables always gain "echo", the echo server's base URL.
	CollectionVariables map[string]any `json:"collectionVariables,omitempty"`
	Data                map[string]any `json:"data,omitempty"`
	Cases               []Case         `json:"cases"`
}

// WithoutNoNewman returns a copy of t without the cases Newman cannot run.
func (t Topic) WithoutNoNewman() Topic {
	out := t
	out.Cases = nil
	for _, c := range t.Cases {
		if c.NoNewman == "" {
			out.Cases = append(out.Cases, c)
		}
	}
	return out
}

// LoadTopics reads every *.json file of dir, sorted by name, and checks
// that case names are unique and the cases well formed.
func LoadTopics(dir string) ([]Topic, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list cases in %q: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no case files in %q", dir)
	}
	sort.Strings(files)
	seen := map[string]string{}
	var topics []Topic
	for _, f := range files {
		t, err := loadTopic(f)
		if err != nil {
			return nil, err
		}
		for _, c := range t.Cases {
			if prev, ok := seen[c.Name]; ok {
				return nil, fmt.Errorf("case %q of %s already defined in %s", c.Name, t.Name, prev)
			}
			seen[c.Name] = t.Name
		}
		topics = append(topics, t)
	}
	return topics, nil
}

func loadTopic(path string) (Topic, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Topic{}, fmt.Errorf("read topic: %w", err)
	}
	var t Topic
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return Topic{}, fmt.Errorf("parse topic %q: %w", path, err)
	}
	t.Name = strings.TrimSuffix(filepath.Base(path), ".json")
	for i := range t.Cases {
		if err := t.Cases[i].check(); err != nil {
			return Topic{}, fmt.Errorf("topic %s: case %d: %w", t.Name, i, err)
		}
	}
	if _, err := t.merged(); err != nil {
		return Topic{}, fmt.Errorf("topic %s: %w", t.Name, err)
	}
	return t, nil
}

func (c *Case) check() error {
	switch {
	case strings.TrimSpace(c.Name) == "":
		return errors.New("case has no name")
	case c.Event != EventPrerequest && c.Event != EventTest:
		return fmt.Errorf("case %q: event %q is neither prerequest nor test", c.Name, c.Event)
	case c.Setup != "" && c.Event != EventTest:
		return fmt.Errorf("case %q: setup is only for test cases", c.Name)
	case c.Expect != "" && c.Expect != ExpectApp:
		return fmt.Errorf("case %q: expect %q is neither empty nor %q", c.Name, c.Expect, ExpectApp)
	case c.Expect == ExpectApp && (c.App == nil || c.Note == ""):
		return fmt.Errorf("case %q: expect %q needs an app result and a note", c.Name, ExpectApp)
	case c.NoNewman != "" && c.Expect != ExpectApp:
		return fmt.Errorf("case %q: noNewman needs expect %q", c.Name, ExpectApp)
	case c.MessageFrom != "" && c.MessageFrom != MessageFromV8:
		return fmt.Errorf("case %q: messageFrom %q is not %q", c.Name, c.MessageFrom, MessageFromV8)
	}
	if c.MessagePattern != "" {
		if _, err := regexp.Compile(c.MessagePattern); err != nil {
			return fmt.Errorf("case %q: messagePattern: %w", c.Name, err)
		}
	}
	return nil
}

// scopes are the variables of one topic's run, merged from the topic and
// its cases.
type scopes struct {
	Environment, Globals, CollectionVariables, Data map[string]any
}

func (t Topic) merged() (scopes, error) {
	s := scopes{
		Environment:         copyMap(t.Environment),
		Globals:             copyMap(t.Globals),
		CollectionVariables: copyMap(t.CollectionVariables),
		Data:                copyMap(t.Data),
	}
	for _, c := range t.Cases {
		for _, m := range []struct {
			what     string
			dst, src map[string]any
		}{
			{"environment", s.Environment, c.Environment},
			{"globals", s.Globals, c.Globals},
			{"collectionVariables", s.CollectionVariables, c.CollectionVariables},
			{"data", s.Data, c.Data},
		} {
			for k, v := range m.src {
				if old, ok := m.dst[k]; ok && !reflect.DeepEqual(old, v) {
					return scopes{}, fmt.Errorf("case %q: %s key %q conflicts with another case", c.Name, m.what, k)
				}
				m.dst[k] = v
			}
		}
	}
	return s, nil
}

func copyMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
