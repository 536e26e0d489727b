package certs

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Conn is a client TLS connection made by Store.DialTLS, with the
// diagnostics of its handshake. Info is complete when DialTLS returns and is
// not modified afterwards; treat it as read-only.
//
// Because Conn is not a *tls.Conn, an http.Transport using it leaves
// http.Response.TLS nil: get the diagnostics from the connection (for
// example with httptrace's GotConn and InfoOf) instead.
type Conn struct {
	*tls.Conn
	// Info is the TLS diagnostics of this connection.
	Info *Info
}

// InfoOf returns the diagnostics of a connection made by DialTLS (nil for any
// other connection).
func InfoOf(c net.Conn) *Info {
	if tc, ok := c.(*Conn); ok {
		return tc.Info
	}
	return nil
}

// HandshakeError is a TLS handshake or certificate verification failure,
// classified, with the diagnostics collected so far.
type HandshakeError struct {
	// Kind classifies the failure.
	Kind ErrorKind
	// Info is what the handshake got to: server chain, client certificate
	// request, verification outcome. Never nil.
	Info *Info
	// Err is the underlying error.
	Err error
	// Message is a sentence saying what went wrong and what to do; it is
	// also Info.Verification.Error.
	Message string
}

func (e *HandshakeError) Error() string { return e.Message }

// Unwrap returns the underlying error.
func (e *HandshakeError) Unwrap() error { return e.Err }

// verifyError is returned from VerifyConnection when verification fails and
// is enabled.
type verifyError struct {
	kind ErrorKind
	msg  string
	err  error
}

func (e *verifyError) Error() string { return e.msg }
func (e *verifyError) Unwrap() error { return e.err }

// hints is what DialTLS records in Info for ClassifyError.
type hints struct {
	addr            string
	configuredHosts []string
	profile         Profile
}

// dialer is the TCP dialer DialTLS uses.
var dialer = &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}

// DialTLS connects to addr ("host:port") and performs a TLS handshake with
// serverName as SNI and verification name (the host of addr when empty),
// choosing the client certificate with Match(serverName, port) and applying
// the profile's verification, version and cipher settings. Verification is
// done by the store itself so that the server chain is captured even when it
// fails; with verification disabled every problem becomes a warning in
// Info.Verification.Warnings.
//
// On a TLS failure it returns a *HandshakeError. Network errors (refused,
// timeout) are returned as they are. In TLS 1.3 a rejected client
// certificate is only seen on the first read; classify such read errors with
// ClassifyError(err, conn.Info).
func (s *Store) DialTLS(ctx context.Context, network, addr, serverName string, p Profile) (*Conn, error) {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return nil, fmt.Errorf("dial tls %q: %w", addr, err)
	}
	if _, _, err := p.versions(); err != nil {
		return nil, err
	}
	if _, err := p.suites(); err != nil {
		return nil, err
	}
	raw, err := dialer.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	return s.Handshake(ctx, raw, addr, serverName, p)
}

// Handshake is DialTLS over an existing connection raw (for example a
// tunnel through an HTTP proxy made with CONNECT): addr is the target
// "host:port" the certificate is chosen for. raw is closed when the
// handshake fails.
func (s *Store) Handshake(ctx context.Context, raw net.Conn, addr, serverName string, p Profile) (*Conn, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		raw.Close()
		return nil, fmt.Errorf("tls handshake %q: %w", addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		raw.Close()
		return nil, fmt.Errorf("tls handshake %q: invalid port", addr)
	}
	if serverName == "" {
		serverName = host
	}
	if h, _, err := net.SplitHostPort(serverName); err == nil {
		serverName = h
	}
	name := normalizeHost(serverName)
	info := &Info{ServerName: name, ServerCertificates: []CertificateInfo{}}
	cfg, err := s.config(name, port, p, info)
	if err != nil {
		raw.Close()
		return nil, err
	}
	info.hints = &hints{addr: addr, configuredHosts: s.ConfiguredHosts(), profile: p}
	tc := tls.Client(raw, cfg)
	if err := tc.HandshakeContext(ctx); err != nil {
		raw.Close()
		if ctx.Err() != nil && !isTLSError(err) {
			return nil, err
		}
		return nil, classify(err, info, true)
	}
	cs := tc.ConnectionState()
	info.Version = tls.VersionName(cs.Version)
	info.CipherSuite = tls.CipherSuiteName(cs.CipherSuite)
	info.ALPN = cs.NegotiatedProtocol
	return &Conn{Conn: tc, Info: info}, nil
}

