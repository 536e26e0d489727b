package reporters

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/runner-ci/runner/runner/result"
	"github.com/runner-ci/runner/schemas"
)

// ReadJSON decodes a report written by the json reporter back into the
// result model, for example to merge the reports of sharded runs. The
// document is first validated against schemas/report.schema.json; name
// (usually the file name) prefixes every error.
//
// What the report does not keep is not restored: bodies, visualizer data
// and Run.IterationCount (0, unknown). Redacted values stay redacted. A
// script event's result keeps the first error. Writing the returned run
// and executions with the json reporter gives the same document back.
func ReadJSON(name string, r io.Reader) (*result.Run, []*result.Execution, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read report %q: %w", name, err)
	}
	var doc any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, fmt.Errorf("read report %q: invalid JSON: %w", name, err)
	}
	if err := schemas.Validate(schemas.Report, doc); err != nil {
		return nil, nil, fmt.Errorf("read report %q: not a runner JSON report: %w", name, err)
	}
	var rep jsonReport
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, nil, fmt.Errorf("read report %q: %w", name, err)
	}

	run := &result.Run{
		Collection:    rep.Collection,
		Started:       rep.Run.Started,
		Completed:     rep.Run.Completed,
		Stats:         rep.Run.Stats,
		Timings:       rep.Run.Timings,
		TransferBytes: rep.Run.Transfers.ResponseTotal,
		Failures:      make([]result.Failure, 0, len(rep.Run.Failures)),
		Warnings:      rep.Run.Warnings,
	}
	if rep.Environment != nil {
		run.Environment = rep.Environment.Name
	}
	if rep.Globals != nil {
		run.Globals = rep.Globals.Name
	}
	if rep.Run.Error != nil {
		run.Error = *rep.Run.Error
	}
	for _, f := range rep.Run.Failures {
		run.Failures = append(run.Failures, result.Failure{
			At: f.At, Error: f.Error, Item: fromJSONItem(f.Source),
			Iteration: f.Iteration, Execution: f.Execution, Assertion: f.Assertion,
		})
	}
	execs := make([]*result.Execution, 0, len(rep.Run.Executions))
	for _, x := range rep.Run.Executions {
		execs = append(execs, fromJSONExecution(x))
	}
	return run, execs, nil
}

func fromJSONItem(i jsonItem) result.ItemRef {
	return result.ItemRef{ID: i.ID, Name: i.Name, Path: i.Path}
}

func fromJSONExecution(x jsonExecution) *result.Execution {
	e := &result.Execution{
		ID:               x.ID,
		Index:            x.Index,
		Iteration:        x.Iteration,
		Item:             fromJSONItem(x.Item),
		Skipped:          x.Skipped,
		Request:          fromJSONRequest(x.Request),
		Response:         fromJSONResponse(x.Response),
		RequestError:     x.RequestError,
		TLS:              x.TLS,
		PrerequestScript: fromJSONScripts(x.PrerequestScript),
		TestScript:       fromJSONScripts(x.TestScript),
		Assertions:       make([]result.Assertion, 0, len(x.Assertions)),
		Console:          x.Console,
		Visualizer:       x.Visualizer,
	}
	for _, a := range x.Assertions {
		e.Assertions = append(e.Assertions, result.Assertion{
			Name: a.Assertion, Index: a.Index, Event: a.Event,
			Passed: a.Passed, Skipped: a.Skipped, Error: a.Error,
		})
	}
	for _, s := range x.SubRequests {
		e.SubRequests = append(e.SubRequests, result.SubRequest{
			Request: fromJSONRequest(s.Request), Response: fromJSONResponse(s.Response), Error: s.Error, TLS: s.TLS,
		})
	}
	return e
}

// fromJSONScripts turns the report's list of script results into one
// result; the first error wins.
func fromJSONScripts(list []jsonScript) *result.ScriptResult {
	if len(list) == 0 {
		return nil
	}
	sr := &result.ScriptResult{}
	for _, s := range list {
		if s.Error != nil {
			sr.Error = s.Error
			break
		}
	}
	return sr
}

func fromJSONRequest(r *jsonRequest) *result.Request {
	if r == nil {
		return nil
	}
	return &result.Request{Method: r.Method, URL: r.URL, Headers: r.Headers, BodySize: r.BodySize}
}

func fromJSONResponse(r *jsonResponse) *result.Response {
	if r == nil {
		return nil
	}
	return &result.Response{
		Code: r.Code, Status: r.Status, Headers: r.Headers, Size: r.Size,
		HeaderSize: r.HeaderSize, Time: r.Time, Redirects: r.Redirects,
	}
}
