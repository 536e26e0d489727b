package certs

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runner-ci/runner/certs/certstest"
)

// clientFiles writes one client certificate per name and returns cert/key
// paths by name.
func clientFiles(t *testing.T, dir string, names ...string) map[string][2]string {
	t.Helper()
	ca := certstest.NewCA(t, "Client CA")
	out := map[string][2]string{}
	for _, n := range names {
		c := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: n})
		crt, key := c.WriteFiles(t, dir, n)
		out[n] = [2]string{crt, key}
	}
	return out
}

func TestMatchManifest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	f := clientFiles(t, dir, "exact", "wild", "deepwild", "any", "port8443", "dup1", "dup2", "ip", "upper")
	entry := func(name, host string, port int) map[string]any {
		e := map[string]any{"host": host, "cert": f[name][0], "key": f[name][1]}
		if port != 0 {
			e["port"] = port
		}
		return e
	}
	m := writeJSON(t, dir, "certs.json", map[string]any{"clientCertificates": []any{
		entry("wild", "*.example.com", 0),
		entry("exact", "api.example.com", 0),
		entry("deepwild", "*.internal.example.com", 0),
		entry("any", "*", 9000),
		entry("port8443", "api.example.com", 8443),
		entry("dup1", "dup.example.org", 0),
		entry("dup2", "dup.example.org", 0),
		entry("ip", "127.0.0.1", 4443),
		entry("upper", "MiXeD.Example.NET", 0),
	}})
	s, err := Load(testOpts(m, nil))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		host string
		port int
		want string // CN, "" for none
	}{
		{"api.example.com", 443, "exact"},
		{"API.EXAMPLE.COM", 443, "exact"},
		{"api.example.com.", 443, "exact"},
		{"api.example.com", 0, "exact"},
		{"other.example.com", 443, "wild"},
		{"a.b.c.example.com", 443, "wild"},
		{"example.com", 443, ""},
		{"x.internal.example.com", 443, "deepwild"},
		{"y.x.internal.example.com", 443, "deepwild"},
		{"api.example.com", 8443, "port8443"},
		{"other.example.com", 8443, ""},
		{"anything.test", 9000, "any"},
		{"anything.test", 443, ""},
		{"dup.example.org", 443, "dup2"},
		{"127.0.0.1", 4443, "ip"},
		{"127.0.0.1", 443, ""},
		{"mixed.example.net", 443, "upper"},
		{"notexample.com", 443, ""},
	}
	for _, tt := range tests {
		e, ok := s.Match(tt.host, tt.port)
		got := ""
		if ok {
			got = e.Leaf.Subject.CommonName
		}
		if got != tt.want {
			t.Errorf("Match(%q, %d) = %q, want %q", tt.host, tt.port, got, tt.want)
		}
	}
	ws := s.Warnings()
	if len(ws) != 1 || !strings.Contains(ws[0], "clientCertificates[5] (dup.example.org:443) is shadowed by certs.json clientCertificates[6] (dup.example.org:443)") {
		t.Errorf("Warnings() = %q, want one shadow warning for entry 5", ws)
	}
	var shadowed []string
	for _, e := range s.Entries() {
		if e.Status == StatusShadowed {
			shadowed = append(shadowed, e.Entry)
		}
	}
	if len(shadowed) != 1 || !strings.Contains(shadowed[0], "clientCertificates[5]") {
		t.Errorf("shadowed entries = %q", shadowed)
	}
	hosts := s.ConfiguredHosts()
	if len(hosts) != 8 || hosts[0] != "*.example.com:443" || hosts[7] != "mixed.example.net:443" {
		t.Errorf("ConfiguredHosts() = %q", hosts)
	}
}

