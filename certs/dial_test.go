package certs

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/runner-ci/runner/certs/certstest"
)

// pki is a server CA trusted through --ssl-extra-ca-certs plus helpers.
type pki struct {
	dir      string
	serverCA *certstest.CA
	caFile   string
}

func newPKI(t testing.TB) *pki {
	t.Helper()
	dir := t.TempDir()
	ca := certstest.NewCA(t, "Server CA")
	return &pki{dir: dir, serverCA: ca, caFile: ca.WritePEM(t, dir)}
}

// store loads a Store trusting the server CA, with the given manifest
// client entries (may be nil) and options tweaks.
func (p *pki) store(t testing.TB, entries []any, tweak func(*Options)) *Store {
	t.Helper()
	o := Options{ExtraCACerts: p.caFile, SystemRoots: x509.NewCertPool()}
	if entries != nil {
		o.ManifestPath = writeJSONTB(t, p.dir, fmt.Sprintf("certs-%d.json", time.Now().UnixNano()), map[string]any{"clientCertificates": entries})
	}
	if tweak != nil {
		tweak(&o)
	}
	s, err := Load(o)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return s
}

func writeJSONTB(t testing.TB, dir, name string, v any) string {
	t.Helper()
	if tt, ok := t.(*testing.T); ok {
		return writeJSON(tt, dir, name, v)
	}
	b := t.(*testing.B)
	_ = b
	panic("writeJSONTB: benchmarks use entries == nil")
}

// clientEntry writes c's files and returns a manifest entry for host:port.
func (p *pki) clientEntry(t testing.TB, c *certstest.Cert, host string, port int) map[string]any {
	t.Helper()
	name := fmt.Sprintf("client-%d", time.Now().UnixNano())
	crt, key := c.WriteFiles(t, p.dir, name)
	return map[string]any{"host": host, "port": port, "cert": filepath.Base(crt), "key": filepath.Base(key)}
}

func portOf(t testing.TB, ts *httptest.Server) int {
	t.Helper()
	_, ps, _ := net.SplitHostPort(ts.Listener.Addr().String())
	n, _ := strconv.Atoi(ps)
	return n
}

func addrOf(ts *httptest.Server) string { return ts.Listener.Addr().String() }

// whoHandler answers with the common name of the client certificate.
var whoHandler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	if r.TLS != nil && len(r.TLS.PeerCertificates) > 0 {
		io.WriteString(w, r.TLS.PeerCertificates[0].Subject.CommonName)
		return
	}
	io.WriteString(w, "anonymous")
})

func boolp(b bool) *bool { return &b }

