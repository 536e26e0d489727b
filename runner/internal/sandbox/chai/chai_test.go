package chai

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// newRuntime returns a goja runtime with the chai source evaluated.
func newRuntime(t testing.TB) *goja.Runtime {
	t.Helper()
	rt := goja.New()
	if _, err := rt.RunScript(Name, Source()); err != nil {
		t.Fatalf("evaluate chai source: %v", err)
	}
	return rt
}

// newHarness returns a runtime with the chai source, testdata/harness.js and
// testdata/fuzzcases.js.
func newHarness(t testing.TB) *goja.Runtime {
	t.Helper()
	rt := newRuntime(t)
	for _, name := range []string{"harness.js", "fuzzcases.js"} {
		src, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		if _, err := rt.RunScript(name, string(src)); err != nil {
			t.Fatalf("evaluate %s: %v", name, err)
		}
	}
	return rt
}

type outcome struct {
	Pass    bool   `json:"pass"`
	Name    string `json:"name"`
	Message string `json:"message"`
}

type generatedCase struct {
	Code string `json:"code"`
	outcome
}

func runCase(t *testing.T, rt *goja.Runtime, code string) outcome {
	t.Helper()
	fn, ok := goja.AssertFunction(rt.Get("runCase"))
	if !ok {
		t.Fatal("runCase is not defined")
	}
	v, err := fn(goja.Undefined(), rt.ToValue(code))
	if err != nil {
		t.Fatalf("runCase(%q): %v", code, err)
	}
	var got outcome
	obj := v.ToObject(rt)
	got.Pass = obj.Get("pass").ToBoolean()
	if n := obj.Get("name"); n != nil && !goja.IsUndefined(n) {
		got.Name = n.String()
	}
	if m := obj.Get("message"); m != nil && !goja.IsUndefined(m) {
		got.Message = m.String()
	}
	return got
}

// TestGeneratedCases checks every case recorded from the real chai 4.4.1 and
// chai-postman 2.0.1 (testdata/cases.json, produced by testdata/gen).
func TestGeneratedCases(t *testing.T) {
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatalf("read cases: %v", err)
	}
	var cases []generatedCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("parse cases: %v", err)
	}
	if len(cases) < 100 {
		t.Fatalf("only %d cases", len(cases))
	}
	rt := newHarness(t)
	failed := 0
	for _, c := range cases {
		got := runCase(t, rt, c.Code)
		want := c.outcome
		if got.Pass != want.Pass || got.Name != want.Name || (!knownNativeMessage(want) && got.Message != want.Message) {
			failed++
			t.Errorf("%s\n  got  %+v\n  want %+v", c.Code, got, want)
		}
	}
	t.Logf("%d/%d generated cases match", len(cases)-failed, len(cases))
}

// knownNativeMessage reports whether the expected message comes from V8 itself
// (a TypeError and the like), whose text goja does not reproduce.
func knownNativeMessage(o outcome) bool {
	return o.Name == "TypeError" || o.Name == "RangeError" || o.Name == "ReferenceError"
}

