(function (N, require) {
  'use strict';
  var G = {};

  function domError(name, message) {
    var e = new Error(message);
    e.name = name;
    return e;
  }

  function toU8(data) {
    if (data instanceof ArrayBuffer) { return new Uint8Array(data); }
    if (ArrayBuffer.isView(data)) { return new Uint8Array(data.buffer, data.byteOffset, data.byteLength); }
    if (Array.isArray(data)) { return Uint8Array.from(data); }
    throw new TypeError('The provided value is not of type \'(ArrayBuffer or ArrayBufferView)\'');
  }

  // atob / btoa (WHATWG forgiving base64).
  G.atob = function atob(s) {
    if (arguments.length === 0) { throw new TypeError('The "data" argument must be specified'); }
    s = String(s).replace(/[\t\n\f\r ]/g, '');
    if (s.length % 4 === 0) { s = s.replace(/={1,2}$/, ''); }
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) {
      throw domError('InvalidCharacterError', 'The string to be decoded is not correctly encoded.');
    }
    return N.decodeLatin1(N.decodeBase64(s));
  };
  G.btoa = function btoa(s) {
    if (arguments.length === 0) { throw new TypeError('The "data" argument must be specified'); }
    var out = N.btoa(String(s));
    if (out === null) { throw domError('InvalidCharacterError', 'Invalid character'); }
    return out;
  };

  // The npm atob/btoa packages (what require() gives): Buffer based, lenient.
  Object.defineProperty(G, 'atobModule', { value: function atob(s) { return N.decodeLatin1(N.decodeBase64(String(s))); } });
  Object.defineProperty(G, 'btoaModule', { value: function btoa(s) { return N.encodeBase64(N.encodeLatin1(String(s))); } });

  // TextEncoder / TextDecoder (UTF-8).
  function TextEncoder() { if (!(this instanceof TextEncoder)) { throw new TypeError("Class constructor TextEncoder cannot be invoked without 'new'"); } }
  Object.defineProperty(TextEncoder.prototype, 'encoding', { get: function () { return 'utf-8'; } });
  TextEncoder.prototype.encode = function (s) { return new Uint8Array(N.encodeUTF8(s === undefined ? '' : String(s))); };
  TextEncoder.prototype.encodeInto = function (s, dest) {
    var b = this.encode(s), n = Math.min(b.length, dest.length);
    dest.set(b.subarray(0, n));
    return { read: String(s).length, written: n };
  };
  G.TextEncoder = TextEncoder;
  function TextDecoder(label, opts) {
    if (!(this instanceof TextDecoder)) { throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'"); }
    label = String(label === undefined ? 'utf-8' : label).toLowerCase().trim();
    if (label === 'utf8' || label === 'unicode-1-1-utf-8') { label = 'utf-8'; }
    if (label !== 'utf-8' && label !== 'latin1' && label !== 'iso-8859-1' && label !== 'ascii' && label !== 'us-ascii' && label !== 'windows-1252') {
      throw new RangeError('The "' + label + '" encoding is not supported');
    }
    this._label = label === 'utf-8' ? 'utf-8' : 'windows-1252';
    this._fatal = !!(opts && opts.fatal);
    this._ignoreBOM = !!(opts && opts.ignoreBOM);
  }
  Object.defineProperty(TextDecoder.prototype, 'encoding', { get: function () { return this._label; } });
  Object.defineProperty(TextDecoder.prototype, 'fatal', { get: function () { return this._fatal; } });
  Object.defineProperty(TextDecoder.prototype, 'ignoreBOM', { get: function () { return this._ignoreBOM; } });
  TextDecoder.prototype.decode = function (data) {
    if (data === undefined) { return ''; }
    var u8 = toU8(data);
    if (this._label !== 'utf-8') { return N.decodeLatin1(u8); }
    if (!this._ignoreBOM && u8.length >= 3 && u8[0] === 0xef && u8[1] === 0xbb && u8[2] === 0xbf) { u8 = u8.subarray(3); }
    return N.decodeUTF8(u8, this._fatal);
  };
  G.TextDecoder = TextDecoder;

  // Buffer (Node subset) as a Uint8Array subclass.
  function normEnc(e) {
    e = String(e === undefined || e === null ? 'utf8' : e).toLowerCase();
    switch (e) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'hex': return 'hex';
      case 'base64': return 'base64';
      case 'base64url': return 'base64url';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'ascii';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    }
    throw new TypeError('Unknown encoding: ' + e);
  }
  function encodeString(s, enc) {
    switch (normEnc(enc)) {
      case 'utf8': return new Uint8Array(N.encodeUTF8(s));
      case 'hex': return new Uint8Array(N.decodeHex(s));
      case 'base64': case 'base64url': return new Uint8Array(N.decodeBase64(s));
      case 'latin1': case 'ascii': return new Uint8Array(N.encodeLatin1(s));
      case 'utf16le':
        var out = new Uint8Array(s.length * 2);
        for (var i = 0; i < s.length; i++) { var c = s.charCodeAt(i); out[2 * i] = c & 0xff; out[2 * i + 1] = c >>> 8; }
        return out;
    }
  }
  function decodeBytes(u8, enc) {
    switch (normEnc(enc)) {
      case 'utf8': return N.decodeUTF8(u8, false);
      case 'hex': return N.encodeHex(u8);
      case 'base64': return N.encodeBase64(u8, false);
      case 'base64url': return N.encodeBase64(u8, true);
      case 'latin1': return N.decodeLatin1(u8);
      case 'ascii':
        var a = new Uint8Array(u8.length);
        for (var j = 0; j < u8.length; j++) { a[j] = u8[j] & 0x7f; }
        return N.decodeLatin1(a);
      case 'utf16le':
        var s = '';
        for (var i = 0; i + 1 < u8.length; i += 2) { s += String.fromCharCode(u8[i] | (u8[i + 1] << 8)); }
        return s;
    }
  }
  class Buffer extends Uint8Array {
    constructor(a, b, c) {
      // Legacy new Buffer(string[, encoding]) and new Buffer(array).
      if (typeof a === 'string') {
        var bytes = encodeString(a, b);
        super(bytes.buffer, bytes.byteOffset, bytes.length);
        return;
      }
      if (Array.isArray(a)) { super(a.length); this.set(a.map(function (x) { return x & 0xff; })); return; }
      super(a, b, c);
    }
    static from(value, encOrOffset, length) {
      if (typeof value === 'string') { return Buffer._wrap(encodeString(value, encOrOffset)); }
      if (value instanceof ArrayBuffer) {
        var off = encOrOffset >>> 0;
        return new Buffer(value, off, length === undefined ? value.byteLength - off : length);
      }
      if (ArrayBuffer.isView(value)) { return Buffer._wrap(new Uint8Array(toU8(value))); }
      if (Array.isArray(value)) { return Buffer._wrap(Uint8Array.from(value, function (x) { return x & 0xff; })); }
      if (value && typeof value === 'object') {
        if (value.type === 'Buffer' && Array.isArray(value.data)) { return Buffer.from(value.data); }
        if (typeof value.length === 'number') { return Buffer.from(Array.prototype.slice.call(value)); }
      }
      throw new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.');
    }
    static _wrap(u8) { return new Buffer(u8.buffer, u8.byteOffset, u8.length); }
    static alloc(n, fill, enc) {
      var b = new Buffer(n >>> 0);
      if (fill !== undefined && fill !== 0) { b.fill(fill, 0, b.length, enc); }
      return b;
    }
    static allocUnsafe(n) { return new Buffer(n >>> 0); }
    static isBuffer(b) { return b instanceof Buffer; }
    static isEncoding(e) { try { normEnc(e); return true; } catch (x) { return false; } }
    static byteLength(s, enc) {
      if (typeof s !== 'string') { return toU8(s).byteLength; }
      return encodeString(s, enc).length;
    }
    static concat(list, total) {
      if (total === undefined) { total = 0; list.forEach(function (b) { total += b.length; }); }
      var out = Buffer.alloc(total), pos = 0;
      for (var i = 0; i < list.length && pos < total; i++) {
        var b = toU8(list[i]);
        var n = Math.min(b.length, total - pos);
        out.set(b.subarray(0, n), pos);
        pos += n;
      }
      return out;
    }
    static compare(a, b) { return a.compare(b); }
    fill(v, start, end, enc) {
      if (typeof start === 'string') { enc = start; start = 0; end = this.length; }
      if (typeof v === 'string') {
        var bytes = encodeString(v, enc);
        start = start || 0; end = end === undefined ? this.length : end;
        for (var i = start; i < end && bytes.length; i++) { this[i] = bytes[(i - start) % bytes.length]; }
        return this;
      }
      return Uint8Array.prototype.fill.call(this, v, start, end);
    }
    toString(enc, start, end) {
      start = start || 0;
      end = end === undefined ? this.length : end;
      return decodeBytes(this.subarray(start, end), enc);
    }
    toJSON() { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; }
    equals(o) { return this.compare(o) === 0; }
    compare(o) {
      o = toU8(o);
      var n = Math.min(this.length, o.length);
      for (var i = 0; i < n; i++) { if (this[i] !== o[i]) { return this[i] < o[i] ? -1 : 1; } }
      return this.length === o.length ? 0 : (this.length < o.length ? -1 : 1);
    }
    slice(start, end) { return this.subarray(start, end); }
    copy(target, tStart, sStart, sEnd) {
      tStart = tStart || 0; sStart = sStart || 0; sEnd = sEnd === undefined ? this.length : sEnd;
      var src = this.subarray(sStart, Math.min(sEnd, sStart + target.length - tStart));
      target.set(src, tStart);
      return src.length;
    }
    write(s, offset, length, enc) {
      if (typeof offset === 'string') { enc = offset; offset = 0; }
      offset = offset || 0;
      var b = encodeString(s, enc);
      var n = Math.min(b.length, this.length - offset, length === undefined ? Infinity : length);
      this.set(b.subarray(0, n), offset);
      return n;
    }
    includes(v, off, enc) { return this.indexOf(v, off, enc) !== -1; }
    indexOf(v, off, enc) {
      if (typeof v === 'number') { return Uint8Array.prototype.indexOf.call(this, v, off); }
      var needle = typeof v === 'string' ? encodeString(v, enc) : toU8(v);
      off = off || 0;
      outer: for (var i = off; i <= this.length - needle.length; i++) {
        for (var j = 0; j < needle.length; j++) { if (this[i + j] !== needle[j]) { continue outer; } }
        return i;
      }
      return -1;
    }
    readUInt8(o) { return this[o || 0]; }
    readUInt16BE(o) { o = o || 0; return (this[o] << 8) | this[o + 1]; }
    readUInt16LE(o) { o = o || 0; return this[o] | (this[o + 1] << 8); }
    readUInt32BE(o) { o = o || 0; return ((this[o] << 24) >>> 0) + ((this[o + 1] << 16) | (this[o + 2] << 8) | this[o + 3]); }
    readUInt32LE(o) { o = o || 0; return ((this[o + 3] << 24) >>> 0) + ((this[o + 2] << 16) | (this[o + 1] << 8) | this[o]); }
    readInt8(o) { var v = this[o || 0]; return v > 127 ? v - 256 : v; }
    readInt32BE(o) { return this.readUInt32BE(o) | 0; }
    writeUInt8(v, o) { this[o || 0] = v; return (o || 0) + 1; }
    get parent() { return this.buffer; }
  }
  Buffer.poolSize = 8192;
  G.Buffer = Buffer;

  // WebCrypto subset.
  function hashNameOf(alg) {
    var n = typeof alg === 'string' ? alg : alg && alg.name;
    var u = String(n).toUpperCase();
    if (u === 'SHA-1' || u === 'SHA-256' || u === 'SHA-384' || u === 'SHA-512') { return u; }
    throw domError('NotSupportedError', 'Unrecognized algorithm name');
  }
  var keyData = new WeakMap();
  function CryptoKey() { throw new TypeError('Illegal constructor'); }
  Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey' });
  function promised(fn) {
    return new Promise(function (resolve) { resolve(fn()); });
  }
  function check(r) {
    if (r && typeof r === 'object' && typeof r.error === 'string' && !(r instanceof ArrayBuffer)) {
      if (r.error === 'TypeError') { throw new TypeError(r.message); }
      throw domError(r.error, r.message);
    }
    return r;
  }
  function makeKey(desc, extractable, usages) {
    var key = Object.create(CryptoKey.prototype);
    var alg = desc.algorithm;
    var algorithm = { name: alg.name };
    if (alg.hash) { algorithm.hash = { name: alg.hash.name }; }
    if (alg.length !== undefined) { algorithm.length = alg.length; }
    if (alg.modulusLength !== undefined) { algorithm.modulusLength = alg.modulusLength; algorithm.publicExponent = new Uint8Array(Array.from(alg.publicExponent)); }
    if (alg.namedCurve !== undefined) { algorithm.namedCurve = alg.namedCurve; }
    Object.defineProperties(key, {
      type: { value: desc.type, enumerable: true },
      extractable: { value: !!extractable, enumerable: true },
      algorithm: { value: algorithm, enumerable: true },
      usages: { value: (usages || []).slice(), enumerable: true }
    });
    keyData.set(key, desc.handle);
    return key;
  }
  var PUBLIC_USES = { verify: 1, encrypt: 1, wrapKey: 1 };
  var PRIVATE_USES = { sign: 1, decrypt: 1, unwrapKey: 1, deriveBits: 1, deriveKey: 1 };
  function usagesFor(type, usages) {
    return (usages || []).filter(function (u) { return type === 'public' ? PUBLIC_USES[u] : (type === 'private' ? PRIVATE_USES[u] : true); });
  }
  function handleOf(key, usage) {
    var h = key && keyData.get(key);
    if (!h) { throw new TypeError("parameter 2 is not of type 'CryptoKey'."); }
    if (usage && key.usages.indexOf(usage) < 0) { throw domError('InvalidAccessError', 'The requested operation is not valid for the provided key'); }
    return h;
  }
  var subtle = {
    digest: function (alg, data) {
      return promised(function () { return N.digest(hashNameOf(alg), toU8(data)); });
    },
    importKey: function (format, data, alg, extractable, usages) {
      return promised(function () {
        if (format !== 'jwk') { data = toU8(data); }
        var desc = check(N.subtleImport(format, data, alg));
        return makeKey(desc, extractable, usagesFor(desc.type, usages));
      });
    },
    generateKey: function (alg, extractable, usages) {
      return promised(function () {
        var r = check(N.subtleGenerate(alg));
        if (r.secretKey) { return makeKey(r.secretKey, extractable, usages); }
        return { publicKey: makeKey(r.publicKey, true, usagesFor('public', usages)), privateKey: makeKey(r.privateKey, extractable, usagesFor('private', usages)) };
      });
    },
    exportKey: function (format, key) {
      return promised(function () {
        var h = handleOf(key);
        if (!key.extractable) { throw domError('InvalidAccessError', 'key is not extractable'); }
        var r = check(N.subtleExport(format, h));
        if (format === 'jwk') {
          var jwk = {};
          Object.keys(r).forEach(function (k) { jwk[k] = r[k]; });
          jwk.key_ops = key.usages.slice();
          jwk.ext = true;
          var a = key.algorithm, hashBits = a.hash ? a.hash.name.replace('SHA-', '') : '';
          if (a.name === 'HMAC') { jwk.alg = 'HS' + (hashBits === '1' ? '1' : hashBits); }
          if (/^AES-/.test(a.name)) { jwk.alg = 'A' + a.length + a.name.slice(4); }
          if (a.name === 'RSASSA-PKCS1-v1_5') { jwk.alg = 'RS' + hashBits; }
          if (a.name === 'RSA-PSS') { jwk.alg = 'PS' + hashBits; }
          if (a.name === 'RSA-OAEP') { jwk.alg = 'RSA-OAEP' + (hashBits === '1' ? '' : '-' + hashBits); }
          return jwk;
        }
        return r;
      });
    },
    sign: function (alg, key, data) {
      return promised(function () { return check(N.subtleSign(alg, handleOf(key, 'sign'), toU8(data))); });
    },
    verify: function (alg, key, signature, data) {
      return promised(function () { return check(N.subtleVerify(alg, handleOf(key, 'verify'), toU8(signature), toU8(data))); });
    },
    encrypt: function (alg, key, data) {
      return promised(function () { return check(N.subtleEncrypt(alg, handleOf(key, 'encrypt'), toU8(data))); });
    },
    decrypt: function (alg, key, data) {
      return promised(function () { return check(N.subtleDecrypt(alg, handleOf(key, 'decrypt'), toU8(data))); });
    },
    deriveBits: function (alg, key, length) {
      return promised(function () { return check(N.subtleDeriveBits(alg, handleOf(key, 'deriveBits'), length)); });
    },
    deriveKey: function (alg, key, derivedAlg, extractable, usages) {
      return promised(function () {
        var name = String(derivedAlg.name).toUpperCase(), length = derivedAlg.length;
        if (!length && name === 'HMAC') { var h = hashNameOf(derivedAlg.hash); length = h === 'SHA-384' || h === 'SHA-512' ? 1024 : 512; }
        var bits = check(N.subtleDeriveBits(alg, handleOf(key, 'deriveKey'), length));
        var desc = check(N.subtleImport('raw', new Uint8Array(bits), derivedAlg));
        return makeKey(desc, extractable, usages);
      });
    }
  };
  function randomUUID() {
    var b = new Uint8Array(N.randomBytes(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = N.encodeHex(b);
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  G.randomUUID = randomUUID;
  G.crypto = {
    subtle: subtle,
    getRandomValues: function (arr) {
      if (!ArrayBuffer.isView(arr) || arr instanceof Float32Array || arr instanceof Float64Array) {
        throw domError('TypeMismatchError', 'The data argument must be an integer-type TypedArray');
      }
      if (arr.byteLength > 65536) { throw domError('QuotaExceededError', 'The ArrayBufferView\'s byte length exceeds 65536'); }
      new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength).set(new Uint8Array(N.randomBytes(arr.byteLength)));
      return arr;
    },
    randomUUID: randomUUID
  };

  // structuredClone.
  G.structuredClone = function structuredClone(value) {
    var seen = new Map();
    function clone(v) {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
        if (typeof v === 'symbol') { throw domError('DataCloneError', String(v.toString()) + ' could not be cloned.'); }
        return v;
      }
      if (typeof v === 'function') { throw domError('DataCloneError', String(v) + ' could not be cloned.'); }
      if (seen.has(v)) { return seen.get(v); }
      var out;
      if (v instanceof Date) { out = new Date(v.getTime()); } else if (v instanceof RegExp) { out = new RegExp(v.source, v.flags); } else if (v instanceof ArrayBuffer) { out = v.slice(0); } else if (ArrayBuffer.isView(v)) { out = new v.constructor(v); } else if (v instanceof Map) {
        out = new Map(); seen.set(v, out);
        v.forEach(function (val, k) { out.set(clone(k), clone(val)); });
        return out;
      } else if (v instanceof Set) {
        out = new Set(); seen.set(v, out);
        v.forEach(function (val) { out.add(clone(val)); });
        return out;
      } else if (v instanceof Error) {
        out = new Error(v.message); out.name = v.name;
      } else if (v instanceof Boolean || v instanceof Number || v instanceof String) {
        out = Object(v.valueOf());
      } else if (Array.isArray(v)) {
        out = []; seen.set(v, out);
        for (var i = 0; i < v.length; i++) { if (i in v) { out[i] = clone(v[i]); } }
        return out;
      } else {
        out = {}; seen.set(v, out);
        Object.keys(v).forEach(function (k) { out[k] = clone(v[k]); });
        return out;
      }
      seen.set(v, out);
      return out;
    }
    if (arguments.length === 0) { throw new TypeError("Failed to execute 'structuredClone': 1 argument required, but only 0 present."); }
    return clone(value);
  };

  // URLSearchParams.
  function formEncode(s) {
    return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()~]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }
  function formDecode(s) {
    s = s.replace(/\+/g, ' ');
    try { return decodeURIComponent(s); } catch (e) {
      return s.replace(/(%[0-9a-fA-F]{2})+/g, function (m) { try { return decodeURIComponent(m); } catch (x) { return m; } });
    }
  }
  function parseForm(s) {
    var list = [];
    String(s).split('&').forEach(function (part) {
      if (!part) { return; }
      var i = part.indexOf('=');
      var k = i < 0 ? part : part.slice(0, i), v = i < 0 ? '' : part.slice(i + 1);
      list.push([formDecode(k), formDecode(v)]);
    });
    return list;
  }
  function URLSearchParams(init) {
    if (!(this instanceof URLSearchParams)) { throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'"); }
    this._list = [];
    this._url = null;
    if (init === undefined || init === null) { return; }
    if (init instanceof URLSearchParams) { this._list = init._list.map(function (p) { return p.slice(); }); return; }
    if (typeof init === 'object') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (var p of init) {
          var pair = Array.from(p);
          if (pair.length !== 2) { throw new TypeError('Each query pair must be an iterable [name, value] tuple'); }
          this._list.push([String(pair[0]), String(pair[1])]);
        }
      } else {
        var self = this;
        Object.keys(init).forEach(function (k) { self._list.push([k, String(init[k])]); });
      }
      return;
    }
    var s = String(init);
    if (s.charAt(0) === '?') { s = s.slice(1); }
    this._list = parseForm(s);
  }
  var USP = URLSearchParams.prototype;
  USP._update = function () { if (this._url) { var q = this.toString(); this._url._query = q === '' ? '' : '?' + q; } };
  USP.append = function (k, v) { this._list.push([String(k), String(v)]); this._update(); };
  USP['delete'] = function (k, v) {
    k = String(k);
    this._list = this._list.filter(function (p) { return !(p[0] === k && (v === undefined || p[1] === String(v))); });
    this._update();
  };
  USP.get = function (k) { k = String(k); for (var i = 0; i < this._list.length; i++) { if (this._list[i][0] === k) { return this._list[i][1]; } } return null; };
  USP.getAll = function (k) { k = String(k); return this._list.filter(function (p) { return p[0] === k; }).map(function (p) { return p[1]; }); };
  USP.has = function (k, v) { k = String(k); return this._list.some(function (p) { return p[0] === k && (v === undefined || p[1] === String(v)); }); };
  USP.set = function (k, v) {
    k = String(k); v = String(v);
    var found = false;
    this._list = this._list.filter(function (p) {
      if (p[0] !== k) { return true; }
      if (found) { return false; }
      found = true; p[1] = v; return true;
    });
    if (!found) { this._list.push([k, v]); }
    this._update();
  };
  USP.sort = function () {
    var idx = this._list.map(function (p, i) { return [p, i]; });
    idx.sort(function (a, b) { return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]; });
    this._list = idx.map(function (x) { return x[0]; });
    this._update();
  };
  USP.toString = function () { return this._list.map(function (p) { return formEncode(p[0]) + '=' + formEncode(p[1]); }).join('&'); };
  USP.forEach = function (fn, thisArg) { var self = this; this._list.slice().forEach(function (p) { fn.call(thisArg, p[1], p[0], self); }); };
  USP.keys = function () { return this._list.map(function (p) { return p[0]; })[Symbol.iterator](); };
  USP.values = function () { return this._list.map(function (p) { return p[1]; })[Symbol.iterator](); };
  USP.entries = function () { return this._list.map(function (p) { return [p[0], p[1]]; })[Symbol.iterator](); };
  USP[Symbol.iterator] = USP.entries;
  Object.defineProperty(USP, 'size', { get: function () { return this._list.length; } });
  G.URLSearchParams = URLSearchParams;

  // URL (WHATWG subset).
  var SPECIAL = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21', 'file:': '' };
  function pctEncode(s, extra) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i), ch = s.charAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { out += encodeURIComponent(s.slice(i, i + 2)); i++; continue; }
      if (c <= 0x20 || c >= 0x7f) { out += c >= 0x80 ? encodeURIComponent(ch) : '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase(); continue; }
      if (extra.indexOf(ch) >= 0) { out += '%' + c.toString(16).toUpperCase(); continue; }
      out += ch;
    }
    return out;
  }
  var FRAGMENT_SET = '"<>`';
  var QUERY_SET = '"#<>';
  var PATH_SET = '"#<>?`{}';
  var USERINFO_SET = PATH_SET + '/:;=@[\\]^|';
  function normalizePath(path, special) {
    var segs = path.split('/');
    var out = [];
    for (var i = 1; i < segs.length; i++) {
      var s = segs[i], low = s.toLowerCase();
      var last = i === segs.length - 1;
      if (low === '..' || low === '.%2e' || low === '%2e.' || low === '%2e%2e') {
        if (out.length) { out.pop(); }
        if (last) { out.push(''); }
      } else if (low === '.' || low === '%2e') {
        if (last) { out.push(''); }
      } else {
        out.push(s);
      }
    }
    return '/' + out.join('/');
  }
  function invalid() { return new TypeError('Invalid URL'); }
  function parseAuthority(u, auth) {
    var at = auth.lastIndexOf('@');
    u._username = ''; u._password = '';
    if (at >= 0) {
      var info = auth.slice(0, at);
      auth = auth.slice(at + 1);
      var c = info.indexOf(':');
      u._username = pctEncode(c < 0 ? info : info.slice(0, c), USERINFO_SET);
      u._password = c < 0 ? '' : pctEncode(info.slice(c + 1), USERINFO_SET);
    }
    var host = auth, port = '';
    var m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(auth);
    if (m) { host = m[1]; port = m[2] === undefined ? '' : m[2]; }
    if (port !== '') {
      if (!/^[0-9]+$/.test(port) || Number(port) > 65535) { throw invalid(); }
      port = String(Number(port));
      if (SPECIAL[u._protocol] === port) { port = ''; }
    }
    if (SPECIAL[u._protocol] !== undefined) {
      try { host = decodeURIComponent(host); } catch (e) { throw invalid(); }
      host = host.toLowerCase();
      if (/[\s#%/:<>?@[\\\]^|]/.test(host.replace(/^\[.*\]$/, 'x'))) { throw invalid(); }
      if (host === '' && u._protocol !== 'file:') { throw invalid(); }
    }
    u._hostname = host;
    u._port = port;
  }
  function splitTail(u, rest) {
    var h = rest.indexOf('#');
    u._hash = '';
    if (h >= 0) { u._hash = '#' + pctEncode(rest.slice(h + 1), FRAGMENT_SET); rest = rest.slice(0, h); }
    var q = rest.indexOf('?');
    u._query = '';
    if (q >= 0) {
      var qs = rest.slice(q + 1);
      u._query = qs === '' ? '' : '?' + pctEncode(qs, SPECIAL[u._protocol] !== undefined ? QUERY_SET + "'" : QUERY_SET);
      rest = rest.slice(0, q);
    }
    return rest;
  }
  function setPath(u, path) {
    var special = SPECIAL[u._protocol] !== undefined;
    if (special) { path = path.replace(/\\/g, '/'); }
    if (u._hostname === null && path.charAt(0) !== '/') {
      u._pathname = pctEncode(path, '"<>`').replace(/%20/g, ' ');
      u._opaque = true;
      return;
    }
    if (special && path === '') { path = '/'; }
    u._pathname = path === '' ? '' : normalizePath(pctEncode(path, PATH_SET), special);
  }
  function parseURL(u, input, base) {
    input = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    var m = /^([a-zA-Z][a-zA-Z0-9+\-.]*):(.*)$/.exec(input);
    u._opaque = false;
    if (m) {
      u._protocol = m[1].toLowerCase() + ':';
      var rest = m[2];
      var special = SPECIAL[u._protocol] !== undefined;
      if (special) {
        var qh = rest.search(/[?#]/);
        rest = (qh < 0 ? rest : rest.slice(0, qh)).replace(/\\/g, '/') + (qh < 0 ? '' : rest.slice(qh));
        if (base && base._protocol === u._protocol && rest.slice(0, 2) !== '//') {
          return relative(u, rest, base);
        }
        rest = rest.replace(/^\/*/, function (sl) { return u._protocol === 'file:' && sl.length !== 2 ? '///' : '//'; });
      }
      if (rest.slice(0, 2) === '//') {
        rest = splitTail(u, rest.slice(2));
        var slash = rest.indexOf('/');
        parseAuthority(u, slash < 0 ? rest : rest.slice(0, slash));
        setPath(u, slash < 0 ? '' : rest.slice(slash));
      } else {
        u._hostname = null; u._port = ''; u._username = ''; u._password = '';
        rest = splitTail(u, rest);
        setPath(u, rest);
      }
      return;
    }
    if (!base) { throw invalid(); }
    if (base._opaque) { throw invalid(); }
    u._protocol = base._protocol;
    if (SPECIAL[u._protocol] !== undefined) {
      var qh2 = input.search(/[?#]/);
      input = (qh2 < 0 ? input : input.slice(0, qh2)).replace(/\\/g, '/') + (qh2 < 0 ? '' : input.slice(qh2));
    }
    if (input.slice(0, 2) === '//') { return parseURL(u, u._protocol + input, null); }
    relative(u, input, base);
  }
  function relative(u, input, base) {
    u._username = base._username; u._password = base._password;
    u._hostname = base._hostname; u._port = base._port;
    if (input === '') { u._pathname = base._pathname; u._query = base._query; u._hash = ''; return; }
    var c = input.charAt(0);
    if (c === '#') { u._pathname = base._pathname; splitTail(u, input); u._query = base._query; return; }
    if (c === '?') { u._pathname = base._pathname; splitTail(u, input); return; }
    var rest = splitTail(u, input);
    if (c === '/') { setPath(u, rest); return; }
    var dir = base._pathname.slice(0, base._pathname.lastIndexOf('/') + 1);
    setPath(u, (dir || '/') + rest);
  }
  function URL(url, base) {
    if (!(this instanceof URL)) { throw new TypeError("Class constructor URL cannot be invoked without 'new'"); }
    var b = null;
    if (base !== undefined) { b = base instanceof URL ? base : new URL(String(base)); }
    parseURL(this, url instanceof URL ? url.href : url, b);
    var sp = new URLSearchParams(this._query);
    sp._url = this;
    Object.defineProperty(this, '_sp', { value: sp, enumerable: false, writable: true });
    ['_protocol', '_username', '_password', '_hostname', '_port', '_pathname', '_query', '_hash', '_opaque'].forEach(function (k) {
      Object.defineProperty(this, k, { value: this[k], enumerable: false, writable: true });
    }, this);
  }
  URL.canParse = function (u, b) { try { new URL(u, b); return true; } catch (e) { return false; } };
  var UP = URL.prototype;
  function acc(name, get, set) { Object.defineProperty(UP, name, { get: get, set: set, enumerable: true, configurable: true }); }
  acc('href', function () {
    var s = this._protocol;
    if (this._hostname !== null) {
      s += '//';
      if (this._username || this._password) { s += this._username + (this._password ? ':' + this._password : '') + '@'; }
      s += this.host;
    } else if (!this._opaque && this._pathname.slice(0, 2) === '//') { s += '/.'; }
    return s + this._pathname + this._query + this._hash;
  }, function (v) {
    var n = new URL(v);
    var self = this;
    ['_protocol', '_username', '_password', '_hostname', '_port', '_pathname', '_query', '_hash', '_opaque'].forEach(function (k) { self[k] = n[k]; });
    this._sp._list = parseForm(this._query.slice(1));
  });
  acc('protocol', function () { return this._protocol; }, function (v) {
    var p = String(v).replace(/:.*$/, '').toLowerCase();
    if (/^[a-z][a-z0-9+\-.]*$/.test(p) && (SPECIAL[p + ':'] !== undefined) === (SPECIAL[this._protocol] !== undefined)) {
      this._protocol = p + ':';
      if (SPECIAL[this._protocol] === this._port) { this._port = ''; }
    }
  });
  acc('username', function () { return this._username; }, function (v) { this._username = pctEncode(String(v), USERINFO_SET); });
  acc('password', function () { return this._password; }, function (v) { this._password = pctEncode(String(v), USERINFO_SET); });
  acc('host', function () {
    if (this._hostname === null) { return ''; }
    return this._hostname + (this._port ? ':' + this._port : '');
  }, function (v) { if (!this._opaque) { try { parseAuthority(this, String(v).replace(/[/?#].*$/, '')); } catch (e) { /* ignored like browsers */ } } });
  acc('hostname', function () { return this._hostname === null ? '' : this._hostname; }, function (v) {
    if (!this._opaque) { var port = this._port; try { parseAuthority(this, String(v).replace(/[:/?#].*$/, '')); } catch (e) { return; } this._port = port; }
  });
  acc('port', function () { return this._port; }, function (v) {
    v = String(v);
    if (v === '') { this._port = ''; return; }
    var m = /^[0-9]+/.exec(v);
    if (m && Number(m[0]) <= 65535) { this._port = SPECIAL[this._protocol] === String(Number(m[0])) ? '' : String(Number(m[0])); }
  });
  acc('pathname', function () { return this._pathname; }, function (v) { if (!this._opaque) { setPath(this, String(v).charAt(0) === '/' ? String(v) : '/' + String(v)); } });
  acc('search', function () { return this._query.length > 1 ? this._query : ''; }, function (v) {
    v = String(v);
    if (v.charAt(0) === '?') { v = v.slice(1); }
    this._query = v === '' ? '' : '?' + pctEncode(v, SPECIAL[this._protocol] !== undefined ? QUERY_SET + "'" : QUERY_SET);
    this._sp._list = parseForm(v);
  });
  acc('hash', function () { return this._hash.length > 1 ? this._hash : ''; }, function (v) {
    v = String(v);
    if (v.charAt(0) === '#') { v = v.slice(1); }
    this._hash = v === '' ? '' : '#' + pctEncode(v, FRAGMENT_SET);
  });
  acc('origin', function () {
    if (SPECIAL[this._protocol] === undefined || this._protocol === 'file:') { return 'null'; }
    return this._protocol + '//' + this.host;
  });
  acc('searchParams', function () { return this._sp; });
  UP.toString = function () { return this.href; };
  UP.toJSON = function () { return this.href; };
  G.URL = URL;

  G.xml2Json = function xml2Json(s) { return require('xml2js').__xml2Json(s); };

  // Blob: an immutable byte sequence built from strings (UTF-8), buffers,
  // typed arrays and other Blobs; text(), arrayBuffer() and bytes() resolve
  // promises as in browsers.
  function blobBytes(part) {
    if (part instanceof Blob) { return part._bytes; }
    if (part instanceof ArrayBuffer) { return new Uint8Array(part.slice(0)); }
    if (ArrayBuffer.isView(part)) { return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength)); }
    return new TextEncoder().encode(String(part));
  }
  function Blob(parts, options) {
    if (!(this instanceof Blob)) { throw new TypeError("Class constructor Blob cannot be invoked without 'new'"); }
    if (parts !== undefined && (parts === null || typeof parts !== 'object' || typeof parts[Symbol.iterator] !== 'function')) {
      throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
    }
    var chunks = [], total = 0;
    Array.from(parts || []).forEach(function (p) { var b = blobBytes(p); chunks.push(b); total += b.length; });
    var bytes = new Uint8Array(total), off = 0;
    chunks.forEach(function (c) { bytes.set(c, off); off += c.length; });
    var type = options && options.type !== undefined ? String(options.type) : '';
    Object.defineProperty(this, '_bytes', { value: bytes });
    Object.defineProperty(this, '_type', { value: /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '' });
  }
  Object.defineProperty(Blob.prototype, 'size', { get: function () { return this._bytes.length; }, configurable: true });
  Object.defineProperty(Blob.prototype, 'type', { get: function () { return this._type; }, configurable: true });
  Blob.prototype.slice = function (start, end, type) {
    var n = this._bytes.length;
    var rel = function (x, d) { if (x === undefined) { return d; } x = Math.trunc(Number(x)) || 0; return x < 0 ? Math.max(n + x, 0) : Math.min(x, n); };
    var a = rel(start, 0), b = rel(end, n);
    return new Blob([this._bytes.subarray(a, Math.max(a, b))], { type: type === undefined ? '' : type });
  };
  Blob.prototype.arrayBuffer = function () { return Promise.resolve(this._bytes.slice().buffer); };
  Blob.prototype.bytes = function () { return Promise.resolve(this._bytes.slice()); };
  Blob.prototype.text = function () { return Promise.resolve(new TextDecoder().decode(this._bytes)); };
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
  G.Blob = Blob;

  // AbortController and AbortSignal: abort(reason) flips signal.aborted,
  // records the reason (an AbortError by default) and calls the listeners.
  function abortError() {
    var e = new Error('This operation was aborted');
    e.name = 'AbortError';
    e.code = 20;
    return e;
  }
  function AbortSignal() { throw new TypeError('Illegal constructor'); }
  function newSignal() {
    var sig = Object.create(AbortSignal.prototype);
    Object.defineProperty(sig, '_s', { value: { aborted: false, reason: undefined, listeners: [] } });
    sig.onabort = null;
    return sig;
  }
  function signalAbort(sig, reason) {
    var st = sig._s;
    if (st.aborted) { return; }
    st.aborted = true;
    st.reason = reason === undefined ? abortError() : reason;
    var ev = { type: 'abort', target: sig, currentTarget: sig };
    if (typeof sig.onabort === 'function') { sig.onabort.call(sig, ev); }
    st.listeners.slice().forEach(function (l) {
      if (l.once) { st.listeners.splice(st.listeners.indexOf(l), 1); }
      if (typeof l.fn === 'function') { l.fn.call(sig, ev); } else if (l.fn && typeof l.fn.handleEvent === 'function') { l.fn.handleEvent(ev); }
    });
  }
  Object.defineProperty(AbortSignal.prototype, 'aborted', { get: function () { return this._s.aborted; }, configurable: true });
  Object.defineProperty(AbortSignal.prototype, 'reason', { get: function () { return this._s.reason; }, configurable: true });
  AbortSignal.prototype.throwIfAborted = function () { if (this._s.aborted) { throw this._s.reason; } };
  AbortSignal.prototype.addEventListener = function (type, fn, opts) {
    if (type !== 'abort' || !fn) { return; }
    if (this._s.listeners.some(function (l) { return l.fn === fn; })) { return; }
    this._s.listeners.push({ fn: fn, once: !!(opts && typeof opts === 'object' && opts.once) });
  };
  AbortSignal.prototype.removeEventListener = function (type, fn) {
    this._s.listeners = this._s.listeners.filter(function (l) { return !(type === 'abort' && l.fn === fn); });
  };
  Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
  AbortSignal.abort = function (reason) { var sig = newSignal(); signalAbort(sig, reason); return sig; };
  function AbortController() {
    if (!(this instanceof AbortController)) { throw new TypeError("Class constructor AbortController cannot be invoked without 'new'"); }
    Object.defineProperty(this, '_signal', { value: newSignal() });
  }
  Object.defineProperty(AbortController.prototype, 'signal', { get: function () { return this._signal; }, configurable: true });
  AbortController.prototype.abort = function (reason) { signalAbort(this._signal, reason); };
  Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
  G.AbortController = AbortController;
  G.AbortSignal = AbortSignal;
  return G;
})