func TestDialTwoMTLSServers(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	caA, caB := certstest.NewCA(t, "Client CA A"), certstest.NewCA(t, "Client CA B")
	srvCert := p.serverCA.Leaf(t, certstest.LeafOpts{})
	tsA := certstest.NewTLSServer(t, whoHandler, certstest.ServerOpts{Cert: srvCert, ClientCAs: caA.Pool(), RequireClientCert: true})
	var tsB *httptest.Server
	tsB = certstest.NewTLSServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, tsA.URL+"/", http.StatusFound)
			return
		}
		whoHandler(w, r)
	}), certstest.ServerOpts{Cert: srvCert, ClientCAs: caB.Pool(), RequireClientCert: true, MaxVersion: tls.VersionTLS12})
	cA := caA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "client A"})
	cB := caB.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "client B"})
	s := p.store(t, []any{
		p.clientEntry(t, cA, "127.0.0.1", portOf(t, tsA)),
		p.clientEntry(t, cB, "127.0.0.1", portOf(t, tsB)),
	}, nil)

	for _, tt := range []struct {
		ts      *httptest.Server
		want    *certstest.Cert
		wantCA  string
		version string
	}{{tsA, cA, "CN=Client CA A,O=certstest", "TLS 1.3"}, {tsB, cB, "CN=Client CA B,O=certstest", "TLS 1.2"}} {
		conn, err := s.DialTLS(context.Background(), "tcp", addrOf(tt.ts), "127.0.0.1", Profile{})
		if err != nil {
			t.Fatalf("DialTLS %s: %v", tt.ts.URL, err)
		}
		cc := conn.Info.ClientCertificate
		if !cc.Requested || !cc.Sent || cc.Subject != tt.want.X509.Subject.String() || len(cc.AcceptableCAs) != 1 || cc.AcceptableCAs[0] != tt.wantCA {
			t.Errorf("%s: ClientCertificate = %+v", tt.ts.URL, cc)
		}
		if want := fmt.Sprintf("clientCertificates[%d] (127.0.0.1:%d)", map[bool]int{true: 0, false: 1}[tt.ts == tsA], portOf(t, tt.ts)); !strings.HasSuffix(cc.Source, want) {
			t.Errorf("Source = %q, want suffix %q", cc.Source, want)
		}
		if conn.Info.Version != tt.version || !conn.Info.Verification.Verified {
			t.Errorf("%s: version %q verified %v", tt.ts.URL, conn.Info.Version, conn.Info.Verification.Verified)
		}
		conn.Close()
	}

	// Through an http.Transport: the certificate is chosen per dialled
	// host:port, also after a redirect to the other server.
	client := &http.Client{Transport: transportFor(s, Profile{})}
	for _, tt := range []struct{ url, want string }{
		{tsA.URL + "/", "client A"},
		{tsB.URL + "/", "client B"},
		{tsB.URL + "/redirect", "client A"},
	} {
		resp, err := client.Get(tt.url)
		if err != nil {
			t.Fatalf("GET %s: %v", tt.url, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(body) != tt.want {
			t.Errorf("GET %s: server saw %q, want %q", tt.url, body, tt.want)
		}
	}
}

// transportFor is how the runner engine wires DialTLS.
func transportFor(s *Store, p Profile) *http.Transport {
	return &http.Transport{
		DialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			host, _, _ := net.SplitHostPort(addr)
			return s.DialTLS(ctx, network, addr, host, p)
		},
		MaxIdleConnsPerHost: 16,
	}
}

// requestOver writes a GET on conn and reads the response, returning the
// read error (for TLS 1.3 client certificate alerts).
func requestOver(conn net.Conn) error {
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"); err != nil {
		return err
	}
	_, err := http.ReadResponse(bufio.NewReader(conn), nil)
	return err
}

