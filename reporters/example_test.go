package reporters_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/runner-ci/runner/reporters"
	"github.com/runner-ci/runner/runner/result"
)

// A command line creates the reporters by name and fans the run out to them.
func ExampleNew() {
	var junitXML strings.Builder
	opts := reporters.Options{
		CLI:   reporters.CLIOptions{Unicode: true, NoSummary: true},
		JUnit: reporters.JUnitOptions{Hostname: "ci"},
	}
	cli, _ := reporters.New("cli", os.Stdout, opts)
	junit, _ := reporters.New("junit", &junitXML, opts)
	sink := reporters.Multi{cli, junit}

	start := time.Date(2026, 12, 4, 15, 0, 0, 0, time.UTC)
	run := &result.Run{Collection: result.CollectionInfo{Name: "Demo"}, Started: start}
	_ = sink.Start(run)
	e := &result.Execution{
		Item:       result.ItemRef{ID: "1", Name: "Ping", Path: []string{"Ping"}},
		Request:    &result.Request{Method: "GET", URL: "http://127.0.0.1:8080/ping"},
		Response:   &result.Response{Code: 200, Status: "OK", Size: 2, HeaderSize: 98, Time: 3},
		Assertions: []result.Assertion{{Name: "status is 200", Passed: true}},
	}
	_ = sink.Execution(run, e)
	run.Completed = start.Add(50 * time.Millisecond)
	_ = sink.Done(run)
	fmt.Println(strings.Contains(junitXML.String(), `<testcase name="status is 200" classname="Ping" time="0.003">`))
	fmt.Println(reporters.DefaultExportPath("junit", start))
	// Output:
	// runner
	//
	// Demo
	//
	// → Ping
	//   GET http://127.0.0.1:8080/ping [200 OK, 100B, 3ms]
	//   ✓  status is 200
	// true
	// runner-reports/runner-run-report-2026-12-04-15-00-00-000-0.xml
}
