// Package certstest generates certificates, keys, PKCS#12 files and TLS test
// servers at test time, for tests of the certs package and of anything that
// makes HTTPS requests through it. It is named like net/http/httptest.
//
// Everything is ECDSA P-256 (unless LeafOpts.RSA asks for RSA-2048) and lives
// only in memory or in a t.TempDir(): nothing is ever committed. Every helper
// takes a testing.TB and calls t.Fatal on failure.
package certstest

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/runner-ci/runner/certs/internal/pkcs8"
	"software.sslmate.com/src/go-pkcs12"
)

// DefaultHosts are the names a leaf certificate is valid for when
// LeafOpts.Hosts is empty: the loopback addresses and localhost.
var DefaultHosts = []string{"127.0.0.1", "::1", "localhost"}

// CA is a test certificate authority. The zero value is not usable; create
// one with NewCA.
type CA struct {
	// Name is the CA's common name.
	Name string
	// X509 is the CA certificate.
	X509 *x509.Certificate
	// Key is the CA's private key.
	Key crypto.Signer
	// CertPEM is the CA certificate, PEM-encoded.
	CertPEM []byte
	// chain is what a server presents after a leaf issued by this CA: this
	// CA and its parents up to (excluding) the root; empty for a root CA.
	chain []*x509.Certificate
}

// Cert is a leaf (or self-signed) certificate with its private key.
type Cert struct {
	// X509 is the parsed leaf certificate.
	X509 *x509.Certificate
	// Chain holds the intermediates between the leaf and the root, nearest
	// first (empty when issued by a root CA).
	Chain []*x509.Certificate
	// TLS is the certificate chain and key, ready for tls.Config.
	TLS tls.Certificate
	// CertPEM is the leaf followed by its intermediates, PEM-encoded.
	CertPEM []byte
	// KeyPEM is the unencrypted private key: "EC PRIVATE KEY" (SEC1) for
	// ECDSA, "RSA PRIVATE KEY" (PKCS#1) for RSA.
	KeyPEM []byte
	// Key is the private key.
	Key crypto.Signer
}

// LeafOpts configures a leaf certificate. Zero values get defaults.
type LeafOpts struct {
	// Hosts are the DNS names and IP addresses put in the SAN extension.
	// Default: DefaultHosts. For a client certificate the default is none.
	Hosts []string
	// NotBefore defaults to one hour ago.
	NotBefore time.Time
	// NotAfter defaults to 90 days from now.
	NotAfter time.Time
	// Client makes a client-authentication certificate instead of a server
	// one.
	Client bool
	// CommonName defaults to the first host, or "test client" for a client
	// certificate.
	CommonName string
	// RSA generates an RSA-2048 key instead of ECDSA P-256 (slower; needed
	// for PKCS#1 keys).
	RSA bool
}

func nextSerial() *big.Int {
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	if err != nil {
		panic("certstest: random serial: " + err.Error())
	}
	return n.Add(n, big.NewInt(1))
}

func newKey(t testing.TB, useRSA bool) crypto.Signer {
	t.Helper()
	if useRSA {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			t.Fatalf("certstest: generate RSA key: %v", err)
		}
		return k
	}
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("certstest: generate ECDSA key: %v", err)
	}
	return k
}

