// Generates ../tv4.json from tv4@1.3.0:
//   npm install --prefix /tmp/x tv4@1.3.0
//   NODE_PATH=/tmp/x/node_modules node tv4.js > ../tv4.json
'use strict';
var run = require('./run');
var tv4 = require('tv4');
var pairs = require('./schemas');
var pick = 'function pick(e) { return e && {code: e.code, message: e.message, dataPath: e.dataPath, schemaPath: e.schemaPath, params: e.params}; }';
var cases = [];
pairs.forEach(function (p) {
  if (/"(const|contains|if|exclusiveMinimum":5|format)"/.test(JSON.stringify(p[0]))) { return; }
  var s = JSON.stringify(p[0]), d = JSON.stringify(p[1]);
  cases.push('(function(){ ' + pick + ' var ok = lib.validate(' + d + ', ' + s + '); return [ok, pick(lib.error)]; })()');
  cases.push('(function(){ ' + pick + ' var r = lib.validateMultiple(' + d + ', ' + s + '); return [r.valid, r.errors.map(pick)]; })()');
  cases.push('(function(){ ' + pick + ' var r = lib.validateResult(' + d + ', ' + s + '); return [r.valid, pick(r.error)]; })()');
});
run('tv4@1.3.0', tv4, cases);
