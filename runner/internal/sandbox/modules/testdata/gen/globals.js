// Generates ../globals.json from Node 20's built-in web globals (atob, btoa,
// Buffer, TextEncoder, TextDecoder, URL, URLSearchParams, structuredClone):
//   node globals.js > ../globals.json
'use strict';
var run = require('./run');
var urls = [
  'https://user:pa ss@Example.COM:443/a/./b/../c d?x=1&y=a b#frag ment',
  'http://example.com',
  'http://example.com:8080/path?q=%20#',
  'HTTP://EXAMPLE.com/%7Efoo/',
  'https://api.example.com/v1/items?ids=1,2,3&name=J%C3%B6rg',
  'mailto:someone@example.com',
  'file:///etc/hosts',
  'http://[::1]:3000/x',
  'https://example.com/ü/ç?é=ñ',
  'https://example.com/a?b=c&b=d&e',
  'http://example.com/a\\b\\c?x\\y',
  'ws://host:80/',
  'urn:isbn:0451450523'
];
var cases = [
  'atob("SGVsbG8sIFdvcmxkIQ==")', 'atob(" SGVs bG8=")', 'atob("SGVsbG8")', 'btoa("Hello, World!")', 'btoa("\\u00ff\\u00fe")',
  'btoa(String.fromCharCode(0,1,2,250))', 'atob("/w==").charCodeAt(0)', 'atob("bad!")', 'btoa("✓")',
  'Buffer.from("héllo").toString("base64")', 'Buffer.from("héllo").toString("hex")', 'Buffer.from("aGVsbG8=", "base64").toString()',
  'Buffer.from("68656c6c6f", "hex").toString("utf8")', 'Buffer.from("héllo").length', 'Buffer.byteLength("héllo")',
  'Buffer.from([104, 105]).toString()', 'Buffer.concat([Buffer.from("ab"), Buffer.from("cd")]).toString()',
  'Buffer.isBuffer(Buffer.from("x"))', 'Buffer.isBuffer("x")', 'Buffer.alloc(3).toString("hex")', 'Buffer.alloc(4, "ab").toString()',
  'Buffer.from("hello").slice(1, 3).toString()', 'Buffer.from("hello").toJSON()', 'JSON.stringify(Buffer.from("hi"))',
  'Buffer.from("héllo", "latin1").toString("hex")', 'Buffer.from("hello").toString("base64url")', 'Buffer.from("aGk_", "base64url").toString("hex")',
  'Buffer.from("abc").equals(Buffer.from("abc"))', 'Buffer.from("abc").compare(Buffer.from("abd"))', 'Buffer.from("hello world").indexOf("wor")',
  'Buffer.from("hi") instanceof Uint8Array', 'Buffer.from("abc").toString("utf8", 1)', 'Buffer.from(new Uint8Array([1,2,3]).buffer).toString("hex")',
  'Buffer.from("ab").readUInt16BE(0)', 'Buffer.from("ffff", "hex").readInt8(0)', 'Buffer.from("hello").toString("ascii")',
  'Buffer.from("hi", "utf16le").toString("hex")', 'Buffer.from("hello world").includes("lo w")',
  'Array.from(new TextEncoder().encode("h€llo"))', 'new TextDecoder().decode(new Uint8Array([226, 130, 172, 33]))', 'new TextEncoder().encoding',
  'new TextDecoder().decode(new Uint8Array([0xef,0xbb,0xbf,65]))', 'new TextDecoder().decode(new Uint8Array([0xff,65]))', 'new TextDecoder("utf-8", {fatal: true}).decode(new Uint8Array([0xff]))',
  'new TextDecoder().decode(new TextEncoder().encode("round ✓ trip").buffer)',
  'structuredClone({a: [1, {b: 2}], d: new Date(0), m: new Map([[1, 2]]), s: new Set([1])}).d.toISOString()',
  'Array.from(structuredClone(new Map([["k", {v: 1}]])).entries())', 'Array.from(structuredClone(new Set([1, 2])))',
  'structuredClone({a: [1, {b: 2}], n: null, s: "x"})', 'structuredClone(function(){})',
  '(function(){ var o = {a: {b: 1}}; var c = structuredClone(o); c.a.b = 2; return o.a.b; })()',
  '(function(){ var o = {}; o.self = o; var c = structuredClone(o); return c.self === c && c !== o; })()',
  'new URLSearchParams("a=1&b=2&a=3").getAll("a")', 'new URLSearchParams("?a=1&b=x%20y+z").get("b")', 'new URLSearchParams({x: 1, y: "a b&c"}).toString()',
  'new URLSearchParams([["a", "1"], ["b", "2"]]).toString()', 'new URLSearchParams("a=1").has("a")', 'new URLSearchParams("a=1").get("zz")',
  '(function(){ var p = new URLSearchParams("a=1&b=2&a=3"); p.set("a", "9"); p.append("c", "é"); p.delete("b"); return p.toString(); })()',
  '(function(){ var p = new URLSearchParams("b=2&a=1&a=0"); p.sort(); var r = []; p.forEach(function(v, k){ r.push(k + ":" + v); }); return r; })()',
  'Array.from(new URLSearchParams("x=1&y=2").keys())', 'Array.from(new URLSearchParams("x=1&y=2"))', "new URLSearchParams(\"q=!'()~*\").toString()",
  'new URL("/p/q?x=1", "https://example.com/a/b").href', 'new URL("../up", "https://example.com/a/b/c").href', 'new URL("?z=1", "https://example.com/a?b=1#h").href',
  'new URL("#h2", "https://example.com/a?b=1#h").href', 'new URL("//other.org/x", "https://example.com/a").href', 'new URL("rel", "https://example.com").href',
  'new URL("not a url")', 'new URL("http://example.com:99999")', 'new URL("/relative")', 'URL.canParse("x:y")',
  '(function(){ var u = new URL("https://example.com/p?a=1"); u.searchParams.append("b", "x y"); return u.href; })()',
  '(function(){ var u = new URL("https://example.com/p?a=1"); u.search = "?q=2"; return [u.href, u.searchParams.get("q")]; })()',
  '(function(){ var u = new URL("https://example.com/p"); u.pathname = "/new path"; u.hash = "top"; u.port = "8443"; u.hostname = "other.COM"; return u.href; })()',
  '(function(){ var u = new URL("https://example.com:8443/p"); u.port = "443"; u.protocol = "http"; return [u.href, u.host]; })()',
  'JSON.stringify({u: new URL("https://x.org/a")})', 'String(new URL("https://x.org"))'
];
urls.forEach(function (u) {
  var lit = JSON.stringify(u);
  cases.push('(function(){ var u = new URL(' + lit + '); return [u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin, Array.from(u.searchParams)]; })()');
});
run('node ' + process.version + ' web globals', null, cases);
