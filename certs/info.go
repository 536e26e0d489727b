package certs

import "time"

// ErrorKind classifies why a TLS handshake or certificate verification failed.
// The values are stable: they appear in every report.
type ErrorKind string

// The verification error kinds, as they appear in reports.
const (
	KindExpired                   ErrorKind = "expired"
	KindNotYetValid               ErrorKind = "notYetValid"
	KindUnknownAuthority          ErrorKind = "unknownAuthority"
	KindSelfSigned                ErrorKind = "selfSigned"
	KindHostnameMismatch          ErrorKind = "hostnameMismatch"
	KindClientCertificateRequired ErrorKind = "clientCertificateRequired"
	KindClientCertificateRejected ErrorKind = "clientCertificateRejected"
	KindProtocolVersion           ErrorKind = "protocolVersion"
	KindHandshakeFailure          ErrorKind = "handshakeFailure"
)

// Info is the TLS diagnostics of one HTTPS connection: what was negotiated, the
// chain the server presented, the client certificate sent, and the verification
// outcome. It never holds key material or passphrases. It is filled in even when
// the handshake or verification failed, as far as the handshake got.
type Info struct {
	Version            string            `json:"version,omitempty"`
	CipherSuite        string            `json:"cipherSuite,omitempty"`
	ServerName         string            `json:"serverName,omitempty"`
	ALPN               string            `json:"alpn,omitempty"`
	ServerCertificates []CertificateInfo `json:"serverCertificates"`
	ClientCertificate  ClientCertificate `json:"clientCertificate"`
	Verification       Verification      `json:"verification"`

	hints *hints // for ClassifyError; not serialised
}

// CertificateInfo describes one X.509 certificate.
type CertificateInfo struct {
	Subject       string    `json:"subject"`
	Issuer        string    `json:"issuer"`
	DNSNames      []string  `json:"dnsNames,omitempty"`
	IPAddresses   []string  `json:"ipAddresses,omitempty"`
	NotBefore     time.Time `json:"notBefore"`
	NotAfter      time.Time `json:"notAfter"`
	DaysRemaining int       `json:"daysRemaining"`
	SerialNumber  string    `json:"serialNumber"`
	SHA256        string    `json:"sha256"`
	SelfSigned    bool      `json:"selfSigned"`
}

// ClientCertificate tells whether the server asked for a client certificate and
// which one, if any, was sent.
type ClientCertificate struct {
	Requested     bool     `json:"requested"`
	AcceptableCAs []string `json:"acceptableCAs,omitempty"`
	Sent          bool     `json:"sent"`
	// The fields below describe the certificate sent (or configured for this
	// host when the server did not ask for one); empty when there is none.
	Subject  string    `json:"subject,omitempty"`
	Issuer   string    `json:"issuer,omitempty"`
	NotAfter time.Time `json:"notAfter,omitzero"`
	SHA256   string    `json:"sha256,omitempty"`
	// Source names where the certificate came from, e.g.
	// "certs.json clientCertificates[0] (api.example.com:8443)",
	// `--ssl-client-cert-list list.json[1] "gamma"` or "--ssl-client-cert".
	Source string `json:"source,omitempty"`
}

// Verification is the outcome of verifying the server's certificate chain.
// When verification is disabled it is still computed, and problems are listed
// as warnings instead of failing the request.
type Verification struct {
	Enabled   bool      `json:"enabled"`
	Verified  bool      `json:"verified"`
	ErrorKind ErrorKind `json:"errorKind,omitempty"`
	Error     string    `json:"error,omitempty"`
	// WouldFailKind is the ErrorKind verification would have failed with
	// when it is disabled (strictSSL:false, -k); the request proceeded.
	WouldFailKind ErrorKind `json:"wouldFailKind,omitempty"`
	Warnings      []string  `json:"warnings,omitempty"`
}
