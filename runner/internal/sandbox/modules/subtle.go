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
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"hash"
	"math/big"
	"strings"

	"github.com/dop251/goja"
)

// subtleKey is the Go side of a WebCrypto CryptoKey.
type subtleKey struct {
	Type   string // "secret", "private" or "public"
	Alg    string // canonical algorithm name, e.g. "HMAC", "AES-GCM", "ECDSA"
	Hash   string // SHA-1, SHA-256, ... (HMAC, RSA)
	Curve  string // P-256, P-384, P-521 (ECDSA)
	secret []byte
	rsa    *rsa.PrivateKey
	rsaPub *rsa.PublicKey
	ec     *ecdsa.PrivateKey
	ecPub  *ecdsa.PublicKey
}

var subtleAlgs = map[string]string{
	"HMAC": "HMAC", "AES-GCM": "AES-GCM", "AES-CBC": "AES-CBC", "AES-CTR": "AES-CTR", "AES-KW": "AES-KW",
	"RSASSA-PKCS1-V1_5": "RSASSA-PKCS1-v1_5", "RSA-PSS": "RSA-PSS", "RSA-OAEP": "RSA-OAEP",
	"ECDSA": "ECDSA", "PBKDF2": "PBKDF2", "HKDF": "HKDF",
}

// canonicalAlg normalises a WebCrypto algorithm name.
func canonicalAlg(name string) (string, error) {
	if a, ok := subtleAlgs[strings.ToUpper(name)]; ok {
		return a, nil
	}
	return "", domErr("NotSupportedError", "Unrecognized algorithm name")
}

// domError carries a DOMException name for the JS facade.
type domError struct{ name, msg string }

func (e *domError) Error() string { return e.name + ": " + e.msg }

func domErr(name, msg string) error { return &domError{name, msg} }

func cryptoHash(name string) (crypto.Hash, func() hash.Hash, error) {
	switch strings.ToUpper(name) {
	case "SHA-1":
		return crypto.SHA1, crypto.SHA1.New, nil
	case "SHA-256":
		return crypto.SHA256, crypto.SHA256.New, nil
	case "SHA-384":
		return crypto.SHA384, crypto.SHA384.New, nil
	case "SHA-512":
		return crypto.SHA512, crypto.SHA512.New, nil
	}
	return 0, nil, domErr("NotSupportedError", "Unrecognized hash name "+name)
}

func curveByName(name string) (elliptic.Curve, error) {
	switch name {
	case "P-256":
		return elliptic.P256(), nil
	case "P-384":
		return elliptic.P384(), nil
	case "P-521":
		return elliptic.P521(), nil
	}
	return nil, domErr("NotSupportedError", "Unsupported named curve "+name)
}

func curveName(c elliptic.Curve) string { return c.Params().Name }

func b64url(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func unb64url(s string) ([]byte, error) {
	return base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
}

// subtleParams is the algorithm dictionary passed from JS.
type subtleParams struct {
	Name, Hash, NamedCurve         string
	Length, SaltLength, Iterations int
	TagLength                      int
	ModulusLength                  int
	IV, AdditionalData, Salt, Info []byte
	Counter, Label                 []byte
	HasAD, HasLabel                bool
}

func readParams(rt *goja.Runtime, v goja.Value) (subtleParams, error) {
	var p subtleParams
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return p, domErr("TypeError", "algorithm is required")
	}
	if _, ok := v.Export().(string); ok {
		p.Name = v.String()
		return p, nil
	}
	o := v.ToObject(rt)
	str := func(name string) string {
		x := o.Get(name)
		if x == nil || goja.IsUndefined(x) {
			return ""
		}
		if xo, ok := x.(*goja.Object); ok {
			if n := xo.Get("name"); n != nil && !goja.IsUndefined(n) {
				return n.String()
			}
		}
		return x.String()
	}
	num := func(name string) int {
		x := o.Get(name)
		if x == nil || goja.IsUndefined(x) {
			return 0
		}
		return int(x.ToInteger())
	}
	bin := func(name string) ([]byte, bool, error) {
		x := o.Get(name)
		if x == nil || goja.IsUndefined(x) {
			return nil, false, nil
		}
		b, err := bytesOf(rt, x)
		if err != nil {
			return nil, false, fmt.Errorf("%s: %w", name, err)
		}
		return append([]byte(nil), b...), true, nil
	}
	p.Name, p.Hash, p.NamedCurve = str("name"), str("hash"), str("namedCurve")
	p.Length, p.SaltLength, p.Iterations, p.TagLength, p.ModulusLength = num("length"), num("saltLength"), num("iterations"), num("tagLength"), num("modulusLength")
	var err error
	if p.IV, _, err = bin("iv"); err != nil {
		return p, err
	}
	if p.AdditionalData, p.HasAD, err = bin("additionalData"); err != nil {
		return p, err
	}
	if p.Salt, _, err = bin("salt"); err != nil {
		return p, err
	}
	if p.Info, _, err = bin("info"); err != nil {
		return p, err
	}
	if p.Counter, _, err = bin("counter"); err != nil {
		return p, err
	}
	if p.Label, p.HasLabel, err = bin("label"); err != nil {
		return p, err
	}
	return p, nil
}

