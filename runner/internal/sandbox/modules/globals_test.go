package modules

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"regexp"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// awaitString runs an async function body and returns its resolved value.
func awaitString(t *testing.T, rt *goja.Runtime, body string) string {
	t.Helper()
	v, err := rt.RunString("(async function(){\n" + body + "\n})()")
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	p, ok := v.Export().(*goja.Promise)
	if !ok {
		t.Fatalf("not a promise: %v", v)
	}
	switch p.State() {
	case goja.PromiseStateFulfilled:
		return p.Result().String()
	case goja.PromiseStateRejected:
		return "rejected: " + p.Result().String()
	}
	t.Fatal("promise still pending")
	return ""
}

func TestSubtleBinanceSigning(t *testing.T) {
	rt := newTestRuntime(t)
	// The exact calls of the binance collections' pre-request scripts.
	got := awaitString(t, rt, `
const encoder = new TextEncoder();
const keyData = encoder.encode("my-api-secret");
const msgData = encoder.encode("symbol=BTCUSDT&timestamp=1700000000000");
const cryptoKey = await crypto.subtle.importKey('raw', keyData, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
const signatureBuffer = await crypto.subtle.sign('HMAC', cryptoKey, msgData);
return Array.from(new Uint8Array(signatureBuffer)).map((b) => b.toString(16).padStart(2, '0')).join('');`)
	m := hmac.New(sha256.New, []byte("my-api-secret"))
	m.Write([]byte("symbol=BTCUSDT&timestamp=1700000000000"))
	if want := hex.EncodeToString(m.Sum(nil)); got != want {
		t.Fatalf("signature = %s, want %s", got, want)
	}
}

