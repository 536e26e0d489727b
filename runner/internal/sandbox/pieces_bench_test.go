package sandbox

import (
	"context"
	"testing"

	"github.com/runner-ci/runner/collection"
)

// BenchmarkScriptPieces measures the parts of a typical test script (the
// runner benchmark's) one at a time, against an echo-server-like response,
// to see where the per-request sandbox time goes.
func BenchmarkScriptPieces(b *testing.B) {
	body := []byte(`{"args":{"i":"17"},"headers":{"Accept":"*/*","Accept-Encoding":"gzip","Host":"127.0.0.1:4000","User-Agent":"runner/dev"},"url":"http://127.0.0.1:4000/get?i=17","method":"GET"}`)
	hs := []collection.Header{hdr("Content-Type", "application/json"), hdr("Date", "Fri, 04 Dec 2026 17:00:00 GMT"), hdr("Content-Length", "180"), hdr("X-Request-Id", "abc")}
	cases := map[string]string{
		"empty":    "1",
		"json":     "var body = pm.response.json();",
		"test":     "pm.test('a', function(){});",
		"status":   "pm.test('status is 200', function () { pm.response.to.have.status(200); });",
		"property": "var body = pm.response.json();pm.test('arg echoed', function () { pm.expect(body.args).to.have.property('i').that.is.a('string'); });",
		"resp":     "pm.response.code",
		"text":     "pm.response.text()",
		"jparse":   "JSON.parse(pm.response.text())",
		"rdata":    "__runnerHost.responseData()",
		"hl":       "__runnerLib.headerList([{key:'a',value:'b'},{key:'a',value:'b'},{key:'a',value:'b'},{key:'a',value:'b'}])",
		"resp2":    "new __runnerLib.Response({headers:[]})",
		"eq":       "pm.expect(1).to.equal(1)",
		"to":       "pm.response; pm.response.to",
		"status2":  "pm.response.to.have.status(200)",
		"p1":       "var o = {i: 'x'}; pm.expect(o).to.have.property('i')",
		"p2":       "pm.expect('x').to.be.a('string')",
		"p0":       "var o = {i: 'x'};",
		"full":     "var body = pm.response.json();\npm.test('status is 200', function () { pm.response.to.have.status(200); });\npm.test('arg echoed', function () { pm.expect(body.args).to.have.property('i').that.is.a('string'); });",
	}
	for _, name := range []string{"empty", "p0", "p1", "p2", "eq", "to", "status2", "rdata", "hl", "resp2", "resp", "text", "jparse", "json", "test", "status", "property", "full"} {
		b.Run(name, func(b *testing.B) {
			s := New(Options{})
			defer s.Close()
			ex := &Execution{
				Event:    EventTest,
				Scripts:  []collection.Script{{ID: "bench", Exec: cases[name]}},
				Request:  &collection.Request{Method: "GET", URL: collection.ParseRawURL("http://127.0.0.1:4000/get?i=17")},
				Response: &Response{Code: 200, Body: body, Headers: hs, Time: 1.234, HeaderSize: 120},
				Vars:     Variables{Local: collection.NewScope("", nil), Globals: collection.NewScope("", nil), Environment: collection.NewScope("", nil), Collection: collection.NewScope("", nil), Data: collection.NewScope("", nil)},
				Info:     Info{RequestName: "r", RequestID: "id", Location: []string{"c", "r"}},
			}
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				r := s.Run(ctx, ex)
				if r.Error != nil {
					b.Fatal(r.Error)
				}
			}
		})
	}
}
