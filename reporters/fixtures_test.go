package reporters

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/runner/result"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// t0 is the fixed start of every fixture run.
var t0 = time.Date(2026, 12, 4, 15, 6, 15, 116_000_000, time.UTC)

// secretToken is an Authorization value that must never reach a report.
const secretToken = "Bearer s3cr3t-token-value"

// scenario is a hand-made run: the executions the engine would stream.
type scenario struct {
	name       string
	collection string
	iterations int
	execs      []*result.Execution
	warnings   []string
	runError   string
}

// play streams the scenario to sink the way the engine does: counters and
// failures are updated before each execution is delivered.
func (sc scenario) play(t *testing.T, sink result.Sink) *result.Run {
	t.Helper()
	run := &result.Run{
		Collection:     result.CollectionInfo{ID: "6d52a1c0-coll", Name: sc.collection},
		Started:        t0,
		Failures:       []result.Failure{},
		Warnings:       sc.warnings,
		IterationCount: sc.iterations,
	}
	run.Timings.Started = t0.UnixMilli()
	if err := sink.Start(run); err != nil {
		t.Fatalf("Start: %v", err)
	}
	var times []float64
	lastIter := -1
	failedAt := 0
	for i, e := range sc.execs {
		e.Index = i
		if e.ID == "" {
			e.ID = fmt.Sprintf("%s-%d", e.Item.ID, e.Iteration)
		}
		if e.Iteration != lastIter {
			if lastIter >= 0 && len(run.Failures) > failedAt {
				run.Stats.Iterations.Failed++
			}
			run.Stats.Iterations.Total++
			lastIter, failedAt = e.Iteration, len(run.Failures)
		}
		record(run, e)
		if e.Response != nil {
			times = append(times, e.Response.Time)
			run.TransferBytes += e.Response.Size
		}
		if err := sink.Execution(run, e); err != nil {
			t.Fatalf("Execution: %v", err)
		}
	}
	if lastIter >= 0 && len(run.Failures) > failedAt {
		run.Stats.Iterations.Failed++
	}
	if len(times) > 0 {
		tm := &run.Timings
		tm.ResponseMin = math.Inf(1)
		for _, x := range times {
			tm.ResponseAverage += x
			tm.ResponseMin = min(tm.ResponseMin, x)
			tm.ResponseMax = max(tm.ResponseMax, x)
		}
		tm.ResponseAverage /= float64(len(times))
		for _, x := range times {
			tm.ResponseSd += (x - tm.ResponseAverage) * (x - tm.ResponseAverage)
		}
		tm.ResponseSd = math.Sqrt(tm.ResponseSd / float64(len(times)))
	}
	run.Completed = t0.Add(242 * time.Millisecond)
	run.Timings.Completed = run.Completed.UnixMilli()
	run.Error = sc.runError
	if err := sink.Done(run); err != nil {
		t.Fatalf("Done: %v", err)
	}
	return run
}

// record updates counters and failures like the engine's record.
func record(run *result.Run, e *result.Execution) {
	st := &run.Stats
	st.Items.Total++
	if e.Failed() {
		st.Items.Failed++
	}
	if e.Request != nil && !e.Skipped {
		st.Requests.Total++
		if e.RequestError != nil {
			st.Requests.Failed++
		}
	}
	if e.PrerequestScript != nil {
		st.PrerequestScripts.Total++
		if e.PrerequestScript.Error != nil {
			st.PrerequestScripts.Failed++
		}
	}
	if e.TestScript != nil {
		st.TestScripts.Total++
		if e.TestScript.Error != nil {
			st.TestScripts.Failed++
		}
	}
	add := func(at string, err result.Error, assertion string) {
		run.Failures = append(run.Failures, result.Failure{
			At: at, Error: err, Item: e.Item, Iteration: e.Iteration, Execution: e.Index, Assertion: assertion,
		})
	}
	if e.RequestError != nil {
		add("request", *e.RequestError, "")
	}
	if e.PrerequestScript != nil && e.PrerequestScript.Error != nil {
		add("prerequest-script", *e.PrerequestScript.Error, "")
	}
	for _, a := range e.Assertions {
		st.Assertions.Total++
		if a.Passed || a.Skipped {
			continue
		}
		st.Assertions.Failed++
		event := "test-script"
		if a.Event == "prerequest" {
			event = "prerequest-script"
		}
		add(fmt.Sprintf("assertion:%d in %s", a.Index, event), *a.Error, a.Name)
	}
	if e.TestScript != nil && e.TestScript.Error != nil {
		add("test-script", *e.TestScript.Error, "")
	}
}

