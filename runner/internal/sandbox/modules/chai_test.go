package modules

import (
	"strings"
	"testing"
)

func TestRequireChai(t *testing.T) {
	rt := newTestRuntime(t)
	chai, err := Require(rt, "chai")
	if err != nil {
		t.Fatal(err)
	}
	_ = rt.Set("chai", chai)
	if _, err := rt.RunString(`chai.expect(1 + 1).to.equal(2); chai.expect({a: 1}).to.have.property('a');`); err != nil {
		t.Fatalf("passing assertions failed: %v", err)
	}
	_, err = rt.RunString(`chai.expect(1).to.equal(2)`)
	if err == nil || !strings.Contains(err.Error(), "expected 1 to equal 2") {
		t.Fatalf("want AssertionError, got %v", err)
	}
	// jsonSchema goes through ValidateSchema.
	_, err = rt.RunString(`chai.expect({alpha: 123}).to.be.jsonSchema({properties: {alpha: {type: 'boolean'}}})`)
	if err == nil || !strings.Contains(err.Error(), "data.alpha should be boolean") {
		t.Fatalf("want jsonSchema failure, got %v", err)
	}
}
