package certs_test

import (
	"os"
	"time"

	"github.com/runner-ci/runner/certs"
)

func ExampleFormatInfo() {
	notAfter := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	certs.FormatInfo(os.Stdout, &certs.Info{
		Version:     "TLS 1.3",
		CipherSuite: "TLS_AES_128_GCM_SHA256",
		ServerName:  "api.example.com",
		ALPN:        "http/1.1",
		ServerCertificates: []certs.CertificateInfo{{
			Subject: "CN=api.example.com", Issuer: "CN=Example CA",
			DNSNames:  []string{"api.example.com"},
			NotBefore: notAfter.AddDate(0, -3, 0), NotAfter: notAfter, DaysRemaining: 5,
			SerialNumber: "1A2B", SHA256: "AB:CD",
		}},
		ClientCertificate: certs.ClientCertificate{
			Requested: true, AcceptableCAs: []string{"CN=Client CA"}, Sent: true,
			Subject: "CN=ci-client", Issuer: "CN=Client CA", NotAfter: notAfter, SHA256: "12:34",
			Source: "certs.json clientCertificates[0] (api.example.com:443)",
		},
		Verification: certs.Verification{Enabled: true, Verified: true,
			Warnings: []string{`server certificate "CN=api.example.com" expires in 5 days (2027-03-01)`}},
	})
	// Output:
	// TLS: TLS 1.3, TLS_AES_128_GCM_SHA256, ALPN http/1.1, server name api.example.com
	// Server certificates:
	//   [0] CN=api.example.com
	//       issuer:  CN=Example CA
	//       names:   api.example.com
	//       valid:   2026-12-01 to 2027-03-01 (5 days left)
	//       serial:  1A2B
	//       sha256:  AB:CD
	// Client certificate: requested by the server, sent CN=ci-client (issuer CN=Client CA, expires 2027-03-01) from certs.json clientCertificates[0] (api.example.com:443)
	//   acceptable CAs: CN=Client CA
	//   sha256: 12:34
	// Verification: ok
	// Warning: server certificate "CN=api.example.com" expires in 5 days (2027-03-01)
}
