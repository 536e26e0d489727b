// Package result is the model of a collection run that the engine produces and
// reporters consume: a Run summary, one Execution per request sent (or
// skipped), and the Failures of the run. It depends only on the standard
// library and the certs diagnostics types, and it knows nothing about HTTP
// clients, scripts or output formats.
package result

import (
	"time"

	"github.com/runner-ci/runner/certs"
)

// Run is the summary of a whole run. The engine fills it in as the run goes;
// it is complete when Sink.Done is called.
type Run struct {
	Collection CollectionInfo `json:"collection"`
	// Environment and Globals name the files given, if any.
	Environment string `json:"environment,omitempty"`
	Globals     string `json:"globals,omitempty"`
	// IterationCount is the number of iterations planned, when known at
	// Start (0 when unknown). Reporters use it for "Iteration 1/3" headers.
	IterationCount int       `json:"iterationCount,omitempty"`
	Started        time.Time `json:"started"`
	Completed      time.Time `json:"completed"`
	Stats          Stats     `json:"stats"`
	Timings        Timings   `json:"timings"`
	// TransferBytes is the number of response body bytes received.
	TransferBytes int64     `json:"transferBytes"`
	Failures      []Failure `json:"failures"`
	// Warnings are run-level warnings (for example, certificate manifest
	// entries shadowed by later ones).
	Warnings []string `json:"warnings,omitempty"`
	// Error is set when the run was aborted (for example by --bail).
	Error string `json:"error,omitempty"`
}

// CollectionInfo identifies the collection that ran.
type CollectionInfo struct {
	ID   string `json:"id,omitempty"`
	Name string `json:"name"`
}

// Counter counts executed and failed units of one kind.
type Counter struct {
	Total   int `json:"total"`
	Pending int `json:"pending"`
	Failed  int `json:"failed"`
}

// Stats are the run's counters, named as in Newman's summary.
type Stats struct {
	Iterations        Counter `json:"iterations"`
	Items             Counter `json:"items"`
	Requests          Counter `json:"requests"`
	TestScripts       Counter `json:"testScripts"`
	PrerequestScripts Counter `json:"prerequestScripts"`
	Assertions        Counter `json:"assertions"`
}

// Timings are response-time statistics in milliseconds.
type Timings struct {
	ResponseAverage float64 `json:"responseAverage"`
	ResponseMin     float64 `json:"responseMin"`
	ResponseMax     float64 `json:"responseMax"`
	ResponseSd      float64 `json:"responseSd"`
	// Started and Completed are epoch milliseconds.
	Started   int64 `json:"started"`
	Completed int64 `json:"completed"`
}

// Execution is the outcome of one item in one iteration: the request sent,
// the response, TLS diagnostics, script results and console output.
type Execution struct {
	// ID is unique within the run.
	ID string `json:"id"`
	// Index is the position of this execution in the run, from 0.
	Index     int     `json:"index"`
	Iteration int     `json:"iteration"`
	Item      ItemRef `json:"item"`
	// Skipped is true when a pre-request script called pm.execution.skipRequest.
	Skipped bool `json:"skipped,omitempty"`

	Request      *Request    `json:"request,omitempty"`
	Response     *Response   `json:"response,omitempty"`
	RequestError *Error      `json:"requestError,omitempty"`
	TLS          *certs.Info `json:"tls,omitempty"`

	PrerequestScript *ScriptResult `json:"prerequestScript,omitempty"`
	TestScript       *ScriptResult `json:"testScript,omitempty"`
	Assertions       []Assertion   `json:"assertions"`
	Console          []ConsoleLine `json:"console,omitempty"`
	// SubRequests are the requests sent by pm.sendRequest during this item.
	SubRequests []SubRequest `json:"subRequests,omitempty"`
	// Visualizer holds pm.visualizer.set's template and data, if called.
	Visualizer *Visualizer `json:"visualizer,omitempty"`
}

// Failed reports whether anything in the execution failed: an assertion, the
// request, or a script.
func (e *Execution) Failed() bool {
	if e.RequestError != nil {
		return true
	}
	if e.PrerequestScript != nil && e.PrerequestScript.Error != nil {
		return true
	}
	if e.TestScript != nil && e.TestScript.Error != nil {
		return true
	}
	for _, a := range e.Assertions {
		if !a.Passed && !a.Skipped {
			return true
		}
	}
	return false
}

