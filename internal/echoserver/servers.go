package echoserver

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"os"
	"sync"
	"time"
)

// Options configure Start.
type Options struct {
	// Addr is the IP address every listener binds; default 127.0.0.1.
	Addr string
	// Echo replaces the postman-echo handler (default New()).
	Echo http.Handler
	// ErrorLog receives server errors; default discards them.
	ErrorLog *log.Logger
}

// Servers are the running listeners started by Start. Every address is
// "host:port" on the loopback interface; the URLs have no trailing slash.
type Servers struct {
	// EchoAddr serves the postman-echo emulation, both plain HTTP and TLS on
	// the same port (the first byte of each connection decides).
	EchoAddr string
	// EchoURL is "http://" + EchoAddr.
	EchoURL string
	// EchoTLSURL is "https://" + EchoAddr; its certificate is issued by CA
	// for 127.0.0.1, ::1 and localhost.
	EchoTLSURL string
	// RawEchoAddr and RawEchoURL are Newman's localhost:4041 stand-in: a raw
	// TCP server answering every request with its exact bytes, both in the
	// body and as a JSON string in the "raw-request" header.
	RawEchoAddr, RawEchoURL string
	// RedirectAddr and RedirectURL are Newman's localhost:4042 stand-in:
	// /N redirects (302) to /N-1 and /1 to /, /status/NNN answers NNN with
	// Location: /, anything else echoes {url, method, headers, data}.
	RedirectAddr, RedirectURL string
	// ExpiredAddr and ExpiredURL are a TLS server whose certificate (issued
	// by CA) expired a day ago, standing in for expired.badssl.com.
	ExpiredAddr, ExpiredURL string
	// CA is the certificate authority of the TLS listeners, PEM encoded.
	CAPEM []byte
	// CAPool contains only CA, for Go clients.
	CAPool *x509.CertPool

	closers []io.Closer
}

// Start starts the echo, raw-echo, redirect and expired-TLS listeners on
// ephemeral ports. The caller must call Close.
func Start(opts Options) (*Servers, error) {
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1"
	}
	if opts.Echo == nil {
		opts.Echo = New()
	}
	if opts.ErrorLog == nil {
		opts.ErrorLog = log.New(io.Discard, "", 0)
	}
	ca, err := newAuthority()
	if err != nil {
		return nil, err
	}
	now := time.Now()
	valid, err := ca.leaf(now.Add(-time.Hour), now.Add(24*time.Hour))
	if err != nil {
		return nil, err
	}
	expired, err := ca.leaf(now.Add(-72*time.Hour), now.Add(-24*time.Hour))
	if err != nil {
		return nil, err
	}
	s := &Servers{CAPEM: ca.pem, CAPool: x509.NewCertPool()}
	s.CAPool.AddCert(ca.cert)
	ok := false
	defer func() {
		if !ok {
			_ = s.Close()
		}
	}()

	listen := func() (net.Listener, error) {
		l, err := net.Listen("tcp", net.JoinHostPort(opts.Addr, "0"))
		if err != nil {
			return nil, fmt.Errorf("listen on %s: %w", opts.Addr, err)
		}
		return l, nil
	}
	serve := func(l net.Listener, h http.Handler) {
		srv := &http.Server{Handler: h, ErrorLog: opts.ErrorLog, ReadHeaderTimeout: 30 * time.Second}
		// Close the listener directly too: Serve may not have started yet.
		s.closers = append(s.closers, l, srv)
		go func() { _ = srv.Serve(l) }()
	}

	// Echo: HTTP and TLS on one port.
	l, err := listen()
	if err != nil {
		return nil, err
	}
	echoTLS := &tls.Config{Certificates: []tls.Certificate{valid}, NextProtos: []string{"http/1.1"}}
	serve(newSniffListener(l, echoTLS), opts.Echo)
	s.EchoAddr = l.Addr().String()
	s.EchoURL, s.EchoTLSURL = "http://"+s.EchoAddr, "https://"+s.EchoAddr

	// Raw echo.
	if l, err = listen(); err != nil {
		return nil, err
	}
	raw := &rawEcho{l: l}
	s.closers = append(s.closers, raw)
	go raw.serve()
	s.RawEchoAddr, s.RawEchoURL = l.Addr().String(), "http://"+l.Addr().String()

	// Redirect helper.
	if l, err = listen(); err != nil {
		return nil, err
	}
	serve(l, http.HandlerFunc(serveRedirectHelper))
	s.RedirectAddr, s.RedirectURL = l.Addr().String(), "http://"+l.Addr().String()

	// Expired certificate.
	if l, err = listen(); err != nil {
		return nil, err
	}
	expTLS := &tls.Config{Certificates: []tls.Certificate{expired}, NextProtos: []string{"http/1.1"}}
	serve(tls.NewListener(l, expTLS), http.HandlerFunc(serveExpired))
	s.ExpiredAddr, s.ExpiredURL = l.Addr().String(), "https://"+l.Addr().String()

	ok = true
	return s, nil
}

