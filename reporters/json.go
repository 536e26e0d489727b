package reporters

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/runner/result"
)

// JSONOptions configures the JSON reporter.
type JSONOptions struct {
	// Version is the runner version written to runner.version; "dev" when
	// empty.
	Version string
	// ShowSecrets keeps Authorization, Proxy-Authorization, Cookie and
	// Set-Cookie header values instead of writing "[redacted]".
	ShowSecrets bool
}

// JSONReporter writes the whole run as one JSON document when the run is
// done. The shape is documented by schemas/report.schema.json. It keeps a
// compact copy of every execution (never bodies) until Done.
type JSONReporter struct {
	w     io.Writer
	opts  JSONOptions
	execs []jsonExecution
}

var _ result.Sink = (*JSONReporter)(nil)

// NewJSON returns a JSON reporter writing to w. The caller owns w and closes
// it after Done.
func NewJSON(w io.Writer, opts JSONOptions) *JSONReporter {
	if opts.Version == "" {
		opts.Version = "dev"
	}
	return &JSONReporter{w: w, opts: opts}
}

// The document types. Field names follow Newman's JSON report where the
// concept is the same.
type jsonReport struct {
	Runner      jsonRunner            `json:"runner"`
	Collection  result.CollectionInfo `json:"collection"`
	Environment *jsonNamed            `json:"environment,omitempty"`
	Globals     *jsonNamed            `json:"globals,omitempty"`
	Run         jsonRun               `json:"run"`
}

type jsonRunner struct {
	Version string `json:"version"`
}

type jsonNamed struct {
	Name string `json:"name"`
}

type jsonRun struct {
	Stats      result.Stats    `json:"stats"`
	Timings    result.Timings  `json:"timings"`
	Executions []jsonExecution `json:"executions"`
	Failures   []jsonFailure   `json:"failures"`
	Transfers  jsonTransfers   `json:"transfers"`
	Warnings   []string        `json:"warnings,omitempty"`
	Started    time.Time       `json:"started"`
	Completed  time.Time       `json:"completed"`
	Error      *string         `json:"error"`
}

type jsonTransfers struct {
	ResponseTotal int64 `json:"responseTotal"`
}

type jsonItem struct {
	ID   string   `json:"id"`
	Name string   `json:"name"`
	Path []string `json:"path"`
}

type jsonExecution struct {
	ID               string               `json:"id"`
	Index            int                  `json:"index"`
	Iteration        int                  `json:"iteration"`
	Item             jsonItem             `json:"item"`
	Skipped          bool                 `json:"skipped,omitempty"`
	Request          *jsonRequest         `json:"request,omitempty"`
	Response         *jsonResponse        `json:"response,omitempty"`
	RequestError     *result.Error        `json:"requestError,omitempty"`
	TLS              *certs.Info          `json:"tls,omitempty"`
	PrerequestScript []jsonScript         `json:"prerequestScript,omitempty"`
	TestScript       []jsonScript         `json:"testScript,omitempty"`
	Assertions       []jsonAssertion      `json:"assertions"`
	Console          []result.ConsoleLine `json:"console,omitempty"`
	SubRequests      []jsonSubRequest     `json:"subRequests,omitempty"`
	Visualizer       *result.Visualizer   `json:"visualizer,omitempty"`
}

type jsonRequest struct {
	Method   string          `json:"method"`
	URL      string          `json:"url"`
	Headers  []result.Header `json:"headers"`
	BodySize int64           `json:"bodySize"`
}

type jsonResponse struct {
	Code       int             `json:"code"`
	Status     string          `json:"status"`
	Headers    []result.Header `json:"headers"`
	Size       int64           `json:"size"`
	HeaderSize int64           `json:"headerSize"`
	Time       float64         `json:"time"`
	Redirects  []string        `json:"redirects,omitempty"`
}

type jsonScript struct {
	Error *result.Error `json:"error,omitempty"`
}

type jsonAssertion struct {
	Assertion string        `json:"assertion"`
	Index     int           `json:"index"`
	Event     string        `json:"event,omitempty"`
	Passed    bool          `json:"passed"`
	Skipped   bool          `json:"skipped"`
	Error     *result.Error `json:"error,omitempty"`
}

type jsonSubRequest struct {
	Request  *jsonRequest  `json:"request,omitempty"`
	Response *jsonResponse `json:"response,omitempty"`
	Error    *result.Error `json:"error,omitempty"`
	TLS      *certs.Info   `json:"tls,omitempty"`
}

type jsonFailure struct {
	At        string       `json:"at"`
	Error     result.Error `json:"error"`
	Source    jsonItem     `json:"source"`
	Iteration int          `json:"iteration"`
	Execution int          `json:"execution"`
	Assertion string       `json:"assertion,omitempty"`
}