// ItemRef identifies a request item in the collection tree.
type ItemRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Path is the names of the enclosing folders followed by the item's name.
	Path []string `json:"path"`
}

// FullName is the item's path joined with " / ", as Newman names JUnit suites.
func (r ItemRef) FullName() string {
	s := ""
	for i, p := range r.Path {
		if i > 0 {
			s += " / "
		}
		s += p
	}
	return s
}

// Header is one HTTP header. Sensitive values are redacted by the engine
// before they reach the result.
type Header struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// Request is the request as sent, after variable resolution and scripts.
type Request struct {
	Method  string   `json:"method"`
	URL     string   `json:"url"`
	Headers []Header `json:"headers"`
	// BodySize is the size of the request body in bytes.
	BodySize int64 `json:"bodySize"`
	// Body is the request body, kept only when a reporter asks for bodies
	// (for example --verbose); it is truncated to a bounded size.
	Body string `json:"body,omitempty"`
}

// Response is the response received.
type Response struct {
	Code    int      `json:"code"`
	Status  string   `json:"status"`
	Headers []Header `json:"headers"`
	// Size is the body size in bytes after decoding.
	Size int64 `json:"size"`
	// HeaderSize is the approximate size of the status line and headers.
	HeaderSize int64 `json:"headerSize"`
	// Time is the response time in milliseconds.
	Time float64 `json:"time"`
	// Body is kept only when a reporter asks for bodies, truncated.
	Body string `json:"body,omitempty"`
	// Redirects lists the URLs followed before the final response.
	Redirects []string `json:"redirects,omitempty"`
}

// Error is an error reported by the engine or a script.
type Error struct {
	// Name is the error class, for example "AssertionError", "TypeError",
	// "RequestError" or "TLSError".
	Name    string `json:"name"`
	Message string `json:"message"`
	Stack   string `json:"stack,omitempty"`
}

// ScriptResult is the outcome of one event's scripts (all levels) for an
// execution.
type ScriptResult struct {
	// Error is the first script error of the event, if any.
	Error *Error `json:"error,omitempty"`
}

// Assertion is one pm.test or legacy tests[] result.
type Assertion struct {
	Name    string `json:"assertion"`
	Index   int    `json:"index"`
	Passed  bool   `json:"passed"`
	Skipped bool   `json:"skipped"`
	Error   *Error `json:"error,omitempty"`
	// Event is "prerequest" or "test".
	Event string `json:"event,omitempty"`
}

// ConsoleLine is one console.* call made by a script.
type ConsoleLine struct {
	Level string `json:"level"`
	// Event is "prerequest" or "test".
	Event   string `json:"event"`
	Message string `json:"message"`
}

// SubRequest is a request sent by pm.sendRequest.
type SubRequest struct {
	Request  *Request    `json:"request"`
	Response *Response   `json:"response,omitempty"`
	Error    *Error      `json:"error,omitempty"`
	TLS      *certs.Info `json:"tls,omitempty"`
}

// Visualizer is what pm.visualizer.set stored.
type Visualizer struct {
	Template string `json:"template"`
	Data     any    `json:"data,omitempty"`
}

// Failure is one failed assertion, request error or script error, with where
// it happened.
type Failure struct {
	// At is Newman's location string: "assertion:1 in test-script",
	// "request", "prerequest-script" or "test-script".
	At        string  `json:"at"`
	Error     Error   `json:"error"`
	Item      ItemRef `json:"item"`
	Iteration int     `json:"iteration"`
	// Execution is the index of the execution the failure belongs to.
	Execution int `json:"execution"`
	// Assertion is the assertion's name, for assertion failures.
	Assertion string `json:"assertion,omitempty"`
}

// Sink receives the run as a stream of events. The engine calls Start once,
// then Execution once per executed item in order, then Done once with the
// complete summary. Calls are made from a single goroutine. An error from a
// sink is reported by the engine but does not stop the run.
type Sink interface {
	Start(run *Run) error
	Execution(run *Run, e *Execution) error
	Done(run *Run) error
}
