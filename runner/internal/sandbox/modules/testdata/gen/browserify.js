// Generates ../browserify.json from the browserify versions of Node
// built-ins Postman bundles (util, querystring-es3, url, events):
//   npm install --prefix /tmp/y util@0.12.5 querystring-es3@0.2.1 url@0.11.0 events@3.3.0
//   NODE_PATH=/tmp/y/node_modules node browserify.js > ../browserify.json
'use strict';
var run = require('./run');
var mods = { util: require('util/'), querystring: require('querystring-es3'), url: require('url/'), events: require('events/') };
var req = function (n) { return mods[n]; };
var cases = [
  'lib("util").inspect({a: 1, b: "x", c: [1, 2], d: {e: {f: {g: 1}}}})', 'lib("util").inspect("str")', 'lib("util").inspect([1, "a", null, undefined, true])', 'lib("util").inspect({})', 'lib("util").inspect([])',
  'lib("util").inspect(null)', 'lib("util").inspect(undefined)', 'lib("util").inspect(-0)', 'lib("util").inspect({"a-b": 1, c: "it\'s"})', 'lib("util").inspect(/re/g)',
  'lib("util").inspect(function foo() {})', 'lib("util").inspect({f: function () {}})', 'lib("util").inspect({a: [1, {b: [2, {c: [3]}]}]}, {depth: 0})', 'lib("util").inspect({a: {b: {c: {d: {}}}}}, {depth: null})',
  'lib("util").inspect({long1: "aaaaaaaaaaaaaaaaaaaa", long2: "bbbbbbbbbbbbbbbbbbbb", long3: "cccccccccccccccccccc"})', 'lib("util").inspect(new Error("boom"))', 'lib("util").inspect(Symbol("s"))',
  'lib("util").format("%s is %d years and %i, %f", "Bob", 42.5, 42.5, "1.5")', 'lib("util").format("%j", {a: [1]})', 'lib("util").format("%%s %s", "x")', 'lib("util").format("no args %s")', 'lib("util").format(1, 2, {a: 1})',
  'lib("util").format("%s", {a: 1})', 'lib("util").format("a", "b", null, undefined)', 'lib("util").format("%o", [1])', 'lib("util").isArray([])', 'lib("util").isPrimitive({})', 'lib("util").isPrimitive("x")',
  '(function(){ var o = {}; o.self = o; return lib("util").inspect(o); })()',
  'lib("querystring").stringify({a: [1, 2], b: "x y&z", c: true, d: null, e: undefined, f: {}})', 'lib("querystring").parse("a=1&b=x%20y&a=2&c=&d&e=f+g")',
  'lib("url").parse("https://user:pw@Example.com:8080/p/a/t/h?query=string&a=1#hash")', 'lib("url").parse("https://example.com/p?x=1&x=2", true).query', 'lib("url").format({protocol: "https", hostname: "example.com", pathname: "/a b", query: {x: 1}})',
  'lib("url").resolve("http://example.com/one/two", "three")', 'lib("url").resolve("/one/two/three", "four")', 'lib("url").resolve("http://example.com/", "/one")',
  '(function(){ var E = lib("events"); var e = new E(); var r = []; e.on("x", function (a) { r.push(a); }); e.prependListener("x", function () { r.push("first"); }); e.emit("x", 1); return [r, e.listenerCount("x"), e.emit("nothing")]; })()'
];
run('browserify util@0.12.5, querystring-es3@0.2.1, url@0.11.0, events@3.3.0', req, cases);
