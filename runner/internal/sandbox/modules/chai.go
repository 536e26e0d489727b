package modules

import (
	"errors"

	"github.com/dop251/goja"
)

// chaiModule returns {expect, AssertionError, assert?} from the chai engine
// the core evaluated in the runtime (global __runnerChai).
func chaiModule(s *state) (goja.Value, error) {
	f, ok := goja.AssertFunction(s.rt.Get("__runnerChai"))
	if !ok {
		return nil, errors.New("chai engine is not loaded")
	}
	v, err := f(goja.Undefined(), s.rt.NewObject())
	if err != nil {
		return nil, err
	}
	return v, nil
}
