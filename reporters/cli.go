package reporters

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/runner-ci/runner/runner/result"
)

// CLIOptions configures the CLI reporter. The zero value prints everything
// with plain ASCII symbols and no colours.
type CLIOptions struct {
	// Color enables ANSI colours.
	Color bool
	// Unicode enables Unicode symbols and box-drawing table borders; false
	// is Newman's --disable-unicode.
	Unicode bool
	// Verbose adds request and response headers, bodies (clipped to
	// BodyLimit characters), sub-requests and a TLS block per execution.
	Verbose bool
	// Silent prints nothing at all.
	Silent bool
	// NoBanner omits the "runner" banner and collection name.
	NoBanner bool
	// NoSummary omits the summary table and the certificates section.
	NoSummary bool
	// NoFailures omits the failures table.
	NoFailures bool
	// NoConsole omits console output of scripts.
	NoConsole bool
	// NoSuccessAssertions omits passed assertions.
	NoSuccessAssertions bool
	// ShowSecrets prints Authorization, Proxy-Authorization, Cookie and
	// Set-Cookie header values in verbose mode instead of "[redacted]".
	ShowSecrets bool
}

// BodyLimit is how many characters of a body the verbose CLI prints.
const BodyLimit = 2048

// CLIReporter prints a Newman-like text report as the run goes: a line per
// request, console output and assertion results, then a summary table, a
// certificates section and a failures table at the end.
type CLIReporter struct {
	w    *errWriter
	opts CLIOptions
	sym  symbols

	folder    string // folder path of the last item printed
	iteration int    // iteration of the last execution printed
	any       bool   // whether an execution was printed
	numbered  int    // failures numbered so far when the run has none
	warnings  int    // run warnings printed so far
	hosts     tlsHosts
}

var _ result.Sink = (*CLIReporter)(nil)

// NewCLI returns a CLI reporter writing to w.
func NewCLI(w io.Writer, opts CLIOptions) *CLIReporter {
	s := asciiSymbols
	if opts.Unicode {
		s = unicodeSymbols
	}
	return &CLIReporter{w: &errWriter{w: w}, opts: opts, sym: s}
}

type symbols struct {
	dot, folder, root, sub, ok, fail, skip, warn string
	boxTop, boxMid, boxSide, boxEnd              string
	// table: horizontal, vertical, corners and junctions.
	h, v, tl, tm, tr, ml, mm, mr, bl, bm, br string
}

var unicodeSymbols = symbols{
	dot: "⠄", folder: "❏", root: "→", sub: "↳", ok: "✓", fail: "✖", skip: "-", warn: "⚠",
	boxTop: "┌", boxMid: "├", boxSide: "│", boxEnd: "└",
	h: "─", v: "│", tl: "┌", tm: "┬", tr: "┐", ml: "├", mm: "┼", mr: "┤", bl: "└", bm: "┴", br: "┘",
}

var asciiSymbols = symbols{
	dot: ".", folder: "Folder", root: "->", sub: "->", ok: "Pass", fail: "Fail", skip: "-", warn: "!",
	boxTop: "+", boxMid: "+", boxSide: "|", boxEnd: "+",
	h: "-", v: "|", tl: "+", tm: "+", tr: "+", ml: "+", mm: "+", mr: "+", bl: "+", bm: "+", br: "+",
}

// ANSI colours.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiGrey   = "\x1b[90m"
	ansiUnder  = "\x1b[4m"
)

