package main

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/runner-ci/runner/certs/certstest"
	"github.com/runner-ci/runner/schemas"
)

// whoHandler answers with the client certificate's common name (or
// "none") and redirects /redirect?to=URL.
func whoHandler(hits *atomic.Int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits != nil {
			hits.Add(1)
		}
		if to := r.URL.Query().Get("to"); r.URL.Path == "/redirect" && to != "" {
			http.Redirect(w, r, to, http.StatusFound)
			return
		}
		cn := "none"
		if r.TLS != nil && len(r.TLS.PeerCertificates) > 0 {
			cn = r.TLS.PeerCertificates[0].Subject.CommonName
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{"cn": cn, "path": r.URL.Path})
	})
}

// tItem is one request of a generated collection.
type tItem struct {
	name  string
	url   string
	ppb   map[string]any
	tests []string
}

// writeCollection writes a v2.1 collection of the given items.
func writeCollection(t *testing.T, dir string, items ...tItem) string {
	t.Helper()
	var list []any
	for _, it := range items {
		m := map[string]any{
			"name":    it.name,
			"request": map[string]any{"method": "GET", "url": it.url},
		}
		if len(it.tests) > 0 {
			m["event"] = []any{map[string]any{"listen": "test", "script": map[string]any{"exec": it.tests}}}
		}
		if it.ppb != nil {
			m["protocolProfileBehavior"] = it.ppb
		}
		list = append(list, m)
	}
	doc := map[string]any{
		"info": map[string]any{"name": "tls", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
		"item": list,
	}
	return writeJSON(t, filepath.Join(dir, "collection.json"), doc)
}

func writeJSON(t *testing.T, path string, v any) string {
	t.Helper()
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func port(t *testing.T, srv *httptest.Server) int {
	t.Helper()
	_, p, err := net.SplitHostPort(srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	var n int
	fmt.Sscan(p, &n)
	return n
}

func cnIs(cn string) []string {
	return []string{fmt.Sprintf("pm.test('client cert is %s', function () { pm.expect(pm.response.json().cn).to.equal(%q); });", cn, cn)}
}

// jsonReport is the part of the JSON report these tests read.
type jsonReport struct {
	Run struct {
		Executions []struct {
			Item struct {
				Name string `json:"name"`
			} `json:"item"`
			RequestError *struct {
				Message string `json:"message"`
			} `json:"requestError"`
			TLS *struct {
				Version           string `json:"version"`
				ClientCertificate struct {
					Requested bool   `json:"requested"`
					Sent      bool   `json:"sent"`
					Subject   string `json:"subject"`
					Source    string `json:"source"`
				} `json:"clientCertificate"`
				ServerCertificates []struct {
					Subject string `json:"subject"`
				} `json:"serverCertificates"`
				Verification struct {
					Enabled       bool     `json:"enabled"`
					Verified      bool     `json:"verified"`
					ErrorKind     string   `json:"errorKind"`
					WouldFailKind string   `json:"wouldFailKind"`
					Error         string   `json:"error"`
					Warnings      []string `json:"warnings"`
				} `json:"verification"`
			} `json:"tls"`
		} `json:"executions"`
	} `json:"run"`
}

func readReport(t *testing.T, path string) jsonReport {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r jsonReport
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var doc any
	json.Unmarshal(data, &doc)
	if err := schemas.Validate(schemas.Report, doc); err != nil {
		t.Errorf("%s does not match the report schema: %v", path, err)
	}
	return r
}

// tlsEnv is two mTLS servers on 127.0.0.1 with different ports and client
// CAs, and client certificates for each, written to a temp dir.
type tlsEnv struct {
	dir              string
	serverCA         *certstest.CA
	caPath           string
	srvA, srvB       *httptest.Server
	hitsA, hitsB     atomic.Int64
	certA, keyA      string
	certB, keyB      string
	clientA, clientB *certstest.Cert
}

func newTLSEnv(t *testing.T) *tlsEnv {
	t.Helper()
	e := &tlsEnv{dir: t.TempDir()}
	e.serverCA = certstest.NewCA(t, "server CA")
	e.caPath = e.serverCA.WritePEM(t, e.dir)
	clientCAA := certstest.NewCA(t, "client CA A")
	clientCAB := certstest.NewCA(t, "client CA B")
	srvCert := e.serverCA.Leaf(t, certstest.LeafOpts{Hosts: []string{"127.0.0.1", "localhost"}})
	e.srvA = certstest.NewTLSServer(t, whoHandler(&e.hitsA), certstest.ServerOpts{Cert: srvCert, ClientCAs: clientCAA.Pool(), RequireClientCert: true})
	e.srvB = certstest.NewTLSServer(t, whoHandler(&e.hitsB), certstest.ServerOpts{Cert: srvCert, ClientCAs: clientCAB.Pool(), RequireClientCert: true})
	e.clientA = clientCAA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "client-alpha"})
	e.clientB = clientCAB.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "client-beta"})
	e.certA, e.keyA = e.clientA.WriteFiles(t, e.dir, "alpha")
	e.certB, e.keyB = e.clientB.WriteFiles(t, e.dir, "beta")
	return e
}

