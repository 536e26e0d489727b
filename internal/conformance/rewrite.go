package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/runner-ci/runner/internal/echoserver"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Endpoints are the local stand-ins, each "127.0.0.1:port".
type Endpoints struct {
	// Echo serves postman-echo.com, httpbin.org, google.com and github.com,
	// over HTTP and HTTPS on the same port.
	Echo string
	// RawEcho replaces localhost:4041, Redirect localhost:4042.
	RawEcho, Redirect string
	// Expired replaces expired.badssl.com (HTTPS, expired certificate).
	Expired string
}

// EndpointsOf returns the endpoints of running echo servers.
func EndpointsOf(s *echoserver.Servers) Endpoints {
	return Endpoints{Echo: s.EchoAddr, RawEcho: s.RawEchoAddr, Redirect: s.RedirectAddr, Expired: s.ExpiredAddr}
}

// rewriter maps public hosts to the local endpoints inside one suite.
type rewriter struct {
	ep        Endpoints
	suite     Suite
	echoPort  string
	literals  []string // old, new pairs applied before the host rules
	hostRules []hostRule
}

type hostRule struct {
	re   *regexp.Regexp
	repl string
}

func newRewriter(s Suite, ep Endpoints) (*rewriter, error) {
	_, echoPort, err := net.SplitHostPort(ep.Echo)
	if err != nil {
		return nil, fmt.Errorf("echo endpoint %q: %w", ep.Echo, err)
	}
	_, rawPort, err := net.SplitHostPort(ep.RawEcho)
	if err != nil {
		return nil, fmt.Errorf("raw echo endpoint %q: %w", ep.RawEcho, err)
	}
	rw := &rewriter{ep: ep, suite: s, echoPort: echoPort}
	// whatwg-url builds "https://{{host.name}}:{{:p}}/..." from a variable
	// holding only the host name and one holding the port 443: give them the
	// echo's IP and port separately.
	rw.literals = []string{
		`pm.variables.set("host.name", "postman-echo.com")`, `pm.variables.set("host.name", "127.0.0.1")`,
		`pm.variables.set(":p", "443")`, `pm.variables.set(":p", "` + echoPort + `")`,
	}
	rw.hostRules = []hostRule{
		{regexp.MustCompile(`(?i)\b(?:www\.)?(?:postman-echo\.com|httpbin\.org|google\.com|github\.com)\b`), ep.Echo},
		{regexp.MustCompile(`(?i)\bexpired\.badssl\.com\b`), ep.Expired},
		{regexp.MustCompile(`\b(?:localhost|127\.0\.0\.1):4041\b`), ep.RawEcho},
		{regexp.MustCompile(`\b127\.1:4041\b`), "127.1:" + rawPort},
		{regexp.MustCompile(`\b(?:localhost|127\.0\.0\.1):4042\b`), ep.Redirect},
	}
	return rw, nil
}

// text rewrites every host occurrence in a string.
func (rw *rewriter) text(s string) string {
	for i := 0; i+1 < len(rw.literals); i += 2 {
		s = strings.ReplaceAll(s, rw.literals[i], rw.literals[i+1])
	}
	for _, r := range rw.hostRules {
		s = r.re.ReplaceAllLiteralString(s, r.repl)
	}
	return s
}

// hostPortFor maps a URL object's host (dot-joined) and port to a local
// endpoint; ok is false when the host is not one to rewrite.
func (rw *rewriter) hostPortFor(host, port string) (newHost []any, newPort string, ok bool) {
	split := func(addr string) ([]any, string) {
		h, p, _ := net.SplitHostPort(addr)
		var parts []any
		for _, x := range strings.Split(h, ".") {
			parts = append(parts, x)
		}
		return parts, p
	}
	lh := strings.ToLower(host)
	switch {
	case lh == "postman-echo.com" || lh == "httpbin.org" || lh == "google.com" || lh == "github.com" ||
		lh == "www.google.com" || lh == "www.github.com":
		h, p := split(rw.ep.Echo)
		return h, p, true
	case lh == "expired.badssl.com":
		h, p := split(rw.ep.Expired)
		return h, p, true
	case (lh == "localhost" || lh == "127.0.0.1") && port == "4041":
		h, p := split(rw.ep.RawEcho)
		return h, p, true
	case lh == "127.1" && port == "4041":
		_, p := split(rw.ep.RawEcho)
		return []any{"127", "1"}, p, true
	case (lh == "localhost" || lh == "127.0.0.1") && port == "4042":
		h, p := split(rw.ep.Redirect)
		return h, p, true
	}
	return nil, "", false
}

// skipKeys are members whose strings are labels, not request data: item and
// variable names end up in report names and must stay as they are.
var skipKeys = map[string]bool{"name": true, "description": true, "_postman_id": true, "id": true}

// value rewrites a decoded JSON value found under member key.
func (rw *rewriter) value(v any, key string) any {
	switch t := v.(type) {
	case object:
		t = rw.urlObject(t)
		t = rw.fileSource(t)
		for i := range t {
			t[i].Value = rw.value(t[i].Value, t[i].Key)
		}
		return t
	case []any:
		for i := range t {
			t[i] = rw.value(t[i], key)
		}
		return t
	case string:
		if skipKeys[key] {
			return t
		}
		return rw.text(t)
	}
	return v
}

