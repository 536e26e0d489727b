package certs

import (
	"bytes"
	"crypto"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/runner-ci/runner/certs/internal/pkcs8"
	"software.sslmate.com/src/go-pkcs12"
)

// parseCertificates returns the certificates of a PEM bundle (every
// CERTIFICATE block, in order) or of a single DER certificate.
func parseCertificates(data []byte) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	rest := data
	sawPEM := false
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		sawPEM = true
		if blk.Type != "CERTIFICATE" && blk.Type != "TRUSTED CERTIFICATE" && blk.Type != "X509 CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			return nil, fmt.Errorf("certificate %d of the PEM data is malformed: %w", len(out)+1, err)
		}
		out = append(out, c)
	}
	if len(out) > 0 {
		return out, nil
	}
	if sawPEM {
		return nil, errors.New("no CERTIFICATE block in the PEM data")
	}
	if c, err := x509.ParseCertificate(data); err == nil {
		return []*x509.Certificate{c}, nil
	}
	return nil, errors.New("not a PEM or DER certificate (no \"-----BEGIN CERTIFICATE-----\" found)")
}

// findKeyBlock returns the first PEM block holding a private key.
func findKeyBlock(data []byte) *pem.Block {
	rest := data
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			return nil
		}
		if strings.HasSuffix(blk.Type, "PRIVATE KEY") {
			return blk
		}
	}
}

// isEncryptedKey reports whether the key in data is passphrase-protected.
func isEncryptedKey(data []byte) bool {
	blk := findKeyBlock(data)
	if blk == nil {
		return false
	}
	//lint:ignore SA1019 legacy PEM encryption is still in use.
	return blk.Type == "ENCRYPTED PRIVATE KEY" || x509.IsEncryptedPEMBlock(blk) //nolint:staticcheck
}

// parsePrivateKey parses the first private key of PEM data (or DER PKCS#8,
// PKCS#1 or SEC1): PKCS#1, PKCS#8, SEC1, legacy encrypted PEM
// ("Proc-Type: 4,ENCRYPTED") and encrypted PKCS#8 (PBES2).
func parsePrivateKey(data []byte, passphrase string) (crypto.Signer, error) {
	blk := findKeyBlock(data)
	if blk == nil {
		if bytes.Contains(data, []byte("-----BEGIN")) {
			return nil, errors.New("no PRIVATE KEY block in the PEM data")
		}
		if k, err := parseKeyDER("", data); err == nil {
			return k, nil
		}
		if pkcs8.IsEncrypted(data) {
			blk = &pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: data}
		} else {
			return nil, errors.New("not a PEM or DER private key (no \"-----BEGIN ... PRIVATE KEY-----\" found)")
		}
	}
	der := blk.Bytes
	typ := blk.Type
	switch {
	case typ == "ENCRYPTED PRIVATE KEY":
		if passphrase == "" {
			return nil, fmt.Errorf("key is %w", ErrPassphraseRequired)
		}
		plain, err := pkcs8.Decrypt(der, []byte(passphrase))
		if errors.Is(err, pkcs8.ErrIncorrectPassword) {
			return nil, ErrWrongPassphrase
		}
		var ue *pkcs8.UnsupportedError
		if errors.As(err, &ue) {
			return nil, fmt.Errorf("encrypted PKCS#8 key: %w (re-encrypt with `openssl pkcs8 -topk8 -v2 aes-256-cbc`)", err)
		}
		if err != nil {
			return nil, fmt.Errorf("encrypted PKCS#8 key is malformed: %w", err)
		}
		k, err := parseKeyDER("PRIVATE KEY", plain)
		if err != nil {
			// Padding happened to look right with the wrong key.
			return nil, ErrWrongPassphrase
		}
		return k, nil
	case x509.IsEncryptedPEMBlock(blk): //nolint:staticcheck
		if passphrase == "" {
			return nil, fmt.Errorf("key is %w", ErrPassphraseRequired)
		}
		plain, err := x509.DecryptPEMBlock(blk, []byte(passphrase)) //nolint:staticcheck
		if errors.Is(err, x509.IncorrectPasswordError) {
			return nil, ErrWrongPassphrase
		}
		if err != nil {
			return nil, fmt.Errorf("encrypted PEM key: %w", err)
		}
		k, err := parseKeyDER(typ, plain)
		if err != nil {
			return nil, ErrWrongPassphrase
		}
		return k, nil
	}
	k, err := parseKeyDER(typ, der)
	if err != nil {
		return nil, fmt.Errorf("%s block is malformed: %w", typ, err)
	}
	return k, nil
}

