package reporters

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/runner/result"
)

// GitHub is the name of the GitHub Actions reporter.
const GitHub = "github"

// DefaultMaxAnnotations is how many annotations of one kind (errors,
// warnings) the GitHub reporter emits as workflow commands. GitHub accepts at
// most 50 annotations per job and shows 10 errors and 10 warnings per step;
// the rest are printed as plain log lines and counted in a notice.
const DefaultMaxAnnotations = 50

// summaryMaxFailures bounds the failures table of the step summary, which
// GitHub limits to 1 MiB per step.
const summaryMaxFailures = 200

// summaryCellMax bounds the length of one table cell of the step summary.
const summaryCellMax = 300

// GitHubOptions configures the GitHub Actions reporter.
type GitHubOptions struct {
	// CollectionFile is the collection's path, written as the file= property
	// of every error annotation (relative to $GITHUB_WORKSPACE when inside
	// it); omitted when empty or a URL.
	CollectionFile string
	// Getenv reads GITHUB_ACTIONS and GITHUB_STEP_SUMMARY. With a nil
	// Getenv the reporter behaves as outside GitHub Actions. The command
	// line passes os.Getenv.
	Getenv func(string) string
	// SummaryFile, when set, is where the Markdown summary is appended,
	// instead of $GITHUB_STEP_SUMMARY, also outside GitHub Actions.
	SummaryFile string
	// OpenFile opens the summary file for appending; nil means os.OpenFile
	// with O_APPEND|O_CREATE|O_WRONLY.
	OpenFile func(name string) (io.WriteCloser, error)
	// MaxAnnotations caps the error and the warning annotations separately;
	// 0 means DefaultMaxAnnotations.
	MaxAnnotations int
}

// GitHubReporter writes GitHub Actions workflow commands: an ::error
// annotation per failed assertion, request error and script error, and a
// ::warning per certificate warning, as executions arrive. At Done it appends
// a Markdown summary (totals, failures, certificates) to the step summary
// file. Command data is escaped as GitHub specifies, so names and messages
// cannot break out of a command or start a new one.
type GitHubReporter struct {
	w    io.Writer
	opts GitHubOptions
	err  error

	errors, warnings         int // annotations seen, including those left out
	errorsLeft, warningsLeft int // left out because of the cap
	seenWarnings             map[string]bool
	hosts                    tlsHosts       // the certificates table
	warningCount             map[string]int // distinct warnings per host:port
	warningList              []string
}

var _ result.Sink = (*GitHubReporter)(nil)

// NewGitHub returns a GitHub Actions reporter writing workflow commands to w
// (the step's standard output).
func NewGitHub(w io.Writer, opts GitHubOptions) *GitHubReporter {
	if opts.MaxAnnotations <= 0 {
		opts.MaxAnnotations = DefaultMaxAnnotations
	}
	return &GitHubReporter{w: w, opts: opts, seenWarnings: map[string]bool{}, warningCount: map[string]int{}}
}

// EscapeCommandData escapes the message part of a workflow command:
// % becomes %25, CR %0D and LF %0A.
func EscapeCommandData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// EscapeCommandProperty escapes a workflow command property value: like
// EscapeCommandData, and also : becomes %3A and , becomes %2C.
func EscapeCommandProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func (g *GitHubReporter) printf(format string, args ...any) {
	if g.err != nil {
		return
	}
	if _, err := fmt.Fprintf(g.w, format, args...); err != nil {
		g.err = fmt.Errorf("write github annotations: %w", err)
	}
}

// command writes one workflow command, or a plain escaped log line once the
// cap for its kind is reached.
func (g *GitHubReporter) command(kind string, props [][2]string, msg string) {
	var count, left *int
	switch kind {
	case "error":
		count, left = &g.errors, &g.errorsLeft
	case "warning":
		count, left = &g.warnings, &g.warningsLeft
	}
	if count != nil {
		*count++
	}
	if count != nil && *count > g.opts.MaxAnnotations {
		*left++
		// A plain line, prefixed so it never starts with "::".
		title := ""
		for _, p := range props {
			if p[0] == "title" {
				title = p[1] + ": "
			}
		}
		g.printf("%s (not annotated): %s\n", kind, EscapeCommandData(title+msg))
		return
	}
	var b strings.Builder
	b.WriteString("::" + kind)
	sep := " "
	for _, p := range props {
		if p[1] == "" {
			continue
		}
		b.WriteString(sep + p[0] + "=" + EscapeCommandProperty(p[1]))
		sep = ","
	}
	b.WriteString("::" + EscapeCommandData(msg) + "\n")
	g.printf("%s", b.String())
}