func TestMTLSPerPortCertificatesAndRedirect(t *testing.T) {
	e := newTLSEnv(t)
	manifest := writeJSON(t, filepath.Join(e.dir, "certs.json"), map[string]any{
		"caCertificates": []string{e.caPath},
		"clientCertificates": []any{
			map[string]any{"host": "127.0.0.1", "port": port(t, e.srvA), "cert": e.certA, "key": e.keyA},
			map[string]any{"host": "127.0.0.1", "port": port(t, e.srvB), "cert": e.certB, "key": e.keyB},
		},
	})
	col := writeCollection(t, e.dir,
		tItem{name: "to A", url: e.srvA.URL + "/a", tests: cnIs("client-alpha")},
		tItem{name: "to B", url: e.srvB.URL + "/b", tests: cnIs("client-beta")},
		tItem{name: "A redirects to B", url: e.srvA.URL + "/redirect?to=" + e.srvB.URL + "/after", tests: cnIs("client-beta")},
	)
	report := filepath.Join(e.dir, "report.json")
	res := runCLI(t, nil, "run", col, "--certs", manifest, "-r", "cli,json", "--reporter-json-export", report, "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	r := readReport(t, report)
	if len(r.Run.Executions) != 3 {
		t.Fatalf("got %d executions", len(r.Run.Executions))
	}
	for i, want := range []string{"client-alpha", "client-beta", "client-beta"} {
		x := r.Run.Executions[i]
		if x.TLS == nil {
			t.Fatalf("execution %d has no tls", i)
		}
		if !x.TLS.ClientCertificate.Sent || !strings.Contains(x.TLS.ClientCertificate.Subject, want) {
			t.Errorf("execution %d: client certificate = %+v, want %s sent", i, x.TLS.ClientCertificate, want)
		}
		if !x.TLS.Verification.Verified || x.TLS.Version == "" || len(x.TLS.ServerCertificates) == 0 {
			t.Errorf("execution %d: tls = %+v", i, x.TLS)
		}
	}
}

func TestMTLSPlainHTTPSendsNoCertificate(t *testing.T) {
	e := newTLSEnv(t)
	plain := httptest.NewServer(whoHandler(nil))
	defer plain.Close()
	manifest := writeJSON(t, filepath.Join(e.dir, "certs.json"), map[string]any{
		"clientCertificates": []any{map[string]any{"host": "127.0.0.1", "port": port(t, plain), "cert": e.certA, "key": e.keyA}},
	})
	col := writeCollection(t, e.dir, tItem{name: "plain", url: plain.URL + "/x", tests: cnIs("none")})
	report := filepath.Join(e.dir, "r.json")
	res := runCLI(t, nil, "run", col, "--certs", manifest, "-r", "json", "--reporter-json-export", report)
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	if x := readReport(t, report).Run.Executions[0]; x.TLS != nil {
		t.Errorf("plain HTTP execution has tls info: %+v", x.TLS)
	}
}

func TestMTLSSourcesAndSecretsNeverLeak(t *testing.T) {
	e := newTLSEnv(t)
	const pass = "Sup3r-Secret-Passphrase"
	const pfxPass = "Pfx-Secret-Passphrase"
	encKey := e.clientA.WriteEncryptedKey(t, e.dir, "alpha-enc", pass, false)
	pfx := e.clientB.WritePFX(t, e.dir, "beta", pfxPass, false)
	manifest := writeJSON(t, filepath.Join(e.dir, "certs.json"), map[string]any{
		"caCertificates": []string{e.caPath},
		"clientCertificates": []any{
			map[string]any{"host": "127.0.0.1", "port": port(t, e.srvA), "cert": e.certA, "key": encKey, "passphrase": pass},
			map[string]any{"host": "127.0.0.1", "port": port(t, e.srvB), "pfx": pfx, "passphraseEnv": "PFX_PASS"},
		},
	})
	col := writeCollection(t, e.dir,
		tItem{name: "A", url: e.srvA.URL + "/a", tests: cnIs("client-alpha")},
		tItem{name: "B", url: e.srvB.URL + "/b", tests: cnIs("client-beta")},
	)
	jsonPath := filepath.Join(e.dir, "r.json")
	junitPath := filepath.Join(e.dir, "r.xml")
	res := runCLI(t, map[string]string{"PFX_PASS": pfxPass}, "run", col, "--certs", manifest, "-r", "cli,json,junit",
		"--reporter-json-export", jsonPath, "--reporter-junit-export", junitPath, "--verbose", "--log-level", "debug", "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	j, _ := os.ReadFile(jsonPath)
	x, _ := os.ReadFile(junitPath)
	for name, text := range map[string]string{"stdout": res.out, "stderr": res.err, "json": string(j), "junit": string(x)} {
		for _, secret := range []string{pass, pfxPass, "PRIVATE KEY"} {
			if strings.Contains(text, secret) {
				t.Errorf("%s contains %q", name, secret)
			}
		}
	}
}

func TestMTLSLoadErrorsExitTwoBeforeAnyRequest(t *testing.T) {
	e := newTLSEnv(t)
	encKey := e.clientA.WriteEncryptedKey(t, e.dir, "enc", "right", true)
	col := writeCollection(t, e.dir, tItem{name: "A", url: e.srvA.URL + "/a"})
	pA := port(t, e.srvA)
	tests := []struct {
		name  string
		entry map[string]any
		raw   string
		want  []string
	}{
		{name: "wrong passphrase", entry: map[string]any{"host": "127.0.0.1", "port": pA, "cert": e.certA, "key": encKey, "passphrase": "wrong"}, want: []string{"clientCertificates[0]", "passphrase"}},
		{name: "missing file", entry: map[string]any{"host": "127.0.0.1", "port": pA, "cert": filepath.Join(e.dir, "nope.crt"), "key": e.keyA}, want: []string{"clientCertificates[0]", "nope.crt"}},
		{name: "key mismatch", entry: map[string]any{"host": "127.0.0.1", "port": pA, "cert": e.certA, "key": e.keyB}, want: []string{"clientCertificates[0]", "match"}},
		{name: "unknown field", entry: map[string]any{"host": "127.0.0.1", "port": pA, "cert": e.certA, "key": e.keyA, "passwrd": "x"}, want: []string{"/clientCertificates/0"}},
		{name: "malformed manifest", raw: `{"clientCertificates": [`, want: []string{"certs.json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(e.dir, "certs.json")
			if tc.raw != "" {
				os.WriteFile(path, []byte(tc.raw), 0o600)
			} else {
				writeJSON(t, path, map[string]any{"caCertificates": []string{e.caPath}, "clientCertificates": []any{tc.entry}})
			}
			before := e.hitsA.Load()
			res := runCLI(t, nil, "run", col, "--certs", path)
			if res.code != ExitUsage {
				t.Fatalf("exit %d, want 2\n%s\n%s", res.code, res.out, res.err)
			}
			for _, w := range tc.want {
				if !strings.Contains(res.err, w) {
					t.Errorf("stderr lacks %q:\n%s", w, res.err)
				}
			}
			if strings.Contains(res.err, "right") && tc.name == "wrong passphrase" {
				t.Errorf("stderr shows the passphrase")
			}
			if e.hitsA.Load() != before {
				t.Errorf("a request was sent")
			}
		})
	}
}

func TestMTLSLastEntryWinsWithWarning(t *testing.T) {
	e := newTLSEnv(t)
	otherA := certstest.NewCA(t, "unused").Leaf(t, certstest.LeafOpts{Client: true, CommonName: "shadowed"})
	oc, ok := otherA.WriteFiles(t, e.dir, "shadowed")
	manifest := writeJSON(t, filepath.Join(e.dir, "certs.json"), map[string]any{
		"caCertificates": []string{e.caPath},
		"clientCertificates": []any{
			map[string]any{"host": "127.0.0.1", "port": port(t, e.srvA), "cert": oc, "key": ok},
			map[string]any{"host": "127.0.0.1", "port": port(t, e.srvA), "cert": e.certA, "key": e.keyA},
		},
	})
	col := writeCollection(t, e.dir, tItem{name: "A", url: e.srvA.URL + "/a", tests: cnIs("client-alpha")})
	res := runCLI(t, nil, "run", col, "--certs", manifest, "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	if !strings.Contains(res.err+res.out, "shadow") {
		t.Errorf("no warning about the shadowed entry:\nstdout:\n%s\nstderr:\n%s", res.out, res.err)
	}
}

func TestMTLSNewmanFlags(t *testing.T) {
	e := newTLSEnv(t)
	// --ssl-client-cert for every host, and a cert list that overrides it
	// for server B (upper-case host, explicit port).
	list := writeJSON(t, filepath.Join(e.dir, "list.json"), []any{
		map[string]any{"name": "beta", "matches": []string{fmt.Sprintf("https://LOCALHOST:%d/*", port(t, e.srvB))}, "cert": map[string]any{"src": e.certB}, "key": map[string]any{"src": e.keyB}},
	})
	bURL := strings.Replace(e.srvB.URL, "127.0.0.1", "localhost", 1)
	col := writeCollection(t, e.dir,
		tItem{name: "A", url: e.srvA.URL + "/a", tests: cnIs("client-alpha")},
		tItem{name: "B", url: bURL + "/b", tests: cnIs("client-beta")},
	)
	res := runCLI(t, nil, "run", col, "--ssl-extra-ca-certs", e.caPath, "--ssl-client-cert", e.certA, "--ssl-client-key", e.keyA,
		"--ssl-client-cert-list", list, "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.out, res.err)
	}
}

func TestTLSErrorKinds(t *testing.T) {
	dir := t.TempDir()
	ca := certstest.NewCA(t, "trusted CA")
	caPath := ca.WritePEM(t, dir)
	other := certstest.NewCA(t, "untrusted CA")
	now := time.Now()
	hosts := []string{"127.0.0.1", "localhost"}
	clientCA := certstest.NewCA(t, "client CA")
	goodClient := clientCA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "good-client"})
	badClient := other.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "rogue-client"})
	gc, gk := goodClient.WriteFiles(t, dir, "good")
	bc, bk := badClient.WriteFiles(t, dir, "bad")

	servers := map[string]*httptest.Server{
		"expired":                   certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: ca.Leaf(t, certstest.LeafOpts{Hosts: hosts, NotBefore: now.Add(-48 * time.Hour), NotAfter: now.Add(-24 * time.Hour)})}),
		"notYetValid":               certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: ca.Leaf(t, certstest.LeafOpts{Hosts: hosts, NotBefore: now.Add(24 * time.Hour), NotAfter: now.Add(48 * time.Hour)})}),
		"unknownAuthority":          certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: other.Leaf(t, certstest.LeafOpts{Hosts: hosts})}),
		"selfSigned":                certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: certstest.SelfSigned(t, certstest.LeafOpts{Hosts: hosts})}),
		"hostnameMismatch":          certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: ca.Leaf(t, certstest.LeafOpts{Hosts: []string{"wrong.example"}})}),
		"clientCertificateRequired": certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: ca.Leaf(t, certstest.LeafOpts{Hosts: hosts}), ClientCAs: clientCA.Pool(), RequireClientCert: true}),
		"clientCertificateRejected": certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: ca.Leaf(t, certstest.LeafOpts{Hosts: hosts}), ClientCAs: clientCA.Pool(), RequireClientCert: true}),
		"protocolVersion":           certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: ca.Leaf(t, certstest.LeafOpts{Hosts: hosts}), MaxVersion: tls.VersionTLS12}),
	}
	_ = gc
	_ = gk
	manifest := writeJSON(t, filepath.Join(dir, "certs.json"), map[string]any{
		"caCertificates": []string{caPath},
		"clientCertificates": []any{
			map[string]any{"host": "127.0.0.1", "port": port(t, servers["clientCertificateRejected"]), "cert": bc, "key": bk},
		},
	})
	// Verification errors are fatal only with verification on; client
	// certificate and protocol errors always are.
	verificationKinds := map[string]bool{"expired": true, "notYetValid": true, "unknownAuthority": true, "selfSigned": true, "hostnameMismatch": true}
	for kind, srv := range servers {
		for _, mode := range []string{"strict", "insecure-flag", "strictSSL-false", "strictSSL-true-beats-k"} {
			t.Run(kind+"/"+mode, func(t *testing.T) {
				d := t.TempDir()
				var ppb map[string]any
				args := []string{}
				switch mode {
				case "insecure-flag":
					args = append(args, "-k")
				case "strictSSL-false":
					ppb = map[string]any{"strictSSL": false}
				case "strictSSL-true-beats-k":
					args = append(args, "-k")
					ppb = map[string]any{"strictSSL": true}
				}
				if kind == "protocolVersion" {
					if ppb == nil {
						ppb = map[string]any{}
					}
					ppb["tlsDisabledProtocols"] = []string{"TLSv1", "TLSv1_1", "TLSv1_2"}
				}
				col := writeCollection(t, d, tItem{name: kind, url: srv.URL + "/x", ppb: ppb})
				report := filepath.Join(d, "r.json")
				res := runCLI(t, nil, append([]string{"run", col, "--certs", manifest, "-r", "json", "--reporter-json-export", report}, args...)...)
				x := readReport(t, report).Run.Executions[0]
				if x.TLS == nil {
					t.Fatalf("no tls info; exit %d, stderr %s", res.code, res.err)
				}
				v := x.TLS.Verification
				lenient := (mode == "insecure-flag" || mode == "strictSSL-false") && verificationKinds[kind]
				// With verification off the problem is not an error: it is
				// reported as the kind verification would have failed with.
				if got := map[bool]string{true: v.WouldFailKind, false: v.ErrorKind}[lenient]; got != kind {
					t.Errorf("errorKind = %q, wouldFailKind = %q, want %q (error %q, request error %+v)", v.ErrorKind, v.WouldFailKind, kind, v.Error, x.RequestError)
				}
				if lenient {
					if res.code != ExitOK || x.RequestError != nil {
						t.Errorf("verification off: exit %d, request error %+v; want success", res.code, x.RequestError)
					}
					if v.Enabled || v.Verified || len(v.Warnings) == 0 {
						t.Errorf("verification off: %+v, want enabled=false verified=false with warnings", v)
					}
				} else {
					if res.code != ExitFailures || x.RequestError == nil {
						t.Errorf("exit %d, request error %+v; want a failed request", res.code, x.RequestError)
					}
					if v.Error == "" {
						t.Errorf("no error sentence")
					}
				}
			})
		}
	}
}

