// Package demo serves runner's built-in demonstration: an embedded example
// collection and an in-process HTTPS echo server that requires a client
// certificate, with a throwaway CA, server and client certificate made at
// start-up. Nothing here is written outside the directory the caller gives.
package demo

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	_ "embed"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/runner-ci/runner/internal/echoserver"
)

//go:embed demo.collection.json
var collectionJSON []byte

// Demo is a running demonstration server and the files that point the
// runner at it.
type Demo struct {
	// BaseURL is the server's https URL.
	BaseURL string
	// CollectionPath, ManifestPath and EnvironmentPath are files written
	// into the directory given to Start.
	CollectionPath  string
	ManifestPath    string
	EnvironmentPath string
	srv             *httptest.Server
}

// Close stops the server.
func (d *Demo) Close() { d.srv.Close() }

// Start makes a throwaway CA, a server certificate for 127.0.0.1 and a
// client certificate, starts an HTTPS echo server that requires the client
// certificate, and writes the collection, an environment with baseUrl, and
// a certificates manifest into dir. The caller must call Close.
func Start(dir string) (*Demo, error) {
	now := time.Now()
	caKey, caCert, err := newCert("runner demo CA", nil, nil, now, true, nil)
	if err != nil {
		return nil, err
	}
	srvKey, srvCert, err := newCert("127.0.0.1", caCert, caKey, now, false, []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth})
	if err != nil {
		return nil, err
	}
	cliKey, cliCert, err := newCert("demo client", caCert, caKey, now, false, []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth})
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(caCert)
	srv := httptest.NewUnstartedServer(echoserver.Handler())
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.TLS = &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{srvCert.Raw}, PrivateKey: srvKey, Leaf: srvCert}},
		ClientAuth:   tls.RequireAndVerifyClientCert,
		ClientCAs:    pool,
	}
	srv.StartTLS()
	d := &Demo{BaseURL: srv.URL, srv: srv}

	write := func(name string, data []byte, mode os.FileMode) (string, error) {
		p := filepath.Join(dir, name)
		return p, os.WriteFile(p, data, mode)
	}
	var werr error
	must := func(p string, err error) string {
		if err != nil && werr == nil {
			werr = err
		}
		return p
	}
	must(write("ca.pem", pemBlock("CERTIFICATE", caCert.Raw), 0o644))
	must(write("client.crt", pemBlock("CERTIFICATE", cliCert.Raw), 0o644))
	keyDER, err := x509.MarshalPKCS8PrivateKey(cliKey)
	if err != nil {
		srv.Close()
		return nil, fmt.Errorf("encode demo key: %w", err)
	}
	must(write("client.key", pemBlock("PRIVATE KEY", keyDER), 0o600))
	host, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	manifest := map[string]any{
		"caCertificates": []string{"ca.pem"},
		"clientCertificates": []map[string]any{
			{"host": host, "port": json.Number(port), "cert": "client.crt", "key": "client.key"},
		},
	}
	mj, _ := json.MarshalIndent(manifest, "", "  ")
	d.ManifestPath = must(write("certs.json", mj, 0o644))
	env := map[string]any{
		"name":   "demo",
		"values": []map[string]any{{"key": "baseUrl", "value": srv.URL, "enabled": true}},
	}
	ej, _ := json.MarshalIndent(env, "", "  ")
	d.EnvironmentPath = must(write("demo.postman_environment.json", ej, 0o644))
	d.CollectionPath = must(write("demo.postman_collection.json", collectionJSON, 0o644))
	if werr != nil {
		srv.Close()
		return nil, fmt.Errorf("write demo files: %w", werr)
	}
	return d, nil
}

func pemBlock(typ string, der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der})
}

// newCert makes an ECDSA P-256 certificate valid for 90 days, signed by
// parent (self-signed when parent is nil).
func newCert(cn string, parent *x509.Certificate, parentKey *ecdsa.PrivateKey, now time.Time, isCA bool, eku []x509.ExtKeyUsage) (*ecdsa.PrivateKey, *x509.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, fmt.Errorf("generate demo key: %w", err)
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: cn, Organization: []string{"runner demo"}},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(90 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  eku,
	}
	if isCA {
		tmpl.IsCA = true
		tmpl.BasicConstraintsValid = true
		tmpl.KeyUsage |= x509.KeyUsageCertSign
	} else {
		tmpl.IPAddresses = []net.IP{net.ParseIP("127.0.0.1")}
		tmpl.DNSNames = []string{"localhost"}
	}
	signer, signKey := tmpl, key
	if parent != nil {
		signer, signKey = parent, parentKey
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signer, &key.PublicKey, signKey)
	if err != nil {
		return nil, nil, fmt.Errorf("create demo certificate %q: %w", cn, err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, err
	}
	return key, c, nil
}
