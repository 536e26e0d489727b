package chai

import "testing"

// TestGoValues checks values the sandbox hands over from Go (maps and slices
// wrapped by goja) print and compare like their JavaScript counterparts.
func TestGoValues(t *testing.T) {
	rt := newRuntime(t)
	for name, v := range map[string]any{
		"goMap":   map[string]any{"a": int64(1), "b": "x"},
		"goOne":   map[string]any{"a": int64(1)},
		"goSlice": []any{int64(1), "two"},
		"goInts":  []int{1, 2},
	} {
		if err := rt.Set(name, v); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := rt.RunString(`var l = __runnerChai({}); function t(f) { try { f(); return 'PASS'; } catch (e) { return e.name + ': ' + e.message; } }`); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ expr, want string }{
		// goja iterates Go maps in random order, so printing uses one key.
		{`l.inspect(goOne)`, `{ a: 1 }`},
		{`l.inspect(goSlice)`, `[ 1, 'two' ]`},
		{`l.inspect(goInts)`, `[ 1, 2 ]`},
		{`t(() => l.expect(goMap).to.eql({a: 1, b: 'x'}))`, `PASS`},
		{`t(() => l.expect(goSlice).to.eql([1, 'two']))`, `PASS`},
		{`t(() => l.expect(goSlice).to.include('two'))`, `PASS`},
		{`t(() => l.expect(goMap).to.have.property('a', 1))`, `PASS`},
		{`t(() => l.expect(goSlice).to.be.an('array'))`, `PASS`},
		{`t(() => l.expect(goMap).to.be.an('object'))`, `PASS`},
		{`t(() => l.expect(goSlice).to.have.lengthOf(2))`, `PASS`},
		{`t(() => l.expect(goMap).to.have.all.keys('a', 'b'))`, `PASS`},
		{`t(() => l.expect(goOne).to.equal(1))`, `AssertionError: expected { a: 1 } to equal 1`},
		{`t(() => l.expect(goInts).to.include(3))`, `AssertionError: expected [ 1, 2 ] to include 3`},
	}
	for _, tt := range tests {
		v, err := rt.RunString(tt.expr)
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		if got := v.String(); got != tt.want {
			t.Errorf("%s = %q, want %q", tt.expr, got, tt.want)
		}
	}
}