func TestExpiringCertificateWarnsOrFails(t *testing.T) {
	dir := t.TempDir()
	ca := certstest.NewCA(t, "CA")
	soon := ca.Leaf(t, certstest.LeafOpts{Hosts: []string{"127.0.0.1"}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(3 * 24 * time.Hour)})
	srv := certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{Cert: soon})
	col := writeCollection(t, dir, tItem{name: "soon", url: srv.URL + "/x"})
	caPath := ca.WritePEM(t, dir)
	report := filepath.Join(dir, "r.json")

	res := runCLI(t, nil, "run", col, "--ssl-extra-ca-certs", caPath, "-r", "cli,json", "--reporter-json-export", report, "--color", "off")
	if res.code != ExitOK {
		t.Fatalf("without --fail-on-cert-warnings: exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	x := readReport(t, report).Run.Executions[0]
	if x.TLS == nil || len(x.TLS.Verification.Warnings) == 0 || !strings.Contains(strings.Join(x.TLS.Verification.Warnings, " "), "expires in") {
		t.Errorf("no expiry warning: %+v", x.TLS)
	}
	res = runCLI(t, nil, "run", col, "--ssl-extra-ca-certs", caPath, "--cert-expiry-warning-days", "2", "--fail-on-cert-warnings", "--silent")
	if res.code != ExitOK {
		t.Errorf("3 days left with a 2-day threshold: exit %d, want 0\n%s", res.code, res.err)
	}
	res = runCLI(t, nil, "run", col, "--ssl-extra-ca-certs", caPath, "--cert-expiry-warning-days", "14", "--fail-on-cert-warnings", "--color", "off")
	if res.code != ExitFailures || !strings.Contains(res.out, "--fail-on-cert-warnings") {
		t.Errorf("with --fail-on-cert-warnings: exit %d, want 1\n%s\n%s", res.code, res.out, res.err)
	}
}

func TestJSONLogRecords(t *testing.T) {
	e := newTLSEnv(t)
	const pass = "Log-Secret-Passphrase"
	encKey := e.clientA.WriteEncryptedKey(t, e.dir, "alpha-enc", pass, false)
	manifest := writeJSON(t, filepath.Join(e.dir, "certs.json"), map[string]any{
		"caCertificates":     []string{e.caPath},
		"clientCertificates": []any{map[string]any{"host": "127.0.0.1", "port": port(t, e.srvA), "cert": e.certA, "key": encKey, "passphraseEnv": "KEY_PASS"}},
	})
	col := writeCollection(t, e.dir,
		tItem{name: "A", url: e.srvA.URL + "/a", tests: cnIs("client-alpha")},
		tItem{name: "A again", url: e.srvA.URL + "/b", tests: cnIs("client-alpha")},
	)
	res := runCLI(t, map[string]string{"KEY_PASS": pass}, "run", col, "--certs", manifest, "-r", "junit",
		"--reporter-junit-export", filepath.Join(e.dir, "j.xml"), "--log-level", "info", "--log-format", "json")
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s", res.code, res.err)
	}
	if strings.Contains(res.err, pass) || strings.Contains(res.err, "PRIVATE KEY") {
		t.Fatalf("logs contain secrets:\n%s", res.err)
	}
	var records []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(res.err), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q: %v", line, err)
		}
		if rec["msg"] == "request" {
			records = append(records, rec)
		}
	}
	if len(records) != 2 {
		t.Fatalf("got %d request records, want 2:\n%s", len(records), res.err)
	}
	for _, rec := range records {
		for _, field := range []string{"item", "method", "url", "status", "time_ms", "tls_version", "client_cert", "client_cert_sent", "tls_verified", "level", "time"} {
			if _, ok := rec[field]; !ok {
				t.Errorf("record lacks %q: %v", field, rec)
			}
		}
		if !strings.Contains(fmt.Sprint(rec["client_cert"]), "client-alpha") || rec["tls_verified"] != true {
			t.Errorf("record TLS fields: %v", rec)
		}
	}
}