// Start does nothing: annotations are written as executions arrive.
func (g *GitHubReporter) Start(*result.Run) error { return g.err }

// Execution annotates the failures and certificate warnings of e.
func (g *GitHubReporter) Execution(run *result.Run, e *result.Execution) error {
	title := e.Item.FullName()
	if title == "" {
		title = e.Item.Name
	}
	if run != nil && (run.IterationCount > 1 || e.Iteration > 0) {
		if run.IterationCount > 1 {
			title += fmt.Sprintf(" (iteration %d/%d)", e.Iteration+1, run.IterationCount)
		} else {
			title += fmt.Sprintf(" (iteration %d)", e.Iteration+1)
		}
	}
	file := g.annotationFile()
	fail := func(msg string) {
		g.command("error", [][2]string{{"file", file}, {"title", title}}, msg)
	}
	if e.RequestError != nil {
		msg := "request failed: " + ghErrorText(*e.RequestError)
		if e.TLS != nil && tlsFailed(e.TLS.Verification) {
			msg += " [" + ghTLSBrief(e.TLS) + "]"
		}
		fail(msg)
	}
	if e.PrerequestScript != nil && e.PrerequestScript.Error != nil {
		fail("pre-request script error: " + ghErrorText(*e.PrerequestScript.Error))
	}
	for _, a := range e.Assertions {
		if a.Passed || a.Skipped {
			continue
		}
		msg := "assertion failed"
		if a.Error != nil {
			msg = a.Error.Message
		}
		fail(a.Name + ": " + msg)
	}
	if e.TestScript != nil && e.TestScript.Error != nil {
		fail("test script error: " + ghErrorText(*e.TestScript.Error))
	}
	if e.Request != nil {
		g.connection(e.Request.URL, e.TLS)
	}
	for _, s := range e.SubRequests {
		if s.Request != nil {
			g.connection(s.Request.URL, s.TLS)
		}
	}
	return g.err
}

// annotationFile is the file= property: the collection path with forward
// slashes, relative to $GITHUB_WORKSPACE when it is inside it, and empty for
// a collection loaded from a URL.
func (g *GitHubReporter) annotationFile() string {
	p := g.opts.CollectionFile
	if p == "" || strings.Contains(p, "://") {
		return ""
	}
	if ws := g.getenv("GITHUB_WORKSPACE"); ws != "" && filepath.IsAbs(p) {
		if rel, err := filepath.Rel(ws, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p = rel
		}
	}
	return filepath.ToSlash(p)
}

func (g *GitHubReporter) getenv(key string) string {
	if g.opts.Getenv == nil {
		return ""
	}
	return g.opts.Getenv(key)
}

// connection records one TLS connection for the certificates table and
// annotates its warnings, once per host:port and text.
func (g *GitHubReporter) connection(rawURL string, info *certs.Info) {
	if info == nil {
		return
	}
	h := g.hosts.add(rawURL, info)
	hp := h.key
	for _, w := range ghCertWarnings(info) {
		key := hp + "\x00" + w
		if g.seenWarnings[key] {
			continue
		}
		g.seenWarnings[key] = true
		g.warningCount[hp]++
		g.warningList = append(g.warningList, hp+": "+w)
		g.command("warning", [][2]string{{"title", "TLS " + hp}}, w)
	}
}

// ghCertWarnings lists the warnings of a connection: the engine's, plus one
// saying verification was skipped when it was disabled.
func ghCertWarnings(info *certs.Info) []string {
	var ws []string
	if !info.Verification.Enabled {
		w := "certificate verification skipped (insecure)"
		if k := ghWouldFail(info.Verification); k != "" {
			w += "; it would have failed: " + string(k)
		}
		ws = append(ws, w)
	}
	return append(ws, info.Verification.Warnings...)
}