func TestDialErrorKinds(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	now := time.Now()
	untrusted := certstest.NewCA(t, "Untrusted CA")
	clientCA := certstest.NewCA(t, "Client CA")
	rogueClient := untrusted.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "rogue client"})

	type tc struct {
		name       string
		server     certstest.ServerOpts
		clientCert *certstest.Cert // sent to 127.0.0.1:<port>
		profile    Profile
		kind       ErrorKind
		onRead     bool     // TLS 1.3: the failure is seen on the first read
		verifyOnly bool     // a verification failure: with strictSSL:false it becomes a warning
		want       []string // substrings of the message
	}
	tests := []tc{
		{name: "expired", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{NotBefore: now.Add(-72 * time.Hour), NotAfter: now.Add(-49 * time.Hour)})},
			kind: KindExpired, verifyOnly: true, want: []string{"expired on", "(2 days ago)", "renew it"}},
		{name: "not yet valid", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{NotBefore: now.Add(48 * time.Hour), NotAfter: now.Add(96 * time.Hour)})},
			kind: KindNotYetValid, verifyOnly: true, want: []string{"is not valid until", "clock"}},
		{name: "unknown authority", server: certstest.ServerOpts{Cert: untrusted.Leaf(t, certstest.LeafOpts{})},
			kind: KindUnknownAuthority, verifyOnly: true, want: []string{`issued by "CN=Untrusted CA,O=certstest"`, "caCertificates", "--ssl-extra-ca-certs"}},
		{name: "self-signed", server: certstest.ServerOpts{Cert: certstest.SelfSigned(t, certstest.LeafOpts{})},
			kind: KindSelfSigned, verifyOnly: true, want: []string{"self-signed", "caCertificates"}},
		{name: "hostname mismatch", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{Hosts: []string{"wrong.example", "10.9.8.7"}})},
			kind: KindHostnameMismatch, verifyOnly: true, want: []string{"[wrong.example, 10.9.8.7]", `not "127.0.0.1"`}},
		{name: "client certificate required tls12", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true, MaxVersion: tls.VersionTLS12},
			kind: KindClientCertificateRequired, want: []string{"requires a client certificate but none was sent", "configured for: other.example:443"}},
		{name: "client certificate required tls13", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true},
			kind: KindClientCertificateRequired, onRead: true, want: []string{"requires a client certificate", "other.example:443"}},
		{name: "client certificate rejected tls12", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true, MaxVersion: tls.VersionTLS12},
			clientCert: rogueClient, kind: KindClientCertificateRejected, want: []string{`rejected the client certificate "CN=rogue client,O=certstest"`, "accepts certificates issued by: CN=Client CA,O=certstest"}},
		{name: "client certificate rejected tls13", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true},
			clientCert: rogueClient, kind: KindClientCertificateRejected, onRead: true, want: []string{"rogue client", "CN=Client CA"}},
		{name: "protocol version", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), MinVersion: tls.VersionTLS13},
			profile: Profile{DisabledProtocols: []string{"TLSv1_3"}}, kind: KindProtocolVersion, want: []string{"no TLS version in common", "offered only TLS 1.2", "tlsDisabledProtocols"}},
		{name: "cipher mismatch", server: certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384}},
			profile: Profile{CipherSuites: []string{"ECDHE-ECDSA-AES128-GCM-SHA256"}}, kind: KindHandshakeFailure, want: []string{"tlsCipherSelection limits the client to ECDHE-ECDSA-AES128-GCM-SHA256"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ts := certstest.NewTLSServer(t, whoHandler, tt.server)
			entries := []any{p.clientEntry(t, clientCA.Leaf(t, certstest.LeafOpts{Client: true}), "other.example", 443)}
			if tt.clientCert != nil {
				entries = append(entries, p.clientEntry(t, tt.clientCert, "127.0.0.1", portOf(t, ts)))
			}
			s := p.store(t, entries, nil)
			for _, strict := range []bool{true, false} {
				prof := tt.profile
				prof.StrictSSL = boolp(strict)
				conn, err := s.DialTLS(context.Background(), "tcp", addrOf(ts), "127.0.0.1", prof)
				var info *Info
				if err == nil {
					info = conn.Info
					if rerr := requestOver(conn); rerr != nil {
						err = ClassifyError(rerr, conn.Info)
						if err == (*HandshakeError)(nil) {
							err = rerr
						}
					}
					conn.Close()
				}
				if !strict && tt.verifyOnly {
					if err != nil {
						t.Fatalf("strictSSL:false: %v", err)
					}
					v := info.Verification
					if v.Enabled || v.Verified || v.ErrorKind != "" || v.WouldFailKind != tt.kind || !strings.Contains(strings.Join(v.Warnings, "\n"), "verification disabled, the request proceeds although") {
						t.Errorf("strictSSL:false: Verification = %+v, want a %s warning", v, tt.kind)
					}
					if len(info.ServerCertificates) == 0 {
						t.Error("strictSSL:false: no server certificates captured")
					}
					continue
				}
				var he *HandshakeError
				if !errors.As(err, &he) {
					t.Fatalf("strict %v: error = %v (%T), want *HandshakeError", strict, err, err)
				}
				if he.Kind != tt.kind {
					t.Errorf("strict %v: Kind = %q, want %q (%s)", strict, he.Kind, tt.kind, he.Message)
				}
				if (he.Info != info) == !tt.onRead && info != nil && !tt.onRead {
					t.Errorf("handshake error Info differs from the connection's")
				}
				for _, w := range tt.want {
					if !strings.Contains(he.Error(), w) {
						t.Errorf("strict %v: message lacks %q:\n%s", strict, w, he.Error())
					}
				}
				if he.Info.Verification.ErrorKind != tt.kind || he.Info.Verification.Error != he.Message {
					t.Errorf("Info.Verification = %+v", he.Info.Verification)
				}
				if tt.verifyOnly && len(he.Info.ServerCertificates) == 0 {
					t.Error("server chain not captured on verification failure")
				}
				if tt.onRead == (info == nil) {
					t.Errorf("onRead = %v but the handshake %s", tt.onRead, map[bool]string{true: "failed", false: "succeeded"}[info == nil])
				}
			}
		})
	}
}

