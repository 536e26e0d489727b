package certs

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/runner-ci/runner/schemas"
)

// DefaultExpiryWarningDays is the expiry warning threshold used when neither
// the manifest nor the --cert-expiry-warning-days flag sets one.
const DefaultExpiryWarningDays = 7

// Options are the certificate settings of one run: the --certs manifest and
// Newman's SSL flags. The zero value means "system roots, verification on, no
// client certificate".
type Options struct {
	// ManifestPath is the --certs manifest ("" if none). Relative paths in
	// it are relative to its directory.
	ManifestPath string
	// CertListPath is Newman's --ssl-client-cert-list JSON file ("" if
	// none). Relative paths in it are resolved against the current directory
	// (as Newman does), then against the list's directory.
	CertListPath string
	// ClientCert, ClientKey and ClientPassphrase are --ssl-client-cert,
	// --ssl-client-key and --ssl-client-passphrase: one certificate for every
	// HTTPS host not matched by the manifest or the cert list. ClientCert
	// may be a PEM file (with the key, or with ClientKey) or a .pfx/.p12.
	ClientCert, ClientKey, ClientPassphrase string
	// ExtraCACerts is --ssl-extra-ca-certs: a PEM bundle trusted in
	// addition to the system roots and the manifest's caCertificates.
	ExtraCACerts string
	// Insecure is -k/--insecure: do not fail requests on server
	// certificate problems (they become warnings). A request's
	// protocolProfileBehavior.strictSSL:true still verifies.
	Insecure bool
	// ExpiryWarningDays is --cert-expiry-warning-days. It applies when
	// ExpiryWarningDaysSet is true (the flag was given) or the manifest does
	// not set certificateExpiryWarningDays; 0 with the flag unset means
	// DefaultExpiryWarningDays.
	ExpiryWarningDays int
	// ExpiryWarningDaysSet reports that --cert-expiry-warning-days was given
	// explicitly, so it overrides the manifest.
	ExpiryWarningDaysSet bool
	// Getenv reads the *Env manifest fields; nil means os.Getenv.
	Getenv func(string) string
	// Now is the clock for validity checks and days remaining; nil means
	// time.Now.
	Now func() time.Time
	// SystemRoots replaces the system trust store (nil: x509.SystemCertPool).
	// Tests use an empty pool to be independent of the machine.
	SystemRoots *x509.CertPool
}

// origin ranks where a client certificate came from; higher wins.
type origin int

const (
	originFlag origin = iota
	originCertList
	originManifest
)

// Entry is one loaded client certificate with its matching rule. It holds the
// private key internally but never exposes or serialises it.
type Entry struct {
	// Source names the entry in reports and errors, e.g.
	// `certs.json clientCertificates[0] (api.example.com:8443)`,
	// `--ssl-client-cert-list list.json[1] "gamma"` or `--ssl-client-cert`.
	Source string
	// Host is the manifest host pattern, lower-cased ("" for cert-list and
	// flag entries).
	Host string
	// Port is the manifest port (0 for cert-list and flag entries).
	Port int
	// Matches are the cert-list URL patterns (nil for other entries).
	Matches []string
	// Leaf is the client certificate.
	Leaf *x509.Certificate

	cert     tls.Certificate
	origin   origin
	index    int
	patterns []urlPattern
}

// Store holds the loaded trust roots, client certificates and verification
// settings. It is safe for concurrent use; it is immutable after Load.
type Store struct {
	roots      *x509.CertPool
	verify     bool
	expiryDays int
	now        func() time.Time
	manifest   []*Entry // file order
	certList   []*Entry // file order
	flag       *Entry
	warnings   []string
	statuses   []EntryStatus
	hosts      []string
}