// config builds the tls.Config of one connection; its callbacks fill info.
func (s *Store) config(name string, port int, p Profile, info *Info) (*tls.Config, error) {
	minV, maxV, err := p.versions()
	if err != nil {
		return nil, err
	}
	suites, err := p.suites()
	if err != nil {
		return nil, err
	}
	verify := s.verify
	if p.StrictSSL != nil {
		verify = *p.StrictSSL
	}
	info.Verification.Enabled = verify
	entry, _ := s.Match(name, port)
	if entry != nil {
		cc := &info.ClientCertificate
		cc.Subject = subjectName(entry.Leaf)
		cc.Issuer = entry.Leaf.Issuer.String()
		cc.NotAfter = entry.Leaf.NotAfter
		cc.SHA256 = fingerprint(entry.Leaf.Raw)
		cc.Source = entry.Source
	}
	now := s.now()
	return &tls.Config{
		ServerName:         name,
		InsecureSkipVerify: true, // verified in VerifyConnection, to capture the chain
		MinVersion:         minV,
		MaxVersion:         maxV,
		CipherSuites:       suites,
		NextProtos:         []string{"http/1.1"},
		GetClientCertificate: func(cri *tls.CertificateRequestInfo) (*tls.Certificate, error) {
			cc := &info.ClientCertificate
			cc.Requested = true
			cc.AcceptableCAs = parseDNs(cri.AcceptableCAs)
			if entry == nil {
				return &tls.Certificate{}, nil
			}
			cc.Sent = true
			if len(cri.AcceptableCAs) > 0 && !issuedByAny(entry, cri.AcceptableCAs) {
				info.Verification.Warnings = append(info.Verification.Warnings, fmt.Sprintf(
					"the client certificate %q from %s is issued by %q, which is not among the CAs the server accepts (%s)",
					cc.Subject, entry.Source, cc.Issuer, strings.Join(cc.AcceptableCAs, "; ")))
			}
			return &entry.cert, nil
		},
		VerifyConnection: func(cs tls.ConnectionState) error {
			info.Version = tls.VersionName(cs.Version)
			info.CipherSuite = tls.CipherSuiteName(cs.CipherSuite)
			info.ALPN = cs.NegotiatedProtocol
			info.ServerCertificates = describeChain(cs.PeerCertificates, now)
			s.expiryWarnings(info, cs.PeerCertificates, entry, now)
			kind, msg, verr := s.verifyChain(cs.PeerCertificates, name, now)
			if kind == "" {
				info.Verification.Verified = true
				return nil
			}
			if verify {
				return &verifyError{kind: kind, msg: msg, err: verr}
			}
			info.Verification.WouldFailKind = kind
			info.Verification.Warnings = append(info.Verification.Warnings, "verification disabled, the request proceeds although "+msg)
			return nil
		},
	}, nil
}

func issuedByAny(e *Entry, cas [][]byte) bool {
	chain := e.cert.Certificate
	for _, der := range chain {
		c, err := x509.ParseCertificate(der)
		if err != nil {
			continue
		}
		for _, ca := range cas {
			if string(c.RawIssuer) == string(ca) || string(c.RawSubject) == string(ca) {
				return true
			}
		}
	}
	return false
}

func (s *Store) expiryWarnings(info *Info, chain []*x509.Certificate, entry *Entry, now time.Time) {
	if s.expiryDays <= 0 {
		return
	}
	limit := time.Duration(s.expiryDays) * 24 * time.Hour
	for i, c := range chain {
		if c.NotAfter.After(now) && c.NotAfter.Sub(now) < limit {
			what := "server certificate"
			if i > 0 {
				what = "intermediate certificate"
			}
			info.Verification.Warnings = append(info.Verification.Warnings, fmt.Sprintf("%s %q expires in %s (%s)", what, subjectName(c), days(daysBetween(now, c.NotAfter)), day(c.NotAfter)))
		}
	}
	if entry != nil {
		c := entry.Leaf
		switch {
		case now.After(c.NotAfter):
			info.Verification.Warnings = append(info.Verification.Warnings, fmt.Sprintf("client certificate %q from %s expired on %s", subjectName(c), entry.Source, day(c.NotAfter)))
		case now.Before(c.NotBefore):
			info.Verification.Warnings = append(info.Verification.Warnings, fmt.Sprintf("client certificate %q from %s is not valid until %s", subjectName(c), entry.Source, day(c.NotBefore)))
		case c.NotAfter.Sub(now) < limit:
			info.Verification.Warnings = append(info.Verification.Warnings, fmt.Sprintf("client certificate %q from %s expires in %s (%s)", subjectName(c), entry.Source, days(daysBetween(now, c.NotAfter)), day(c.NotAfter)))
		}
	}
}

