(function (N, require) {
  'use strict';
  // Small browserify-style Node built-ins: path, events, assert,
  // string_decoder, timers, punycode, json (liquid-json) and stream (stub).
  var lib = {};

  // path (POSIX).
  function normalizeArray(parts, allowAbove) {
    var res = [];
    parts.forEach(function (p) {
      if (!p || p === '.') { return; }
      if (p === '..') { if (res.length && res[res.length - 1] !== '..') { res.pop(); } else if (allowAbove) { res.push('..'); } } else { res.push(p); }
    });
    return res;
  }
  var path = {
    sep: '/', delimiter: ':',
    normalize: function (p) {
      var abs = p.charAt(0) === '/', trail = p.slice(-1) === '/';
      p = normalizeArray(p.split('/'), !abs).join('/');
      if (!p && !abs) { p = '.'; }
      if (p && trail) { p += '/'; }
      return (abs ? '/' : '') + p;
    },
    join: function () { return path.normalize(Array.prototype.filter.call(arguments, function (p) { if (typeof p !== 'string') { throw new TypeError('Arguments to path.join must be strings'); } return p; }).join('/')); },
    resolve: function () {
      var resolved = '', abs = false;
      for (var i = arguments.length - 1; i >= -1 && !abs; i--) {
        var p = i >= 0 ? arguments[i] : '/';
        if (typeof p !== 'string') { throw new TypeError('Arguments to path.resolve must be strings'); }
        if (!p) { continue; }
        resolved = p + '/' + resolved;
        abs = p.charAt(0) === '/';
      }
      resolved = normalizeArray(resolved.split('/'), !abs).join('/');
      return ((abs ? '/' : '') + resolved) || '.';
    },
    isAbsolute: function (p) { return p.charAt(0) === '/'; },
    dirname: function (p) {
      var m = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^/]+?|)(\.[^./]*|))(?:[/]*)$/.exec(p), root = m[1], dir = m[2];
      if (!root && !dir) { return '.'; }
      if (dir) { dir = dir.slice(0, -1); }
      return root + dir;
    },
    basename: function (p, ext) {
      var f = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^/]+?|)(\.[^./]*|))(?:[/]*)$/.exec(p)[3];
      if (ext && f.slice(-ext.length) === ext) { f = f.slice(0, -ext.length); }
      return f;
    },
    extname: function (p) { return /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^/]+?|)(\.[^./]*|))(?:[/]*)$/.exec(p)[4]; },
    relative: function (from, to) {
      var f = path.resolve(from).split('/').filter(Boolean), t = path.resolve(to).split('/').filter(Boolean), i = 0;
      while (i < f.length && i < t.length && f[i] === t[i]) { i++; }
      return f.slice(i).map(function () { return '..'; }).concat(t.slice(i)).join('/');
    },
    parse: function (p) {
      var base = path.basename(p), ext = path.extname(p);
      return { root: p.charAt(0) === '/' ? '/' : '', dir: path.dirname(p), base: base, ext: ext, name: ext ? base.slice(0, -ext.length) : base };
    },
    format: function (o) { var dir = o.dir || o.root || ''; var base = o.base || ((o.name || '') + (o.ext || '')); return dir ? (dir === o.root ? dir + base : dir + '/' + base) : base; }
  };
  path.posix = path;
  lib.path = path;

  // events.
  function EventEmitter() { this._events = {}; this._maxListeners = undefined; }
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.defaultMaxListeners = 10;
  var EP = EventEmitter.prototype;
  EP.on = EP.addListener = function (ev, fn) {
    this._events = this._events || {};
    if (this._events.newListener) { this.emit('newListener', ev, fn); }
    (this._events[ev] = this._events[ev] || []).push(fn);
    return this;
  };
  EP.prependListener = function (ev, fn) { this._events = this._events || {}; (this._events[ev] = this._events[ev] || []).unshift(fn); return this; };
  EP.once = function (ev, fn) {
    var self = this;
    function g() { self.removeListener(ev, g); return fn.apply(this, arguments); }
    g.listener = fn;
    return this.on(ev, g);
  };
  EP.off = EP.removeListener = function (ev, fn) {
    var l = this._events && this._events[ev];
    if (!l) { return this; }
    for (var i = l.length - 1; i >= 0; i--) { if (l[i] === fn || l[i].listener === fn) { l.splice(i, 1); break; } }
    if (!l.length) { delete this._events[ev]; }
    return this;
  };
  EP.removeAllListeners = function (ev) { if (!this._events) { return this; } if (ev === undefined) { this._events = {}; } else { delete this._events[ev]; } return this; };
  EP.emit = function (ev) {
    var l = this._events && this._events[ev], args = Array.prototype.slice.call(arguments, 1);
    if (!l || !l.length) {
      if (ev === 'error') { throw args[0] instanceof Error ? args[0] : new Error('Uncaught, unspecified "error" event. (' + args[0] + ')'); }
      return false;
    }
    var self = this;
    l.slice().forEach(function (fn) { fn.apply(self, args); });
    return true;
  };
  EP.listeners = function (ev) { return ((this._events && this._events[ev]) || []).map(function (f) { return f.listener || f; }); };
  EP.listenerCount = function (ev) { return ((this._events && this._events[ev]) || []).length; };
  EP.eventNames = function () { return Object.keys(this._events || {}); };
  EP.setMaxListeners = function (n) { this._maxListeners = n; return this; };
  EP.getMaxListeners = function () { return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners; };
  EventEmitter.listenerCount = function (em, ev) { return em.listenerCount(ev); };
  lib.events = EventEmitter;

  // assert.
  var inspect = function (v) { try { return JSON.stringify(v); } catch (e) { return String(v); } };
  function AssertionError(opts) {
    var e = new Error(opts.message || (inspect(opts.actual) + ' ' + opts.operator + ' ' + inspect(opts.expected)));
    e.name = 'AssertionError';
    e.code = 'ERR_ASSERTION';
    e.actual = opts.actual; e.expected = opts.expected; e.operator = opts.operator; e.generatedMessage = !opts.message;
    return e;
  }
  function fail(actual, expected, message, operator) {
    if (message instanceof Error) { throw message; }
    throw AssertionError({ actual: actual, expected: expected, message: message, operator: operator });
  }
  function deepEq(a, b, strict) {
    if (strict ? Object.is(a, b) : (a === b || (a == b && (typeof a !== 'object' || a === null) && (typeof b !== 'object' || b === null)))) { return true; }
    if (a instanceof Date && b instanceof Date) { return a.getTime() === b.getTime(); }
    if (a instanceof RegExp && b instanceof RegExp) { return String(a) === String(b); }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) { return strict ? false : a == b; }
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) { return false; }
    if (Array.isArray(a) !== Array.isArray(b)) { return false; }
    var ka = Object.keys(a), kb = Object.keys(b);
    if (ka.length !== kb.length) { return false; }
    return ka.every(function (k) { return Object.prototype.hasOwnProperty.call(b, k) && deepEq(a[k], b[k], strict); });
  }
  var assert = function (v, m) { if (!v) { fail(v, true, m, '=='); } };
  assert.ok = assert;
  assert.AssertionError = AssertionError;
  assert.fail = function (m) { fail(undefined, undefined, m === undefined ? 'Failed' : m, 'fail'); };
  assert.equal = function (a, b, m) { if (a != b) { fail(a, b, m, '=='); } };
  assert.notEqual = function (a, b, m) { if (a == b) { fail(a, b, m, '!='); } };
  assert.strictEqual = function (a, b, m) { if (!Object.is(a, b)) { fail(a, b, m, 'strictEqual'); } };
  assert.notStrictEqual = function (a, b, m) { if (Object.is(a, b)) { fail(a, b, m, 'notStrictEqual'); } };
  assert.deepEqual = function (a, b, m) { if (!deepEq(a, b, false)) { fail(a, b, m, 'deepEqual'); } };
  assert.notDeepEqual = function (a, b, m) { if (deepEq(a, b, false)) { fail(a, b, m, 'notDeepEqual'); } };
  assert.deepStrictEqual = function (a, b, m) { if (!deepEq(a, b, true)) { fail(a, b, m, 'deepStrictEqual'); } };
  assert.notDeepStrictEqual = function (a, b, m) { if (deepEq(a, b, true)) { fail(a, b, m, 'notDeepStrictEqual'); } };
  assert.throws = function (fn, expected, m) {
    if (typeof expected === 'string') { m = expected; expected = undefined; }
    try { fn(); } catch (e) {
      if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) { throw e; }
      if (expected instanceof RegExp && !expected.test(String(e))) { throw e; }
      return;
    }
    fail(undefined, expected, m || 'Missing expected exception.', 'throws');
  };
  assert.doesNotThrow = function (fn, m) { try { fn(); } catch (e) { fail(e, undefined, m || 'Got unwanted exception: ' + (e && e.message), 'doesNotThrow'); } };
  assert.ifError = function (e) { if (e) { throw e; } };
  assert.match = function (s, re, m) { if (!re.test(s)) { fail(s, re, m, 'match'); } };
  assert.strict = assert;
  lib.assert = assert;

  // string_decoder.
  function StringDecoder(enc) { this.encoding = (enc || 'utf8').toLowerCase().replace('-', ''); this._buf = []; }
  StringDecoder.prototype.write = function (buf) {
    var bytes = this._buf.concat(Array.prototype.slice.call(buf));
    if (this.encoding !== 'utf8') { this._buf = []; return Buffer.from(bytes).toString(this.encoding); }
    var end = bytes.length, i = Math.max(0, end - 3);
    for (; i < end; i++) {
      var b = bytes[i], need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (need > 1 && i + need > end) { break; }
    }
    this._buf = bytes.slice(i);
    return N.decodeUTF8(new Uint8Array(bytes.slice(0, i)), false);
  };
  StringDecoder.prototype.end = function (buf) {
    var s = buf ? this.write(buf) : '';
    if (this._buf.length) { s += N.decodeUTF8(new Uint8Array(this._buf), false); this._buf = []; }
    return s;
  };
  lib.string_decoder = { StringDecoder: StringDecoder };

  // timers: whatever the sandbox provides.
  var g = typeof globalThis !== 'undefined' ? globalThis : Function('return this')();
  lib.timers = {
    setTimeout: function () { return g.setTimeout.apply(g, arguments); },
    clearTimeout: function () { return g.clearTimeout.apply(g, arguments); },
    setInterval: function () { return g.setInterval.apply(g, arguments); },
    clearInterval: function () { return g.clearInterval.apply(g, arguments); },
    setImmediate: function () { return (g.setImmediate || g.setTimeout).apply(g, arguments); },
    clearImmediate: function () { return (g.clearImmediate || g.clearTimeout).apply(g, arguments); }
  };

  // punycode (RFC 3492).
  var BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, IBIAS = 72, INITN = 128;
  function adapt(delta, num, first) {
    var k = 0;
    delta = first ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / num);
    for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) { delta = Math.floor(delta / (BASE - TMIN)); }
    return Math.floor(k + (BASE - TMIN + 1) * delta / (delta + SKEW));
  }
  function digit(d) { return d + 22 + 75 * (d < 26); }
  function ucs2decode(s) { return Array.from(s).map(function (c) { return c.codePointAt(0); }); }
  function encode(input) {
    var cps = ucs2decode(input), out = [], n = INITN, delta = 0, bias = IBIAS;
    cps.forEach(function (c) { if (c < 0x80) { out.push(String.fromCharCode(c)); } });
    var b = out.length, h = b;
    if (b) { out.push('-'); }
    while (h < cps.length) {
      var m = Infinity;
      cps.forEach(function (c) { if (c >= n && c < m) { m = c; } });
      delta += (m - n) * (h + 1);
      n = m;
      cps.forEach(function (c) {
        if (c < n) { delta++; }
        if (c === n) {
          var q = delta;
          for (var k = BASE; ; k += BASE) {
            var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
            if (q < t) { break; }
            out.push(String.fromCharCode(digit(t + (q - t) % (BASE - t))));
            q = Math.floor((q - t) / (BASE - t));
          }
          out.push(String.fromCharCode(digit(q)));
          bias = adapt(delta, h + 1, h === b);
          delta = 0;
          h++;
        }
      });
      delta++; n++;
    }
    return out.join('');
  }
  function decode(input) {
    var out = [], n = INITN, i = 0, bias = IBIAS, basic = input.lastIndexOf('-');
    if (basic < 0) { basic = 0; }
    for (var j = 0; j < basic; j++) { out.push(input.charCodeAt(j)); }
    for (var idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
      var oldi = i, w = 1;
      for (var k = BASE; ; k += BASE) {
        var cp = input.charCodeAt(idx++);
        var d = cp - 48 < 10 ? cp - 22 : cp - 65 < 26 ? cp - 65 : cp - 97 < 26 ? cp - 97 : BASE;
        i += d * w;
        var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
        if (d < t) { break; }
        w *= BASE - t;
      }
      bias = adapt(i - oldi, out.length + 1, oldi === 0);
      n += Math.floor(i / (out.length + 1));
      i %= out.length + 1;
      out.splice(i++, 0, n);
    }
    return String.fromCodePoint.apply(null, out);
  }
  lib.punycode = {
    version: '1.4.1', encode: encode, decode: decode,
    toASCII: function (d) { return d.split('.').map(function (l) { return /[^\0-\x7E]/.test(l) ? 'xn--' + encode(l) : l; }).join('.'); },
    toUnicode: function (d) { return d.split('.').map(function (l) { return /^xn--/i.test(l) ? decode(l.slice(4).toLowerCase()) : l; }).join('.'); },
    ucs2: { decode: ucs2decode, encode: function (a) { return String.fromCodePoint.apply(null, a); } }
  };

  // json (liquid-json): BOM tolerant JSON.
  lib.json = {
    parse: function (text, reviver) { return JSON.parse(String(text).replace(/^\uFEFF/, ''), reviver); },
    stringify: function (v, r, s) { return JSON.stringify(v, r, s); }
  };

  // stream: just enough for `instanceof` checks and inheritance.
  function Stream() { EventEmitter.call(this); }
  Stream.prototype = Object.create(EventEmitter.prototype);
  Stream.prototype.constructor = Stream;
  Stream.prototype.pipe = function (dest) { this.on('data', function (c) { dest.write(c); }); this.on('end', function () { if (dest.end) { dest.end(); } }); return dest; };
  ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough'].forEach(function (n) {
    var C = function () { Stream.call(this); };
    C.prototype = Object.create(Stream.prototype);
    C.prototype.constructor = C;
    Stream[n] = C;
  });
  Stream.Stream = Stream;
  lib.stream = Stream;
  return lib;
})
