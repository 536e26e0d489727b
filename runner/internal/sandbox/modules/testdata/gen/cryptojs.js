// Generates ../cryptojs.json from crypto-js@3.3.0:
//   npm install --prefix /tmp/x crypto-js@3.3.0
//   NODE_PATH=/tmp/x/node_modules node cryptojs.js > ../cryptojs.json
'use strict';
var C = require('crypto-js');
var run = require('./run');
var msgs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'héllo wörld ✓ 𝄞', Array(200).join('x')];
var cases = [];
var hashes = ['MD5', 'SHA1', 'SHA256', 'SHA224', 'SHA512', 'SHA384', 'SHA3', 'RIPEMD160'];
msgs.forEach(function (m) {
  var lit = JSON.stringify(m);
  hashes.forEach(function (h) {
    cases.push('lib.' + h + '(' + lit + ').toString()');
    cases.push('lib.Hmac' + h + '(' + lit + ', "secret key").toString()');
  });
  [224, 256, 384].forEach(function (n) { cases.push('lib.SHA3(' + lit + ', {outputLength: ' + n + '}).toString()'); });
  cases.push('lib.SHA256(' + lit + ').toString(lib.enc.Base64)');
  cases.push('lib.enc.Base64.stringify(lib.enc.Utf8.parse(' + lit + '))');
  cases.push('lib.enc.Hex.stringify(lib.enc.Utf8.parse(' + lit + '))');
  cases.push('lib.enc.Utf8.parse(' + lit + ').sigBytes');
  cases.push('lib.enc.Latin1.stringify(lib.enc.Utf8.parse(' + lit + '))');
  cases.push('lib.enc.Utf8.stringify(lib.enc.Base64.parse(lib.enc.Base64.stringify(lib.enc.Utf8.parse(' + lit + '))))');
  cases.push('lib.enc.Utf16.stringify(lib.enc.Utf16.parse(' + lit + '))');
  cases.push('lib.enc.Hex.stringify(lib.enc.Utf16LE.parse(' + lit + '))');
});
cases.push(
  'lib.enc.Utf8.parse("abcde").words',
  'lib.SHA256("abc").words',
  'lib.MD5("abc").sigBytes',
  'lib.enc.Hex.parse("00ff10").words',
  'lib.enc.Base64.parse("SGVsbG8=").toString(lib.enc.Utf8)',
  'lib.enc.Base64.parse("SGVsbG8").toString(lib.enc.Utf8)',
  'lib.enc.Latin1.parse("\\u00ff\\u00e9a").toString()',
  'lib.enc.Utf8.parse("ab").concat(lib.enc.Utf8.parse("cde")).toString()',
  'lib.enc.Hex.parse("0102").concat(lib.enc.Hex.parse("030405")).words',
  'lib.enc.Utf8.parse("abc").clone().toString(lib.enc.Base64)',
  'lib.HmacSHA256(lib.enc.Utf8.parse("msg"), lib.enc.Hex.parse("0b0b0b0b")).toString()',
  'lib.HmacSHA256("msg", lib.SHA256("k")).toString(lib.enc.Base64)',
  'lib.HmacSHA3("msg", "k").toString()',
  'lib.SHA256(lib.SHA256("abc")).toString()',
  'lib.algo.SHA256.create().update("a").update("bc").finalize().toString()',
  'lib.algo.HMAC.create(lib.algo.SHA1, "key").update("a").finalize("bc").toString()',
  'lib.PBKDF2("password", "salt").toString()',
  'lib.PBKDF2("password", "salt", {keySize: 8, iterations: 10}).toString()',
  'lib.PBKDF2("password", "salt", {keySize: 16, iterations: 3, hasher: lib.algo.SHA256}).toString()',
  'lib.PBKDF2("password", lib.enc.Hex.parse("0011223344"), {keySize: 512/32, iterations: 2, hasher: lib.algo.SHA512}).toString()',
  'lib.EvpKDF("password", "saltsalt", {keySize: 12}).toString()'
);
var key = 'lib.enc.Hex.parse("000102030405060708090a0b0c0d0e0f")';
var key256 = 'lib.enc.Hex.parse("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")';
var iv = 'lib.enc.Hex.parse("0f0e0d0c0b0a09080706050403020100")';
['', 'abc', 'exactly 16 bytes', 'a longer message that spans several AES blocks ✓'].forEach(function (m) {
  var lit = JSON.stringify(m);
  cases.push('lib.AES.encrypt(' + lit + ', ' + key + ', {iv: ' + iv + '}).toString()');
  cases.push('lib.AES.encrypt(' + lit + ', ' + key256 + ', {iv: ' + iv + '}).ciphertext.toString()');
  cases.push('lib.AES.encrypt(' + lit + ', ' + key + ', {mode: lib.mode.ECB}).toString()');
  cases.push('lib.AES.encrypt(' + lit + ', ' + key + ', {iv: ' + iv + ', mode: lib.mode.CFB}).toString()');
  cases.push('lib.AES.encrypt(' + lit + ', ' + key + ', {iv: ' + iv + ', mode: lib.mode.OFB}).toString()');
  cases.push('lib.AES.encrypt(' + lit + ', ' + key + ', {iv: ' + iv + ', mode: lib.mode.CTR, padding: lib.pad.NoPadding}).toString()');
  cases.push('lib.AES.encrypt(' + lit + ', ' + key + ', {iv: ' + iv + ', padding: lib.pad.ZeroPadding}).toString()');
  cases.push('lib.AES.encrypt(' + lit + ', ' + key + ', {iv: ' + iv + ', padding: lib.pad.AnsiX923}).toString()');
  cases.push('lib.TripleDES.encrypt(' + lit + ', ' + key256 + ', {iv: ' + iv + '}).toString()');
  cases.push('lib.DES.encrypt(' + lit + ', ' + key + ', {iv: ' + iv + '}).toString()');
  var ct = C.AES.encrypt(m, 'my passphrase').toString();
  cases.push('lib.AES.decrypt(' + JSON.stringify(ct) + ', "my passphrase").toString(lib.enc.Utf8)');
  var ct2 = C.AES.encrypt(m, C.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), { iv: C.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100') }).toString();
  cases.push('lib.AES.decrypt(' + JSON.stringify(ct2) + ', ' + key + ', {iv: ' + iv + '}).toString(lib.enc.Utf8)');
  var ct3 = C.TripleDES.encrypt(m, 'pw').toString();
  cases.push('lib.TripleDES.decrypt(' + JSON.stringify(ct3) + ', "pw").toString(lib.enc.Utf8)');
  cases.push('lib.AES.decrypt(lib.AES.encrypt(' + lit + ', "pw"), "pw").toString(lib.enc.Utf8)');
  cases.push('lib.AES.encrypt(' + lit + ', "pw").toString().slice(0, 10)');
  cases.push('lib.AES.decrypt({ciphertext: lib.enc.Base64.parse(' + JSON.stringify(C.enc.Base64.stringify(C.AES.encrypt(m, C.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), { mode: C.mode.ECB }).ciphertext)) + ')}, ' + key + ', {mode: lib.mode.ECB}).toString(lib.enc.Utf8)');
});
cases.push('lib.AES.encrypt("abc", "pw", {}).salt.sigBytes');
cases.push('lib.AES.encrypt("abc", "pw").key.sigBytes');
cases.push('lib.AES.encrypt("abc", "pw").iv.sigBytes');
cases.push('lib.lib.WordArray.random(16).sigBytes');
cases.push('lib.lib.WordArray.create([0x61626364], 3).toString(lib.enc.Utf8)');
cases.push('lib.AES.encrypt("abc", ' + key + ', {iv: ' + iv + '}).toString(lib.format.Hex)');
cases.push('lib.SHA256(lib.lib.WordArray.create([0x01020300], 3)).toString()', 'lib.enc.Hex.parse("abc").toString()', 'lib.enc.Latin1.stringify(lib.MD5("x"))',
  'lib.HmacSHA1("msg", "").toString()', 'lib.HmacSHA512("", "key").toString(lib.enc.Base64)', 'lib.MD5(lib.enc.Latin1.parse("\u00ff\u0000")).toString()');