func TestInsecureStoreAndStrictSSL(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	ts := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: certstest.SelfSigned(t, certstest.LeafOpts{})})
	s := p.store(t, nil, func(o *Options) { o.Insecure = true })
	conn, err := s.DialTLS(context.Background(), "tcp", addrOf(ts), "", Profile{})
	if err != nil {
		t.Fatalf("-k must accept a self-signed certificate: %v", err)
	}
	if conn.Info.Verification.WouldFailKind != KindSelfSigned {
		t.Errorf("WouldFailKind = %q", conn.Info.Verification.WouldFailKind)
	}
	conn.Close()
	_, err = s.DialTLS(context.Background(), "tcp", addrOf(ts), "", Profile{StrictSSL: boolp(true)})
	var he *HandshakeError
	if !errors.As(err, &he) || he.Kind != KindSelfSigned {
		t.Errorf("strictSSL:true must override -k: %v", err)
	}
}

func TestDialDiagnostics(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	inter := p.serverCA.Intermediate(t, "Server Intermediate")
	leaf := inter.Leaf(t, certstest.LeafOpts{NotAfter: time.Now().Add(3*24*time.Hour + time.Hour)})
	ts := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: leaf, ClientAuth: tls.RequestClientCert})
	client := p.serverCA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "diag client", NotAfter: time.Now().Add(2*24*time.Hour + time.Hour)})
	s := p.store(t, []any{p.clientEntry(t, client, "localhost", portOf(t, ts))}, nil)
	_, port, _ := net.SplitHostPort(addrOf(ts))
	conn, err := s.DialTLS(context.Background(), "tcp", "localhost:"+port, "LocalHost", Profile{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	info := conn.Info
	if InfoOf(conn) != info {
		t.Error("InfoOf(conn) != conn.Info")
	}
	if info.Version != "TLS 1.3" || info.CipherSuite == "" || info.ServerName != "localhost" || info.ALPN != "http/1.1" {
		t.Errorf("negotiated = %q %q %q %q", info.Version, info.CipherSuite, info.ServerName, info.ALPN)
	}
	if len(info.ServerCertificates) != 2 {
		t.Fatalf("server chain length = %d, want 2", len(info.ServerCertificates))
	}
	c0 := info.ServerCertificates[0]
	if c0.Subject != "CN=127.0.0.1,O=certstest" || c0.Issuer != "CN=Server Intermediate,O=certstest" ||
		strings.Join(c0.DNSNames, ",") != "localhost" || strings.Join(c0.IPAddresses, ",") != "127.0.0.1,::1" ||
		c0.DaysRemaining != 3 || c0.SerialNumber == "" || len(c0.SHA256) != 95 || c0.SelfSigned || c0.NotAfter.IsZero() {
		t.Errorf("leaf info = %+v", c0)
	}
	if info.ServerCertificates[1].Subject != "CN=Server Intermediate,O=certstest" {
		t.Errorf("chain[1] = %+v", info.ServerCertificates[1])
	}
	cc := info.ClientCertificate
	if !cc.Requested || !cc.Sent || cc.Subject != "CN=diag client,O=certstest" || cc.Issuer != "CN=Server CA,O=certstest" || cc.SHA256 == "" || cc.NotAfter.IsZero() {
		t.Errorf("client certificate = %+v", cc)
	}
	v := info.Verification
	if !v.Enabled || !v.Verified || v.ErrorKind != "" {
		t.Errorf("verification = %+v", v)
	}
	ws := strings.Join(v.Warnings, "\n")
	for _, want := range []string{`server certificate "CN=127.0.0.1,O=certstest" expires in 3 days`, `client certificate "CN=diag client,O=certstest" from`, "expires in 2 days"} {
		if !strings.Contains(ws, want) {
			t.Errorf("warnings lack %q:\n%s", want, ws)
		}
	}
	var buf strings.Builder
	FormatInfo(&buf, info)
	out := buf.String()
	for _, want := range []string{"TLS: TLS 1.3, TLS_", "ALPN http/1.1", "[0] CN=127.0.0.1,O=certstest", "names:   localhost, 127.0.0.1, ::1", "(3 days left)",
		"[1] CN=Server Intermediate", "Client certificate: requested by the server, sent CN=diag client", "Verification: ok", "Warning: server certificate"} {
		if !strings.Contains(out, want) {
			t.Errorf("FormatInfo lacks %q:\n%s", want, out)
		}
	}
}

func TestDialNoClientCertForPlainMatchOrOtherPort(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	ts := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{})})
	c := p.serverCA.Leaf(t, certstest.LeafOpts{Client: true})
	s := p.store(t, []any{p.clientEntry(t, c, "127.0.0.1", 1)}, nil)
	conn, err := s.DialTLS(context.Background(), "tcp", addrOf(ts), "", Profile{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if cc := conn.Info.ClientCertificate; cc.Requested || cc.Sent || cc.Source != "" {
		t.Errorf("ClientCertificate = %+v, want nothing configured or requested", cc)
	}
	var buf strings.Builder
	FormatInfo(&buf, conn.Info)
	if !strings.Contains(buf.String(), "Client certificate: not requested, none configured") {
		t.Errorf("FormatInfo:\n%s", buf.String())
	}
}

func TestVersionsAndCiphers(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	ts := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{})})
	s := p.store(t, nil, nil)
	for _, tt := range []struct {
		ppb         map[string]any
		wantVersion string
		wantCipher  string
	}{
		{map[string]any{}, "TLS 1.3", ""},
		{map[string]any{"tlsDisabledProtocols": []any{"TLSv1", "TLSv1_1", "TLSv1_3"}}, "TLS 1.2", ""},
		{map[string]any{"tlsDisabledProtocols": []any{"TLSv1_3"}, "tlsCipherSelection": []any{"ECDHE-ECDSA-AES128-GCM-SHA256"}}, "TLS 1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"},
		{map[string]any{"tlsDisabledProtocols": []any{"TLSv1_3"}, "tlsCipherSelection": []any{"ECDHE-ECDSA-CHACHA20-POLY1305"}}, "TLS 1.2", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"},
		{map[string]any{"tlsDisabledProtocols": []any{"TLSv1_3"}, "tlsCipherSelection": "ECDHE-ECDSA-AES256-GCM-SHA384:TLS_AES_128_GCM_SHA256"}, "TLS 1.2", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"},
		{map[string]any{"tlsDisabledProtocols": []any{"TLSv1_2"}}, "TLS 1.3", ""},
	} {
		prof, err := ParseProfile(tt.ppb)
		if err != nil {
			t.Fatalf("ParseProfile(%v): %v", tt.ppb, err)
		}
		conn, err := s.DialTLS(context.Background(), "tcp", addrOf(ts), "", prof)
		if err != nil {
			t.Fatalf("%v: %v", tt.ppb, err)
		}
		conn.Close()
		if conn.Info.Version != tt.wantVersion || (tt.wantCipher != "" && conn.Info.CipherSuite != tt.wantCipher) {
			t.Errorf("%v: got %s %s, want %s %s", tt.ppb, conn.Info.Version, conn.Info.CipherSuite, tt.wantVersion, tt.wantCipher)
		}
	}
}

func TestPooledConnections(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	clientCA := certstest.NewCA(t, "Client CA")
	var mu sync.Mutex
	remotes := map[string]bool{}
	ts := certstest.NewTLSServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		remotes[r.RemoteAddr] = true
		mu.Unlock()
		whoHandler(w, r)
	}), certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true})
	s := p.store(t, []any{p.clientEntry(t, clientCA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "pooled"}), "127.0.0.1", portOf(t, ts))}, nil)
	client := &http.Client{Transport: transportFor(s, Profile{})}
	var infos []*Info
	for i := 0; i < 50; i++ {
		req, _ := http.NewRequest("GET", ts.URL, nil)
		req = req.WithContext(httptrace.WithClientTrace(req.Context(), &httptrace.ClientTrace{
			GotConn: func(ci httptrace.GotConnInfo) { infos = append(infos, InfoOf(ci.Conn)) },
		}))
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(b) != "pooled" {
			t.Fatalf("server saw %q", b)
		}
	}
	if len(remotes) != 1 {
		t.Errorf("50 requests used %d connections, want 1", len(remotes))
	}
	if len(infos) != 50 || infos[0] == nil || infos[49] != infos[0] || !infos[0].ClientCertificate.Sent {
		t.Errorf("GotConn infos: %d, first %+v", len(infos), infos[0])
	}
}

