package runner

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptrace"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/internal/sandbox"
	"github.com/runner-ci/runner/runner/result"
)

// maxKeptBody bounds the bodies kept in results for --verbose.
const maxKeptBody = 2048

// noDeadline clears a connection deadline.
var noDeadline time.Time

// httpLayer sends requests. It keeps one http.Transport per TLS profile
// (verification, protocol and cipher settings); within a transport the
// client certificate is chosen per connection from the host and port
// dialled, so connections are pooled per (profile, host, port) and a run of
// many requests to one mTLS host makes one handshake.
type httpLayer struct {
	opts  Options
	jar   *cookiejar.Jar
	store *certs.Store

	mu         sync.Mutex
	transports map[string]*http.Transport
}

func newHTTPLayer(opts Options, jar *cookiejar.Jar) *httpLayer {
	store := opts.Certs
	if store == nil {
		// No certificates configured: system roots, verification on.
		s, err := certs.Load(certs.Options{})
		if err == nil {
			store = s
		}
	}
	return &httpLayer{opts: opts, jar: jar, store: store, transports: map[string]*http.Transport{}}
}

func (h *httpLayer) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, t := range h.transports {
		t.CloseIdleConnections()
	}
}

// transport returns the pooled transport of a TLS profile.
func (h *httpLayer) transport(p certs.Profile) *http.Transport {
	key := p.Key()
	h.mu.Lock()
	defer h.mu.Unlock()
	if t, ok := h.transports[key]; ok {
		return t
	}
	dialer := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	// dial connects to addr, or to the address --resolve maps it to.
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		if to, ok := h.resolve(addr); ok {
			addr = to
		}
		return dialer.DialContext(ctx, network, addr)
	}
	t := &http.Transport{
		Proxy:                 h.plainProxy,
		DialContext:           dial,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
		// We send Accept-Encoding ourselves and decode gzip, deflate and
		// br, as Postman does.
		DisableCompression: true,
	}
	store := h.store
	t.DialTLSContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			host = addr
		}
		proxy, err := h.httpsProxy(addr)
		if err != nil {
			return nil, fmt.Errorf("proxy for %s: %w", addr, err)
		}
		if proxy == nil {
			if _, ok := h.resolve(addr); !ok {
				return store.DialTLS(ctx, network, addr, host, p)
			}
			// --resolve: connect to the mapped address, but verify and
			// choose the client certificate for the name in the URL.
			raw, err := dial(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return store.Handshake(ctx, raw, addr, host, p)
		}
		raw, err := dialTunnel(ctx, dialer, proxy, addr)
		if err != nil {
			return nil, err
		}
		return store.Handshake(ctx, raw, addr, host, p)
	}
	h.transports[key] = t
	return t
}

// resolve returns the address --resolve maps addr to; the key "*" maps
// every address not mapped otherwise.
func (h *httpLayer) resolve(addr string) (string, bool) {
	if to, ok := h.opts.Resolve[strings.ToLower(addr)]; ok {
		return to, true
	}
	to, ok := h.opts.Resolve["*"]
	return to, ok
}

// exchange is the outcome of sending one request, redirects included.
type exchange struct {
	method    string
	url       string
	headers   []result.Header // request headers as sent (last hop)
	body      []byte
	resp      *http.Response
	respBody  []byte
	elapsed   time.Duration
	redirects []string
	tls       *certs.Info
	err       error
	// respHeaders caches headerList(resp).
	respHeaders []collection.Header
}

// inputError is a problem with the request definition itself (bad URL,
// unreadable file), reported as the request's error.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

