package sandbox

import (
	"testing"

	"github.com/runner-ci/runner/collection"
)

// TestFastPathsKeepSemantics covers the cases next to the sandbox's fast
// paths (PropertyList lookups, counted chai methods, status, property, a):
// each script's pm.test must pass.
func TestFastPathsKeepSemantics(t *testing.T) {
	h := newHarness(t, Options{})
	resp := &Response{Code: 200, Body: []byte(`{"a":{"b":1}}`), Headers: []collection.Header{
		hdr("Content-Type", "application/json"), {Key: "X-Off", Value: "1", Disabled: true}, hdr("X-Off", "2"), hdr("X-Dup", "a"), hdr("X-Dup", "b"),
	}}
	cases := map[string]string{
		"has length":          "pm.expect(pm.response.headers.has.length).to.equal(2);",
		"has by key":          "pm.expect(pm.response.headers.has('content-type')).to.equal(true); pm.expect(pm.response.headers.has('nope')).to.equal(false);",
		"has undefined value": "pm.expect(pm.response.headers.has('X-Dup', undefined)).to.equal(false); pm.expect(pm.response.headers.has('X-Dup', 'b')).to.equal(true);",
		"one last enabled":    "pm.expect(pm.response.headers.get('x-dup')).to.equal('b'); pm.expect(pm.response.headers.get('X-Off')).to.equal('2');",
		"header count":        "pm.response.to.have.header('X-Dup'); pm.response.to.have.header('X-Dup', 'b'); pm.response.to.not.have.header('Nope');",
		"header failure":      "var m = ''; try { pm.response.to.have.header('X-Dup', 'zz'); } catch (e) { m = e.message; } pm.expect(m).to.equal(\"expected 'X-Dup' response header to be 'zz' but got 'b'\");",
		"jsonBody":            "pm.response.to.have.jsonBody(); pm.response.to.have.jsonBody('a.b'); pm.response.to.have.jsonBody('a.b', 1); pm.response.to.not.have.jsonBody('a.c');",
		"body":                "pm.response.to.have.body(); pm.response.to.have.body('{\"a\":{\"b\":1}}'); pm.response.to.not.have.body('x');",
		"status":              "pm.response.to.have.status(200); pm.response.to.not.have.status(404); pm.response.to.have.status('OK'); var m = ''; try { pm.response.to.have.status(201); } catch (e) { m = e.message; } pm.expect(m).to.equal('expected response to have status code 201 but got 200');",
		"property":            "pm.expect({x: 1}).to.have.property('x').that.equals(1); pm.expect({x: 1}).to.not.have.property('x', undefined); var m = ''; try { pm.expect({x: 1}).to.not.have.property('x'); } catch (e) { m = e.message; } pm.expect(m).to.equal(\"expected { x: 1 } to not have property 'x'\");",
		"a":                   "pm.expect('x').to.be.a('string'); pm.expect('x').to.not.be.a('number'); pm.expect([]).to.be.an('array'); var m = ''; try { pm.expect(1).to.be.a('string'); } catch (e) { m = e.message; } pm.expect(m).to.equal('expected 1 to be a string');",
		"stored expect":       "var e = pm.expect(3); e.to.not.equal(4); e.to.equal(3); pm.expect(e.__flags.negate).to.equal(undefined);",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			r := h.runTest("pm.test('t', function () { "+src+" });", resp)
			if r.Error != nil || len(r.Assertions) != 1 || !r.Assertions[0].Passed {
				t.Fatalf("%s", describe(r))
			}
		})
	}
}