// wouldFail is the kind verification would have failed with when it was
// disabled.
func ghWouldFail(v certs.Verification) certs.ErrorKind {
	if v.WouldFailKind != "" {
		return v.WouldFailKind
	}
	if !v.Enabled {
		return v.ErrorKind
	}
	return ""
}

// ghVerification describes a verification outcome: "verified",
// "failed (expired)", "skipped (insecure), would fail: selfSigned".
func ghVerification(v certs.Verification) string {
	if !v.Enabled {
		if k := ghWouldFail(v); k != "" {
			return "skipped (insecure), would fail: " + string(k)
		}
		return "skipped (insecure)"
	}
	return tlsVerification(v)
}

// ghTLSBrief summarises a failed verification for an error annotation.
func ghTLSBrief(info *certs.Info) string {
	s := "verification " + ghVerification(info.Verification)
	if len(info.ServerCertificates) > 0 {
		c := info.ServerCertificates[0]
		s += "; server certificate " + orNone(c.Subject) + " issued by " + orNone(c.Issuer) + ", " + expiry(c)
	}
	if cc := info.ClientCertificate; cc.Requested || cc.Sent {
		s += "; client certificate " + clientCertSummary(cc)
	}
	return s
}

// ghErrorText is "Name: message", or just the message when it already starts
// with the name.
func ghErrorText(e result.Error) string {
	if e.Name == "" || strings.HasPrefix(e.Message, e.Name) {
		return e.Message
	}
	return e.Name + ": " + e.Message
}

// Done notes the annotations left out, then appends the step summary or says
// once why it was skipped.
func (g *GitHubReporter) Done(run *result.Run) error {
	for _, w := range run.Warnings {
		g.command("warning", [][2]string{{"title", "runner"}}, w)
	}
	if g.errorsLeft > 0 || g.warningsLeft > 0 {
		g.command("notice", [][2]string{{"title", "runner: annotations left out"}}, fmt.Sprintf(
			"%d errors and %d warnings were not annotated (at most %d of each kind are; GitHub shows 10 of each per step): they are in the log above and the step summary",
			g.errorsLeft, g.warningsLeft, g.opts.MaxAnnotations))
	}
	if g.err != nil {
		return g.err
	}
	path, why := g.summaryPath()
	if path == "" {
		g.printf("runner: %s; the step summary was not written\n", why)
		return g.err
	}
	open := g.opts.OpenFile
	if open == nil {
		open = func(name string) (io.WriteCloser, error) {
			return os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		}
	}
	f, err := open(path)
	if err != nil {
		return fmt.Errorf("open step summary %q: %w", path, err)
	}
	_, werr := io.WriteString(f, g.summary(run))
	cerr := f.Close()
	if werr != nil {
		return fmt.Errorf("write step summary %q: %w", path, werr)
	}
	if cerr != nil {
		return fmt.Errorf("close step summary %q: %w", path, cerr)
	}
	return nil
}

// summaryPath returns the summary file, or "" and the reason there is none.
func (g *GitHubReporter) summaryPath() (path, why string) {
	if g.opts.SummaryFile != "" {
		return g.opts.SummaryFile, ""
	}
	if g.getenv("GITHUB_ACTIONS") != "true" {
		return "", "not running in GitHub Actions (GITHUB_ACTIONS is not \"true\")"
	}
	if p := g.getenv("GITHUB_STEP_SUMMARY"); p != "" {
		return p, ""
	}
	return "", "GITHUB_STEP_SUMMARY is not set"
}

