package modules

import (
	"errors"
	"fmt"

	"github.com/dop251/goja"

	"github.com/runner-ci/runner/runner/internal/sandbox/chai"
)

// chaiModule returns the object of chai's __runnerChai(host) ({expect,
// AssertionError, inspect, Assertion}), evaluating the chai source in the
// runtime first when the core has not done so. host.validateSchema is
// ValidateSchema.
func chaiModule(s *state) (goja.Value, error) {
	if _, ok := goja.AssertFunction(s.rt.Get("__runnerChai")); !ok {
		p, err := goja.Compile(chai.Name, chai.Source(), false)
		if err != nil {
			return nil, fmt.Errorf("compile chai: %w", err)
		}
		if _, err := s.rt.RunProgram(p); err != nil {
			return nil, fmt.Errorf("evaluate chai: %w", err)
		}
	}
	f, ok := goja.AssertFunction(s.rt.Get("__runnerChai"))
	if !ok {
		return nil, errors.New("chai source did not define __runnerChai")
	}
	host := s.rt.NewObject()
	_ = host.Set("validateSchema", s.natives.Get("validateSchema"))
	v, err := f(goja.Undefined(), host)
	if err != nil {
		return nil, fmt.Errorf("initialise chai: %w", err)
	}
	return v, nil
}
