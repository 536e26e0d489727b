package certs

import (
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/certs/certstest"
	"github.com/runner-ci/runner/schemas"
)

// writeJSON writes v as JSON to dir/name and returns the path.
func writeJSON(t *testing.T, dir, name string, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// testOpts returns Options independent of the machine's trust store.
func testOpts(manifest string, env map[string]string) Options {
	return Options{ManifestPath: manifest, Getenv: envMap(env), SystemRoots: x509.NewCertPool()}
}

func TestLoadSources(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ca := certstest.NewCA(t, "Client CA")
	inter := ca.Intermediate(t, "Client Intermediate")
	ec := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "ec client"})
	chained := inter.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "chained client"})
	rsaCert := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "rsa client", RSA: true})

	const pass = "s3cret-Pass!"
	w := func(name string, data []byte) string {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
		return name // relative to the manifest's directory
	}
	ecCrt, ecKey := ec.WriteFiles(t, dir, "ec")
	chCrt, chKey := chained.WriteFiles(t, dir, "chained")
	rsaCrt, rsaKey := rsaCert.WriteFiles(t, dir, "rsa")
	combined := w("combined.pem", append(append([]byte{}, ec.CertPEM...), ec.KeyPEM...))
	pkcs8Key := w("ec-pkcs8.key", ec.PKCS8PEM(t))
	legacyEC := ec.WriteEncryptedKey(t, dir, "ec-legacy", pass, true)
	legacyRSA := rsaCert.WriteEncryptedKey(t, dir, "rsa-legacy", pass, true)
	encPKCS8 := ec.WriteEncryptedKey(t, dir, "ec-enc8", pass, false)
	encPKCS8RSA := rsaCert.WriteEncryptedKey(t, dir, "rsa-enc8", pass, false)
	pfxLegacy := chained.WritePFX(t, dir, "legacy", pass, true)
	pfxModern := chained.WritePFX(t, dir, "modern", pass, false)

	env := map[string]string{
		"CERT_PEM":  string(ec.CertPEM),
		"KEY_PEM":   string(ec.KeyPEM),
		"CERT_B64":  base64.StdEncoding.EncodeToString(chained.CertPEM),
		"KEY_B64":   base64.StdEncoding.EncodeToString(chained.KeyPEM),
		"KEY_ESC":   strings.ReplaceAll(string(ec.KeyPEM), "\n", `\n`),
		"PFX_B64":   base64.StdEncoding.EncodeToString(chained.PFX(t, pass, false)),
		"CERT_PASS": pass,
	}

	tests := []struct {
		name      string
		entry     map[string]any
		want      *certstest.Cert
		wantChain int
	}{
		{"pem sec1", map[string]any{"cert": filepath.Base(ecCrt), "key": filepath.Base(ecKey)}, ec, 1},
		{"pem chain", map[string]any{"cert": filepath.Base(chCrt), "key": filepath.Base(chKey)}, chained, 2},
		{"cert file holding the key", map[string]any{"cert": combined}, ec, 1},
		{"pkcs8", map[string]any{"cert": filepath.Base(ecCrt), "key": pkcs8Key}, ec, 1},
		{"pkcs1 rsa", map[string]any{"cert": filepath.Base(rsaCrt), "key": filepath.Base(rsaKey)}, rsaCert, 1},
		{"legacy encrypted sec1", map[string]any{"cert": filepath.Base(ecCrt), "key": filepath.Base(legacyEC), "passphrase": pass}, ec, 1},
		{"legacy encrypted pkcs1", map[string]any{"cert": filepath.Base(rsaCrt), "key": filepath.Base(legacyRSA), "passphraseEnv": "CERT_PASS"}, rsaCert, 1},
		{"encrypted pkcs8", map[string]any{"cert": filepath.Base(ecCrt), "key": filepath.Base(encPKCS8), "passphrase": pass}, ec, 1},
		{"encrypted pkcs8 rsa", map[string]any{"cert": filepath.Base(rsaCrt), "key": filepath.Base(encPKCS8RSA), "passphraseEnv": "CERT_PASS"}, rsaCert, 1},
		{"pfx legacy", map[string]any{"pfx": filepath.Base(pfxLegacy), "passphrase": pass}, chained, 2},
		{"pfx modern", map[string]any{"pfx": filepath.Base(pfxModern), "passphraseEnv": "CERT_PASS"}, chained, 2},
		{"pfx env base64", map[string]any{"pfxEnv": "PFX_B64", "passphraseEnv": "CERT_PASS"}, chained, 2},
		{"env pem", map[string]any{"certEnv": "CERT_PEM", "keyEnv": "KEY_PEM"}, ec, 1},
		{"env base64", map[string]any{"certEnv": "CERT_B64", "keyEnv": "KEY_B64"}, chained, 2},
		{"env escaped newlines", map[string]any{"certEnv": "CERT_PEM", "keyEnv": "KEY_ESC"}, ec, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			entry := map[string]any{"host": "api.example.com", "port": 8443}
			for k, v := range tt.entry {
				entry[k] = v
			}
			name := strings.ReplaceAll(tt.name, " ", "_") + ".json"
			m := writeJSON(t, dir, name, map[string]any{"clientCertificates": []any{entry}})
			s, err := Load(testOpts(m, env))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			e, ok := s.Match("api.example.com", 8443)
			if !ok {
				t.Fatal("Match(api.example.com, 8443) found nothing")
			}
			if !e.Leaf.Equal(tt.want.X509) {
				t.Errorf("leaf = %q, want %q", e.Leaf.Subject, tt.want.X509.Subject)
			}
			if got := len(e.cert.Certificate); got != tt.wantChain {
				t.Errorf("chain length = %d, want %d", got, tt.wantChain)
			}
			if want := name + " clientCertificates[0] (api.example.com:8443)"; e.Source != want {
				t.Errorf("Source = %q, want %q", e.Source, want)
			}
			for _, w := range s.Warnings() {
				if strings.Contains(w, pass) {
					t.Errorf("warning leaks the passphrase: %s", w)
				}
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ca := certstest.NewCA(t, "Client CA")
	c := ca.Leaf(t, certstest.LeafOpts{Client: true})
	other := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "other"})
	const pass = "right-passphrase"
	const wrong = "wrong-passphrase"
	crt, key := c.WriteFiles(t, dir, "c")
	_, otherKey := other.WriteFiles(t, dir, "other")
	pfx := c.WritePFX(t, dir, "client", pass, true)
	enc8 := c.WriteEncryptedKey(t, dir, "enc8", pass, false)
	legacy := c.WriteEncryptedKey(t, dir, "legacy", pass, true)
	garbage := filepath.Join(dir, "garbage.pem")
	os.WriteFile(garbage, []byte("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n"), 0o600)
	notPEM := filepath.Join(dir, "notpem.txt")
	os.WriteFile(notPEM, []byte("hello"), 0o600)

	env := map[string]string{"CLIENT_P12_PASS": wrong, "BAD_B64": "!!!not base64!!!"}
	tests := []struct {
		name    string
		entry   map[string]any
		want    []string // substrings of the error
		is      error
		secrets []string
	}{
		{
			name:  "pfx wrong passphrase from env",
			entry: map[string]any{"host": "*.internal.example", "pfx": filepath.Base(pfx), "passphraseEnv": "CLIENT_P12_PASS"},
			want:  []string{`clientCertificates[0] (*.internal.example:443): pfx "client.p12": wrong passphrase: set passphraseEnv CLIENT_P12_PASS to the PKCS#12 password`},
			is:    ErrWrongPassphrase, secrets: []string{wrong},
		},
		{
			name:  "pfx no passphrase",
			entry: map[string]any{"host": "a.example", "pfx": filepath.Base(pfx)},
			want:  []string{`clientCertificates[0] (a.example:443)`, `pfx "client.p12"`, "set passphraseEnv"},
			is:    ErrPassphraseRequired,
		},
		{
			name:  "encrypted pkcs8 wrong passphrase",
			entry: map[string]any{"host": "a.example", "port": 8443, "cert": filepath.Base(crt), "key": filepath.Base(enc8), "passphrase": wrong},
			want:  []string{`clientCertificates[0] (a.example:8443)`, `key "enc8.key"`, "wrong passphrase"},
			is:    ErrWrongPassphrase, secrets: []string{wrong},
		},
		{
			name:  "legacy pem wrong passphrase",
			entry: map[string]any{"host": "a.example", "cert": filepath.Base(crt), "key": filepath.Base(legacy), "passphrase": wrong},
			want:  []string{`key "legacy.key"`, "wrong passphrase"},
			is:    ErrWrongPassphrase, secrets: []string{wrong},
		},
		{
			name:  "encrypted key without passphrase",
			entry: map[string]any{"host": "a.example", "cert": filepath.Base(crt), "key": filepath.Base(enc8)},
			want:  []string{`key "enc8.key"`, "no passphrase given"},
			is:    ErrPassphraseRequired,
		},
		{
			name:  "missing file",
			entry: map[string]any{"host": "a.example", "cert": "nope.crt", "key": filepath.Base(key)},
			want:  []string{`cert "nope.crt"`, "no such file", "check the path"},
			is:    os.ErrNotExist,
		},
		{
			name:  "key mismatch",
			entry: map[string]any{"host": "a.example", "cert": filepath.Base(crt), "key": filepath.Base(otherKey)},
			want:  []string{`key "other.key"`, "does not match the certificate"},
			is:    ErrKeyMismatch,
		},
		{
			name:  "malformed certificate",
			entry: map[string]any{"host": "a.example", "cert": filepath.Base(garbage), "key": filepath.Base(key)},
			want:  []string{`cert "garbage.pem"`, "malformed"},
		},
		{
			name:  "not pem",
			entry: map[string]any{"host": "a.example", "cert": filepath.Base(notPEM), "key": filepath.Base(key)},
			want:  []string{`cert "notpem.txt"`, "not a PEM or DER certificate"},
		},
		{
			name:    "malformed pfx",
			entry:   map[string]any{"host": "a.example", "pfx": filepath.Base(notPEM), "passphrase": pass},
			want:    []string{`pfx "notpem.txt"`, "PKCS#12"},
			secrets: []string{pass},
		},
		{
			name:  "env unset",
			entry: map[string]any{"host": "a.example", "certEnv": "MISSING_CERT", "keyEnv": "MISSING_KEY"},
			want:  []string{"certEnv MISSING_CERT", "empty or unset", "export MISSING_CERT"},
		},
		{
			name:  "env not base64",
			entry: map[string]any{"host": "a.example", "pfxEnv": "BAD_B64"},
			want:  []string{"pfxEnv BAD_B64", "not base64"},
		},
		{
			name:  "pem and pfx",
			entry: map[string]any{"host": "a.example", "cert": "x", "pfx": "y"},
			want:  []string{"clientCertificates[0] (a.example:443)", "either cert+key"},
		},
		{
			name:    "no certificate",
			entry:   map[string]any{"host": "a.example", "passphrase": pass},
			want:    []string{"no certificate"},
			secrets: []string{pass},
		},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := writeJSON(t, dir, "certs"+string(rune('a'+i))+".json", map[string]any{"clientCertificates": []any{tt.entry}})
			s, err := Load(testOpts(m, env))
			if err == nil {
				t.Fatalf("Load succeeded (%d entries), want error", len(s.Entries()))
			}
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %T is not *LoadError: %v", err, err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, m+": ") {
				t.Errorf("error does not start with the manifest path:\n%s", msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error does not contain %q:\n%s", w, msg)
				}
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(err, %v) = false: %v", tt.is, err)
			}
			for _, sec := range append(tt.secrets, pass, wrong) {
				if strings.Contains(msg, sec) {
					t.Errorf("error leaks secret %q:\n%s", sec, msg)
				}
			}
		})
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	m := writeJSON(t, dir, "certs.json", map[string]any{"clientCertificates": []any{
		map[string]any{"host": "a.example", "cert": "a.crt", "key": "a.key"},
		map[string]any{"host": "b.example", "port": 8443, "pfx": "b.p12"},
	}})
	_, err := Load(testOpts(m, nil))
	var le *LoadError
	if !errors.As(err, &le) || len(le.Problems) != 2 {
		t.Fatalf("want a LoadError with 2 problems, got %v", err)
	}
	if !strings.Contains(le.Problems[1].Entry, "clientCertificates[1] (b.example:8443)") {
		t.Errorf("second problem entry = %q", le.Problems[1].Entry)
	}
}

func TestLoadSchemaErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	tests := []struct {
		name    string
		doc     string
		pointer string
	}{
		{"unknown root field", `{"clientCertificate": []}`, ""},
		{"unknown entry field", `{"clientCertificates": [{"host": "a.example", "crt": "x"}]}`, "/clientCertificates/0"},
		{"port type", `{"clientCertificates": [{"host": "a.example", "port": "443", "pfx": "x"}]}`, "/clientCertificates/0/port"},
		{"host with protocol", `{"clientCertificates": [{"host": "https://a.example", "pfx": "x"}]}`, "/clientCertificates/0/host"},
		{"missing host", `{"clientCertificates": [{"pfx": "x"}]}`, "/clientCertificates/0"},
		{"verification type", `{"sslVerification": "no"}`, "/sslVerification"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := filepath.Join(dir, "s"+string(rune('a'+i))+".json")
			os.WriteFile(p, []byte(tt.doc), 0o600)
			_, err := Load(testOpts(p, nil))
			var ve *schemas.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("error is not a schema ValidationError: %v", err)
			}
			found := false
			for _, pr := range ve.Problems {
				if pr.Pointer == tt.pointer {
					found = true
				}
			}
			if !found {
				t.Errorf("no problem at pointer %q: %+v", tt.pointer, ve.Problems)
			}
		})
	}
	t.Run("syntax error has a position", func(t *testing.T) {
		p := filepath.Join(dir, "syntax.json")
		os.WriteFile(p, []byte("{\n  \"caCertificates\": [,]\n}"), 0o600)
		_, err := Load(testOpts(p, nil))
		if err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("error = %v, want a line number", err)
		}
	})
}

