// Package pkcs8 encrypts and decrypts PKCS#8 private keys with PBES2
// (RFC 8018): PBKDF2 with HMAC-SHA1/SHA-224/SHA-256/SHA-384/SHA-512 as key
// derivation, and AES-128/192/256-CBC or DES-EDE3-CBC as cipher. This is the
// "ENCRYPTED PRIVATE KEY" PEM format written by `openssl pkcs8 -topk8` and
// `openssl genpkey -aes256`. It uses only the standard library.
package pkcs8

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"hash"
	"io"
)

// ErrIncorrectPassword is returned by Decrypt when the padding of the
// decrypted data is wrong, which almost always means a wrong password.
var ErrIncorrectPassword = errors.New("pkcs8: decryption password incorrect")

// UnsupportedError reports an encryption scheme this package does not
// implement (for example PBES1 with MD5 and DES, or scrypt).
type UnsupportedError struct {
	What string
	OID  asn1.ObjectIdentifier
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("pkcs8: unsupported %s %s", e.What, e.OID)
}

var (
	oidPBES2      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACSHA1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACSHA224 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 8}
	oidHMACSHA256 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidHMACSHA384 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}
	oidHMACSHA512 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}
	oidAES128CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}
	oidAES192CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}
	oidAES256CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
	oidDESEDE3CBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}
)

type encryptedPrivateKeyInfo struct {
	Algorithm     pkix.AlgorithmIdentifier
	EncryptedData []byte
}

type pbes2Params struct {
	KeyDerivationFunc pkix.AlgorithmIdentifier
	EncryptionScheme  pkix.AlgorithmIdentifier
}

type pbkdf2Params struct {
	Salt           []byte
	IterationCount int
	KeyLength      int                      `asn1:"optional"`
	PRF            pkix.AlgorithmIdentifier `asn1:"optional"`
}

func prfHash(oid asn1.ObjectIdentifier) (func() hash.Hash, error) {
	switch {
	case len(oid) == 0, oid.Equal(oidHMACSHA1):
		return sha1.New, nil
	case oid.Equal(oidHMACSHA224):
		return sha256.New224, nil
	case oid.Equal(oidHMACSHA256):
		return sha256.New, nil
	case oid.Equal(oidHMACSHA384):
		return sha512.New384, nil
	case oid.Equal(oidHMACSHA512):
		return sha512.New, nil
	}
	return nil, &UnsupportedError{What: "PBKDF2 pseudo-random function", OID: oid}
}

func blockCipher(oid asn1.ObjectIdentifier) (keyLen int, newCipher func([]byte) (cipher.Block, error), err error) {
	switch {
	case oid.Equal(oidAES128CBC):
		return 16, aes.NewCipher, nil
	case oid.Equal(oidAES192CBC):
		return 24, aes.NewCipher, nil
	case oid.Equal(oidAES256CBC):
		return 32, aes.NewCipher, nil
	case oid.Equal(oidDESEDE3CBC):
		return 24, des.NewTripleDESCipher, nil
	}
	return 0, nil, &UnsupportedError{What: "cipher", OID: oid}
}

// IsEncrypted reports whether der parses as an EncryptedPrivateKeyInfo.
func IsEncrypted(der []byte) bool {
	var info encryptedPrivateKeyInfo
	rest, err := asn1.Unmarshal(der, &info)
	return err == nil && len(rest) == 0 && len(info.EncryptedData) > 0
}

