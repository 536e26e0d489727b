// Package echoserver emulates, on loopback listeners, the public services
// that Newman's integration collections call: the postman-echo.com API
// (including real Basic, Digest, Hawk and OAuth 1.0a verification), Newman's
// raw-request echo and redirect helper servers, and an expired-certificate
// TLS endpoint standing in for expired.badssl.com.
//
// Handler (or New) returns the postman-echo emulation as a plain
// http.Handler; Start runs every listener on 127.0.0.1 with ephemeral ports.
package echoserver

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"io"
	"maps"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

const (
	jsonType = "application/json; charset=utf-8"
	htmlType = "text/html; charset=utf-8"

	// fileDataURIPrefix is what postman-echo puts in front of the base64
	// contents of every uploaded file, whatever the part's own content type.
	fileDataURIPrefix = "data:application/octet-stream;base64,"

	// maxDelay caps /delay/{n} so a stray request cannot hold a test hostage.
	maxDelay = 10 * time.Second

	// maxBody caps how much of a request body the echo reads.
	maxBody = 32 << 20
)

var (
	statusPath = regexp.MustCompile(`^/status/([1-5][0-9][0-9])$`)
	streamPath = regexp.MustCompile(`^/stream/([0-9]+)$`)
	delayPath  = regexp.MustCompile(`^/delay/([0-9]+)$`)
	typePath   = regexp.MustCompile(`^/type/(html|xml)$`)
	redirPath  = regexp.MustCompile(`^/redirect/([0-9]+)$`)
	slashes    = regexp.MustCompile(`/{2,}`)
)

// Server is the postman-echo.com emulation. It is stateless apart from its
// clock, so one Server may serve any number of listeners concurrently.
//
// Routes (any method unless noted; the query string never affects routing):
//
//	/get                      {args, headers, url}
//	/post /put /patch /delete {args, data, files, form, headers, json, url}
//	/headers                  {headers} (no url)
//	/response-headers?k=v     sets each k: v, echoes the query as the body
//	/status/{code}            {status} with that status
//	/delay/{n}                {delay} after n seconds (at most 10)
//	/stream/{n}               n newline-separated {args, headers, url}
//	/gzip /deflate            compressed {gzipped|deflated, headers, method}
//	/redirect-to?url=&status_code=, /redirect/{n} (down to /get)
//	/cookies, /cookies/set?k=v, /cookies/delete?k
//	/basic-auth /digest-auth  user postman, password password, realm Users
//	/auth/hawk                Hawk sha256 with HawkID / HawkKey
//	/oauth1                   OAuth 1.0a HMAC-SHA1 for OAuth1ConsumerKey
//	/oauth2/token /oauth2/user/info, /encoding/utf8, /type/xml, /type/html,
//	/ip, /time/now, / (an HTML page); OPTIONS lists the methods.
//
// Header names are echoed in lower case, repeated values joined with ", ";
// "url" is the scheme, Host header and request target as sent, with
// repeated slashes in the path collapsed.
type Server struct {
	// Now returns the current time; Hawk timestamps are checked against it.
	Now func() time.Time
}

// New returns a postman-echo emulation using the system clock.
func New() *Server {
	return &Server{Now: time.Now}
}

// Handler returns a postman-echo emulation as an http.Handler, for reuse by
// demos and tests that need an echo endpoint.
func Handler() http.Handler {
	return New()
}

// request is one buffered incoming request with the details the routes need.
type request struct {
	r       *http.Request
	body    []byte
	scheme  string
	path    string // normalised path used for routing
	headers map[string]string
}

// ServeHTTP routes one request by path (ignoring the query string).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		http.Error(w, "read request body: "+err.Error(), http.StatusBadRequest)
		return
	}
	req := &request{
		r:       r,
		body:    body,
		scheme:  "http",
		path:    slashes.ReplaceAllString(rawPath(r), "/"),
		headers: lowerHeaders(r),
	}
	if r.TLS != nil {
		req.scheme = "https"
	}
	if r.Method == http.MethodOptions {
		w.Header().Set("Allow", "GET,HEAD,PUT,POST,DELETE,PATCH")
		w.Header().Set("Content-Type", htmlType)
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, "GET,HEAD,PUT,POST,DELETE,PATCH")
		return
	}
	s.route(w, req)
}

