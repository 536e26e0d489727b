package runner

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/collection"
)

// TestEdgeGridVectors runs the cases of Akamai's EdgeGrid client test data
// (AkamaiOPEN-edgegrid-python, testdata.json).
func TestEdgeGridVectors(t *testing.T) {
	const (
		base   = "https://akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net"
		host   = "akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net"
		prefix = "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;signature="
	)
	auth := &collection.Auth{Type: "edgegrid", Params: map[string]any{
		"accessToken":   "akab-access-token-xxx-xxxxxxxxxxxxxxxx",
		"clientToken":   "akab-client-token-xxx-xxxxxxxxxxxxxxxx",
		"clientSecret":  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=",
		"nonce":         "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
		"timestamp":     "20140321T19:34:21+0000",
		"headersToSign": "X-Test1, X-Test2,X-Test3",
		"maxBodySize":   float64(2048),
		"baseURL":       base + "/",
	}}
	hostHeader := [2]string{"Host", host}
	cases := []struct {
		name    string
		method  string
		path    string
		body    string
		headers [][2]string
		sig     string
	}{
		{"simple GET", "GET", "/", "", [][2]string{hostHeader}, "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="},
		{"GET with querystring", "GET", "/testapi/v1/t1?p1=1&p2=2", "", [][2]string{hostHeader}, "hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA="},
		{"POST inside limit", "POST", "/testapi/v1/t3", "datadatadatadatadatadatadatadata", [][2]string{hostHeader}, "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4="},
		{"POST too large", "POST", "/testapi/v1/t3", strings.Repeat("d", 3000), [][2]string{hostHeader}, "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="},
		{"POST length equals max_body", "POST", "/testapi/v1/t3", strings.Repeat("d", 2048), [][2]string{hostHeader}, "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="},
		{"POST empty body", "POST", "/testapi/v1/t6", "", [][2]string{hostHeader}, "1gEDxeQGD5GovIkJJGcBaKnZ+VaPtrc4qBUHixjsPCQ="},
		{"Simple header signing with GET", "GET", "/testapi/v1/t4", "", [][2]string{hostHeader, {"X-Test1", "test-simple-header"}}, "8F9AybcRw+PLxnvT+H0JRkjROrrUgsxJTnRXMzqvcwY="},
		{"Header containing spaces", "GET", "/testapi/v1/t4", "", [][2]string{hostHeader, {"X-Test1", `"     test-header-with-spaces     "`}}, "ucq2AbjCNtobHfCTuS38fdkl5UDdWHZhQX46fYR8CqI="},
		{"Header with leading and interior spaces", "GET", "/testapi/v1/t4", "", [][2]string{hostHeader, {"X-Test1", "     first-thing      second-thing"}}, "WtnneL539UadAAOJwnsXvPqT4Kt6z7HMgBEwAFpt3+c="},
		{"Headers out of order", "GET", "/testapi/v1/t4", "", [][2]string{hostHeader, {"X-Test2", "t2"}, {"X-Test1", "t1"}, {"X-Test3", "t3"}}, "Wus73Nx8jOYM+kkBFF2q8D1EATRIMr0WLWwpLBgkBqY="},
		{"Extra header", "GET", "/testapi/v1/t5", "", [][2]string{hostHeader, {"X-Test2", "t2"}, {"X-Test1", "t1"}, {"X-Test3", "t3"}, {"X-Extra", "this won't be included"}}, "Knd/jc0A5Ghhizjayr0AUUvl2MZjBpS3FDSzvtq4Ixc="},
		{"PUT test", "PUT", "/testapi/v1/t6", "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP", nil, "GNBWEYSEWOLtu+7dD52da2C39aX/Jchpon3K/AmBqBU="},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hs, _ := signWith(t, auth, tc.method, base+tc.path, tc.headers, tc.body)
			if got := hs.get("Authorization"); got != prefix+tc.sig {
				t.Errorf("got  %s\nwant %s", got, prefix+tc.sig)
			}
		})
	}
}

