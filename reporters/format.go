package reporters

import (
	"fmt"
	"math"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/runner/result"
)

// Redacted replaces sensitive header values in reports.
const Redacted = "[redacted]"

// sensitiveHeaders are the header names whose values are redacted.
var sensitiveHeaders = map[string]bool{
	"authorization":       true,
	"proxy-authorization": true,
	"cookie":              true,
	"set-cookie":          true,
}

// redactHeaders returns a copy of hs with sensitive values replaced, or hs
// itself when show is true.
func redactHeaders(hs []result.Header, show bool) []result.Header {
	if show || hs == nil {
		return hs
	}
	out := make([]result.Header, len(hs))
	for i, h := range hs {
		if sensitiveHeaders[strings.ToLower(strings.TrimSpace(h.Key))] {
			h.Value = Redacted
		}
		out[i] = h
	}
	return out
}

// redactURL hides the password of a URL's user information.
func redactURL(raw string, show bool) string {
	if show || !strings.Contains(raw, "@") {
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, ok := u.User.Password(); !ok {
		return raw
	}
	u.User = url.UserPassword(u.User.Username(), "redacted")
	return u.String()
}

// formatBytes prints a size as Newman does: 259B, 1.23kB, 4.5MB.
func formatBytes(n int64) string {
	if n < 1000 {
		return fmt.Sprintf("%dB", n)
	}
	units := []string{"kB", "MB", "GB", "TB"}
	v := float64(n)
	for i, u := range units {
		v /= 1000
		if v < 1000 || i == len(units)-1 {
			return trimFloat(v, 2) + u
		}
	}
	return "" // unreachable
}

// formatDuration prints milliseconds as Newman's pretty-ms does: 45ms, 1.2s,
// 1m 3.4s, 2h 1m 3s.
func formatDuration(ms float64) string {
	ms = finite(ms)
	if ms < 0 {
		ms = 0
	}
	if math.Round(ms) < 1000 {
		return fmt.Sprintf("%dms", int64(math.Round(ms)))
	}
	secs := ms / 1000
	if secs < 60 {
		return trimFloat(secs, 1) + "s"
	}
	total := int64(math.Round(secs))
	h, m, s := total/3600, total/60%60, total%60
	if h > 0 {
		return fmt.Sprintf("%dh %dm %ds", h, m, s)
	}
	rest := secs - float64(total/60*60)
	return fmt.Sprintf("%dm %ss", m, trimFloat(math.Max(rest, 0), 1))
}

// trimFloat formats v with at most prec decimals, without trailing zeros.
func trimFloat(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// hostPort returns "host:port" of a URL, with the scheme's default port when
// none is given, or "" when the URL has no host.
func hostPort(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	port := u.Port()
	if port == "" {
		switch strings.ToLower(u.Scheme) {
		case "http":
			port = "80"
		default:
			port = "443"
		}
	}
	return net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

// clip shortens s to at most n runes, saying how much was cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + fmt.Sprintf("... (%d more characters)", len(r)-n)
}

// sanitizeXML removes characters that XML 1.0 cannot carry (most control
// characters, surrogates, U+FFFE/U+FFFF and invalid UTF-8).
func sanitizeXML(s string) string {
	clean := true
	for _, r := range s {
		if !xmlChar(r) {
			clean = false
			break
		}
	}
	if clean && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		if r == utf8.RuneError && size == 1 {
			continue
		}
		if xmlChar(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		(r >= 0x20 && r <= 0xD7FF) ||
		(r >= 0xE000 && r <= 0xFFFD) ||
		(r >= 0x10000 && r <= 0x10FFFF)
}

// stripControl replaces control characters other than newline and tab with
// the Unicode replacement glyph for the CLI, so a script cannot send escape
// sequences to the terminal.
func stripControl(s string) string {
	if !strings.ContainsFunc(s, isBadControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBadControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

func isBadControl(r rune) bool {
	return r != '\n' && r != '\t' && unicode.IsControl(r)
}

// camelCase turns a suite name into Newman's JUnit classname form:
// "Folder A / uppercase host" becomes "FolderAUppercaseHost".
func camelCase(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r, size := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w[size:])
	}
	return b.String()
}

// tlsVerification describes a verification outcome in a few words:
// "verified", "failed (expired)", "skipped (verification off); would fail:
// expired".
func tlsVerification(v certs.Verification) string {
	switch {
	case !v.Enabled && v.WouldFailKind != "":
		return fmt.Sprintf("skipped (verification off); would fail: %s", v.WouldFailKind)
	case !v.Enabled && v.ErrorKind != "":
		return fmt.Sprintf("skipped (verification off); failed: %s", v.ErrorKind)
	case !v.Enabled:
		return "skipped (verification off)"
	case v.Verified:
		return "verified"
	case v.ErrorKind != "":
		return fmt.Sprintf("failed (%s)", v.ErrorKind)
	default:
		return "failed"
	}
}

// tlsFailed reports whether verification was on and failed.
func tlsFailed(v certs.Verification) bool {
	return v.Enabled && !v.Verified
}

// clientCertSummary describes the client certificate of a connection.
func clientCertSummary(c certs.ClientCertificate) string {
	switch {
	case c.Sent:
		s := "sent " + orNone(c.Subject)
		if c.Source != "" {
			s += " from " + c.Source
		}
		return s
	case c.Requested:
		return "requested by the server, none sent"
	default:
		return "none"
	}
}

// expiry says when a certificate expires relative to the run: "expires in
// 30 days (2027-01-03)" or "expired 3 days ago (2026-12-01)".
func expiry(c certs.CertificateInfo) string {
	date := c.NotAfter.UTC().Format("2006-01-02")
	switch d := c.DaysRemaining; {
	case d == -1:
		return fmt.Sprintf("expired 1 day ago (%s)", date)
	case d < 0:
		return fmt.Sprintf("expired %d days ago (%s)", -d, date)
	case d == 0:
		return fmt.Sprintf("expires today (%s)", date)
	case d == 1:
		return fmt.Sprintf("expires in 1 day (%s)", date)
	default:
		return fmt.Sprintf("expires in %d days (%s)", d, date)
	}
}

func orNone(s string) string {
	if s == "" {
		return "(no subject)"
	}
	return s
}

// tlsLines renders a certs.Info as a compact, human-readable block, one
// statement per line, without indentation.
func tlsLines(info *certs.Info) []string {
	var lines []string
	first := []string{}
	if info.Version != "" {
		first = append(first, info.Version)
	}
	if info.CipherSuite != "" {
		first = append(first, info.CipherSuite)
	}
	if info.ServerName != "" {
		first = append(first, "server name "+info.ServerName)
	}
	if info.ALPN != "" {
		first = append(first, "ALPN "+info.ALPN)
	}
	if len(first) > 0 {
		lines = append(lines, strings.Join(first, ", "))
	}
	lines = append(lines, "client certificate: "+clientCertSummary(info.ClientCertificate))
	if cc := info.ClientCertificate; cc.Requested && len(cc.AcceptableCAs) > 0 {
		lines = append(lines, "  acceptable CAs: "+strings.Join(cc.AcceptableCAs, "; "))
	}
	for i, c := range info.ServerCertificates {
		label := "server certificate: "
		if i > 0 {
			label = fmt.Sprintf("  chain[%d]: ", i)
		}
		s := label + orNone(c.Subject) + ", issuer " + orNone(c.Issuer) + ", " + expiry(c)
		if c.SelfSigned {
			s += ", self-signed"
		}
		lines = append(lines, s)
		if i == 0 && (len(c.DNSNames) > 0 || len(c.IPAddresses) > 0) {
			lines = append(lines, "  names: "+strings.Join(append(append([]string{}, c.DNSNames...), c.IPAddresses...), ", "))
		}
	}
	v := "verification: " + tlsVerification(info.Verification)
	if info.Verification.Error != "" {
		v += ": " + info.Verification.Error
	}
	lines = append(lines, v)
	for _, w := range info.Verification.Warnings {
		lines = append(lines, "warning: "+w)
	}
	return lines
}

// finite returns v, or 0 when v is NaN or infinite (which JSON cannot
// carry and which an empty run's statistics may hold).
func finite(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// tlsHost is what the certificates summaries know about one host:port.
type tlsHost struct {
	key       string
	requests  int
	last      *certs.Info
	failed    *certs.Info // the first connection whose verification failed
	clients   []string    // subjects of the client certificates sent
	source    string
	requested bool // requested by the server at least once without a certificate sent
	warnings  []string
}

// tlsHosts aggregates TLS diagnostics per host:port, in first-seen order,
// for the cli and github reporters' certificates summaries.
type tlsHosts struct {
	byKey map[string]*tlsHost
	list  []*tlsHost
}

// add records one connection's diagnostics and returns its host.
func (t *tlsHosts) add(rawURL string, info *certs.Info) *tlsHost {
	key := hostPort(rawURL)
	if key == "" {
		key = info.ServerName
	}
	h := t.byKey[key]
	if h == nil {
		if t.byKey == nil {
			t.byKey = map[string]*tlsHost{}
		}
		h = &tlsHost{key: key}
		t.byKey[key] = h
		t.list = append(t.list, h)
	}
	h.requests++
	h.last = info
	if tlsFailed(info.Verification) && h.failed == nil {
		h.failed = info
	}
	cc := info.ClientCertificate
	switch {
	case cc.Sent:
		if !slices.Contains(h.clients, cc.Subject) {
			h.clients = append(h.clients, cc.Subject)
		}
		h.source = cc.Source
	case cc.Requested:
		h.requested = true
	}
	for _, w := range info.Verification.Warnings {
		if !slices.Contains(h.warnings, w) {
			h.warnings = append(h.warnings, w)
		}
	}
	return h
}
