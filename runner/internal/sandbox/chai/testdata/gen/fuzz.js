// Differential fuzzer (development aid, not run by tests): evaluates random
// assertions on random values with the real chai 4.4.1 and with ../../chai.js
// (loaded into node) and prints any outcome that differs. Usage as gen.js:
//   NODE_PATH="$D/node_modules" node fuzz.js [iterations]
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const chai = require('chai');

vm.runInThisContext(fs.readFileSync(path.join(__dirname, '..', '..', 'chai.js'), 'utf8'));
const mine = __runnerChai({}); // eslint-disable-line no-undef

let seed = 12345;
function rnd(n) {
  seed = (seed * 48271) % 2147483647;
  return seed % n;
}
const words = ['a', 'bb', 'ccc', 'dddd', 'eeeeeeeeee', 'x-y', 'key with space', '0', '_k', 'it\'s'];
function gen(d) {
  switch (rnd(d > 2 ? 6 : 13)) {
    case 0: return rnd(100000) / (rnd(3) ? 1 : 7);
    case 1: return words[rnd(words.length)].repeat(1 + rnd(4));
    case 2: return [true, false, null, undefined, NaN, -0, 0, Infinity][rnd(8)];
    case 3: return words[rnd(words.length)];
    case 4: return rnd(10);
    case 5: return [new Date(rnd(1e12)), /a+b/g, new Error('e' + rnd(5)), function named() {}, () => 1][rnd(5)];
    case 6: case 7: {
      const a = [];
      const n = rnd(8);
      for (let i = 0; i < n; i++) a.push(gen(d + 1));
      return a;
    }
    case 8: {
      const m = new Map();
      const n = rnd(4);
      for (let i = 0; i < n; i++) m.set(gen(d + 1), gen(d + 1));
      return m;
    }
    case 9: {
      const s = new Set();
      const n = rnd(4);
      for (let i = 0; i < n; i++) s.add(gen(d + 1));
      return s;
    }
    default: {
      const o = {};
      const n = rnd(7);
      for (let i = 0; i < n; i++) o[words[rnd(words.length)] + (rnd(2) ? i : '')] = gen(d + 1);
      return o;
    }
  }
}

const assertions = [
  (e, a, b) => e(a).to.equal(b),
  (e, a, b) => e(a).to.not.equal(a),
  (e, a, b) => e(a).to.eql(b),
  (e, a, b) => e(a).to.not.eql(a),
  (e, a, b) => e(a).to.include(b),
  (e, a, b) => e(a).to.not.include(b),
  (e, a, b) => e(a).to.deep.include(b),
  (e, a, b) => e(a).to.have.property(String(b)),
  (e, a, b) => e(a).to.have.property('a', b),
  (e, a, b) => e(a).to.have.nested.property('a[0].b', b),
  (e, a, b) => e(a).to.have.lengthOf(3),
  (e, a, b) => e(a).to.have.lengthOf.above(2),
  (e, a, b) => e(a).to.be.above(b),
  (e, a, b) => e(a).to.be.within(1, 5),
  (e, a, b) => e(a).to.be.a('object'),
  (e, a, b) => e(a).to.be.an('array'),
  (e, a, b) => e(a).to.not.be.a(typeof b),
  (e, a, b) => e(a).to.be.empty,
  (e, a, b) => e(a).to.not.be.empty,
  (e, a, b) => e(a).to.be.ok,
  (e, a, b) => e(a).to.exist,
  (e, a, b) => e(a).to.be.true,
  (e, a, b) => e(a).to.have.keys('a', 'bb'),
  (e, a, b) => e(a).to.have.any.keys(b),
  (e, a, b) => e(a).to.have.members([b]),
  (e, a, b) => e(a).to.include.members([b]),
  (e, a, b) => e(a).to.be.oneOf([b, 1]),
  (e, a, b) => e(a).to.match(/a/),
  (e, a, b) => e(a).to.have.string('a'),
  (e, a, b) => e(a).to.be.closeTo(3, 1),
  (e, a, b) => e(a).to.be.instanceOf(Array),
  (e, a, b) => e(a).to.satisfy((x) => x === b),
  (e, a, b) => e(a, 'msg').to.equal(b),
  (e, a, b) => e(a).to.throw(),
  (e, a, b) => e(a).to.be.NaN,
  (e, a, b) => e(a).to.be.finite,
  (e, a, b) => e(a).to.be.frozen
];

function run(expect, fn, a, b) {
  try {
    fn(expect, a, b);
    return 'PASS';
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}

const iterations = Number(process.argv[2]) || 20000;
let diffs = 0;
for (let i = 0; i < iterations; i++) {
  const a = gen(0);
  const b = rnd(3) ? gen(1) : a;
  const k = rnd(assertions.length);
  const want = run(chai.expect, assertions[k], a, b);
  const got = run(mine.expect, assertions[k], a, b);
  if (want !== got && !/^TypeError/.test(want)) {
    diffs++;
    if (diffs <= 20) {
      console.log('assertion #%d\n  want %s\n  got  %s', k, want, got);
    }
  }
}
console.log('%d differences in %d runs', diffs, iterations);
