package echoserver

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"maps"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Credentials postman-echo.com accepts; the collections use exactly these.
const (
	// AuthUsername and AuthPassword are accepted by /basic-auth and /digest-auth.
	AuthUsername = "postman"
	// AuthPassword is the password for AuthUsername.
	AuthPassword = "password"
	// DigestRealm is the realm /digest-auth challenges with.
	DigestRealm = "Users"
	// HawkID and HawkKey are the Hawk credentials /auth/hawk accepts (sha256).
	HawkID = "dh37fgj492je"
	// HawkKey is the Hawk key of HawkID.
	HawkKey = "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"
	// OAuth1ConsumerKey and OAuth1ConsumerSecret are the OAuth 1.0a consumer
	// /oauth1 verifies HMAC-SHA1 signatures for (with an empty token secret).
	OAuth1ConsumerKey = "RKCGzna7bv9YD57c"
	// OAuth1ConsumerSecret is the secret of OAuth1ConsumerKey.
	OAuth1ConsumerSecret = "D+EdQ-gs$-%@2Nu7"

	// hawkSkew is the largest clock difference Hawk accepts, as in the
	// reference implementation.
	hawkSkew = 60 * time.Second
)

func serveBasicAuth(w http.ResponseWriter, req *request) {
	user, pass, ok := req.r.BasicAuth()
	if ok && user == AuthUsername && subtle.ConstantTimeCompare([]byte(pass), []byte(AuthPassword)) == 1 {
		writeJSON(w, http.StatusOK, map[string]any{"authenticated": true})
		return
	}
	unauthorized(w, "Unauthorized")
}

// parseAuthParams parses a comma-separated list of key=value or
// key="quoted value" pairs (the part after the scheme of an Authorization or
// WWW-Authenticate header).
func parseAuthParams(s string) map[string]string {
	out := map[string]string{}
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == ',' || s[i] == '\t') {
			i++
		}
		eq := strings.IndexByte(s[i:], '=')
		if eq < 0 {
			break
		}
		key := strings.TrimSpace(s[i : i+eq])
		i += eq + 1
		for i < len(s) && s[i] == ' ' {
			i++
		}
		var val strings.Builder
		if i < len(s) && s[i] == '"' {
			i++
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				val.WriteByte(s[i])
				i++
			}
			i++ // closing quote
		} else {
			for i < len(s) && s[i] != ',' {
				val.WriteByte(s[i])
				i++
			}
		}
		out[key] = strings.TrimSpace(val.String())
	}
	return out
}

// authParams returns the parameters of the Authorization header when it uses
// the given scheme (case-insensitive), and whether it did.
func authParams(r *http.Request, scheme string) (map[string]string, bool) {
	h := r.Header.Get("Authorization")
	if len(h) <= len(scheme) || !strings.EqualFold(h[:len(scheme)], scheme) || h[len(scheme)] != ' ' {
		return nil, false
	}
	return parseAuthParams(h[len(scheme)+1:]), true
}