// TestEdgeGridDefaults: without nonce and timestamp, a fresh UUID nonce and
// the current time in EdgeGrid's format are used; baseURL without a scheme
// still gives the host.
func TestEdgeGridDefaults(t *testing.T) {
	setAuthClock(t, time.Date(2026, 7, 7, 10, 28, 15, 0, time.UTC))
	auth := &collection.Auth{Type: "edgegrid", Params: map[string]any{"accessToken": "at", "clientToken": "ct", "clientSecret": "cs"}}
	hs1, _ := signWith(t, auth, "GET", "http://localhost:3000/health", nil, "")
	hs2, _ := signWith(t, auth, "GET", "http://localhost:3000/health", nil, "")
	a1, a2 := hs1.get("Authorization"), hs2.get("Authorization")
	if !strings.Contains(a1, ";timestamp=20260707T10:28:15+0000;nonce=") {
		t.Errorf("timestamp: %s", a1)
	}
	n1 := a1[strings.Index(a1, "nonce=")+6 : strings.Index(a1, ";signature=")]
	if len(n1) != 36 || a1 == a2 {
		t.Errorf("nonce %q not a fresh UUID (%s / %s)", n1, a1, a2)
	}
	fixed := &collection.Auth{Type: "edgegrid", Params: map[string]any{"accessToken": "at", "clientToken": "ct", "clientSecret": "cs", "nonce": "n", "timestamp": "t", "baseURL": "api.example.com:8443"}}
	viaBase, _ := signWith(t, fixed, "GET", "http://localhost:3000/health", nil, "")
	viaHost, _ := signWith(t, fixed, "GET", "http://localhost:3000/health", [][2]string{{"Host", "api.example.com:8443"}}, "")
	delete(fixed.Params, "baseURL")
	plain, _ := signWith(t, fixed, "GET", "http://localhost:3000/health", nil, "")
	if viaBase.get("Authorization") != viaHost.get("Authorization") || viaBase.get("Authorization") == plain.get("Authorization") {
		t.Errorf("baseURL host not signed: %s / %s / %s", viaBase.get("Authorization"), viaHost.get("Authorization"), plain.get("Authorization"))
	}
}

// verifyEdgeGrid recomputes an EdgeGrid signature on the server side.
func verifyEdgeGrid(r *http.Request, body []byte, secret string, headersToSign []string, maxBody int) error {
	authz := r.Header.Get("Authorization")
	i := strings.Index(authz, "signature=")
	if !strings.HasPrefix(authz, "EG1-HMAC-SHA256 ") || i < 0 {
		return fmt.Errorf("authorization %q", authz)
	}
	prefix, sig := authz[:i], authz[i+len("signature="):]
	var ts string
	for _, f := range strings.Split(strings.TrimPrefix(prefix, "EG1-HMAC-SHA256 "), ";") {
		if v, ok := strings.CutPrefix(f, "timestamp="); ok {
			ts = v
		}
	}
	var canon []string
	for _, h := range headersToSign {
		if v := r.Header.Get(h); v != "" {
			canon = append(canon, strings.ToLower(h)+":"+strings.Join(strings.Fields(v), " "))
		}
	}
	hash := ""
	if r.Method == "POST" && len(body) > 0 {
		if len(body) > maxBody {
			body = body[:maxBody]
		}
		s := sha256.Sum256(body)
		hash = base64.StdEncoding.EncodeToString(s[:])
	}
	data := strings.Join([]string{r.Method, "http", r.Host, r.RequestURI, strings.Join(canon, "\t"), hash, prefix}, "\t")
	mac := func(k, s string) string {
		m := hmac.New(sha256.New, []byte(k))
		m.Write([]byte(s))
		return base64.StdEncoding.EncodeToString(m.Sum(nil))
	}
	if want := mac(mac(secret, ts), data); want != sig {
		return fmt.Errorf("signature %s, server computed %s", sig, want)
	}
	return nil
}

// TestEdgeGridLoopback sends EdgeGrid-signed requests through the engine to
// a server that recomputes the signature.
func TestEdgeGridLoopback(t *testing.T) {
	errs := make(chan error, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		err := verifyEdgeGrid(r, body, "the-secret", []string{"X-A", "X-B"}, 16)
		errs <- err
		if err != nil {
			w.WriteHeader(http.StatusUnauthorized)
		}
	}))
	defer srv.Close()
	params := map[string]any{"accessToken": "akab-at", "clientToken": "akab-ct", "clientSecret": "the-secret", "headersToSign": "x-a,X-B", "maxBodySize": 16}
	execs := runAuthCollection(t, "edgegrid", params,
		authRequest{method: "GET", url: srv.URL + "/papi/v1/groups?x=1&y=two%20words", headers: map[string]string{"X-A": " a   b "}},
		authRequest{method: "POST", url: srv.URL + "/ccu/v3/invalidate", headers: map[string]string{"X-B": "b", "Content-Type": "application/json"}, body: `{"objects":["https://example.com/long/enough/to/truncate"]}`},
	)
	for i, e := range execs {
		if e.RequestError != nil {
			t.Fatalf("request %d: %s", i, e.RequestError.Message)
		}
		if err := <-errs; err != nil {
			t.Errorf("request %d: %v", i, err)
		}
		if e.Response == nil || e.Response.Code != 200 {
			t.Errorf("request %d: response %+v", i, e.Response)
		}
	}
}
