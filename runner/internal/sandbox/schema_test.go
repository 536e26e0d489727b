package sandbox

import "testing"

// TestJSONSchemaErrorOrder checks that jsonSchema failures list the errors
// in the schema's property order, as Ajv does, and that values JSON cannot
// carry still validate.
func TestJSONSchemaErrorOrder(t *testing.T) {
	h := newHarness(t, Options{})
	tests := []struct{ name, script, want string }{
		{"schema order s before p",
			`pm.expect({s: 'x', p: 'abc'}).to.be.jsonSchema({properties: {s: {enum: ['a', 'b']}, p: {pattern: '^[0-9]+$'}}})`,
			"expected data to satisfy schema but found following errors: \ndata.s should be equal to one of the allowed values, data.p should match pattern \"^[0-9]+$\""},
		{"schema order z before a",
			`pm.expect({a: 1, z: 1}).to.be.jsonSchema({properties: {z: {type: 'string'}, a: {type: 'boolean'}}})`,
			"expected data to satisfy schema but found following errors: \ndata.z should be string, data.a should be boolean"},
		{"undefined data",
			`pm.expect(undefined).to.be.jsonSchema({type: 'object'})`,
			"expected data to satisfy schema but found following errors: \ndata should be object"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := h.runTest(`pm.test('s', () => `+tc.script+`);`, &Response{Code: 200})
			if len(r.Assertions) != 1 || r.Assertions[0].Error == nil {
				t.Fatalf("want one failed assertion, got %s", describe(r))
			}
			if got := r.Assertions[0].Error.Message; got != tc.want {
				t.Errorf("message = %q, want %q", got, tc.want)
			}
		})
	}
}