func TestMTLSWildcardEntryWithResolve(t *testing.T) {
	dir := t.TempDir()
	ca := certstest.NewCA(t, "server CA")
	clientCA := certstest.NewCA(t, "client CA")
	client := clientCA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "wildcard-client"})
	exact := clientCA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "exact-client"})
	cc, ck := client.WriteFiles(t, dir, "wild")
	ec, ek := exact.WriteFiles(t, dir, "exact")
	srv := certstest.NewTLSServer(t, whoHandler(nil), certstest.ServerOpts{
		Cert:      ca.Leaf(t, certstest.LeafOpts{Hosts: []string{"api.eu.example.test", "pay.example.test"}}),
		ClientCAs: clientCA.Pool(), RequireClientCert: true,
	})
	p := port(t, srv)
	manifest := writeJSON(t, filepath.Join(dir, "certs.json"), map[string]any{
		"caCertificates": []string{ca.WritePEM(t, dir)},
		"clientCertificates": []any{
			map[string]any{"host": "pay.example.test", "port": p, "cert": ec, "key": ek},
			map[string]any{"host": "*.EXAMPLE.test", "port": p, "cert": cc, "key": ck},
		},
	})
	col := writeCollection(t, dir,
		tItem{name: "wildcard, two levels deep", url: fmt.Sprintf("https://API.eu.example.test:%d/x", p), tests: cnIs("wildcard-client")},
		tItem{name: "exact beats wildcard", url: fmt.Sprintf("https://pay.example.test:%d/x", p), tests: cnIs("exact-client")},
	)
	res := runCLI(t, nil, "run", col, "--certs", manifest, "--color", "off",
		"--resolve", fmt.Sprintf("api.eu.example.test:%d:127.0.0.1", p),
		"--resolve", fmt.Sprintf("pay.example.test:%d:127.0.0.1", p))
	if res.code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.out, res.err)
	}
}

