package runner

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"strconv"
	"strings"

	"github.com/runner-ci/runner/collection"
)

// edgeGridMaxBody is the default number of body bytes an EdgeGrid
// signature covers (128 KiB).
const edgeGridMaxBody = 131072

func base64HMACSHA256(key, data string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(data))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// applyEdgeGrid signs the request with Akamai EdgeGrid (EG1-HMAC-SHA256).
// The signing key is the HMAC of the timestamp under the client secret; the
// signed data is the tab-joined method, scheme, host (of baseURL when set),
// path and query, canonical headersToSign, the body hash (POST only: SHA-256
// of at most maxBodySize bytes) and the Authorization header's prefix.
func applyEdgeGrid(a *collection.Auth, method string, u *url.URL, hs *headerSet, body []byte) error {
	access, client, secret := a.Param("accessToken"), a.Param("clientToken"), a.Param("clientSecret")
	for _, p := range [][2]string{{"accessToken", access}, {"clientToken", client}, {"clientSecret", secret}} {
		if p[1] == "" {
			return missingAuthParam("edgegrid", p[0])
		}
	}
	ts := a.Param("timestamp")
	if ts == "" {
		ts = authNow().UTC().Format("20060102T15:04:05+0000")
	}
	nonce := a.Param("nonce")
	if nonce == "" {
		nonce = newUUID()
	}
	host := hs.get("Host")
	if host == "" {
		host = u.Host
	}
	if base := strings.TrimSpace(a.Param("baseURL")); base != "" {
		if !strings.Contains(base, "://") {
			base = "http://" + base
		}
		if bu, err := url.Parse(base); err == nil && bu.Host != "" {
			host = bu.Host
		}
	}
	path := wirePath(u)
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	var canon []string
	for _, name := range strings.Split(a.Param("headersToSign"), ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		if v := awsHeaderValue(hs.get(name)); v != "" {
			canon = append(canon, name+":"+v)
		}
	}
	bodyHash := ""
	if strings.EqualFold(method, "POST") && len(body) > 0 {
		limit := edgeGridMaxBody
		if n, err := strconv.ParseFloat(a.Param("maxBodySize"), 64); err == nil && n >= 1 {
			limit = int(n)
		}
		if len(body) > limit {
			body = body[:limit]
		}
		sum := sha256.Sum256(body)
		bodyHash = base64.StdEncoding.EncodeToString(sum[:])
	}
	prefix := "EG1-HMAC-SHA256 client_token=" + client + ";access_token=" + access + ";timestamp=" + ts + ";nonce=" + nonce + ";"
	data := strings.Join([]string{
		strings.ToUpper(method), u.Scheme, host, path, strings.Join(canon, "\t"), bodyHash, prefix,
	}, "\t")
	hs.set("Authorization", prefix+"signature="+base64HMACSHA256(base64HMACSHA256(secret, ts), data))
	return nil
}
