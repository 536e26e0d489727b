package certs

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Match returns the client certificate for a connection to host:port (nil and
// false when none applies). host is matched case-insensitively.
//
// Manifest entries come first: an exact host beats a wildcard, a longer
// wildcard ("*.a.example.com") beats a shorter one ("*.example.com"), "*"
// comes last, and among equal matches the last entry wins. Then the
// --ssl-client-cert-list entries, the first matching one in file order (as
// Newman). Then --ssl-client-cert, which applies to every host.
func (s *Store) Match(host string, port int) (*Entry, bool) {
	if s == nil {
		return nil, false
	}
	h := normalizeHost(host)
	if port == 0 {
		port = 443
	}
	var best *Entry
	bestScore := 0
	for _, e := range s.manifest {
		if e.Port != port {
			continue
		}
		if sc := hostScore(e.Host, h); sc > 0 && sc >= bestScore {
			best, bestScore = e, sc
		}
	}
	if best != nil {
		return best, true
	}
	for _, e := range s.certList {
		for _, p := range e.patterns {
			if p.matches(h, port) {
				return e, true
			}
		}
	}
	if s.flag != nil {
		return s.flag, true
	}
	return nil, false
}

// hostScore rates how specifically pattern matches host: 0 no match, 1 "*",
// 2+len for "*.suffix", and a large value for an exact match.
func hostScore(pattern, host string) int {
	switch {
	case pattern == host:
		return 1 << 20
	case pattern == "*":
		return 1
	case strings.HasPrefix(pattern, "*."):
		suffix := pattern[1:] // ".example.com"
		if strings.HasSuffix(host, suffix) && len(host) > len(suffix) {
			return 2 + len(suffix)
		}
	}
	return 0
}

// urlPattern is a parsed Newman `matches` pattern. Only protocol, host and
// port take part: a certificate is chosen per connection, before any path is
// known.
type urlPattern struct {
	all     bool
	https   bool
	host    *regexp.Regexp // nil: any host
	anyPort bool
	port    int
}

var patternRE = regexp.MustCompile(`^([A-Za-z*]+(?:\+[A-Za-z]+)*)://(\[[^\]]*\]|[^/:]*)(:\*|:\d+)?(/.*)?$`)

// parsePattern parses a Newman UrlMatchPattern. Unlike Newman it compares
// hosts case-insensitively, treats every "*" in the host as a wildcard, and
// accepts patterns without a path. It reports whether the path is something
// other than "/*" (the path is ignored).
func parsePattern(s string) (p urlPattern, pathIgnored bool, err error) {
	if s == "<all_urls>" {
		return urlPattern{all: true, https: true, anyPort: true}, false, nil
	}
	m := patternRE.FindStringSubmatch(s)
	if m == nil {
		return p, false, fmt.Errorf("matches pattern %q is not <all_urls> or protocol://host[:port]/path", s)
	}
	for _, proto := range strings.Split(strings.ToLower(m[1]), "+") {
		switch proto {
		case "https", "*":
			p.https = true
		case "http", "file", "ftp":
		default:
			return p, false, fmt.Errorf("matches pattern %q: unknown protocol %q", s, proto)
		}
	}
	host := normalizeHost(m[2])
	if host == "" {
		return p, false, fmt.Errorf("matches pattern %q has no host", s)
	}
	if host != "*" {
		var b strings.Builder
		b.WriteString("^")
		rest := host
		if strings.HasPrefix(rest, "*.") {
			// As Newman: "*.example.com" also matches example.com.
			b.WriteString(`(?:.*\.)?`)
			rest = rest[2:]
		}
		for i, part := range strings.Split(rest, "*") {
			if i > 0 {
				b.WriteString(".*")
			}
			b.WriteString(regexp.QuoteMeta(part))
		}
		b.WriteString("$")
		p.host = regexp.MustCompile(b.String())
	}
	switch {
	case m[3] == ":*":
		p.anyPort = true
	case m[3] != "":
		n, err := strconv.Atoi(m[3][1:])
		if err != nil || n < 1 || n > 65535 {
			return p, false, fmt.Errorf("matches pattern %q: invalid port", s)
		}
		p.port = n
	default:
		p.port = 443
	}
	return p, m[4] != "" && m[4] != "/*" && m[4] != "/", nil
}

func (p urlPattern) matches(host string, port int) bool {
	if !p.https {
		return false
	}
	if p.all {
		return true
	}
	if !p.anyPort && p.port != port {
		return false
	}
	return p.host == nil || p.host.MatchString(host)
}

// srcField is a cert-list file reference: "path" or {"src": "path"}.
type srcField string

func (f *srcField) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*f = srcField(s)
		return nil
	}
	var o struct {
		Src string `json:"src"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return errors.New(`must be a path or {"src": path}`)
	}
	*f = srcField(o.Src)
	return nil
}

type certListEntry struct {
	Name       string   `json:"name"`
	Matches    []string `json:"matches"`
	Key        srcField `json:"key"`
	Cert       srcField `json:"cert"`
	PFX        srcField `json:"pfx"`
	Passphrase string   `json:"passphrase"`
}

// listPath resolves a cert-list path: ~ expanded, then relative to the
// current directory (as Newman), else relative to the list's directory.
func listPath(listDir, p string) string {
	r := resolvePath("", p)
	if filepath.IsAbs(r) {
		return r
	}
	if _, err := os.Stat(r); err == nil {
		return r
	}
	if alt := filepath.Join(listDir, r); fileExists(alt) {
		return alt
	}
	return r
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func (l *loader) loadCertList(path string) {
	src := "--ssl-client-cert-list " + path
	data, err := os.ReadFile(path)
	if err != nil {
		l.problem(Problem{Source: src, Err: fmt.Errorf("cannot read: %w", unwrapPath(err)), Hint: "check the path"})
		return
	}
	var list []certListEntry
	if err := json.Unmarshal(data, &list); err != nil {
		l.problem(Problem{Source: src, Err: fmt.Errorf("parse: %w", jsonErr(data, err)), Hint: `the file must be a JSON array of {"name", "matches", "cert", "key", "pfx", "passphrase"}`})
		return
	}
	dir := filepath.Dir(path)
	for i, ce := range list {
		name := fmt.Sprintf("[%d]", i)
		if ce.Name != "" {
			name = fmt.Sprintf("[%d] %q", i, ce.Name)
		}
		prob := func(file string, err error, hint string) {
			l.problem(Problem{Source: src, Entry: name, File: file, Err: err, Hint: hint})
		}
		if len(ce.Matches) == 0 {
			prob("", errors.New("no matches patterns"), `add "matches": ["https://host/*"] (Newman silently skips such requests)`)
			continue
		}
		var pats []urlPattern
		bad := false
		for _, m := range ce.Matches {
			p, pathIgnored, err := parsePattern(m)
			if err != nil {
				prob("", err, `use e.g. "https://api.example.com/*" or "https://*.example.com:8443/*"`)
				bad = true
				continue
			}
			if !p.https {
				l.warn("--ssl-client-cert-list %s %s: matches pattern %q never applies to HTTPS URLs", path, name, m)
			}
			if pathIgnored {
				l.warn("--ssl-client-cert-list %s %s: the path of matches pattern %q is ignored: certificates are chosen per host and port", path, name, m)
			}
			pats = append(pats, p)
		}
		if bad {
			continue
		}
		l.secret(ce.Passphrase)
		pass := passphrase{value: ce.Passphrase, set: ce.Passphrase != "",
			fix: "correct the entry's passphrase for the %s", unsetFix: "set the entry's passphrase to the %s"}
		var cert = struct{ ok bool }{}
		e := &Entry{Source: fmt.Sprintf("--ssl-client-cert-list %s%s", filepath.Base(path), name), Matches: ce.Matches, origin: originCertList, index: i, patterns: pats}
		switch {
		case ce.PFX != "" && (ce.Cert != "" || ce.Key != ""):
			prob("", errors.New("both pfx and cert/key are set"), "keep one")
			continue
		case ce.PFX != "":
			label := fmt.Sprintf("pfx %q", string(ce.PFX))
			b, err := os.ReadFile(listPath(dir, string(ce.PFX)))
			if err != nil {
				prob(label, fmt.Errorf("cannot read: %w", unwrapPath(err)), "check the path (relative to the current directory, as in Newman)")
				continue
			}
			e.cert, cert.ok = l.fromPFX(b, pass, label, prob)
		case ce.Cert != "":
			certLabel := fmt.Sprintf("cert %q", string(ce.Cert))
			cb, err := os.ReadFile(listPath(dir, string(ce.Cert)))
			if err != nil {
				prob(certLabel, fmt.Errorf("cannot read: %w", unwrapPath(err)), "check the path (relative to the current directory, as in Newman)")
				continue
			}
			var kb []byte
			keyLabel := ""
			if ce.Key != "" {
				keyLabel = fmt.Sprintf("key %q", string(ce.Key))
				kb, err = os.ReadFile(listPath(dir, string(ce.Key)))
				if err != nil {
					prob(keyLabel, fmt.Errorf("cannot read: %w", unwrapPath(err)), "check the path (relative to the current directory, as in Newman)")
					continue
				}
			}
			e.cert, cert.ok = l.fromPEM(cb, certLabel, kb, keyLabel, pass, prob)
		default:
			prob("", errors.New("no certificate"), `set "cert" and "key", or "pfx"`)
			continue
		}
		if !cert.ok {
			continue
		}
		e.Leaf = e.cert.Leaf
		l.store.certList = append(l.store.certList, e)
	}
}

func (l *loader) loadFlagCert() {
	o := l.opts
	src := "--ssl-client-cert"
	prob := func(file string, err error, hint string) {
		l.problem(Problem{Source: src, File: file, Err: err, Hint: hint})
	}
	if o.ClientCert == "" {
		prob("", errors.New("--ssl-client-key given without --ssl-client-cert"), "pass --ssl-client-cert too")
		return
	}
	l.secret(o.ClientPassphrase)
	pass := passphrase{value: o.ClientPassphrase, set: o.ClientPassphrase != "",
		fix: "correct --ssl-client-passphrase (the %s)", unsetFix: "pass --ssl-client-passphrase with the %s"}
	certLabel := fmt.Sprintf("%q", o.ClientCert)
	data, err := os.ReadFile(resolvePath("", o.ClientCert))
	if err != nil {
		prob(certLabel, fmt.Errorf("cannot read: %w", unwrapPath(err)), "check the path")
		return
	}
	ext := strings.ToLower(filepath.Ext(o.ClientCert))
	isPFX := ext == ".pfx" || ext == ".p12"
	if !isPFX && o.ClientKey == "" && !strings.Contains(string(data), "-----BEGIN") {
		if _, err := parseCertificates(data); err != nil {
			isPFX = true // binary and not a DER certificate: PKCS#12
		}
	}
	var e = &Entry{Source: "--ssl-client-cert", origin: originFlag}
	var ok bool
	if isPFX {
		if o.ClientKey != "" {
			l.warn("--ssl-client-key is ignored: %s is a PKCS#12 file holding the key", o.ClientCert)
		}
		e.cert, ok = l.fromPFX(data, pass, certLabel, prob)
	} else {
		var kb []byte
		keyLabel := ""
		if o.ClientKey != "" {
			keyLabel = fmt.Sprintf("--ssl-client-key %q", o.ClientKey)
			kb, err = os.ReadFile(resolvePath("", o.ClientKey))
			if err != nil {
				prob(keyLabel, fmt.Errorf("cannot read: %w", unwrapPath(err)), "check the path")
				return
			}
		}
		e.cert, ok = l.fromPEM(data, certLabel, kb, keyLabel, pass, prob)
	}
	if !ok {
		return
	}
	e.Leaf = e.cert.Leaf
	l.store.flag = e
}
