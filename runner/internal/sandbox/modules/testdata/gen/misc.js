// Generates ../misc.json: querystring and url from Node 20's built-ins,
// csv-parse/lib/sync from csv-parse@1.2.4 (`lib` is a require function):
//   npm install --prefix /tmp/x csv-parse@1.2.4
//   NODE_PATH=/tmp/x/node_modules node misc.js > ../misc.json
'use strict';
var run = require('./run');
var req = function (n) { return require(n); };
var cases = [
  'lib("querystring").parse("a=1&b=x%20y&a=2&c=&d&e=f+g")', 'lib("querystring").parse("a:1;b:2", ";", ":")', 'lib("querystring").stringify({a: [1, 2], b: "x y&z", c: true, d: null, e: undefined, f: {}})',
  'lib("querystring").stringify({w: "ü", n: 1.5}, ";", ":")', 'lib("querystring").parse("")', 'lib("querystring").parse("%E4%BD%A0=1&bad=%ZZ")',
  'lib("url").parse("https://user:pw@Example.com:8080/p/a/t/h?query=string&a=1#hash")', 'lib("url").parse("https://example.com/p?x=1&x=2", true).query', 'lib("url").parse("/relative/path?x=1")',
  'lib("url").parse("http://example.com")', 'lib("url").parse("mailto:someone@example.com")', 'lib("url").parse("//host/path", false, true)',
  'lib("url").format({protocol: "https", hostname: "example.com", pathname: "/a b", query: {x: 1, y: "z"}})', 'lib("url").format(lib("url").parse("http://a.com:81/x?y#z"))', 'lib("url").format({protocol: "http:", host: "h.com", search: "q=1", hash: "f"})',
  'lib("url").resolve("http://example.com/one/two", "three")', 'lib("url").resolve("http://example.com/one/two", "/three")', 'lib("url").resolve("http://example.com/one/", "../x?y")', 'lib("url").resolve("http://example.com/", "https://other.org/")',
  'lib("csv-parse/lib/sync")("a,b,c\\n1,2,3\\n4,5,6")', 'lib("csv-parse/lib/sync")("a,b\\n1,2\\n\\n3,4\\n", {columns: true, skip_empty_lines: true})', 'lib("csv-parse/lib/sync")("a;b\\n\\"x;y\\";\\"he said \\"\\"hi\\"\\"\\"", {delimiter: ";"})',
  'lib("csv-parse/lib/sync")("name,age\\nBob,30\\nAmy,25", {columns: ["n", "a"]})', 'lib("csv-parse/lib/sync")(" a , b \\n c , d ", {trim: true})', 'lib("csv-parse/lib/sync")("a,b\\r\\n1,2\\r\\n")', 'lib("csv-parse/lib/sync")("a,b\\n1,2,3", {columns: true})',
  'lib("csv-parse/lib/sync")("a,b\\n1\\n", {})', 'lib("csv-parse/lib/sync")("\\"multi\\nline\\",x\\ny,z")', 'lib("csv-parse/lib/sync")("1,2.5,x\\n", {auto_parse: true})', 'lib("csv-parse/lib/sync")("")', 'lib("csv-parse/lib/sync")("# c\\na,b", {comment: "#"})',
  'lib("csv-parse/lib/sync")("a,b\\n1,2\\n\\n3,4")',
  'lib("path").join("/a/b", "../c", "./d.txt")', 'lib("path").join("a", "", "b/")', 'lib("path").resolve("/x/y", "../z")', 'lib("path").basename("/a/b/c.tar.gz")', 'lib("path").basename("/a/b/c.txt", ".txt")',
  'lib("path").extname("/a/b/c.tar.gz")', 'lib("path").dirname("/a/b/c")', 'lib("path").normalize("/a//b/../c/.")', 'lib("path").relative("/a/b/c", "/a/d")', 'lib("path").parse("/home/u/file.txt")', 'lib("path").isAbsolute("x/y")',
  '(function(){ var E = lib("events"); var e = new E(); var r = []; e.on("x", function (a, b) { r.push(a + b); }); e.once("x", function () { r.push("once"); }); e.emit("x", 1, 2); e.emit("x", 3, 4); return [r, e.listenerCount("x"), e.eventNames()]; })()',
  '(function(){ try { lib("assert").strictEqual(1, 2); return "no"; } catch (e) { return [e.name, e.code, e.actual, e.expected, e.operator]; } })()',
  '(function(){ try { lib("assert").deepStrictEqual({a: [1]}, {a: [1]}); lib("assert").ok(true); lib("assert").deepEqual({a: 1}, {a: "1"}); return "ok"; } catch (e) { return e.message; } })()',
  '(function(){ try { lib("assert")(0, "custom message"); return "no"; } catch (e) { return e.message; } })()',
  '(function(){ var D = lib("string_decoder").StringDecoder; var d = new D("utf8"); return d.write(Buffer.from([0xe2, 0x82])) + "|" + d.write(Buffer.from([0xac, 0x41])) + "|" + d.end(); })()',
  'lib("punycode").toASCII("mañana.com")', 'lib("punycode").toUnicode("xn--maana-pta.com")', 'lib("punycode").encode("bücher")', 'lib("punycode").decode("bcher-kva")'
];
run('node ' + process.version + ' querystring/url, csv-parse@1.2.4', req, cases);