func (s *Server) route(w http.ResponseWriter, req *request) {
	p := req.path
	if m := statusPath.FindStringSubmatch(p); m != nil {
		code, _ := strconv.Atoi(m[1])
		writeJSON(w, code, map[string]any{"status": code})
		return
	}
	if m := streamPath.FindStringSubmatch(p); m != nil {
		n, _ := strconv.Atoi(m[1])
		serveStream(w, req, n)
		return
	}
	if m := delayPath.FindStringSubmatch(p); m != nil {
		serveDelay(w, req, m[1])
		return
	}
	if m := typePath.FindStringSubmatch(p); m != nil {
		serveType(w, m[1])
		return
	}
	if m := redirPath.FindStringSubmatch(p); m != nil {
		n, _ := strconv.Atoi(m[1])
		loc := "/get"
		if n > 1 {
			loc = "/redirect/" + strconv.Itoa(n-1)
		}
		w.Header().Set("Location", loc)
		w.Header().Set("Content-Type", htmlType)
		w.WriteHeader(http.StatusFound)
		_, _ = io.WriteString(w, "Found. Redirecting to "+loc)
		return
	}
	switch p {
	case "/":
		w.Header().Set("Content-Type", htmlType)
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, rootPage)
	case "/get":
		writeJSON(w, http.StatusOK, map[string]any{
			"args":    parseQuery(req.r.URL.RawQuery),
			"headers": req.headers,
			"url":     echoURL(req),
		})
	case "/headers":
		// No "url" key here: set-next-request relies on its absence.
		writeJSON(w, http.StatusOK, map[string]any{"headers": req.headers})
	case "/post", "/put", "/patch", "/delete":
		writeJSON(w, http.StatusOK, echoPayload(req))
	case "/ip":
		host := req.r.RemoteAddr
		if i := strings.LastIndex(host, ":"); i >= 0 {
			host = strings.Trim(host[:i], "[]")
		}
		writeJSON(w, http.StatusOK, map[string]any{"ip": host})
	case "/time/now":
		w.Header().Set("Content-Type", htmlType)
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, s.Now().UTC().Format(http.TimeFormat))
	case "/redirect-to":
		serveRedirectTo(w, req)
	case "/cookies":
		serveCookies(w, req)
	case "/cookies/set":
		serveCookiesSet(w, req, false)
	case "/cookies/delete":
		serveCookiesSet(w, req, true)
	case "/response-headers":
		serveResponseHeaders(w, req)
	case "/gzip", "/deflate":
		serveCompressed(w, req, p[1:])
	case "/encoding/utf8":
		w.Header().Set("Content-Type", htmlType)
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, utf8Page)
	case "/basic-auth":
		serveBasicAuth(w, req)
	case "/digest-auth":
		serveDigestAuth(w, req)
	case "/auth/hawk":
		s.serveHawk(w, req)
	case "/oauth1":
		serveOAuth1(w, req)
	case "/oauth2/token":
		writeJSON(w, http.StatusOK, map[string]any{
			"access_token": oauth2Token,
			"token_type":   "Bearer",
			"expires_in":   3600,
		})
	case "/oauth2/user/info":
		writeJSON(w, http.StatusOK, map[string]any{"user_id": "631643", "name": "Postman"})
	default:
		writeJSON(w, http.StatusNotFound, map[string]any{
			"error":  "Not Found",
			"method": req.r.Method,
			"path":   p,
		})
	}
}

// oauth2Token is the fixed bearer token /oauth2/token issues.
const oauth2Token = "vp7jxTwqgczoFHs0uIdOvv4VdBWmvCkbVbNBCuaTQ3JZplPS40BaNV47HD1zt7MztQPILJvqYsOs6PfJpFYBgwbaE3CVEKOj"

// rawPath is the request target's path exactly as sent (no decoding).
func rawPath(r *http.Request) string {
	target := r.RequestURI
	if target == "" || strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://") {
		target = r.URL.RequestURI()
	}
	if i := strings.IndexByte(target, '?'); i >= 0 {
		target = target[:i]
	}
	return target
}

// echoURL rebuilds the URL the client asked for, byte for byte as sent except
// for collapsed slashes in the path; userinfo never reaches the server.
func echoURL(req *request) string {
	u := req.scheme + "://" + req.r.Host + req.path
	target := req.r.RequestURI
	if i := strings.IndexByte(target, '?'); i >= 0 {
		u += target[i:]
	}
	return u
}

// lowerHeaders flattens the request headers to lower-case names, joining
// repeated values with ", " as Node does, and adds the Host header Go strips.
func lowerHeaders(r *http.Request) map[string]string {
	h := make(map[string]string, len(r.Header)+1)
	if r.Host != "" {
		h["host"] = r.Host
	}
	for k, v := range r.Header {
		h[strings.ToLower(k)] = strings.Join(v, ", ")
	}
	return h
}

