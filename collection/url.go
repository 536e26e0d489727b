package collection

import (
	"regexp"
	"strings"
	"unicode"
)

// ParseRawURL splits a raw Postman URL into its parts the way Postman's URL
// parser does: leading white space is ignored; {{variables}} are opaque (a
// "/", "?", "#", ":" or "@" inside one separates nothing); the fragment after
// the first "#" goes into Hash and the query after the first "?" is split on
// "&" (empty segments are kept, a segment without "=" gets a nil Value);
// backslashes count as slashes; the protocol before "://" is optional
// ("localhost:4042/1" has none); "user:password@" goes into UserInfo; the
// port follows the last ":" of the host (IPv6 literals in brackets are kept
// whole); the host is split on "."; ":name" path segments become path
// variables without a value. Nothing is decoded or resolved, and Raw keeps
// the input unchanged.
func ParseRawURL(raw string) URL {
	u := URL{Raw: raw}
	s, vars := protectVariables(strings.TrimLeftFunc(raw, unicode.IsSpace))
	if s == "" {
		return u
	}
	restore := func(x string) string { return restoreVariables(x, vars) }
	if i := strings.Index(s, "#"); i >= 0 {
		u.Hash = restore(s[i+1:])
		s = s[:i]
	}
	if i := strings.Index(s, "?"); i >= 0 {
		for _, part := range strings.Split(s[i+1:], "&") {
			k, v, ok := strings.Cut(part, "=")
			p := QueryParam{Key: restore(k)}
			if ok {
				val := restore(v)
				p.Value = &val
			}
			u.Query = append(u.Query, p)
		}
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "\\", "/")
	if i := strings.Index(s, "://"); i >= 0 {
		u.Protocol = restore(s[:i])
		s = strings.TrimLeft(s[i+3:], "/")
		if strings.EqualFold(u.Protocol, "file") {
			s = "/" + s
		}
	}
	if i := strings.Index(s, "/"); i >= 0 {
		for _, seg := range strings.Split(s[i+1:], "/") {
			u.Path = append(u.Path, restore(seg))
		}
		s = s[:i]
	}
	if i := strings.LastIndex(s, "@"); i >= 0 {
		u.UserInfo = restore(s[:i])
		s = s[i+1:]
	}
	if i := strings.LastIndex(s, ":"); i >= 0 && !strings.Contains(s[i+1:], "]") {
		u.Port = restore(s[i+1:])
		s = s[:i]
	}
	if s != "" {
		for _, h := range strings.Split(s, ".") {
			u.Host = append(u.Host, restore(h))
		}
	}
	for _, seg := range u.Path {
		if len(seg) > 1 && seg[0] == ':' {
			u.Variables = append(u.Variables, Variable{Key: seg[1:]})
		}
	}
	return u
}

// placeholderBase is the first rune used to stand in for a {{variable}}
// while a URL is split (a private-use plane, never in real URLs).
const placeholderBase = 0xF0000

var urlVarPattern = regexp.MustCompile(`\{\{[^{}]*\}\}`)

// protectVariables replaces each {{variable}} with a placeholder rune.
func protectVariables(s string) (string, []string) {
	var vars []string
	out := urlVarPattern.ReplaceAllStringFunc(s, func(m string) string {
		vars = append(vars, m)
		return string(rune(placeholderBase + len(vars) - 1))
	})
	return out, vars
}

// restoreVariables puts the variables back in place of their placeholders.
func restoreVariables(s string, vars []string) string {
	if len(vars) == 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if i := int(r) - placeholderBase; i >= 0 && i < len(vars) {
			b.WriteString(vars[i])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
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
