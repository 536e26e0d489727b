package modules

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/dop251/goja"
)

// runAsync runs an async body with the given globals and returns its result.
func runAsync(t *testing.T, rt *goja.Runtime, body string) string {
	t.Helper()
	return awaitString(t, rt, "const hex = (b) => Array.from(new Uint8Array(b)).map((x) => x.toString(16).padStart(2, '0')).join('');\n"+
		"const unhex = (s) => new Uint8Array(s.match(/../g).map((x) => parseInt(x, 16)));\n"+body)
}

func TestSubtleRSA(t *testing.T) {
	priv, err := rsa.GenerateKey(rand.Reader, 2048) // generated at test time, never stored
	if err != nil {
		t.Fatal(err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	spki, err := x509.MarshalPKIXPublicKey(&priv.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	rt := newTestRuntime(t)
	_ = rt.Set("pkcs8Hex", hex.EncodeToString(pkcs8))
	_ = rt.Set("spkiHex", hex.EncodeToString(spki))
	msg := []byte("header.payload")
	digest := sha256.Sum256(msg)

	// RS256 JWT signing, the common Postman use.
	sig := runAsync(t, rt, `
const key = await crypto.subtle.importKey('pkcs8', unhex(pkcs8Hex), {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'}, false, ['sign']);
if (key.type !== 'private' || key.algorithm.modulusLength !== 2048 || key.algorithm.hash.name !== 'SHA-256') throw new Error('bad key ' + JSON.stringify(key.algorithm));
return hex(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode('header.payload')));`)
	sigBytes, _ := hex.DecodeString(sig)
	if err := rsa.VerifyPKCS1v15(&priv.PublicKey, crypto.SHA256, digest[:], sigBytes); err != nil {
		t.Fatalf("RS256 signature does not verify: %v (%s)", err, sig)
	}
	// PSS signed in JS verifies in Go, and with the JS public key.
	pss := runAsync(t, rt, `
const key = await crypto.subtle.importKey('pkcs8', unhex(pkcs8Hex), {name: 'RSA-PSS', hash: 'SHA-256'}, false, ['sign']);
const pub = await crypto.subtle.importKey('spki', unhex(spkiHex), {name: 'RSA-PSS', hash: 'SHA-256'}, false, ['verify']);
const sig = await crypto.subtle.sign({name: 'RSA-PSS', saltLength: 32}, key, new TextEncoder().encode('header.payload'));
if (!(await crypto.subtle.verify({name: 'RSA-PSS', saltLength: 32}, pub, sig, new TextEncoder().encode('header.payload')))) throw new Error('verify failed');
if (await crypto.subtle.verify({name: 'RSA-PSS', saltLength: 32}, pub, sig, new TextEncoder().encode('tampered'))) throw new Error('tampered verified');
return hex(sig);`)
	pssBytes, _ := hex.DecodeString(pss)
	if err := rsa.VerifyPSS(&priv.PublicKey, crypto.SHA256, digest[:], pssBytes, &rsa.PSSOptions{SaltLength: 32}); err != nil {
		t.Fatalf("PSS signature does not verify: %v", err)
	}
	// RSA-OAEP round trip with a Go-encrypted message.
	ct, err := rsa.EncryptOAEP(sha256.New(), rand.Reader, &priv.PublicKey, []byte("secret"), nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = rt.Set("ctHex", hex.EncodeToString(ct))
	if got := runAsync(t, rt, `
const key = await crypto.subtle.importKey('pkcs8', unhex(pkcs8Hex), {name: 'RSA-OAEP', hash: 'SHA-256'}, false, ['decrypt']);
return new TextDecoder().decode(await crypto.subtle.decrypt({name: 'RSA-OAEP'}, key, unhex(ctHex)));`); got != "secret" {
		t.Fatalf("OAEP decrypt = %q", got)
	}
	// JWK export of the public key matches the Go key.
	jwkN := runAsync(t, rt, `
const pub = await crypto.subtle.importKey('spki', unhex(spkiHex), {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'}, true, ['verify']);
const jwk = await crypto.subtle.exportKey('jwk', pub);
return jwk.kty + ' ' + jwk.alg + ' ' + jwk.e + ' ' + jwk.n;`)
	if want := "RSA RS256 AQAB " + base64.RawURLEncoding.EncodeToString(priv.N.Bytes()); jwkN != want {
		t.Fatalf("jwk = %.60s, want %.60s", jwkN, want)
	}
}

func TestSubtleECDSA(t *testing.T) {
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	rt := newTestRuntime(t)
	_ = rt.Set("pkcs8Hex", hex.EncodeToString(pkcs8))
	sig := runAsync(t, rt, `
const key = await crypto.subtle.importKey('pkcs8', unhex(pkcs8Hex), {name: 'ECDSA', namedCurve: 'P-256'}, true, ['sign']);
const jwk = await crypto.subtle.exportKey('jwk', key);
const pub = await crypto.subtle.importKey('jwk', {kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y}, {name: 'ECDSA', namedCurve: 'P-256'}, true, ['verify']);
const sig = await crypto.subtle.sign({name: 'ECDSA', hash: 'SHA-256'}, key, new TextEncoder().encode('msg'));
if (!(await crypto.subtle.verify({name: 'ECDSA', hash: {name: 'SHA-256'}}, pub, sig, new TextEncoder().encode('msg')))) throw new Error('verify failed');
const raw = await crypto.subtle.exportKey('raw', pub);
if (new Uint8Array(raw)[0] !== 4 || raw.byteLength !== 65) throw new Error('bad raw export');
return hex(sig);`)
	b, _ := hex.DecodeString(sig)
	if len(b) != 64 {
		t.Fatalf("ECDSA P-256 signature is %d bytes, want 64 (r||s)", len(b))
	}
	d := sha256.Sum256([]byte("msg"))
	if !ecdsa.Verify(&priv.PublicKey, d[:], new(big.Int).SetBytes(b[:32]), new(big.Int).SetBytes(b[32:])) {
		t.Fatal("ECDSA signature does not verify in Go")
	}
}

func TestSubtleAESAndKDF(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	iv := []byte("unique nonce")
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	wantGCM := hex.EncodeToString(gcm.Seal(nil, iv, []byte("plain text"), []byte("aad")))

	rt := newTestRuntime(t)
	tests := []struct{ name, body, want string }{
		{"AES-GCM encrypt", `
const k = await crypto.subtle.importKey('raw', new TextEncoder().encode('0123456789abcdef0123456789abcdef'), 'AES-GCM', false, ['encrypt', 'decrypt']);
return hex(await crypto.subtle.encrypt({name: 'AES-GCM', iv: new TextEncoder().encode('unique nonce'), additionalData: new TextEncoder().encode('aad')}, k, new TextEncoder().encode('plain text')));`, wantGCM},
		{"AES-GCM tamper", `
const k = await crypto.subtle.importKey('raw', new TextEncoder().encode('0123456789abcdef0123456789abcdef'), {name: 'AES-GCM'}, false, ['decrypt']);
try { await crypto.subtle.decrypt({name: 'AES-GCM', iv: new Uint8Array(12)}, k, new Uint8Array(32)); return 'no error'; } catch (e) { return e.name; }`, "OperationError"},
		{"AES-CBC round trip", `
const k = await crypto.subtle.generateKey({name: 'AES-CBC', length: 256}, true, ['encrypt', 'decrypt']);
const iv = crypto.getRandomValues(new Uint8Array(16));
const ct = await crypto.subtle.encrypt({name: 'AES-CBC', iv}, k, new TextEncoder().encode('sixteen byte msg'));
const pt = await crypto.subtle.decrypt({name: 'AES-CBC', iv}, k, ct);
return ct.byteLength + ' ' + new TextDecoder().decode(pt) + ' ' + (await crypto.subtle.exportKey('raw', k)).byteLength;`, "32 sixteen byte msg 32"},
		{"PBKDF2", `
const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('password'), 'PBKDF2', false, ['deriveBits']);
return hex(await crypto.subtle.deriveBits({name: 'PBKDF2', salt: new TextEncoder().encode('salt'), iterations: 1, hash: 'SHA-1'}, base, 160));`, "0c60c80f961f0e71f3a9b524af6012062fe037a6"}, // RFC 6070
		{"HKDF", `
const ikm = unhex('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b');
const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
return hex(await crypto.subtle.deriveBits({name: 'HKDF', hash: 'SHA-256', salt: unhex('000102030405060708090a0b0c'), info: unhex('f0f1f2f3f4f5f6f7f8f9')}, base, 336));`,
			"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"}, // RFC 5869 case 1
		{"deriveKey HMAC", `
const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('pw'), 'PBKDF2', false, ['deriveKey']);
const k = await crypto.subtle.deriveKey({name: 'PBKDF2', salt: new Uint8Array(8), iterations: 2, hash: 'SHA-256'}, base, {name: 'HMAC', hash: 'SHA-256'}, true, ['sign']);
return k.algorithm.length + ' ' + (await crypto.subtle.exportKey('jwk', k)).alg;`, "512 HS256"},
		{"HMAC jwk import", `
const k = await crypto.subtle.importKey('jwk', {kty: 'oct', k: 'c2VjcmV0'}, {name: 'HMAC', hash: 'SHA-256'}, false, ['sign']);
return hex(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode('m')));`, hmacHex("secret", "m")},
		{"generate ECDSA pair", `
const {publicKey, privateKey} = await crypto.subtle.generateKey({name: 'ECDSA', namedCurve: 'P-384'}, false, ['sign', 'verify']);
const sig = await crypto.subtle.sign({name: 'ECDSA', hash: 'SHA-384'}, privateKey, new Uint8Array([1]));
return [publicKey.type, privateKey.type, publicKey.usages.join(), privateKey.usages.join(), sig.byteLength, await crypto.subtle.verify({name: 'ECDSA', hash: 'SHA-384'}, publicKey, sig, new Uint8Array([1]))].join(' ');`,
			"public private verify sign 96 true"},
		{"non-extractable", `
const k = await crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt']);
try { await crypto.subtle.exportKey('raw', k); return 'no error'; } catch (e) { return e.name; }`, "InvalidAccessError"},
		{"bad AES length", `
try { await crypto.subtle.importKey('raw', new Uint8Array(5), 'AES-GCM', false, ['encrypt']); return 'no error'; } catch (e) { return e.name; }`, "DataError"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runAsync(t, rt, tt.body); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func hmacHex(key, msg string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}