// parseKeyDER parses an unencrypted key, trying the format the PEM type names
// first and then the others.
func parseKeyDER(typ string, der []byte) (crypto.Signer, error) {
	parsers := []func([]byte) (any, error){
		x509.ParsePKCS8PrivateKey,
		func(b []byte) (any, error) { return x509.ParsePKCS1PrivateKey(b) },
		func(b []byte) (any, error) { return x509.ParseECPrivateKey(b) },
	}
	switch typ {
	case "RSA PRIVATE KEY":
		parsers[0], parsers[1] = parsers[1], parsers[0]
	case "EC PRIVATE KEY":
		parsers[0], parsers[2] = parsers[2], parsers[0]
	}
	var firstErr error
	for _, p := range parsers {
		k, err := p(der)
		if err == nil {
			s, ok := k.(crypto.Signer)
			if !ok {
				return nil, fmt.Errorf("unsupported private key type %T", k)
			}
			return s, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

func publicKeyMatches(c *x509.Certificate, key crypto.Signer) bool {
	pub, ok := c.PublicKey.(interface{ Equal(crypto.PublicKey) bool })
	return ok && pub.Equal(key.Public())
}

// parsePFX decodes a PKCS#12 file (legacy RC2/3DES or modern AES) into a
// certificate chain and key.
func parsePFX(data []byte, passphrase string) (tls.Certificate, error) {
	key, leaf, cas, err := pkcs12.DecodeChain(data, passphrase)
	if err != nil {
		var ni pkcs12.NotImplementedError
		switch {
		case errors.Is(err, pkcs12.ErrIncorrectPassword), errors.Is(err, pkcs12.ErrDecryption):
			if passphrase == "" {
				return tls.Certificate{}, fmt.Errorf("PKCS#12 file is %w", ErrPassphraseRequired)
			}
			return tls.Certificate{}, ErrWrongPassphrase
		case errors.As(err, &ni):
			return tls.Certificate{}, fmt.Errorf("unsupported PKCS#12 content: %w (re-export with `openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC`)", err)
		}
		return tls.Certificate{}, fmt.Errorf("not a valid PKCS#12 file: %w", err)
	}
	signer, ok := key.(crypto.Signer)
	if !ok {
		return tls.Certificate{}, fmt.Errorf("unsupported private key type %T in PKCS#12 file", key)
	}
	if !publicKeyMatches(leaf, signer) {
		return tls.Certificate{}, ErrKeyMismatch
	}
	tc := tls.Certificate{Certificate: [][]byte{leaf.Raw}, PrivateKey: signer, Leaf: leaf}
	for _, c := range cas {
		tc.Certificate = append(tc.Certificate, c.Raw)
	}
	return tc, nil
}

// decodeEnvValue turns an environment variable's value into file bytes: PEM
// text as is (with literal "\n" sequences turned into newlines when the value
// has no real newline, as some CI secret stores require), anything else as
// base64 (standard or URL alphabet, padded or not, whitespace ignored).
func decodeEnvValue(v string, binary bool) ([]byte, error) {
	t := strings.TrimSpace(v)
	if !binary && strings.Contains(t, "-----BEGIN") {
		if !strings.Contains(t, "\n") && strings.Contains(t, `\n`) {
			t = strings.ReplaceAll(t, `\n`, "\n")
		}
		return []byte(t + "\n"), nil
	}
	clean := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, t)
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(clean); err == nil {
			return b, nil
		}
	}
	if binary {
		return nil, errors.New("value is not base64")
	}
	return nil, errors.New("value is neither PEM text (-----BEGIN ...) nor base64")
}

// subjectName returns a short name for a certificate: its subject DN, or the
// first SAN when the subject is empty.
func subjectName(c *x509.Certificate) string {
	if s := c.Subject.String(); s != "" {
		return s
	}
	if len(c.DNSNames) > 0 {
		return c.DNSNames[0]
	}
	if len(c.IPAddresses) > 0 {
		return c.IPAddresses[0].String()
	}
	return "serial " + c.SerialNumber.String()
}

// normalizeHost lower-cases a host, strips IPv6 brackets and a trailing dot.
func normalizeHost(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	h = strings.TrimSuffix(h, ".")
	if ip := net.ParseIP(h); ip != nil {
		return ip.String()
	}
	return h
}