// parseQuery parses a raw query the way URLSearchParams does: "&"-separated
// pairs split on the first "=", "+" as space, repeated keys become arrays.
func parseQuery(raw string) map[string]any {
	out := map[string]any{}
	for _, pair := range strings.Split(raw, "&") {
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		addValue(out, unescape(k), unescape(v))
	}
	return out
}

func unescape(s string) string {
	if u, err := url.QueryUnescape(s); err == nil {
		return u
	}
	return strings.ReplaceAll(s, "+", " ")
}

func addValue(m map[string]any, k, v string) {
	switch cur := m[k].(type) {
	case nil:
		m[k] = v
	case string:
		m[k] = []string{cur, v}
	case []string:
		m[k] = append(cur, v)
	}
}

// echoPayload builds the /post, /put, /patch and /delete response.
func echoPayload(req *request) map[string]any {
	ct := req.headers["content-type"]
	mediaType, params, _ := mime.ParseMediaType(ct)
	payload := map[string]any{
		"args":    parseQuery(req.r.URL.RawQuery),
		"data":    "",
		"files":   map[string]any{},
		"form":    map[string]any{},
		"headers": req.headers,
		"json":    nil,
		"url":     echoURL(req),
	}
	switch {
	case mediaType == "multipart/form-data" && params["boundary"] != "":
		form, files := parseMultipart(req.body, params["boundary"])
		payload["form"], payload["files"], payload["data"] = form, files, map[string]any{}
	case mediaType == "application/x-www-form-urlencoded":
		payload["form"], payload["data"] = parseQuery(string(req.body)), map[string]any{}
	default:
		payload["data"] = string(req.body)
		if strings.HasPrefix(strings.ToLower(ct), "application/json") {
			var v any
			if err := json.Unmarshal(req.body, &v); err == nil {
				payload["json"], payload["data"] = v, v
			}
		}
	}
	return payload
}

// parseMultipart splits a multipart/form-data body into text fields and
// files (keyed by file name, valued as a base64 data URI).
func parseMultipart(body []byte, boundary string) (map[string]any, map[string]any) {
	form, files := map[string]any{}, map[string]any{}
	mr := multipart.NewReader(bytes.NewReader(body), boundary)
	for {
		part, err := mr.NextRawPart()
		if err != nil {
			break
		}
		content, err := io.ReadAll(part)
		if err != nil {
			break
		}
		if fn := part.FileName(); fn != "" {
			files[fn] = fileDataURIPrefix + base64.StdEncoding.EncodeToString(content)
			continue
		}
		if name := part.FormName(); name != "" {
			addValue(form, name, string(content))
		}
	}
	return form, files
}

// writeJSON writes v as a JSON response without HTML escaping.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", jsonType)
	w.WriteHeader(code)
	_ = encodeJSON(w, v, "")
}

func encodeJSON(w io.Writer, v any, indent string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	return enc.Encode(v)
}

func serveStream(w http.ResponseWriter, req *request, n int) {
	var rec bytes.Buffer
	_ = encodeJSON(&rec, map[string]any{
		"args":    parseQuery(req.r.URL.RawQuery),
		"headers": req.headers,
		"url":     echoURL(req),
	}, "")
	w.Header().Set("Content-Type", jsonType)
	w.WriteHeader(http.StatusOK)
	fl, _ := w.(http.Flusher)
	for range n {
		_, _ = w.Write(rec.Bytes())
		if fl != nil {
			fl.Flush()
		}
	}
}

func serveDelay(w http.ResponseWriter, req *request, n string) {
	secs, _ := strconv.Atoi(n)
	d := min(time.Duration(secs)*time.Second, maxDelay)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-req.r.Context().Done():
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"delay": n})
}

func serveType(w http.ResponseWriter, kind string) {
	if kind == "xml" {
		w.Header().Set("Content-Type", "application/xml; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, xmlPage)
		return
	}
	w.Header().Set("Content-Type", htmlType)
	w.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(w, rootPage)
}

func serveRedirectTo(w http.ResponseWriter, req *request) {
	q := parseQuery(req.r.URL.RawQuery)
	target := firstValue(q["url"])
	if target == "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "a `url` query parameter is required"})
		return
	}
	code := http.StatusFound
	if sc, err := strconv.Atoi(firstValue(q["status_code"])); err == nil && sc >= 300 && sc < 400 {
		code = sc
	}
	w.Header().Set("Location", target)
	w.Header().Set("Content-Type", htmlType)
	w.WriteHeader(code)
	_, _ = io.WriteString(w, "Found. Redirecting to "+target)
}

