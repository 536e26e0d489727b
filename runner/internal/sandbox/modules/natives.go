package modules

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/rc4"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/runner-ci/runner/collection"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // CryptoJS exposes RIPEMD160
)

// hashByName returns a constructor for the named hash: md5, sha1, sha224,
// sha256, sha384, sha512, ripemd160, keccak224/256/384/512.
func hashByName(name string) (func() hash.Hash, error) {
	switch strings.ToLower(strings.ReplaceAll(name, "-", "")) {
	case "md5":
		return md5.New, nil
	case "sha1":
		return sha1.New, nil
	case "sha224":
		return sha256.New224, nil
	case "sha256":
		return sha256.New, nil
	case "sha384":
		return sha512.New384, nil
	case "sha512":
		return sha512.New, nil
	case "ripemd160":
		return ripemd160.New, nil
	case "keccak224":
		return func() hash.Hash { return newKeccak(28) }, nil
	case "keccak256":
		return func() hash.Hash { return newKeccak(32) }, nil
	case "keccak384":
		return func() hash.Hash { return newKeccak(48) }, nil
	case "keccak512", "sha3":
		return func() hash.Hash { return newKeccak(64) }, nil
	}
	return nil, fmt.Errorf("unsupported hash %q", name)
}

// wordsToBytes converts a CryptoJS word array (big-endian 32-bit words) of
// sigBytes significant bytes to bytes.
func wordsToBytes(v goja.Value, sigBytes int64) []byte {
	var words []interface{}
	if v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		words, _ = v.Export().([]interface{})
	}
	if sigBytes < 0 {
		sigBytes = 0
	}
	if max := int64(len(words)) * 4; sigBytes > max {
		sigBytes = max
	}
	out := make([]byte, len(words)*4)
	for i, w := range words {
		var u uint32
		switch x := w.(type) {
		case int64:
			u = uint32(x)
		case float64:
			u = uint32(int64(x))
		case int:
			u = uint32(x)
		}
		binary.BigEndian.PutUint32(out[i*4:], u)
	}
	return out[:sigBytes]
}

// bytesToWordArray returns {words, sigBytes} for b.
func bytesToWordArray(rt *goja.Runtime, b []byte) goja.Value {
	n := (len(b) + 3) / 4
	vals := make([]interface{}, n)
	var buf [4]byte
	for i := 0; i < n; i++ {
		buf = [4]byte{}
		copy(buf[:], b[i*4:])
		vals[i] = int64(int32(binary.BigEndian.Uint32(buf[:])))
	}
	o := rt.NewObject()
	_ = o.Set("words", rt.NewArray(vals...))
	_ = o.Set("sigBytes", len(b))
	return o
}

// bytesOf extracts bytes from an ArrayBuffer, typed array, DataView, array
// of numbers or string (UTF-8).
func bytesOf(rt *goja.Runtime, v goja.Value) ([]byte, error) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, errors.New("expected binary data")
	}
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes(), nil
	case []byte:
		return x, nil
	case string:
		return []byte(x), nil
	}
	var b []byte
	if err := rt.ExportTo(v, &b); err != nil {
		return nil, fmt.Errorf("expected binary data: %w", err)
	}
	return b, nil
}

// jsString converts a JS string to Go, keeping lone surrogates as U+FFFD.
func jsString(v goja.Value) string { return v.String() }

// latin1String builds a JS string whose UTF-16 units are the bytes of b.
func latin1String(rt *goja.Runtime, b []byte) goja.Value {
	u := make([]uint16, len(b))
	for i, c := range b {
		u[i] = uint16(c)
	}
	return rt.ToValue(string(utf16.Decode(u)))
}

// latin1Bytes returns the low byte of each UTF-16 unit of s.
func latin1Bytes(v goja.Value) []byte {
	s := v.String()
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xffff {
			hi, lo := utf16.EncodeRune(r)
			out = append(out, byte(hi), byte(lo))
			continue
		}
		out = append(out, byte(r))
	}
	return out
}

