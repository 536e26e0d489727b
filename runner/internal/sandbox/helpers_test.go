package sandbox

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/result"
)

// consoleLine is one captured console call.
type consoleLine struct{ level, msg string }

// harness runs scripts in one Sandbox and captures console output.
type harness struct {
	t       *testing.T
	s       *Sandbox
	mu      sync.Mutex
	console []consoleLine
	vars    Variables
	subs    []result.SubRequest
}

func newHarness(t *testing.T, opts Options) *harness {
	t.Helper()
	h := &harness{t: t, s: New(opts)}
	if h.s.initErr != nil {
		t.Fatalf("New: %v", h.s.initErr)
	}
	t.Cleanup(h.s.Close)
	h.vars = Variables{
		Globals:     collection.NewScope("globals", nil),
		Collection:  collection.NewScope("coll", nil),
		Environment: collection.NewScope("env", nil),
		Data:        collection.NewScope("data", nil),
		Local:       collection.NewScope("", nil),
	}
	return h
}

// exec builds an Execution of one or more scripts.
func (h *harness) exec(event string, scripts ...string) *Execution {
	ex := &Execution{
		Event:   event,
		Info:    Info{Iteration: 0, IterationCount: 1, RequestName: "R1", RequestID: "id-1", Location: []string{"Coll", "Folder", "R1"}},
		Vars:    h.vars,
		Request: &collection.Request{Method: "GET", URL: collection.ParseRawURL("http://example.test/path?a=1")},
		Console: func(level, msg string) {
			h.mu.Lock()
			defer h.mu.Unlock()
			h.console = append(h.console, consoleLine{level, msg})
		},
		SubRequest: func(sr result.SubRequest) { h.subs = append(h.subs, sr) },
	}
	for i, src := range scripts {
		ex.Scripts = append(ex.Scripts, collection.Script{ID: fmt.Sprintf("%s-%d-%d", h.t.Name(), i, len(src)), Exec: src, Name: "test-script"})
	}
	if event == EventTest {
		ex.Response = &Response{Code: 200, Body: []byte(`{}`)}
	}
	return ex
}

func (h *harness) run(ex *Execution) Result {
	h.t.Helper()
	return h.s.Run(context.Background(), ex)
}

// runTest runs a single test script against resp.
func (h *harness) runTest(src string, resp *Response) Result {
	h.t.Helper()
	ex := h.exec(EventTest, src)
	ex.Response = resp
	return h.run(ex)
}

func (h *harness) consoleText() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var b strings.Builder
	for _, l := range h.console {
		fmt.Fprintf(&b, "%s: %s\n", l.level, l.msg)
	}
	return b.String()
}

// describe prints assertions and the error compactly for failure messages.
func describe(r Result) string {
	var b strings.Builder
	for _, a := range r.Assertions {
		fmt.Fprintf(&b, "[%d %q passed=%v skipped=%v", a.Index, a.Name, a.Passed, a.Skipped)
		if a.Error != nil {
			fmt.Fprintf(&b, " %s: %s", a.Error.Name, a.Error.Message)
		}
		b.WriteString("] ")
	}
	if r.Error != nil {
		fmt.Fprintf(&b, "error=%s: %s", r.Error.Name, r.Error.Message)
	}
	return b.String()
}

func hdr(k, v string) collection.Header { return collection.Header{Key: k, Value: v} }
