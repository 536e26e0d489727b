// Generates ../cases.json: the outcome of every case in cases.js under the real
// chai 4.4.1 + chai-postman 2.0.1 (with postman-collection and Ajv 6), as the
// Postman sandbox wires them. Not run by tests. Usage (see README):
//   npm install --prefix "$DIR" chai@4.4.1 chai-postman@2.0.1 postman-collection ajv@6 lodash
//   NODE_PATH="$DIR/node_modules" node gen.js
'use strict';
const fs = require('fs');
const path = require('path');
const chai = require('chai');
const sdk = require('postman-collection');
const _ = require('lodash');
const Ajv = require('ajv');

chai.use(require('chai-postman')(sdk, _, Ajv));

const vm = require('vm');

vm.runInThisContext(fs.readFileSync(path.join(__dirname, '..', 'fuzzcases.js'), 'utf8'));

const FUZZ_CASES = 800;
const cases = require('./cases.js').slice();
for (let n = 0; n < FUZZ_CASES; n++) {
  cases.push('fuzzCase(expect, ' + n + ')');
}

function res(spec) {
  return new sdk.Response({
    code: spec.code,
    status: spec.status,
    header: spec.header || [],
    body: spec.body,
    responseTime: spec.responseTime
  });
}

function req(spec) {
  return new sdk.Request({ url: spec.url, method: spec.method, header: spec.header || [] });
}

const out = cases.map((code) => {
  const fn = new Function('expect', 'res', 'req', 'assert', code); // eslint-disable-line no-new-func
  try {
    fn(chai.expect, res, req, chai.assert);
    return { code, pass: true };
  } catch (e) {
    return { code, pass: false, name: e.name, message: e.message };
  }
});

fs.writeFileSync(path.join(__dirname, '..', 'cases.json'), JSON.stringify(out, null, 1) + '\n');
console.log('wrote %d cases', out.length);