// importKey implements SubtleCrypto.importKey for raw, pkcs8, spki and jwk.
func importKey(rt *goja.Runtime, format string, data goja.Value, p subtleParams) (*subtleKey, error) {
	alg, err := canonicalAlg(p.Name)
	if err != nil {
		return nil, err
	}
	k := &subtleKey{Alg: alg, Hash: strings.ToUpper(p.Hash), Curve: p.NamedCurve}
	switch format {
	case "raw":
		b, err := bytesOf(rt, data)
		if err != nil {
			return nil, domErr("DataError", err.Error())
		}
		if alg == "ECDSA" {
			c, err := curveByName(p.NamedCurve)
			if err != nil {
				return nil, err
			}
			x, y := elliptic.Unmarshal(c, b) //nolint:staticcheck // uncompressed point decoding
			if x == nil {
				return nil, domErr("DataError", "invalid EC public key")
			}
			k.Type, k.ecPub = "public", &ecdsa.PublicKey{Curve: c, X: x, Y: y}
			return k, nil
		}
		k.Type, k.secret = "secret", append([]byte(nil), b...)
	case "pkcs8":
		b, err := bytesOf(rt, data)
		if err != nil {
			return nil, domErr("DataError", err.Error())
		}
		key, err := x509.ParsePKCS8PrivateKey(b)
		if err != nil {
			return nil, domErr("DataError", "invalid PKCS#8 key: "+err.Error())
		}
		k.Type = "private"
		switch key := key.(type) {
		case *rsa.PrivateKey:
			k.rsa, k.rsaPub = key, &key.PublicKey
		case *ecdsa.PrivateKey:
			k.ec, k.ecPub, k.Curve = key, &key.PublicKey, curveName(key.Curve)
		default:
			return nil, domErr("NotSupportedError", fmt.Sprintf("unsupported key type %T", key))
		}
	case "spki":
		b, err := bytesOf(rt, data)
		if err != nil {
			return nil, domErr("DataError", err.Error())
		}
		key, err := x509.ParsePKIXPublicKey(b)
		if err != nil {
			return nil, domErr("DataError", "invalid SPKI key: "+err.Error())
		}
		k.Type = "public"
		switch key := key.(type) {
		case *rsa.PublicKey:
			k.rsaPub = key
		case *ecdsa.PublicKey:
			k.ecPub, k.Curve = key, curveName(key.Curve)
		default:
			return nil, domErr("NotSupportedError", fmt.Sprintf("unsupported key type %T", key))
		}
	case "jwk":
		if err := importJWK(rt, k, data); err != nil {
			return nil, err
		}
	default:
		return nil, domErr("NotSupportedError", "Unsupported key format "+format)
	}
	if err := checkKeyAlg(k); err != nil {
		return nil, err
	}
	return k, nil
}

func checkKeyAlg(k *subtleKey) error {
	switch k.Alg {
	case "HMAC":
		if k.secret == nil {
			return domErr("DataError", "HMAC needs a secret key")
		}
		if _, _, err := cryptoHash(k.Hash); err != nil {
			return err
		}
	case "AES-GCM", "AES-CBC", "AES-CTR", "AES-KW":
		if n := len(k.secret); n != 16 && n != 24 && n != 32 {
			return domErr("DataError", "AES key data must be 128, 192 or 256 bits")
		}
	case "RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP":
		if k.rsaPub == nil {
			return domErr("DataError", "not an RSA key")
		}
		if _, _, err := cryptoHash(k.Hash); err != nil {
			return err
		}
	case "ECDSA":
		if k.ecPub == nil {
			return domErr("DataError", "not an EC key")
		}
	case "PBKDF2", "HKDF":
		if k.secret == nil {
			return domErr("DataError", "key derivation needs raw key material")
		}
	}
	return nil
}

