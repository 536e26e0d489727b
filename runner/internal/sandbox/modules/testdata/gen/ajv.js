// Generates ../ajv.json from ajv@6.12.5:
//   npm install --prefix /tmp/x ajv@6.12.5
//   NODE_PATH=/tmp/x/node_modules node ajv.js > ../ajv.json
'use strict';
var run = require('./run');
var Ajv = require('ajv');
var pairs = require('./schemas');
var cases = [];
pairs.forEach(function (p) {
  var s = JSON.stringify(p[0]), d = JSON.stringify(p[1]);
  cases.push('(function(){ var a = new lib({allErrors: true}); var ok = a.validate(' + s + ', ' + d + '); return [ok, a.errors]; })()');
  cases.push('(function(){ var a = new lib(); var v = a.compile(' + s + '); var ok = v(' + d + '); return [ok, v.errors]; })()');
});
cases.push('(function(){ var a = new lib({allErrors: true}); a.validate({properties: {x: {type: "string"}, y: {minimum: 3}}}, {x: 1, y: 1}); return a.errorsText(); })()');
cases.push('(function(){ var a = new lib(); a.validate({type: "string"}, "ok"); return [a.errors, a.errorsText()]; })()');
cases.push('new lib().compile({type: "nonsense"})');
cases.push('new lib().compile({properties: {x: {format: "foo"}}})');
cases.push('(function(){ try { new lib().compile({properties: {x: {format: "foo"}}}); } catch (e) { return e.message; } })()');
run('ajv@6.12.5', Ajv, cases);