// Problem is one certificate loading problem.
type Problem struct {
	// Source is the file the setting came from (the manifest or cert-list
	// path), or the flag name.
	Source string
	// Entry names the entry, e.g. "clientCertificates[1] (*.internal.example:443)".
	Entry string
	// File names the field and the file or variable, e.g. `pfx "client.p12"`.
	File string
	// Err is what went wrong. It wraps ErrWrongPassphrase,
	// ErrPassphraseRequired, ErrKeyMismatch or a *schemas.ValidationError
	// where applicable.
	Err error
	// Hint says how to fix it.
	Hint string
}

func (p Problem) String() string {
	var parts []string
	for _, s := range []string{p.Source, p.Entry, p.File} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if p.Err != nil {
		parts = append(parts, p.Err.Error())
	}
	if p.Hint != "" {
		parts = append(parts, p.Hint)
	}
	return strings.Join(parts, ": ")
}

// LoadError is returned by Load when any certificate setting is unusable. It
// lists every problem found, so that one run reports them all. It never
// contains passphrases or key material.
type LoadError struct {
	Problems []Problem
}

func (e *LoadError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns the problems' errors, for errors.Is and errors.As.
func (e *LoadError) Unwrap() []error {
	var out []error
	for _, p := range e.Problems {
		if p.Err != nil {
			out = append(out, p.Err)
		}
	}
	return out
}

// Sentinel errors wrapped by Problem.Err.
var (
	// ErrWrongPassphrase: the passphrase does not decrypt the key or
	// PKCS#12 file.
	ErrWrongPassphrase = errors.New("wrong passphrase")
	// ErrPassphraseRequired: the key or PKCS#12 file is encrypted and no
	// passphrase was given.
	ErrPassphraseRequired = errors.New("encrypted and no passphrase given")
	// ErrKeyMismatch: the private key does not belong to the certificate.
	ErrKeyMismatch = errors.New("private key does not match the certificate")
)

type manifestDoc struct {
	Schema                       string          `json:"$schema"`
	CACertificates               []string        `json:"caCertificates"`
	SSLVerification              *bool           `json:"sslVerification"`
	CertificateExpiryWarningDays *int            `json:"certificateExpiryWarningDays"`
	ClientCertificates           []manifestEntry `json:"clientCertificates"`
}

type manifestEntry struct {
	Host          string `json:"host"`
	Port          int    `json:"port"`
	Cert          string `json:"cert"`
	Key           string `json:"key"`
	PFX           string `json:"pfx"`
	CertEnv       string `json:"certEnv"`
	KeyEnv        string `json:"keyEnv"`
	PFXEnv        string `json:"pfxEnv"`
	Passphrase    string `json:"passphrase"`
	PassphraseEnv string `json:"passphraseEnv"`
}

type loader struct {
	opts     Options
	getenv   func(string) string
	now      time.Time
	problems []Problem
	warnings []string
	secrets  []string
	store    *Store
}

func (l *loader) problem(p Problem) { l.problems = append(l.problems, p) }

func (l *loader) warn(format string, args ...any) {
	l.warnings = append(l.warnings, fmt.Sprintf(format, args...))
}

// Load reads and checks every certificate setting before the first request:
// files are readable, PEM and PKCS#12 decode, passphrases are right and keys
// match their certificates. Any problem makes it return a *LoadError naming
// the entry, the file and the fix. Expired or not-yet-valid client
// certificates, shadowed entries and similar are warnings (see Warnings).
func Load(opts Options) (*Store, error) {
	l := &loader{opts: opts, getenv: opts.Getenv}
	if l.getenv == nil {
		l.getenv = os.Getenv
	}
	nowFn := opts.Now
	if nowFn == nil {
		nowFn = time.Now
	}
	l.now = nowFn()
	s := &Store{now: nowFn, verify: !opts.Insecure}
	l.store = s

	roots := opts.SystemRoots
	if roots == nil {
		var err error
		roots, err = x509.SystemCertPool()
		if err != nil || roots == nil {
			l.warn("system certificate roots unavailable (%v): only caCertificates and --ssl-extra-ca-certs are trusted", err)
			roots = x509.NewCertPool()
		}
	} else {
		roots = roots.Clone()
	}
	s.roots = roots

	expiry := DefaultExpiryWarningDays
	if opts.ExpiryWarningDays > 0 || opts.ExpiryWarningDaysSet {
		expiry = opts.ExpiryWarningDays
	}
	s.expiryDays = expiry

	if opts.ManifestPath != "" {
		doc, ok := l.readManifest(opts.ManifestPath)
		if ok {
			if doc.SSLVerification != nil && !*doc.SSLVerification {
				s.verify = false
			}
			if doc.CertificateExpiryWarningDays != nil && !opts.ExpiryWarningDaysSet {
				expiry = *doc.CertificateExpiryWarningDays
			}
			s.expiryDays = expiry
			base := filepath.Dir(opts.ManifestPath)
			for i, p := range doc.CACertificates {
				l.loadCA(opts.ManifestPath, fmt.Sprintf("caCertificates[%d]", i), resolvePath(base, p), p)
			}
			for i, me := range doc.ClientCertificates {
				if e := l.loadManifestEntry(opts.ManifestPath, base, i, me); e != nil {
					s.manifest = append(s.manifest, e)
				}
			}
		}
	}
	if opts.ExtraCACerts != "" {
		l.loadCA("--ssl-extra-ca-certs", "", resolvePath("", opts.ExtraCACerts), opts.ExtraCACerts)
	}
	if opts.CertListPath != "" {
		l.loadCertList(opts.CertListPath)
	}
	if opts.ClientCert != "" || opts.ClientKey != "" {
		l.loadFlagCert()
	}

	if len(l.problems) > 0 {
		for i := range l.problems {
			l.problems[i].Err = redactErr(l.problems[i].Err, l.secrets)
			l.problems[i].Hint = redact(l.problems[i].Hint, l.secrets)
		}
		return nil, &LoadError{Problems: l.problems}
	}
	l.finish()
	for i, w := range l.warnings {
		l.warnings[i] = redact(w, l.secrets)
	}
	s.warnings = l.warnings
	return s, nil
}

func (l *loader) readManifest(path string) (*manifestDoc, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		l.problem(Problem{Source: path, Err: fmt.Errorf("read certificates manifest: %w", unwrapPath(err)), Hint: "check the --certs path"})
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		l.problem(Problem{Source: path, Err: fmt.Errorf("parse certificates manifest: %w", jsonErr(data, err))})
		return nil, false
	}
	if err := schemas.Validate(schemas.Certs, raw); err != nil {
		l.problem(Problem{Source: path, Err: fmt.Errorf("invalid certificates manifest: %w", err), Hint: "see schemas/certs.schema.json"})
		return nil, false
	}
	var doc manifestDoc
	dec = json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		l.problem(Problem{Source: path, Err: fmt.Errorf("decode certificates manifest: %w", err)})
		return nil, false
	}
	return &doc, true
}

