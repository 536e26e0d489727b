package runner

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/runner-ci/runner/collection"
)

// authNow is the clock of the signing auth types (awsv4, edgegrid, the NTLM
// timestamp); tests replace it.
var authNow = time.Now

// awsUnsignedHeaders are request headers AWS Signature V4 leaves out of the
// signature: hop-by-hop headers, headers the transport writes itself, and
// headers the engine adds after signing (the cookie jar's Cookie). Host is
// signed separately, from the value actually sent.
var awsUnsignedHeaders = map[string]bool{
	"authorization": true, "connection": true, "keep-alive": true, "proxy-connection": true,
	"te": true, "trailer": true, "upgrade": true, "transfer-encoding": true, "content-length": true,
	"user-agent": true, "expect": true, "x-amzn-trace-id": true, "presigned-expires": true,
	"cookie": true, "host": true,
}

// missingAuthParam is the request error of an auth definition without a
// required parameter.
func missingAuthParam(authType, param string) error {
	return &inputError{msg: fmt.Sprintf("%s auth: parameter %q is required but empty", authType, param)}
}

// awsSigner holds one SigV4 signing: credentials, scope and time.
type awsSigner struct {
	accessKey, secretKey string
	region, service      string
	amzDate              string // 20060102T150405Z
}

func (s awsSigner) scope() string {
	return s.amzDate[:8] + "/" + s.region + "/" + s.service + "/aws4_request"
}

// signature signs a canonical request: the string to sign is the
// algorithm, the time, the scope and the canonical request's SHA-256; the
// key is derived from the secret through the date, region and service.
func (s awsSigner) signature(canonicalRequest string) string {
	sum := sha256.Sum256([]byte(canonicalRequest))
	sts := "AWS4-HMAC-SHA256\n" + s.amzDate + "\n" + s.scope() + "\n" + hex.EncodeToString(sum[:])
	key := []byte("AWS4" + s.secretKey)
	for _, part := range []string{s.amzDate[:8], s.region, s.service, "aws4_request", sts} {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(part))
		key = m.Sum(nil)
	}
	return hex.EncodeToString(key)
}

// awsCanonicalRequest joins the parts of a SigV4 canonical request. headers
// are lower-case names with their canonical values, in any order.
func awsCanonicalRequest(method, uri, query string, headers map[string]string, payloadHash string) (canonical, signed string) {
	names := make([]string, 0, len(headers))
	for k := range headers {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, k := range names {
		b.WriteString(k + ":" + headers[k] + "\n")
	}
	signed = strings.Join(names, ";")
	return method + "\n" + uri + "\n" + query + "\n" + b.String() + "\n" + signed + "\n" + payloadHash, signed
}

// awsCanonicalURI is the canonical form of the path as sent (already
// percent-encoded). Other services than S3 normalise it (no empty, "." or
// ".." segments) and encode each segment once more, as SigV4 requires; S3
// keeps the path and encodes it once (each segment is decoded, then
// RFC 3986-encoded).
func awsCanonicalURI(wirePath string, s3 bool) string {
	if wirePath == "" {
		return "/"
	}
	if !s3 {
		for strings.Contains(wirePath, "//") {
			wirePath = strings.ReplaceAll(wirePath, "//", "/")
		}
	}
	var out []string
	for _, p := range strings.Split(wirePath, "/") {
		switch {
		case s3:
			if dec, err := url.PathUnescape(p); err == nil {
				p = dec
			}
			out = append(out, oauthEscape(p))
		case p == "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		case p == ".":
		default:
			out = append(out, oauthEscape(p))
		}
	}
	uri := strings.Join(out, "/")
	if !strings.HasPrefix(uri, "/") {
		uri = "/" + uri
	}
	return uri
}

// awsCanonicalQuery sorts the query's parameters by encoded name, then
// encoded value, each decoded and then RFC 3986-encoded.
func awsCanonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	var pairs [][2]string
	for _, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		pairs = append(pairs, [2]string{oauthEscape(awsQueryUnescape(k)), oauthEscape(awsQueryUnescape(v))})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		parts[i] = p[0] + "=" + p[1]
	}
	return strings.Join(parts, "&")
}

func awsQueryUnescape(s string) string {
	if dec, err := url.QueryUnescape(s); err == nil {
		return dec
	}
	return s
}

// awsHeaderValue trims a header value and collapses its runs of spaces.
func awsHeaderValue(v string) string { return strings.Join(strings.Fields(v), " ") }

