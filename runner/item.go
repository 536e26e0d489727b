package runner

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/internal/sandbox"
	"github.com/runner-ci/runner/runner/result"
)

// nextRequest is a setNextRequest call: set tells whether one was made,
// target is nil for setNextRequest(null).
type nextRequest struct {
	set    bool
	target *string
}

// item runs one request item: pre-request scripts, the request, test
// scripts. It never returns an error: every failure is recorded in the
// execution.
func (r *Runner) item(ctx context.Context, item *collection.Item, iter, total int) (*result.Execution, nextRequest) {
	p := r.plans[item]
	ex := &result.Execution{
		ID:         fmt.Sprintf("%s-%d", item.ID, iter),
		Index:      r.execIndex,
		Iteration:  iter,
		Item:       p.ref,
		Assertions: []result.Assertion{},
	}
	r.execIndex++
	var next nextRequest
	// Pre-request scripts may change the request: work on a copy.
	req := item.Request.Clone()
	if req == nil {
		req = &collection.Request{Method: "GET"}
	}
	info := sandbox.Info{
		Iteration:      iter,
		IterationCount: total,
		RequestName:    item.Name,
		RequestID:      item.ID,
		Location:       p.location,
	}
	event := sandbox.EventPrerequest
	sx := &sandbox.Execution{
		Info:    info,
		Request: req,
		Cookies: jarAdapter{r.jar},
		Console: func(level, msg string) {
			ex.Console = append(ex.Console, result.ConsoleLine{Level: level, Event: event, Message: msg})
		},
		SubRequest: func(sr result.SubRequest) { ex.SubRequests = append(ex.SubRequests, sr) },
	}
	sx.Send = func(ctx context.Context, sreq *collection.Request) (*sandbox.Response, error) {
		x := r.http.do(ctx, sreq, p.settings, r.opts.RequestTimeout)
		return x.scriptResponse(), x.err
	}

	runScripts := func(listen string, counter *result.Counter) *result.ScriptResult {
		scripts := p.scripts(listen)
		if len(scripts) == 0 {
			return nil
		}
		event = listen
		sx.Event = listen
		sx.Scripts = scripts
		sx.Vars = sandbox.Variables{
			Globals: r.scopes.Globals, Collection: r.scopes.Collection, Environment: r.scopes.Environment,
			Data: r.scopes.Data, Local: r.scopes.Local,
		}
		res := r.sandbox.Run(ctx, sx)
		counter.Total += len(scripts)
		if res.Error != nil {
			counter.Failed++
		}
		for _, a := range res.Assertions {
			a.Event = listen
			ex.Assertions = append(ex.Assertions, a)
		}
		if res.NextRequestSet {
			next = nextRequest{set: true, target: res.NextRequest}
		}
		if res.Visualizer != nil {
			ex.Visualizer = res.Visualizer
		}
		if listen == sandbox.EventPrerequest && res.SkipRequest {
			ex.Skipped = true
		}
		return &result.ScriptResult{Error: res.Error}
	}

	ex.PrerequestScript = runScripts(sandbox.EventPrerequest, &r.run.Stats.PrerequestScripts)
	if ex.Skipped {
		return ex, next
	}

	// Resolve variables after the pre-request scripts, with the effective
	// (inherited) auth.
	toSend := *req
	if toSend.Auth == nil || toSend.Auth.Type == "inherit" {
		toSend.Auth = p.auth
	}
	resolved := r.scopes.ReplaceAll(&toSend)

	x := r.http.do(ctx, resolved, p.settings, r.opts.RequestTimeout)
	r.run.Stats.Requests.Total++
	ex.Request = x.resultRequest(r.opts.KeepBodies, r.opts.ShowSecrets)
	ex.TLS = x.tls
	if x.err != nil {
		r.run.Stats.Requests.Failed++
		ex.RequestError = requestError(x.err)
	} else {
		ex.Response = x.resultResponse(r.opts.KeepBodies, r.opts.ShowSecrets)
		if r.opts.FailOnCertWarnings && ex.TLS != nil && len(ex.TLS.Verification.Warnings) > 0 {
			ex.RequestError = &result.Error{
				Name:    "CertificateWarning",
				Message: "certificate warnings fail the run (--fail-on-cert-warnings): " + strings.Join(ex.TLS.Verification.Warnings, "; "),
			}
		}
	}
	r.logRequest(ex)

	// Test scripts see the request as sent: auth and system headers
	// included, as in Postman.
	if len(x.headers) > 0 {
		resolved.Headers = resolved.Headers[:0]
		for _, h := range x.headers {
			resolved.Headers = append(resolved.Headers, collection.Header{Key: h.Key, Value: h.Value})
		}
	}
	sx.Request = resolved
	sx.Response = x.scriptResponse()
	if sx.Response != nil {
		sx.Response.Cookies = r.responseCookies(x)
	}
	ex.TestScript = runScripts(sandbox.EventTest, &r.run.Stats.TestScripts)
	return ex, next
}

// requestError turns a transport error into the reported error.
func requestError(err error) *result.Error {
	var he *certs.HandshakeError
	if errors.As(err, &he) {
		return &result.Error{Name: "TLSError", Message: he.Error()}
	}
	var ie *inputError
	if errors.As(err, &ie) {
		return &result.Error{Name: "RequestError", Message: ie.Error()}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return &result.Error{Name: "RequestError", Message: "ESOCKETTIMEDOUT: " + err.Error()}
	}
	return &result.Error{Name: "RequestError", Message: err.Error()}
}

// logRequest writes the info-level record of one request.
func (r *Runner) logRequest(ex *result.Execution) {
	if l, ok := r.log.(*logrus.Logger); ok && !l.IsLevelEnabled(logrus.InfoLevel) {
		return // nothing to build: the record would be dropped
	}
	f := map[string]any{
		"item":      ex.Item.FullName(),
		"iteration": ex.Iteration,
	}
	if ex.Request != nil {
		f["method"] = ex.Request.Method
		f["url"] = ex.Request.URL
	}
	if ex.Response != nil {
		f["status"] = ex.Response.Code
		f["time_ms"] = ex.Response.Time
	}
	if ex.TLS != nil {
		f["tls_version"] = ex.TLS.Version
		f["client_cert"] = ex.TLS.ClientCertificate.Subject
		f["client_cert_sent"] = ex.TLS.ClientCertificate.Sent
		f["tls_verified"] = ex.TLS.Verification.Verified
		if ex.TLS.Verification.ErrorKind != "" {
			f["tls_error_kind"] = string(ex.TLS.Verification.ErrorKind)
		}
	}
	e := r.log.WithFields(f)
	if ex.RequestError != nil {
		// Reporters show failures; the log records them at info level with
		// every request, for monitoring pipelines.
		e.WithField("error", ex.RequestError.Message).Info("request failed")
		return
	}
	e.Info("request")
}

// responseCookies are the cookies scripts see for a response: the jar's
// cookies for the final URL (which include those just set), or the
// response's Set-Cookie cookies when the jar is off.
func (r *Runner) responseCookies(x *exchange) []*http.Cookie {
	cs := x.resp.Cookies()
	if u, err := url.Parse(x.url); err == nil {
		seen := map[string]bool{}
		for _, c := range cs {
			seen[c.Name] = true
		}
		for _, c := range r.jar.Cookies(u) {
			if !seen[c.Name] {
				cs = append(cs, c)
			}
		}
	}
	return cs
}

// ms converts a duration to fractional milliseconds.
func ms(d time.Duration) float64 {
	return math.Round(float64(d)/float64(time.Microsecond)) / 1000
}