// jsonErr adds a line:column position to JSON syntax errors.
func jsonErr(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := 1, 1
		for _, c := range data[:min(int(se.Offset), len(data))] {
			if c == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
		return fmt.Errorf("line %d column %d: %w", line, col, err)
	}
	return err
}

// unwrapPath drops the path from *fs.PathError, which callers name already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// resolvePath expands a leading ~ and makes p relative to base (when base is
// non-empty and p is relative).
func resolvePath(base, p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[1:])
		}
	}
	if base != "" && !filepath.IsAbs(p) {
		p = filepath.Join(base, p)
	}
	return p
}

func (l *loader) loadCA(source, entry, path, shown string) {
	data, err := os.ReadFile(path)
	if err != nil {
		l.problem(Problem{Source: source, Entry: entry, File: fmt.Sprintf("CA file %q", shown), Err: fmt.Errorf("cannot read %s: %w", path, unwrapPath(err)), Hint: "check the path"})
		return
	}
	certs, err := parseCertificates(data)
	if err != nil {
		l.problem(Problem{Source: source, Entry: entry, File: fmt.Sprintf("CA file %q", shown), Err: err, Hint: "caCertificates and --ssl-extra-ca-certs take PEM files with CERTIFICATE blocks"})
		return
	}
	name := source
	if entry != "" {
		name += " " + entry
	}
	for _, c := range certs {
		l.store.roots.AddCert(c)
		st := l.status(name, "(trusted CA)", c)
		if st.Status == StatusOK || st.Status == StatusExpiring {
			st.Status = StatusCA
		}
		l.store.statuses = append(l.store.statuses, st)
		if !c.IsCA {
			l.warn("%s: %q is not a CA certificate; it is trusted as given (only useful for a self-signed server certificate)", name, subjectName(c))
		}
	}
}

