package runner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/internal/sandbox"
	"github.com/runner-ci/runner/runner/result"
)

// Options configure a run. Collection is required; everything else has a
// usable zero value.
type Options struct {
	Collection  *collection.Collection
	Environment *collection.Scope
	Globals     *collection.Scope
	// IterationData holds one scope per data row.
	IterationData []*collection.Scope
	// IterationCount is the number of iterations; 0 means the number of
	// data rows, or 1.
	IterationCount int
	// Folders restricts the run to these folders or requests (name or id).
	Folders []string
	// Shard runs only a deterministic part of the items or iterations.
	Shard Shard

	// WorkingDir resolves relative file paths of form-data and file bodies.
	WorkingDir string
	// NoInsecureFileRead forbids reading files outside WorkingDir.
	NoInsecureFileRead bool

	// Timeout bounds the whole run, RequestTimeout each request and
	// ScriptTimeout each script; 0 means no limit.
	Timeout        time.Duration
	RequestTimeout time.Duration
	ScriptTimeout  time.Duration
	// DelayRequest is a pause between items.
	DelayRequest time.Duration

	// BailOnFailure stops the run after the item in which an assertion,
	// request or script failed (Newman's --bail / --bail failure).
	BailOnFailure bool
	// BailOnError aborts the run at the first request or script error
	// (Newman's --bail folder).
	BailOnError bool

	// IgnoreRedirects stops following redirects unless the collection's
	// protocolProfileBehavior says otherwise.
	IgnoreRedirects bool

	// Proxy chooses the proxy of a request; nil means HTTP_PROXY,
	// HTTPS_PROXY and NO_PROXY from the environment. HTTPS requests are
	// tunnelled with CONNECT so client certificates apply.
	Proxy func(*http.Request) (*url.URL, error)

	// Resolve maps "host:port" (lower case) to the "address:port" to
	// connect to instead, as curl's --resolve: the URL's host is still used
	// for the Host header, SNI, verification and certificate matching. The
	// key "*" maps every connection not mapped otherwise (tests use it to
	// send a whole collection to a local server).
	Resolve map[string]string

	// Certs holds client certificates, CA trust and verification settings.
	// nil means system roots, no client certificate, verification on.
	Certs *certs.Store

	// KeepBodies keeps (truncated) request and response bodies in the
	// result, for --verbose.
	KeepBodies bool
	// ShowSecrets disables redaction of authorization values.
	ShowSecrets bool
	// FailOnCertWarnings turns certificate warnings into request failures.
	FailOnCertWarnings bool

	// Version is used in the default User-Agent.
	Version string
	// Sinks receive the run's events.
	Sinks []result.Sink
	// Logger receives structured log records; nil discards them.
	Logger logrus.FieldLogger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// ErrNoItems is returned when the selection runs no request.
var ErrNoItems = errors.New("the collection has no requests to run")

// Runner executes a collection. Create one with New and call Run once.
type Runner struct {
	opts    Options
	coll    *collection.Collection
	items   []*collection.Item
	plans   map[*collection.Item]*plan
	scopes  *collection.Scopes
	sandbox *sandbox.Sandbox
	jar     *cookiejar.Jar
	http    *httpLayer
	log     logrus.FieldLogger
	now     func() time.Time

	run       *result.Run
	execIndex int
	times     timingStats
	sinkErrs  []error
}

// New validates the options and prepares a run. It sends nothing: every
// input problem (unknown folder, bad protocolProfileBehavior TLS settings)
// is reported here, before the first request.
func New(opts Options) (*Runner, error) {
	if opts.Collection == nil {
		return nil, errors.New("no collection")
	}
	r := &Runner{opts: opts, coll: opts.Collection, now: opts.Now, log: opts.Logger}
	if r.now == nil {
		r.now = time.Now
	}
	if r.log == nil {
		l := logrus.New()
		l.Out = io.Discard
		l.Level = logrus.PanicLevel // nothing is logged, so build nothing
		r.log = l
	}
	if len(opts.Folders) > 0 {
		sel, err := r.coll.SelectRequests(opts.Folders)
		if err != nil {
			return nil, err
		}
		r.items = sel
	} else {
		r.items = r.coll.Requests()
	}
	if len(r.items) == 0 {
		return nil, fmt.Errorf("%s: %w", r.coll.Source, ErrNoItems)
	}
	r.items = opts.Shard.filterItems(r.coll, r.items)
	if err := r.makePlans(); err != nil {
		return nil, err
	}
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, fmt.Errorf("create cookie jar: %w", err)
	}
	r.jar = jar
	r.http = newHTTPLayer(opts, jar)
	r.scopes = &collection.Scopes{
		Globals:     orEmpty(opts.Globals, "globals"),
		Collection:  collection.NewScope(r.coll.Info.Name, r.coll.Variables),
		Environment: orEmpty(opts.Environment, "environment"),
		Data:        collection.NewScope("data", nil),
		Local:       collection.NewScope("local", nil),
	}
	r.sandbox = sandbox.New(sandbox.Options{ScriptTimeout: opts.ScriptTimeout, Now: opts.Now, StopOnFailure: opts.BailOnFailure})
	return r, nil
}

