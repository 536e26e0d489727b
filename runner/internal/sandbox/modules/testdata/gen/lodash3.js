// Generates ../lodash3.json from lodash 3.10 (the `_` global of Postman):
//   npm install --prefix /tmp/x lodash3@npm:lodash@3.10.1
//   NODE_PATH=/tmp/x/node_modules node lodash3.js > ../lodash3.json
// Then set the lib.VERSION case to "3.10.2" by hand: Newman 6.2.2's `_`
// reports 3.10.2 (testdata/scripts/newman-6.2.2.json, "legacy: lodash 3
// global"), which js/lodash3.js follows.
'use strict';
var run = require('./run');
var lib = require('lodash3');
var data = 'var users = [{user: "barney", age: 36, active: true}, {user: "fred", age: 40, active: false}, {user: "pebbles", age: 1, active: true}]; ';
function d(expr) { return '(function(){ ' + data + 'return ' + expr + '; })()'; }
var cases = [
  'lib.VERSION', 'lib.get({a: [{b: 1}]}, "a[0].b")', 'lib.set({}, "a.b", 1)', 'lib.has({a: {b: 1}}, "a.b")', 'lib.keys({a: 1})', 'lib.values({a: 1})',
  d('lib.pluck(users, "user")'), d('lib.where(users, {active: true})'), d('lib.findWhere(users, {age: 40})'), d('lib.indexBy(users, "user")'), d('lib.sortByOrder(users, ["user", "age"], [true, false])'), d('lib.sortByOrder(users, ["age"], ["desc"])'),
  d('lib.max(users, "age")'), d('lib.min(users, function (o) { return o.age; })'), 'lib.max([])', 'lib.min([])', 'lib.max([1, 3, 2])', d('lib.sum(users, "age")'), 'lib.sum([1, 2])', 'lib.sum({a: 1, b: 2})',
  'lib.contains([1, 2], 2)', 'lib.contains("abc", "b")', 'lib.contains({a: 1}, 1)', 'lib.includes([1, 2], 3)', 'lib.first([1, 2, 3])', 'lib.first([1, 2, 3], 2)', 'lib.last([1, 2, 3], 2)', 'lib.rest([1, 2, 3])',
  'lib.flatten([1, [2, [3]]])', 'lib.flatten([1, [2, [3]]], true)', 'lib.flattenDeep([1, [2, [3]]])', 'lib.uniq([1, 2, 1])', 'lib.uniq([1, 1, 2], true)', 'lib.uniq([1.5, 1.2, 2.1], Math.floor)', 'lib.uniq([{x: 1}, {x: 1}], "x")',
  'lib.capitalize("fRED")', 'lib.camelCase("Foo Bar")', 'lib.camelCase("__FOO_BAR__")', 'lib.camelCase("XMLHttpRequest")', 'lib.kebabCase("fooBar")', 'lib.snakeCase("Foo Bar")', 'lib.startCase("--foo-bar")', 'lib.startCase("fooBar")', 'lib.words("fred, barney, & pebbles")', 'lib.words("camelCaseHTML5Words")',
  'lib.padLeft("abc", 6, "_-")', 'lib.padRight("abc", 6)', 'lib.pad("abc", 8)', 'lib.trunc("hi-diddly-ho there, neighborino", 24)', 'lib.trunc("hi-diddly-ho there, neighborino", {length: 24, separator: " "})', 'lib.trimLeft("  a ")', 'lib.trimRight("  a ")', 'lib.repeat("ab", 2)',
  'lib.pairs({a: 1, b: 2})', 'lib.zipObject([["a", 1], ["b", 2]])', 'lib.zipObject(["a", "b"], [1, 2])', 'lib.object([["a", 1]])', 'lib.pick({a: 1, b: "x"}, lib.isNumber)', 'lib.omit({a: 1, b: "x"}, lib.isNumber)', 'lib.pick({a: 1, b: 2}, "a")', 'lib.omit({a: 1, b: 2}, ["a"])',
  'lib.map([1, 2], function (n) { return n * this.k; }, {k: 3})', 'lib.filter([1, 2, 3], function (n) { return n > this.min; }, {min: 1})', 'lib.reduce([1, 2, 3], function (s, n) { return s + n; })',
  'lib.all([1, 2], Boolean)', 'lib.any([0, 1], Boolean)', 'lib.collect([1], String)', 'lib.select([1, 2], function (n) { return n > 1; })', 'lib.detect([1, 2], function (n) { return n > 1; })', 'lib.inject([1, 2], function (a, b) { return a + b; }, 10)',
  'lib.isEmpty({})', 'lib.isEmpty([])', 'lib.isEmpty("x")', 'lib.isEmpty(0)', 'lib.isArray([])', 'lib.isEqual({a: [1]}, {a: [1]})', 'lib.isString("")', 'lib.isNumber(1)', 'lib.isObject(null)', 'lib.isFunction(lib.noop)', 'lib.isUndefined(void 0)', 'lib.isNull(null)', 'lib.isPlainObject({})',
  'lib.clone({a: {b: 1}}, true)', '(function(){ var o = {a: {b: 1}}; var c = lib.clone(o); return c.a === o.a; })()', 'lib.cloneDeep([{a: 1}])', 'lib.merge({a: {b: 1}}, {a: {c: 2}})', 'lib.assign({a: 1}, {b: 2})', 'lib.extend({a: 1}, {a: 3})', 'lib.defaults({a: 1}, {a: 2, b: 2})',
  'lib.assign({a: 1}, {a: 2, b: 3}, function (o, s) { return o === undefined ? s : o; })',
  'lib.range(3)', 'lib.times(3)', 'lib.groupBy([1.2, 1.5, 2.1], Math.floor)', 'lib.countBy([1.2, 1.5, 2.1], Math.floor)', d('lib.sortBy(users, "age")'), 'lib.chunk([1, 2, 3], 2)', 'lib.compact([0, 1])', 'lib.difference([1, 2], [2])', 'lib.intersection([1, 2], [2])', 'lib.union([1], [2])', 'lib.without([1, 2], 2)', 'lib.zip([1, 2], ["a", "b"])',
  'lib.mapValues({a: 1}, function (v) { return v + 1; })', 'lib.size({a: 1})', 'lib.indexOf([1, 2, 3], 2)', 'lib.parseInt("08")', 'lib.escape("<a>")', 'lib.template("hi <%= name %>")({name: "x"})', 'lib.trim(" x ")', 'lib.startsWith("abc", "a")', 'lib.endsWith("abc", "c")',
  'lib([1, 2, 3]).map(function (n) { return n + 1; }).value()', 'lib.chain([1, 2, 3]).filter(function (n) { return n > 1; }).first().value()', 'lib([1, 2]).sum()', 'lib.random(1, 1)', 'lib.identity(2)', 'lib.noop()',
  'lib.isEqual([1], [2], function () { return true; })', 'lib.methods({a: function () {}, b: 1})', 'lib.sortByAll([{a: 2, b: 1}, {a: 1, b: 2}], ["a", "b"])', 'lib.find([{a: 1}], "a")',
  '(function(){ var r = []; lib.each({a: 1}, function (v, k) { r.push(k); }); return r; })()', 'typeof lib.keyBy', 'typeof lib.isNil', 'typeof lib.pluck', 'typeof lib.fromPairs'
];
run('lodash@' + lib.VERSION, lib, cases);