func importJWK(rt *goja.Runtime, k *subtleKey, data goja.Value) error {
	o, ok := data.(*goja.Object)
	if !ok {
		return domErr("DataError", "JWK must be an object")
	}
	get := func(name string) string {
		v := o.Get(name)
		if v == nil || goja.IsUndefined(v) {
			return ""
		}
		return v.String()
	}
	bigOf := func(name string) (*big.Int, error) {
		b, err := unb64url(get(name))
		if err != nil || len(b) == 0 {
			return nil, domErr("DataError", "invalid JWK member "+name)
		}
		return new(big.Int).SetBytes(b), nil
	}
	switch get("kty") {
	case "oct":
		b, err := unb64url(get("k"))
		if err != nil {
			return domErr("DataError", "invalid JWK member k")
		}
		k.Type, k.secret = "secret", b
	case "RSA":
		n, err := bigOf("n")
		if err != nil {
			return err
		}
		e, err := bigOf("e")
		if err != nil {
			return err
		}
		k.rsaPub = &rsa.PublicKey{N: n, E: int(e.Int64())}
		k.Type = "public"
		if get("d") != "" {
			d, err := bigOf("d")
			if err != nil {
				return err
			}
			p, err := bigOf("p")
			if err != nil {
				return err
			}
			q, err := bigOf("q")
			if err != nil {
				return err
			}
			priv := &rsa.PrivateKey{PublicKey: *k.rsaPub, D: d, Primes: []*big.Int{p, q}}
			priv.Precompute()
			k.rsa, k.Type = priv, "private"
		}
	case "EC":
		c, err := curveByName(get("crv"))
		if err != nil {
			return err
		}
		x, err := bigOf("x")
		if err != nil {
			return err
		}
		y, err := bigOf("y")
		if err != nil {
			return err
		}
		k.Curve = get("crv")
		k.ecPub = &ecdsa.PublicKey{Curve: c, X: x, Y: y}
		k.Type = "public"
		if get("d") != "" {
			d, err := bigOf("d")
			if err != nil {
				return err
			}
			k.ec = &ecdsa.PrivateKey{PublicKey: *k.ecPub, D: d}
			k.Type = "private"
		}
	default:
		return domErr("DataError", "unsupported JWK kty "+get("kty"))
	}
	return nil
}

// sign implements SubtleCrypto.sign.
func (k *subtleKey) sign(p subtleParams, data []byte) ([]byte, error) {
	switch k.Alg {
	case "HMAC":
		_, nh, err := cryptoHash(k.Hash)
		if err != nil {
			return nil, err
		}
		m := hmac.New(nh, k.secret)
		m.Write(data)
		return m.Sum(nil), nil
	case "RSASSA-PKCS1-v1_5", "RSA-PSS":
		if k.rsa == nil {
			return nil, domErr("InvalidAccessError", "signing needs a private key")
		}
		h, _, err := cryptoHash(k.Hash)
		if err != nil {
			return nil, err
		}
		d := h.New()
		d.Write(data)
		if k.Alg == "RSA-PSS" {
			return rsa.SignPSS(rand.Reader, k.rsa, h, d.Sum(nil), &rsa.PSSOptions{SaltLength: p.SaltLength, Hash: h})
		}
		return rsa.SignPKCS1v15(rand.Reader, k.rsa, h, d.Sum(nil))
	case "ECDSA":
		if k.ec == nil {
			return nil, domErr("InvalidAccessError", "signing needs a private key")
		}
		h, _, err := cryptoHash(p.Hash)
		if err != nil {
			return nil, err
		}
		d := h.New()
		d.Write(data)
		r, s, err := ecdsa.Sign(rand.Reader, k.ec, d.Sum(nil))
		if err != nil {
			return nil, err
		}
		size := (k.ec.Curve.Params().BitSize + 7) / 8
		out := make([]byte, 2*size)
		r.FillBytes(out[:size])
		s.FillBytes(out[size:])
		return out, nil
	}
	return nil, domErr("InvalidAccessError", k.Alg+" keys cannot sign")
}

