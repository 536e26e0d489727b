package collection

import (
	"regexp"
	"strings"
)

// MaxReplacePasses is how many times Replace rescans a string, so that
// nested references like {{a{{b}}}} resolve (Postman's limit).
const MaxReplacePasses = 19

var varPattern = regexp.MustCompile(`\{\{([^{}]*?)\}\}`)

// Scopes are the variable scopes of a run, looked up in Postman's order of
// precedence: Local, Data (the iteration row), Environment, Collection,
// Globals. Nil scopes are skipped. Dynamic generates {{$guid}} and the other
// dynamic variables; nil means a generator seeded from the OS with the real
// clock. Scopes is not safe for concurrent use.
type Scopes struct {
	Local, Data, Environment, Collection, Globals *Scope
	Dynamic                                       *Generator
}

// Get returns the value of key from the first scope, in order of
// precedence, that has it enabled. Dynamic variables are not consulted.
func (s *Scopes) Get(key string) (any, bool) {
	if s == nil {
		return nil, false
	}
	for _, sc := range []*Scope{s.Local, s.Data, s.Environment, s.Collection, s.Globals} {
		if v, ok := sc.Get(key); ok {
			return v, true
		}
	}
	return nil, false
}

// ToObject returns every enabled variable visible through the scopes, the
// highest-precedence value winning (what pm.variables.toObject returns).
func (s *Scopes) ToObject() map[string]any {
	out := map[string]any{}
	for _, sc := range []*Scope{s.Globals, s.Collection, s.Environment, s.Data, s.Local} {
		for k, v := range sc.ToObject() {
			out[k] = v
		}
	}
	return out
}

func (s *Scopes) lookup(name string) (string, bool) {
	if v, ok := s.Get(name); ok {
		return ToString(v), true
	}
	if strings.HasPrefix(name, "$") {
		g := s.Dynamic
		if g == nil {
			g = defaultGenerator
		}
		return g.Resolve(name)
	}
	return "", false
}

// Replace substitutes {{name}} references in text as Postman does: the
// pattern is {{([^{}]*?)}} with no trimming of spaces, the text is rescanned
// up to MaxReplacePasses times so that nested references resolve, unknown
// names stay as written, values are converted with ToString, and a name
// starting with "$" that no scope defines is a dynamic variable, generated
// afresh for each occurrence.
func (s *Scopes) Replace(text string) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	for pass := 0; pass < MaxReplacePasses; pass++ {
		changed := false
		text = varPattern.ReplaceAllStringFunc(text, func(m string) string {
			name := m[2 : len(m)-2]
			if v, ok := s.lookup(name); ok {
				changed = true
				return v
			}
			return m
		})
		if !changed || !strings.Contains(text, "{{") {
			break
		}
	}
	return text
}

// ReplaceValue returns a copy of v with Replace applied to every string in
// it, recursing into maps and slices; other values are returned unchanged.
func (s *Scopes) ReplaceValue(v any) any {
	switch x := v.(type) {
	case string:
		return s.Replace(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = s.ReplaceValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = s.ReplaceValue(e)
		}
		return out
	}
	return v
}

