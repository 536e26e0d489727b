package runner

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/result"
)

// setAuthClock fixes authNow for the test.
func setAuthClock(t *testing.T, ts time.Time) {
	t.Helper()
	old := authNow
	authNow = func() time.Time { return ts }
	t.Cleanup(func() { authNow = old })
}

// signWith applies an auth definition to a request built from rawURL and
// returns the headers and the final URL.
func signWith(t *testing.T, a *collection.Auth, method, rawURL string, headers [][2]string, body string) (*headerSet, *url.URL) {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	u = withOpaquePath(u)
	hs := &headerSet{}
	for _, h := range headers {
		hs.add(h[0], h[1])
	}
	if err := applyAuth(a, method, u, hs, []byte(body)); err != nil {
		t.Fatalf("applyAuth: %v", err)
	}
	return hs, u
}

func awsAuth(kv ...string) *collection.Auth {
	a := &collection.Auth{Type: "awsv4", Params: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		a.Params[kv[i]] = kv[i+1]
	}
	return a
}

// TestAWSv4Vectors checks cases of AWS's SigV4 test suite (credentials
// AKIDEXAMPLE, 2015-08-30T12:36:00Z, us-east-1, service "service") and the
// S3 examples of the S3 API reference (GET with Range, presigned GET).
func TestAWSv4Vectors(t *testing.T) {
	suite := []string{"accessKey", "AKIDEXAMPLE", "secretKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "region", "us-east-1", "service", "service"}
	s3 := []string{"accessKey", "AKIAIOSFODNN7EXAMPLE", "secretKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "region", "us-east-1", "service", "s3"}
	suiteTime := time.Date(2015, 8, 30, 12, 36, 0, 0, time.UTC)
	s3Time := time.Date(2013, 5, 24, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		params  []string
		at      time.Time
		method  string
		url     string
		headers [][2]string
		body    string
		want    string // Authorization header, or the final URL for presigned
	}{
		{"get-vanilla", suite, suiteTime, "GET", "https://example.amazonaws.com/", nil, "",
			"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"},
		{"get-vanilla-query-order-key-case", suite, suiteTime, "GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1", nil, "",
			"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"},
		{"get-slashes (normalised)", suite, suiteTime, "GET", "https://example.amazonaws.com//", nil, "",
			"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"},
		{"s3 GET object with range", s3, s3Time, "GET", "https://examplebucket.s3.amazonaws.com/test.txt",
			[][2]string{{"Range", "bytes=0-9"}}, "",
			"AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"},
		{"s3 presigned GET", append(s3, "addAuthDataToQuery", "true"), s3Time, "GET", "https://examplebucket.s3.amazonaws.com/test.txt", nil, "",
			"https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"},
		// The same, with stale auth parameters in the URL (replaced) and the
		// user's X-Amz-Expires (kept).
		{"s3 presigned GET, earlier parameters", append(s3, "addAuthDataToQuery", "true"), s3Time, "GET",
			"https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Expires=86400&X-Amz-Signature=old&X-Amz-Date=old", nil, "",
			"https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Expires=86400&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			setAuthClock(t, tc.at)
			hs, u := signWith(t, awsAuth(tc.params...), tc.method, tc.url, tc.headers, tc.body)
			got := hs.get("Authorization")
			if strings.HasPrefix(tc.want, "https://") {
				got = displayURL(u)
				if hs.has("Authorization") || hs.has("X-Amz-Date") {
					t.Errorf("presigned request has auth headers: %+v", hs.list)
				}
			} else if d := hs.get("X-Amz-Date"); d != tc.at.Format("20060102T150405Z") {
				t.Errorf("X-Amz-Date = %q", d)
			}
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestAWSv4Canonical covers the canonical URI and query rules.
func TestAWSv4Canonical(t *testing.T) {
	uris := []struct {
		path string
		s3   bool
		want string
	}{
		{"", false, "/"},
		{"/", false, "/"},
		{"/example/..", false, "/"},
		{"/example1/example2/../..", false, "/"},
		{"/./example", false, "/example"},
		{"//example//", false, "/example/"},
		{"/a%20b/c", false, "/a%2520b/c"}, // encoded once more
		{"/%E1%88%B4", false, "/%25E1%2588%25B4"},
		{"/a%20b//c", true, "/a%20b//c"}, // S3: once, not normalised
		{"/%E1%88%B4", true, "/%E1%88%B4"},
		{"/a:b", true, "/a%3Ab"},
	}
	for _, c := range uris {
		if got := awsCanonicalURI(c.path, c.s3); got != c.want {
			t.Errorf("awsCanonicalURI(%q, s3=%v) = %q, want %q", c.path, c.s3, got, c.want)
		}
	}
	queries := []struct{ raw, want string }{
		{"", ""},
		{"b=2&a=1&A=0", "A=0&a=1&b=2"},
		{"a=2&a=1", "a=1&a=2"},
		{"k", "k="},
		{"x=a+b&y=%7E%2a", "x=a%20b&y=~%2A"},
		{"-_.~=-_.~", "-_.~=-_.~"},
	}
	for _, c := range queries {
		if got := awsCanonicalQuery(c.raw); got != c.want {
			t.Errorf("awsCanonicalQuery(%q) = %q, want %q", c.raw, got, c.want)
		}
	}
	// post-x-www-form-urlencoded, with the suite's headers (applyAWSv4 also
	// signs X-Amz-Content-Sha256 for a body, as Postman does).
	s := awsSigner{accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", region: "us-east-1", service: "service", amzDate: "20150830T123600Z"}
	canonical, signed := awsCanonicalRequest("POST", "/", "", map[string]string{
		"content-type": "application/x-www-form-urlencoded", "host": "example.amazonaws.com", "x-amz-date": "20150830T123600Z",
	}, sha256Hex([]byte("Param1=value1")))
	if got, want := s.signature(canonical), "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"; got != want || signed != "content-type;host;x-amz-date" {
		t.Errorf("post-x-www-form-urlencoded signature %s (%s), want %s", got, signed, want)
	}
	// get-utf8: the suite's canonical request for the path "/ሴ".
	setAuthClock(t, time.Date(2015, 8, 30, 12, 36, 0, 0, time.UTC))
	canonical, _ = awsCanonicalRequest("GET", awsCanonicalURI("/ሴ", false), "",
		map[string]string{"host": "example.amazonaws.com", "x-amz-date": "20150830T123600Z"}, sha256Hex(nil))
	if got, want := s.signature(canonical), "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"; got != want {
		t.Errorf("get-utf8 signature %s, want %s", got, want)
	}
}

// TestAuthMissingParams: required parameters missing are request errors
// naming the auth type and the parameter.
func TestAuthMissingParams(t *testing.T) {
	cases := []struct {
		auth *collection.Auth
		want string
	}{
		{awsAuth("secretKey", "s"), `awsv4 auth: parameter "accessKey"`},
		{awsAuth("accessKey", "a"), `awsv4 auth: parameter "secretKey"`},
		{&collection.Auth{Type: "edgegrid", Params: map[string]any{"clientToken": "c", "clientSecret": "s"}}, `edgegrid auth: parameter "accessToken"`},
		{&collection.Auth{Type: "edgegrid", Params: map[string]any{"accessToken": "a", "clientSecret": "s"}}, `edgegrid auth: parameter "clientToken"`},
		{&collection.Auth{Type: "edgegrid", Params: map[string]any{"accessToken": "a", "clientToken": "c"}}, `edgegrid auth: parameter "clientSecret"`},
		{&collection.Auth{Type: "ntlm", Params: map[string]any{"password": "p"}}, `ntlm auth: parameter "username"`},
		{&collection.Auth{Type: "akamai"}, `auth type "akamai" is not supported`},
	}
	for _, c := range cases {
		u, _ := url.Parse("http://127.0.0.1/x")
		err := applyAuth(c.auth, "GET", u, &headerSet{}, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.auth.Type, err, c.want)
		}
		if err != nil && (strings.Contains(err.Error(), `"s"`) || strings.Contains(err.Error(), `"p"`)) {
			t.Errorf("%s: error shows a secret: %v", c.auth.Type, err)
		}
	}
}

// authSink keeps the executions of a run.
type authSink struct{ execs []*result.Execution }

func (s *authSink) Start(*result.Run) error { return nil }
func (s *authSink) Execution(_ *result.Run, e *result.Execution) error {
	s.execs = append(s.execs, e)
	return nil
}
func (s *authSink) Done(*result.Run) error { return nil }

// authRequest is one request of runAuthCollection.
type authRequest struct {
	method, url string
	headers     map[string]string
	body        string
}

// runAuthCollection runs requests with one collection-level auth through
// the engine and returns their executions.
func runAuthCollection(t *testing.T, authType string, params map[string]any, reqs ...authRequest) []*result.Execution {
	t.Helper()
	var list []map[string]any
	for k, v := range params {
		list = append(list, map[string]any{"key": k, "value": v})
	}
	var items []map[string]any
	for i, r := range reqs {
		req := map[string]any{"method": r.method, "url": r.url}
		var hs []map[string]any
		for k, v := range r.headers {
			hs = append(hs, map[string]any{"key": k, "value": v})
		}
		req["header"] = hs
		if r.body != "" {
			req["body"] = map[string]any{"mode": "raw", "raw": r.body}
		}
		items = append(items, map[string]any{"name": fmt.Sprintf("r%d", i), "request": req})
	}
	doc, _ := json.Marshal(map[string]any{
		"info": map[string]any{"name": authType, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
		"auth": map[string]any{"type": authType, authType: list},
		"item": items,
	})
	c, err := collection.Parse(doc, authType+".json")
	if err != nil {
		t.Fatal(err)
	}
	sink := &authSink{}
	r, err := New(Options{Collection: c, Sinks: []result.Sink{sink}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(sink.execs) != len(reqs) {
		t.Fatalf("%d executions, want %d", len(sink.execs), len(reqs))
	}
	return sink.execs
}

// verifySigV4 is an independent server-side check of a SigV4 header
// request (non-S3 rules), with the secret it knows.
func verifySigV4(r *http.Request, body []byte, secret string) error {
	authz := r.Header.Get("Authorization")
	rest, ok := strings.CutPrefix(authz, "AWS4-HMAC-SHA256 ")
	if !ok {
		return fmt.Errorf("authorization %q", authz)
	}
	f := map[string]string{}
	for _, p := range strings.Split(rest, ", ") {
		k, v, _ := strings.Cut(p, "=")
		f[k] = v
	}
	cred := strings.SplitN(f["Credential"], "/", 2)
	if len(cred) != 2 {
		return fmt.Errorf("credential %q", f["Credential"])
	}
	scope := cred[1]
	sp := strings.Split(scope, "/")
	date := r.Header.Get("X-Amz-Date")
	if len(sp) != 4 || !strings.HasPrefix(date, sp[0]) {
		return fmt.Errorf("scope %q date %q", scope, date)
	}
	var canonHeaders strings.Builder
	for _, h := range strings.Split(f["SignedHeaders"], ";") {
		v := strings.Join(r.Header.Values(h), ",")
		if h == "host" {
			v = r.Host
		}
		canonHeaders.WriteString(h + ":" + strings.Join(strings.Fields(v), " ") + "\n")
	}
	path, query, _ := strings.Cut(r.RequestURI, "?")
	var segs []string
	for _, s := range strings.Split(path, "/") {
		segs = append(segs, oauthEscape(s))
	}
	var qs []string
	if query != "" {
		for _, p := range strings.Split(query, "&") {
			k, v, _ := strings.Cut(p, "=")
			k, _ = url.QueryUnescape(k)
			v, _ = url.QueryUnescape(v)
			qs = append(qs, oauthEscape(k)+"="+oauthEscape(v))
		}
	}
	sort.Strings(qs)
	bh := sha256.Sum256(body)
	creq := strings.Join([]string{r.Method, strings.Join(segs, "/"), strings.Join(qs, "&"), canonHeaders.String(), f["SignedHeaders"], hex.EncodeToString(bh[:])}, "\n")
	ch := sha256.Sum256([]byte(creq))
	sts := "AWS4-HMAC-SHA256\n" + date + "\n" + scope + "\n" + hex.EncodeToString(ch[:])
	mac := func(k []byte, s string) []byte { m := hmac.New(sha256.New, k); m.Write([]byte(s)); return m.Sum(nil) }
	k := mac([]byte("AWS4"+secret), sp[0])
	k = mac(k, sp[1])
	k = mac(k, sp[2])
	k = mac(k, sp[3])
	if want := hex.EncodeToString(mac(k, sts)); want != f["Signature"] {
		return fmt.Errorf("signature %s, server computed %s over\n%s", f["Signature"], want, creq)
	}
	return nil
}

// TestAWSv4Loopback sends signed requests through the engine to a server
// that recomputes the signature from what it received.
func TestAWSv4Loopback(t *testing.T) {
	type seen struct {
		err   error
		token string
	}
	got := make(chan seen, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		err := verifySigV4(r, body, "top-secret")
		if len(body) > 0 && r.Header.Get("X-Amz-Content-Sha256") != sha256Hex(body) {
			err = fmt.Errorf("X-Amz-Content-Sha256 %q for a body of %d bytes", r.Header.Get("X-Amz-Content-Sha256"), len(body))
		}
		got <- seen{err, r.Header.Get("X-Amz-Security-Token")}
		if err != nil {
			w.WriteHeader(http.StatusForbidden)
		}
	}))
	defer srv.Close()
	params := map[string]any{"accessKey": "AKID", "secretKey": "top-secret", "region": "eu-west-3", "service": "execute-api", "sessionToken": "session-tok"}
	execs := runAuthCollection(t, "awsv4", params,
		authRequest{method: "GET", url: srv.URL + "/v1/items?b=2&a=x y&c"},
		authRequest{method: "POST", url: srv.URL + "/v1/a b/c", headers: map[string]string{"Content-Type": "application/json", "X-Custom": "  two   spaces "}, body: `{"k":"v"}`},
	)
	for i, e := range execs {
		if e.RequestError != nil {
			t.Fatalf("request %d: %s", i, e.RequestError.Message)
		}
		s := <-got
		if s.err != nil {
			t.Errorf("request %d: %v", i, s.err)
		}
		if s.token != "session-tok" {
			t.Errorf("request %d: X-Amz-Security-Token %q", i, s.token)
		}
		if e.Response == nil || e.Response.Code != 200 {
			t.Errorf("request %d: response %+v", i, e.Response)
		}
		for _, h := range []string{"Authorization", "X-Amz-Security-Token"} {
			if v, ok := headerValue(e.Request.Headers, h); !ok || v != Redacted {
				t.Errorf("request %d: reported %s %q (present %v), want it redacted", i, h, v, ok)
			}
		}
	}
}
