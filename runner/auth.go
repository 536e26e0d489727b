package runner

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/runner-ci/runner/collection"
)

// applyAuth adds the request's (resolved, inherited) auth to the headers or
// the URL. Digest auth without a known nonce is answered when the server
// sends its challenge (see httpLayer.do).
func applyAuth(a *collection.Auth, method string, u *url.URL, hs *headerSet, body []byte) error {
	if a == nil {
		return nil
	}
	switch a.Type {
	case "", "noauth", "inherit":
		return nil
	case "basic":
		cred := base64.StdEncoding.EncodeToString([]byte(a.Param("username") + ":" + a.Param("password")))
		hs.set("Authorization", "Basic "+cred)
	case "bearer":
		if tok := a.Param("token"); tok != "" {
			hs.set("Authorization", "Bearer "+tok)
		}
	case "apikey":
		key := a.Param("key")
		if key == "" {
			return nil
		}
		if a.Param("in") == "query" {
			appendQuery(u, key, a.Param("value"))
		} else {
			hs.set(key, a.Param("value"))
		}
	case "oauth2":
		tok := a.Param("accessToken")
		if tok == "" {
			return nil
		}
		if a.Param("addTokenTo") == "queryParams" {
			appendQuery(u, "access_token", tok)
		} else {
			prefix := "Bearer"
			if _, ok := a.Params["headerPrefix"]; ok {
				prefix = a.Param("headerPrefix")
			}
			hs.set("Authorization", strings.TrimSpace(prefix+" "+tok))
		}
	case "digest":
		if a.Param("nonce") != "" && a.Param("realm") != "" {
			hs.set("Authorization", digestFromParams(a, a.Param("realm"), a.Param("nonce"), a.Param("qop"), a.Param("opaque"), a.Param("algorithm"), method, u, body))
		}
	case "oauth1":
		return applyOAuth1(a, method, u, hs, body)
	case "hawk":
		hs.set("Authorization", hawkHeader(a, method, u))
	case "awsv4":
		return applyAWSv4(a, method, u, hs, body)
	case "edgegrid":
		return applyEdgeGrid(a, method, u, hs, body)
	case "ntlm":
		// The handshake answers the server's challenges (see httpLayer.do).
		return checkNTLM(a)
	default:
		// Other types are not supported: the request is not sent and the
		// log says so.
		return &inputError{msg: fmt.Sprintf("auth type %q is not supported by runner yet: set the Authorization header in a pre-request script instead", a.Type)}
	}
	return nil
}

// randomHex returns n random bytes in hex, for nonces.
func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// appendQuery adds key=value to the URL's query.
func appendQuery(u *url.URL, key, value string) {
	if u.RawQuery != "" {
		u.RawQuery += "&"
	}
	u.RawQuery += formEscape(key) + "=" + formEscape(value)
}

// digestAuthorization answers a Digest challenge (RFC 7616, MD5 and
// SHA-256, qop auth).
func digestAuthorization(a *collection.Auth, challenge, method string, u *url.URL, body []byte) string {
	p := parseChallenge(challenge[len("digest "):])
	algo := p["algorithm"]
	if v := a.Param("algorithm"); v != "" && algo == "" {
		algo = v
	}
	return digestFromParams(a, p["realm"], p["nonce"], p["qop"], p["opaque"], algo, method, u, body)
}