func md5Hex(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

// DigestResponse computes the RFC 2617 "response" value for the given
// request method, body and Authorization parameters, with the given password.
// It supports MD5 and MD5-sess, without qop and with qop auth or auth-int.
func DigestResponse(method string, body []byte, p map[string]string, password string) string {
	ha1 := md5Hex(p["username"] + ":" + p["realm"] + ":" + password)
	if strings.EqualFold(p["algorithm"], "MD5-sess") {
		ha1 = md5Hex(ha1 + ":" + p["nonce"] + ":" + p["cnonce"])
	}
	a2 := method + ":" + p["uri"]
	if p["qop"] == "auth-int" {
		a2 += ":" + md5Hex(string(body))
	}
	ha2 := md5Hex(a2)
	if p["qop"] == "auth" || p["qop"] == "auth-int" {
		return md5Hex(strings.Join([]string{ha1, p["nonce"], p["nc"], p["cnonce"], p["qop"], ha2}, ":"))
	}
	return md5Hex(ha1 + ":" + p["nonce"] + ":" + ha2)
}

// serveDigestAuth verifies a Digest Authorization header. Like the public
// service it does not track issued nonces: the response is checked against
// whatever nonce the client presents, for user postman in realm Users.
func serveDigestAuth(w http.ResponseWriter, req *request) {
	if p, ok := authParams(req.r, "Digest"); ok {
		alg := p["algorithm"]
		okAlg := alg == "" || strings.EqualFold(alg, "MD5") || strings.EqualFold(alg, "MD5-sess")
		if okAlg && p["username"] == AuthUsername && p["realm"] == DigestRealm && p["nonce"] != "" &&
			subtle.ConstantTimeCompare([]byte(DigestResponse(req.r.Method, req.body, p, AuthPassword)), []byte(p["response"])) == 1 {
			writeJSON(w, http.StatusOK, map[string]any{"authenticated": true})
			return
		}
	}
	nonce := make([]byte, 16)
	_, _ = rand.Read(nonce)
	w.Header().Set("WWW-Authenticate",
		`Digest realm="`+DigestRealm+`", nonce="`+hex.EncodeToString(nonce)+`", qop="auth"`)
	unauthorized(w, "Unauthorized")
}

// HawkMAC computes the Hawk 1 header MAC (base64 HMAC-SHA256 with key) of a
// request described by its attributes.
func HawkMAC(key, ts, nonce, method, resource, host, port, hash, ext, app, dlg string) string {
	var b strings.Builder
	b.WriteString("hawk.1.header\n")
	for _, s := range []string{ts, nonce, strings.ToUpper(method), resource, strings.ToLower(host), port, hash} {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	b.WriteString(strings.ReplaceAll(strings.ReplaceAll(ext, `\`, `\\`), "\n", `\n`))
	b.WriteByte('\n')
	if app != "" {
		b.WriteString(app + "\n" + dlg + "\n")
	}
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(b.String()))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// hostPort splits a Host header into host and port, defaulting the port
// from the scheme.
func hostPort(host, scheme string) (string, string) {
	if h, p, err := net.SplitHostPort(host); err == nil {
		return h, p
	}
	if scheme == "https" {
		return strings.Trim(host, "[]"), "443"
	}
	return strings.Trim(host, "[]"), "80"
}

// serveHawk verifies a Hawk Authorization header for HawkID/HawkKey.
func (s *Server) serveHawk(w http.ResponseWriter, req *request) {
	p, ok := authParams(req.r, "Hawk")
	if !ok || p["id"] == "" || p["ts"] == "" || p["nonce"] == "" || p["mac"] == "" {
		unauthorized(w, "Unauthorized")
		return
	}
	if p["id"] != HawkID {
		unauthorized(w, "Unknown credentials")
		return
	}
	host, port := hostPort(req.r.Host, req.scheme)
	resource := req.r.RequestURI
	want := HawkMAC(HawkKey, p["ts"], p["nonce"], req.r.Method, resource, host, port, p["hash"], p["ext"], p["app"], p["dlg"])
	if subtle.ConstantTimeCompare([]byte(want), []byte(p["mac"])) != 1 {
		unauthorized(w, "Bad mac")
		return
	}
	ts, err := strconv.ParseInt(p["ts"], 10, 64)
	now := s.Now()
	if err != nil || absDuration(now.Sub(time.Unix(ts, 0))) > hawkSkew {
		nowTS := strconv.FormatInt(now.Unix(), 10)
		m := hmac.New(sha256.New, []byte(HawkKey))
		m.Write([]byte("hawk.1.ts\n" + nowTS + "\n"))
		w.Header().Set("WWW-Authenticate", `Hawk ts="`+nowTS+`", tsm="`+
			base64.StdEncoding.EncodeToString(m.Sum(nil))+`", error="Stale timestamp"`)
		unauthorized(w, "Stale timestamp")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"message": "Hawk Authentication Successful"})
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// OAuthEncode percent-encodes s as RFC 5849 section 3.6 requires.
func OAuthEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(hex.EncodeToString([]byte{c})))
	}
	return b.String()
}