func TestParsePattern(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern string
		host    string
		port    int
		want    bool
	}{
		{"<all_urls>", "anything", 1234, true},
		{"https://test.domain1.com/*", "test.domain1.com", 443, true},
		{"https://test.domain1.com/*", "TEST.Domain1.com", 443, true},
		{"https://TEST.DOMAIN1.COM/*", "test.domain1.com", 443, true},
		{"https://test.domain1.com/*", "test.domain1.com", 8443, false},
		{"https://test.domain1.com:8443/*", "test.domain1.com", 8443, true},
		{"https://test.domain1.com:8443/*", "test.domain1.com", 443, false},
		{"https://test.domain1.com:*/*", "test.domain1.com", 9999, true},
		{"https://*.example.com/*", "example.com", 443, true},
		{"https://*.example.com/*", "a.b.example.com", 443, true},
		{"https://*.example.com/*", "badexample.com", 443, false},
		{"https://api-*.*.example.com/*", "api-eu.prod.example.com", 443, true},
		{"https://api-*.*.example.com/*", "web-eu.prod.example.com", 443, false},
		{"https://*/*", "any.host", 443, true},
		{"https://*/*", "any.host", 8443, false},
		{"http://api.example.com/*", "api.example.com", 443, false},
		{"http+https://api.example.com/*", "api.example.com", 443, true},
		{"*://api.example.com/*", "api.example.com", 443, true},
		{"https://api.example.com", "api.example.com", 443, true},
		{"https://[::1]:8443/*", "::1", 8443, true},
	}
	for _, tt := range tests {
		p, _, err := parsePattern(tt.pattern)
		if err != nil {
			t.Errorf("parsePattern(%q): %v", tt.pattern, err)
			continue
		}
		if got := p.matches(normalizeHost(tt.host), tt.port); got != tt.want {
			t.Errorf("pattern %q matches(%q, %d) = %v, want %v", tt.pattern, tt.host, tt.port, got, tt.want)
		}
	}
	for _, bad := range []string{"localhost", "https//x/*", "gopher://x/*", "https://x:99999/*", "https:///*"} {
		if _, _, err := parsePattern(bad); err == nil {
			t.Errorf("parsePattern(%q) succeeded, want error", bad)
		}
	}
}

func TestCertListAndFlagPrecedence(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	f := clientFiles(t, dir, "manifest", "list1", "list2", "flag")
	ca := certstest.NewCA(t, "PFX CA")
	pfxCert := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "listpfx"})
	pfxCert.WritePFX(t, dir, "list", "pfxpass", false)
	m := writeJSON(t, dir, "certs.json", map[string]any{"clientCertificates": []any{
		map[string]any{"host": "api.example.com", "cert": f["manifest"][0], "key": f["manifest"][1]},
	}})
	list := writeJSON(t, dir, "list.json", []any{
		map[string]any{"name": "one", "matches": []string{"https://*.example.com/*"}, "cert": map[string]string{"src": f["list1"][0]}, "key": map[string]string{"src": f["list1"][1]}},
		map[string]any{"name": "two", "matches": []string{"https://web.example.com/*", "https://other.test:8443/api/*"}, "cert": f["list2"][0], "key": f["list2"][1]},
		map[string]any{"name": "gamma", "matches": []string{"https://pfx.test:8443/*"}, "pfx": map[string]string{"src": "list.p12"}, "passphrase": "pfxpass"},
	})
	o := testOpts(m, nil)
	o.CertListPath = list
	o.ClientCert, o.ClientKey = f["flag"][0], f["flag"][1]
	s, err := Load(o)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		host string
		port int
		want string
	}{
		{"api.example.com", 443, "manifest"},
		{"web.example.com", 443, "list1"}, // first in file order, as Newman
		{"other.test", 8443, "list2"},
		{"pfx.test", 8443, "listpfx"},
		{"pfx.test", 443, "flag"},
		{"unrelated.test", 1234, "flag"},
	}
	for _, tt := range tests {
		e, ok := s.Match(tt.host, tt.port)
		if !ok || e.Leaf.Subject.CommonName != tt.want {
			t.Errorf("Match(%q, %d) = %v, want %q", tt.host, tt.port, e, tt.want)
		}
	}
	e, _ := s.Match("pfx.test", 8443)
	if e.Source != `--ssl-client-cert-list list.json[2] "gamma"` {
		t.Errorf("Source = %q", e.Source)
	}
	if !strings.Contains(strings.Join(s.Warnings(), "\n"), `path of matches pattern "https://other.test:8443/api/*" is ignored`) {
		t.Errorf("no warning about the ignored path: %q", s.Warnings())
	}
}

func TestCertListErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	f := clientFiles(t, dir, "c")
	tests := []struct {
		name string
		list any
		want string
	}{
		{"no matches", []any{map[string]any{"name": "x", "cert": f["c"][0], "key": f["c"][1]}}, `[0] "x": no matches patterns`},
		{"bad pattern", []any{map[string]any{"matches": []string{"localhost"}, "cert": f["c"][0], "key": f["c"][1]}}, `[0]: matches pattern "localhost" is not`},
		{"missing file", []any{map[string]any{"matches": []string{"<all_urls>"}, "cert": "nope.crt", "key": f["c"][1]}}, `[0]: cert "nope.crt": cannot read`},
		{"not an array", map[string]any{"matches": []string{}}, "JSON array"},
	}
	for i, tt := range tests {
		list := writeJSON(t, dir, "list"+string(rune('a'+i))+".json", tt.list)
		o := testOpts("", nil)
		o.CertListPath = list
		_, err := Load(o)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "--ssl-client-cert-list "+list) {
			t.Errorf("%s: error = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
}

func TestFlagCert(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ca := certstest.NewCA(t, "CA")
	c := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "flag"})
	crt, _ := c.WriteFiles(t, dir, "flag")
	encKey := c.WriteEncryptedKey(t, dir, "flag-enc", "flagpass", false)
	pfx := c.WritePFX(t, dir, "flag", "flagpass", true)
	noExt := filepath.Join(dir, "flagpfx")
	b, _ := os.ReadFile(pfx)
	os.WriteFile(noExt, b, 0o600)
	for _, tt := range []struct {
		name, cert, key, pass string
		wantErr               string
	}{
		{"pem with encrypted key", crt, encKey, "flagpass", ""},
		{"pfx", pfx, "", "flagpass", ""},
		{"pfx without extension", noExt, "", "flagpass", ""},
		{"pfx wrong passphrase", pfx, "", "nope-nope", "--ssl-client-cert: \"" + pfx + "\": wrong passphrase: correct --ssl-client-passphrase"},
		{"key wrong passphrase", crt, encKey, "nope-nope", "--ssl-client-cert: --ssl-client-key \"" + encKey + "\": wrong passphrase"},
		{"key only", "", encKey, "", "--ssl-client-key given without --ssl-client-cert"},
	} {
		o := testOpts("", nil)
		o.ClientCert, o.ClientKey, o.ClientPassphrase = tt.cert, tt.key, tt.pass
		s, err := Load(o)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: error = %v, want %q", tt.name, err, tt.wantErr)
			}
			if err != nil && strings.Contains(err.Error(), "nope-nope") {
				t.Errorf("%s: error leaks the passphrase", tt.name)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		e, ok := s.Match("any.host", 443)
		if !ok || e.Source != "--ssl-client-cert" || !e.Leaf.Equal(c.X509) {
			t.Errorf("%s: Match = %v", tt.name, e)
		}
		if got := fmt.Sprintf("%v|%+v|%s", e, *e, s); got != "--ssl-client-cert|--ssl-client-cert|certs.Store{1 client certificates, verify true, expiry warning 7 days}" {
			t.Errorf("%s: formatting an entry or store gives %q", tt.name, got)
		}
	}
}

func TestServerCertAsClientCertWarns(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	c := certstest.NewCA(t, "CA").Leaf(t, certstest.LeafOpts{}) // serverAuth only
	crt, key := c.WriteFiles(t, dir, "srv")
	m := writeJSON(t, dir, "certs.json", map[string]any{"clientCertificates": []any{map[string]any{"host": "a.example", "cert": crt, "key": key}}})
	s, err := Load(testOpts(m, nil))
	if err != nil {
		t.Fatal(err)
	}
	if ws := s.Warnings(); len(ws) != 1 || !strings.Contains(ws[0], "lacks clientAuth") {
		t.Errorf("Warnings() = %q", ws)
	}
}