func pemCert(der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

// NewCA returns a new self-signed root CA with the given common name, valid
// from a day ago for ten years.
func NewCA(t testing.TB, name string) *CA {
	t.Helper()
	key := newKey(t, false)
	tmpl := &x509.Certificate{
		SerialNumber:          nextSerial(),
		Subject:               pkix.Name{CommonName: name, Organization: []string{"certstest"}},
		NotBefore:             time.Now().Add(-24 * time.Hour),
		NotAfter:              time.Now().Add(10 * 365 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Fatalf("certstest: create CA %q: %v", name, err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatalf("certstest: parse CA %q: %v", name, err)
	}
	return &CA{Name: name, X509: c, Key: key, CertPEM: pemCert(der)}
}

// Intermediate returns a new intermediate CA issued by ca. Leaves it issues
// carry the intermediate(s) in Cert.Chain and Cert.CertPEM.
func (ca *CA) Intermediate(t testing.TB, name string) *CA {
	t.Helper()
	key := newKey(t, false)
	tmpl := &x509.Certificate{
		SerialNumber:          nextSerial(),
		Subject:               pkix.Name{CommonName: name, Organization: []string{"certstest"}},
		NotBefore:             time.Now().Add(-24 * time.Hour),
		NotAfter:              time.Now().Add(5 * 365 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.X509, key.Public(), ca.Key)
	if err != nil {
		t.Fatalf("certstest: create intermediate %q: %v", name, err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatalf("certstest: parse intermediate %q: %v", name, err)
	}
	chain := append([]*x509.Certificate{c}, ca.chain...)
	return &CA{Name: name, X509: c, Key: key, CertPEM: pemCert(der), chain: chain}
}

func (o LeafOpts) template(t testing.TB) *x509.Certificate {
	t.Helper()
	hosts := o.Hosts
	if hosts == nil && !o.Client {
		hosts = DefaultHosts
	}
	cn := o.CommonName
	if cn == "" {
		if o.Client {
			cn = "test client"
		} else if len(hosts) > 0 {
			cn = hosts[0]
		}
	}
	nb, na := o.NotBefore, o.NotAfter
	if nb.IsZero() {
		nb = time.Now().Add(-time.Hour)
	}
	if na.IsZero() {
		na = time.Now().Add(90 * 24 * time.Hour)
	}
	tmpl := &x509.Certificate{
		SerialNumber: nextSerial(),
		Subject:      pkix.Name{CommonName: cn, Organization: []string{"certstest"}},
		NotBefore:    nb,
		NotAfter:     na,
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	if o.Client {
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
	}
	for _, h := range hosts {
		if ip := net.ParseIP(h); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	return tmpl
}

func makeCert(t testing.TB, tmpl, parent *x509.Certificate, key, signer crypto.Signer, chain []*x509.Certificate) *Cert {
	t.Helper()
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, key.Public(), signer)
	if err != nil {
		t.Fatalf("certstest: create certificate %q: %v", tmpl.Subject.CommonName, err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatalf("certstest: parse certificate: %v", err)
	}
	c := &Cert{X509: leaf, Chain: chain, Key: key}
	c.CertPEM = pemCert(der)
	c.TLS = tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}
	for _, ic := range chain {
		c.CertPEM = append(c.CertPEM, pemCert(ic.Raw)...)
		c.TLS.Certificate = append(c.TLS.Certificate, ic.Raw)
	}
	switch k := key.(type) {
	case *ecdsa.PrivateKey:
		b, err := x509.MarshalECPrivateKey(k)
		if err != nil {
			t.Fatalf("certstest: marshal EC key: %v", err)
		}
		c.KeyPEM = pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: b})
	case *rsa.PrivateKey:
		c.KeyPEM = pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)})
	}
	return c
}

// Leaf issues a leaf certificate signed by ca.
func (ca *CA) Leaf(t testing.TB, opts LeafOpts) *Cert {
	t.Helper()
	key := newKey(t, opts.RSA)
	chain := append([]*x509.Certificate(nil), ca.chain...)
	return makeCert(t, opts.template(t), ca.X509, key, ca.Key, chain)
}

// SelfSigned returns a self-signed leaf certificate (not a CA). It does not
// involve ca; it is a method for convenience and is the same as the package
// function SelfSigned.
func (ca *CA) SelfSigned(t testing.TB, opts LeafOpts) *Cert {
	t.Helper()
	return SelfSigned(t, opts)
}

// SelfSigned returns a self-signed leaf certificate (not a CA).
func SelfSigned(t testing.TB, opts LeafOpts) *Cert {
	t.Helper()
	key := newKey(t, opts.RSA)
	tmpl := opts.template(t)
	return makeCert(t, tmpl, tmpl, key, key, nil)
}

// Pool returns a certificate pool holding only the CA certificate.
func (ca *CA) Pool() *x509.CertPool {
	p := x509.NewCertPool()
	p.AddCert(ca.X509)
	return p
}

// WritePEM writes the CA certificate to dir/<name>.pem (spaces replaced by
// dashes) and returns the path.
func (ca *CA) WritePEM(t testing.TB, dir string) string {
	t.Helper()
	return writeFile(t, filepath.Join(dir, fileName(ca.Name)+".pem"), ca.CertPEM)
}

func fileName(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == ' ' || c == '/' || c == '*' {
			b[i] = '-'
		}
	}
	return string(b)
}

func writeFile(t testing.TB, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatalf("certstest: write %s: %v", path, err)
	}
	return path
}

// WriteFiles writes CertPEM to dir/<name>.crt and KeyPEM to dir/<name>.key
// and returns both paths.
func (c *Cert) WriteFiles(t testing.TB, dir, name string) (certPath, keyPath string) {
	t.Helper()
	certPath = writeFile(t, filepath.Join(dir, name+".crt"), c.CertPEM)
	keyPath = writeFile(t, filepath.Join(dir, name+".key"), c.KeyPEM)
	return certPath, keyPath
}