// Start does nothing: the document is written at Done.
func (j *JSONReporter) Start(*result.Run) error { return nil }

// Execution keeps a body-free, redacted copy of e.
func (j *JSONReporter) Execution(_ *result.Run, e *result.Execution) error {
	x := jsonExecution{
		ID:           e.ID,
		Index:        e.Index,
		Iteration:    e.Iteration,
		Item:         toJSONItem(e.Item),
		Skipped:      e.Skipped,
		Request:      j.request(e.Request),
		Response:     j.response(e.Response),
		RequestError: e.RequestError,
		TLS:          tlsCopy(e.TLS),
		Assertions:   make([]jsonAssertion, 0, len(e.Assertions)),
		Console:      e.Console,
		Visualizer:   e.Visualizer,
	}
	if e.PrerequestScript != nil {
		x.PrerequestScript = []jsonScript{{Error: e.PrerequestScript.Error}}
	}
	if e.TestScript != nil {
		x.TestScript = []jsonScript{{Error: e.TestScript.Error}}
	}
	for _, a := range e.Assertions {
		x.Assertions = append(x.Assertions, jsonAssertion{
			Assertion: a.Name, Index: a.Index, Event: a.Event,
			Passed: a.Passed, Skipped: a.Skipped, Error: a.Error,
		})
	}
	for _, s := range e.SubRequests {
		x.SubRequests = append(x.SubRequests, jsonSubRequest{
			Request: j.request(s.Request), Response: j.response(s.Response), Error: s.Error, TLS: tlsCopy(s.TLS),
		})
	}
	j.execs = append(j.execs, x)
	return nil
}

func toJSONItem(r result.ItemRef) jsonItem {
	p := r.Path
	if p == nil {
		p = []string{}
	}
	return jsonItem{ID: r.ID, Name: r.Name, Path: p}
}

func (j *JSONReporter) request(r *result.Request) *jsonRequest {
	if r == nil {
		return nil
	}
	hs := redactHeaders(r.Headers, j.opts.ShowSecrets)
	if hs == nil {
		hs = []result.Header{}
	}
	return &jsonRequest{Method: r.Method, URL: redactURL(r.URL, j.opts.ShowSecrets), Headers: hs, BodySize: r.BodySize}
}

func (j *JSONReporter) response(r *result.Response) *jsonResponse {
	if r == nil {
		return nil
	}
	hs := redactHeaders(r.Headers, j.opts.ShowSecrets)
	if hs == nil {
		hs = []result.Header{}
	}
	return &jsonResponse{
		Code: r.Code, Status: r.Status, Headers: hs, Size: r.Size,
		HeaderSize: r.HeaderSize, Time: finite(r.Time), Redirects: r.Redirects,
	}
}

// Done writes the document.
func (j *JSONReporter) Done(run *result.Run) error {
	doc := jsonReport{
		Runner:     jsonRunner{Version: j.opts.Version},
		Collection: run.Collection,
		Run: jsonRun{
			Stats:      run.Stats,
			Timings:    finiteTimings(run.Timings),
			Executions: j.execs,
			Failures:   make([]jsonFailure, 0, len(run.Failures)),
			Transfers:  jsonTransfers{ResponseTotal: run.TransferBytes},
			Warnings:   run.Warnings,
			Started:    run.Started.UTC(),
			Completed:  run.Completed.UTC(),
		},
	}
	if doc.Run.Executions == nil {
		doc.Run.Executions = []jsonExecution{}
	}
	if run.Environment != "" {
		doc.Environment = &jsonNamed{Name: run.Environment}
	}
	if run.Globals != "" {
		doc.Globals = &jsonNamed{Name: run.Globals}
	}
	if run.Error != "" {
		msg := run.Error
		doc.Run.Error = &msg
	}
	for _, f := range run.Failures {
		doc.Run.Failures = append(doc.Run.Failures, jsonFailure{
			At: f.At, Error: f.Error, Source: toJSONItem(f.Item),
			Iteration: f.Iteration, Execution: f.Execution, Assertion: f.Assertion,
		})
	}
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

// tlsCopy returns a copy of info with a non-nil server chain, so the report
// always has an array there.
func tlsCopy(info *certs.Info) *certs.Info {
	if info == nil {
		return nil
	}
	c := *info
	if c.ServerCertificates == nil {
		c.ServerCertificates = []certs.CertificateInfo{}
	}
	return &c
}

func finiteTimings(t result.Timings) result.Timings {
	t.ResponseAverage = finite(t.ResponseAverage)
	t.ResponseMin = finite(t.ResponseMin)
	t.ResponseMax = finite(t.ResponseMax)
	t.ResponseSd = finite(t.ResponseSd)
	return t
}