func orEmpty(s *collection.Scope, name string) *collection.Scope {
	if s == nil {
		return collection.NewScope(name, nil)
	}
	return s
}

// Scopes returns the run's variable scopes (for --export-environment and
// --export-globals after the run).
func (r *Runner) Scopes() *collection.Scopes { return r.scopes }

// Run executes the collection and returns the summary. The error is non-nil
// only when the run could not complete (context cancelled, --timeout hit,
// bail); failed assertions and requests are in the summary.
func (r *Runner) Run(ctx context.Context) (*result.Run, error) {
	defer r.sandbox.Close()
	defer r.http.close()
	if r.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.opts.Timeout)
		defer cancel()
	}
	start := r.now()
	r.run = &result.Run{
		Collection: result.CollectionInfo{ID: r.coll.Info.ID, Name: r.coll.Info.Name},
		Started:    start,
		Failures:   []result.Failure{},
	}
	if r.opts.Environment != nil {
		r.run.Environment = r.opts.Environment.Name
	}
	if r.opts.Globals != nil {
		r.run.Globals = r.opts.Globals.Name
	}
	if r.opts.Certs != nil {
		r.run.Warnings = append(r.run.Warnings, r.opts.Certs.Warnings()...)
	}
	r.run.Timings.Started = start.UnixMilli()
	iterations := r.opts.IterationCount
	if iterations <= 0 {
		iterations = max(len(r.opts.IterationData), 1)
	}
	r.run.IterationCount = iterations
	r.emit(func(s result.Sink) error { return s.Start(r.run) })

	var runErr error
	for it := 0; it < iterations && runErr == nil; it++ {
		if !r.opts.Shard.runsIteration(it) {
			continue
		}
		r.scopes.Data = r.dataRow(it)
		r.run.Stats.Iterations.Total++
		failedBefore := len(r.run.Failures)
		runErr = r.iteration(ctx, it, iterations)
		if len(r.run.Failures) > failedBefore {
			r.run.Stats.Iterations.Failed++
		}
	}
	if runErr != nil {
		r.run.Error = runErr.Error()
	}
	end := r.now()
	r.run.Completed = end
	r.run.Timings.Completed = end.UnixMilli()
	r.finishTimings()
	r.emit(func(s result.Sink) error { return s.Done(r.run) })
	if len(r.sinkErrs) > 0 && runErr == nil {
		runErr = fmt.Errorf("reporter: %w", errors.Join(r.sinkErrs...))
	}
	return r.run, runErr
}

// dataRow returns the iteration's data scope. Past the last row, the last
// row is reused, as in Newman.
func (r *Runner) dataRow(i int) *collection.Scope {
	d := r.opts.IterationData
	if len(d) == 0 {
		return collection.NewScope("data", nil)
	}
	return d[min(i, len(d)-1)].Clone()
}

// errBail is returned to stop the run after a failure with --bail.
var errBail = errors.New("stopped after a failure (--bail)")

// iteration runs the items once, following setNextRequest jumps.
func (r *Runner) iteration(ctx context.Context, iter, total int) error {
	for i := 0; i < len(r.items); {
		if err := ctx.Err(); err != nil {
			return runContextError(err, r.opts.Timeout)
		}
		if i > 0 && r.opts.DelayRequest > 0 {
			select {
			case <-time.After(r.opts.DelayRequest):
			case <-ctx.Done():
				return runContextError(ctx.Err(), r.opts.Timeout)
			}
		}
		item := r.items[i]
		ex, next := r.item(ctx, item, iter, total)
		r.record(ex)
		if ex.Failed() {
			if r.opts.BailOnError && (ex.RequestError != nil || scriptFailed(ex)) {
				return fmt.Errorf("aborted at %q: %w", item.Name, errBail)
			}
			if r.opts.BailOnFailure {
				return fmt.Errorf("stopped after %q: %w", item.Name, errBail)
			}
		}
		if next.set {
			if next.target == nil {
				return nil // setNextRequest(null) ends this iteration
			}
			j := r.indexOf(*next.target)
			if j < 0 {
				r.log.WithField("target", *next.target).Warn("setNextRequest target not found; ending the iteration")
				return nil
			}
			i = j
			continue
		}
		i++
	}
	return nil
}