// verify implements SubtleCrypto.verify.
func (k *subtleKey) verify(p subtleParams, sig, data []byte) (bool, error) {
	switch k.Alg {
	case "HMAC":
		mac, err := k.sign(p, data)
		if err != nil {
			return false, err
		}
		return hmac.Equal(mac, sig), nil
	case "RSASSA-PKCS1-v1_5", "RSA-PSS":
		h, _, err := cryptoHash(k.Hash)
		if err != nil {
			return false, err
		}
		d := h.New()
		d.Write(data)
		if k.Alg == "RSA-PSS" {
			return rsa.VerifyPSS(k.rsaPub, h, d.Sum(nil), sig, &rsa.PSSOptions{SaltLength: p.SaltLength, Hash: h}) == nil, nil
		}
		return rsa.VerifyPKCS1v15(k.rsaPub, h, d.Sum(nil), sig) == nil, nil
	case "ECDSA":
		h, _, err := cryptoHash(p.Hash)
		if err != nil {
			return false, err
		}
		size := (k.ecPub.Curve.Params().BitSize + 7) / 8
		if len(sig) != 2*size {
			return false, nil
		}
		d := h.New()
		d.Write(data)
		r, s := new(big.Int).SetBytes(sig[:size]), new(big.Int).SetBytes(sig[size:])
		return ecdsa.Verify(k.ecPub, d.Sum(nil), r, s), nil
	}
	return false, domErr("InvalidAccessError", k.Alg+" keys cannot verify")
}

// crypt implements SubtleCrypto.encrypt and decrypt.
func (k *subtleKey) crypt(encrypt bool, p subtleParams, data []byte) ([]byte, error) {
	switch k.Alg {
	case "AES-GCM", "AES-CBC", "AES-CTR":
		block, err := aes.NewCipher(k.secret)
		if err != nil {
			return nil, domErr("DataError", err.Error())
		}
		switch k.Alg {
		case "AES-GCM":
			tag := 16
			if p.TagLength != 0 {
				tag = p.TagLength / 8
			}
			var g cipher.AEAD
			switch {
			case len(p.IV) == 12:
				g, err = cipher.NewGCMWithTagSize(block, tag)
			case tag == 16 && len(p.IV) > 0:
				g, err = cipher.NewGCMWithNonceSize(block, len(p.IV))
			default:
				return nil, domErr("NotSupportedError", "unsupported AES-GCM iv/tag length")
			}
			if err != nil {
				return nil, domErr("OperationError", err.Error())
			}
			if encrypt {
				return g.Seal(nil, p.IV, data, p.AdditionalData), nil
			}
			out, err := g.Open(nil, p.IV, data, p.AdditionalData)
			if err != nil {
				return nil, domErr("OperationError", "The operation failed for an operation-specific reason")
			}
			return out, nil
		case "AES-CBC":
			if len(p.IV) != 16 {
				return nil, domErr("OperationError", "AES-CBC iv must be 16 bytes")
			}
			if encrypt {
				padded, _ := pad("Pkcs7", append([]byte(nil), data...), 16)
				out := make([]byte, len(padded))
				cipher.NewCBCEncrypter(block, p.IV).CryptBlocks(out, padded)
				return out, nil
			}
			if len(data) == 0 || len(data)%16 != 0 {
				return nil, domErr("OperationError", "The provided data is too small or not a multiple of the block size")
			}
			out := make([]byte, len(data))
			cipher.NewCBCDecrypter(block, p.IV).CryptBlocks(out, data)
			n := int(out[len(out)-1])
			if n == 0 || n > 16 || n > len(out) {
				return nil, domErr("OperationError", "bad padding")
			}
			for _, c := range out[len(out)-n:] {
				if int(c) != n {
					return nil, domErr("OperationError", "bad padding")
				}
			}
			return out[:len(out)-n], nil
		default: // AES-CTR
			if len(p.Counter) != 16 {
				return nil, domErr("OperationError", "AES-CTR counter must be 16 bytes")
			}
			out := make([]byte, len(data))
			cipher.NewCTR(block, p.Counter).XORKeyStream(out, data)
			return out, nil
		}
	case "RSA-OAEP":
		_, nh, err := cryptoHash(k.Hash)
		if err != nil {
			return nil, err
		}
		if encrypt {
			return rsa.EncryptOAEP(nh(), rand.Reader, k.rsaPub, data, p.Label)
		}
		if k.rsa == nil {
			return nil, domErr("InvalidAccessError", "decryption needs a private key")
		}
		out, err := rsa.DecryptOAEP(nh(), rand.Reader, k.rsa, data, p.Label)
		if err != nil {
			return nil, domErr("OperationError", err.Error())
		}
		return out, nil
	}
	return nil, domErr("InvalidAccessError", k.Alg+" keys cannot encrypt or decrypt")
}