// wirePath is the request path exactly as sent.
func wirePath(u *url.URL) string {
	if u.Opaque != "" {
		return u.Opaque
	}
	if p := u.EscapedPath(); p != "" {
		return p
	}
	return "/"
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// applyAWSv4 signs the request with AWS Signature Version 4: in the
// Authorization header (with X-Amz-Date, X-Amz-Security-Token for a session
// token, and X-Amz-Content-Sha256 for a body or S3), or, with
// addAuthDataToQuery, as a presigned URL.
func applyAWSv4(a *collection.Auth, method string, u *url.URL, hs *headerSet, body []byte) error {
	s := awsSigner{accessKey: a.Param("accessKey"), secretKey: a.Param("secretKey"), region: a.Param("region"), service: a.Param("service")}
	if s.accessKey == "" {
		return missingAuthParam("awsv4", "accessKey")
	}
	if s.secretKey == "" {
		return missingAuthParam("awsv4", "secretKey")
	}
	if s.region == "" {
		s.region = "us-east-1"
	}
	if s.service == "" {
		// Postman's default: API Gateway.
		s.service = "execute-api"
	}
	s.amzDate = authNow().UTC().Format("20060102T150405Z")
	s3 := s.service == "s3"
	token := a.Param("sessionToken")
	for _, h := range []string{"Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"} {
		hs.del(h)
	}
	host := hs.get("Host")
	if host == "" {
		host = u.Host
	}
	uri := awsCanonicalURI(wirePath(u), s3)

	if isTrue(a.Params["addAuthDataToQuery"]) {
		// A presigned URL: earlier auth parameters are replaced, except a
		// user's X-Amz-Expires (default one day).
		u.RawQuery = removeQueryParams(u.RawQuery, "X-Amz-Security-Token", "X-Amz-Date", "X-Amz-Algorithm",
			"X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature")
		appendQuery(u, "X-Amz-Algorithm", "AWS4-HMAC-SHA256")
		appendQuery(u, "X-Amz-Credential", s.accessKey+"/"+s.scope())
		appendQuery(u, "X-Amz-Date", s.amzDate)
		if !hasQueryParam(u.RawQuery, "X-Amz-Expires") {
			appendQuery(u, "X-Amz-Expires", "86400")
		}
		appendQuery(u, "X-Amz-SignedHeaders", "host")
		if token != "" {
			appendQuery(u, "X-Amz-Security-Token", token)
		}
		payload := sha256Hex(body)
		if s3 {
			payload = "UNSIGNED-PAYLOAD"
		}
		canonical, _ := awsCanonicalRequest(method, uri, awsCanonicalQuery(u.RawQuery), map[string]string{"host": awsHeaderValue(host)}, payload)
		appendQuery(u, "X-Amz-Signature", s.signature(canonical))
		return nil
	}

	// As Postman does, the body's hash is sent (and signed) in
	// X-Amz-Content-Sha256 when there is a body, and always for S3.
	payload := sha256Hex(body)
	if len(body) > 0 || s3 {
		hs.set("X-Amz-Content-Sha256", payload)
	}
	hs.set("X-Amz-Date", s.amzDate)
	if token != "" {
		hs.set("X-Amz-Security-Token", token)
	}
	headers := map[string]string{"host": awsHeaderValue(host)}
	for _, h := range hs.list {
		k := strings.ToLower(strings.TrimSpace(h.Key))
		if awsUnsignedHeaders[k] {
			continue
		}
		if prev, ok := headers[k]; ok {
			headers[k] = prev + "," + awsHeaderValue(h.Value)
		} else {
			headers[k] = awsHeaderValue(h.Value)
		}
	}
	canonical, signed := awsCanonicalRequest(method, uri, awsCanonicalQuery(u.RawQuery), headers, payload)
	hs.set("Authorization", fmt.Sprintf("AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s",
		s.accessKey, s.scope(), signed, s.signature(canonical)))
	return nil
}

// queryKey is the decoded name of a raw query parameter.
func queryKey(part string) string {
	k, _, _ := strings.Cut(part, "=")
	return awsQueryUnescape(k)
}

// hasQueryParam reports whether the raw query has a parameter named name.
func hasQueryParam(raw, name string) bool {
	for _, part := range strings.Split(raw, "&") {
		if queryKey(part) == name {
			return true
		}
	}
	return false
}

// removeQueryParams drops the raw query's parameters with the given names
// (unchanged when there are none).
func removeQueryParams(raw string, names ...string) string {
	if raw == "" {
		return raw
	}
	parts := strings.Split(raw, "&")
	kept := parts[:0:0]
	for _, part := range parts {
		if !slices.Contains(names, queryKey(part)) {
			kept = append(kept, part)
		}
	}
	if len(kept) == len(parts) {
		return raw
	}
	return strings.Join(kept, "&")
}