// ReplaceAll returns a deep copy of req with variables resolved in the URL
// (raw and every part, path-variable values included), header keys and
// values, the body (raw, urlencoded and form-data keys, values and file
// paths, the file path, graphql query and variables) and the auth
// parameters. The method and description are copied as they are.
func (s *Scopes) ReplaceAll(req *Request) *Request {
	if req == nil {
		return nil
	}
	r := req.Clone()
	u := &r.URL
	u.Raw = s.Replace(u.Raw)
	u.Protocol = s.Replace(u.Protocol)
	u.UserInfo = s.Replace(u.UserInfo)
	// The host and the path are resolved whole, as Postman resolves the
	// URL string: a nested reference may span parts ("{{host.{{one}}}}" is
	// stored as the host parts "{{host" and "{{one}}}}").
	if len(u.Host) > 0 {
		u.Host = []string{s.Replace(strings.Join(u.Host, "."))}
	}
	u.Port = s.Replace(u.Port)
	if len(u.Path) > 0 {
		u.Path = strings.Split(s.Replace(strings.Join(u.Path, "/")), "/")
	}
	// A variable that held more than a host ("{{baseUrl}}/get" with
	// baseUrl = "https://api.example.com:8443/v1") is parsed again, as
	// Postman parses the resolved URL string.
	if len(u.Host) == 1 && strings.ContainsAny(u.Host[0], ":/@?") {
		inner := ParseRawURL(u.Host[0])
		if u.Protocol == "" {
			u.Protocol = inner.Protocol
		}
		if u.UserInfo == "" {
			u.UserInfo = inner.UserInfo
		}
		u.Host = inner.Host
		if u.Port == "" {
			u.Port = inner.Port
		}
		u.Path = append(inner.Path, u.Path...)
		u.Query = append(inner.Query, u.Query...)
	}
	for i := range u.Query {
		q := &u.Query[i]
		q.Key = s.Replace(q.Key)
		if q.Value != nil {
			v := s.Replace(*q.Value)
			q.Value = &v
		}
	}
	u.Hash = s.Replace(u.Hash)
	for i := range u.Variables {
		u.Variables[i].Value = s.ReplaceValue(u.Variables[i].Value)
	}
	for i := range r.Headers {
		r.Headers[i].Key = s.Replace(r.Headers[i].Key)
		r.Headers[i].Value = s.Replace(r.Headers[i].Value)
	}
	if b := r.Body; b != nil {
		b.Raw = s.Replace(b.Raw)
		for i := range b.URLEncoded {
			b.URLEncoded[i].Key = s.Replace(b.URLEncoded[i].Key)
			b.URLEncoded[i].Value = s.Replace(b.URLEncoded[i].Value)
		}
		for i := range b.FormData {
			f := &b.FormData[i]
			f.Key = s.Replace(f.Key)
			f.Value = s.Replace(f.Value)
			f.ContentType = s.Replace(f.ContentType)
			for j := range f.Src {
				f.Src[j] = s.Replace(f.Src[j])
			}
		}
		b.FileSrc = s.Replace(b.FileSrc)
		if b.GraphQL != nil {
			b.GraphQL.Query = s.Replace(b.GraphQL.Query)
			b.GraphQL.Variables = s.Replace(b.GraphQL.Variables)
		}
	}
	if r.Auth != nil {
		for k, v := range r.Auth.Params {
			r.Auth.Params[k] = s.ReplaceValue(v)
		}
	}
	return r
}

// Clone returns a deep copy of the request.
func (r *Request) Clone() *Request {
	if r == nil {
		return nil
	}
	c := *r
	c.URL = r.URL.Clone()
	c.Headers = append([]Header(nil), r.Headers...)
	if r.Body != nil {
		b := *r.Body
		b.URLEncoded = append([]Param(nil), r.Body.URLEncoded...)
		b.FormData = make([]FormParam, len(r.Body.FormData))
		for i, f := range r.Body.FormData {
			f.Src = append([]string(nil), f.Src...)
			b.FormData[i] = f
		}
		if r.Body.FormData == nil {
			b.FormData = nil
		}
		if r.Body.GraphQL != nil {
			g := *r.Body.GraphQL
			b.GraphQL = &g
		}
		c.Body = &b
	}
	c.Auth = r.Auth.Clone()
	return &c
}

// Clone returns a deep copy of the URL.
func (u URL) Clone() URL {
	c := u
	c.Host = append([]string(nil), u.Host...)
	c.Path = append([]string(nil), u.Path...)
	c.Query = make([]QueryParam, len(u.Query))
	for i, q := range u.Query {
		if q.Value != nil {
			v := *q.Value
			q.Value = &v
		}
		c.Query[i] = q
	}
	if u.Query == nil {
		c.Query = nil
	}
	c.Variables = append([]Variable(nil), u.Variables...)
	return c
}

// Clone returns a deep copy of the auth (nil for nil).
func (a *Auth) Clone() *Auth {
	if a == nil {
		return nil
	}
	c := &Auth{Type: a.Type, Params: make(map[string]any, len(a.Params))}
	for k, v := range a.Params {
		c.Params[k] = deepCopy(v)
	}
	return c
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = deepCopy(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = deepCopy(e)
		}
		return out
	}
	return v
}