// deriveBits implements SubtleCrypto.deriveBits for PBKDF2 and HKDF.
func (k *subtleKey) deriveBits(p subtleParams, bits int) ([]byte, error) {
	if bits <= 0 || bits%8 != 0 {
		return nil, domErr("OperationError", "length must be a positive multiple of 8")
	}
	_, nh, err := cryptoHash(p.Hash)
	if err != nil {
		return nil, err
	}
	switch k.Alg {
	case "PBKDF2":
		if p.Iterations <= 0 {
			return nil, domErr("OperationError", "iterations must be positive")
		}
		return pbkdf2(nh, k.secret, p.Salt, p.Iterations, bits/8), nil
	case "HKDF":
		ext := hmac.New(nh, p.Salt)
		ext.Write(k.secret)
		prk := ext.Sum(nil)
		var out, prev []byte
		for i := byte(1); len(out) < bits/8; i++ {
			m := hmac.New(nh, prk)
			m.Write(prev)
			m.Write(p.Info)
			m.Write([]byte{i})
			prev = m.Sum(nil)
			out = append(out, prev...)
			if i == 255 {
				return nil, domErr("OperationError", "HKDF length too large")
			}
		}
		return out[:bits/8], nil
	}
	return nil, domErr("InvalidAccessError", k.Alg+" keys cannot derive bits")
}

// export implements SubtleCrypto.exportKey.
func (k *subtleKey) export(rt *goja.Runtime, format string) (goja.Value, error) {
	ab := func(b []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(b)) }
	switch format {
	case "raw":
		if k.secret != nil {
			return ab(append([]byte(nil), k.secret...)), nil
		}
		if k.ecPub != nil && k.Type == "public" {
			return ab(elliptic.Marshal(k.ecPub.Curve, k.ecPub.X, k.ecPub.Y)), nil //nolint:staticcheck // uncompressed point encoding
		}
	case "spki":
		if k.Type == "public" {
			var pub any = k.rsaPub
			if k.ecPub != nil {
				pub = k.ecPub
			}
			b, err := x509.MarshalPKIXPublicKey(pub)
			if err != nil {
				return nil, domErr("OperationError", err.Error())
			}
			return ab(b), nil
		}
	case "pkcs8":
		if k.Type == "private" {
			var priv any = k.rsa
			if k.ec != nil {
				priv = k.ec
			}
			b, err := x509.MarshalPKCS8PrivateKey(priv)
			if err != nil {
				return nil, domErr("OperationError", err.Error())
			}
			return ab(b), nil
		}
	case "jwk":
		o := rt.NewObject()
		switch {
		case k.secret != nil:
			_ = o.Set("kty", "oct")
			_ = o.Set("k", b64url(k.secret))
		case k.rsaPub != nil:
			_ = o.Set("kty", "RSA")
			_ = o.Set("n", b64url(k.rsaPub.N.Bytes()))
			_ = o.Set("e", b64url(big.NewInt(int64(k.rsaPub.E)).Bytes()))
			if k.rsa != nil && k.Type == "private" {
				_ = o.Set("d", b64url(k.rsa.D.Bytes()))
				_ = o.Set("p", b64url(k.rsa.Primes[0].Bytes()))
				_ = o.Set("q", b64url(k.rsa.Primes[1].Bytes()))
				_ = o.Set("dp", b64url(k.rsa.Precomputed.Dp.Bytes()))
				_ = o.Set("dq", b64url(k.rsa.Precomputed.Dq.Bytes()))
				_ = o.Set("qi", b64url(k.rsa.Precomputed.Qinv.Bytes()))
			}
		case k.ecPub != nil:
			size := (k.ecPub.Curve.Params().BitSize + 7) / 8
			fixed := func(n *big.Int) string { b := make([]byte, size); n.FillBytes(b); return b64url(b) }
			_ = o.Set("kty", "EC")
			_ = o.Set("crv", k.Curve)
			_ = o.Set("x", fixed(k.ecPub.X))
			_ = o.Set("y", fixed(k.ecPub.Y))
			if k.ec != nil && k.Type == "private" {
				_ = o.Set("d", fixed(k.ec.D))
			}
		}
		return o, nil
	default:
		return nil, domErr("NotSupportedError", "Unsupported key format "+format)
	}
	return nil, domErr("InvalidAccessError", "key cannot be exported as "+format)
}

