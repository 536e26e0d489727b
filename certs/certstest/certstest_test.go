package certstest_test

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/certs/certstest"
	"software.sslmate.com/src/go-pkcs12"
)

func TestVariants(t *testing.T) {
	t.Parallel()
	ca := certstest.NewCA(t, "Test CA")
	inter := ca.Intermediate(t, "Test Intermediate")
	now := time.Now()
	verify := func(c *certstest.Cert, host string, at time.Time) error {
		inters := x509.NewCertPool()
		for _, ic := range c.Chain {
			inters.AddCert(ic)
		}
		_, err := c.X509.Verify(x509.VerifyOptions{Roots: ca.Pool(), Intermediates: inters, DNSName: host, CurrentTime: at})
		return err
	}
	valid := ca.Leaf(t, certstest.LeafOpts{})
	for _, h := range []string{"127.0.0.1", "::1", "localhost"} {
		if err := verify(valid, h, now); err != nil {
			t.Errorf("valid leaf for %s: %v", h, err)
		}
	}
	if err := verify(inter.Leaf(t, certstest.LeafOpts{}), "localhost", now); err != nil {
		t.Errorf("leaf via intermediate: %v", err)
	}
	var cie x509.CertificateInvalidError
	expired := ca.Leaf(t, certstest.LeafOpts{NotBefore: now.Add(-48 * time.Hour), NotAfter: now.Add(-24 * time.Hour)})
	if err := verify(expired, "localhost", now); !asInvalid(err, &cie) || cie.Reason != x509.Expired {
		t.Errorf("expired leaf: %v", err)
	}
	if err := verify(ca.Leaf(t, certstest.LeafOpts{Hosts: []string{"wrong.example"}}), "localhost", now); err == nil {
		t.Error("wrong-host leaf verified for localhost")
	}
	if err := verify(certstest.SelfSigned(t, certstest.LeafOpts{}), "localhost", now); err == nil {
		t.Error("self-signed leaf verified")
	}
	client := ca.Leaf(t, certstest.LeafOpts{Client: true})
	if client.X509.ExtKeyUsage[0] != x509.ExtKeyUsageClientAuth || client.X509.Subject.CommonName != "test client" || len(client.X509.DNSNames) != 0 {
		t.Errorf("client leaf = %+v", client.X509)
	}
	if _, err := tls.X509KeyPair(valid.CertPEM, valid.KeyPEM); err != nil {
		t.Errorf("CertPEM/KeyPEM do not pair: %v", err)
	}
}

func asInvalid(err error, target *x509.CertificateInvalidError) bool {
	e, ok := err.(x509.CertificateInvalidError)
	if ok {
		*target = e
	}
	return ok
}

func TestFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ca := certstest.NewCA(t, "Files CA")
	c := ca.Intermediate(t, "Files Intermediate").Leaf(t, certstest.LeafOpts{Client: true})
	crt, key := c.WriteFiles(t, dir, "c")
	if _, err := tls.LoadX509KeyPair(crt, key); err != nil {
		t.Errorf("WriteFiles: %v", err)
	}
	legacy, _ := os.ReadFile(c.WriteEncryptedKey(t, dir, "legacy", "pw", true))
	blk, _ := pem.Decode(legacy)
	if !x509.IsEncryptedPEMBlock(blk) { //nolint:staticcheck
		t.Error("legacy key is not an encrypted PEM block")
	}
	if _, err := x509.DecryptPEMBlock(blk, []byte("pw")); err != nil { //nolint:staticcheck
		t.Errorf("legacy key: %v", err)
	}
	enc, _ := os.ReadFile(c.WriteEncryptedKey(t, dir, "enc", "pw", false))
	if !strings.Contains(string(enc), "BEGIN ENCRYPTED PRIVATE KEY") {
		t.Error("PKCS#8 key is not ENCRYPTED PRIVATE KEY")
	}
	for _, legacy := range []bool{true, false} {
		data, _ := os.ReadFile(c.WritePFX(t, dir, "p", "pw", legacy))
		_, leaf, cas, err := pkcs12.DecodeChain(data, "pw")
		if err != nil || !leaf.Equal(c.X509) || len(cas) != 1 {
			t.Errorf("PFX legacy=%v: %v, %d CA certs", legacy, err, len(cas))
		}
	}
	pemPath := ca.WritePEM(t, dir)
	if b, _ := os.ReadFile(pemPath); !strings.HasSuffix(pemPath, "Files-CA.pem") || !strings.Contains(string(b), "BEGIN CERTIFICATE") {
		t.Errorf("WritePEM wrote %s", pemPath)
	}
}

func TestNewTLSServer(t *testing.T) {
	t.Parallel()
	ca := certstest.NewCA(t, "Server CA")
	clientCA := certstest.NewCA(t, "Client CA")
	ts := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: ca.Leaf(t, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true, MaxVersion: tls.VersionTLS12})
	client := clientCA.Leaf(t, certstest.LeafOpts{Client: true})
	get := func(certs []tls.Certificate) (string, error) {
		c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: ca.Pool(), Certificates: certs}}}
		resp, err := c.Get(ts.URL)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b), nil
	}
	if body, err := get([]tls.Certificate{client.TLS}); err != nil || body != "ok" {
		t.Errorf("with client certificate: %q %v", body, err)
	}
	if _, err := get(nil); err == nil {
		t.Error("server accepted a request without client certificate")
	}
}