func TestLoadPathsRelativeToManifestAndTilde(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "conf")
	os.MkdirAll(filepath.Join(sub, "ca"), 0o700)
	home := filepath.Join(dir, "home")
	os.MkdirAll(home, 0o700)
	t.Setenv("HOME", home)
	ca := certstest.NewCA(t, "Root")
	ca.WritePEM(t, filepath.Join(sub, "ca"))
	c := ca.Leaf(t, certstest.LeafOpts{Client: true})
	c.WriteFiles(t, home, "me")
	m := writeJSON(t, sub, "certs.json", map[string]any{
		"caCertificates":     []string{"ca/Root.pem"},
		"clientCertificates": []any{map[string]any{"host": "a.example", "cert": "~/me.crt", "key": "~/me.key"}},
	})
	s, err := Load(testOpts(m, nil))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if _, ok := s.Match("a.example", 443); !ok {
		t.Error("no match for a.example:443")
	}
	rows := s.Entries()
	if len(rows) != 2 || rows[1].Status != StatusCA || rows[1].Subject != "CN=Root,O=certstest" {
		t.Errorf("Entries() = %+v, want the client entry then the CA", rows)
	}
}

func TestExpiryWarningsAtLoad(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ca := certstest.NewCA(t, "CA")
	now := time.Now()
	mk := func(name string, nb, na time.Time) map[string]any {
		c := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: name, NotBefore: nb, NotAfter: na})
		crt, key := c.WriteFiles(t, dir, name)
		return map[string]any{"host": name + ".example", "cert": filepath.Base(crt), "key": filepath.Base(key)}
	}
	m := writeJSON(t, dir, "certs.json", map[string]any{
		"certificateExpiryWarningDays": 10,
		"clientCertificates": []any{
			mk("expired", now.Add(-48*time.Hour), now.Add(-24*time.Hour)),
			mk("future", now.Add(48*time.Hour), now.Add(96*time.Hour)),
			mk("soon", now.Add(-time.Hour), now.Add(5*24*time.Hour+time.Hour)),
			mk("fine", now.Add(-time.Hour), now.Add(30*24*time.Hour)),
		},
	})
	s, err := Load(testOpts(m, nil))
	if err != nil {
		t.Fatalf("expired client certificates must not fail loading: %v", err)
	}
	ws := strings.Join(s.Warnings(), "\n")
	for _, want := range []string{"(expired.example:443): client certificate \"CN=expired,O=certstest\" expired on", "(future.example:443): client certificate \"CN=future,O=certstest\" is not valid until", "(soon.example:443): client certificate \"CN=soon,O=certstest\" expires in 5 days"} {
		if !strings.Contains(ws, want) {
			t.Errorf("warnings lack %q:\n%s", want, ws)
		}
	}
	if strings.Contains(ws, "fine.example") {
		t.Errorf("unexpected warning about fine.example:\n%s", ws)
	}
	wantStatus := []string{StatusExpired, StatusNotYetValid, StatusExpiring, StatusOK}
	for i, e := range s.Entries() {
		if e.Status != wantStatus[i] {
			t.Errorf("Entries()[%d].Status = %q, want %q", i, e.Status, wantStatus[i])
		}
	}
	if s.ExpiryWarningDays() != 10 {
		t.Errorf("ExpiryWarningDays() = %d, want the manifest's 10", s.ExpiryWarningDays())
	}
	o := testOpts(m, nil)
	o.ExpiryWarningDays, o.ExpiryWarningDaysSet = 3, true
	s2, err := Load(o)
	if err != nil {
		t.Fatal(err)
	}
	if s2.ExpiryWarningDays() != 3 || strings.Contains(strings.Join(s2.Warnings(), "\n"), "soon.example") {
		t.Errorf("explicit flag must override the manifest: days=%d warnings=%v", s2.ExpiryWarningDays(), s2.Warnings())
	}
}

