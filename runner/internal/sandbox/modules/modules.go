// Package modules implements the libraries Postman scripts can require()
// (crypto-js, lodash, moment, tv4, ajv, xml2js, uuid, ...) and the
// web-platform globals (atob, btoa, Buffer, TextEncoder, crypto, URL, ...)
// for the goja sandbox.
//
// Every library is our own implementation: Go natives for hashing, ciphers
// and encodings behind small JavaScript facades embedded in the binary.
// Modules are instantiated lazily and cached once per runtime per name.
package modules

import (
	"embed"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/dop251/goja"
)

//go:embed js/*.js
var jsFiles embed.FS

// stateKey is the hidden global symbol under which a runtime keeps its
// module cache.
var stateKey = goja.NewSymbol("runner.modules")

// state is the per-runtime module cache, stored in the runtime itself so it
// lives and dies with it.
type state struct {
	rt      *goja.Runtime
	natives *goja.Object
	cache   map[string]goja.Value
	loading map[string]bool
}

// moduleFactory builds one module instance in a runtime.
type moduleFactory func(s *state) (goja.Value, error)

// factories maps every require()-able name to its factory.
var factories map[string]moduleFactory

func init() {
	factories = map[string]moduleFactory{
		"crypto-js":          jsModule("cryptojs"),
		"lodash":             lodashModule,
		"moment":             jsModule("moment"),
		"uuid":               jsModule("uuid"),
		"atob":               globalsMember("atobModule"),
		"btoa":               globalsMember("btoaModule"),
		"buffer":             bufferModule,
		"tv4":                jsModule("tv4"),
		"ajv":                jsModule("ajv"),
		"xml2js":             jsModule("xml2js"),
		"querystring":        jsModule("querystring"),
		"url":                jsModule("url"),
		"util":               jsModule("util"),
		"csv-parse/lib/sync": jsModule("csvparse"),
		"chai":               chaiModule,
		"postman-collection": jsModule("postmancollection"),
		"cheerio":            jsModule("cheerio"),
		"fs":                 emptyModule,
		"os":                 emptyModule,
		"path":               nodeLib("path"),
		"events":             nodeLib("events"),
		"assert":             nodeLib("assert"),
		"string_decoder":     nodeLib("string_decoder"),
		"timers":             nodeLib("timers"),
		"punycode":           nodeLib("punycode"),
		"json":               nodeLib("json"),
		"stream":             nodeLib("stream"),
		"backbone":           jsModule("backbone"),
	}
}

