// Package chai embeds the runner's JavaScript implementation of chai 4's BDD
// expect interface (plus its assert interface) together with the chai-postman
// response assertions, written for goja.
//
// The sandbox evaluates Source() once per goja runtime (under the file name
// Name). That defines one global function, __runnerChai(host), which returns
// {expect, assert, AssertionError, inspect, Assertion}. host may carry optional
// hooks: host.validateSchema(schema, data, opts) returns Ajv-6-style errors
// and backs the jsonSchema assertion (without it jsonSchema throws
// "jsonSchema is not available").
//
// Failure messages and value printing match chai 4.4.1 and chai-postman 2.0.1;
// testdata/cases.json holds outcomes recorded from the real libraries.
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
