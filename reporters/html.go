package reporters

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"time"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/runner/result"
)

// HTML is the name of the HTML reporter.
const HTML = "html"

// htmlBodyMax bounds each request or response body shown in the report.
const htmlBodyMax = 64 << 10

//go:embed html_template.html
var htmlTemplateText string

var htmlTemplate = template.Must(template.New("report").Parse(htmlTemplateText))

// HTMLOptions configures the HTML reporter.
type HTMLOptions struct {
	// Version is the runner version shown in the footer; "dev" when empty.
	Version string
	// ShowSecrets keeps Authorization, Proxy-Authorization, Cookie and
	// Set-Cookie header values and URL passwords instead of redacting them.
	ShowSecrets bool
	// IncludeBodies shows the request and response bodies the engine kept
	// (it keeps them only when asked, e.g. with --verbose), each clipped to
	// 64 KiB. Off by default: bodies may hold tokens.
	IncludeBodies bool
}

// HTMLReporter writes one self-contained HTML page when the run is done: a
// summary, the failures, and every request with its assertions, request and
// response details, console output and TLS diagnostics, with a filter
// (all/failed/passed) and a text search. The page has inline CSS and
// JavaScript, loads nothing from the network, and a Content-Security-Policy
// forbids it to. It keeps a compact, redacted copy of every execution until
// Done.
type HTMLReporter struct {
	w     io.Writer
	opts  HTMLOptions
	execs []htmlExec
}

var _ result.Sink = (*HTMLReporter)(nil)

// NewHTML returns an HTML reporter writing to w (the export file). The caller
// owns w and closes it after Done.
func NewHTML(w io.Writer, opts HTMLOptions) *HTMLReporter {
	if opts.Version == "" {
		opts.Version = "dev"
	}
	return &HTMLReporter{w: w, opts: opts}
}

// The template's view model.
type htmlPage struct {
	Collection string
	Version    string
	Status     string
	Started    string
	Completed  string
	Duration   string
	Transfer   string
	Timings    string
	Env        string
	Globals    string
	Error      string
	Stats      []htmlStat
	Failures   []htmlFailure
	Warnings   []string
	Execs      []htmlExec
	Counts     map[string]int
}

type htmlStat struct {
	Name          string
	Total, Failed int
}

type htmlFailure struct {
	Exec      int
	Item      string
	Iteration int
	At        string
	Message   string
}

type htmlExec struct {
	Index     int
	Name      string
	Iteration int
	// Iterations is true when the run has several iterations, so the
	// iteration is shown.
	Iterations bool
	Status     string
	Search     string
	Method     string
	URL        string
	Code       string
	Time       string
	Size       string
	Request    *htmlMessage
	Response   *htmlMessage
	Errors     []string
	Assertions []htmlAssertion
	Console    []result.ConsoleLine
	TLS        []htmlTLS
	Subs       []string
	// TLSWarnings counts the certificate warnings of the TLS panels.
	TLSWarnings int
}

type htmlMessage struct {
	Line    string
	Headers []result.Header
	Body    string
	Extra   []string
}

type htmlAssertion struct {
	Name    string
	Status  string
	Message string
}

type htmlTLS struct {
	Label         string
	Negotiated    string
	Chain         []htmlCert
	Client        string
	AcceptableCAs string
	Verification  string
	Failed        bool
	Error         string
	Warnings      []string
}

type htmlCert struct {
	Role       string
	Subject    string
	Issuer     string
	Names      string
	Expiry     string
	Bad        bool
	SelfSigned bool
	SHA256     string
}

// Start does nothing: the page is written at Done.
func (h *HTMLReporter) Start(*result.Run) error { return nil }

// Execution keeps a redacted view of e.
func (h *HTMLReporter) Execution(run *result.Run, e *result.Execution) error {
	x := htmlExec{
		Index:      e.Index,
		Name:       e.Item.FullName(),
		Iteration:  e.Iteration + 1,
		Iterations: run != nil && (run.IterationCount > 1 || e.Iteration > 0),
		Status:     "passed",
	}
	if x.Name == "" {
		x.Name = e.Item.Name
	}
	switch {
	case e.Failed():
		x.Status = "failed"
	case e.Skipped:
		x.Status = "skipped"
	}
	if r := e.Request; r != nil {
		x.Method, x.URL = r.Method, redactURL(r.URL, h.opts.ShowSecrets)
		x.Request = &htmlMessage{
			Line:    r.Method + " " + x.URL,
			Headers: redactHeaders(r.Headers, h.opts.ShowSecrets),
			Extra:   []string{"body " + formatBytes(r.BodySize)},
		}
		if h.opts.IncludeBodies {
			x.Request.Body = clip(r.Body, htmlBodyMax)
		}
	}
	if r := e.Response; r != nil {
		x.Code = fmt.Sprintf("%d %s", r.Code, r.Status)
		x.Time = formatDuration(r.Time)
		x.Size = formatBytes(r.Size)
		x.Response = &htmlMessage{
			Line:    x.Code,
			Headers: redactHeaders(r.Headers, h.opts.ShowSecrets),
			Extra:   []string{"time " + x.Time, "body " + x.Size, "headers " + formatBytes(r.HeaderSize)},
		}
		for _, u := range r.Redirects {
			x.Response.Extra = append(x.Response.Extra, "redirected from "+redactURL(u, h.opts.ShowSecrets))
		}
		if h.opts.IncludeBodies {
			x.Response.Body = clip(r.Body, htmlBodyMax)
		}
	}
	if e.RequestError != nil {
		x.Errors = append(x.Errors, "request: "+ghErrorText(*e.RequestError))
	}
	if e.PrerequestScript != nil && e.PrerequestScript.Error != nil {
		x.Errors = append(x.Errors, "pre-request script: "+ghErrorText(*e.PrerequestScript.Error))
	}
	if e.TestScript != nil && e.TestScript.Error != nil {
		x.Errors = append(x.Errors, "test script: "+ghErrorText(*e.TestScript.Error))
	}
	for _, a := range e.Assertions {
		ha := htmlAssertion{Name: a.Name, Status: "passed"}
		switch {
		case a.Skipped:
			ha.Status = "skipped"
		case !a.Passed:
			ha.Status = "failed"
			if a.Error != nil {
				ha.Message = a.Error.Message
			}
		}
		x.Assertions = append(x.Assertions, ha)
	}
	x.Console = e.Console
	if e.TLS != nil {
		x.TLS = append(x.TLS, htmlTLSView("connection", e.TLS))
	}
	for _, s := range e.SubRequests {
		line := "pm.sendRequest"
		if s.Request != nil {
			line += ": " + s.Request.Method + " " + redactURL(s.Request.URL, h.opts.ShowSecrets)
		}
		switch {
		case s.Error != nil:
			line += " → " + ghErrorText(*s.Error)
		case s.Response != nil:
			line += fmt.Sprintf(" → %d %s (%s)", s.Response.Code, s.Response.Status, formatDuration(s.Response.Time))
		}
		x.Subs = append(x.Subs, line)
		if s.TLS != nil {
			x.TLS = append(x.TLS, htmlTLSView(line, s.TLS))
		}
	}
	for _, v := range x.TLS {
		x.TLSWarnings += len(v.Warnings)
	}
	search := []string{x.Name, x.URL, x.Code}
	for _, a := range x.Assertions {
		search = append(search, a.Name, a.Message)
	}
	search = append(search, x.Errors...)
	x.Search = strings.ToLower(strings.Join(search, " "))
	h.execs = append(h.execs, x)
	return nil
}