func (c *CLIReporter) paint(code, s string) string {
	if !c.opts.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

// errWriter keeps the first write error and drops later writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}

func (c *CLIReporter) line(format string, args ...any) {
	if c.opts.Silent {
		return
	}
	c.w.printf(format+"\n", args...)
}

func (c *CLIReporter) result(op string) error {
	if c.w.err != nil {
		return fmt.Errorf("cli reporter %s: %w", op, c.w.err)
	}
	return nil
}

// Start prints the banner and the run's warnings known so far.
func (c *CLIReporter) Start(run *result.Run) error {
	if !c.opts.NoBanner {
		c.line("runner")
		c.line("")
		c.line("%s", c.paint(ansiBold, stripControl(run.Collection.Name)))
	}
	c.printWarnings(run)
	return c.result("start")
}

func (c *CLIReporter) printWarnings(run *result.Run) {
	for ; c.warnings < len(run.Warnings); c.warnings++ {
		c.line("%s", c.paint(ansiYellow, fmt.Sprintf("%s  warning: %s", c.sym.warn, stripControl(run.Warnings[c.warnings]))))
	}
}

// Execution prints one item's result.
func (c *CLIReporter) Execution(run *result.Run, e *result.Execution) error {
	c.collectTLS(e)
	if c.opts.Silent {
		return nil
	}
	c.header(run, e)
	nums := c.failureNumbers(run, e)

	c.console(e, "prerequest")
	c.assertions(e, "prerequest", nums)
	if e.PrerequestScript != nil && e.PrerequestScript.Error != nil {
		c.scriptError(nums.prerequest, "prerequest-script", e.PrerequestScript.Error)
	}
	c.request(e, nums.request)
	if c.opts.Verbose {
		c.verbose(e)
	} else if e.TLS != nil {
		for _, w := range e.TLS.Verification.Warnings {
			c.line("  %s", c.paint(ansiYellow, fmt.Sprintf("%s  tls: %s", c.sym.warn, stripControl(w))))
		}
	}
	c.console(e, "test")
	c.assertions(e, "test", nums)
	if e.TestScript != nil && e.TestScript.Error != nil {
		c.scriptError(nums.test, "test-script", e.TestScript.Error)
	}
	return c.result("execution")
}

func (c *CLIReporter) header(run *result.Run, e *result.Execution) {
	if !c.any || e.Iteration != c.iteration {
		if e.Iteration > 0 || run.IterationCount > 1 {
			label := fmt.Sprintf("Iteration %d", e.Iteration+1)
			if run.IterationCount > 0 {
				label += fmt.Sprintf("/%d", run.IterationCount)
			}
			c.line("")
			c.line("%s", c.paint(ansiGrey, label))
		}
		c.folder = ""
	}
	c.any = true
	c.iteration = e.Iteration
	path := e.Item.Path
	if len(path) == 0 {
		path = []string{e.Item.Name}
	}
	name := stripControl(path[len(path)-1])
	folder := stripControl(strings.Join(path[:len(path)-1], " / "))
	c.line("")
	if folder == "" {
		c.folder = ""
		c.line("%s %s", c.sym.root, name)
		return
	}
	if folder != c.folder {
		c.line("%s %s", c.sym.folder, c.paint(ansiUnder, folder))
		c.folder = folder
	}
	c.line("%s %s", c.paint(ansiGrey, c.sym.sub), name)
}

// failureNums holds the failure numbers of one execution, in the run's
// failure order.
type failureNums struct {
	request, prerequest, test int
	assertions                []int
}

// failureNumbers finds the numbers (1-based positions in run.Failures) of
// e's failures. The engine appends them before streaming the execution; when
// it has not, the reporter numbers them itself after the run's failures.
func (c *CLIReporter) failureNumbers(run *result.Run, e *result.Execution) failureNums {
	var n failureNums
	found := false
	for i, f := range run.Failures {
		if f.Execution != e.Index || f.Item.ID != e.Item.ID || f.Iteration != e.Iteration {
			continue
		}
		found = true
		switch {
		case f.At == "request":
			n.request = i + 1
		case f.At == "prerequest-script":
			n.prerequest = i + 1
		case f.At == "test-script":
			n.test = i + 1
		default:
			n.assertions = append(n.assertions, i+1)
		}
	}
	if found {
		return n
	}
	next := func() int {
		c.numbered++
		return len(run.Failures) + c.numbered
	}
	if e.RequestError != nil {
		n.request = next()
	}
	if e.PrerequestScript != nil && e.PrerequestScript.Error != nil {
		n.prerequest = next()
	}
	for _, a := range e.Assertions {
		if !a.Passed && !a.Skipped {
			n.assertions = append(n.assertions, next())
		}
	}
	if e.TestScript != nil && e.TestScript.Error != nil {
		n.test = next()
	}
	return n
}

func eventOf(s string) string {
	if s == "prerequest" {
		return "prerequest"
	}
	return "test"
}

func (c *CLIReporter) console(e *result.Execution, event string) {
	if c.opts.NoConsole {
		return
	}
	var lines []string
	for _, l := range e.Console {
		if eventOf(l.Event) != event {
			continue
		}
		msg := stripControl(l.Message)
		if l.Level != "" && l.Level != "log" {
			msg = l.Level + ": " + msg
		}
		lines = append(lines, strings.Split(msg, "\n")...)
	}
	if len(lines) == 0 {
		return
	}
	c.line("  %s", c.paint(ansiGrey, c.sym.boxTop))
	for _, l := range lines {
		c.line("  %s %s", c.paint(ansiGrey, c.sym.boxSide), c.paint(ansiGrey, l))
	}
	c.line("  %s", c.paint(ansiGrey, c.sym.boxEnd))
}

func (c *CLIReporter) assertions(e *result.Execution, event string, nums failureNums) {
	// Failure numbers are handed out in assertion order over both events.
	k := 0
	for _, a := range e.Assertions {
		failed := !a.Passed && !a.Skipped
		num := 0
		if failed {
			if k < len(nums.assertions) {
				num = nums.assertions[k]
			}
			k++
		}
		if eventOf(a.Event) != event {
			continue
		}
		name := stripControl(a.Name)
		switch {
		case a.Skipped:
			c.line("  %s  %s", c.paint(ansiCyan, c.sym.skip), c.paint(ansiCyan, "[skipped] "+name))
		case a.Passed:
			if !c.opts.NoSuccessAssertions {
				c.line("  %s  %s", c.paint(ansiGreen, c.sym.ok), c.paint(ansiGrey, name))
			}
		default:
			c.line("%s", c.paint(ansiRed+ansiBold, fmt.Sprintf("%3d. %s", num, name)))
		}
	}
}

func (c *CLIReporter) scriptError(num int, where string, err *result.Error) {
	msg := fmt.Sprintf("%3d%s %s in %s", num, c.sym.dot, orDefault(err.Name, "Error"), where)
	if err.Message != "" {
		msg += ": " + firstLine(stripControl(err.Message))
	}
	c.line("%s", c.paint(ansiRed+ansiBold, msg))
}

func (c *CLIReporter) request(e *result.Execution, num int) {
	method, url := "", ""
	if e.Request != nil {
		method, url = e.Request.Method, stripControl(redactURL(e.Request.URL, c.opts.ShowSecrets))
	}
	prefix := strings.TrimSpace(method + " " + url)
	switch {
	case e.Skipped:
		c.line("  %s %s", c.paint(ansiGrey, prefix), c.paint(ansiCyan, "[skipped]"))
	case e.RequestError != nil:
		c.line("  %s %s", c.paint(ansiGrey, prefix), c.paint(ansiRed, "[errored]"))
		msg := stripControl(e.RequestError.Message)
		if num > 0 {
			c.line("%s", c.paint(ansiRed, fmt.Sprintf("%3d%s %s: %s", num, c.sym.dot, orDefault(e.RequestError.Name, "Error"), firstLine(msg))))
		} else {
			c.line("     %s", c.paint(ansiRed, firstLine(msg)))
		}
		if e.TLS != nil && !c.opts.Verbose {
			v := e.TLS.Verification
			parts := []string{"verification " + tlsVerification(v)}
			if len(e.TLS.ServerCertificates) > 0 {
				sc := e.TLS.ServerCertificates[0]
				parts = append(parts, "server certificate "+orNone(sc.Subject)+" (issuer "+orNone(sc.Issuer)+", "+expiry(sc)+")")
			}
			parts = append(parts, "client certificate "+clientCertSummary(e.TLS.ClientCertificate))
			c.line("     %s", c.paint(ansiRed, stripControl("tls: "+strings.Join(parts, "; "))))
		}
	case e.Response != nil:
		r := e.Response
		status := strings.TrimSpace(strconv.Itoa(r.Code) + " " + r.Status)
		colour := ansiGreen
		if r.Code >= 400 {
			colour = ansiRed
		}
		c.line("  %s [%s, %s, %s]", c.paint(ansiGrey, prefix), c.paint(colour, stripControl(status)),
			formatBytes(r.Size+r.HeaderSize), formatDuration(r.Time))
	default:
		c.line("  %s", c.paint(ansiGrey, prefix))
	}
}

func (c *CLIReporter) verbose(e *result.Execution) {
	var sections []section
	if r := e.Request; r != nil {
		sections = append(sections, c.headerSection("request headers", r.Headers))
		if r.Body != "" {
			sections = append(sections, section{"request body", bodyLines(r.Body)})
		}
	}
	if r := e.Response; r != nil {
		sections = append(sections, c.headerSection("response headers", r.Headers))
		if r.Body != "" {
			sections = append(sections, section{"response body", bodyLines(r.Body)})
		}
		for _, u := range r.Redirects {
			sections = append(sections, section{"redirected from", []string{stripControl(u)}})
		}
	}
	if e.TLS != nil {
		sections = append(sections, section{"tls", tlsLines(e.TLS)})
	}
	for _, s := range e.SubRequests {
		sections = append(sections, section{"pm.sendRequest", c.subRequestLines(s)})
	}
	if len(sections) == 0 {
		return
	}
	for i, s := range sections {
		corner := c.sym.boxMid
		if i == 0 {
			corner = c.sym.boxTop
		}
		c.line("  %s %s", c.paint(ansiGrey, corner), c.paint(ansiGrey, s.title))
		for _, l := range s.lines {
			c.line("  %s %s", c.paint(ansiGrey, c.sym.boxSide), stripControl(l))
		}
	}
	c.line("  %s", c.paint(ansiGrey, c.sym.boxEnd))
}

type section struct {
	title string
	lines []string
}

func (c *CLIReporter) headerSection(title string, hs []result.Header) section {
	s := section{title: title}
	for _, h := range redactHeaders(hs, c.opts.ShowSecrets) {
		s.lines = append(s.lines, h.Key+": "+h.Value)
	}
	if len(s.lines) == 0 {
		s.lines = []string{"(none)"}
	}
	return s
}

func bodyLines(body string) []string {
	return strings.Split(strings.TrimRight(clip(body, BodyLimit), "\n"), "\n")
}

func (c *CLIReporter) subRequestLines(s result.SubRequest) []string {
	var l string
	if s.Request != nil {
		l = s.Request.Method + " " + redactURL(s.Request.URL, c.opts.ShowSecrets)
	}
	switch {
	case s.Error != nil:
		l += " [errored] " + firstLine(s.Error.Message)
	case s.Response != nil:
		l += fmt.Sprintf(" [%d %s, %s, %s]", s.Response.Code, s.Response.Status,
			formatBytes(s.Response.Size+s.Response.HeaderSize), formatDuration(s.Response.Time))
	}
	lines := []string{strings.TrimSpace(l)}
	if s.TLS != nil {
		for _, t := range tlsLines(s.TLS) {
			lines = append(lines, "  "+t)
		}
	}
	return lines
}

// tlsHost aggregates the TLS diagnostics of one host:port over the run.
func (c *CLIReporter) collectTLS(e *result.Execution) {
	if e.TLS != nil && e.Request != nil {
		c.hosts.add(e.Request.URL, e.TLS)
	}
	for _, s := range e.SubRequests {
		if s.TLS != nil && s.Request != nil {
			c.hosts.add(s.Request.URL, s.TLS)
		}
	}
}

// Done prints the summary table, the certificates section, the run's
// warnings and error, and the failures table.
func (c *CLIReporter) Done(run *result.Run) error {
	if c.opts.Silent {
		return nil
	}
	c.printWarnings(run)
	if !c.opts.NoSummary {
		c.line("")
		c.summary(run)
		c.certificates()
	}
	if run.Error != "" {
		c.line("")
		c.line("%s", c.paint(ansiRed, fmt.Sprintf("%s  run error: %s", c.sym.fail, stripControl(run.Error))))
	}
	if !c.opts.NoFailures && len(run.Failures) > 0 {
		c.line("")
		c.failures(run)
	}
	return c.result("done")
}

func (c *CLIReporter) summary(run *result.Run) {
	st := run.Stats
	rows := []struct {
		name string
		ct   result.Counter
	}{
		{"iterations", st.Iterations},
		{"requests", st.Requests},
		{"test-scripts", st.TestScripts},
		{"prerequest-scripts", st.PrerequestScripts},
		{"assertions", st.Assertions},
	}
	t := run.Timings
	span := []string{
		"total run duration: " + formatDuration(float64(run.Completed.Sub(run.Started).Milliseconds())),
		"total data received: " + formatBytes(run.TransferBytes) + " (approx)",
	}
	if st.Requests.Total > 0 || t.ResponseAverage > 0 {
		span = append(span, fmt.Sprintf("average response time: %s [min: %s, max: %s, s.d.: %s]",
			formatDuration(t.ResponseAverage), formatDuration(t.ResponseMin),
			formatDuration(t.ResponseMax), formatDuration(t.ResponseSd)))
	}
	w1, w2, w3 := 25, 18, 17
	for _, s := range span {
		if need := width(s) + 2 - (w1 + w2 + w3 + 2); need > 0 {
			w2 += need - need/2
			w3 += need / 2
		}
	}
	s := c.sym
	border := func(l, m1, m2, r string) string {
		return c.paint(ansiGrey, l+strings.Repeat(s.h, w1)+m1+strings.Repeat(s.h, w2)+m2+strings.Repeat(s.h, w3)+r)
	}
	v := c.paint(ansiGrey, s.v)
	cell := func(text string, w int, colour string) string {
		return strings.Repeat(" ", max(w-1-width(text), 0)) + c.paint(colour, text) + " "
	}
	c.line("%s", border(s.tl, s.tm, s.tm, s.tr))
	c.line("%s%s%s%s%s%s%s", v, cell("", w1, ""), v, cell("executed", w2, ""), v, cell("failed", w3, ""), v)
	c.line("%s", border(s.ml, s.mm, s.mm, s.mr))
	for _, r := range rows {
		failColour := ""
		if r.ct.Failed > 0 {
			failColour = ansiRed
		}
		c.line("%s%s%s%s%s%s%s", v, cell(r.name, w1, ""), v, cell(strconv.Itoa(r.ct.Total), w2, ""), v,
			cell(strconv.Itoa(r.ct.Failed), w3, failColour), v)
	}
	c.line("%s", border(s.ml, s.bm, s.bm, s.mr))
	inner := w1 + w2 + w3 + 2
	for _, text := range span {
		c.line("%s %s%s%s", v, text, strings.Repeat(" ", max(inner-1-width(text), 0)), v)
	}
	c.line("%s", c.paint(ansiGrey, s.bl+strings.Repeat(s.h, inner)+s.br))
}

func (c *CLIReporter) certificates() {
	if len(c.hosts.list) == 0 {
		return
	}
	c.line("")
	c.line("%s", c.paint(ansiBold, "certificates"))
	row := func(label, value, colour string) {
		c.line("    %-20s%s", label, c.paint(colour, stripControl(value)))
	}
	for _, h := range c.hosts.list {
		plural := "s"
		if h.requests == 1 {
			plural = ""
		}
		c.line("  %s (%d request%s)", stripControl(h.key), h.requests, plural)
		info := h.last
		if h.failed != nil {
			info = h.failed
		}
		switch {
		case len(h.clients) > 0:
			v := "sent " + strings.Join(h.clients, ", ")
			if h.source != "" {
				v += " from " + h.source
			}
			row("client certificate", v, "")
		case h.requested:
			row("client certificate", "requested by the server, none sent", ansiRed)
		default:
			row("client certificate", "none", "")
		}
		if len(info.ServerCertificates) > 0 {
			sc := info.ServerCertificates[0]
			row("server certificate", orNone(sc.Subject)+", issuer "+orNone(sc.Issuer), "")
			colour := ""
			if sc.DaysRemaining < 0 {
				colour = ansiRed
			} else if sc.DaysRemaining < 30 {
				colour = ansiYellow
			}
			row("validity", expiry(sc), colour)
		}
		v := tlsVerification(info.Verification)
		colour := ansiGreen
		if h.failed != nil {
			colour = ansiRed
			if info.Verification.Error != "" {
				v += ": " + firstLine(info.Verification.Error)
			}
		} else if !info.Verification.Enabled {
			colour = ansiYellow
		}
		row("verification", v, colour)
		for _, w := range h.warnings {
			row("warning", w, ansiYellow)
		}
	}
}

func (c *CLIReporter) failures(run *result.Run) {
	type row struct {
		num, name string
		detail    []string
	}
	rows := make([]row, 0, len(run.Failures))
	wNum, wName := 1, len("failure")
	for i, f := range run.Failures {
		r := row{num: strconv.Itoa(i+1) + ".", name: stripControl(orDefault(f.Error.Name, "Error"))}
		if f.Assertion != "" {
			r.detail = append(r.detail, stripControl(f.Assertion))
		}
		if f.Error.Message != "" {
			r.detail = append(r.detail, strings.Split(stripControl(f.Error.Message), "\n")...)
		}
		if f.At != "" {
			r.detail = append(r.detail, "at "+f.At)
		}
		r.detail = append(r.detail, fmt.Sprintf("inside %q", stripControl(f.Item.FullName())))
		if run.Stats.Iterations.Total > 1 {
			r.detail = append(r.detail, fmt.Sprintf("iteration: %d", f.Iteration+1))
		}
		wNum = max(wNum, width(r.num))
		wName = max(wName, width(r.name))
		rows = append(rows, r)
	}
	pad := func(s string, w int) string { return s + strings.Repeat(" ", max(w-width(s), 0)) }
	lpad := func(s string, w int) string { return strings.Repeat(" ", max(w-width(s), 0)) + s }
	c.line("%s", c.paint(ansiRed+ansiUnder, " "+lpad("#", wNum)+"  "+pad("failure", wName)+"  detail"))
	for _, r := range rows {
		c.line("")
		for i, d := range r.detail {
			num, name := "", ""
			if i == 0 {
				num, name = r.num, r.name
			}
			text := " " + lpad(num, wNum) + "  " + pad(name, wName) + "  " + d
			if i == 0 {
				text = " " + lpad(num, wNum) + "  " + c.paint(ansiRed, pad(name, wName)) + "  " + d
			}
			c.line("%s", strings.TrimRight(text, " "))
		}
	}
}

func width(s string) int { return utf8.RuneCountInString(s) }

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
