package sandbox

import (
	"context"
	"testing"

	"github.com/runner-ci/runner/collection"
)

// BenchmarkExpressions measures single script expressions (chai chains, pm
// members) by running each 1000 times in one execution; ns/expr is the cost
// of one evaluation plus the loop's.
func BenchmarkExpressions(b *testing.B) {
	body := []byte(`{"args":{"i":"17"},"headers":{"Accept":"*/*"},"url":"http://127.0.0.1:4000/get?i=17","method":"GET"}`)
	hs := []collection.Header{hdr("Content-Type", "application/json")}
	cases := []struct{ name, src string }{
		{"nothing", "1"},
		{"expect", "pm.expect(o)"},
		{"expect.to", "pm.expect(o).to"},
		{"expect.to.have", "pm.expect(o).to.have"},
		{"property", "pm.expect(o).to.have.property('i')"},
		{"plainexpect", "chai.expect(o)"},
		{"eq", "pm.expect(1).to.equal(1)"},
		{"a", "pm.expect('x').to.be.a('string')"},
		{"a-only", "e2.a"},
		{"resp", "pm.response"},
		{"resp.to", "pm.response.to"},
		{"status", "pm.response.to.have.status(200)"},
		{"test", "pm.test('x', f0)"},
		{"header", "pm.response.to.have.header('Content-Type')"},
		{"keys", "pm.expect(o).to.have.keys('i')"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			s := New(Options{})
			defer s.Close()
			src := "var o = {i: 'x'}; var f0 = function () {}; var chai = {expect: pm.expect}; var e2 = pm.expect('x').to.be; for (var k = 0; k < 1000; k++) { " + c.src + "; }"
			ex := &Execution{
				Event:    EventTest,
				Scripts:  []collection.Script{{ID: "bench", Exec: src}},
				Request:  &collection.Request{Method: "GET", URL: collection.ParseRawURL("http://127.0.0.1:4000/get?i=17")},
				Response: &Response{Code: 200, Body: body, Headers: hs, Time: 1.234, HeaderSize: 120},
				Vars:     Variables{Local: collection.NewScope("", nil)},
			}
			for b.Loop() {
				r := s.Run(context.Background(), ex)
				if r.Error != nil {
					b.Fatal(r.Error)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/expr")
		})
	}
}