func firstValue(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []string:
		if len(x) > 0 {
			return x[0]
		}
	}
	return ""
}

func allValues(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []string:
		return x
	}
	return nil
}

// sessionCookie is the session cookie every /cookies* response sets, after
// the requested ones (as the public service does).
const sessionCookie = "sails.sid=0123456789; Path=/; HttpOnly"

func serveCookies(w http.ResponseWriter, req *request) {
	cookies := map[string]string{}
	for _, c := range req.r.Cookies() {
		cookies[c.Name] = c.Value
	}
	w.Header().Add("Set-Cookie", sessionCookie)
	writeJSON(w, http.StatusOK, map[string]any{"cookies": cookies})
}

func serveCookiesSet(w http.ResponseWriter, req *request, del bool) {
	q := parseQuery(req.r.URL.RawQuery)
	keys := slices.Sorted(maps.Keys(q))
	for _, k := range keys {
		for _, v := range allValues(q[k]) {
			if del {
				w.Header().Add("Set-Cookie", k+"=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
			} else {
				w.Header().Add("Set-Cookie", k+"="+v+"; Path=/")
			}
		}
	}
	w.Header().Add("Set-Cookie", sessionCookie)
	w.Header().Set("Location", "/cookies")
	w.Header().Set("Content-Type", htmlType)
	w.WriteHeader(http.StatusFound)
	_, _ = io.WriteString(w, "Found. Redirecting to /cookies")
}

// serveResponseHeaders sets every query parameter as a response header and
// echoes the parameters as the body. A Content-Type is normalised the way
// Express does: single space after ";", charset=utf-8 added when missing.
func serveResponseHeaders(w http.ResponseWriter, req *request) {
	q := parseQuery(req.r.URL.RawQuery)
	hasType := false
	for _, k := range slices.Sorted(maps.Keys(q)) {
		for _, v := range allValues(q[k]) {
			if strings.EqualFold(k, "content-type") {
				hasType = true
				v = normaliseContentType(v)
				w.Header().Set(k, v)
				continue
			}
			w.Header().Add(k, v)
		}
	}
	if !hasType {
		w.Header().Set("Content-Type", jsonType)
	}
	w.WriteHeader(http.StatusOK)
	_ = encodeJSON(w, q, "    ")
}

func normaliseContentType(v string) string {
	parts := strings.Split(v, ";")
	out := []string{strings.TrimSpace(parts[0])}
	hasCharset := false
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(p), "charset=") {
			hasCharset = true
		}
		out = append(out, p)
	}
	if !hasCharset {
		out = append(out, "charset=utf-8")
	}
	return strings.Join(out, "; ")
}

func serveCompressed(w http.ResponseWriter, req *request, encoding string) {
	key := "gzipped"
	if encoding == "deflate" {
		key = "deflated"
	}
	var raw bytes.Buffer
	_ = encodeJSON(&raw, map[string]any{
		key:       true,
		"headers": req.headers,
		"method":  req.r.Method,
	}, "  ")
	var buf bytes.Buffer
	var zw io.WriteCloser
	if encoding == "gzip" {
		zw = gzip.NewWriter(&buf)
	} else {
		zw = zlib.NewWriter(&buf)
	}
	_, _ = zw.Write(raw.Bytes())
	_ = zw.Close()
	w.Header().Set("Content-Encoding", encoding)
	w.Header().Set("Content-Type", jsonType)
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf.Bytes())
}

func unauthorized(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", htmlType)
	w.WriteHeader(http.StatusUnauthorized)
	_, _ = io.WriteString(w, body)
}

const rootPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Local echo</title></head>
<body><h1>Local postman-echo emulation</h1><p>This server emulates the postman-echo.com API for tests.</p></body></html>
`

const xmlPage = `<?xml version="1.0" encoding="utf-8"?>
<food>
  <key>Homestyle Breakfast</key>
  <value>950</value>
</food>
`

const utf8Page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>UTF-8 sample</title></head>
<body>
<p>Latin: àéîõü ÀÉÎÕÜ ß ø å æ</p>
<p>Greek: αβγδε ΑΒΓΔΕ</p>
<p>Cyrillic: абвгд АБВГД</p>
<p>CJK: 你好 こんにちは 안녕하세요</p>
<p>Symbols: € ∑ ∞ ≠ ✓ 𝌆 🍪</p>
</body></html>
`