// PKCS8PEM returns the private key as an unencrypted PKCS#8 "PRIVATE KEY"
// PEM block.
func (c *Cert) PKCS8PEM(t testing.TB) []byte {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(c.Key)
	if err != nil {
		t.Fatalf("certstest: marshal PKCS#8: %v", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
}

// EncryptedKeyPEM returns the private key encrypted with passphrase. With
// legacy it is the OpenSSL traditional format (KeyPEM's block type with
// "Proc-Type: 4,ENCRYPTED" and "DEK-Info: AES-256-CBC" headers), otherwise an
// "ENCRYPTED PRIVATE KEY" PKCS#8 block (PBES2, PBKDF2-HMAC-SHA256,
// AES-256-CBC).
func (c *Cert) EncryptedKeyPEM(t testing.TB, passphrase string, legacy bool) []byte {
	t.Helper()
	if legacy {
		blk, _ := pem.Decode(c.KeyPEM)
		//lint:ignore SA1019 legacy PEM encryption is exactly what is under test.
		enc, err := x509.EncryptPEMBlock(rand.Reader, blk.Type, blk.Bytes, []byte(passphrase), x509.PEMCipherAES256) //nolint:staticcheck
		if err != nil {
			t.Fatalf("certstest: encrypt PEM block: %v", err)
		}
		return pem.EncodeToMemory(enc)
	}
	der, err := x509.MarshalPKCS8PrivateKey(c.Key)
	if err != nil {
		t.Fatalf("certstest: marshal PKCS#8: %v", err)
	}
	enc, err := pkcs8.Encrypt(rand.Reader, der, []byte(passphrase), 2048)
	if err != nil {
		t.Fatalf("certstest: encrypt PKCS#8: %v", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: enc})
}

// WriteEncryptedKey writes EncryptedKeyPEM to dir/<name>.key and returns the
// path.
func (c *Cert) WriteEncryptedKey(t testing.TB, dir, name, passphrase string, legacy bool) string {
	t.Helper()
	return writeFile(t, filepath.Join(dir, name+".key"), c.EncryptedKeyPEM(t, passphrase, legacy))
}

// PFX returns the certificate, its chain and key as PKCS#12. With legacy it
// uses go-pkcs12's LegacyRC2 encoder (RC2-40 for certificates, 3DES for the
// key, SHA-1 MAC: what old OpenSSL and Windows write), otherwise Modern
// (AES-256-CBC with PBKDF2, SHA-256 MAC).
func (c *Cert) PFX(t testing.TB, passphrase string, legacy bool) []byte {
	t.Helper()
	enc := pkcs12.Modern
	if legacy {
		enc = pkcs12.LegacyRC2
	}
	data, err := enc.Encode(c.Key, c.X509, c.Chain, passphrase)
	if err != nil {
		t.Fatalf("certstest: encode PKCS#12: %v", err)
	}
	return data
}

// WritePFX writes PFX to dir/<name>.p12 and returns the path.
func (c *Cert) WritePFX(t testing.TB, dir, name, passphrase string, legacy bool) string {
	t.Helper()
	return writeFile(t, filepath.Join(dir, name+".p12"), c.PFX(t, passphrase, legacy))
}

// ServerOpts configures NewTLSServer.
type ServerOpts struct {
	// Cert is the server certificate (required).
	Cert *Cert
	// ClientCAs verify client certificates. When set (and ClientAuth is
	// not), client certificates are verified if given.
	ClientCAs *x509.CertPool
	// RequireClientCert makes the server require a client certificate
	// verified against ClientCAs (tls.RequireAndVerifyClientCert).
	RequireClientCert bool
	// ClientAuth, when non-zero, overrides the policy derived from the two
	// fields above.
	ClientAuth tls.ClientAuthType
	// MinVersion and MaxVersion limit the TLS versions (0: Go defaults).
	MinVersion, MaxVersion uint16
	// CipherSuites limits the TLS 1.2 cipher suites (nil: Go defaults).
	CipherSuites []uint16
}

// NewTLSServer starts an HTTPS server on 127.0.0.1 with the given handler
// (nil: respond 200 "ok") and TLS options. Its handshake error log is
// silenced. The server is closed when the test ends.
func NewTLSServer(t testing.TB, handler http.Handler, opts ServerOpts) *httptest.Server {
	t.Helper()
	if opts.Cert == nil {
		t.Fatal("certstest: ServerOpts.Cert is required")
	}
	if handler == nil {
		handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, "ok")
		})
	}
	ts := httptest.NewUnstartedServer(handler)
	cfg := &tls.Config{
		Certificates: []tls.Certificate{opts.Cert.TLS},
		ClientCAs:    opts.ClientCAs,
		MinVersion:   opts.MinVersion,
		MaxVersion:   opts.MaxVersion,
		CipherSuites: opts.CipherSuites,
	}
	switch {
	case opts.ClientAuth != tls.NoClientCert:
		cfg.ClientAuth = opts.ClientAuth
	case opts.RequireClientCert:
		cfg.ClientAuth = tls.RequireAndVerifyClientCert
	case opts.ClientCAs != nil:
		cfg.ClientAuth = tls.VerifyClientCertIfGiven
	}
	ts.TLS = cfg
	ts.Config.ErrorLog = log.New(io.Discard, "", 0)
	ts.StartTLS()
	t.Cleanup(ts.Close)
	return ts
}