// verifyChain verifies the presented chain for name and returns the
// classified problem ("" when valid).
func (s *Store) verifyChain(chain []*x509.Certificate, name string, now time.Time) (ErrorKind, string, error) {
	if len(chain) == 0 {
		return KindHandshakeFailure, "the server presented no certificate", errors.New("no server certificate")
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	leaf := chain[0]
	_, err := leaf.Verify(x509.VerifyOptions{
		DNSName:       name,
		Roots:         s.roots,
		Intermediates: inter,
		CurrentTime:   now,
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	})
	if err == nil {
		return "", "", nil
	}
	kind, msg := describeVerifyError(err, leaf, chain, name, now)
	return kind, msg, err
}

func describeVerifyError(err error, leaf *x509.Certificate, chain []*x509.Certificate, name string, now time.Time) (ErrorKind, string) {
	var cie x509.CertificateInvalidError
	var he x509.HostnameError
	var uae x509.UnknownAuthorityError
	switch {
	case errors.As(err, &cie) && cie.Reason == x509.Expired:
		c := cie.Cert
		if c == nil {
			c = leaf
		}
		what := "server certificate"
		if c != leaf {
			what = "certificate"
		}
		if now.Before(c.NotBefore) {
			return KindNotYetValid, fmt.Sprintf("the %s %q is not valid until %s (now %s): check the clocks of the server and of this machine, or wait until it becomes valid",
				what, subjectName(c), c.NotBefore.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
		}
		return KindExpired, fmt.Sprintf("the %s %q expired on %s (%s ago): renew it on the server, or set strictSSL:false (or -k) to accept it",
			what, subjectName(c), c.NotAfter.UTC().Format(time.RFC3339), days(-daysBetween(now, c.NotAfter)))
	case errors.As(err, &he):
		names := certNames(he.Certificate)
		return KindHostnameMismatch, fmt.Sprintf("the server certificate %q is valid for %s, not %q: request one of those names or fix the server certificate's subjectAltName",
			subjectName(he.Certificate), names, name)
	case errors.As(err, &uae):
		if isSelfSigned(leaf) {
			return KindSelfSigned, fmt.Sprintf("the server certificate %q is self-signed and not trusted: add it (or its CA) to caCertificates in the certificates manifest or to --ssl-extra-ca-certs, or set strictSSL:false (or -k)",
				subjectName(leaf))
		}
		issuer := leaf.Issuer.String()
		if uae.Cert != nil {
			issuer = uae.Cert.Issuer.String()
		}
		extra := ""
		if len(chain) == 1 {
			extra = " (the server sent no intermediate certificates: if that issuer is an intermediate CA, the server should send it)"
		}
		return KindUnknownAuthority, fmt.Sprintf("the server certificate %q is issued by %q, which is not a trusted authority%s: add the CA certificate to caCertificates in the certificates manifest or pass --ssl-extra-ca-certs",
			subjectName(leaf), issuer, extra)
	case errors.As(err, &cie):
		return KindHandshakeFailure, fmt.Sprintf("the server certificate %q is not acceptable: %v", subjectName(leaf), err)
	}
	return KindHandshakeFailure, fmt.Sprintf("server certificate verification failed: %v", err)
}

func certNames(c *x509.Certificate) string {
	var names []string
	names = append(names, c.DNSNames...)
	for _, ip := range c.IPAddresses {
		names = append(names, ip.String())
	}
	if len(names) == 0 {
		if c.Subject.CommonName != "" {
			return fmt.Sprintf("no subjectAltName (only the common name %q, which is not used for host names)", c.Subject.CommonName)
		}
		return "no names"
	}
	return "[" + strings.Join(names, ", ") + "]"
}

func isSelfSigned(c *x509.Certificate) bool {
	return string(c.RawIssuer) == string(c.RawSubject) && c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
}

func fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	var b strings.Builder
	for i, x := range sum {
		if i > 0 {
			b.WriteByte(':')
		}
		fmt.Fprintf(&b, "%02X", x)
	}
	return b.String()
}

func describeChain(chain []*x509.Certificate, now time.Time) []CertificateInfo {
	out := make([]CertificateInfo, 0, len(chain))
	for _, c := range chain {
		ci := CertificateInfo{
			Subject:       subjectName(c),
			Issuer:        c.Issuer.String(),
			DNSNames:      c.DNSNames,
			NotBefore:     c.NotBefore,
			NotAfter:      c.NotAfter,
			DaysRemaining: daysBetween(now, c.NotAfter),
			SerialNumber:  serialHex(c),
			SHA256:        fingerprint(c.Raw),
			SelfSigned:    isSelfSigned(c),
		}
		for _, ip := range c.IPAddresses {
			ci.IPAddresses = append(ci.IPAddresses, ip.String())
		}
		out = append(out, ci)
	}
	return out
}

func serialHex(c *x509.Certificate) string {
	if c.SerialNumber == nil {
		return ""
	}
	return strings.ToUpper(c.SerialNumber.Text(16))
}

func parseDNs(raw [][]byte) []string {
	var out []string
	for _, r := range raw {
		var seq pkix.RDNSequence
		if rest, err := asn1.Unmarshal(r, &seq); err != nil || len(rest) != 0 {
			out = append(out, fmt.Sprintf("(unparseable DN, %d bytes)", len(r)))
			continue
		}
		var n pkix.Name
		n.FillFromRDNSequence(&seq)
		out = append(out, n.String())
	}
	return out
}

// TLS alert codes (RFC 8446 §6).
const (
	alertHandshakeFailure    = 40
	alertBadCertificate      = 42
	alertUnsupportedCert     = 43
	alertCertificateRevoked  = 44
	alertCertificateExpired  = 45
	alertCertificateUnknown  = 46
	alertUnknownCA           = 48
	alertAccessDenied        = 49
	alertProtocolVersion     = 70
	alertInsufficientSec     = 71
	alertCertificateRequired = 116
)

// remoteAlert returns the TLS alert the peer sent, if err carries one.
func remoteAlert(err error) (uint8, bool) {
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "remote error" && oe.Err != nil {
		v := reflect.ValueOf(oe.Err)
		if v.Kind() == reflect.Uint8 {
			return uint8(v.Uint()), true
		}
	}
	var ae tls.AlertError
	if errors.As(err, &ae) {
		return uint8(ae), true
	}
	return 0, false
}

func isTLSError(err error) bool {
	var ve *verifyError
	if errors.As(err, &ve) {
		return true
	}
	if _, ok := remoteAlert(err); ok {
		return true
	}
	return strings.Contains(err.Error(), "tls:")
}

// ClassifyError classifies an error seen on a connection made by DialTLS:
// a handshake error, or a read/write error after the handshake (in TLS 1.3 a
// server rejects a client certificate only after the client's handshake has
// completed, so the alert arrives on the first read). info is the
// connection's Info (may be nil). It returns nil when err is not a TLS
// problem (for example a plain timeout or a connection closed while idle).
// The returned error's Info is a copy of info with the verification error
// filled in.
func ClassifyError(err error, info *Info) *HandshakeError {
	if err == nil {
		return nil
	}
	var he *HandshakeError
	if errors.As(err, &he) {
		return he
	}
	if !isTLSError(err) {
		return nil
	}
	cp := &Info{}
	if info != nil {
		*cp = *info
		cp.Verification.Warnings = append([]string(nil), info.Verification.Warnings...)
	}
	return classify(err, cp, false)
}

// classify fills info's verification error and returns the HandshakeError.
func classify(err error, info *Info, inHandshake bool) *HandshakeError {
	kind, msg := classifyKind(err, info, inHandshake)
	info.Verification.Verified = info.Verification.Verified && kind == ""
	info.Verification.ErrorKind = kind
	info.Verification.Error = msg
	if kind == KindHandshakeFailure || kind == KindProtocolVersion || kind == KindClientCertificateRequired || kind == KindClientCertificateRejected {
		// The chain may have been fine; the connection still failed.
		info.Verification.Verified = false
	}
	return &HandshakeError{Kind: kind, Info: info, Err: err, Message: msg}
}

func classifyKind(err error, info *Info, inHandshake bool) (ErrorKind, string) {
	target := "the server"
	var h *hints
	if info != nil && info.hints != nil {
		h = info.hints
		target = h.addr
	}
	var ve *verifyError
	if errors.As(err, &ve) {
		return ve.kind, fmt.Sprintf("tls: %s: %s", target, ve.msg)
	}
	cc := ClientCertificate{}
	if info != nil {
		cc = info.ClientCertificate
	}
	if a, ok := remoteAlert(err); ok {
		switch {
		case a == alertCertificateRequired,
			!cc.Sent && cc.Requested && (a == alertBadCertificate || a == alertHandshakeFailure || a == alertCertificateUnknown || a == alertAccessDenied):
			hostsMsg := "no client certificates are configured"
			if h != nil && len(h.configuredHosts) > 0 {
				hostsMsg = "client certificates are configured for: " + strings.Join(h.configuredHosts, ", ")
			}
			return KindClientCertificateRequired, fmt.Sprintf("tls: %s requires a client certificate but none was sent (none matches %s; %s): add a clientCertificates entry for this host and port to the certificates manifest (or use --ssl-client-cert)",
				target, nameForHint(info, h), hostsMsg)
		case cc.Sent && (a == alertBadCertificate || a == alertUnsupportedCert || a == alertCertificateRevoked || a == alertCertificateExpired ||
			a == alertCertificateUnknown || a == alertUnknownCA || a == alertAccessDenied || a == alertHandshakeFailure):
			accepts := "the server did not list the CAs it accepts"
			if len(cc.AcceptableCAs) > 0 {
				accepts = "the server accepts certificates issued by: " + strings.Join(cc.AcceptableCAs, "; ")
			}
			return KindClientCertificateRejected, fmt.Sprintf("tls: %s rejected the client certificate %q (issuer %q) from %s with alert %q; %s: configure a certificate issued by one of those CAs, or check that it is not expired or revoked",
				target, cc.Subject, cc.Issuer, cc.Source, alertText(err), accepts)
		case a == alertProtocolVersion:
			return KindProtocolVersion, fmt.Sprintf("tls: %s has no TLS version in common with this client (%s): the server may only support older versions, or tlsDisabledProtocols excludes the one it needs", target, offered(h))
		case a == alertHandshakeFailure || a == alertInsufficientSec:
			return KindHandshakeFailure, fmt.Sprintf("tls: handshake with %s failed (alert %q): no common cipher suite or parameters%s", target, alertText(err), cipherHint(h))
		}
		return KindHandshakeFailure, fmt.Sprintf("tls: handshake with %s failed: the server sent alert %q", target, alertText(err))
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "protocol version"), strings.Contains(msg, "no supported versions"), strings.Contains(msg, "unsupported versions"):
		return KindProtocolVersion, fmt.Sprintf("tls: %s has no TLS version in common with this client (%s): %v", target, offered(h), err)
	case strings.Contains(msg, "cipher suite"):
		return KindHandshakeFailure, fmt.Sprintf("tls: handshake with %s failed: %v%s", target, err, cipherHint(h))
	}
	if !inHandshake && cc.Requested && (errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET)) {
		return "", ""
	}
	return KindHandshakeFailure, fmt.Sprintf("tls: handshake with %s failed: %v", target, err)
}