// Names returns the sorted list of module names Require resolves.
func Names() []string {
	out := make([]string, 0, len(factories))
	for n := range factories {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// getState returns the runtime's module state, creating it on first use.
func getState(rt *goja.Runtime) *state {
	g := rt.GlobalObject()
	if v := g.GetSymbol(stateKey); v != nil && !goja.IsUndefined(v) {
		if s, ok := v.Export().(*state); ok {
			return s
		}
	}
	s := &state{rt: rt, cache: map[string]goja.Value{}, loading: map[string]bool{}}
	s.natives = newNatives(rt)
	_ = g.DefineDataPropertySymbol(stateKey, rt.ToValue(s), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return s
}

// Require returns the module called name for rt, instantiating it on first
// use. Unknown names give an error whose message is exactly
// "Cannot find module 'name'".
func Require(rt *goja.Runtime, name string) (goja.Value, error) {
	f, ok := factories[name]
	if !ok {
		return nil, fmt.Errorf("Cannot find module '%s'", name) //nolint:staticcheck // message is part of the Postman contract
	}
	s := getState(rt)
	return s.require(name, f)
}

func (s *state) require(name string, f moduleFactory) (goja.Value, error) {
	if v, ok := s.cache[name]; ok {
		return v, nil
	}
	if s.loading[name] {
		return nil, fmt.Errorf("load module %q: circular dependency", name)
	}
	s.loading[name] = true
	defer delete(s.loading, name)
	v, err := f(s)
	if err != nil {
		return nil, fmt.Errorf("load module %q: %w", name, err)
	}
	s.cache[name] = v
	return v, nil
}

// internal loads one of our internal helper modules (not require()-able by
// scripts) or a public one.
func (s *state) internal(name string) (goja.Value, error) {
	if f, ok := factories[name]; ok {
		return s.require(name, f)
	}
	if name == "lodash3" {
		return s.require("#lodash3", lodash3Module)
	}
	return s.require("#"+name, jsModule(name))
}

var (
	programsMu sync.Mutex
	programs   = map[string]*goja.Program{}
)

// program compiles the embedded file js/<file>.js once per process.
func program(file string) (*goja.Program, error) {
	programsMu.Lock()
	defer programsMu.Unlock()
	if p, ok := programs[file]; ok {
		return p, nil
	}
	src, err := jsFiles.ReadFile("js/" + file + ".js")
	if err != nil {
		return nil, fmt.Errorf("read embedded %s.js: %w", file, err)
	}
	p, err := goja.Compile("runner-"+file+".js", string(src), true)
	if err != nil {
		return nil, fmt.Errorf("compile %s.js: %w", file, err)
	}
	programs[file] = p
	return p, nil
}

// jsModule returns a factory that evaluates js/<file>.js, which must be a
// function expression `(function (native, require) { ... return exports })`.
func jsModule(file string) moduleFactory {
	return func(s *state) (goja.Value, error) {
		p, err := program(file)
		if err != nil {
			return nil, err
		}
		fv, err := s.rt.RunProgram(p)
		if err != nil {
			return nil, fmt.Errorf("evaluate %s.js: %w", file, err)
		}
		fn, ok := goja.AssertFunction(fv)
		if !ok {
			return nil, fmt.Errorf("%s.js does not evaluate to a function", file)
		}
		req := s.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			v, err := s.internal(call.Argument(0).String())
			if err != nil {
				panic(s.rt.NewGoError(err))
			}
			return v
		})
		v, err := fn(goja.Undefined(), s.natives, req)
		if err != nil {
			return nil, fmt.Errorf("initialise %s.js: %w", file, err)
		}
		return v, nil
	}
}

// globalsMember returns a factory for a module that is one member of the
// web globals object.
func globalsMember(member string) moduleFactory {
	return func(s *state) (goja.Value, error) {
		g, err := s.internal("globals")
		if err != nil {
			return nil, err
		}
		return g.ToObject(s.rt).Get(member), nil
	}
}

// nodeLib returns a factory for one member of js/nodelibs.js.
func nodeLib(member string) moduleFactory {
	return func(s *state) (goja.Value, error) {
		l, err := s.internal("nodelibs")
		if err != nil {
			return nil, err
		}
		return l.ToObject(s.rt).Get(member), nil
	}
}

func bufferModule(s *state) (goja.Value, error) {
	g, err := s.internal("globals")
	if err != nil {
		return nil, err
	}
	o := s.rt.NewObject()
	b := g.ToObject(s.rt).Get("Buffer")
	_ = o.Set("Buffer", b)
	_ = o.Set("kMaxLength", 0x7fffffff)
	return o, nil
}

func emptyModule(s *state) (goja.Value, error) {
	return s.rt.NewObject(), nil
}

// globalNames are the globals InstallGlobals defines lazily, with the module
// and member each one resolves to ("" member = the module itself).
var globalNames = []struct{ name, module, member string }{
	{"_", "#lodash3", ""},
	{"CryptoJS", "crypto-js", ""},
	{"tv4", "tv4", ""},
	{"atob", "globals", "atob"},
	{"btoa", "globals", "btoa"},
	{"Buffer", "globals", "Buffer"},
	{"crypto", "globals", "crypto"},
	{"TextEncoder", "globals", "TextEncoder"},
	{"TextDecoder", "globals", "TextDecoder"},
	{"URL", "globals", "URL"},
	{"URLSearchParams", "globals", "URLSearchParams"},
	{"structuredClone", "globals", "structuredClone"},
	{"xml2Json", "globals", "xml2Json"},
	{"cheerio", "cheerio", ""},
	{"Backbone", "backbone", ""},
	{"Blob", "globals", "Blob"},
	{"AbortController", "globals", "AbortController"},
	{"AbortSignal", "globals", "AbortSignal"},
}

// InstallGlobals defines the library globals (_, CryptoJS, tv4, atob, btoa,
// Buffer, crypto, TextEncoder, TextDecoder, URL, URLSearchParams,
// structuredClone, xml2Json, cheerio, Backbone, Blob, AbortController,
// AbortSignal) on rt. Each one is loaded on first
// access; scripts may overwrite them.
func InstallGlobals(rt *goja.Runtime) error {
	s := getState(rt)
	g := rt.GlobalObject()
	for _, gn := range globalNames {
		gn := gn
		var getter, setter goja.Value
		getter = rt.ToValue(func(call goja.FunctionCall) goja.Value {
			var v goja.Value
			var err error
			if gn.module[0] == '#' {
				v, err = s.internal(gn.module[1:])
			} else {
				v, err = s.internal(gn.module)
			}
			if err != nil {
				panic(rt.NewGoError(err))
			}
			if gn.member != "" {
				v = v.ToObject(rt).Get(gn.member)
			}
			_ = g.DefineDataProperty(gn.name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			return v
		})
		setter = rt.ToValue(func(call goja.FunctionCall) goja.Value {
			_ = g.DefineDataProperty(gn.name, call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			return goja.Undefined()
		})
		if err := g.DefineAccessorProperty(gn.name, getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return fmt.Errorf("install global %s: %w", gn.name, err)
		}
	}
	return nil
}

// NewBuffer returns a Node-style Buffer (the runtime's Buffer class) viewing
// a copy of b, for values such as pm.response.stream.
func NewBuffer(rt *goja.Runtime, b []byte) (goja.Value, error) {
	g, err := getState(rt).internal("globals")
	if err != nil {
		return nil, err
	}
	buf := g.ToObject(rt).Get("Buffer").ToObject(rt)
	from, ok := goja.AssertFunction(buf.Get("from"))
	if !ok {
		return nil, errors.New("the Buffer class has no from method")
	}
	v, err := from(buf, rt.ToValue(rt.NewArrayBuffer(append([]byte(nil), b...))))
	if err != nil {
		return nil, fmt.Errorf("create Buffer: %w", err)
	}
	return v, nil
}