// pkcs7 and friends implement CryptoJS paddings.
func pad(name string, data []byte, blockSize int) ([]byte, error) {
	n := blockSize - len(data)%blockSize
	switch name {
	case "NoPadding":
		return data, nil
	case "ZeroPadding":
		if len(data)%blockSize == 0 {
			return data, nil
		}
		return append(data, make([]byte, n)...), nil
	case "AnsiX923":
		p := make([]byte, n)
		p[n-1] = byte(n)
		return append(data, p...), nil
	case "Iso10126":
		p := make([]byte, n)
		_, _ = rand.Read(p)
		p[n-1] = byte(n)
		return append(data, p...), nil
	case "Iso97971":
		data = append(data, 0x80)
		return pad("ZeroPadding", data, blockSize)
	case "", "Pkcs7":
		p := make([]byte, n)
		for i := range p {
			p[i] = byte(n)
		}
		return append(data, p...), nil
	}
	return nil, fmt.Errorf("unsupported padding %q", name)
}

// unpadLen is the significant length after removing padding; for the
// count-byte paddings it is len - last byte, negative for garbage, as in
// CryptoJS.
func unpadLen(name string, data []byte) int {
	switch name {
	case "NoPadding", "ZeroPadding", "Iso97971":
		return len(unpad(name, data))
	}
	if len(data) == 0 {
		return 0
	}
	return len(data) - int(data[len(data)-1])
}

func unpad(name string, data []byte) []byte {
	if len(data) == 0 {
		return data
	}
	switch name {
	case "NoPadding":
		return data
	case "ZeroPadding":
		i := len(data)
		for i > 0 && data[i-1] == 0 {
			i--
		}
		return data[:i]
	case "Iso97971":
		d := unpad("ZeroPadding", data)
		if len(d) > 0 {
			d = d[:len(d)-1]
		}
		return d
	default: // Pkcs7, AnsiX923, Iso10126: last byte is the count
		n := int(data[len(data)-1])
		if n > len(data) {
			return data[:0]
		}
		return data[:len(data)-n]
	}
}

// runCipher encrypts or decrypts data with CryptoJS semantics. It returns
// the output and its significant length, which like CryptoJS's unpadding
// may be negative when decrypting garbage.
func runCipher(alg string, encrypt bool, mode, padding string, key, iv, data []byte) ([]byte, int, error) {
	if alg == "RC4" || strings.HasPrefix(alg, "RC4Drop") {
		c, err := rc4.NewCipher(key) //nolint:gosec // CryptoJS exposes RC4
		if err != nil {
			return nil, 0, fmt.Errorf("RC4 key: %w", err)
		}
		if n, ok := strings.CutPrefix(alg, "RC4Drop:"); ok {
			drop, _ := strconv.Atoi(n)
			skip := make([]byte, drop*4)
			c.XORKeyStream(skip, skip)
		}
		out := make([]byte, len(data))
		c.XORKeyStream(out, data)
		return out, len(out), nil
	}
	var block cipher.Block
	var err error
	switch alg {
	case "AES":
		block, err = aes.NewCipher(key)
	case "DES":
		if len(key) < 8 {
			return nil, 0, errors.New("invalid DES key size")
		}
		block, err = des.NewCipher(key[:8])
	case "TripleDES":
		k := key
		switch {
		case len(k) >= 24:
			k = k[:24]
		case len(k) >= 16:
			k = append(append([]byte{}, k[:16]...), k[:8]...)
		default:
			return nil, 0, errors.New("invalid TripleDES key size")
		}
		block, err = des.NewTripleDESCipher(k)
	default:
		return nil, 0, fmt.Errorf("unsupported cipher %q", alg)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("%s key: %w", alg, err)
	}
	bs := block.BlockSize()
	if mode != "ECB" {
		fixed := make([]byte, bs)
		copy(fixed, iv)
		iv = fixed
	}
	if encrypt {
		data, err = pad(padding, append([]byte{}, data...), bs)
		if err != nil {
			return nil, 0, err
		}
	}
	out := make([]byte, len(data))
	switch mode {
	case "", "CBC", "ECB":
		if len(data)%bs != 0 {
			if encrypt {
				return nil, 0, errors.New("data is not a multiple of the block size")
			}
			data = data[:len(data)-len(data)%bs]
			out = out[:len(data)]
		}
		if mode == "ECB" {
			for i := 0; i < len(data); i += bs {
				if encrypt {
					block.Encrypt(out[i:], data[i:i+bs])
				} else {
					block.Decrypt(out[i:], data[i:i+bs])
				}
			}
		} else if encrypt {
			cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data)
		} else {
			cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
		}
	case "CFB":
		if encrypt {
			cipher.NewCFBEncrypter(block, iv).XORKeyStream(out, data) //nolint:staticcheck // CryptoJS compatibility
		} else {
			cipher.NewCFBDecrypter(block, iv).XORKeyStream(out, data) //nolint:staticcheck // CryptoJS compatibility
		}
	case "OFB":
		cipher.NewOFB(block, iv).XORKeyStream(out, data) //nolint:staticcheck // CryptoJS compatibility
	case "CTR":
		cipher.NewCTR(block, iv).XORKeyStream(out, data)
	default:
		return nil, 0, fmt.Errorf("unsupported mode %q", mode)
	}
	if !encrypt {
		return out, unpadLen(padding, out), nil
	}
	return out, len(out), nil
}