// do sends a resolved request with an item's settings, following redirects
// as configured.
func (h *httpLayer) do(ctx context.Context, req *collection.Request, st *settings, timeout time.Duration) *exchange {
	x := &exchange{method: strings.TrimSpace(req.Method)}
	if x.method == "" {
		x.method = http.MethodGet
	}
	u, userinfo, err := wireURL(req.URL, st.disableEncoding)
	if err != nil {
		x.url = req.URL.Raw
		x.err = err
		return x
	}
	x.url = displayURL(u)

	headers, body, err := h.buildBody(req, st.disabledHeaders)
	if err != nil {
		x.err = err
		return x
	}
	query := u.RawQuery
	if err := applyAuth(req.Auth, x.method, u, headers, body); err != nil {
		x.err = err
		return x
	}
	if !h.opts.ShowSecrets && u.RawQuery != query {
		// Auth added a secret to the query (apikey in query, oauth2
		// access_token): reports show the URL without it.
		x.url = displayURL(&url.URL{Scheme: u.Scheme, Host: u.Host, Opaque: u.Opaque, RawQuery: query + redactedQuerySuffix(query, u.RawQuery)})
	} else {
		x.url = displayURL(u)
	}
	if userinfo != nil && !headers.has("Authorization") {
		pass, _ := userinfo.Password()
		headers.set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(userinfo.Username()+":"+pass)))
	}
	addSystemHeaders(headers, h.opts.Version, st.disabledHeaders)
	x.body = body

	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	transport := h.transport(st.profile)
	digestTried := false
	ntlm := newNTLMHandshake(req.Auth)

	start := time.Now()
	method := x.method
	for hop := 0; ; hop++ {
		hreq, err := http.NewRequestWithContext(ctx, method, u.Scheme+"://"+u.Host+"/", bytesReader(body))
		if err != nil {
			x.err = &inputError{msg: fmt.Sprintf("invalid request: %v", err)}
			return x
		}
		// Send the path and query exactly as encoded (URL.Opaque keeps
		// net/url from re-encoding them).
		hreq.URL = u
		hreq.Header = headers.clone()
		if hv := headers.get("Host"); hv != "" {
			hreq.Host = hv
		}
		if len(body) > 0 {
			hreq.ContentLength = int64(len(body))
		} else if req.Body != nil && method != http.MethodGet && method != http.MethodHead {
			// A request with a body definition (even disabled or empty)
			// says "Content-Length: 0", as Postman does. net/http writes
			// it for any method only with NoBody and an explicit identity
			// transfer encoding (which it does not send).
			hreq.Body = http.NoBody
			hreq.TransferEncoding = []string{"identity"}
		}
		if st.cookies {
			addJarCookies(hreq, h.jar)
		}
		var connInfo *certs.Info
		trace := &httptrace.ClientTrace{GotConn: func(ci httptrace.GotConnInfo) {
			if c, ok := ci.Conn.(*certs.Conn); ok {
				connInfo = c.Info
			}
		}}
		hreq = hreq.WithContext(httptrace.WithClientTrace(hreq.Context(), trace))
		x.headers = headers.result()
		resp, err := transport.RoundTrip(hreq)
		x.tls = nil
		if connInfo != nil {
			cp := *connInfo
			x.tls = &cp
		}
		if err != nil {
			// A TLS 1.3 server rejects a client certificate after the
			// client's handshake completed: the alert arrives on the first
			// read, so classify round-trip errors with the connection's
			// diagnostics too.
			if he := certs.ClassifyError(err, connInfo); he != nil {
				err = he
				if he.Info != nil {
					cp := *he.Info
					x.tls = &cp
				}
			}
			x.elapsed = time.Since(start)
			x.err = transportError(err)
			return x
		}
		if st.cookies {
			h.jar.SetCookies(hreq.URL, resp.Cookies())
		}
		if resp.StatusCode == http.StatusUnauthorized && !digestTried && req.Auth != nil && req.Auth.Type == "digest" {
			if ch := resp.Header.Get("WWW-Authenticate"); strings.HasPrefix(strings.ToLower(ch), "digest ") {
				digestTried = true
				io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
				resp.Body.Close()
				headers.set("Authorization", digestAuthorization(req.Auth, ch, method, u, body))
				continue
			}
		}
		if authz := ntlm.next(resp); authz != "" {
			// NTLM: the next step goes over the same (kept-alive) connection.
			io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
			resp.Body.Close()
			headers.set("Authorization", authz)
			continue
		}
		loc := resp.Header.Get("Location")
		if st.follow && isRedirect(resp.StatusCode) && loc != "" {
			io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
			resp.Body.Close()
			if hop >= st.maxRedirects {
				x.elapsed = time.Since(start)
				x.err = fmt.Errorf("exceeded maxRedirects (%d), probably stuck in a redirect loop %s", st.maxRedirects, displayURL(u))
				return x
			}
			base, err := url.Parse(displayURL(u))
			if err != nil {
				base = u
			}
			next, err := base.Parse(loc)
			if err != nil {
				x.err = fmt.Errorf("invalid redirect location %q: %w", loc, err)
				return x
			}
			x.redirects = append(x.redirects, next.String())
			if !st.keepMethod && (resp.StatusCode == 301 || resp.StatusCode == 302 || resp.StatusCode == 303) && method != http.MethodHead {
				method = http.MethodGet
				body = nil
				headers.del("Content-Type")
				headers.del("Content-Length")
			}
			if !st.keepAuth && !sameOrigin(u, next) {
				headers.del("Authorization")
			}
			if !st.dropReferer {
				headers.set("Referer", displayURL(u))
			}
			headers.del("Cookie")
			u = withOpaquePath(next)
			x.url = displayURL(u)
			continue
		}
		x.method = method
		raw, err := readBody(resp)
		x.elapsed = time.Since(start)
		x.resp = resp
		x.respBody = raw
		if err != nil {
			x.err = fmt.Errorf("read response body: %w", err)
		}
		return x
	}
}