// exec builds an execution of the item at path (folders then name) with a
// GET request and, when code > 0, a response.
func exec(iter int, id, url string, code int, ms float64, path ...string) *result.Execution {
	e := &result.Execution{
		Iteration: iter,
		Item:      result.ItemRef{ID: id, Name: path[len(path)-1], Path: path},
		Request: &result.Request{Method: "GET", URL: url, Headers: []result.Header{
			{Key: "User-Agent", Value: "runner/dev"},
			{Key: "Accept", Value: "*/*"},
		}},
		Assertions: []result.Assertion{},
		TestScript: &result.ScriptResult{},
	}
	if code > 0 {
		status := map[int]string{200: "OK", 201: "Created", 404: "Not Found", 500: "Internal Server Error"}[code]
		e.Response = &result.Response{
			Code: code, Status: status, Size: 84, HeaderSize: 175, Time: ms,
			Headers: []result.Header{{Key: "Content-Type", Value: "application/json"}},
		}
	}
	return e
}

func pass(idx int, name string) result.Assertion {
	return result.Assertion{Name: name, Index: idx, Passed: true, Event: "test"}
}

func fail(idx int, name, msg string) result.Assertion {
	return result.Assertion{Name: name, Index: idx, Event: "test",
		Error: &result.Error{Name: "AssertionError", Message: msg, Stack: "AssertionError: " + msg + "\n    at Object.eval test.js:2:3"}}
}

func skip(idx int, name string) result.Assertion {
	return result.Assertion{Name: name, Index: idx, Skipped: true, Event: "test"}
}

func cert(subject, issuer string, days int) certs.CertificateInfo {
	return certs.CertificateInfo{
		Subject: subject, Issuer: issuer,
		DNSNames:      []string{strings.TrimPrefix(subject, "CN=")},
		NotBefore:     t0.AddDate(0, 0, -90),
		NotAfter:      t0.AddDate(0, 0, days),
		DaysRemaining: days,
		SerialNumber:  "1f2e3d",
		SHA256:        "9c1b5e7a0d3f",
		SelfSigned:    subject == issuer,
	}
}