func hostPort(host string, port int) string {
	if strings.Contains(host, ":") {
		return "[" + host + "]:" + strconv.Itoa(port)
	}
	return host + ":" + strconv.Itoa(port)
}

func (l *loader) loadManifestEntry(path, base string, i int, me manifestEntry) *Entry {
	host := normalizeHost(me.Host)
	port := me.Port
	if port == 0 {
		port = 443
	}
	entryName := fmt.Sprintf("clientCertificates[%d] (%s)", i, hostPort(host, port))
	prob := func(file string, err error, hint string) {
		l.problem(Problem{Source: path, Entry: entryName, File: file, Err: err, Hint: hint})
	}
	if host != "*" && strings.Contains(strings.TrimPrefix(host, "*."), "*") {
		prob("host", fmt.Errorf("invalid host pattern %q", me.Host), `use an exact host, "*.example.com" or "*"`)
		return nil
	}

	hasPEM := me.Cert != "" || me.CertEnv != "" || me.Key != "" || me.KeyEnv != ""
	hasPFX := me.PFX != "" || me.PFXEnv != ""
	switch {
	case hasPEM && hasPFX:
		prob("", errors.New("both a PEM certificate/key and a PKCS#12 file are set"), "use either cert+key (or certEnv+keyEnv) or pfx (or pfxEnv)")
		return nil
	case !hasPEM && !hasPFX:
		prob("", errors.New("no certificate"), "set cert and key, certEnv and keyEnv, pfx, or pfxEnv")
		return nil
	case me.Cert != "" && me.CertEnv != "", me.Key != "" && me.KeyEnv != "", me.PFX != "" && me.PFXEnv != "":
		prob("", errors.New("a file and an environment variable are both set for the same item"), "keep only one of cert/certEnv, key/keyEnv, pfx/pfxEnv")
		return nil
	case hasPEM && me.Cert == "" && me.CertEnv == "":
		prob("", errors.New("key without certificate"), "set cert or certEnv")
		return nil
	case me.Passphrase != "" && me.PassphraseEnv != "":
		prob("", errors.New("both passphrase and passphraseEnv are set"), "keep only passphraseEnv")
		return nil
	}

	pass := passphrase{}
	switch {
	case me.PassphraseEnv != "":
		pass.value = l.getenv(me.PassphraseEnv)
		pass.set = pass.value != ""
		pass.fix = "set passphraseEnv " + me.PassphraseEnv + " to the %s"
		pass.unsetFix = "export " + me.PassphraseEnv + " with the %s (passphraseEnv " + me.PassphraseEnv + " is empty or unset)"
	case me.Passphrase != "":
		pass.value, pass.set = me.Passphrase, true
		pass.fix = "correct passphrase for the %s (better: use passphraseEnv)"
	}
	if pass.unsetFix == "" {
		pass.unsetFix = "set passphraseEnv (or passphrase) to the %s"
	}
	l.secret(pass.value)

	src := entrySource{loader: l, prob: prob, base: base}
	var cert tls.Certificate
	var ok bool
	if hasPFX {
		label, data, good := src.read("pfx", me.PFX, "pfxEnv", me.PFXEnv, true)
		if !good {
			return nil
		}
		cert, ok = l.fromPFX(data, pass, label, prob)
	} else {
		certLabel, certData, good := src.read("cert", me.Cert, "certEnv", me.CertEnv, false)
		if !good {
			return nil
		}
		var keyLabel string
		var keyData []byte
		if me.Key != "" || me.KeyEnv != "" {
			keyLabel, keyData, good = src.read("key", me.Key, "keyEnv", me.KeyEnv, false)
			if !good {
				return nil
			}
		}
		cert, ok = l.fromPEM(certData, certLabel, keyData, keyLabel, pass, prob)
	}
	if !ok {
		return nil
	}
	return &Entry{
		Source: fmt.Sprintf("%s %s", filepath.Base(path), entryName),
		Host:   host, Port: port, Leaf: cert.Leaf, cert: cert, origin: originManifest, index: i,
	}
}