func bytesReader(b []byte) io.Reader {
	if b == nil {
		return nil
	}
	return bytes.NewReader(b)
}

func isRedirect(code int) bool {
	switch code {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Hostname(), b.Hostname()) && a.Port() == b.Port() && a.Scheme == b.Scheme
}

// redactedQuerySuffix returns the parameters auth appended to the query,
// with their values redacted.
func redactedQuerySuffix(before, after string) string {
	added := strings.TrimPrefix(strings.TrimPrefix(after, before), "&")
	var out []string
	for _, kv := range strings.Split(added, "&") {
		k, _, _ := strings.Cut(kv, "=")
		out = append(out, k+"="+url.QueryEscape(Redacted))
	}
	sep := ""
	if before != "" {
		sep = "&"
	}
	return sep + strings.Join(out, "&")
}

// withOpaquePath converts a parsed URL (a redirect target) into the form
// wireURL produces: the escaped path in Opaque.
func withOpaquePath(u *url.URL) *url.URL {
	out := *u
	out.Opaque = u.EscapedPath()
	if out.Opaque == "" {
		out.Opaque = "/"
	}
	out.RawPath = ""
	return &out
}

// transportError gives network errors the short form users know from
// Newman where it helps (ECONNREFUSED, ETIMEDOUT) and keeps the Go detail.
func transportError(err error) error {
	var he *certs.HandshakeError
	if errors.As(err, &he) {
		return he
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	msg := err.Error()
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("ETIMEDOUT: request timed out: %w", err)
	case strings.Contains(msg, "connection refused"):
		return fmt.Errorf("ECONNREFUSED: %w", err)
	case strings.Contains(msg, "no such host"):
		return fmt.Errorf("ENOTFOUND: %w", err)
	case strings.Contains(msg, "connection reset"):
		return fmt.Errorf("ECONNRESET: %w", err)
	}
	return err
}

// readBody reads and decodes the response body (gzip, deflate, br).
func readBody(resp *http.Response) ([]byte, error) {
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return raw, err
	}
	enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	if len(raw) == 0 || enc == "" || enc == "identity" {
		return raw, nil
	}
	var rd io.Reader
	switch enc {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return raw, nil // not really gzip: keep the bytes
		}
		rd = zr
	case "deflate":
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			rd = zr
		} else {
			rd = flate.NewReader(bytes.NewReader(raw))
		}
	case "br":
		rd = brotli.NewReader(bytes.NewReader(raw))
	default:
		return raw, nil
	}
	dec, err := io.ReadAll(rd)
	if err != nil {
		return raw, nil
	}
	return dec, nil
}

// addJarCookies adds the jar's cookies for the URL to the request's Cookie
// header, after any cookie the request sets itself.
func addJarCookies(req *http.Request, jar *cookiejar.Jar) {
	cs := jar.Cookies(req.URL)
	if len(cs) == 0 {
		return
	}
	var parts []string
	if existing := req.Header.Get("Cookie"); existing != "" {
		parts = append(parts, existing)
	}
	have := map[string]bool{}
	for _, p := range parts {
		for _, kv := range strings.Split(p, ";") {
			k, _, _ := strings.Cut(strings.TrimSpace(kv), "=")
			have[k] = true
		}
	}
	for _, c := range cs {
		if !have[c.Name] {
			parts = append(parts, c.Name+"="+c.Value)
		}
	}
	req.Header.Del("Cookie")
	req.Header["Cookie"] = []string{strings.Join(parts, "; ")}
}

