package modules

import (
	"testing"
	"time"
)

func TestBigHash(t *testing.T) {
	rt := newTestRuntime(t)
	start := time.Now()
	v, err := rt.RunString(`var s = 'x'.repeat(1 << 20); CryptoJS.HmacSHA256(s, 'k').toString().length + CryptoJS.SHA256(s).toString(CryptoJS.enc.Base64).length + CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(s)).length`)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%v in %v", v, time.Since(start))
	start = time.Now()
	v, err = rt.RunString(`Buffer.from(s).toString('base64').length + btoa(s).length + new TextEncoder().encode(s).length`)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%v in %v", v, time.Since(start))
	start = time.Now()
	v, err = rt.RunString(`var big = []; for (var i = 0; i < 20000; i++) big.push({id: i, name: 'n' + i, tags: ['a', 'b']}); _.map(_.filter(big, function (x) { return x.id % 2; }), 'name').length + _.cloneDeep(big).length + _.sortBy(big, 'name').length`)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%v in %v", v, time.Since(start))
	start = time.Now()
	v, err = rt.RunString(`var xml = '<r>' + '<i a="1">t</i>'.repeat(20000) + '</r>'; xml2Json(xml).r.i.length`)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%v in %v", v, time.Since(start))
	start = time.Now()
	v, err = rt.RunString(`var schema = {type: 'array', items: {type: 'object', required: ['id'], properties: {id: {type: 'integer'}, name: {type: 'string'}}}}; tv4.validate(big, schema)`)
	t.Logf("%v %v in %v", v, err, time.Since(start))
}
