package sandbox

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/runner-ci/runner/runner/internal/sandbox/chai"
	"github.com/runner-ci/runner/runner/internal/sandbox/modules"
)

var chaiProgram = goja.MustCompile(chai.Name, chai.Source(), false)

// installLibraries installs the library globals (lodash, CryptoJS, Buffer,
// ...) and the chai assertion library into rt.
func installLibraries(rt *goja.Runtime) error {
	if err := modules.InstallGlobals(rt); err != nil {
		return fmt.Errorf("install sandbox library globals: %w", err)
	}
	if _, err := rt.RunProgram(chaiProgram); err != nil {
		return fmt.Errorf("load %s: %w", chai.Name, err)
	}
	return nil
}

// requireModule is require(name) for scripts.
func requireModule(rt *goja.Runtime, name string) (goja.Value, error) {
	return modules.Require(rt, name)
}

// validateSchema backs chai's jsonSchema assertion.
func validateSchema(schema, data any) []map[string]any {
	return modules.ValidateSchema(schema, data)
}

// validateSchemaJSON is validateSchema for JSON texts: the errors follow the
// key order of the texts, as Ajv's do.
func validateSchemaJSON(schema, data string) []map[string]any {
	return modules.ValidateSchemaJSON([]byte(schema), []byte(data))
}
