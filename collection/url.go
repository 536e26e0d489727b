package collection

import "strings"

// ParseRawURL splits a raw Postman URL into its parts the way Postman does:
// the protocol is optional ("localhost:4042/1" has none), the host may be or
// contain {{variables}}, ":name" path segments become path variables
// (without a value), query parameters without "=" get a nil Value and the
// fragment after "#" goes into Hash. Nothing is decoded or resolved, and Raw
// keeps the input unchanged.
func ParseRawURL(raw string) URL {
	u := URL{Raw: raw}
	rest := strings.TrimSpace(raw)
	if i := strings.Index(rest, "#"); i >= 0 {
		u.Hash = rest[i+1:]
		rest = rest[:i]
	}
	if i := strings.Index(rest, "?"); i >= 0 {
		u.Query = parseQuery(rest[i+1:])
		rest = rest[:i]
	}
	if i := strings.Index(rest, "://"); i >= 0 && !strings.ContainsAny(rest[:i], "/") {
		u.Protocol = rest[:i]
		rest = rest[i+3:]
	}
	hostPart := rest
	if i := strings.Index(rest, "/"); i >= 0 {
		hostPart = rest[:i]
		u.Path = strings.Split(rest[i+1:], "/")
	}
	if i := strings.LastIndex(hostPart, "@"); i >= 0 {
		u.UserInfo = hostPart[:i]
		hostPart = hostPart[i+1:]
	}
	host, port := splitHostPort(hostPart)
	u.Port = port
	if host != "" {
		u.Host = strings.Split(host, ".")
	}
	for _, seg := range u.Path {
		if len(seg) > 1 && seg[0] == ':' {
			u.Variables = append(u.Variables, Variable{Key: seg[1:]})
		}
	}
	return u
}

// splitHostPort separates "host:port", keeping IPv6 literals in brackets
// whole and allowing {{variables}} in either part.
func splitHostPort(hp string) (string, string) {
	if strings.HasPrefix(hp, "[") {
		if end := strings.Index(hp, "]"); end >= 0 {
			host, rest := hp[:end+1], hp[end+1:]
			if strings.HasPrefix(rest, ":") {
				return host, rest[1:]
			}
			return host, ""
		}
	}
	// A colon inside {{...}} does not separate the port.
	depth := 0
	for i := len(hp) - 1; i >= 0; i-- {
		switch hp[i] {
		case '}':
			depth++
		case '{':
			depth--
		case ':':
			if depth == 0 {
				return hp[:i], hp[i+1:]
			}
		}
	}
	return hp, ""
}

func parseQuery(q string) []QueryParam {
	var out []QueryParam
	for _, part := range strings.Split(q, "&") {
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		p := QueryParam{Key: k}
		if ok {
			val := v
			p.Value = &val
		}
		out = append(out, p)
	}
	return out
}

// String rebuilds the URL from its structured parts: enabled query
// parameters only (a parameter with a nil Value prints as its key alone),
// ":name" path segments replaced by the value of the path variable of that
// name when it has one. {{variables}} are left as written.
func (u URL) String() string {
	var b strings.Builder
	if u.Protocol != "" {
		b.WriteString(u.Protocol)
		b.WriteString("://")
	}
	if u.UserInfo != "" {
		b.WriteString(u.UserInfo)
		b.WriteString("@")
	}
	b.WriteString(strings.Join(u.Host, "."))
	if u.Port != "" {
		b.WriteString(":")
		b.WriteString(u.Port)
	}
	if len(u.Path) > 0 {
		for _, seg := range u.Path {
			b.WriteString("/")
			b.WriteString(u.pathSegment(seg))
		}
	}
	first := true
	for _, q := range u.Query {
		if q.Disabled {
			continue
		}
		if first {
			b.WriteString("?")
			first = false
		} else {
			b.WriteString("&")
		}
		b.WriteString(q.Key)
		if q.Value != nil {
			b.WriteString("=")
			b.WriteString(*q.Value)
		}
	}
	if u.Hash != "" {
		b.WriteString("#")
		b.WriteString(u.Hash)
	}
	return b.String()
}

func (u URL) pathSegment(seg string) string {
	if len(seg) < 2 || seg[0] != ':' {
		return seg
	}
	for _, v := range u.Variables {
		if v.Key == seg[1:] && !v.Disabled && v.Value != nil {
			return ToString(v.Value)
		}
	}
	return seg
}
