package modules

import (
	"fmt"
	"sort"

	"github.com/dop251/goja"
)

// lodashModule evaluates js/lodash.js, which (unlike the other modules)
// takes no natives.
func lodashModule(s *state) (goja.Value, error) {
	return jsModule("lodash")(s)
}

// LodashFunctions returns the sorted names of the functions require('lodash')
// provides (lodash 4 API).
func LodashFunctions() []string {
	return functionNames("lodash")
}

// functionNames loads a module in a scratch runtime and lists its function
// properties.
func functionNames(module string) []string {
	rt := goja.New()
	v, err := Require(rt, module)
	if err != nil {
		panic(fmt.Sprintf("load %s: %v", module, err))
	}
	o := v.ToObject(rt)
	var out []string
	for _, k := range o.Keys() {
		if _, ok := goja.AssertFunction(o.Get(k)); ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// lodash3Module builds the `_` global: a fresh lodash instance converted to
// the lodash 3.10 API by js/lodash3.js.
func lodash3Module(s *state) (goja.Value, error) {
	v4, err := jsModule("lodash")(s)
	if err != nil {
		return nil, err
	}
	p, err := program("lodash3")
	if err != nil {
		return nil, err
	}
	fv, err := s.rt.RunProgram(p)
	if err != nil {
		return nil, fmt.Errorf("evaluate lodash3.js: %w", err)
	}
	fn, ok := goja.AssertFunction(fv)
	if !ok {
		return nil, fmt.Errorf("lodash3.js does not evaluate to a function")
	}
	return fn(goja.Undefined(), v4)
}

// Lodash3Functions returns the sorted names of the functions of the `_`
// global (lodash 3 API).
func Lodash3Functions() []string {
	rt := goja.New()
	s := getState(rt)
	v, err := s.require("#lodash3", lodash3Module)
	if err != nil {
		panic(fmt.Sprintf("load lodash3: %v", err))
	}
	o := v.ToObject(rt)
	var out []string
	for _, k := range o.Keys() {
		if _, ok := goja.AssertFunction(o.Get(k)); ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// MomentFunctions returns the sorted names of moment's static functions,
// its instance methods (prefixed "fn.") and its duration methods (prefixed
// "duration.").
func MomentFunctions() []string {
	rt := goja.New()
	v, err := Require(rt, "moment")
	if err != nil {
		panic(fmt.Sprintf("load moment: %v", err))
	}
	list := func(o *goja.Object, prefix string) []string {
		var out []string
		for _, k := range o.Keys() {
			if _, ok := goja.AssertFunction(o.Get(k)); ok && k[0] != '_' {
				out = append(out, prefix+k)
			}
		}
		sort.Strings(out)
		return out
	}
	m := v.ToObject(rt)
	out := list(m, "")
	out = append(out, list(m.Get("fn").ToObject(rt), "fn.")...)
	if dur, ok := goja.AssertFunction(m.Get("duration")); ok {
		if dv, err := dur(goja.Undefined(), rt.ToValue(1)); err == nil {
			out = append(out, list(dv.ToObject(rt).Prototype(), "duration.")...)
		}
	}
	sort.Strings(out)
	return out
}