['wrong', 'also wrong', 'x'].forEach(function (pw) {
  var ct = C.AES.encrypt('secret message here', 'right').toString();
  cases.push('lib.AES.decrypt(' + JSON.stringify(ct) + ', ' + JSON.stringify(pw) + ').toString()');
  cases.push('lib.AES.decrypt(' + JSON.stringify(ct) + ', ' + JSON.stringify(pw) + ').sigBytes');
});
['', 'abc', 'a longer RC4 message ✓'].forEach(function (m) {
  var lit = JSON.stringify(m);
  cases.push('lib.RC4.encrypt(' + lit + ', lib.enc.Hex.parse("0102030405")).toString()');
  cases.push('lib.RC4Drop.encrypt(' + lit + ', lib.enc.Hex.parse("0102030405")).ciphertext.toString()');
  cases.push('lib.RC4Drop.encrypt(' + lit + ', lib.enc.Hex.parse("0102030405"), {drop: 3}).ciphertext.toString()');
  cases.push('lib.RC4.decrypt(' + JSON.stringify(C.RC4.encrypt(m, 'pass').toString()) + ', "pass").toString(lib.enc.Utf8)');
  cases.push('lib.RC4.decrypt(lib.RC4.encrypt(' + lit + ', "k"), "k").toString(lib.enc.Utf8)');
});
// crypto-js 3.3.0 ignores cfg.salt (always random), so no fixed-salt vectors.
run('crypto-js@3.3.0', C, cases);