func (l *loader) secret(s string) {
	if len(s) >= 4 {
		l.secrets = append(l.secrets, s)
	}
}

// passphrase is a passphrase and how to fix it when it is wrong or missing;
// fix and unsetFix take one %s for what it protects ("private key",
// "PKCS#12 password").
type passphrase struct {
	value    string
	set      bool
	fix      string
	unsetFix string
}

type entrySource struct {
	loader *loader
	prob   func(file string, err error, hint string)
	base   string
}

// read returns the bytes of a file field or an environment variable field.
func (es entrySource) read(fileField, file, envField, env string, binary bool) (string, []byte, bool) {
	if file != "" {
		label := fmt.Sprintf("%s %q", fileField, file)
		p := resolvePath(es.base, file)
		data, err := os.ReadFile(p)
		if err != nil {
			es.prob(label, fmt.Errorf("cannot read %s: %w", p, unwrapPath(err)), "check the path (relative paths are relative to the manifest's directory)")
			return label, nil, false
		}
		return label, data, true
	}
	label := fmt.Sprintf("%s %s", envField, env)
	v := es.loader.getenv(env)
	if strings.TrimSpace(v) == "" {
		es.prob(label, errors.New("environment variable is empty or unset"), fmt.Sprintf("export %s with the %s as PEM text or base64", env, fileField))
		return label, nil, false
	}
	es.loader.secret(v)
	data, err := decodeEnvValue(v, binary)
	if err != nil {
		es.prob(label, err, "put PEM text or base64 (e.g. `base64 -w0 file`) in the variable")
		return label, nil, false
	}
	return label, data, true
}

func (l *loader) fromPFX(data []byte, pass passphrase, label string, prob func(string, error, string)) (tls.Certificate, bool) {
	cert, err := parsePFX(data, pass.value)
	if err != nil {
		prob(label, err, passHint(err, pass, "PKCS#12 password"))
		return cert, false
	}
	return cert, true
}

func (l *loader) fromPEM(certData []byte, certLabel string, keyData []byte, keyLabel string, pass passphrase, prob func(string, error, string)) (tls.Certificate, bool) {
	chain, err := parseCertificates(certData)
	if err != nil {
		prob(certLabel, err, "the certificate must be PEM (BEGIN CERTIFICATE) or DER; for .pfx/.p12 use pfx")
		return tls.Certificate{}, false
	}
	if keyData == nil {
		if findKeyBlock(certData) == nil {
			prob(certLabel, errors.New("no private key"), "set key (or keyEnv), or put the PRIVATE KEY block in the certificate file")
			return tls.Certificate{}, false
		}
		keyData, keyLabel = certData, certLabel
	}
	key, err := parsePrivateKey(keyData, pass.value)
	if err != nil {
		prob(keyLabel, err, passHint(err, pass, "private key passphrase"))
		return tls.Certificate{}, false
	}
	if pass.set && !isEncryptedKey(keyData) {
		l.warn("%s: a passphrase is set but the key is not encrypted; the passphrase is ignored", keyLabel)
	}
	if !publicKeyMatches(chain[0], key) {
		prob(keyLabel, ErrKeyMismatch, fmt.Sprintf("use the key that belongs to %q (check that the certificate's first PEM block is the leaf)", subjectName(chain[0])))
		return tls.Certificate{}, false
	}
	tc := tls.Certificate{PrivateKey: key, Leaf: chain[0]}
	for _, c := range chain {
		tc.Certificate = append(tc.Certificate, c.Raw)
	}
	return tc, true
}