func digestFromParams(a *collection.Auth, realm, nonce, qop, opaque, algo, method string, u *url.URL, body []byte) string {
	var h func() hash.Hash = md5.New
	if strings.HasPrefix(strings.ToUpper(algo), "SHA-256") {
		h = sha256.New
	}
	sum := func(s string) string { x := h(); x.Write([]byte(s)); return hex.EncodeToString(x.Sum(nil)) }
	user, pass := a.Param("username"), a.Param("password")
	uri := u.RequestURI()
	cnonce := a.Param("clientNonce")
	if cnonce == "" {
		cnonce = randomHex(8)
	}
	nc := a.Param("nonceCount")
	if nc == "" {
		nc = "00000001"
	}
	ha1 := sum(user + ":" + realm + ":" + pass)
	if strings.HasSuffix(strings.ToLower(algo), "-sess") {
		ha1 = sum(ha1 + ":" + nonce + ":" + cnonce)
	}
	ha2 := sum(method + ":" + uri)
	q := ""
	for _, o := range strings.Split(qop, ",") {
		if strings.TrimSpace(o) == "auth" {
			q = "auth"
		}
	}
	var resp string
	if q != "" {
		resp = sum(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + q + ":" + ha2)
	} else {
		resp = sum(ha1 + ":" + nonce + ":" + ha2)
	}
	parts := []string{
		fmt.Sprintf(`username="%s"`, user), fmt.Sprintf(`realm="%s"`, realm), fmt.Sprintf(`nonce="%s"`, nonce),
		fmt.Sprintf(`uri="%s"`, uri),
	}
	if algo != "" {
		parts = append(parts, "algorithm="+algo)
	}
	if q != "" {
		parts = append(parts, "qop="+q, "nc="+nc, fmt.Sprintf(`cnonce="%s"`, cnonce))
	}
	parts = append(parts, fmt.Sprintf(`response="%s"`, resp))
	if opaque != "" {
		parts = append(parts, fmt.Sprintf(`opaque="%s"`, opaque))
	}
	return "Digest " + strings.Join(parts, ", ")
}

// parseChallenge parses the key="value" list of an auth challenge.
func parseChallenge(s string) map[string]string {
	out := map[string]string{}
	for len(s) > 0 {
		s = strings.TrimLeft(s, " ,")
		k, rest, ok := strings.Cut(s, "=")
		if !ok {
			break
		}
		k = strings.ToLower(strings.TrimSpace(k))
		var v string
		if strings.HasPrefix(rest, `"`) {
			end := strings.Index(rest[1:], `"`)
			if end < 0 {
				v, s = rest[1:], ""
			} else {
				v, s = rest[1:end+1], rest[end+2:]
			}
		} else {
			v, s, _ = strings.Cut(rest, ",")
		}
		out[k] = strings.TrimSpace(v)
	}
	return out
}