// redacted are the headers whose values never reach a report unless
// secrets are shown.
var redacted = map[string]bool{
	"authorization": true, "proxy-authorization": true, "cookie": true, "set-cookie": true,
	"x-amz-security-token": true, // awsv4 session token (a credential)
}

// Redacted is the replacement text of a redacted value.
const Redacted = "[redacted]"

// isRedacted reports whether a header's value is a secret (without
// allocating a lower-case copy of every header name).
func isRedacted(key string) bool {
	for k := range redacted {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

func redactHeaders(hs []result.Header, show bool) []result.Header {
	if show {
		return hs
	}
	out := make([]result.Header, len(hs))
	for i, h := range hs {
		if isRedacted(h.Key) {
			h.Value = Redacted
		}
		out[i] = h
	}
	return out
}

func clip(b []byte) string {
	if len(b) > maxKeptBody {
		return string(b[:maxKeptBody]) + "…"
	}
	return string(b)
}

func (x *exchange) resultRequest(keepBody, showSecrets bool) *result.Request {
	r := &result.Request{
		Method:   x.method,
		URL:      x.url,
		Headers:  redactHeaders(x.headers, showSecrets),
		BodySize: int64(len(x.body)),
	}
	if keepBody {
		r.Body = clip(x.body)
	}
	return r
}

func (x *exchange) resultResponse(keepBody, showSecrets bool) *result.Response {
	if x.resp == nil {
		return nil
	}
	list := x.responseHeaders()
	hs := make([]result.Header, len(list))
	for i, kv := range list {
		hs[i] = result.Header{Key: kv.Key, Value: kv.Value}
	}
	r := &result.Response{
		Code:       x.resp.StatusCode,
		Status:     reason(x.resp),
		Headers:    redactHeaders(hs, showSecrets),
		Size:       int64(len(x.respBody)),
		HeaderSize: x.headerSize(),
		Time:       ms(x.elapsed),
		Redirects:  x.redirects,
	}
	if keepBody {
		r.Body = clip(x.respBody)
	}
	return r
}

// responseHeaders returns the response headers in a stable order, computed
// once.
func (x *exchange) responseHeaders() []collection.Header {
	if x.respHeaders == nil {
		x.respHeaders = headerList(x.resp)
	}
	return x.respHeaders
}

// headerSize is the approximate size of the status line and headers.
func (x *exchange) headerSize() int64 {
	n := int64(len(x.resp.Proto) + 5 + len(x.resp.Status) + 2)
	for _, kv := range x.responseHeaders() {
		n += int64(len(kv.Key) + len(kv.Value) + 4)
	}
	return n
}

// scriptResponse is the response as scripts see it; nil when the request
// failed.
func (x *exchange) scriptResponse() *sandbox.Response {
	if x.resp == nil || x.err != nil {
		return nil
	}
	return &sandbox.Response{
		Code:       x.resp.StatusCode,
		Status:     reason(x.resp),
		Headers:    x.responseHeaders(),
		Body:       x.respBody,
		Time:       ms(x.elapsed),
		HeaderSize: x.headerSize(),
		Cookies:    x.resp.Cookies(),
		TLS:        x.tls,
	}
}

// reason is the response's reason phrase as sent by the server.
func reason(resp *http.Response) string {
	s := strings.TrimSpace(strings.TrimPrefix(resp.Status, fmt.Sprint(resp.StatusCode)))
	if s == "" {
		return statusText(resp.StatusCode)
	}
	return s
}

// headerList returns the response headers in a stable order (Go does not
// keep wire order), with every value of repeated headers.
func headerList(resp *http.Response) []collection.Header {
	var out []collection.Header
	for _, k := range slices.Sorted(maps.Keys(resp.Header)) {
		for _, v := range resp.Header[k] {
			out = append(out, collection.Header{Key: k, Value: v})
		}
	}
	return out
}

// newUUID returns a random v4 UUID.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