// OAuthParam is one request parameter taking part in an OAuth 1.0a signature.
type OAuthParam struct{ Key, Value string }

// OAuth1Signature computes the HMAC-SHA1 signature (base64) of a request
// given its method, base URI (scheme://host[:port]/path) and decoded
// parameters, with the given consumer and token secrets. It also returns the
// signature base string.
func OAuth1Signature(method, baseURI string, params []OAuthParam, consumerSecret, tokenSecret string) (sig, base string) {
	enc := make([]OAuthParam, 0, len(params))
	for _, p := range params {
		if p.Key == "oauth_signature" || p.Key == "realm" {
			continue
		}
		enc = append(enc, OAuthParam{OAuthEncode(p.Key), OAuthEncode(p.Value)})
	}
	sort.Slice(enc, func(i, j int) bool {
		if enc[i].Key != enc[j].Key {
			return enc[i].Key < enc[j].Key
		}
		return enc[i].Value < enc[j].Value
	})
	pairs := make([]string, len(enc))
	for i, p := range enc {
		pairs[i] = p.Key + "=" + p.Value
	}
	base = strings.ToUpper(method) + "&" + OAuthEncode(baseURI) + "&" + OAuthEncode(strings.Join(pairs, "&"))
	m := hmac.New(sha1.New, []byte(OAuthEncode(consumerSecret)+"&"+OAuthEncode(tokenSecret)))
	m.Write([]byte(base))
	return base64.StdEncoding.EncodeToString(m.Sum(nil)), base
}

// rawParams decodes an application/x-www-form-urlencoded style string into
// ordered parameters.
func rawParams(raw string) []OAuthParam {
	var out []OAuthParam
	for _, pair := range strings.Split(raw, "&") {
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		out = append(out, OAuthParam{unescape(k), unescape(v)})
	}
	return out
}

// serveOAuth1 verifies an OAuth 1.0a HMAC-SHA1 signature sent in the
// Authorization header, the query string or a urlencoded body.
func serveOAuth1(w http.ResponseWriter, req *request) {
	var params []OAuthParam
	if hp, ok := authParams(req.r, "OAuth"); ok {
		for _, k := range slices.Sorted(maps.Keys(hp)) {
			v, err := url.PathUnescape(hp[k])
			if err != nil {
				v = hp[k]
			}
			params = append(params, OAuthParam{k, v})
		}
	}
	params = append(params, rawParams(req.r.URL.RawQuery)...)
	if mt := strings.ToLower(req.headers["content-type"]); strings.HasPrefix(mt, "application/x-www-form-urlencoded") {
		params = append(params, rawParams(string(req.body))...)
	}
	var signature, consumer string
	for _, p := range params {
		switch p.Key {
		case "oauth_signature":
			signature = p.Value
		case "oauth_consumer_key":
			consumer = p.Value
		}
	}
	host, port := hostPort(req.r.Host, req.scheme)
	authority := strings.ToLower(host)
	if strings.Contains(authority, ":") {
		authority = "[" + authority + "]"
	}
	if !(req.scheme == "https" && port == "443" || req.scheme == "http" && port == "80") {
		authority += ":" + port
	}
	baseURI := req.scheme + "://" + authority + rawPath(req.r)
	want, base := OAuth1Signature(req.r.Method, baseURI, params, OAuth1ConsumerSecret, "")
	if consumer == OAuth1ConsumerKey && signature != "" && subtle.ConstantTimeCompare([]byte(want), []byte(signature)) == 1 {
		writeJSON(w, http.StatusOK, map[string]any{
			"status":  "pass",
			"message": "OAuth-1.0a signature verification was successful",
		})
		return
	}
	writeJSON(w, http.StatusUnauthorized, map[string]any{
		"status":      "fail",
		"message":     "HMAC-SHA1 verification failed",
		"base_uri":    baseURI,
		"base_string": base,
		"signing_key": OAuthEncode(OAuth1ConsumerSecret) + "&",
	})
}