func passHint(err error, pass passphrase, what string) string {
	switch {
	case errors.Is(err, ErrWrongPassphrase):
		if !pass.set {
			return fmt.Sprintf(pass.unsetFix, what)
		}
		return fmt.Sprintf(pass.fix, what)
	case errors.Is(err, ErrPassphraseRequired):
		return fmt.Sprintf(pass.unsetFix, what)
	}
	return ""
}

// finish computes shadowing, expiry warnings and the status table.
func (l *loader) finish() {
	s := l.store
	var rows []EntryStatus
	shadowed := map[*Entry]bool{}
	for i, e := range s.manifest {
		for _, later := range s.manifest[i+1:] {
			if later.Host == e.Host && later.Port == e.Port {
				shadowed[e] = true
			}
		}
		if shadowed[e] {
			winner := e
			for _, later := range s.manifest[i+1:] {
				if later.Host == e.Host && later.Port == e.Port {
					winner = later
				}
			}
			l.warn("%s is shadowed by %s: when several entries match equally the last one wins", e.Source, winner.Source)
		}
	}
	all := append(append([]*Entry(nil), s.manifest...), s.certList...)
	if s.flag != nil {
		all = append(all, s.flag)
	}
	for _, e := range all {
		hostCol := hostPort(e.Host, e.Port)
		switch e.origin {
		case originCertList:
			hostCol = strings.Join(e.Matches, " ")
		case originFlag:
			hostCol = "* (every HTTPS host)"
		}
		st := l.status(e.Source, hostCol, e.Leaf)
		switch st.Status {
		case StatusExpired:
			l.warn("%s: client certificate %q expired on %s (%s ago)", e.Source, st.Subject, day(st.NotAfter), days(-st.DaysLeft))
		case StatusNotYetValid:
			l.warn("%s: client certificate %q is not valid until %s", e.Source, st.Subject, day(st.NotBefore))
		case StatusExpiring:
			l.warn("%s: client certificate %q expires in %s (%s)", e.Source, st.Subject, days(st.DaysLeft), day(st.NotAfter))
		}
		if !clientAuthAllowed(e.Leaf) {
			l.warn("%s: certificate %q is not valid for client authentication (its extended key usage lacks clientAuth); servers will likely reject it", e.Source, st.Subject)
		}
		if shadowed[e] {
			st.Status = StatusShadowed
		}
		rows = append(rows, st)
	}
	s.statuses = append(rows, s.statuses...)
	seen := map[string]bool{}
	for _, e := range all {
		var hs []string
		switch e.origin {
		case originManifest:
			hs = []string{hostPort(e.Host, e.Port)}
		case originCertList:
			hs = e.Matches
		case originFlag:
			hs = []string{"* (--ssl-client-cert)"}
		}
		for _, h := range hs {
			if !seen[h] {
				seen[h] = true
				s.hosts = append(s.hosts, h)
			}
		}
	}
}

func day(t time.Time) string { return t.UTC().Format("2006-01-02") }

// daysBetween returns the whole days from now until t, rounded toward zero
// (negative when t is more than a day in the past).
func daysBetween(now, t time.Time) int {
	return int(math.Trunc(t.Sub(now).Hours() / 24))
}

// Status values of EntryStatus.
const (
	StatusOK          = "ok"
	StatusExpiring    = "expiring"
	StatusExpired     = "expired"
	StatusNotYetValid = "notYetValid"
	StatusShadowed    = "shadowed"
	StatusCA          = "ca"
)

