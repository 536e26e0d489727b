(function (N, require) {
  'use strict';
  var G = require('globals');
  var RE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;
  function fmt(h) { return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20); }
  function v4(opts, buf, offset) {
    var b = new Uint8Array(N.randomBytes(16));
    if (opts && (opts.random || opts.rng)) {
      var r = opts.random || opts.rng();
      for (var i = 0; i < 16; i++) { b[i] = r[i]; }
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    if (buf) {
      offset = offset || 0;
      for (var j = 0; j < 16; j++) { buf[offset + j] = b[j]; }
      return buf;
    }
    return fmt(N.encodeHex(b));
  }
  var clockseq = null, node = null, lastMSecs = 0, lastNSecs = 0;
  function v1() {
    var rnd = new Uint8Array(N.randomBytes(16));
    if (node === null) { node = [rnd[0] | 0x01, rnd[1], rnd[2], rnd[3], rnd[4], rnd[5]]; }
    if (clockseq === null) { clockseq = ((rnd[6] << 8) | rnd[7]) & 0x3fff; }
    var msecs = Date.now(), nsecs = lastNSecs + 1;
    if (msecs > lastMSecs) { nsecs = 0; }
    if (nsecs >= 10000) { msecs++; nsecs = 0; }
    lastMSecs = msecs; lastNSecs = nsecs;
    msecs += 12219292800000;
    var tl = ((msecs & 0xfffffff) * 10000 + nsecs) % 0x100000000;
    var tmh = (msecs / 0x100000000 * 10000) & 0xfffffff;
    var b = [tl >>> 24 & 0xff, tl >>> 16 & 0xff, tl >>> 8 & 0xff, tl & 0xff,
      tmh >>> 8 & 0xff, tmh & 0xff, tmh >>> 24 & 0xf | 0x10, tmh >>> 16 & 0xff,
      clockseq >>> 8 | 0x80, clockseq & 0xff].concat(node);
    return fmt(N.encodeHex(b));
  }
  var uuid = function () { return v4.apply(null, arguments); };
  uuid.v4 = v4;
  uuid.v1 = v1;
  uuid.validate = function (s) { return typeof s === 'string' && RE.test(s); };
  uuid.version = function (s) {
    if (!uuid.validate(s)) { throw new TypeError('Invalid UUID'); }
    return parseInt(s.slice(14, 15), 16);
  };
  uuid.NIL = '00000000-0000-0000-0000-000000000000';
  uuid.parse = function (s) {
    if (!uuid.validate(s)) { throw new TypeError('Invalid UUID'); }
    return new Uint8Array(N.decodeHex(s.replace(/-/g, '')));
  };
  uuid.stringify = function (arr, offset) { offset = offset || 0; return fmt(N.encodeHex(Array.prototype.slice.call(arr, offset, offset + 16))); };
  uuid.randomUUID = G.randomUUID;
  return uuid;
})