// oauthEscape is RFC 3986 percent-encoding as OAuth 1.0a requires.
func oauthEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// applyOAuth1 signs the request with OAuth 1.0a (HMAC-SHA1, HMAC-SHA256 or
// PLAINTEXT) and adds the parameters to the Authorization header (default)
// or to the query.
func applyOAuth1(a *collection.Auth, method string, u *url.URL, hs *headerSet, body []byte) error {
	ts := a.Param("timestamp")
	if ts == "" {
		ts = a.Param("timeStamp")
	}
	if ts == "" {
		ts = strconv.FormatInt(time.Now().Unix(), 10)
	}
	nonce := a.Param("nonce")
	if nonce == "" {
		nonce = randomHex(6)
	}
	sigMethod := a.Param("signatureMethod")
	if sigMethod == "" {
		sigMethod = "HMAC-SHA1"
	}
	version := a.Param("version")
	if version == "" {
		version = "1.0"
	}
	params := [][2]string{
		{"oauth_consumer_key", a.Param("consumerKey")},
		{"oauth_nonce", nonce},
		{"oauth_signature_method", sigMethod},
		{"oauth_timestamp", ts},
		{"oauth_version", version},
	}
	if tok := a.Param("token"); tok != "" {
		params = append(params, [2]string{"oauth_token", tok})
	}
	all := append([][2]string(nil), params...)
	for k, vs := range u.Query() {
		for _, v := range vs {
			all = append(all, [2]string{k, v})
		}
	}
	if ct := hs.get("Content-Type"); strings.HasPrefix(ct, "application/x-www-form-urlencoded") && len(body) > 0 {
		if form, err := url.ParseQuery(string(body)); err == nil {
			for k, vs := range form {
				for _, v := range vs {
					all = append(all, [2]string{k, v})
				}
			}
		}
	}
	enc := make([]string, 0, len(all))
	for _, p := range all {
		if p[1] == "" && !isTrue(a.Params["addEmptyParamsToSign"]) && !strings.HasPrefix(p[0], "oauth_") {
			continue
		}
		enc = append(enc, oauthEscape(p[0])+"="+oauthEscape(p[1]))
	}
	sort.Strings(enc)
	base := *u
	base.RawQuery, base.Fragment = "", ""
	baseURL := strings.ToLower(base.Scheme) + "://" + strings.ToLower(base.Host) + base.EscapedPath()
	baseString := strings.ToUpper(method) + "&" + oauthEscape(baseURL) + "&" + oauthEscape(strings.Join(enc, "&"))
	key := oauthEscape(a.Param("consumerSecret")) + "&" + oauthEscape(a.Param("tokenSecret"))
	var sig string
	switch strings.ToUpper(sigMethod) {
	case "HMAC-SHA1":
		m := hmac.New(sha1.New, []byte(key))
		m.Write([]byte(baseString))
		sig = base64.StdEncoding.EncodeToString(m.Sum(nil))
	case "HMAC-SHA256":
		m := hmac.New(sha256.New, []byte(key))
		m.Write([]byte(baseString))
		sig = base64.StdEncoding.EncodeToString(m.Sum(nil))
	case "PLAINTEXT":
		sig = key
	default:
		return &inputError{msg: fmt.Sprintf("oauth1 signature method %q is not supported (use HMAC-SHA1, HMAC-SHA256 or PLAINTEXT)", sigMethod)}
	}
	params = append(params, [2]string{"oauth_signature", sig})
	addToHeader := true
	if v, ok := a.Params["addParamsToHeader"]; ok {
		addToHeader = isTrue(v)
	}
	if addToHeader {
		var parts []string
		if realm := a.Param("realm"); realm != "" {
			parts = append(parts, fmt.Sprintf(`realm="%s"`, realm))
		}
		for _, p := range params {
			parts = append(parts, fmt.Sprintf(`%s="%s"`, p[0], oauthEscape(p[1])))
		}
		hs.set("Authorization", "OAuth "+strings.Join(parts, ","))
		return nil
	}
	q := u.RawQuery
	for _, p := range params {
		if q != "" {
			q += "&"
		}
		q += oauthEscape(p[0]) + "=" + oauthEscape(p[1])
	}
	u.RawQuery = q
	return nil
}

func isTrue(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case string:
		return x == "true"
	}
	return false
}

// hawkHeader builds a Hawk Authorization header (sha256 or sha1).
func hawkHeader(a *collection.Auth, method string, u *url.URL) string {
	ts := a.Param("timestamp")
	if ts == "" {
		ts = strconv.FormatInt(time.Now().Unix(), 10)
	}
	nonce := a.Param("nonce")
	if nonce == "" {
		var b [6]byte
		_, _ = rand.Read(b[:])
		nonce = base64.RawURLEncoding.EncodeToString(b[:])
	}
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	ext := a.Param("extraData")
	app, dlg := a.Param("appId"), a.Param("delegation")
	norm := "hawk.1.header\n" + ts + "\n" + nonce + "\n" + strings.ToUpper(method) + "\n" + u.RequestURI() + "\n" +
		strings.ToLower(u.Hostname()) + "\n" + port + "\n" + "" + "\n" + ext + "\n"
	if app != "" {
		norm += app + "\n" + dlg + "\n"
	}
	var h func() hash.Hash = sha256.New
	if strings.EqualFold(a.Param("algorithm"), "sha1") {
		h = sha1.New
	}
	m := hmac.New(h, []byte(a.Param("authKey")))
	m.Write([]byte(norm))
	mac := base64.StdEncoding.EncodeToString(m.Sum(nil))
	hdr := fmt.Sprintf(`Hawk id="%s", ts="%s", nonce="%s"`, a.Param("authId"), ts, nonce)
	if ext != "" {
		hdr += fmt.Sprintf(`, ext="%s"`, ext)
	}
	hdr += fmt.Sprintf(`, mac="%s"`, mac)
	if app != "" {
		hdr += fmt.Sprintf(`, app="%s"`, app)
		if dlg != "" {
			hdr += fmt.Sprintf(`, dlg="%s"`, dlg)
		}
	}
	return hdr
}