// EntryStatus is one row of `runner certs check`: a client certificate or a
// trusted CA certificate from the settings, with its validity.
type EntryStatus struct {
	// Entry names the setting, e.g. "certs.json clientCertificates[0] (api.example.com:443)".
	Entry string `json:"entry"`
	// Host is "host:port" for manifest entries, the matches patterns for
	// cert-list entries, "* (every HTTPS host)" for --ssl-client-cert and
	// "(trusted CA)" for CA certificates.
	Host      string    `json:"host"`
	Subject   string    `json:"subject"`
	Issuer    string    `json:"issuer"`
	NotBefore time.Time `json:"notBefore"`
	NotAfter  time.Time `json:"notAfter"`
	DaysLeft  int       `json:"daysLeft"`
	// Status is StatusOK, StatusExpiring, StatusExpired, StatusNotYetValid,
	// StatusShadowed (a later entry takes all its connections) or StatusCA.
	Status string `json:"status"`
}

func (l *loader) status(name, host string, c *x509.Certificate) EntryStatus {
	st := EntryStatus{
		Entry: name, Host: host, Subject: subjectName(c), Issuer: c.Issuer.String(),
		NotBefore: c.NotBefore, NotAfter: c.NotAfter, DaysLeft: daysBetween(l.now, c.NotAfter),
		Status: StatusOK,
	}
	expiry := l.store.expiryDays
	switch {
	case l.now.After(c.NotAfter):
		st.Status = StatusExpired
	case l.now.Before(c.NotBefore):
		st.Status = StatusNotYetValid
	case c.NotAfter.Sub(l.now) < time.Duration(expiry)*24*time.Hour:
		st.Status = StatusExpiring
	}
	return st
}

// Warnings returns the problems found while loading that do not stop the run:
// shadowed entries, expired, not-yet-valid or soon-expiring client
// certificates, unused passphrases, ignored cert-list path patterns.
func (s *Store) Warnings() []string { return append([]string(nil), s.warnings...) }

// Entries returns the status of every client certificate (manifest entries,
// then cert-list entries, then --ssl-client-cert) followed by the trusted CA
// certificates, for `runner certs check`.
func (s *Store) Entries() []EntryStatus { return append([]EntryStatus(nil), s.statuses...) }

// ConfiguredHosts lists the hosts client certificates are configured for
// ("host:port" for manifest entries, the URL patterns of cert-list entries),
// for error hints.
func (s *Store) ConfiguredHosts() []string { return append([]string(nil), s.hosts...) }

// VerifyByDefault reports whether server certificates are verified when a
// request's protocolProfileBehavior does not set strictSSL (false with -k or
// manifest sslVerification:false).
func (s *Store) VerifyByDefault() bool { return s.verify }

// ExpiryWarningDays returns the effective expiry warning threshold.
func (s *Store) ExpiryWarningDays() int { return s.expiryDays }

func redact(s string, secrets []string) string {
	for _, sec := range secrets {
		if sec != "" && strings.Contains(s, sec) {
			s = strings.ReplaceAll(s, sec, "[redacted]")
		}
	}
	return s
}

type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

func redactErr(err error, secrets []string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if r := redact(msg, secrets); r != msg {
		return &redactedError{msg: r, err: err}
	}
	return err
}

// clientAuthAllowed reports whether c may be used as a TLS client
// certificate: no extended key usage, or one including clientAuth or any.
func clientAuthAllowed(c *x509.Certificate) bool {
	if len(c.ExtKeyUsage) == 0 && len(c.UnknownExtKeyUsage) == 0 {
		return true
	}
	for _, u := range c.ExtKeyUsage {
		if u == x509.ExtKeyUsageClientAuth || u == x509.ExtKeyUsageAny {
			return true
		}
	}
	return false
}

// String returns the entry's Source. It keeps fmt from ever printing the
// private key held inside the entry.
func (e Entry) String() string { return e.Source }

// String summarises the store without any key material.
func (s *Store) String() string {
	n := len(s.manifest) + len(s.certList)
	if s.flag != nil {
		n++
	}
	return fmt.Sprintf("certs.Store{%d client certificates, verify %v, expiry warning %d days}", n, s.verify, s.expiryDays)
}