func nameForHint(info *Info, h *hints) string {
	if info == nil || h == nil {
		return "this host"
	}
	_, port, _ := net.SplitHostPort(h.addr)
	p, _ := strconv.Atoi(port)
	return hostPort(info.ServerName, p)
}

func alertText(err error) string {
	if a, ok := remoteAlert(err); ok {
		return strings.TrimPrefix(tls.AlertError(a).Error(), "tls: ")
	}
	return err.Error()
}

func offered(h *hints) string {
	if h == nil {
		return "TLS 1.2-1.3"
	}
	minV, maxV, _ := h.profile.versions()
	if minV == maxV {
		return "offered only " + tls.VersionName(minV)
	}
	return "offered " + tls.VersionName(minV) + " to " + tls.VersionName(maxV)
}

func cipherHint(h *hints) string {
	if h != nil && len(h.profile.CipherSuites) > 0 {
		return "; tlsCipherSelection limits the client to " + strings.Join(h.profile.CipherSuites, ", ")
	}
	return ""
}

// Inspect connects to the host and port of an https URL, performs the
// handshake the way a request with profile p would, and returns the
// diagnostics. On a TLS failure it returns the diagnostics and a
// *HandshakeError. In TLS 1.3, when the server asked for a client
// certificate, it waits briefly for a rejection alert.
func (s *Store) Inspect(ctx context.Context, rawURL string, p Profile) (*Info, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("inspect %q: %w", rawURL, err)
	}
	if !strings.EqualFold(u.Scheme, "https") {
		return nil, fmt.Errorf("inspect %q: not an https URL", rawURL)
	}
	port := u.Port()
	if port == "" {
		port = "443"
	}
	host := u.Hostname()
	conn, err := s.DialTLS(ctx, "tcp", net.JoinHostPort(host, port), host, p)
	if err != nil {
		var he *HandshakeError
		if errors.As(err, &he) {
			return he.Info, he
		}
		return nil, fmt.Errorf("inspect %q: %w", rawURL, err)
	}
	defer conn.Close()
	info := conn.Info
	if info.ClientCertificate.Requested && info.Version == tls.VersionName(tls.VersionTLS13) {
		conn.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
		var buf [1]byte
		if _, rerr := conn.Read(buf[:]); rerr != nil {
			if he := ClassifyError(rerr, info); he != nil && he.Kind != "" {
				return he.Info, he
			}
		}
	}
	return info, nil
}
