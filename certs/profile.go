package certs

import (
	"crypto/tls"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Profile is the per-request TLS settings from a request's merged
// protocolProfileBehavior. The zero value follows the run's defaults.
type Profile struct {
	// StrictSSL is strictSSL: nil follows -k and the manifest's
	// sslVerification; true verifies even with -k; false turns failed
	// verification into warnings.
	StrictSSL *bool
	// DisabledProtocols is tlsDisabledProtocols, normalised: TLSv1,
	// TLSv1_1, TLSv1_2, TLSv1_3 (SSLv2 and SSLv3 are accepted and have no
	// effect). As in Node, TLS 1.0 and 1.1 are never offered, so only
	// TLSv1_2 and TLSv1_3 matter.
	DisabledProtocols []string
	// CipherSuites is tlsCipherSelection: OpenSSL names
	// (ECDHE-RSA-AES128-GCM-SHA256) or IANA names
	// (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256). They restrict the TLS 1.2
	// suites; TLS 1.3 suites cannot be restricted in Go and are accepted
	// without effect.
	CipherSuites []string
	// PreferServerCiphers is tlsPreferServerCiphers: accepted, no effect
	// on a client.
	PreferServerCiphers bool
}

// protocol names as Postman/Node spell them, mapped to Go versions (0: a
// version Go never offers as a client).
var protocolVersions = map[string]uint16{
	"SSLv2":   0,
	"SSLv3":   0,
	"TLSv1":   tls.VersionTLS10,
	"TLSv1_1": tls.VersionTLS11,
	"TLSv1_2": tls.VersionTLS12,
	"TLSv1_3": tls.VersionTLS13,
}

// opensslCiphers maps OpenSSL cipher names to Go's TLS 1.0-1.2 suites.
var opensslCiphers = map[string]uint16{
	"ECDHE-ECDSA-AES128-GCM-SHA256": tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
	"ECDHE-RSA-AES128-GCM-SHA256":   tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	"ECDHE-ECDSA-AES256-GCM-SHA384": tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
	"ECDHE-RSA-AES256-GCM-SHA384":   tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
	"ECDHE-ECDSA-CHACHA20-POLY1305": tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
	"ECDHE-RSA-CHACHA20-POLY1305":   tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
	"ECDHE-ECDSA-AES128-SHA":        tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
	"ECDHE-RSA-AES128-SHA":          tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
	"ECDHE-ECDSA-AES256-SHA":        tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
	"ECDHE-RSA-AES256-SHA":          tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
	"ECDHE-ECDSA-AES128-SHA256":     tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
	"ECDHE-RSA-AES128-SHA256":       tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
	"ECDHE-RSA-DES-CBC3-SHA":        tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,
	"ECDHE-ECDSA-RC4-SHA":           tls.TLS_ECDHE_ECDSA_WITH_RC4_128_SHA,
	"ECDHE-RSA-RC4-SHA":             tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA,
	"AES128-GCM-SHA256":             tls.TLS_RSA_WITH_AES_128_GCM_SHA256,
	"AES256-GCM-SHA384":             tls.TLS_RSA_WITH_AES_256_GCM_SHA384,
	"AES128-SHA":                    tls.TLS_RSA_WITH_AES_128_CBC_SHA,
	"AES256-SHA":                    tls.TLS_RSA_WITH_AES_256_CBC_SHA,
	"AES128-SHA256":                 tls.TLS_RSA_WITH_AES_128_CBC_SHA256,
	"DES-CBC3-SHA":                  tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
	"RC4-SHA":                       tls.TLS_RSA_WITH_RC4_128_SHA,
}

// tls13Ciphers are the TLS 1.3 suites (OpenSSL and IANA use the same names).
var tls13Ciphers = map[string]bool{
	"TLS_AES_128_GCM_SHA256":       true,
	"TLS_AES_256_GCM_SHA384":       true,
	"TLS_CHACHA20_POLY1305_SHA256": true,
}

// cipherID maps a cipher name (OpenSSL or IANA) to a Go TLS 1.2 suite ID; ok
// is true with id 0 for TLS 1.3 suites.
func cipherID(name string) (id uint16, ok bool) {
	n := strings.TrimSpace(name)
	if tls13Ciphers[strings.ToUpper(n)] {
		return 0, true
	}
	if id, ok := opensslCiphers[strings.ToUpper(n)]; ok {
		return id, true
	}
	for _, cs := range slices.Concat(tls.CipherSuites(), tls.InsecureCipherSuites()) {
		if strings.EqualFold(cs.Name, n) {
			return cs.ID, true
		}
	}
	return 0, false
}

// ParseProfile reads the TLS keys of a merged protocolProfileBehavior
// (strictSSL, tlsDisabledProtocols, tlsCipherSelection,
// tlsPreferServerCiphers); other keys are ignored. A wrong type, an unknown
// protocol or cipher name, or disabling every supported version is an error
// naming the key and value.
func ParseProfile(ppb map[string]any) (Profile, error) {
	var p Profile
	if v, ok := ppb["strictSSL"]; ok && v != nil {
		b, ok := v.(bool)
		if !ok {
			return p, fmt.Errorf("strictSSL: want true or false, got %v", v)
		}
		p.StrictSSL = &b
	}
	if v, ok := ppb["tlsPreferServerCiphers"]; ok && v != nil {
		b, ok := v.(bool)
		if !ok {
			return p, fmt.Errorf("tlsPreferServerCiphers: want true or false, got %v", v)
		}
		p.PreferServerCiphers = b
	}
	protos, err := stringList(ppb, "tlsDisabledProtocols", false)
	if err != nil {
		return p, err
	}
	for _, name := range protos {
		canon := ""
		for k := range protocolVersions {
			if strings.EqualFold(k, name) || strings.EqualFold(strings.ReplaceAll(k, "_", "."), name) {
				canon = k
			}
		}
		if canon == "" {
			return p, fmt.Errorf("tlsDisabledProtocols: unknown protocol %q (use TLSv1, TLSv1_1, TLSv1_2 or TLSv1_3)", name)
		}
		if !slices.Contains(p.DisabledProtocols, canon) {
			p.DisabledProtocols = append(p.DisabledProtocols, canon)
		}
	}
	sort.Strings(p.DisabledProtocols)
	ciphers, err := stringList(ppb, "tlsCipherSelection", true)
	if err != nil {
		return p, err
	}
	for _, c := range ciphers {
		if _, ok := cipherID(c); !ok {
			return p, fmt.Errorf("tlsCipherSelection: unknown cipher suite %q (use OpenSSL names like ECDHE-RSA-AES128-GCM-SHA256 or IANA names like TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)", c)
		}
		p.CipherSuites = append(p.CipherSuites, c)
	}
	if _, _, err := p.versions(); err != nil {
		return p, err
	}
	return p, nil
}

// stringList reads an array of strings (or, with colonString, a
// colon-separated string as Node's ciphers option takes).
func stringList(ppb map[string]any, key string, colonString bool) ([]string, error) {
	v, ok := ppb[key]
	if !ok || v == nil {
		return nil, nil
	}
	switch x := v.(type) {
	case string:
		if colonString {
			var out []string
			for _, s := range strings.Split(x, ":") {
				if s = strings.TrimSpace(s); s != "" {
					out = append(out, s)
				}
			}
			return out, nil
		}
	case []string:
		return x, nil
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("%s: want an array of strings, got element %v", key, e)
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("%s: want an array of strings, got %v", key, v)
}

// versions returns the TLS version range the profile allows. As Node, the
// client offers TLS 1.2 and 1.3 by default.
func (p Profile) versions() (minV, maxV uint16, err error) {
	enabled := []uint16{tls.VersionTLS12, tls.VersionTLS13}
	for _, name := range p.DisabledProtocols {
		v, ok := protocolVersions[name]
		if !ok {
			return 0, 0, fmt.Errorf("tlsDisabledProtocols: unknown protocol %q (use TLSv1, TLSv1_1, TLSv1_2 or TLSv1_3)", name)
		}
		enabled = slices.DeleteFunc(enabled, func(e uint16) bool { return e == v })
	}
	if len(enabled) == 0 {
		return 0, 0, fmt.Errorf("tlsDisabledProtocols: %v disables every TLS version the runner supports (TLS 1.2 and 1.3)", p.DisabledProtocols)
	}
	return enabled[0], enabled[len(enabled)-1], nil
}

// suites returns the Go TLS 1.2 cipher suites the profile allows (nil: Go's
// defaults).
func (p Profile) suites() ([]uint16, error) {
	if len(p.CipherSuites) == 0 {
		return nil, nil
	}
	var out []uint16
	for _, c := range p.CipherSuites {
		id, ok := cipherID(c)
		if !ok {
			return nil, fmt.Errorf("tlsCipherSelection: unknown cipher suite %q", c)
		}
		if id != 0 && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		// Only TLS 1.3 names: TLS 1.2 keeps Go's defaults.
		return nil, nil
	}
	return out, nil
}

// Key returns a stable string identifying the TLS behaviour of the profile,
// for pooling one transport per distinct profile. Profiles with equal keys
// dial identically.
func (p Profile) Key() string {
	strict := "-"
	if p.StrictSSL != nil {
		strict = strconv.FormatBool(*p.StrictSSL)
	}
	minV, maxV, _ := p.versions()
	ids, _ := p.suites()
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	var b strings.Builder
	fmt.Fprintf(&b, "strict=%s;versions=%x-%x;ciphers=", strict, minV, maxV)
	for i, id := range sorted {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%04x", id)
	}
	return b.String()
}

// tlsCipherName is tls.CipherSuiteName, for tests and messages.
func tlsCipherName(id uint16) string { return tls.CipherSuiteName(id) }
