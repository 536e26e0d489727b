package sandbox

import (
	"testing"

	"github.com/runner-ci/runner/runner/result"
)

// TestV8ErrorWording checks that goja's TypeError texts are reported in
// V8's words, for script errors and for failed pm.test calls alike.
func TestV8ErrorWording(t *testing.T) {
	h := newHarness(t, Options{})
	tests := []struct{ name, script, want string }{
		{"read of undefined", `var a; a.b;`, "Cannot read properties of undefined (reading 'b')"},
		{"call member of undefined", `var o = {d: {}};
  o.d.items.forEach(x => x);`, "Cannot read properties of undefined (reading 'forEach')"},
		{"call member of null", `var a = null; a.map(x => x);`, "Cannot read properties of undefined (reading 'map')"},
		{"missing method", `var o = {d: {}};
   o.d.forEach(x => x);`, "o.d.forEach is not a function"},
		{"missing method after call", `var res = pm.response.json();
res.data .forEach(function (x) {});`, "res.data.forEach is not a function"},
		{"missing method with call and string key", `pm.response.json()['data'].forEach(x => x);`, "pm.response.json(...).data.forEach is not a function"},
		{"missing method computed key", `var k = 'data', o = {data: 1}; o[k].toFixed2();`, "o[k].toFixed2 is not a function"},
		{"missing method on string", `var s = 'x'; s.foo();`, "s.foo is not a function"},
		{"not a function", `var f; f();`, "f is not a function"},
		{"method call in await script", `await Promise.resolve(); var o = {}; o.x = 1; o.go();`, "o.go is not a function"},
		{"missing method from a library", `_.noSuchFunction(1);`, "_.noSuchFunction is not a function"},
		{"missing method on a chain over lines", "var body = pm.response.json();\nbody\n  .data\n  .items(1);", "body.data.items is not a function"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// As a script error.
			r := h.runTest(tc.script, &Response{Code: 200, Body: []byte(`{"data": {}}`)})
			if r.Error == nil || r.Error.Name != "TypeError" || r.Error.Message != tc.want {
				t.Errorf("script error: got %s, want TypeError: %s", describe(r), tc.want)
			}
			// Inside pm.test (the expression sits on a later line).
			if tc.name == "method call in await script" {
				return
			}
			r = h.runTest("pm.test('t', function () {\n"+tc.script+"\n});", &Response{Code: 200, Body: []byte(`{"data": {}}`)})
			if len(r.Assertions) != 1 || r.Assertions[0].Error == nil || r.Assertions[0].Error.Message != tc.want {
				t.Errorf("pm.test: got %s, want %s", describe(r), tc.want)
			}
		})
	}
}

func TestCalleeAt(t *testing.T) {
	tests := []struct {
		line string
		col  int
		want string
	}{
		{"a.b.c(1)", 6, "a.b.c"},
		{"x = foo (1)", 9, "foo"},
		{"f(g(1), [2]).h[\"k\"].m(3)", 22, "f(...).h.k.m"},
		{"a?.b(1)", 5, "a?.b"},
		{"if (ok) x.y()", 12, "x.y"},
		{"a.b(", 3, ""}, // the column is not at "("
		{"(", 1, ""},
		{"a\n  .b\n  .c(", 0, ""},
	}
	for _, tt := range tests {
		if got := calleeAt(tt.line, 1, tt.col); got != tt.want {
			t.Errorf("calleeAt(%q, %d) = %q, want %q", tt.line, tt.col, got, tt.want)
		}
	}
}

func TestV8ErrorFallbacks(t *testing.T) {
	tests := []struct {
		name, errName, msg, stack string
		src                       *scriptSource
		want                      string
	}{
		{"no source", "TypeError", "Object has no member 'forEach'", "", nil, "x.forEach is not a function"},
		{"frame in another file", "TypeError", "Object has no member 'forEach'", "TypeError: m\n\tat lib.js:1:5(3)\n", &scriptSource{name: "s", exec: "a.forEach(1)"}, "x.forEach is not a function"},
		{"frame in the script", "TypeError", "Object has no member 'forEach'", "TypeError: m\n\tat fn (s:1:24(3))\n\tat s:2:1(1)\n", &scriptSource{name: "s", exec: "a.forEach(1)"}, "a.forEach is not a function"},
		{"not a function without source", "TypeError", "Value is not an object: undefined", "", nil, "Value is not an object: undefined"},
		{"undefined or null", "TypeError", "Cannot read property 'x' of undefined or null", "", nil, "Cannot read properties of undefined (reading 'x')"},
		{"null", "TypeError", "Cannot read property 'x' of null", "", nil, "Cannot read properties of null (reading 'x')"},
		{"other names untouched", "Error", "Object has no member 'forEach'", "", nil, "Object has no member 'forEach'"},
	}
	for _, tt := range tests {
		e := &result.Error{Name: tt.errName, Message: tt.msg}
		v8Error(e, tt.stack, tt.src)
		if e.Message != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, e.Message, tt.want)
		}
	}
}