func TestInspect(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	clientCA := certstest.NewCA(t, "Client CA")
	ok := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{})})
	strict := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true})
	s := p.store(t, []any{p.clientEntry(t, p.serverCA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "wrong ca"}), "127.0.0.1", portOf(t, strict))}, nil)
	info, err := s.Inspect(context.Background(), ok.URL+"/path", Profile{})
	if err != nil || !info.Verification.Verified {
		t.Fatalf("Inspect ok server: %v %+v", err, info)
	}
	info, err = s.Inspect(context.Background(), strict.URL, Profile{})
	var he *HandshakeError
	if !errors.As(err, &he) || he.Kind != KindClientCertificateRejected || info == nil || !info.ClientCertificate.Sent {
		t.Errorf("Inspect TLS 1.3 rejecting server: err %v info %+v", err, info)
	}
	if _, err := s.Inspect(context.Background(), "http://127.0.0.1/", Profile{}); err == nil {
		t.Error("Inspect accepted an http URL")
	}
}

func TestClassifyErrorIgnoresNonTLS(t *testing.T) {
	t.Parallel()
	for _, err := range []error{io.EOF, context.DeadlineExceeded, &net.OpError{Op: "dial", Err: errors.New("connection refused")}} {
		if he := ClassifyError(err, &Info{}); he != nil {
			t.Errorf("ClassifyError(%v) = %v, want nil", err, he)
		}
	}
	he := &HandshakeError{Kind: KindExpired, Message: "x"}
	if got := ClassifyError(fmt.Errorf("wrapped: %w", he), nil); got != he {
		t.Errorf("ClassifyError did not return the wrapped HandshakeError")
	}
}

