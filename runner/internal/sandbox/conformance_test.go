package sandbox

import (
	"strings"
	"testing"
)

// wantAssertion is an expected assertion; msg ending in "…" is a prefix.
type wantAssertion struct {
	name    string
	passed  bool
	skipped bool
	errName string
	msg     string
}

func matchMsg(got, want string) bool {
	if p, ok := strings.CutSuffix(want, "…"); ok {
		return strings.HasPrefix(got, p)
	}
	return got == want
}

// TestConformance runs the 25 conformance cases of sandbox.md §7.
func TestConformance(t *testing.T) {
	resp := func(code int, body string, hs ...string) *Response {
		r := &Response{Code: code, Body: []byte(body)}
		for i := 0; i+1 < len(hs); i += 2 {
			r.Headers = append(r.Headers, hdr(hs[i], hs[i+1]))
		}
		return r
	}
	fail := func(name, msg string) wantAssertion {
		return wantAssertion{name: name, errName: "AssertionError", msg: msg}
	}
	pass := func(name string) wantAssertion { return wantAssertion{name: name, passed: true} }

	cases := []struct {
		name    string
		resp    *Response
		script  string
		want    []wantAssertion
		errName string
		errMsg  string
	}{
		{name: "01 statusCodeClass", resp: resp(200, ""),
			script: `pm.test("t", () => pm.expect(pm.response).to.have.statusCodeClass(1))`,
			want:   []wantAssertion{fail("t", "expected response code to be 1XX but found 200")}},
		{name: "02 status 200 on 404", resp: resp(404, ""),
			script: `pm.test("Status code is 200", () => pm.response.to.have.status(200))`,
			want:   []wantAssertion{fail("Status code is 200", "expected response to have status code 200 but got 404")}},
		{name: "03 statusReason", resp: resp(200, ""),
			script: `pm.test("a", () => pm.response.to.have.statusReason('Not Found'));
pm.test("b", () => pm.response.to.have.status('Not Found'))`,
			want: []wantAssertion{
				fail("a", "expected response to have status reason 'Not Found' but got 'OK'"),
				fail("b", "expected response to have status reason 'Not Found' but got 'OK'"),
			}},
		{name: "04 not status", resp: resp(404, ""),
			script: `pm.test("t", () => pm.expect(pm.response).to.not.have.status(404))`,
			want:   []wantAssertion{fail("t", "expected response to not have status code 404")}},
		{name: "05 header value", resp: resp(200, "", "oneHeader", "oneValue"),
			script: `pm.test("t", () => pm.response.to.have.header('oneHeader', 'noValue'))`,
			want:   []wantAssertion{fail("t", "expected 'oneHeader' response header to be 'noValue' but got 'oneValue'")}},
		{name: "06 not header", resp: resp(200, "", "oneHeader", "oneValue"),
			script: `pm.test("t", () => pm.expect(pm.response).not.to.have.header('oneHeader'))`,
			want:   []wantAssertion{fail("t", "expected response to not have header with key 'oneHeader'")}},
		{name: "07 withBody", resp: resp(200, ""),
			script: `pm.test("t", () => pm.response.to.be.withBody)`,
			want:   []wantAssertion{fail("t", "expected response to have content in body")}},
		{name: "08 json", resp: resp(200, "undefined"),
			script: `pm.test("t", () => pm.response.to.be.json)`,
			want:   []wantAssertion{fail("t", "expected response body to be a valid json but got error Unexpected token 'u' at 1:1…")}},
		{name: "09 not body regexp", resp: resp(200, "undefined"),
			script: `pm.test("t", () => pm.response.to.not.have.body(/def/))`,
			want:   []wantAssertion{fail("t", "expected response body text 'undefined' to not match /def/")}},
		{name: "10 jsonBody", resp: resp(200, `{"prop":[{"value":{"oh":"wow"}}]}`),
			script: `pm.test("t", () => pm.response.to.have.jsonBody('prop[0].value', {v:1}))`,
			want:   []wantAssertion{fail("t", `expected response body json at "prop[0].value" to contain { v: 1 } but got { oh: 'wow' }`)}},
		{name: "11 responseTime", resp: &Response{Code: 200, Time: 200},
			script: `pm.test("t", () => pm.response.to.have.responseTime.below(100))`,
			want:   []wantAssertion{fail("t", "expected 200 to be below 100")}},
		{name: "12 responseSize", resp: resp(200, "hello there", "oneHeader", "oneValue"),
			script: `pm.test("t", () => pm.response.to.have.responseSize.below(50))`,
			want:   []wantAssertion{fail("t", "expected 51 to be below 50")}},
		{name: "13 jsonSchema", resp: resp(200, ""),
			script: `pm.test("t", () => pm.expect({alpha:123}).to.be.jsonSchema({properties:{alpha:{type:'boolean'}}}))`,
			want:   []wantAssertion{fail("t", "expected data to satisfy schema but found following errors: \ndata.alpha should be boolean")}},
		{name: "14 expect outside test", resp: resp(200, ""),
			script:  `pm.expect(new Error).to.not.be.an('error')`,
			errName: "AssertionError", errMsg: "expected Error not to be an error…"},
		{name: "15 ok on 201", resp: resp(201, ""),
			script: `pm.test("ok", () => pm.response.to.be.ok); pm.test("success", () => pm.response.to.be.success)`,
			want:   []wantAssertion{fail("ok", "expected response to have status reason 'OK' but got 'CREATED'"), pass("success")}},
		{name: "16 eql", resp: resp(200, ""),
			script: `pm.test("t", () => pm.expect({ok:true}).to.eql({ok:false}))`,
			want:   []wantAssertion{fail("t", "expected { ok: true } to deeply equal { ok: false }")}},
		{name: "17 oneOf", resp: resp(200, ""),
			script: `pm.test("t", () => pm.expect(200).to.be.oneOf([201,202]))`,
			want:   []wantAssertion{fail("t", "expected 200 to be one of [ 201, 202 ]")}},
		{name: "18 throw in test", resp: resp(200, ""),
			script: `pm.test('one test', () => { throw new Error('Catch me if you can') })`,
			want:   []wantAssertion{{name: "one test", errName: "Error", msg: "Catch me if you can"}}},
		{name: "19 async done(err)", resp: resp(200, ""),
			script: `pm.test('one test', done => setTimeout(() => done(new Error('Catch me if you can')), 10))`,
			want:   []wantAssertion{{name: "one test", errName: "Error", msg: "Catch me if you can"}}},
		{name: "20 done never called", resp: resp(200, ""),
			script: `pm.test('one test', function (done) {})`,
			want:   nil},
		{name: "21 skip", resp: resp(200, ""),
			script: `pm.test.skip('one test', () => { throw new Error('no') })`,
			want:   []wantAssertion{{name: "one test", passed: true, skipped: true}}},
		{name: "22 legacy tests", resp: resp(200, ""),
			script: `tests['pass'] = true; tests['fail'] = false; tests['undefined'] = undefined;`,
			want: []wantAssertion{pass("pass"), fail("fail", "expected false to be truthy"),
				fail("undefined", "expected undefined to be truthy")}},
		{name: "23 reference error", resp: resp(200, ""),
			script:  `pm.test("ok", () => {}); undefinedFn(); pm.test("never", () => {})`,
			want:    []wantAssertion{pass("ok")},
			errName: "ReferenceError", errMsg: "undefinedFn is not defined"},
		{name: "24a skipRequest in test", resp: resp(200, ""),
			script:  `pm.execution.skipRequest()`,
			errName: "TypeError", errMsg: "pm.execution.skipRequest is not a function"},
		{name: "24b visualizer", resp: resp(200, ""),
			script:  `pm.visualizer.set(undefined)`,
			errName: "Error", errMsg: "Invalid template. Template must be of type string, found undefined"},
	}
	h := newHarness(t, Options{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := h.runTest(c.script, c.resp)
			if len(r.Assertions) != len(c.want) {
				t.Fatalf("got %d assertions, want %d: %s", len(r.Assertions), len(c.want), describe(r))
			}
			for i, w := range c.want {
				a := r.Assertions[i]
				if a.Name != w.name || a.Passed != w.passed || a.Skipped != w.skipped || a.Index != i {
					t.Errorf("assertion %d: %s", i, describe(r))
					continue
				}
				if w.errName == "" {
					if a.Error != nil {
						t.Errorf("assertion %d: unexpected error %+v", i, a.Error)
					}
					continue
				}
				if a.Error == nil || a.Error.Name != w.errName || !matchMsg(a.Error.Message, w.msg) {
					t.Errorf("assertion %d error = %+v, want %s: %q", i, a.Error, w.errName, w.msg)
				}
			}
			switch {
			case c.errName == "" && r.Error != nil:
				t.Errorf("unexpected script error %+v", r.Error)
			case c.errName != "" && (r.Error == nil || r.Error.Name != c.errName || !matchMsg(r.Error.Message, c.errMsg)):
				t.Errorf("script error = %+v, want %s: %q", r.Error, c.errName, c.errMsg)
			}
		})
	}
}

