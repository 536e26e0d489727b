// Package chai embeds the runner's JavaScript implementation of chai 4's BDD
// expect interface together with the chai-postman response assertions.
//
// The sandbox evaluates Source() once per goja runtime (under the file name
// Name). That defines one global function, __runnerChai(host), which returns
// {expect, AssertionError, inspect, Assertion}. host may carry optional hooks;
// host.validateSchema(schema, data, opts) returns Ajv-6-style errors and backs
// the jsonSchema assertion.
package chai

import _ "embed"

// Name is the file name scripts see in stack traces for the chai source.
const Name = "runner-chai.js"

//go:embed chai.js
var source string

// Source returns the JavaScript source defining the global __runnerChai(host).
func Source() string {
	return source
}