// htmlTLSView turns TLS diagnostics into the TLS panel's rows.
func htmlTLSView(label string, info *certs.Info) htmlTLS {
	var neg []string
	for _, s := range []string{info.Version, info.CipherSuite} {
		if s != "" {
			neg = append(neg, s)
		}
	}
	if info.ServerName != "" {
		neg = append(neg, "server name "+info.ServerName)
	}
	if info.ALPN != "" {
		neg = append(neg, "ALPN "+info.ALPN)
	}
	v := htmlTLS{
		Label:        label,
		Negotiated:   strings.Join(neg, ", "),
		Client:       clientCertSummary(info.ClientCertificate),
		Verification: ghVerification(info.Verification),
		Failed:       tlsFailed(info.Verification),
		Error:        info.Verification.Error,
		Warnings:     ghCertWarnings(info),
	}
	if cc := info.ClientCertificate; cc.Sent && !cc.NotAfter.IsZero() {
		v.Client += ", valid until " + cc.NotAfter.UTC().Format("2006-01-02")
	}
	if cc := info.ClientCertificate; len(cc.AcceptableCAs) > 0 {
		v.AcceptableCAs = strings.Join(cc.AcceptableCAs, "; ")
	}
	for i, c := range info.ServerCertificates {
		role := "leaf"
		if i > 0 {
			role = fmt.Sprintf("chain[%d]", i)
		}
		v.Chain = append(v.Chain, htmlCert{
			Role: role, Subject: orNone(c.Subject), Issuer: orNone(c.Issuer),
			Names:  strings.Join(append(append([]string{}, c.DNSNames...), c.IPAddresses...), ", "),
			Expiry: expiry(c), Bad: c.DaysRemaining < 0, SelfSigned: c.SelfSigned, SHA256: c.SHA256,
		})
	}
	return v
}

// Done renders the page.
func (h *HTMLReporter) Done(run *result.Run) error {
	p := htmlPage{
		Collection: ghOr(run.Collection.Name, "Collection run"),
		Version:    h.opts.Version,
		Status:     "passed",
		Started:    run.Started.UTC().Format(time.RFC3339),
		Completed:  run.Completed.UTC().Format(time.RFC3339),
		Duration:   formatDuration(float64(run.Completed.Sub(run.Started).Milliseconds())),
		Transfer:   formatBytes(run.TransferBytes),
		Timings: fmt.Sprintf("average %s, min %s, max %s, s.d. %s", formatDuration(run.Timings.ResponseAverage),
			formatDuration(run.Timings.ResponseMin), formatDuration(run.Timings.ResponseMax), formatDuration(run.Timings.ResponseSd)),
		Env:      run.Environment,
		Globals:  run.Globals,
		Error:    run.Error,
		Warnings: run.Warnings,
		Execs:    h.execs,
		Counts:   map[string]int{"all": len(h.execs)},
	}
	if len(run.Failures) > 0 || run.Error != "" {
		p.Status = "failed"
	}
	st := run.Stats
	p.Stats = []htmlStat{
		{"iterations", st.Iterations.Total, st.Iterations.Failed},
		{"requests", st.Requests.Total, st.Requests.Failed},
		{"test scripts", st.TestScripts.Total, st.TestScripts.Failed},
		{"pre-request scripts", st.PrerequestScripts.Total, st.PrerequestScripts.Failed},
		{"assertions", st.Assertions.Total, st.Assertions.Failed},
	}
	for _, f := range run.Failures {
		msg := ghErrorText(f.Error)
		if f.Assertion != "" {
			msg = f.Assertion + ": " + f.Error.Message
		}
		p.Failures = append(p.Failures, htmlFailure{
			Exec: f.Execution, Item: f.Item.FullName(), Iteration: f.Iteration + 1, At: f.At, Message: msg,
		})
	}
	for _, x := range h.execs {
		p.Counts[x.Status]++
	}
	if err := htmlTemplate.Execute(h.w, p); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}