func TestInspect(t *testing.T) {
	rt := newRuntime(t)
	if _, err := rt.RunString(`var lib = __runnerChai({});`); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ expr, want string }{
		{`'abc'`, `'abc'`},
		{`1`, `1`},
		{`0`, `+0`},
		{`-0`, `-0`},
		{`NaN`, `NaN`},
		{`null`, `null`},
		{`undefined`, `undefined`},
		{`[1, 2, 3]`, `[ 1, 2, 3 ]`},
		{`[]`, `[]`},
		{`({a: 1, b: 'x'})`, `{ a: 1, b: 'x' }`},
		{`({})`, `{}`},
		{`({a: {b: [1]}})`, `{ a: { b: [ 1 ] } }`},
		{`(function named() {})`, `[Function named]`},
		{`(function () {})`, `[Function]`},
		{`new Date(0)`, `1970-01-01T00:00:00.000Z`},
		{`/x/g`, `/x/g`},
		{`new Error('m')`, `Error: m`},
		{`new Set([1])`, `Set{ 1 }`},
		{`({id: 7, name: 'Alice', email: 'a@b.c', age: 30, tags: ['x']})`, `{ id: 7, name: 'Alice', …(3) }`},
		{`'x'.repeat(50)`, `'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'`},
		{`(function () { var o = {}; o.self = o; return o; })()`, `{ self: [Circular] }`},
		// Sandbox-built SDK objects: hidden __postmanType names the class and
		// hidden "__" internals are not printed.
		{`(function () { function Response() { this.code = 200; } var r = new Response(); Object.defineProperty(r, '__postmanType', {value: 'Response'}); Object.defineProperty(r, '__body', {value: 'x'}); return r; })()`, `PostmanResponse{ code: 200 }`},
		{`(function () { var r = {method: 'GET'}; Object.defineProperty(r, '__postmanType', {value: 'Request'}); return r; })()`, `PostmanRequest{ method: 'GET' }`},
	}
	for _, tt := range tests {
		v, err := rt.RunString(`lib.inspect(` + tt.expr + `)`)
		if err != nil {
			t.Errorf("inspect(%s): %v", tt.expr, err)
			continue
		}
		if got := v.String(); got != tt.want {
			t.Errorf("inspect(%s) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

func TestAssertionErrorFields(t *testing.T) {
	rt := newRuntime(t)
	v, err := rt.RunString(`
		var lib = __runnerChai({});
		var out = [];
		function capture(f) { try { f(); return null; } catch (e) { return e; } }
		var e1 = capture(function () { lib.expect({ok: true}).to.eql({ok: false}); });
		var e2 = capture(function () { lib.expect(200).to.equal(201); });
		var e3 = capture(function () { lib.expect(undefined).to.include('x'); });
		JSON.stringify([
			e1.name, e1 instanceof Error, e1 instanceof lib.AssertionError, e1.showDiff, e1.operator, e1.actual, e1.expected,
			e2.operator, e2.actual, e2.expected, e2.showDiff,
			e3.showDiff, 'actual' in e3, e3.message.indexOf('invalid') > 0
		]);
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := `["AssertionError",true,true,true,"deepStrictEqual",{"ok":true},{"ok":false},"strictEqual",200,201,true,false,false,true]`
	if got := v.String(); got != want {
		t.Errorf("fields = %s\nwant     %s", got, want)
	}
}

func TestJSONSchemaWithoutHost(t *testing.T) {
	rt := newRuntime(t)
	v, err := rt.RunString(`
		var lib = __runnerChai({});
		var msg;
		try { lib.expect({a: 1}).to.have.jsonSchema({type: 'object'}); } catch (e) { msg = e.name + ': ' + e.message; }
		msg;
	`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "Error: jsonSchema is not available"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestExportsAndName(t *testing.T) {
	if Name != "runner-chai.js" {
		t.Errorf("Name = %q", Name)
	}
	if !strings.Contains(Source(), "function __runnerChai(host)") {
		t.Error("source does not define __runnerChai(host)")
	}
	rt := newRuntime(t)
	v, err := rt.RunString(`var l = __runnerChai(); [typeof l.expect, typeof l.AssertionError, typeof l.inspect, typeof l.Assertion, typeof l.assert, typeof l.assert.deepEqual].join()`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "function,function,function,function,function,function"; got != want {
		t.Errorf("exports = %q, want %q", got, want)
	}
}

// BenchmarkExpectEqual measures the hot path pm.expect(x).to.equal(y).
func BenchmarkExpectEqual(b *testing.B) {
	rt := newRuntime(b)
	if _, err := rt.RunString(`var expect = __runnerChai({}).expect; function hot(n) { for (var i = 0; i < n; i++) { expect(i).to.equal(i); expect({a: i}).to.have.property('a', i); expect('s').to.be.a('string'); } }`); err != nil {
		b.Fatal(err)
	}
	hot, _ := goja.AssertFunction(rt.Get("hot"))
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := hot(goja.Undefined(), rt.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}

// TestPluginAPI checks chai's Assertion.addProperty/addMethod/
// addChainableMethod and Assertion#assert, which plugins are written against.
func TestPluginAPI(t *testing.T) {
	rt := newRuntime(t)
	v, err := rt.RunString(`
		var lib = __runnerChai({});
		var A = lib.Assertion;
		A.addMethod('even', function (msg) {
			this.assert(this._obj % 2 === 0, 'expected #{this} to be even', 'expected #{this} to not be even');
		});
		A.addProperty('positive', function () {
			this.assert(this._obj > 0, 'expected #{this} to be positive', 'expected #{this} to not be positive', 0, this._obj);
		});
		A.addChainableMethod('around', function (n) {
			this.assert(Math.abs(this._obj - n) < 2, 'expected #{this} to be around #{exp}', 'expected #{this} to not be around #{exp}', n);
		}, function () { this.__flags.seen = true; });
		function t(f) { try { f(); return 'PASS'; } catch (e) { return e.name + ': ' + e.message; } }
		[
			t(function () { lib.expect(4).to.be.even(); }),
			t(function () { lib.expect(3, 'odd').to.be.even(); }),
			t(function () { lib.expect(2).to.not.be.even(); }),
			t(function () { lib.expect(-1).to.be.positive; }),
			t(function () { lib.expect(5).to.be.around(9); }),
			t(function () { lib.expect(5).to.be.around.positive; }),
			t(function () { lib.expect(5).to.be.evn(); })
		].join('\n');
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"PASS",
		"AssertionError: odd: expected 3 to be even",
		"AssertionError: expected 2 to not be even",
		"AssertionError: expected -1 to be positive",
		"AssertionError: expected 5 to be around 9",
		"PASS",
		`Error: Invalid Chai property: evn. Did you mean "even"?`,
	}, "\n")
	if got := v.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// BenchmarkSetup measures evaluating the source and creating the library in
// a fresh runtime, which the sandbox does once per run.
func BenchmarkSetup(b *testing.B) {
	prg := goja.MustCompile(Name, Source(), false)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt := goja.New()
		if _, err := rt.RunProgram(prg); err != nil {
			b.Fatal(err)
		}
		if _, err := rt.RunString(`__runnerChai({})`); err != nil {
			b.Fatal(err)
		}
	}
}
