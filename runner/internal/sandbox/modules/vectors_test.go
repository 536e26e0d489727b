package modules

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Paris for the moment vectors

	"github.com/dop251/goja"
)

// vectorFile is the JSON written by testdata/gen/run.js.
type vectorFile struct {
	Library string `json:"library"`
	Cases   []struct {
		Code  string  `json:"code"`
		Want  *string `json:"want"`
		Error string  `json:"error"`
	} `json:"cases"`
}

// newTestRuntime returns a runtime with the globals installed.
func newTestRuntime(t testing.TB) *goja.Runtime {
	t.Helper()
	rt := goja.New()
	if err := InstallGlobals(rt); err != nil {
		t.Fatalf("InstallGlobals: %v", err)
	}
	return rt
}

// runVectors checks every case of testdata/<file> against the module bound
// to `lib` (produced by bind) and `extra`.
func runVectors(t *testing.T, file string, bind func(rt *goja.Runtime) (lib, extra goja.Value)) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var vf vectorFile
	if err := json.Unmarshal(raw, &vf); err != nil {
		t.Fatal(err)
	}
	if len(vf.Cases) == 0 {
		t.Fatalf("%s has no cases", file)
	}
	rt := newTestRuntime(t)
	lib, extra := bind(rt)
	_ = rt.Set("lib", lib)
	_ = rt.Set("extra", extra)
	failed := 0
	for _, c := range vf.Cases {
		v, err := rt.RunString("(function(){ var r = (" + c.Code + "); return JSON.stringify(r); })()")
		switch {
		case c.Error != "":
			if err == nil {
				t.Errorf("%s: %s: want error %q, got %v", vf.Library, c.Code, c.Error, v)
				failed++
			}
		case err != nil:
			t.Errorf("%s: %s: unexpected error %v", vf.Library, c.Code, err)
			failed++
		default:
			got := "null"
			if !goja.IsUndefined(v) {
				got = v.String()
			} else if c.Want != nil {
				got = "undefined"
			}
			want := "null"
			if c.Want != nil {
				want = *c.Want
			}
			if got != want {
				t.Errorf("%s: %s:\n got %s\nwant %s", vf.Library, c.Code, got, want)
				failed++
			}
		}
		if failed > 40 {
			t.Fatal("too many failures")
		}
	}
	t.Logf("%s: %d vectors, %d failed", vf.Library, len(vf.Cases), failed)
}

func requireBind(name string) func(rt *goja.Runtime) (goja.Value, goja.Value) {
	return func(rt *goja.Runtime) (goja.Value, goja.Value) {
		v, err := Require(rt, name)
		if err != nil {
			panic(err)
		}
		return v, goja.Undefined()
	}
}

func TestVectorsCryptoJS(t *testing.T) {
	runVectors(t, "cryptojs.json", requireBind("crypto-js"))
}

func TestVectorsGlobals(t *testing.T) {
	runVectors(t, "globals.json", func(rt *goja.Runtime) (goja.Value, goja.Value) { return goja.Undefined(), goja.Undefined() })
}

func TestVectorsLodash(t *testing.T) {
	runVectors(t, "lodash.json", requireBind("lodash"))
}

func TestVectorsLodash3(t *testing.T) {
	runVectors(t, "lodash3.json", func(rt *goja.Runtime) (goja.Value, goja.Value) { return rt.Get("_"), goja.Undefined() })
}

func TestVectorsMoment(t *testing.T) {
	runVectors(t, "moment.json", requireBind("moment"))
}

func TestVectorsAjv(t *testing.T) {
	runVectors(t, "ajv.json", requireBind("ajv"))
}

func TestVectorsTv4(t *testing.T) {
	runVectors(t, "tv4.json", requireBind("tv4"))
}

func TestVectorsXML2JS(t *testing.T) {
	runVectors(t, "xml2js.json", func(rt *goja.Runtime) (goja.Value, goja.Value) {
		v, err := Require(rt, "xml2js")
		if err != nil {
			t.Fatal(err)
		}
		return v, rt.Get("xml2Json")
	})
}

func TestVectorsMisc(t *testing.T) {
	runVectors(t, "misc.json", func(rt *goja.Runtime) (goja.Value, goja.Value) {
		return rt.ToValue(func(name string) goja.Value {
			v, err := Require(rt, name)
			if err != nil {
				panic(rt.NewGoError(err))
			}
			return v
		}), goja.Undefined()
	})
}

func TestVectorsCheerio(t *testing.T) {
	runVectors(t, "cheerio.json", requireBind("cheerio"))
}

func TestVectorsMomentParis(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	defer func(l *time.Location) { time.Local = l }(time.Local)
	time.Local = paris
	runVectors(t, "moment_paris.json", requireBind("moment"))
}

func TestVectorsBrowserify(t *testing.T) {
	runVectors(t, "browserify.json", func(rt *goja.Runtime) (goja.Value, goja.Value) {
		return rt.ToValue(func(name string) goja.Value {
			v, err := Require(rt, name)
			if err != nil {
				panic(rt.NewGoError(err))
			}
			return v
		}), goja.Undefined()
	})
}
