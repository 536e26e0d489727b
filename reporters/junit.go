package reporters

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jstemmer/go-junit-report/v2/junit"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/runner/result"
)

// JUnitOptions configures the JUnit reporter.
type JUnitOptions struct {
	// Hostname is written on every testsuite when not empty.
	Hostname string
	// Now is used for the suites' timestamp when the run has no start time;
	// time.Now when nil.
	Now func() time.Time
}

// JUnitReporter writes a JUnit XML report when the run is done: one
// testsuite per request item (all iterations merged), one testcase per
// distinct assertion name, and extra "request", "prerequest-script" and
// "test-script" testcases carrying <error> for request and script errors.
// It aggregates as executions arrive and never keeps bodies.
type JUnitReporter struct {
	w     io.Writer
	opts  JUnitOptions
	items []*junitItem
	byID  map[string]*junitItem
}

var _ result.Sink = (*JUnitReporter)(nil)

// NewJUnit returns a JUnit reporter writing to w. The caller owns w and
// closes it after Done.
func NewJUnit(w io.Writer, opts JUnitOptions) *JUnitReporter {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &JUnitReporter{w: w, opts: opts, byID: map[string]*junitItem{}}
}

// junitItem aggregates the executions of one item.
type junitItem struct {
	ref        result.ItemRef
	times      []float64
	executions int
	skipped    int // executions whose request was skipped
	cases      []*junitCase
	caseByName map[string]*junitCase
	errors     []*junitCase // request, prerequest-script, test-script
	errByName  map[string]*junitCase
	console    []string
	tls        *certs.Info
	tlsURL     string
}

// junitCase aggregates one assertion (or error kind) over iterations.
type junitCase struct {
	name     string
	passed   int
	skipped  int
	failedIn []int // 0-based iterations
	messages []string
	errName  string
	firstMsg string
	stack    string
}

// Start does nothing: the report is written at Done.
func (j *JUnitReporter) Start(*result.Run) error { return nil }

// Execution merges e into its item's suite.
func (j *JUnitReporter) Execution(_ *result.Run, e *result.Execution) error {
	key := e.Item.ID
	if key == "" {
		key = e.Item.FullName()
	}
	it := j.byID[key]
	if it == nil {
		it = &junitItem{ref: e.Item, caseByName: map[string]*junitCase{}, errByName: map[string]*junitCase{}}
		j.byID[key] = it
		j.items = append(j.items, it)
	}
	it.executions++
	if e.Skipped {
		it.skipped++
	}
	if e.Response != nil {
		it.times = append(it.times, e.Response.Time)
	}
	if e.TLS != nil {
		it.tls = e.TLS
		if e.Request != nil {
			it.tlsURL = e.Request.URL
		}
	}
	if e.PrerequestScript != nil && e.PrerequestScript.Error != nil {
		it.addError("prerequest-script", e.Iteration, *e.PrerequestScript.Error, nil)
	}
	if e.RequestError != nil {
		it.addError("request", e.Iteration, *e.RequestError, e.TLS)
	}
	if e.TestScript != nil && e.TestScript.Error != nil {
		it.addError("test-script", e.Iteration, *e.TestScript.Error, nil)
	}
	for _, a := range e.Assertions {
		c := it.caseByName[a.Name]
		if c == nil {
			c = &junitCase{name: a.Name}
			it.caseByName[a.Name] = c
			it.cases = append(it.cases, c)
		}
		switch {
		case a.Skipped:
			c.skipped++
		case a.Passed:
			c.passed++
		default:
			msg := "assertion failed"
			name := "AssertionError"
			if a.Error != nil {
				msg, name = a.Error.Message, a.Error.Name
				if c.stack == "" {
					c.stack = a.Error.Stack
				}
			}
			if len(c.failedIn) == 0 {
				c.firstMsg, c.errName = msg, name
			}
			c.failedIn = append(c.failedIn, e.Iteration)
			c.messages = append(c.messages, msg)
		}
	}
	for _, l := range e.Console {
		it.console = append(it.console, fmt.Sprintf("[iteration %d, %s] %s: %s", e.Iteration+1, l.Event, l.Level, l.Message))
	}
	return nil
}