// Decrypt decrypts a DER EncryptedPrivateKeyInfo and returns the DER
// PrivateKeyInfo (unencrypted PKCS#8). A wrong password is reported as
// ErrIncorrectPassword when the padding check fails; callers should also treat
// a PKCS#8 parse failure of the result as a wrong password.
func Decrypt(der []byte, password []byte) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	if rest, err := asn1.Unmarshal(der, &info); err != nil {
		return nil, fmt.Errorf("pkcs8: parse EncryptedPrivateKeyInfo: %w", err)
	} else if len(rest) != 0 {
		return nil, errors.New("pkcs8: trailing data after EncryptedPrivateKeyInfo")
	}
	if !info.Algorithm.Algorithm.Equal(oidPBES2) {
		return nil, &UnsupportedError{What: "encryption scheme (only PBES2 is supported)", OID: info.Algorithm.Algorithm}
	}
	var params pbes2Params
	if _, err := asn1.Unmarshal(info.Algorithm.Parameters.FullBytes, &params); err != nil {
		return nil, fmt.Errorf("pkcs8: parse PBES2 parameters: %w", err)
	}
	if !params.KeyDerivationFunc.Algorithm.Equal(oidPBKDF2) {
		return nil, &UnsupportedError{What: "key derivation function (only PBKDF2 is supported)", OID: params.KeyDerivationFunc.Algorithm}
	}
	var kdf pbkdf2Params
	if _, err := asn1.Unmarshal(params.KeyDerivationFunc.Parameters.FullBytes, &kdf); err != nil {
		return nil, fmt.Errorf("pkcs8: parse PBKDF2 parameters: %w", err)
	}
	h, err := prfHash(kdf.PRF.Algorithm)
	if err != nil {
		return nil, err
	}
	keyLen, newCipher, err := blockCipher(params.EncryptionScheme.Algorithm)
	if err != nil {
		return nil, err
	}
	if kdf.KeyLength != 0 && kdf.KeyLength != keyLen {
		return nil, fmt.Errorf("pkcs8: PBKDF2 key length %d does not match the cipher", kdf.KeyLength)
	}
	if kdf.IterationCount <= 0 || kdf.IterationCount > 1<<24 {
		return nil, fmt.Errorf("pkcs8: invalid PBKDF2 iteration count %d", kdf.IterationCount)
	}
	var iv []byte
	if _, err := asn1.Unmarshal(params.EncryptionScheme.Parameters.FullBytes, &iv); err != nil {
		return nil, fmt.Errorf("pkcs8: parse cipher IV: %w", err)
	}
	key, err := pbkdf2.Key(h, string(password), kdf.Salt, kdf.IterationCount, keyLen)
	if err != nil {
		return nil, fmt.Errorf("pkcs8: derive key: %w", err)
	}
	block, err := newCipher(key)
	if err != nil {
		return nil, fmt.Errorf("pkcs8: %w", err)
	}
	bs := block.BlockSize()
	if len(iv) != bs {
		return nil, errors.New("pkcs8: cipher IV has the wrong length")
	}
	data := info.EncryptedData
	if len(data) == 0 || len(data)%bs != 0 {
		return nil, errors.New("pkcs8: encrypted data is not a multiple of the block size")
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	n := int(out[len(out)-1])
	if n == 0 || n > bs || n > len(out) {
		return nil, ErrIncorrectPassword
	}
	for _, b := range out[len(out)-n:] {
		if int(b) != n {
			return nil, ErrIncorrectPassword
		}
	}
	return out[:len(out)-n], nil
}

// Encrypt encrypts a DER PrivateKeyInfo with PBES2, PBKDF2-HMAC-SHA256
// (the given number of iterations) and AES-256-CBC, reading salt and IV from
// rand. It returns the DER EncryptedPrivateKeyInfo.
func Encrypt(rand io.Reader, der []byte, password []byte, iterations int) ([]byte, error) {
	salt := make([]byte, 16)
	iv := make([]byte, aes.BlockSize)
	if _, err := io.ReadFull(rand, salt); err != nil {
		return nil, fmt.Errorf("pkcs8: read salt: %w", err)
	}
	if _, err := io.ReadFull(rand, iv); err != nil {
		return nil, fmt.Errorf("pkcs8: read iv: %w", err)
	}
	key, err := pbkdf2.Key(sha256.New, string(password), salt, iterations, 32)
	if err != nil {
		return nil, fmt.Errorf("pkcs8: derive key: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("pkcs8: %w", err)
	}
	n := aes.BlockSize - len(der)%aes.BlockSize
	padded := make([]byte, len(der)+n)
	copy(padded, der)
	for i := len(der); i < len(padded); i++ {
		padded[i] = byte(n)
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(padded, padded)

	kdfParams, err := asn1.Marshal(pbkdf2Params{
		Salt: salt, IterationCount: iterations,
		PRF: pkix.AlgorithmIdentifier{Algorithm: oidHMACSHA256, Parameters: asn1.NullRawValue},
	})
	if err != nil {
		return nil, fmt.Errorf("pkcs8: marshal PBKDF2 parameters: %w", err)
	}
	ivBytes, err := asn1.Marshal(iv)
	if err != nil {
		return nil, fmt.Errorf("pkcs8: marshal IV: %w", err)
	}
	pbes2, err := asn1.Marshal(pbes2Params{
		KeyDerivationFunc: pkix.AlgorithmIdentifier{Algorithm: oidPBKDF2, Parameters: asn1.RawValue{FullBytes: kdfParams}},
		EncryptionScheme:  pkix.AlgorithmIdentifier{Algorithm: oidAES256CBC, Parameters: asn1.RawValue{FullBytes: ivBytes}},
	})
	if err != nil {
		return nil, fmt.Errorf("pkcs8: marshal PBES2 parameters: %w", err)
	}
	out, err := asn1.Marshal(encryptedPrivateKeyInfo{
		Algorithm:     pkix.AlgorithmIdentifier{Algorithm: oidPBES2, Parameters: asn1.RawValue{FullBytes: pbes2}},
		EncryptedData: padded,
	})
	if err != nil {
		return nil, fmt.Errorf("pkcs8: marshal EncryptedPrivateKeyInfo: %w", err)
	}
	return out, nil
}
