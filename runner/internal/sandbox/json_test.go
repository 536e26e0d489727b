package sandbox

import (
	"testing"

	"github.com/dop251/goja"
)

func TestParseJSONMatchesJSONParse(t *testing.T) {
	rt := goja.New()
	native := func(src string) string {
		rt.Set("src", src)
		v, err := rt.RunString(`(function () { var v = JSON.parse(src); return JSON.stringify([v, typeof v, Object.is(v, -0), Array.isArray(v) && v.length]); })()`)
		if err != nil {
			t.Fatalf("JSON.parse(%q): %v", src, err)
		}
		return v.String()
	}
	describe := func(v goja.Value) string {
		rt.Set("v", v)
		r, err := rt.RunString(`JSON.stringify([v, typeof v, Object.is(v, -0), Array.isArray(v) && v.length])`)
		if err != nil {
			t.Fatal(err)
		}
		return r.String()
	}
	good := []string{
		`{"args":{"i":"17"},"n":[1,-2.5,3e2,-0,0.125,1E-3],"t":true,"f":false,"z":null}`,
		` [ ] `, `{}`, `"plain"`, `42`, `-0`, `1e-400`, `null`, `true`,
		`"esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 end"`,
		`"héllo wörld ✓"`, `{"dup":1,"dup":2,"a":[{"b":[[]]}]}`, "\t\r\n{\"x\" : 1 }\n",
	}
	for _, src := range good {
		v, ok := parseJSON(rt, src)
		if !ok {
			t.Errorf("parseJSON(%q) declined valid JSON", src)
			continue
		}
		if got, want := describe(v), native(src); got != want {
			t.Errorf("parseJSON(%q) = %s, JSON.parse gives %s", src, got, want)
		}
	}
	// goja's JSON.parse rejects out-of-range numbers; V8 (Postman) gives
	// Infinity, as the fast path does.
	if v, ok := parseJSON(rt, `[1e400,-1e400]`); !ok || describe(v) != `[[null,null],"object",false,2]` {
		t.Errorf("parseJSON of huge numbers = %v, %v", v, ok)
	}
	declined := []string{
		``, `{`, `[1,]`, `{"a":1,}`, `01`, `1.`, `.5`, `+1`, `"\x"`, "\"a\nb\"", `nul`, `{"a" 1}`, `[1 2]`,
		`{"__proto__":{"x":1}}`, `"\ud800"`, `"\udc00\ud800"`, `{} x`, `'s'`, `NaN`,
	}
	for _, src := range declined {
		if v, ok := parseJSON(rt, src); ok {
			t.Errorf("parseJSON(%q) = %v, want it left to JSON.parse", src, v)
		}
	}
}