func (it *junitItem) addError(kind string, iter int, err result.Error, tls *certs.Info) {
	msg := err.Message
	if tls != nil && tls.Verification.ErrorKind != "" {
		msg += " [tls: " + string(tls.Verification.ErrorKind) + "]"
	}
	c := it.errByName[kind]
	if c == nil {
		c = &junitCase{name: kind, errName: err.Name, firstMsg: msg, stack: err.Stack}
		it.errByName[kind] = c
		it.errors = append(it.errors, c)
	}
	c.failedIn = append(c.failedIn, iter)
	c.messages = append(c.messages, msg)
}

// junitSuites is junit.Testsuites with zero counts written out.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

// junitSuite is junit.Testsuite with a string id (the item id): the
// shallower ID field hides the embedded integer one.
type junitSuite struct {
	junit.Testsuite
	ID string `xml:"id,attr"`
}

// Done writes the report.
func (j *JUnitReporter) Done(run *result.Run) error {
	started := run.Started
	if started.IsZero() {
		started = j.opts.Now()
	}
	stamp := started.UTC().Format("2006-01-02T15:04:05.000Z")
	iterations := run.Stats.Iterations.Total
	doc := junitSuites{
		Name: sanitizeXML(run.Collection.Name),
		Time: seconds(run.Completed.Sub(run.Started).Seconds() * 1000),
	}
	if run.Completed.Before(run.Started) || run.Started.IsZero() {
		doc.Time = seconds(0)
	}
	for _, it := range j.items {
		s := j.suite(it, stamp, iterations)
		doc.Suites = append(doc.Suites, s)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
		doc.Skipped += s.Skipped
	}
	if run.Error != "" {
		// An aborted run must not look green: report it as an error.
		s := junitSuite{}
		s.Name, s.Timestamp, s.Time, s.Hostname = "run", stamp, seconds(0), sanitizeXML(j.opts.Hostname)
		s.AddTestcase(junit.Testcase{Name: "run", Classname: "Run", Time: seconds(0),
			Error: &junit.Result{Message: sanitizeXML(run.Error), Type: "RunError"}})
		doc.Suites = append(doc.Suites, s)
		doc.Tests++
		doc.Errors++
	}
	if _, err := io.WriteString(j.w, xml.Header); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	enc := xml.NewEncoder(j.w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	if _, err := io.WriteString(j.w, "\n"); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	return nil
}

func (j *JUnitReporter) suite(it *junitItem, stamp string, iterations int) junitSuite {
	name := it.ref.FullName()
	if name == "" {
		name = it.ref.Name
	}
	name = sanitizeXML(name)
	class := camelCase(name)
	mean := 0.0
	for _, t := range it.times {
		mean += t
	}
	if len(it.times) > 0 {
		mean /= float64(len(it.times))
	}
	caseTime := seconds(mean)
	s := junitSuite{ID: sanitizeXML(it.ref.ID)}
	s.Name = name
	s.Timestamp = stamp
	s.Time = caseTime
	s.Hostname = sanitizeXML(j.opts.Hostname)
	if iterations < it.executions {
		iterations = it.executions
	}
	for _, c := range it.cases {
		tc := junit.Testcase{Name: sanitizeXML(c.name), Classname: class, Time: caseTime}
		switch {
		case len(c.failedIn) > 0:
			tc.Failure = &junit.Result{
				Message: sanitizeXML(c.firstMsg),
				Type:    sanitizeXML(c.errName),
				Data:    sanitizeXML(failureText(c, iterations)),
			}
		case c.passed == 0 && c.skipped > 0:
			tc.Skipped = &junit.Result{Message: "skipped with pm.test.skip"}
		}
		s.AddTestcase(tc)
	}
	for _, c := range it.errors {
		s.AddTestcase(junit.Testcase{
			Name: c.name, Classname: class, Time: caseTime,
			Error: &junit.Result{
				Message: sanitizeXML(c.firstMsg),
				Type:    sanitizeXML(c.errName),
				Data:    sanitizeXML(failureText(c, iterations)),
			},
		})
	}
	if it.skipped == it.executions && it.executions > 0 && len(it.errors) == 0 {
		s.AddTestcase(junit.Testcase{
			Name: "request", Classname: class, Time: caseTime,
			Skipped: &junit.Result{Message: "request skipped by pm.execution.skipRequest"},
		})
	}
	var out []string
	if it.tls != nil {
		addTLSProperties(&s.Testsuite, it.tls)
		out = append(out, "TLS"+tlsHostLabel(it.tlsURL)+":")
		for _, l := range tlsLines(it.tls) {
			out = append(out, "  "+l)
		}
	}
	if len(it.console) > 0 {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, "console:")
		out = append(out, it.console...)
	}
	if len(out) > 0 {
		s.SystemOut = &junit.Output{Data: sanitizeXML(strings.Join(out, "\n") + "\n")}
	}
	return s
}

