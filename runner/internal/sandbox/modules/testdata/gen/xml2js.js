// Generates ../xml2js.json from xml2js@0.6.2 (`extra` is Postman's xml2Json):
//   npm install --prefix /tmp/x xml2js@0.6.2
//   NODE_PATH=/tmp/x/node_modules node xml2js.js > ../xml2js.json
'use strict';
var run = require('./run');
var xml2js = require('xml2js');
function xml2Json(s) { var out; xml2js.parseString(s, { explicitArray: false, async: false, trim: true, mergeAttrs: false }, function (e, r) { out = r; }); return out; }
var docs = [
  '<root>hello</root>',
  '<root><a>1</a><a>2</a><b x="1">t</b><c/></root>',
  '<?xml version="1.0" encoding="UTF-8"?>\n<note id="7" lang="en">\n  <to>Tove</to>\n  <from>Jani</from>\n  <body>Don\'t &amp; &lt;forget&gt;</body>\n  <empty></empty>\n  <ws>   </ws>\n</note>',
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><m:GetPriceResponse xmlns:m="https://www.w3schools.com/prices"><m:Price>1.90</m:Price></m:GetPriceResponse></soap:Body></soap:Envelope>',
  '<r>text <b>bold</b> tail</r>',
  '<r><![CDATA[<raw> & stuff]]></r>',
  '<r a="1" b="two"/>',
  '<r>  padded  </r>',
  '<list><item id="1">A</item><item id="2">B</item><item id="3"><sub>x</sub></item></list>',
  '<!-- c --><r><!-- inner -->v</r>',
  '<r>&#65;&#x42;&quot;</r>'
];
var cases = [];
docs.forEach(function (d) {
  var lit = JSON.stringify(d);
  cases.push('(function(){ var out; lib.parseString(' + lit + ', function (e, r) { out = e ? "ERR" : r; }); return out; })()');
  cases.push('(function(){ var out; lib.parseString(' + lit + ', {explicitArray: false}, function (e, r) { out = e ? "ERR" : r; }); return out; })()');
  cases.push('(function(){ var out; lib.parseString(' + lit + ', {trim: true, normalize: true, explicitRoot: false, mergeAttrs: true}, function (e, r) { out = e ? "ERR" : r; }); return out; })()');
  cases.push('(function(){ var out; new lib.Parser({attrkey: "@", charkey: "#", explicitCharkey: true, ignoreAttrs: false}).parseString(' + lit + ', function (e, r) { out = e ? "ERR" : r; }); return out; })()');
  cases.push('(function(){ var out; lib.parseString(' + lit + ', {tagNameProcessors: [lib.processors.stripPrefix], valueProcessors: [lib.processors.parseNumbers], emptyTag: null}, function (e, r) { out = e ? "ERR" : r; }); return out; })()');
  cases.push('extra(' + lit + ')');
});
['<r><a></r>', '<r>', 'not xml', '<a/><b/>'].forEach(function (d) {
  cases.push('(function(){ var out; lib.parseString(' + JSON.stringify(d) + ', function (e, r) { out = e ? "ERR" : r; }); return out; })()');
});
cases.push('new lib.Builder().buildObject({root: {$: {id: 1}, name: "x & y", list: {item: ["a", "b"]}}})');
cases.push('new lib.Builder({headless: true, renderOpts: {pretty: false}}).buildObject({a: {b: "c"}})');
cases.push('new lib.Builder({rootName: "doc"}).buildObject({a: 1, b: 2})');
run('xml2js@0.6.2', xml2js, cases, xml2Json);