// generateKey implements SubtleCrypto.generateKey; asymmetric algorithms
// return the private key (whose public half is derived by publicOf).
func generateKey(p subtleParams) (*subtleKey, error) {
	alg, err := canonicalAlg(p.Name)
	if err != nil {
		return nil, err
	}
	k := &subtleKey{Alg: alg, Hash: strings.ToUpper(p.Hash), Curve: p.NamedCurve}
	switch alg {
	case "HMAC":
		_, nh, err := cryptoHash(p.Hash)
		if err != nil {
			return nil, err
		}
		n := p.Length / 8
		if n == 0 {
			n = nh().BlockSize()
		}
		k.Type, k.secret = "secret", make([]byte, n)
		_, _ = rand.Read(k.secret)
	case "AES-GCM", "AES-CBC", "AES-CTR", "AES-KW":
		if p.Length != 128 && p.Length != 192 && p.Length != 256 {
			return nil, domErr("OperationError", "AES key length must be 128, 192 or 256 bits")
		}
		k.Type, k.secret = "secret", make([]byte, p.Length/8)
		_, _ = rand.Read(k.secret)
	case "ECDSA":
		c, err := curveByName(p.NamedCurve)
		if err != nil {
			return nil, err
		}
		priv, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, err
		}
		k.Type, k.ec, k.ecPub = "private", priv, &priv.PublicKey
	case "RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP":
		if p.ModulusLength < 1024 || p.ModulusLength > 8192 {
			return nil, domErr("OperationError", "unsupported modulusLength")
		}
		if _, _, err := cryptoHash(p.Hash); err != nil {
			return nil, err
		}
		priv, err := rsa.GenerateKey(rand.Reader, p.ModulusLength)
		if err != nil {
			return nil, err
		}
		k.Type, k.rsa, k.rsaPub = "private", priv, &priv.PublicKey
	default:
		return nil, domErr("NotSupportedError", alg+" keys cannot be generated")
	}
	return k, nil
}

// publicOf returns the public half of an asymmetric private key.
func (k *subtleKey) publicOf() *subtleKey {
	return &subtleKey{Type: "public", Alg: k.Alg, Hash: k.Hash, Curve: k.Curve, rsaPub: k.rsaPub, ecPub: k.ecPub}
}

// describe returns the JS-visible parts of a key: {type, algorithm}.
func (k *subtleKey) describe(rt *goja.Runtime) goja.Value {
	alg := rt.NewObject()
	_ = alg.Set("name", k.Alg)
	hashObj := func() goja.Value { h := rt.NewObject(); _ = h.Set("name", k.Hash); return h }
	switch k.Alg {
	case "HMAC":
		_ = alg.Set("hash", hashObj())
		_ = alg.Set("length", len(k.secret)*8)
	case "AES-GCM", "AES-CBC", "AES-CTR", "AES-KW":
		_ = alg.Set("length", len(k.secret)*8)
	case "RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP":
		_ = alg.Set("modulusLength", k.rsaPub.N.BitLen())
		e := big.NewInt(int64(k.rsaPub.E)).Bytes()
		_ = alg.Set("publicExponent", e)
		_ = alg.Set("hash", hashObj())
	case "ECDSA":
		_ = alg.Set("namedCurve", k.Curve)
	}
	o := rt.NewObject()
	_ = o.Set("type", k.Type)
	_ = o.Set("algorithm", alg)
	_ = o.Set("handle", k)
	return o
}

