(function (N) {
  'use strict';
  var C = {};
  var lib = C.lib = {};
  var enc = C.enc = {};
  var algo = C.algo = {};

  function Base() {}
  Base.prototype.mixIn = function (props) {
    for (var k in props) { if (Object.prototype.hasOwnProperty.call(props, k)) { this[k] = props[k]; } }
    return this;
  };
  lib.Base = {
    extend: function (o) { var x = Object.create(this); if (o) { for (var k in o) { x[k] = o[k]; } } return x; },
    create: function () { var x = Object.create(this); if (x.init) { x.init.apply(x, arguments); } return x; },
    mixIn: Base.prototype.mixIn
  };

  function WordArray(words, sigBytes) {
    if (!(this instanceof WordArray)) { return new WordArray(words, sigBytes); }
    if (words instanceof ArrayBuffer) { words = new Uint8Array(words); }
    if (ArrayBuffer.isView && ArrayBuffer.isView(words) && !(words instanceof Array)) {
      var u8 = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
      var ws = [];
      for (var i = 0; i < u8.length; i++) { ws[i >>> 2] |= u8[i] << (24 - (i % 4) * 8); }
      this.words = ws;
      this.sigBytes = u8.length;
      return;
    }
    this.words = words || [];
    this.sigBytes = sigBytes !== undefined ? sigBytes : this.words.length * 4;
  }
  WordArray.create = function (w, s) { return new WordArray(w, s); };
  WordArray.init = WordArray.create;
  WordArray.random = function (n) { return fromNative(N.random(n)); };
  WordArray.prototype.toString = function (encoder) { return (encoder || enc.Hex).stringify(this); };
  WordArray.prototype.concat = function (wa) {
    this.clamp();
    var tw = this.words, sb = this.sigBytes, ow = wa.words, osb = wa.sigBytes, i;
    if (sb % 4) {
      for (i = 0; i < osb; i++) {
        var b = (ow[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
        tw[(sb + i) >>> 2] |= b << (24 - ((sb + i) % 4) * 8);
      }
    } else {
      for (i = 0; i < osb; i += 4) { tw[(sb + i) >>> 2] = ow[i >>> 2]; }
    }
    this.sigBytes += osb;
    return this;
  };
  WordArray.prototype.clamp = function () {
    var w = this.words, s = this.sigBytes;
    if (s < 0) { s = 0; }
    w[s >>> 2] &= 0xffffffff << (32 - (s % 4) * 8);
    w.length = Math.ceil(s / 4);
    return this;
  };
  WordArray.prototype.clone = function () { return new WordArray(this.words.slice(0), this.sigBytes); };
  lib.WordArray = WordArray;

  function fromNative(r) { return new WordArray(r.words, r.sigBytes); }
  function isWA(x) { return x && typeof x === 'object' && Array.isArray(x.words) && typeof x.sigBytes === 'number'; }
  function toWA(m) {
    if (typeof m === 'string') { return enc.Utf8.parse(m); }
    if (isWA(m)) { return m; }
    if (m === undefined || m === null) { return new WordArray([], 0); }
    if (m instanceof ArrayBuffer || (ArrayBuffer.isView && ArrayBuffer.isView(m))) { return new WordArray(m); }
    return enc.Utf8.parse(String(m));
  }

  enc.Hex = {
    stringify: function (wa) { return N.hexStringify(wa.words, wa.sigBytes); },
    parse: function (s) {
      // Like crypto-js: pairs through parseInt, sigBytes = length / 2 (may be fractional).
      s = String(s);
      var n = s.length, words = [];
      for (var i = 0; i < n; i += 2) { words[i >>> 3] |= parseInt(s.substr(i, 2), 16) << (24 - (i % 8) * 4); }
      return new WordArray(words, n / 2);
    }
  };
  enc.Base64 = {
    stringify: function (wa) { return N.b64Stringify(wa.words, wa.sigBytes); },
    parse: function (s) { return fromNative(N.b64Parse(String(s))); }
  };
  enc.Utf8 = {
    stringify: function (wa) { return N.utf8Stringify(wa.words, wa.sigBytes); },
    parse: function (s) { return fromNative(N.utf8Parse(String(s))); }
  };
  enc.Latin1 = {
    stringify: function (wa) { return N.latin1Stringify(wa.words, wa.sigBytes); },
    parse: function (s) { return fromNative(N.latin1Parse(String(s))); }
  };
  function utf16(le) {
    return {
      stringify: function (wa) {
        var out = [];
        for (var i = 0; i + 1 < wa.sigBytes; i += 2) {
          var c = (wa.words[i >>> 2] >>> (16 - (i % 4) * 8)) & 0xffff;
          if (le) { c = ((c << 8) & 0xff00) | ((c >>> 8) & 0xff); }
          out.push(String.fromCharCode(c));
        }
        return out.join('');
      },
      parse: function (s) {
        s = String(s);
        var w = [];
        for (var i = 0; i < s.length; i++) {
          var c = s.charCodeAt(i);
          if (le) { c = ((c << 8) & 0xff00) | ((c >>> 8) & 0xff); }
          w[i >>> 1] |= c << (16 - (i % 2) * 16);
        }
        return new WordArray(w, s.length * 2);
      }
    };
  }
  enc.Utf16 = enc.Utf16BE = utf16(false);
  enc.Utf16LE = utf16(true);

  // Hashers.
  function Hasher(name, cfg) { this._name = name; this.cfg = cfg || {}; this.reset(); }
  Hasher.prototype.reset = function () { this._data = new WordArray([], 0); return this; };
  Hasher.prototype.update = function (m) { this._data.concat(toWA(m)); return this; };
  Hasher.prototype.finalize = function (m) {
    if (m !== undefined) { this.update(m); }
    var r = fromNative(N.hash(hashName(this._name, this.cfg), this._data.words, this._data.sigBytes));
    this.reset();
    return r;
  };
  function hashName(name, cfg) {
    if (name === 'SHA3') {
      var ol = (cfg && cfg.outputLength) || 512;
      return 'keccak' + ol;
    }
    return name;
  }
  var hashNames = ['MD5', 'SHA1', 'SHA256', 'SHA224', 'SHA512', 'SHA384', 'SHA3', 'RIPEMD160'];
  hashNames.forEach(function (name) {
    algo[name] = {
      _name: name,
      create: function (cfg) { return new Hasher(name, cfg); }
    };
    C[name] = function (m, cfg) {
      var wa = toWA(m);
      return fromNative(N.hash(hashName(name, cfg), wa.words, wa.sigBytes));
    };
    C['Hmac' + name] = function (m, key) {
      if (typeof m === 'string' && typeof key === 'string') { return fromNative(N.hmacUtf8(name, key, m)); }
      var mw = toWA(m), kw = toWA(key);
      return fromNative(N.hmac(name, kw.words, kw.sigBytes, mw.words, mw.sigBytes));
    };
  });
  function HMAC(hasher, key) { this._name = hasher._name; this._key = toWA(key); this.reset(); }
  HMAC.prototype.reset = function () { this._data = new WordArray([], 0); return this; };
  HMAC.prototype.update = function (m) { this._data.concat(toWA(m)); return this; };
  HMAC.prototype.finalize = function (m) {
    if (m !== undefined) { this.update(m); }
    var r = fromNative(N.hmac(this._name, this._key.words, this._key.sigBytes, this._data.words, this._data.sigBytes));
    this.reset();
    return r;
  };
  algo.HMAC = { create: function (hasher, key) { return new HMAC(hasher, key); } };

  function kdfHasher(cfg, def) {
    var h = (cfg && cfg.hasher) || def;
    return h._name || 'SHA1';
  }
  C.PBKDF2 = function (password, salt, cfg) {
    cfg = cfg || {};
    var p = toWA(password), s = toWA(salt);
    var keySize = cfg.keySize !== undefined ? cfg.keySize : 4;
    return fromNative(N.pbkdf2(kdfHasher(cfg, algo.SHA1), p.words, p.sigBytes, s.words, s.sigBytes, cfg.iterations || 1, keySize * 4));
  };
  algo.PBKDF2 = { create: function (cfg) { return { compute: function (p, s) { return C.PBKDF2(p, s, cfg); } }; } };
  C.EvpKDF = function (password, salt, cfg) {
    cfg = cfg || {};
    var p = toWA(password), s = toWA(salt);
    var keySize = cfg.keySize !== undefined ? cfg.keySize : 4;
    return fromNative(N.evpkdf(kdfHasher(cfg, algo.MD5), p.words, p.sigBytes, s.words, s.sigBytes, cfg.iterations || 1, keySize * 4));
  };
  algo.EvpKDF = { create: function (cfg) { return { compute: function (p, s) { return C.EvpKDF(p, s, cfg); } }; } };

  // Ciphers.
  C.mode = {};
  ['CBC', 'ECB', 'CFB', 'OFB', 'CTR'].forEach(function (m) { C.mode[m] = { _name: m }; });
  C.pad = {};
  ['Pkcs7', 'NoPadding', 'ZeroPadding', 'AnsiX923', 'Iso10126', 'Iso97971'].forEach(function (p) { C.pad[p] = { _name: p }; });

  function CipherParams(o) { for (var k in o) { this[k] = o[k]; } }
  CipherParams.prototype.toString = function (formatter) { return (formatter || this.formatter || C.format.OpenSSL).stringify(this); };
  lib.CipherParams = { create: function (o) { return new CipherParams(o); } };

  var SALTED = [0x53616c74, 0x65645f5f];
  C.format = {
    OpenSSL: {
      stringify: function (cp) {
        var ct = cp.ciphertext, salt = cp.salt;
        var wa = salt ? new WordArray(SALTED.slice(0), 8).concat(salt).concat(ct) : ct;
        return wa.toString(enc.Base64);
      },
      parse: function (s) {
        var ct = enc.Base64.parse(s), w = ct.words, salt;
        if (w[0] === SALTED[0] && w[1] === SALTED[1]) {
          salt = new WordArray(w.slice(2, 4), 8);
          ct = new WordArray(w.slice(4), ct.sigBytes - 16);
        }
        return new CipherParams({ ciphertext: ct, salt: salt });
      }
    },
    Hex: {
      stringify: function (cp) { return cp.ciphertext.toString(enc.Hex); },
      parse: function (s) { return new CipherParams({ ciphertext: enc.Hex.parse(s) }); }
    }
  };
  C.kdf = {
    OpenSSL: {
      execute: function (password, keySize, ivSize, salt) {
        if (!salt) { salt = WordArray.random(8); }
        var key = C.EvpKDF(password, salt, { keySize: keySize + ivSize });
        var iv = new WordArray(key.words.slice(keySize), ivSize * 4);
        key.sigBytes = keySize * 4;
        key.clamp();
        return new CipherParams({ key: key, iv: iv, salt: salt });
      }
    }
  };

  function makeCipher(name, keySize, ivSize, stream) {
    var blockSize = stream ? 1 : ivSize;
    var algorithm = { _name: name, keySize: keySize, ivSize: ivSize, blockSize: blockSize };
    function run(encrypt, data, key, cfg) {
      var mode = (cfg.mode && cfg.mode._name) || 'CBC';
      var padding = (cfg.padding && cfg.padding._name) || 'Pkcs7';
      var iv = cfg.iv ? toWA(cfg.iv) : new WordArray([], 0);
      var alg = name === 'RC4Drop' ? 'RC4Drop:' + (cfg.drop === undefined ? 192 : cfg.drop) : name;
      return fromNative(N.cipher(alg, encrypt, mode, padding, key.words, key.sigBytes, iv.words, iv.sigBytes, data.words, data.sigBytes));
    }
    algorithm.encrypt = function (message, key, cfg) {
      cfg = cfg || {};
      var data = toWA(message), iv = cfg.iv, salt;
      if (typeof key === 'string') {
        // crypto-js 3.3.0 ignores cfg.salt: the salt is always random.
        var d = C.kdf.OpenSSL.execute(key, keySize, ivSize);
        key = d.key; iv = d.iv; salt = d.salt;
      }
      var runCfg = Object.assign({}, cfg, { iv: iv });
      var ct = run(true, data, key, runCfg);
      return new CipherParams({
        ciphertext: ct, key: key, iv: iv, salt: salt, algorithm: algorithm,
        mode: stream ? undefined : cfg.mode || C.mode.CBC, padding: stream ? undefined : cfg.padding || C.pad.Pkcs7,
        blockSize: blockSize, formatter: cfg.format || C.format.OpenSSL
      });
    };
    algorithm.decrypt = function (ciphertext, key, cfg) {
      cfg = cfg || {};
      var cp = typeof ciphertext === 'string' ? (cfg.format || C.format.OpenSSL).parse(ciphertext) : ciphertext;
      var iv = cfg.iv;
      if (typeof key === 'string') {
        var d = C.kdf.OpenSSL.execute(key, keySize, ivSize, cp.salt);
        key = d.key; iv = d.iv;
      }
      return run(false, cp.ciphertext, key, Object.assign({}, cfg, { iv: iv }));
    };
    algo[name] = algorithm;
    C[name] = { encrypt: algorithm.encrypt, decrypt: algorithm.decrypt };
  }
  makeCipher('AES', 8, 4);
  makeCipher('DES', 2, 2);
  makeCipher('TripleDES', 6, 2);
  makeCipher('RC4', 8, 0, true);
  makeCipher('RC4Drop', 8, 0, true);
  return C;
})
