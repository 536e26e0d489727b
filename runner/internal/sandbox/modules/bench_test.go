package modules

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkTypicalScript measures what a typical auth-signing test script
// does: an HMAC-SHA256, a lodash get and a moment format.
func BenchmarkTypicalScript(b *testing.B) {
	rt := newTestRuntime(b)
	m, err := Require(rt, "moment")
	if err != nil {
		b.Fatal(err)
	}
	_ = rt.Set("moment", m)
	p, err := goja.Compile("bench.js", `
		var sig = CryptoJS.HmacSHA256('GET\n/v1/items\n1700000000', 'secret').toString(CryptoJS.enc.Base64);
		var id = _.get({data: {items: [{id: 7}]}}, 'data.items[0].id');
		var ts = moment.utc(1700000000000).format('YYYY-MM-DDTHH:mm:ss.SSS[Z]');
		sig.length + id + ts.length;`, false)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := rt.RunProgram(p)
		if err != nil {
			b.Fatal(err)
		}
		if v.ToInteger() != 44+7+24 {
			b.Fatalf("unexpected result %v", v)
		}
	}
}

// BenchmarkRuntimeSetup measures InstallGlobals plus the first use of the
// heaviest globals in a fresh runtime.
func BenchmarkRuntimeSetup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		rt := goja.New()
		if err := InstallGlobals(rt); err != nil {
			b.Fatal(err)
		}
		if _, err := rt.RunString(`_.VERSION + CryptoJS.MD5('x') + typeof URL`); err != nil {
			b.Fatal(err)
		}
	}
}