// WriteCA writes the CA certificate (PEM) to path with mode 0644.
func (s *Servers) WriteCA(path string) error {
	if err := os.WriteFile(path, s.CAPEM, 0o644); err != nil {
		return fmt.Errorf("write echo CA %q: %w", path, err)
	}
	return nil
}

// Close stops every listener and open connection.
func (s *Servers) Close() error {
	var errs []error
	for i := len(s.closers) - 1; i >= 0; i-- {
		if err := s.closers[i].Close(); err != nil && !errors.Is(err, net.ErrClosed) {
			errs = append(errs, err)
		}
	}
	s.closers = nil
	return errors.Join(errs...)
}

func serveExpired(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", htmlType)
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte("<!DOCTYPE html><html><head><title>expired</title></head><body><h1>expired</h1></body></html>\n"))
}

// authority is a throw-away CA generated at start.
type authority struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	pem  []byte
}

func serial() (*big.Int, error) {
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	if err != nil {
		return nil, fmt.Errorf("generate serial: %w", err)
	}
	return n, nil
}

func newAuthority() (*authority, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate echo CA key: %w", err)
	}
	sn, err := serial()
	if err != nil {
		return nil, err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          sn,
		Subject:               pkix.Name{CommonName: "runner echoserver test CA"},
		NotBefore:             now.Add(-7 * 24 * time.Hour),
		NotAfter:              now.Add(7 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, fmt.Errorf("create echo CA certificate: %w", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("parse echo CA certificate: %w", err)
	}
	return &authority{cert: cert, key: key, pem: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}, nil
}

// leaf issues a server certificate for the loopback names.
func (a *authority) leaf(notBefore, notAfter time.Time) (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("generate echo server key: %w", err)
	}
	sn, err := serial()
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: sn,
		Subject:      pkix.Name{CommonName: "localhost"},
		NotBefore:    notBefore,
		NotAfter:     notAfter,
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, a.cert, &key.PublicKey, a.key)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("create echo server certificate: %w", err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

// sniffListener serves TLS and plain HTTP on one port: a connection whose
// first byte is a TLS handshake record (0x16) is wrapped in tls.Server.
type sniffListener struct {
	net.Listener
	cfg   *tls.Config
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

func newSniffListener(l net.Listener, cfg *tls.Config) *sniffListener {
	s := &sniffListener{Listener: l, cfg: cfg, conns: make(chan net.Conn), done: make(chan struct{})}
	go s.acceptLoop()
	return s
}

func (s *sniffListener) acceptLoop() {
	for {
		c, err := s.Listener.Accept()
		if err != nil {
			s.once.Do(func() { close(s.done) })
			return
		}
		go s.classify(c)
	}
}

func (s *sniffListener) classify(c net.Conn) {
	_ = c.SetReadDeadline(time.Now().Add(30 * time.Second))
	br := bufio.NewReader(c)
	first, err := br.Peek(1)
	_ = c.SetReadDeadline(time.Time{})
	if err != nil {
		_ = c.Close()
		return
	}
	var out net.Conn = &peekedConn{Conn: c, r: br}
	if first[0] == 0x16 {
		out = tls.Server(out, s.cfg)
	}
	select {
	case s.conns <- out:
	case <-s.done:
		_ = c.Close()
	}
}

// Accept returns the next classified connection.
func (s *sniffListener) Accept() (net.Conn, error) {
	select {
	case c := <-s.conns:
		return c, nil
	case <-s.done:
		return nil, net.ErrClosed
	}
}

// Close stops accepting.
func (s *sniffListener) Close() error {
	err := s.Listener.Close()
	s.once.Do(func() { close(s.done) })
	return err
}

// peekedConn replays bytes buffered while sniffing.
type peekedConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *peekedConn) Read(p []byte) (int, error) { return c.r.Read(p) }