// summary renders the Markdown step summary.
func (g *GitHubReporter) summary(run *result.Run) string {
	var b strings.Builder
	status := "✅ passed"
	if len(run.Failures) > 0 || run.Error != "" {
		status = "❌ failed"
	}
	fmt.Fprintf(&b, "## %s: %s\n\n", ghMDText(ghOr(run.Collection.Name, "collection run")), status)
	if run.Error != "" {
		fmt.Fprintf(&b, "> **Run aborted:** %s\n\n", ghMDText(clip(run.Error, summaryCellMax)))
	}
	b.WriteString("| | executed | failed |\n|---|---:|---:|\n")
	st := run.Stats
	for _, r := range []struct {
		name string
		c    result.Counter
	}{
		{"iterations", st.Iterations}, {"requests", st.Requests},
		{"test scripts", st.TestScripts}, {"pre-request scripts", st.PrerequestScripts},
		{"assertions", st.Assertions},
	} {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", r.name, r.c.Total, r.c.Failed)
	}
	tm := run.Timings
	fmt.Fprintf(&b, "\nDuration %s, %s received, average response time %s (min %s, max %s).\n",
		formatDuration(float64(run.Completed.Sub(run.Started).Milliseconds())), formatBytes(run.TransferBytes),
		formatDuration(tm.ResponseAverage), formatDuration(tm.ResponseMin), formatDuration(tm.ResponseMax))

	if n := len(run.Failures); n > 0 {
		fmt.Fprintf(&b, "\n### Failures (%d)\n\n", n)
		if n > 10 {
			b.WriteString("GitHub shows at most 10 error annotations per step; every failure is listed here.\n\n")
		}
		b.WriteString("| # | Request | Iteration | Where | Failure |\n|---:|---|---:|---|---|\n")
		for i, f := range run.Failures {
			if i == summaryMaxFailures {
				fmt.Fprintf(&b, "\n%d more failures are not shown; see the log or the JSON report.\n", n-i)
				break
			}
			what := ghErrorText(f.Error)
			if f.Assertion != "" {
				what = f.Assertion + ": " + f.Error.Message
			}
			fmt.Fprintf(&b, "| %d | %s | %d | %s | %s |\n", i+1, ghMDCell(f.Item.FullName()), f.Iteration+1,
				ghMDCell(f.At), ghMDCell(what))
		}
	}

	if len(g.hosts.list) > 0 {
		b.WriteString("\n### Certificates\n\n")
		b.WriteString("| Host | Client certificate sent | Server certificate | Expires | Verification | Requests |\n|---|---|---|---|---|---:|\n")
		hosts := slices.SortedFunc(slices.Values(g.hosts.list), func(a, b *tlsHost) int { return strings.Compare(a.key, b.key) })
		for _, h := range hosts {
			hp := h.key
			server, exp := "-", "-"
			if len(h.last.ServerCertificates) > 0 {
				c := h.last.ServerCertificates[0]
				server = orNone(c.Subject)
				exp = expiry(c)
			}
			client := "no"
			switch cc := h.last.ClientCertificate; {
			case cc.Sent:
				client = "yes: " + orNone(cc.Subject)
			case cc.Requested:
				client = "no (requested by the server)"
			}
			verif := ghVerification(h.last.Verification)
			if n := g.warningCount[hp]; n > 0 {
				verif += fmt.Sprintf(" ⚠️ %d warning(s)", n)
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %d |\n", ghMDCell(hp), ghMDCell(client), ghMDCell(server),
				ghMDCell(exp), ghMDCell(verif), h.requests)
		}
	}

	warns := append(append([]string(nil), g.warningList...), run.Warnings...)
	if len(warns) > 0 {
		fmt.Fprintf(&b, "\n### Warnings (%d)\n\n", len(warns))
		for i, w := range warns {
			if i == summaryMaxFailures {
				fmt.Fprintf(&b, "- %d more warnings are not shown\n", len(warns)-i)
				break
			}
			fmt.Fprintf(&b, "- %s\n", ghMDCell(w))
		}
	}
	if g.errorsLeft > 0 || g.warningsLeft > 0 {
		fmt.Fprintf(&b, "\n%d errors and %d warnings were not annotated (cap: %d of each kind).\n",
			g.errorsLeft, g.warningsLeft, g.opts.MaxAnnotations)
	}
	b.WriteString("\n")
	return b.String()
}

func ghOr(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// ghMDText escapes text for Markdown: HTML-significant characters become
// entities, Markdown punctuation is backslash-escaped and control characters
// are dropped, so names cannot inject markup or links.
func ghMDText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\n':
			b.WriteString(" ")
		case r < 0x20 || r == 0x7f:
			// dropped
		case strings.ContainsRune("\\`*_[]|~#", r):
			b.WriteRune('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ghMDCell escapes a table cell: like ghMDText, clipped, with line breaks shown
// as <br>.
func ghMDCell(s string) string {
	lines := strings.Split(strings.ReplaceAll(clip(s, summaryCellMax), "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = ghMDText(l)
	}
	return strings.Join(lines, "<br>")
}