func TestCertsCheckAndInspectCommands(t *testing.T) {
	e := newTLSEnv(t)
	const pass = "Check-Passphrase"
	encKey := e.clientB.WriteEncryptedKey(t, e.dir, "beta-enc", pass, false)
	manifest := writeJSON(t, filepath.Join(e.dir, "certs.json"), map[string]any{
		"caCertificates": []string{e.caPath},
		"clientCertificates": []any{
			map[string]any{"host": "127.0.0.1", "port": port(t, e.srvA), "cert": e.certA, "key": e.keyA},
			map[string]any{"host": "127.0.0.1", "port": port(t, e.srvB), "cert": e.certB, "key": encKey, "passphraseEnv": "B_PASS"},
		},
	})
	env := map[string]string{"B_PASS": pass}

	res := runCLI(t, env, "certs", "check", manifest)
	if res.code != ExitOK {
		t.Fatalf("certs check: exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	for _, want := range []string{"client-alpha", "client-beta", fmt.Sprintf("127.0.0.1:%d", port(t, e.srvB))} {
		if !strings.Contains(res.out, want) {
			t.Errorf("certs check output lacks %q:\n%s", want, res.out)
		}
	}
	if strings.Contains(res.out+res.err, pass) {
		t.Errorf("certs check printed the passphrase")
	}
	if res := runCLI(t, map[string]string{"B_PASS": "wrong"}, "certs", "check", manifest); res.code != ExitUsage || !strings.Contains(res.err, "clientCertificates[1]") {
		t.Errorf("certs check with a wrong passphrase: exit %d, stderr %q", res.code, res.err)
	}

	res = runCLI(t, env, "certs", "inspect", e.srvB.URL, "--certs", manifest)
	if res.code != ExitOK {
		t.Fatalf("certs inspect: exit %d\n%s\n%s", res.code, res.out, res.err)
	}
	for _, want := range []string{"client-beta", "server CA"} {
		if !strings.Contains(res.out, want) {
			t.Errorf("certs inspect output lacks %q:\n%s", want, res.out)
		}
	}
	// Without the manifest the CA is unknown and no certificate is sent.
	res = runCLI(t, nil, "certs", "inspect", e.srvB.URL)
	if res.code != ExitFailures || !strings.Contains(res.out+res.err, "unknown") {
		t.Errorf("certs inspect without trust: exit %d\n%s\n%s", res.code, res.out, res.err)
	}
}
