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
