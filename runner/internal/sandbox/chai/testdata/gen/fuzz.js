// Differential fuzzer (development aid, not run by tests): runs the random
// assertions of ../fuzzcases.js with the real chai 4.4.1 and with ../../chai.js
// (loaded into node) and prints the outcomes that differ. Same setup as gen.js:
//   NODE_PATH="$D/node_modules" node fuzz.js [count]
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const chai = require('chai');

vm.runInThisContext(fs.readFileSync(path.join(__dirname, '..', '..', 'chai.js'), 'utf8'));
vm.runInThisContext(fs.readFileSync(path.join(__dirname, '..', 'fuzzcases.js'), 'utf8'));
const mine = __runnerChai({}); // eslint-disable-line no-undef

function run(expect, n) {
  try {
    fuzzCase(expect, n); // eslint-disable-line no-undef
    return 'PASS';
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}

const count = Number(process.argv[2]) || 20000;
let diffs = 0;
for (let n = 0; n < count; n++) {
  const want = run(chai.expect, n);
  const got = run(mine.expect, n);
  if (want !== got && !/^TypeError/.test(want)) {
    diffs++;
    if (diffs <= 20) {
      console.log('case %d\n  want %s\n  got  %s', n, want, got);
    }
  }
}
console.log('%d differences in %d cases', diffs, count);
