package echoserver

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// client never follows redirects and never decompresses, so tests see
// exactly what the server sent.
func client(pool *tls.Config) *http.Client {
	return &http.Client{
		Transport: &http.Transport{DisableCompression: true, TLSClientConfig: pool},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

type response struct {
	code   int
	header http.Header
	body   []byte
}

func (r response) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("body is not a JSON object: %v\n%s", err, r.body)
	}
	return m
}

func do(t *testing.T, c *http.Client, method, u string, header http.Header, body []byte) response {
	t.Helper()
	req, err := http.NewRequest(method, u, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{resp.StatusCode, resp.Header, b}
}

func TestEchoEndpoints(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")

	var mp bytes.Buffer
	mw := multipart.NewWriter(&mp)
	_ = mw.WriteField("k", "v1")
	_ = mw.WriteField("k", "v2")
	fw, _ := mw.CreateFormFile("upload", "hello.txt")
	_, _ = fw.Write([]byte("hello"))
	_ = mw.Close()

	tests := []struct {
		name   string
		method string
		path   string
		header http.Header
		body   string
		code   int
		check  func(t *testing.T, r response)
	}{
		{"get args and url", "GET", "/get?a=1&a=2&b&c=x%20y", nil, "", 200, func(t *testing.T, r response) {
			m := r.json(t)
			args := m["args"].(map[string]any)
			if fmt.Sprint(args["a"]) != "[1 2]" || args["b"] != "" || args["c"] != "x y" {
				t.Errorf("args = %v", args)
			}
			if want := "http://" + host + "/get?a=1&a=2&b&c=x%20y"; m["url"] != want {
				t.Errorf("url = %v, want %v", m["url"], want)
			}
			if r.header.Get("Content-Type") != "application/json; charset=utf-8" {
				t.Errorf("content-type = %q", r.header.Get("Content-Type"))
			}
		}},
		{"doubled slashes and odd query kept", "GET", "//get???&x=", nil, "", 200, func(t *testing.T, r response) {
			if want := "http://" + host + "/get???&x="; r.json(t)["url"] != want {
				t.Errorf("url = %v, want %v", r.json(t)["url"], want)
			}
		}},
		{"lower-cased headers", "GET", "/headers", http.Header{"X-Mixed-Case": {"Yes"}}, "", 200, func(t *testing.T, r response) {
			m := r.json(t)
			h := m["headers"].(map[string]any)
			if h["x-mixed-case"] != "Yes" || h["host"] != host {
				t.Errorf("headers = %v", h)
			}
			if _, ok := m["url"]; ok {
				t.Error("/headers must not have a url key")
			}
		}},
		{"raw body is data", "PUT", "/put", http.Header{"Content-Type": {"text/plain"}}, "some text", 200, func(t *testing.T, r response) {
			m := r.json(t)
			if m["data"] != "some text" || m["json"] != nil {
				t.Errorf("data = %v, json = %v", m["data"], m["json"])
			}
		}},
		{"json body", "POST", "/post", http.Header{"Content-Type": {"application/json"}}, `{"a":[1,2]}`, 200, func(t *testing.T, r response) {
			j, ok := r.json(t)["json"].(map[string]any)
			if !ok || fmt.Sprint(j["a"]) != "[1 2]" {
				t.Errorf("json = %v", r.json(t)["json"])
			}
		}},
		{"urlencoded body is form", "PATCH", "/patch", http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}, "a=b+c&d=%26", 200, func(t *testing.T, r response) {
			f := r.json(t)["form"].(map[string]any)
			if f["a"] != "b c" || f["d"] != "&" {
				t.Errorf("form = %v", f)
			}
		}},
		{"multipart fields and files", "POST", "/post", http.Header{"Content-Type": {mw.FormDataContentType()}}, mp.String(), 200, func(t *testing.T, r response) {
			m := r.json(t)
			if f := m["form"].(map[string]any); fmt.Sprint(f["k"]) != "[v1 v2]" {
				t.Errorf("form = %v", f)
			}
			want := "data:application/octet-stream;base64," + base64.StdEncoding.EncodeToString([]byte("hello"))
			if f := m["files"].(map[string]any); f["hello.txt"] != want {
				t.Errorf("files = %v", f)
			}
		}},
		{"status code", "GET", "/status/418", nil, "", 418, func(t *testing.T, r response) {
			if r.json(t)["status"] != float64(418) {
				t.Errorf("body = %s", r.body)
			}
		}},
		{"response headers normalise content type", "GET", "/response-headers?Content-Type=application%2Fjson%3B%20%20charset%3Dutf-8&Server=apibin", nil, "", 200, func(t *testing.T, r response) {
			if got := r.header.Get("Content-Type"); got != "application/json; charset=utf-8" {
				t.Errorf("content-type = %q", got)
			}
			if r.header.Get("Server") != "apibin" || !bytes.Contains(r.body, []byte(`"Server"`)) {
				t.Errorf("server header %q, body %s", r.header.Get("Server"), r.body)
			}
		}},
		{"cookies set redirects", "GET", "/cookies/set?foo=bar", nil, "", 302, func(t *testing.T, r response) {
			if r.header.Get("Location") != "/cookies" || r.header.Values("Set-Cookie")[0] != "foo=bar; Path=/" {
				t.Errorf("headers = %v", r.header)
			}
		}},
		{"cookies echo", "GET", "/cookies", http.Header{"Cookie": {"a=1; b=2"}}, "", 200, func(t *testing.T, r response) {
			if c := r.json(t)["cookies"].(map[string]any); c["a"] != "1" || c["b"] != "2" {
				t.Errorf("cookies = %v", c)
			}
		}},
		{"redirect-to", "GET", "/redirect-to?url=http%3A%2F%2Fexample.com%2Fx&status_code=307", nil, "", 307, func(t *testing.T, r response) {
			if r.header.Get("Location") != "http://example.com/x" {
				t.Errorf("location = %q", r.header.Get("Location"))
			}
		}},
		{"gzip", "GET", "/gzip", nil, "", 200, func(t *testing.T, r response) {
			zr, err := gzip.NewReader(bytes.NewReader(r.body))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(zr)
			if r.header.Get("Content-Encoding") != "gzip" || !bytes.Contains(b, []byte(`"gzipped": true`)) {
				t.Errorf("encoding %q body %s", r.header.Get("Content-Encoding"), b)
			}
		}},
		{"deflate", "GET", "/deflate", nil, "", 200, func(t *testing.T, r response) {
			zr, err := zlib.NewReader(bytes.NewReader(r.body))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(zr)
			if !bytes.Contains(b, []byte(`"deflated": true`)) {
				t.Errorf("body %s", b)
			}
		}},
		{"stream", "GET", "/stream/3", nil, "", 200, func(t *testing.T, r response) {
			if n := bytes.Count(r.body, []byte("\n")); n != 3 {
				t.Errorf("%d records, want 3", n)
			}
		}},
		{"delay zero", "GET", "/delay/0", nil, "", 200, func(t *testing.T, r response) {
			if r.json(t)["delay"] != "0" {
				t.Errorf("body %s", r.body)
			}
		}},
		{"head has no body", "HEAD", "/get", nil, "", 200, func(t *testing.T, r response) {
			if len(r.body) != 0 {
				t.Errorf("body %q", r.body)
			}
		}},
		{"xml type", "GET", "/type/xml", nil, "", 200, func(t *testing.T, r response) {
			if !strings.HasPrefix(r.header.Get("Content-Type"), "application/xml") || !bytes.HasPrefix(r.body, []byte("<?xml")) {
				t.Errorf("type %q body %s", r.header.Get("Content-Type"), r.body)
			}
		}},
		{"redirect chain", "GET", "/redirect/2", nil, "", 302, func(t *testing.T, r response) {
			if r.header.Get("Location") != "/redirect/1" {
				t.Errorf("location = %q", r.header.Get("Location"))
			}
		}},
		{"redirect chain end", "GET", "/redirect/1", nil, "", 302, func(t *testing.T, r response) {
			if r.header.Get("Location") != "/get" {
				t.Errorf("location = %q", r.header.Get("Location"))
			}
		}},
		{"unknown path", "GET", "/nope", nil, "", 404, nil},
	}
	c := client(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, c, tt.method, srv.URL+tt.path, tt.header, []byte(tt.body))
			if r.code != tt.code {
				t.Fatalf("status %d, want %d; body %s", r.code, tt.code, r.body)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func TestBasicAuth(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	tests := []struct {
		name       string
		user, pass string
		set        bool
		want       int
	}{
		{"correct", "postman", "password", true, 200},
		{"wrong password", "postman", "Password", true, 401},
		{"wrong user", "postmen", "password", true, 401},
		{"missing", "", "", false, 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+"/basic-auth", nil)
			if tt.set {
				req.SetBasicAuth(tt.user, tt.pass)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
}

func hexMD5(s string) string {
	sum := md5.Sum([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestDigestAuth(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()

	// The challenge names realm Users, a nonce and qop auth.
	resp, err := http.Get(srv.URL + "/digest-auth")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	chal := resp.Header.Get("WWW-Authenticate")
	if resp.StatusCode != 401 || !strings.HasPrefix(chal, "Digest ") {
		t.Fatalf("challenge: status %d, WWW-Authenticate %q", resp.StatusCode, chal)
	}
	p := parseAuthParams(strings.TrimPrefix(chal, "Digest "))
	if p["realm"] != "Users" || p["nonce"] == "" || p["qop"] != "auth" {
		t.Fatalf("challenge params %v", p)
	}

	// Known value from Newman's echo-v2 collection (no qop).
	if got := DigestResponse("GET", nil, map[string]string{
		"username": "postman", "realm": "Users", "nonce": "ni1LiL0O37PRRhofWdCLmwFsnEtH1lew", "uri": "/digest-auth",
	}, "password"); got != "254679099562cf07df9b6f5d8d15db44" {
		t.Errorf("DigestResponse = %s", got)
	}

	qopAuth := func(pass string) string {
		ha1 := hexMD5("postman:Users:" + pass)
		ha2 := hexMD5("GET:/digest-auth")
		return hexMD5(ha1 + ":" + p["nonce"] + ":00000001:abcdef:auth:" + ha2)
	}
	noQop := func(pass string) string {
		return hexMD5(hexMD5("postman:Users:"+pass) + ":anynonce:" + hexMD5("GET:/digest-auth"))
	}
	tests := []struct {
		name   string
		header string
		want   int
	}{
		{"qop auth", fmt.Sprintf(`Digest username="postman", realm="Users", nonce="%s", uri="/digest-auth", qop=auth, nc=00000001, cnonce="abcdef", response="%s"`, p["nonce"], qopAuth("password")), 200},
		{"no qop, client nonce", fmt.Sprintf(`Digest username="postman", realm="Users", nonce="anynonce", uri="/digest-auth", algorithm="MD5", response="%s"`, noQop("password")), 200},
		{"wrong password", fmt.Sprintf(`Digest username="postman", realm="Users", nonce="%s", uri="/digest-auth", qop=auth, nc=00000001, cnonce="abcdef", response="%s"`, p["nonce"], qopAuth("wrong")), 401},
		{"wrong realm", fmt.Sprintf(`Digest username="postman", realm="Other", nonce="anynonce", uri="/digest-auth", response="%s"`, noQop("password")), 401},
		{"basic instead", "Basic cG9zdG1hbjpwYXNzd29yZA==", 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, client(nil), "GET", srv.URL+"/digest-auth", http.Header{"Authorization": {tt.header}}, nil)
			if r.code != tt.want {
				t.Fatalf("status %d, want %d; body %s", r.code, tt.want, r.body)
			}
			if tt.want == 200 && r.json(t)["authenticated"] != true {
				t.Errorf("body %s", r.body)
			}
		})
	}
}

// hawkHeader builds a Hawk header independently of the server code.
func hawkHeader(key, id string, ts int64, method, resource, host, port, ext string) string {
	norm := fmt.Sprintf("hawk.1.header\n%d\nn0nce\n%s\n%s\n%s\n%s\n\n%s\n", ts, method, resource, host, port, ext)
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(norm))
	mac := base64.StdEncoding.EncodeToString(m.Sum(nil))
	return fmt.Sprintf(`Hawk id="%s", ts="%d", nonce="n0nce", ext="%s", mac="%s"`, id, ts, ext, mac)
}

func TestHawkAuth(t *testing.T) {
	// Known value from the Hawk specification's README example.
	if got := HawkMAC(HawkKey, "1353832234", "j4h3g2", "GET", "/resource/1?b=1&a=2", "example.com", "8000", "", "some-app-ext-data", "", ""); got != "6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=" {
		t.Errorf("HawkMAC = %s", got)
	}
	now := time.Unix(1700000000, 0)
	s := New()
	s.Now = func() time.Time { return now }
	srv := httptest.NewServer(s)
	defer srv.Close()
	h, port, _ := net.SplitHostPort(strings.TrimPrefix(srv.URL, "http://"))
	tests := []struct {
		name   string
		header string
		want   int
	}{
		{"valid", hawkHeader(HawkKey, HawkID, now.Unix(), "GET", "/auth/hawk?x=1", h, port, "ext"), 200},
		{"wrong key", hawkHeader("not-the-key", HawkID, now.Unix(), "GET", "/auth/hawk?x=1", h, port, "ext"), 401},
		{"wrong id", hawkHeader(HawkKey, "someone", now.Unix(), "GET", "/auth/hawk?x=1", h, port, "ext"), 401},
		{"wrong resource", hawkHeader(HawkKey, HawkID, now.Unix(), "GET", "/auth/hawk", h, port, "ext"), 401},
		{"stale timestamp", hawkHeader(HawkKey, HawkID, now.Unix()-3600, "GET", "/auth/hawk?x=1", h, port, "ext"), 401},
		{"missing", "", 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hdr := http.Header{}
			if tt.header != "" {
				hdr.Set("Authorization", tt.header)
			}
			r := do(t, client(nil), "GET", srv.URL+"/auth/hawk?x=1", hdr, nil)
			if r.code != tt.want {
				t.Fatalf("status %d, want %d; body %s", r.code, tt.want, r.body)
			}
			if tt.want == 200 && r.json(t)["message"] != "Hawk Authentication Successful" {
				t.Errorf("body %s", r.body)
			}
		})
	}
}

func TestOAuth1(t *testing.T) {
	// Known value from RFC 5849 section 1.2.
	sig, _ := OAuth1Signature("GET", "http://photos.example.net/photos", []OAuthParam{
		{"oauth_consumer_key", "dpf43f3p2l4k3l03"}, {"oauth_token", "nnch734d00sl2jdk"},
		{"oauth_signature_method", "HMAC-SHA1"}, {"oauth_timestamp", "137131202"},
		{"oauth_nonce", "chapoH"}, {"file", "vacation.jpg"}, {"size", "original"},
	}, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00")
	if sig != "MdpQcU8iPSUjWoN/UDMsK2sui9I=" {
		t.Errorf("OAuth1Signature = %s", sig)
	}

	srv := httptest.NewServer(Handler())
	defer srv.Close()
	base := srv.URL + "/oauth1"
	header := func(consumerKey, secret string) string {
		params := []OAuthParam{
			{"oauth_consumer_key", consumerKey}, {"oauth_signature_method", "HMAC-SHA1"},
			{"oauth_timestamp", "1461319769"}, {"oauth_nonce", "ik3oT5"}, {"oauth_version", "1.0"},
			{"a", "o m&g"},
		}
		sig, _ := OAuth1Signature("GET", base, params, secret, "")
		var parts []string
		for _, p := range params[:5] {
			parts = append(parts, p.Key+`="`+OAuthEncode(p.Value)+`"`)
		}
		parts = append(parts, `oauth_signature="`+OAuthEncode(sig)+`"`)
		return "OAuth " + strings.Join(parts, ",")
	}
	tests := []struct {
		name   string
		header string
		want   int
	}{
		{"valid", header(OAuth1ConsumerKey, OAuth1ConsumerSecret), 200},
		{"wrong secret", header(OAuth1ConsumerKey, "nope"), 401},
		{"wrong consumer key", header("someone-else", OAuth1ConsumerSecret), 401},
		{"missing", "", 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hdr := http.Header{}
			if tt.header != "" {
				hdr.Set("Authorization", tt.header)
			}
			r := do(t, client(nil), "GET", base+"?a="+url.QueryEscape("o m&g"), hdr, nil)
			if r.code != tt.want {
				t.Fatalf("status %d, want %d; body %s", r.code, tt.want, r.body)
			}
			if want := map[int]string{200: "pass", 401: "fail"}[tt.want]; r.json(t)["status"] != want {
				t.Errorf("body %s", r.body)
			}
		})
	}
}

func TestStartServers(t *testing.T) {
	s, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tlsCfg := &tls.Config{RootCAs: s.CAPool}
	c := client(tlsCfg)

	t.Run("echo over http and https on one port", func(t *testing.T) {
		for _, base := range []string{s.EchoURL, s.EchoTLSURL} {
			r := do(t, c, "GET", base+"/get?x=1", nil, nil)
			if want := base + "/get?x=1"; r.code != 200 || r.json(t)["url"] != want {
				t.Errorf("%s: status %d url %v, want %s", base, r.code, r.json(t)["url"], want)
			}
		}
	})
	t.Run("expired certificate rejected then accepted insecurely", func(t *testing.T) {
		_, err := c.Get(s.ExpiredURL)
		var invalid x509.CertificateInvalidError
		if !errors.As(err, &invalid) || invalid.Reason != x509.Expired {
			t.Fatalf("error %v, want an expired-certificate error", err)
		}
		r := do(t, client(&tls.Config{InsecureSkipVerify: true}), "GET", s.ExpiredURL, nil, nil)
		if r.code != 200 {
			t.Errorf("insecure status %d", r.code)
		}
	})
	t.Run("redirect hops", func(t *testing.T) {
		r := do(t, c, "GET", s.RedirectURL+"/2", nil, nil)
		if r.code != 302 || r.header.Get("Location") != "/1" {
			t.Errorf("/2: %d %q", r.code, r.header.Get("Location"))
		}
		r = do(t, c, "GET", s.RedirectURL+"/1", nil, nil)
		if r.code != 302 || r.header.Get("Location") != "/" {
			t.Errorf("/1: %d %q", r.code, r.header.Get("Location"))
		}
		r = do(t, c, "PUT", s.RedirectURL+"/status/307", nil, nil)
		if r.code != 307 || r.header.Get("Location") != "/" {
			t.Errorf("/status/307: %d %q", r.code, r.header.Get("Location"))
		}
		r = do(t, c, "POST", s.RedirectURL+"/", http.Header{"Referer": {"x"}}, []byte("body"))
		m := r.json(t)
		if m["url"] != "/" || m["method"] != "POST" || m["data"] != "body" || m["headers"].(map[string]any)["referer"] != "x" {
			t.Errorf("final: %s", r.body)
		}
	})
	t.Run("raw echo", func(t *testing.T) {
		conn, err := net.Dial("tcp", s.RawEchoAddr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		req := "POSTMAN /a%20b HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nhé!"
		if _, err := io.WriteString(conn, req); err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(conn)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(got), "\r\n\r\n")
		if !strings.HasPrefix(head, "HTTP/1.1 200") || body != req {
			t.Errorf("response %q", got)
		}
		if !strings.Contains(head, `raw-request: "POSTMAN /a%20b HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nh\u00e9!"`) {
			t.Errorf("raw-request header missing or wrong in %q", head)
		}
	})
	t.Run("raw echo HEAD has no body", func(t *testing.T) {
		got := RawEchoResponse([]byte("HEAD / HTTP/1.1\r\n\r\n"))
		if !bytes.HasSuffix(got, []byte("\r\n\r\n")) {
			t.Errorf("response %q", got)
		}
	})
	t.Run("close", func(t *testing.T) {
		s2, err := Start(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := s2.Close(); err != nil {
			t.Fatalf("close: %v", err)
		}
		if _, err := net.DialTimeout("tcp", s2.EchoAddr, time.Second); err == nil {
			t.Error("echo still accepting after Close")
		}
	})
}