// urlObject rewrites the parsed host/port of a URL object; its "raw" is
// rewritten as text like every other string.
func (rw *rewriter) urlObject(o object) object {
	hv, ok := o.get("host")
	if !ok {
		return o
	}
	if _, hasRaw := o.get("raw"); !hasRaw {
		if _, hasPath := o.get("path"); !hasPath {
			return o
		}
	}
	var host string
	switch h := hv.(type) {
	case string:
		host = h
	case []any:
		parts := make([]string, 0, len(h))
		for _, p := range h {
			s, ok := p.(string)
			if !ok {
				return o
			}
			parts = append(parts, s)
		}
		host = strings.Join(parts, ".")
	default:
		return o
	}
	port := ""
	if pv, ok := o.get("port"); ok && pv != nil {
		port = strings.Trim(fmt.Sprint(pv), `"`)
	}
	newHost, newPort, ok := rw.hostPortFor(host, port)
	if !ok {
		return o
	}
	if _, isString := hv.(string); isString {
		parts := make([]string, len(newHost))
		for i, p := range newHost {
			parts[i] = p.(string)
		}
		o = o.set("host", strings.Join(parts, "."), "")
	} else {
		o = o.set("host", newHost, "")
	}
	return o.set("port", newPort, "host")
}

// fileSource makes a form-data file "src" (a path relative to Newman's
// checkout, "test/integration/...") absolute in the suite folder.
func (rw *rewriter) fileSource(o object) object {
	src, ok := o.get("src")
	if !ok {
		return o
	}
	if t, _ := o.get("type"); t != "file" {
		return o
	}
	resolve := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		rel := strings.TrimPrefix(filepath.ToSlash(p), "test/integration/")
		if cand := filepath.Join(rw.suite.Root, filepath.FromSlash(rel)); existing(cand) != "" {
			return cand
		}
		if cand := filepath.Join(filepath.Dir(rw.suite.Collection), filepath.Base(p)); existing(cand) != "" {
			return cand
		}
		return p
	}
	switch s := src.(type) {
	case string:
		return o.set("src", resolve(s), "")
	case []any:
		out := make([]any, len(s))
		for i, e := range s {
			if str, ok := e.(string); ok {
				out[i] = resolve(str)
			} else {
				out[i] = e
			}
		}
		return o.set("src", out, "")
	}
	return o
}

// rewriteFile writes src to dst with every host rewritten. JSON files are
// rewritten structurally (keeping member order and a leading BOM); a file
// that is not UTF-8 JSON (e.g. UTF-16) or a CSV is rewritten as text, which
// leaves non-UTF-8 content untouched.
func (rw *rewriter) rewriteFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("read %q: %w", src, err)
	}
	out := []byte(rw.text(string(data)))
	if strings.HasSuffix(src, ".json") {
		body, bom := data, false
		if bytes.HasPrefix(body, utf8BOM) {
			body, bom = body[len(utf8BOM):], true
		}
		if json.Valid(body) {
			v, err := decodeOrdered(body)
			if err != nil {
				return fmt.Errorf("decode %q: %w", src, err)
			}
			var buf bytes.Buffer
			if bom {
				buf.Write(utf8BOM)
			}
			if err := encodeOrdered(&buf, rw.value(v, ""), ""); err != nil {
				return fmt.Errorf("encode %q: %w", src, err)
			}
			buf.WriteByte('\n')
			out = buf.Bytes()
		} else {
			out = data
		}
	}
	if err := os.WriteFile(dst, out, 0o644); err != nil {
		return fmt.Errorf("write %q: %w", dst, err)
	}
	return nil
}

// PrepareSuite writes a copy of the suite's files into dstDir with every
// public host pointed at ep and form-data file paths made absolute, and
// returns the arguments that follow "run" on a Newman-compatible command
// line: the collection path, then -e/-g/-d files and the flags of the
// suite's postman_config.json. Callers add reporters and CA options.
func PrepareSuite(s Suite, ep Endpoints, dstDir string) ([]string, error) {
	rw, err := newRewriter(s, ep)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dstDir, 0o755); err != nil {
		return nil, fmt.Errorf("create %q: %w", dstDir, err)
	}
	copyOne := func(src string) (string, error) {
		dst := filepath.Join(dstDir, filepath.Base(src))
		if err := rw.rewriteFile(src, dst); err != nil {
			return "", fmt.Errorf("prepare suite %s: %w", s.Name, err)
		}
		return dst, nil
	}
	coll, err := copyOne(s.Collection)
	if err != nil {
		return nil, err
	}
	args := []string{coll}
	for _, f := range []struct{ flag, path string }{{"-e", s.Environment}, {"-g", s.Globals}, {"-d", s.Data}} {
		if f.path == "" {
			continue
		}
		dst, err := copyOne(f.path)
		if err != nil {
			return nil, err
		}
		args = append(args, f.flag, dst)
	}
	flags, err := RunFlags(s.Config)
	if err != nil {
		return nil, fmt.Errorf("prepare suite %s: %w", s.Name, err)
	}
	return append(args, flags...), nil
}