// evpKDF is OpenSSL's EVP_BytesToKey generalised as CryptoJS EvpKDF.
func evpKDF(newHash func() hash.Hash, password, salt []byte, keyLen, iterations int) []byte {
	var out, block []byte
	for len(out) < keyLen {
		h := newHash()
		h.Write(block)
		h.Write(password)
		h.Write(salt)
		block = h.Sum(nil)
		for i := 1; i < iterations; i++ {
			h.Reset()
			h.Write(block)
			block = h.Sum(nil)
		}
		out = append(out, block...)
	}
	return out[:keyLen]
}

// pbkdf2 derives keyLen bytes (RFC 8018).
func pbkdf2(newHash func() hash.Hash, password, salt []byte, iterations, keyLen int) []byte {
	prf := hmac.New(newHash, password)
	var out []byte
	for blk := uint32(1); len(out) < keyLen; blk++ {
		prf.Reset()
		prf.Write(salt)
		var ctr [4]byte
		binary.BigEndian.PutUint32(ctr[:], blk)
		prf.Write(ctr[:])
		u := prf.Sum(nil)
		t := append([]byte{}, u...)
		for i := 1; i < iterations; i++ {
			prf.Reset()
			prf.Write(u)
			u = prf.Sum(u[:0])
			for j := range t {
				t[j] ^= u[j]
			}
		}
		out = append(out, t...)
	}
	return out[:keyLen]
}