func TestInsecureAndSSLVerification(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	off := writeJSON(t, dir, "off.json", map[string]any{"sslVerification": false})
	on := writeJSON(t, dir, "on.json", map[string]any{"sslVerification": true})
	for _, tt := range []struct {
		manifest string
		insecure bool
		want     bool
	}{{"", false, true}, {"", true, false}, {off, false, false}, {on, true, false}, {on, false, true}} {
		o := testOpts(tt.manifest, nil)
		o.Insecure = tt.insecure
		s, err := Load(o)
		if err != nil {
			t.Fatal(err)
		}
		if s.VerifyByDefault() != tt.want {
			t.Errorf("manifest %q insecure %v: VerifyByDefault() = %v, want %v", filepath.Base(tt.manifest), tt.insecure, s.VerifyByDefault(), tt.want)
		}
	}
}

func TestExtraCACertsErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := filepath.Join(dir, "empty.pem")
	os.WriteFile(p, []byte("nothing"), 0o600)
	for _, path := range []string{p, filepath.Join(dir, "missing.pem")} {
		o := testOpts("", nil)
		o.ExtraCACerts = path
		_, err := Load(o)
		if err == nil || !strings.HasPrefix(err.Error(), "--ssl-extra-ca-certs: CA file") {
			t.Errorf("ExtraCACerts %s: error = %v", filepath.Base(path), err)
		}
	}
}