// subtleNatives adds the WebCrypto natives to n. Errors become
// {error: name, message} results the facade turns into DOMExceptions.
func subtleNatives(rt *goja.Runtime, n *goja.Object) {
	fail := func(err error) goja.Value {
		o := rt.NewObject()
		var de *domError
		if errors.As(err, &de) {
			_ = o.Set("error", de.name)
			_ = o.Set("message", de.msg)
		} else {
			_ = o.Set("error", "OperationError")
			_ = o.Set("message", err.Error())
		}
		return o
	}
	keyOf := func(v goja.Value) (*subtleKey, error) {
		if k, ok := v.Export().(*subtleKey); ok {
			return k, nil
		}
		return nil, domErr("TypeError", "not a CryptoKey")
	}
	ab := func(b []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(b)) }
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = n.Set(name, f) }
	set("subtleImport", func(c goja.FunctionCall) goja.Value {
		p, err := readParams(rt, c.Argument(2))
		if err != nil {
			return fail(err)
		}
		k, err := importKey(rt, c.Argument(0).String(), c.Argument(1), p)
		if err != nil {
			return fail(err)
		}
		return k.describe(rt)
	})
	set("subtleGenerate", func(c goja.FunctionCall) goja.Value {
		p, err := readParams(rt, c.Argument(0))
		if err != nil {
			return fail(err)
		}
		k, err := generateKey(p)
		if err != nil {
			return fail(err)
		}
		o := rt.NewObject()
		if k.Type == "private" {
			_ = o.Set("privateKey", k.describe(rt))
			_ = o.Set("publicKey", k.publicOf().describe(rt))
		} else {
			_ = o.Set("secretKey", k.describe(rt))
		}
		return o
	})
	set("subtleSign", func(c goja.FunctionCall) goja.Value {
		p, err := readParams(rt, c.Argument(0))
		if err != nil {
			return fail(err)
		}
		k, err := keyOf(c.Argument(1))
		if err != nil {
			return fail(err)
		}
		data, err := bytesOf(rt, c.Argument(2))
		if err != nil {
			return fail(err)
		}
		sig, err := k.sign(p, data)
		if err != nil {
			return fail(err)
		}
		return ab(sig)
	})
	set("subtleVerify", func(c goja.FunctionCall) goja.Value {
		p, err := readParams(rt, c.Argument(0))
		if err != nil {
			return fail(err)
		}
		k, err := keyOf(c.Argument(1))
		if err != nil {
			return fail(err)
		}
		sig, err := bytesOf(rt, c.Argument(2))
		if err != nil {
			return fail(err)
		}
		data, err := bytesOf(rt, c.Argument(3))
		if err != nil {
			return fail(err)
		}
		ok, err := k.verify(p, sig, data)
		if err != nil {
			return fail(err)
		}
		return rt.ToValue(ok)
	})
	crypt := func(encrypt bool) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			p, err := readParams(rt, c.Argument(0))
			if err != nil {
				return fail(err)
			}
			k, err := keyOf(c.Argument(1))
			if err != nil {
				return fail(err)
			}
			data, err := bytesOf(rt, c.Argument(2))
			if err != nil {
				return fail(err)
			}
			out, err := k.crypt(encrypt, p, data)
			if err != nil {
				return fail(err)
			}
			return ab(out)
		}
	}
	set("subtleEncrypt", crypt(true))
	set("subtleDecrypt", crypt(false))
	set("subtleDeriveBits", func(c goja.FunctionCall) goja.Value {
		p, err := readParams(rt, c.Argument(0))
		if err != nil {
			return fail(err)
		}
		k, err := keyOf(c.Argument(1))
		if err != nil {
			return fail(err)
		}
		out, err := k.deriveBits(p, int(c.Argument(2).ToInteger()))
		if err != nil {
			return fail(err)
		}
		return ab(out)
	})
	set("subtleExport", func(c goja.FunctionCall) goja.Value {
		k, err := keyOf(c.Argument(1))
		if err != nil {
			return fail(err)
		}
		v, err := k.export(rt, c.Argument(0).String())
		if err != nil {
			return fail(err)
		}
		return v
	})
}