func scriptFailed(ex *result.Execution) bool {
	return (ex.PrerequestScript != nil && ex.PrerequestScript.Error != nil) ||
		(ex.TestScript != nil && ex.TestScript.Error != nil)
}

func runContextError(err error, timeout time.Duration) error {
	if errors.Is(err, context.DeadlineExceeded) && timeout > 0 {
		return fmt.Errorf("run timed out after %s (--timeout)", timeout)
	}
	return fmt.Errorf("run cancelled: %w", err)
}

// indexOf finds a setNextRequest target among the run's items: by id first,
// then by name, the last item of that name winning.
func (r *Runner) indexOf(target string) int {
	for i, it := range r.items {
		if it.ID == target {
			return i
		}
	}
	found := -1
	for i, it := range r.items {
		if it.Name == target {
			found = i
		}
	}
	return found
}

// record updates the run's counters and failures with one execution and
// streams it to the sinks.
func (r *Runner) record(ex *result.Execution) {
	st := &r.run.Stats
	st.Items.Total++
	if ex.Failed() {
		st.Items.Failed++
	}
	if ex.RequestError != nil {
		r.addFailure(ex, "request", *ex.RequestError, "")
	}
	if ex.PrerequestScript != nil && ex.PrerequestScript.Error != nil {
		r.addFailure(ex, "prerequest-script", *ex.PrerequestScript.Error, "")
	}
	for _, a := range ex.Assertions {
		st.Assertions.Total++
		if a.Passed || a.Skipped {
			continue
		}
		st.Assertions.Failed++
		e := result.Error{Name: "AssertionError", Message: "assertion failed"}
		if a.Error != nil {
			e = *a.Error
		}
		event := "test-script"
		if a.Event == sandbox.EventPrerequest {
			event = "prerequest-script"
		}
		r.addFailure(ex, fmt.Sprintf("assertion:%d in %s", a.Index, event), e, a.Name)
	}
	if ex.TestScript != nil && ex.TestScript.Error != nil {
		r.addFailure(ex, "test-script", *ex.TestScript.Error, "")
	}
	if ex.Response != nil {
		r.times.add(ex.Response.Time)
		r.run.TransferBytes += ex.Response.Size
	}
	r.emit(func(s result.Sink) error { return s.Execution(r.run, ex) })
	// Bodies were kept for the sinks only; drop them now so memory does
	// not grow with the run.
	if ex.Response != nil {
		ex.Response.Body = ""
	}
	if ex.Request != nil {
		ex.Request.Body = ""
	}
}

func (r *Runner) addFailure(ex *result.Execution, at string, e result.Error, assertion string) {
	r.run.Failures = append(r.run.Failures, result.Failure{
		At: at, Error: e, Item: ex.Item, Iteration: ex.Iteration, Execution: ex.Index, Assertion: assertion,
	})
}

func (r *Runner) emit(f func(result.Sink) error) {
	for _, s := range r.opts.Sinks {
		if err := f(s); err != nil {
			r.sinkErrs = append(r.sinkErrs, err)
		}
	}
}

// timingStats keeps running response-time statistics (Welford's method), so
// memory does not grow with the number of requests.
type timingStats struct {
	n          int
	mean, m2   float64
	minV, maxV float64
}

func (t *timingStats) add(v float64) {
	t.n++
	if t.n == 1 {
		t.minV, t.maxV = v, v
	}
	t.minV = math.Min(t.minV, v)
	t.maxV = math.Max(t.maxV, v)
	d := v - t.mean
	t.mean += d / float64(t.n)
	t.m2 += d * (v - t.mean)
}

// finishTimings copies the response-time statistics into the summary.
func (r *Runner) finishTimings() {
	t := &r.run.Timings
	if r.times.n == 0 {
		return
	}
	t.ResponseMin, t.ResponseMax = r.times.minV, r.times.maxV
	t.ResponseAverage = r.times.mean
	t.ResponseSd = math.Sqrt(r.times.m2 / float64(r.times.n))
}

// statusText returns the reason phrase Postman shows for a status code.
func statusText(code int) string {
	if s := http.StatusText(code); s != "" {
		return s
	}
	return "Unknown"
}