func tlsHostLabel(u string) string {
	if hp := hostPort(u); hp != "" {
		return " " + hp
	}
	return ""
}

// failureText lists the iterations a case failed in, with their messages.
func failureText(c *junitCase, iterations int) string {
	var b strings.Builder
	iters := make([]string, len(c.failedIn))
	for i, it := range c.failedIn {
		iters[i] = strconv.Itoa(it + 1)
	}
	fmt.Fprintf(&b, "Failed in iteration")
	if len(iters) > 1 {
		b.WriteString("s")
	}
	fmt.Fprintf(&b, " %s of %d.\n", strings.Join(iters, ", "), iterations)
	for i, m := range c.messages {
		fmt.Fprintf(&b, "Iteration %d: %s\n", c.failedIn[i]+1, m)
	}
	if c.stack != "" {
		fmt.Fprintf(&b, "Stack:\n%s\n", c.stack)
	}
	return b.String()
}

// addTLSProperties records the TLS diagnostics of an item as suite
// properties.
func addTLSProperties(s *junit.Testsuite, info *certs.Info) {
	add := func(k, v string) {
		if v != "" {
			s.AddProperty(k, sanitizeXML(v))
		}
	}
	add("tls.version", info.Version)
	add("tls.cipherSuite", info.CipherSuite)
	add("tls.serverName", info.ServerName)
	cc := info.ClientCertificate
	add("tls.clientCertificate.requested", strconv.FormatBool(cc.Requested))
	add("tls.clientCertificate.sent", strconv.FormatBool(cc.Sent))
	add("tls.clientCertificate.subject", cc.Subject)
	add("tls.clientCertificate.source", cc.Source)
	if len(info.ServerCertificates) > 0 {
		c := info.ServerCertificates[0]
		add("tls.server.subject", c.Subject)
		add("tls.server.issuer", c.Issuer)
		if !c.NotAfter.IsZero() {
			add("tls.server.notAfter", c.NotAfter.UTC().Format(time.RFC3339))
		}
		add("tls.server.daysRemaining", strconv.Itoa(c.DaysRemaining))
	}
	v := info.Verification
	add("tls.verification.enabled", strconv.FormatBool(v.Enabled))
	add("tls.verification.verified", strconv.FormatBool(v.Verified))
	add("tls.verification.errorKind", string(v.ErrorKind))
	add("tls.verification.wouldFailKind", string(v.WouldFailKind))
	add("tls.verification.error", v.Error)
	add("tls.verification.warnings", strings.Join(v.Warnings, "; "))
}

// seconds formats milliseconds as seconds with three decimals.
func seconds(ms float64) string {
	return strconv.FormatFloat(ms/1000, 'f', 3, 64)
}
