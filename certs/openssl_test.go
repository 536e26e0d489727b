package certs

import (
	"errors"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/runner-ci/runner/certs/certstest"
)

// TestOpenSSLFiles loads PKCS#12 files and encrypted keys written by the
// openssl command (skipped when it is not installed), so that the formats
// real users have are covered, not only the ones our helpers write.
func TestOpenSSLFiles(t *testing.T) {
	t.Parallel()
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl not installed")
	}
	dir := t.TempDir()
	ca := certstest.NewCA(t, "OpenSSL CA")
	c := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "openssl client"})
	crt, key := c.WriteFiles(t, dir, "c")
	const pass = "openssl-pass"
	run := func(args ...string) bool {
		t.Helper()
		if b, err := exec.Command(openssl, args...).CombinedOutput(); err != nil {
			t.Logf("openssl %v: %v\n%s", args, err, b)
			return false
		}
		return true
	}
	p12 := func(name string, extra ...string) string {
		out := filepath.Join(dir, name)
		if !run(append([]string{"pkcs12", "-export", "-inkey", key, "-in", crt, "-passout", "pass:" + pass, "-out", out}, extra...)...) {
			return ""
		}
		return out
	}
	entries := map[string]map[string]any{}
	if f := p12("modern.p12"); f != "" {
		entries["pfx modern (AES-256, PBKDF2)"] = map[string]any{"pfx": f}
	}
	if f := p12("3des.p12", "-certpbe", "PBE-SHA1-3DES", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1"); f != "" {
		entries["pfx 3DES"] = map[string]any{"pfx": f}
	}
	if f := p12("legacy.p12", "-legacy"); f != "" {
		entries["pfx legacy (RC2-40)"] = map[string]any{"pfx": f}
	}
	if out := filepath.Join(dir, "trad.key"); run("ec", "-in", key, "-aes256", "-passout", "pass:"+pass, "-out", out) {
		entries["traditional encrypted EC key"] = map[string]any{"cert": crt, "key": out}
	}
	if out := filepath.Join(dir, "p8.key"); run("pkcs8", "-topk8", "-in", key, "-v2", "aes-256-cbc", "-passout", "pass:"+pass, "-out", out) {
		entries["encrypted PKCS#8 key"] = map[string]any{"cert": crt, "key": out}
	}
	if len(entries) < 4 {
		t.Fatalf("openssl produced only %d of 5 files", len(entries))
	}
	for name, e := range entries {
		e["host"] = "o.example"
		e["passphrase"] = pass
		m := writeJSON(t, dir, "m.json", map[string]any{"clientCertificates": []any{e}})
		s, err := Load(testOpts(m, nil))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got, ok := s.Match("o.example", 443); !ok || !got.Leaf.Equal(c.X509) {
			t.Errorf("%s: wrong certificate", name)
		}
		e["passphrase"] = "not-the-pass"
		m = writeJSON(t, dir, "m.json", map[string]any{"clientCertificates": []any{e}})
		if _, err := Load(testOpts(m, nil)); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("%s: wrong passphrase: error = %v, want ErrWrongPassphrase", name, err)
		}
	}
}