func scenarios() []scenario {
	// all-pass: root items and a folder, console output, secrets in headers.
	allpass := scenario{name: "allpass", collection: "Echo API", iterations: 1}
	{
		a := exec(0, "item-list", "http://127.0.0.1:3000/users", 200, 33, "List users")
		a.Request.Headers = append(a.Request.Headers,
			result.Header{Key: "Authorization", Value: secretToken},
			result.Header{Key: "Cookie", Value: "session=c00kie-secret"})
		a.Response.Headers = append(a.Response.Headers, result.Header{Key: "Set-Cookie", Value: "session=c00kie-secret; HttpOnly"})
		a.Response.Body = `{"users":[{"id":1,"name":"Ada"}]}`
		a.PrerequestScript = &result.ScriptResult{}
		a.Console = []result.ConsoleLine{
			{Level: "log", Event: "prerequest", Message: "preparing request"},
			{Level: "log", Event: "test", Message: "users: 1"},
			{Level: "warn", Event: "test", Message: "slow endpoint"},
		}
		a.Assertions = []result.Assertion{pass(1, "status is 200"), pass(2, "has users")}
		b := exec(0, "item-get", "http://user:hunter2@127.0.0.1:3000/users/1", 200, 4, "Users", "Get user")
		b.Response.Size = 1234
		b.Assertions = []result.Assertion{pass(1, "status is 200")}
		c := exec(0, "item-del", "http://127.0.0.1:3000/users/1", 200, 10, "Users", "Delete user")
		c.Request.Method = "DELETE"
		c.Assertions = []result.Assertion{pass(1, "deleted")}
		allpass.execs = []*result.Execution{a, b, c}
	}

	// A failed assertion in iterations 1 and 3 out of 3.
	iterations := scenario{name: "iterations", collection: "Iterations", iterations: 3}
	for i := range 3 {
		h := exec(i, "item-health", "http://127.0.0.1:3000/health", 200, float64(5+i), "Health")
		h.Assertions = []result.Assertion{pass(1, "status is 200")}
		code := 201
		if i != 1 {
			code = 500
		}
		c := exec(i, "item-create", "http://127.0.0.1:3000/users", code, float64(20+10*i), "Users", "Create user")
		c.Request.Method = "POST"
		c.Request.BodySize = 27
		if code == 201 {
			c.Assertions = []result.Assertion{pass(1, "status is 201"), pass(2, "has id")}
		} else {
			c.Assertions = []result.Assertion{
				fail(1, "status is 201", "expected response to have status code 201 but got 500"),
				pass(2, "has id"),
			}
		}
		iterations.execs = append(iterations.execs, h, c)
	}

	// Script errors in both events.
	scripterror := scenario{name: "scripterror", collection: "Scripts", iterations: 1}
	{
		a := exec(0, "item-pre", "http://127.0.0.1:3000/a", 200, 7, "Broken pre-request")
		a.PrerequestScript = &result.ScriptResult{Error: &result.Error{
			Name: "TypeError", Message: "Cannot read properties of undefined (reading 'id')",
			Stack: "TypeError: Cannot read properties of undefined (reading 'id')\n    at prerequest.js:3:20",
		}}
		a.Assertions = []result.Assertion{pass(1, "status is 200")}
		b := exec(0, "item-test", "http://127.0.0.1:3000/b", 404, 3, "Broken test")
		b.Assertions = []result.Assertion{fail(1, "status is 200", "expected response to have status code 200 but got 404")}
		b.TestScript = &result.ScriptResult{Error: &result.Error{Name: "ReferenceError", Message: "foo is not defined"}}
		scripterror.execs = []*result.Execution{a, b}
	}

	// A request that could not be sent.
	requesterror := scenario{name: "requesterror", collection: "Requests", iterations: 1, runError: ""}
	{
		a := exec(0, "item-down", "http://127.0.0.1:1/down", 0, 0, "Down")
		a.RequestError = &result.Error{Name: "RequestError", Message: "dial tcp 127.0.0.1:1: connect: connection refused"}
		a.Assertions = []result.Assertion{fail(1, "status is 200", "expected undefined to equal 200")}
		b := exec(0, "item-up", "http://127.0.0.1:3000/up", 200, 2, "Up")
		b.Assertions = []result.Assertion{pass(1, "status is 200")}
		requesterror.execs = []*result.Execution{a, b}
	}

	// TLS: mTLS verified, an expired server certificate, and an insecure
	// host with warnings.
	tls := scenario{name: "tls", collection: "mTLS Lab", iterations: 1,
		warnings: []string{`certs.json#/clientCertificates/1 is shadowed by #/clientCertificates/0 for "api.example.test:8443"`}}
	{
		a := exec(0, "item-mtls", "https://api.example.test:8443/whoami", 200, 12, "mTLS", "whoami")
		a.Request.Headers = append(a.Request.Headers, result.Header{Key: "Authorization", Value: secretToken})
		a.Response.Body = strings.Repeat("x", 2100)
		a.TLS = &certs.Info{
			Version: "TLS 1.3", CipherSuite: "TLS_AES_128_GCM_SHA256", ServerName: "api.example.test", ALPN: "http/1.1",
			ServerCertificates: []certs.CertificateInfo{cert("CN=api.example.test", "CN=Lab CA", 29), cert("CN=Lab CA", "CN=Lab CA", 3650)},
			ClientCertificate: certs.ClientCertificate{Requested: true, AcceptableCAs: []string{"CN=Lab CA"}, Sent: true,
				Subject: "CN=client-alpha", Issuer: "CN=Lab CA", NotAfter: t0.AddDate(1, 0, 0), SHA256: "77aa",
				Source: "certs.json#/clientCertificates/0 (api.example.test:8443)"},
			Verification: certs.Verification{Enabled: true, Verified: true},
		}
		a.Assertions = []result.Assertion{pass(1, "client cert is client-alpha")}
		a.SubRequests = []result.SubRequest{{
			Request:  &result.Request{Method: "GET", URL: "https://api.example.test:8443/token"},
			Response: &result.Response{Code: 200, Status: "OK", Size: 10, HeaderSize: 90, Time: 3},
			TLS:      a.TLS,
		}}
		b := exec(0, "item-expired", "https://expired.example.test/", 0, 0, "expired host")
		b.RequestError = &result.Error{Name: "TLSError", Message: "tls: failed to verify certificate: x509: certificate has expired or is not yet valid"}
		b.TLS = &certs.Info{
			Version: "TLS 1.2", ServerName: "expired.example.test",
			ServerCertificates: []certs.CertificateInfo{cert("CN=expired.example.test", "CN=Lab CA", -3)},
			ClientCertificate:  certs.ClientCertificate{Requested: true},
			Verification: certs.Verification{Enabled: true, ErrorKind: certs.KindExpired,
				Error: "x509: certificate has expired or is not yet valid"},
		}
		b.TestScript = nil
		c := exec(0, "item-insecure", "https://self-signed.example.test:9443/", 200, 8, "self-signed host")
		c.TLS = &certs.Info{
			Version: "TLS 1.3", CipherSuite: "TLS_CHACHA20_POLY1305_SHA256", ServerName: "self-signed.example.test",
			ServerCertificates: []certs.CertificateInfo{cert("CN=self-signed.example.test", "CN=self-signed.example.test", 400)},
			Verification: certs.Verification{Enabled: false, WouldFailKind: certs.KindSelfSigned,
				Warnings: []string{"certificate verification disabled (--insecure)", "server certificate is self-signed"}},
		}
		c.Assertions = []result.Assertion{pass(1, "status is 200")}
		tls.execs = []*result.Execution{a, b, c}
	}

	// pm.test.skip and pm.execution.skipRequest.
	skipped := scenario{name: "skipped", collection: "Skips", iterations: 1}
	{
		a := exec(0, "item-a", "http://127.0.0.1:3000/a", 200, 6, "Feature flags")
		a.Assertions = []result.Assertion{pass(1, "status is 200"), skip(2, "beta feature enabled")}
		b := exec(0, "item-b", "http://127.0.0.1:3000/b", 0, 0, "Skipped request")
		b.Skipped = true
		b.TestScript = nil
		b.PrerequestScript = &result.ScriptResult{}
		skipped.execs = []*result.Execution{a, b}
	}

	// Nested folders, with the folder changing back and forth.
	nested := scenario{name: "nested", collection: "Nested", iterations: 1}
	{
		mk := func(id string, path ...string) *result.Execution {
			e := exec(0, id, "http://127.0.0.1:3000/"+id, 200, 5, path...)
			e.Assertions = []result.Assertion{pass(1, "ok")}
			return e
		}
		nested.execs = []*result.Execution{
			mk("n1", "Root item"),
			mk("n2", "Admin", "Users", "List users"),
			mk("n3", "Admin", "Users", "Get user"),
			mk("n4", "Admin", "Roles", "List roles"),
			mk("n5", "Public", "Ping"),
			mk("n6", "Admin", "Users", "List users again"),
		}
	}

	// Characters XML cannot carry, markup and a console line.
	xmlillegal := scenario{name: "xmlillegal", collection: "Odd <&> \"chars\"\x01", iterations: 1}
	{
		a := exec(0, "item-odd", "http://127.0.0.1:3000/odd?q=<&>", 200, 9, "Folder \x02 <x>", "bad\x00name \x1b[31mred")
		a.Assertions = []result.Assertion{
			pass(1, "contains ]]> and \x07 bell"),
			fail(2, "body is <b>&amp;</b>", "expected '<b>&</b> ]]>\x0b' to equal 'ok'"),
		}
		a.Console = []result.ConsoleLine{{Level: "log", Event: "test", Message: "line with \x0b vertical tab, emoji 😀 and </system-out>"}}
		xmlillegal.execs = []*result.Execution{a}
	}
	return []scenario{allpass, iterations, scripterror, requesterror, tls, skipped, nested, xmlillegal}
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("update golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run go test -update to create it): %v", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s mismatch (-want +got):\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff returns a unified-style line diff of want and got, showing two
// lines of context around changes.
func lineDiff(want, got string) string {
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	// lcs[i][j] is the LCS length of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type op struct {
		kind byte
		text string
	}
	var ops []op
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i++
			j++
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			ops = append(ops, op{'+', b[j]})
			j++
		default:
			ops = append(ops, op{'-', a[i]})
			i++
		}
	}
	var out strings.Builder
	last := -1
	for k, o := range ops {
		near := false
		for d := max(k-2, 0); d <= min(k+2, len(ops)-1); d++ {
			if ops[d].kind != ' ' {
				near = true
				break
			}
		}
		if !near {
			continue
		}
		if last >= 0 && k > last+1 {
			out.WriteString("...\n")
		}
		last = k
		out.WriteByte(o.kind)
		out.WriteString(" " + o.text + "\n")
	}
	return out.String()
}