// TestConformanceVariables is case 25: precedence, pm.variables.set,
// setNextRequest and the legacy data deprecation warning.
func TestConformanceVariables(t *testing.T) {
	h := newHarness(t, Options{})
	for i, sc := range []struct {
		name string
		set  func(k string, v any)
	}{
		{"globals", func(k string, v any) { h.vars.Globals.Set(k, v, "") }},
		{"collection", func(k string, v any) { h.vars.Collection.Set(k, v, "") }},
		{"environment", func(k string, v any) { h.vars.Environment.Set(k, v, "") }},
		{"data", func(k string, v any) { h.vars.Data.Set(k, v, "") }},
		{"local", func(k string, v any) { h.vars.Local.Set(k, v, "") }},
	} {
		// Scope i defines key-1 .. key-(i+1), so key-n is highest in scope n-1.
		for k := 1; k <= i+1; k++ {
			sc.set("key-"+string(rune('0'+k)), sc.name)
		}
	}
	// key-n's best scope is the highest one defining it; remove key-1 from
	// local and data so that it falls through to the environment.
	h.vars.Local.Unset("key-1")
	h.vars.Data.Unset("key-1")
	ex := h.exec(EventTest, `
pm.test("precedence", () => {
  pm.expect(pm.variables.get('key-1')).to.equal('environment');
  pm.expect(pm.variables.get('key-2')).to.equal('local');
  pm.expect(pm.variables.get('key-3')).to.equal('local');
  pm.expect(pm.variables.toObject()['key-1']).to.equal('environment');
  pm.expect(pm.variables.has('key-5')).to.equal(true);
});
pm.variables.set('key-1', 'mine');
pm.execution.setNextRequest('R2');
data['foo'] = 'bar';
data['foo2'] = 'bar';
`)
	r := h.run(ex)
	if r.Error != nil || len(r.Assertions) != 1 || !r.Assertions[0].Passed {
		t.Fatalf("result: %s", describe(r))
	}
	if v, _ := h.vars.Local.Get("key-1"); v != "mine" {
		t.Errorf("local key-1 = %v, want mine", v)
	}
	for _, sc := range []struct {
		name string
		get  func() (any, bool)
		want any
	}{
		{"environment", func() (any, bool) { return h.vars.Environment.Get("key-1") }, "environment"},
		{"globals", func() (any, bool) { return h.vars.Globals.Get("key-1") }, "globals"},
		{"data", func() (any, bool) { return h.vars.Data.Get("key-2") }, "data"},
	} {
		if v, _ := sc.get(); v != sc.want {
			t.Errorf("%s changed: %v", sc.name, v)
		}
	}
	if !r.NextRequestSet || r.NextRequest == nil || *r.NextRequest != "R2" {
		t.Errorf("next request = %v %v", r.NextRequestSet, r.NextRequest)
	}
	want := "warn: Using \"data\" is deprecated. Use \"pm.iterationData\" instead.\n"
	if got := h.consoleText(); got != want {
		t.Errorf("console = %q, want %q", got, want)
	}
}