// newNatives builds the object of Go helpers the JS facades receive.
func newNatives(rt *goja.Runtime) *goja.Object {
	n := rt.NewObject()
	// throw raises a plain JavaScript Error (not a GoError) so scripts see
	// the same error name as with the real libraries.
	throw := func(err error) {
		if ctor, ok := rt.Get("Error").(*goja.Object); ok {
			if e, cerr := rt.New(ctor, rt.ToValue(err.Error())); cerr == nil {
				panic(e)
			}
		}
		panic(rt.NewGoError(err))
	}
	wa := func(c goja.FunctionCall, i int) []byte {
		// crypto-js allows fractional sigBytes (odd-length hex); its loops
		// then cover the partial byte.
		return wordsToBytes(c.Argument(i), int64(math.Ceil(c.Argument(i+1).ToFloat())))
	}
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = n.Set(name, f) }

	// Word-array based helpers for crypto-js.
	set("hash", func(c goja.FunctionCall) goja.Value {
		nh, err := hashByName(c.Argument(0).String())
		if err != nil {
			throw(err)
		}
		h := nh()
		h.Write(wa(c, 1))
		return bytesToWordArray(rt, h.Sum(nil))
	})
	set("hmac", func(c goja.FunctionCall) goja.Value {
		nh, err := hashByName(c.Argument(0).String())
		if err != nil {
			throw(err)
		}
		m := hmac.New(nh, wa(c, 1))
		m.Write(wa(c, 3))
		return bytesToWordArray(rt, m.Sum(nil))
	})
	// hmacUtf8 is hmac for the common case of string key and message
	// (UTF-8, as enc.Utf8.parse encodes them), without building word
	// arrays for the inputs.
	set("hmacUtf8", func(c goja.FunctionCall) goja.Value {
		nh, err := hashByName(c.Argument(0).String())
		if err != nil {
			throw(err)
		}
		m := hmac.New(nh, []byte(jsString(c.Argument(1))))
		m.Write([]byte(jsString(c.Argument(2))))
		return bytesToWordArray(rt, m.Sum(nil))
	})
	set("pbkdf2", func(c goja.FunctionCall) goja.Value {
		nh, err := hashByName(c.Argument(0).String())
		if err != nil {
			throw(err)
		}
		return bytesToWordArray(rt, pbkdf2(nh, wa(c, 1), wa(c, 3), int(c.Argument(5).ToInteger()), int(c.Argument(6).ToInteger())))
	})
	set("evpkdf", func(c goja.FunctionCall) goja.Value {
		nh, err := hashByName(c.Argument(0).String())
		if err != nil {
			throw(err)
		}
		return bytesToWordArray(rt, evpKDF(nh, wa(c, 1), wa(c, 3), int(c.Argument(6).ToInteger()), int(c.Argument(5).ToInteger())))
	})
	// cipher(alg, encrypt, mode, padding, keyW, keyS, ivW, ivS, dataW, dataS)
	set("cipher", func(c goja.FunctionCall) goja.Value {
		out, sig, err := runCipher(c.Argument(0).String(), c.Argument(1).ToBoolean(), c.Argument(2).String(), c.Argument(3).String(), wa(c, 4), wa(c, 6), wa(c, 8))
		if err != nil {
			throw(err)
		}
		r := bytesToWordArray(rt, out).(*goja.Object)
		_ = r.Set("sigBytes", sig)
		return r
	})
	set("random", func(c goja.FunctionCall) goja.Value {
		b := make([]byte, c.Argument(0).ToInteger())
		_, _ = rand.Read(b)
		return bytesToWordArray(rt, b)
	})
	set("hexStringify", func(c goja.FunctionCall) goja.Value { return rt.ToValue(hex.EncodeToString(wa(c, 0))) })
	set("b64Stringify", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(base64.StdEncoding.EncodeToString(wa(c, 0)))
	})
	set("b64Parse", func(c goja.FunctionCall) goja.Value {
		return bytesToWordArray(rt, lenientBase64(c.Argument(0).String()))
	})
	set("utf8Stringify", func(c goja.FunctionCall) goja.Value {
		b := wa(c, 0)
		if !utf8.Valid(b) {
			throw(errors.New("Malformed UTF-8 data")) //nolint:staticcheck // CryptoJS message
		}
		return rt.ToValue(string(b))
	})
	set("utf8Parse", func(c goja.FunctionCall) goja.Value {
		return bytesToWordArray(rt, []byte(jsString(c.Argument(0))))
	})
	set("latin1Stringify", func(c goja.FunctionCall) goja.Value { return latin1String(rt, wa(c, 0)) })
	set("latin1Parse", func(c goja.FunctionCall) goja.Value { return bytesToWordArray(rt, latin1Bytes(c.Argument(0))) })

	// Byte (ArrayBuffer) based helpers for the web globals.
	bytesArg := func(c goja.FunctionCall, i int) []byte {
		b, err := bytesOf(rt, c.Argument(i))
		if err != nil {
			throw(err)
		}
		return b
	}
	ab := func(b []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(b)) }
	set("digest", func(c goja.FunctionCall) goja.Value {
		nh, err := hashByName(c.Argument(0).String())
		if err != nil {
			throw(err)
		}
		h := nh()
		h.Write(bytesArg(c, 1))
		return ab(h.Sum(nil))
	})
	set("hmacBytes", func(c goja.FunctionCall) goja.Value {
		nh, err := hashByName(c.Argument(0).String())
		if err != nil {
			throw(err)
		}
		m := hmac.New(nh, append([]byte{}, bytesArg(c, 1)...))
		m.Write(bytesArg(c, 2))
		return ab(m.Sum(nil))
	})
	set("randomBytes", func(c goja.FunctionCall) goja.Value {
		b := make([]byte, c.Argument(0).ToInteger())
		_, _ = rand.Read(b)
		return ab(b)
	})
	set("encodeUTF8", func(c goja.FunctionCall) goja.Value { return ab([]byte(jsString(c.Argument(0)))) })
	set("decodeUTF8", func(c goja.FunctionCall) goja.Value {
		b := bytesArg(c, 0)
		if c.Argument(1).ToBoolean() && !utf8.Valid(b) {
			panic(rt.NewTypeError("The encoded data was not valid for encoding utf-8"))
		}
		return rt.ToValue(strings.ToValidUTF8(string(b), "\uFFFD"))
	})
	set("encodeBase64", func(c goja.FunctionCall) goja.Value {
		if c.Argument(1).ToBoolean() {
			return rt.ToValue(base64.RawURLEncoding.EncodeToString(bytesArg(c, 0)))
		}
		return rt.ToValue(base64.StdEncoding.EncodeToString(bytesArg(c, 0)))
	})
	set("decodeBase64", func(c goja.FunctionCall) goja.Value { return ab(lenientBase64(c.Argument(0).String())) })
	set("encodeHex", func(c goja.FunctionCall) goja.Value { return rt.ToValue(hex.EncodeToString(bytesArg(c, 0))) })
	set("decodeHex", func(c goja.FunctionCall) goja.Value {
		s := c.Argument(0).String()
		var out []byte
		for i := 0; i+1 < len(s); i += 2 {
			if !isHex(s[i]) || !isHex(s[i+1]) {
				break
			}
			out = append(out, unhex(s[i])<<4|unhex(s[i+1]))
		}
		return ab(out)
	})
	// btoa(str) → base64 of the string's Latin-1 bytes, or null when a
	// character is above U+00FF.
	set("btoa", func(c goja.FunctionCall) goja.Value {
		s := c.Argument(0).String()
		b := make([]byte, 0, len(s))
		for _, r := range s {
			if r > 0xff {
				return goja.Null()
			}
			b = append(b, byte(r))
		}
		return rt.ToValue(base64.StdEncoding.EncodeToString(b))
	})
	set("encodeLatin1", func(c goja.FunctionCall) goja.Value { return ab(latin1Bytes(c.Argument(0))) })
	set("decodeLatin1", func(c goja.FunctionCall) goja.Value { return latin1String(rt, bytesArg(c, 0)) })
	stringify := func(v goja.Value) []byte {
		jsonObj := rt.Get("JSON").ToObject(rt)
		f, _ := goja.AssertFunction(jsonObj.Get("stringify"))
		if f == nil {
			return []byte("null")
		}
		r, err := f(jsonObj, v)
		if err != nil || r == nil || goja.IsUndefined(r) {
			return []byte("null")
		}
		return []byte(r.String())
	}
	validate := func(c goja.FunctionCall, opts schemaOptions) []schemaError {
		errs, err := validateSchemaJSON(stringify(c.Argument(0)), stringify(c.Argument(1)), opts)
		if err != nil {
			throw(err)
		}
		return errs
	}
	// validateSchema(schema, data) → Ajv-6-style errors (chai's host hook).
	set("validateSchema", func(c goja.FunctionCall) goja.Value {
		errs := validate(c, schemaOptions{})
		vals := make([]interface{}, len(errs))
		for i, e := range errs {
			vals[i] = rt.ToValue(e.ajv())
		}
		return rt.NewArray(vals...)
	})
	// validateRaw(schema, data, draft4, noFormats) → errors with the
	// JSON-pointer data path and failing value, or throws for bad schemas.
	set("validateRaw", func(c goja.FunctionCall) goja.Value {
		errs := validate(c, schemaOptions{draft4: c.Argument(2).ToBoolean(), noFormats: c.Argument(3).ToBoolean()})
		vals := make([]interface{}, len(errs))
		for i, e := range errs {
			m := e.ajv()
			m["dataPointer"] = e.DataPtr
			m["keywordLocation"] = e.KeywordLoc
			m["data"] = e.Data
			vals[i] = m
		}
		return rt.NewArray(vals...)
	})
	set("parseXML", func(c goja.FunctionCall) goja.Value {
		v, err := parseXML(rt, c.Argument(0).String())
		if err != nil {
			throw(err)
		}
		return v
	})
	subtleNatives(rt, n)
	set("parseHTML", func(c goja.FunctionCall) goja.Value {
		return parseHTML(c.Argument(0).String()).toJS(rt)
	})
	set("resolveDynamic", func(c goja.FunctionCall) goja.Value {
		if v, ok := collection.ResolveDynamic(c.Argument(0).String()); ok {
			return rt.ToValue(v)
		}
		return goja.Undefined()
	})
	set("schemaError", func(c goja.FunctionCall) goja.Value {
		if err := compileSchemaOnly(c.Argument(0).Export()); err != nil {
			return rt.ToValue(err.Error())
		}
		return goja.Null()
	})
	return n
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

// lenientBase64 decodes standard or URL-safe base64, ignoring whitespace,
// missing padding and trailing garbage, like browsers' atob and Node.
func lenientBase64(s string) []byte {
	var clean []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '-':
			clean = append(clean, '+')
		case c == '_':
			clean = append(clean, '/')
		case c == '=':
			i = len(s)
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	out, _ := base64.RawStdEncoding.DecodeString(string(clean))
	return out
}
