package runner

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/runner-ci/runner/collection"
)

// Percent-encode sets, as Postman's URL encoder (WHATWG-based) uses them.
// Bytes below 0x20 and above 0x7E are always encoded; existing %XX escapes
// are kept.
const (
	pathEncodeSet       = " \"#<>?`{}"
	queryKeyEncodeSet   = " \"#'<>&="
	queryValueEncodeSet = " \"#'<>&"
)

func percentEncode(s, set string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c > 0x7e || strings.IndexByte(set, c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// wireURL builds the URL to send from a resolved request URL: the scheme
// defaults to http, path and query are percent-encoded as Postman does
// (unless disableUrlEncoding), IPv4 shorthands are expanded, and
// "user:password@" is returned separately for Basic auth.
func wireURL(u collection.URL, disableEncoding bool) (*url.URL, *url.Userinfo, error) {
	if len(u.Host) == 0 && u.Raw != "" {
		u = collection.ParseRawURL(u.Raw)
	}
	scheme := strings.ToLower(strings.TrimSpace(u.Protocol))
	if scheme == "" {
		scheme = "http"
	}
	if scheme != "http" && scheme != "https" {
		return nil, nil, &inputError{msg: fmt.Sprintf("invalid URL %q: unsupported protocol %q (use http or https)", u.Raw, scheme)}
	}
	host := strings.ToLower(strings.Join(u.Host, "."))
	if host == "" {
		return nil, nil, &inputError{msg: fmt.Sprintf("invalid URL %q: no host", u.Raw)}
	}
	if strings.ContainsAny(host, " /\\{}") {
		return nil, nil, &inputError{msg: fmt.Sprintf("invalid URL %q: invalid host %q (is a variable undefined?)", u.Raw, host)}
	}
	host = expandIPv4(host)
	if u.Port != "" {
		if _, err := strconv.Atoi(u.Port); err != nil {
			return nil, nil, &inputError{msg: fmt.Sprintf("invalid URL %q: invalid port %q", u.Raw, u.Port)}
		}
		host = net.JoinHostPort(strings.Trim(host, "[]"), u.Port)
	}

	var path strings.Builder
	segs := u.Path
	if len(segs) > 1 && segs[0] == "" {
		// A leading empty segment (from "host\\path") is not a "//".
		segs = segs[1:]
	}
	for _, seg := range segs {
		path.WriteByte('/')
		seg = pathVariable(u, seg)
		if disableEncoding {
			path.WriteString(seg)
		} else {
			path.WriteString(percentEncode(seg, pathEncodeSet))
		}
	}
	p := path.String()
	if p == "" {
		p = "/"
	}

	var q []string
	hasQuery := false
	for _, qp := range u.Query {
		if qp.Disabled {
			continue
		}
		hasQuery = true
		k := qp.Key
		if !disableEncoding {
			k = percentEncode(k, queryKeyEncodeSet)
		}
		if qp.Value != nil {
			v := *qp.Value
			if !disableEncoding {
				v = percentEncode(v, queryValueEncodeSet)
			}
			k += "=" + v
		}
		q = append(q, k)
	}
	out := &url.URL{Scheme: scheme, Host: host, Opaque: p, RawQuery: strings.Join(q, "&")}
	// Path is what cookie matching uses; requests are written from Opaque.
	if dec, err := url.PathUnescape(p); err == nil {
		out.Path = dec
	} else {
		out.Path = p
	}
	out.ForceQuery = hasQuery && out.RawQuery == ""
	if _, err := url.Parse(scheme + "://" + host + "/"); err != nil {
		return nil, nil, &inputError{msg: fmt.Sprintf("invalid URL %q: %v", u.Raw, err)}
	}
	var user *url.Userinfo
	if u.UserInfo != "" {
		name, pass, hasPass := strings.Cut(u.UserInfo, ":")
		name, _ = url.PathUnescape(name)
		pass, _ = url.PathUnescape(pass)
		if hasPass {
			user = url.UserPassword(name, pass)
		} else {
			user = url.User(name)
		}
	}
	return out, user, nil
}

// pathVariable substitutes a ":name" segment with its path variable.
func pathVariable(u collection.URL, seg string) string {
	if len(seg) < 2 || seg[0] != ':' {
		return seg
	}
	for _, v := range u.Variables {
		if v.Key == seg[1:] && !v.Disabled && v.Value != nil {
			return collection.ToString(v.Value)
		}
	}
	return seg
}

// expandIPv4 turns WHATWG IPv4 shorthands ("127.1") into dotted quads.
func expandIPv4(host string) string {
	parts := strings.Split(host, ".")
	if len(parts) < 2 || len(parts) > 4 {
		return host
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, err := strconv.ParseUint(p, 10, 32)
		if err != nil {
			return host
		}
		nums[i] = n
	}
	last := nums[len(nums)-1]
	var ip uint64
	for i, n := range nums[:len(nums)-1] {
		if n > 255 {
			return host
		}
		ip |= n << (8 * (3 - uint(i)))
	}
	if last >= 1<<(8*(5-uint(len(nums)))) {
		return host
	}
	ip |= last
	return fmt.Sprintf("%d.%d.%d.%d", ip>>24, ip>>16&0xff, ip>>8&0xff, ip&0xff)
}

// displayURL is the URL as reports show it.
func displayURL(u *url.URL) string {
	s := u.Scheme + "://" + u.Host + u.Opaque
	if u.RawQuery != "" || u.ForceQuery {
		s += "?" + u.RawQuery
	}
	return s
}