func TestSubtle(t *testing.T) {
	sum := func(h []byte) string { return hex.EncodeToString(h) }
	s1 := sha1.Sum([]byte("abc"))
	s256 := sha256.Sum256([]byte("abc"))
	s384 := sha512.Sum384([]byte("abc"))
	s512 := sha512.Sum512([]byte("abc"))
	m := hmac.New(sha512.New, []byte("k"))
	m.Write([]byte("abc"))
	hexFn := `const hex = (b) => Array.from(new Uint8Array(b)).map((x) => x.toString(16).padStart(2, '0')).join('');`
	tests := []struct{ name, body, want string }{
		{"sha1", `return hex(await crypto.subtle.digest('SHA-1', new TextEncoder().encode('abc')))`, sum(s1[:])},
		{"sha256", `return hex(await crypto.subtle.digest({name: 'SHA-256'}, new TextEncoder().encode('abc').buffer))`, sum(s256[:])},
		{"sha384", `return hex(await crypto.subtle.digest('sha-384', new TextEncoder().encode('abc')))`, sum(s384[:])},
		{"sha512", `return hex(await crypto.subtle.digest('SHA-512', Buffer.from('abc')))`, sum(s512[:])},
		{"digest is ArrayBuffer", `return (await crypto.subtle.digest('SHA-256', new Uint8Array(0))) instanceof ArrayBuffer`, "true"},
		{"hmac sha512", `const k = await crypto.subtle.importKey('raw', new TextEncoder().encode('k'), {name: 'HMAC', hash: {name: 'SHA-512'}}, true, ['sign', 'verify']);
			return hex(await crypto.subtle.sign({name: 'HMAC'}, k, new TextEncoder().encode('abc')))`, hex.EncodeToString(m.Sum(nil))},
		{"verify ok", `const k = await crypto.subtle.importKey('raw', new TextEncoder().encode('k'), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign', 'verify']);
			const sig = await crypto.subtle.sign('HMAC', k, new TextEncoder().encode('m'));
			return [await crypto.subtle.verify('HMAC', k, sig, new TextEncoder().encode('m')), await crypto.subtle.verify('HMAC', k, sig, new TextEncoder().encode('x'))].join()`, "true,false"},
		{"key shape", `const k = await crypto.subtle.importKey('raw', new Uint8Array([1,2]), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign']);
			return [k.type, k.algorithm.name, k.algorithm.hash.name, k.extractable, k.usages.join()].join()`, "secret,HMAC,SHA-256,false,sign"},
		{"usage enforced", `const k = await crypto.subtle.importKey('raw', new Uint8Array([1]), {name: 'HMAC', hash: 'SHA-256'}, false, ['sign']);
			try { await crypto.subtle.verify('HMAC', k, new Uint8Array(32), new Uint8Array(1)); return 'no error'; } catch (e) { return e.name; }`, "InvalidAccessError"},
		{"bad algorithm", `try { await crypto.subtle.digest('MD5', new Uint8Array(1)); return 'no error'; } catch (e) { return e.name; }`, "NotSupportedError"},
		{"exportKey", `const k = await crypto.subtle.importKey('raw', new Uint8Array([7,8]), {name: 'HMAC', hash: 'SHA-1'}, true, ['sign']);
			return hex(await crypto.subtle.exportKey('raw', k))`, "0708"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := newTestRuntime(t)
			if got := awaitString(t, rt, hexFn+"\n"+tt.body); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

var uuidV4 = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestRandomValues(t *testing.T) {
	rt := newTestRuntime(t)
	uuidMod, err := Require(rt, "uuid")
	if err != nil {
		t.Fatal(err)
	}
	_ = rt.Set("uuid", uuidMod)
	for _, expr := range []string{"crypto.randomUUID()", "uuid()", "uuid.v4()", "require_uuid_v4"} {
		if expr == "require_uuid_v4" {
			expr = "uuid.v4({})"
		}
		v, err := rt.RunString(expr)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if !uuidV4.MatchString(v.String()) {
			t.Errorf("%s = %q, not a v4 UUID", expr, v)
		}
	}
	v, err := rt.RunString(`[uuid() !== uuid(), /^[0-9a-f]{8}-[0-9a-f]{4}-1/.test(uuid.v1()), uuid.validate(uuid()), uuid.validate("x"),
		crypto.getRandomValues(new Uint8Array(64)).some((x) => x !== 0), crypto.getRandomValues(new Uint32Array(4)).length].join()`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != "true,true,true,false,true,4" {
		t.Fatalf("got %s", got)
	}
	if _, err := rt.RunString(`crypto.getRandomValues(new Uint8Array(70000))`); err == nil || !strings.Contains(err.Error(), "QuotaExceededError") {
		t.Fatalf("want QuotaExceededError, got %v", err)
	}
}

func TestRequire(t *testing.T) {
	rt := goja.New()
	for _, name := range []string{"crypto", "axios", "csv-parse", "jsonwebtoken", ""} {
		_, err := Require(rt, name)
		if err == nil || err.Error() != "Cannot find module '"+name+"'" {
			t.Errorf("Require(%q) error = %v", name, err)
		}
	}
	a, err := Require(rt, "crypto-js")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Require(rt, "crypto-js")
	if err != nil {
		t.Fatal(err)
	}
	if a != b && !a.SameAs(b) {
		t.Error("crypto-js was not cached per runtime")
	}
	c, err := Require(goja.New(), "crypto-js")
	if err != nil {
		t.Fatal(err)
	}
	if a.SameAs(c) {
		t.Error("crypto-js instance shared between runtimes")
	}
}

func TestGlobalsLazyAndOverridable(t *testing.T) {
	rt := newTestRuntime(t)
	v, err := rt.RunString(`var before = Object.keys(globalThis).length;
		var r = [typeof CryptoJS, typeof atob, typeof Buffer, typeof URL, typeof crypto.subtle];
		btoa = function () { return 'mine'; };
		r.push(btoa('x'));
		r.join()`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != "object,function,function,function,object,mine" {
		t.Fatalf("got %s", got)
	}
}

func TestMiscGlobals(t *testing.T) {
	rt := newTestRuntime(t)
	_ = rt.Set("setTimeout", func(f goja.Callable, ms int) int { _, _ = f(goja.Undefined()); return 1 })
	req := func(name string) goja.Value {
		v, err := Require(rt, name)
		if err != nil {
			t.Fatalf("require %s: %v", name, err)
		}
		return v
	}
	_ = rt.Set("timers", req("timers"))
	_ = rt.Set("util", req("util"))
	_ = rt.Set("bufmod", req("buffer"))
	_ = rt.Set("fs", req("fs"))
	tests := []struct{ expr, want string }{
		{`new Buffer('hi').toString('hex')`, "6869"},
		{`new Buffer('aGk=', 'base64').toString()`, "hi"},
		{`new Buffer([104, 105]).toString()`, "hi"},
		{`bufmod.Buffer === Buffer`, "true"},
		{`(function(){ var r = 0; timers.setTimeout(function(){ r = 5; }, 0); return r; })()`, "5"},
		{`util.format('%s=%d %j', 'a', 42, {b: 1}, 'extra')`, `a=42 {"b":1} extra`},
		{`util.inspect({a: 1, b: 'x', c: [1, 2], d: {e: {f: {g: 1}}}})`, `{ a: 1, b: 'x', c: [ 1, 2 ], d: { e: { f: [Object] } } }`},
		{`Object.keys(fs).length`, "0"},
		{`typeof xml2Json('<a>1</a>')`, "object"},
		{`xml2Json('<a x="1"><b>t</b></a>').a.$.x`, "1"},
	}
	for _, tt := range tests {
		v, err := rt.RunString(tt.expr)
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		if v.String() != tt.want {
			t.Errorf("%s = %q, want %q", tt.expr, v, tt.want)
		}
	}
}

func TestAtobBtoaModules(t *testing.T) {
	rt := newTestRuntime(t)
	for _, n := range []string{"atob", "btoa"} {
		v, err := Require(rt, n)
		if err != nil {
			t.Fatal(err)
		}
		_ = rt.Set(n+"Mod", v)
	}
	tests := []struct{ expr, want string }{
		{`atobMod('aGVsbG8')`, "hello"},
		{`atobMod('aGV sbG8=!!')`, "hello"},
		{`btoaMod('hello')`, "aGVsbG8="},
		{`btoaMod('\u0100A')`, "AEE="}, // low byte, no exception
		{`(function(){ try { btoa('\u0100'); return 'no'; } catch (e) { return e.name; } })()`, "InvalidCharacterError"},
	}
	for _, tt := range tests {
		v, err := rt.RunString(tt.expr)
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		if v.String() != tt.want {
			t.Errorf("%s = %q, want %q", tt.expr, v, tt.want)
		}
	}
}

func TestNewBuffer(t *testing.T) {
	rt := newTestRuntime(t)
	src := []byte("héllo")
	v, err := NewBuffer(rt, src)
	if err != nil {
		t.Fatal(err)
	}
	src[0] = 'X' // the Buffer holds a copy
	_ = rt.Set("b", v)
	got, err := rt.RunString(`[Buffer.isBuffer(b), b.length, b.toString(), b.toString('base64')].join()`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "true,6,héllo,aMOpbGxv"; got.String() != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestNativeErrorsAreJSErrors(t *testing.T) {
	rt := newTestRuntime(t)
	v, err := rt.RunString(`(function(){ try { CryptoJS.enc.Utf8.stringify(CryptoJS.enc.Hex.parse('ff')); } catch (e) { return e.name + ': ' + e.message + ' ' + (e instanceof Error); } })()`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Error: Malformed UTF-8 data true"; v.String() != want {
		t.Fatalf("got %q, want %q", v, want)
	}
}
