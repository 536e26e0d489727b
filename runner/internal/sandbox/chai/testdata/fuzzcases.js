// Deterministic random assertions shared by gen/gen.js (real chai), gen/fuzz.js
// and the Go tests (harness.js): fuzzCase(expect, n) builds the n-th random
// value pair and runs one assertion on it. Both sides must produce the same
// outcome.
function fuzzCase(expect, n) {
  var seed = 7919 * (n + 1);
  function rnd(k) {
    seed = (seed * 48271) % 2147483647;
    return seed % k;
  }
  for (var warm = 0; warm < 3; warm++) rnd(2);
  var words = ['a', 'bb', 'ccc', 'dddd', 'eeeeeeeeee', 'x-y', 'key with space', '0', '_k', 'it\'s'];
  class Thing {
    constructor(v) { this.v = v; }
  }
  function gen(d) {
    switch (rnd(d > 2 ? 6 : 15)) {
      case 0: return rnd(100000) / (rnd(3) ? 1 : 7);
      case 1: return words[rnd(words.length)].repeat(1 + rnd(4));
      case 2: return [true, false, null, undefined, NaN, -0, 0, Infinity][rnd(8)];
      case 3: return words[rnd(words.length)];
      case 4: return rnd(10);
      case 5: return [new Date(rnd(1e12)), /a+b/g, new Error('e' + rnd(5)), function named() {}, function () {}, Symbol('s'),
        new Uint8Array([1, rnd(200)])][rnd(7)];
      case 6: case 7: {
        var a = [];
        var len = rnd(8);
        for (var i = 0; i < len; i++) a.push(gen(d + 1));
        return a;
      }
      case 8: {
        var m = new Map();
        var mn = rnd(4);
        for (var j = 0; j < mn; j++) m.set(gen(d + 1), gen(d + 1));
        return m;
      }
      case 9: {
        var s = new Set();
        var sn = rnd(4);
        for (var k = 0; k < sn; k++) s.add(gen(d + 1));
        return s;
      }
      case 10: return new Thing(gen(d + 1));
      default: {
        var o = {};
        var on = rnd(7);
        for (var q = 0; q < on; q++) o[words[rnd(words.length)] + (rnd(2) ? q : '')] = gen(d + 1);
        return o;
      }
    }
  }
  var assertions = [
    function (e, a, b) { e(a).to.equal(b); },
    function (e, a) { e(a).to.not.equal(a); },
    function (e, a, b) { e(a).to.eql(b); },
    function (e, a) { e(a).to.not.eql(a); },
    function (e, a, b) { e(a).to.include(b); },
    function (e, a, b) { e(a).to.not.include(b); },
    function (e, a, b) { e(a).to.deep.include(b); },
    function (e, a, b) { e(a).to.own.include(b); },
    function (e, a, b) { e(a).to.nested.include({'a.b': b}); },
    function (e, a, b) { e(a).to.have.property(String(b)); },
    function (e, a, b) { e(a).to.have.property('a', b); },
    function (e, a, b) { e(a).to.have.deep.own.property('a', b); },
    function (e, a, b) { e(a).to.have.nested.property('a[0].b', b); },
    function (e, a) { e(a).to.have.lengthOf(3); },
    function (e, a) { e(a).to.have.lengthOf.above(2); },
    function (e, a) { e(a).to.not.have.lengthOf.within(1, 3); },
    function (e, a, b) { e(a).to.be.above(b); },
    function (e, a) { e(a).to.be.within(1, 5); },
    function (e, a) { e(a).to.be.at.most(5); },
    function (e, a) { e(a).to.be.a('object'); },
    function (e, a) { e(a).to.be.an('array'); },
    function (e, a, b) { e(a).to.not.be.a(typeof b); },
    function (e, a) { e(a).to.be.empty; },
    function (e, a) { e(a).to.not.be.empty; },
    function (e, a) { e(a).to.be.ok; },
    function (e, a) { e(a).to.exist; },
    function (e, a) { e(a).to.be.true; },
    function (e, a) { e(a).to.have.keys('a', 'bb'); },
    function (e, a, b) { e(a).to.have.any.keys(b); },
    function (e, a, b) { e(a).to.contain.all.keys([b]); },
    function (e, a, b) { e(a).to.have.members([b]); },
    function (e, a, b) { e(a).to.include.members([b]); },
    function (e, a, b) { e(a).to.have.deep.ordered.members([b, a]); },
    function (e, a, b) { e(a).to.be.oneOf([b, 1]); },
    function (e, a, b) { e(a).to.contain.oneOf([b]); },
    function (e, a) { e(a).to.match(/a/); },
    function (e, a) { e(a).to.have.string('a'); },
    function (e, a) { e(a).to.be.closeTo(3, 1); },
    function (e, a) { e(a).to.be.instanceOf(Array); },
    function (e, a, b) { e(a).to.satisfy(function (x) { return x === b; }); },
    function (e, a, b) { e(a, 'msg').to.equal(b); },
    function (e, a) { e(a).to.throw(); },
    function (e, a, b) { e(function () { throw a; }).to.throw(b); },
    function (e, a) { e(a).to.be.NaN; },
    function (e, a) { e(a).to.be.finite; },
    function (e, a) { e(a).to.be.frozen; },
    function (e, a) { e(a).to.respondTo('forEach'); },
    function (e, a, b) { e(a).to.have.ownPropertyDescriptor(String(b)); }
  ];
  var a = gen(0);
  var b = rnd(3) ? gen(1) : a;
  return assertions[rnd(assertions.length)](expect, a, b);
}