// BenchmarkPooledHandshakes measures requests to one mTLS server through a
// pooled transport (one handshake in total).
func BenchmarkPooledHandshakes(b *testing.B) {
	dir := b.TempDir()
	serverCA := certstest.NewCA(b, "Server CA")
	clientCA := certstest.NewCA(b, "Client CA")
	ts := certstest.NewTLSServer(b, nil, certstest.ServerOpts{Cert: serverCA.Leaf(b, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true})
	crt, key := clientCA.Leaf(b, certstest.LeafOpts{Client: true}).WriteFiles(b, dir, "c")
	s, err := Load(Options{ClientCert: crt, ClientKey: key, ExtraCACerts: serverCA.WritePEM(b, dir), SystemRoots: x509.NewCertPool()})
	if err != nil {
		b.Fatal(err)
	}
	client := &http.Client{Transport: transportFor(s, Profile{})}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resp, err := client.Get(ts.URL)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
}

func TestClassifyErrorThroughHTTPClient(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	clientCA := certstest.NewCA(t, "Client CA")
	ts := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{}), ClientCAs: clientCA.Pool(), RequireClientCert: true})
	s := p.store(t, nil, nil)
	var info *Info
	req, _ := http.NewRequest("GET", ts.URL, nil)
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), &httptrace.ClientTrace{
		GotConn: func(ci httptrace.GotConnInfo) { info = InfoOf(ci.Conn) },
	}))
	_, err := (&http.Client{Transport: transportFor(s, Profile{})}).Do(req)
	if err == nil {
		t.Fatal("request without client certificate succeeded")
	}
	he := ClassifyError(err, info)
	if he == nil || he.Kind != KindClientCertificateRequired || !strings.Contains(he.Error(), "no client certificates are configured") {
		t.Errorf("ClassifyError(%v) = %v", err, he)
	}
	if info == nil || info.Verification.ErrorKind != "" {
		t.Error("ClassifyError must not modify the connection's Info")
	}
}

func TestHandshakeOverExistingConn(t *testing.T) {
	t.Parallel()
	p := newPKI(t)
	ts := certstest.NewTLSServer(t, nil, certstest.ServerOpts{Cert: p.serverCA.Leaf(t, certstest.LeafOpts{Hosts: []string{"api.test"}})})
	s := p.store(t, nil, nil)
	raw, err := net.Dial("tcp", addrOf(ts))
	if err != nil {
		t.Fatal(err)
	}
	conn, err := s.Handshake(context.Background(), raw, "api.test:443", "", Profile{})
	if err != nil {
		t.Fatalf("Handshake: %v", err)
	}
	defer conn.Close()
	if conn.Info.ServerName != "api.test" || !conn.Info.Verification.Verified {
		t.Errorf("Info = %+v", conn.Info)
	}
	if err := requestOver(conn); err != nil {
		t.Errorf("request over the handshaken conn: %v", err)
	}
}
