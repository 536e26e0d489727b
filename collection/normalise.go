package collection

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// normaliser turns a validated document into the model.
type normaliser struct {
	c         *Collection
	scriptIDs map[string]bool
}

func normalise(root map[string]any, source, version string) *Collection {
	c := &Collection{Source: source, Raw: root, Version: version}
	n := &normaliser{c: c, scriptIDs: map[string]bool{}}
	if info, ok := root["info"].(map[string]any); ok {
		c.Info.ID = firstString(info, "_postman_id", "id")
		c.Info.Name = str(info["name"])
		c.Info.Schema = str(info["schema"])
		c.Info.Description = description(info["description"])
	}
	c.Variables = variables(root["variable"])
	c.Auth = auth(root["auth"])
	c.ProtocolProfileBehavior = object(root["protocolProfileBehavior"])
	label := c.Info.Name
	if label == "" {
		label = "collection"
	}
	c.Events = n.events(root["event"], "collection", label)
	c.Items = n.items(root["item"], nil, "")
	return c
}

func (n *normaliser) items(v any, parent *Item, indexPath string) []*Item {
	list, _ := v.([]any)
	out := make([]*Item, 0, len(list))
	for i, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			continue
		}
		ip := strconv.Itoa(i)
		if indexPath != "" {
			ip = indexPath + "." + ip
		}
		out = append(out, n.item(m, parent, ip))
	}
	return out
}

func (n *normaliser) item(m map[string]any, parent *Item, indexPath string) *Item {
	it := &Item{
		ID:                      firstString(m, "id", "_postman_id"),
		Name:                    str(m["name"]),
		Description:             description(m["description"]),
		Parent:                  parent,
		Variables:               variables(m["variable"]),
		ProtocolProfileBehavior: object(m["protocolProfileBehavior"]),
	}
	if it.ID == "" {
		it.ID = generatedID(n.c.Info.ID, indexPath)
	}
	if _, folder := m["item"]; folder {
		it.Auth = auth(m["auth"])
		it.Items = n.items(m["item"], it, indexPath)
		if it.Items == nil {
			it.Items = []*Item{}
		}
	} else {
		it.Request = request(m["request"])
		it.Auth = it.Request.Auth
	}
	it.Events = n.events(m["event"], it.ID, strings.Join(it.Path(), " / "))
	return it
}

// generatedID returns a stable UUID-shaped id for an item without one.
func generatedID(collectionID, indexPath string) string {
	sum := sha1.Sum([]byte("runner-item:" + collectionID + ":" + indexPath))
	sum[6] = sum[6]&0x0f | 0x50 // version 5 layout
	sum[8] = sum[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
}

func (n *normaliser) events(v any, owner, label string) []Event {
	var list []any
	switch x := v.(type) {
	case []any:
		list = x
	case map[string]any:
		list = []any{x}
	}
	var out []Event
	counts := map[string]int{}
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			continue
		}
		ev := Event{Listen: str(m["listen"]), Disabled: boolean(m["disabled"])}
		counts[ev.Listen]++
		sm, _ := m["script"].(map[string]any)
		ev.Script.Exec = execText(sm["exec"])
		id := str(sm["id"])
		if id == "" || n.scriptIDs[id] {
			id = fmt.Sprintf("%s/%s/%d", owner, ev.Listen, counts[ev.Listen])
			for n.scriptIDs[id] {
				id += "'"
			}
		}
		n.scriptIDs[id] = true
		ev.Script.ID = id
		ev.Script.Name = label + " " + scriptKind(ev.Listen)
		out = append(out, ev)
	}
	return out
}

func scriptKind(listen string) string {
	switch listen {
	case "prerequest":
		return "prerequest-script"
	case "test":
		return "test-script"
	}
	return listen + "-script"
}

func execText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		lines := make([]string, 0, len(x))
		for _, l := range x {
			s, _ := l.(string)
			lines = append(lines, s)
		}
		return strings.Join(lines, "\n")
	}
	return ""
}

func request(v any) *Request {
	r := &Request{Method: "GET"}
	switch x := v.(type) {
	case string:
		r.URL = ParseRawURL(x)
		return r
	case map[string]any:
		if m := str(x["method"]); m != "" {
			r.Method = strings.ToUpper(m)
		}
		r.URL = url(x["url"])
		r.Headers = headers(x["header"])
		r.Body = body(x["body"])
		r.Auth = auth(x["auth"])
		r.Description = description(x["description"])
	}
	return r
}

// url builds a URL from a string or an object. The structured parts of an
// object win; a part the object lacks (protocol, host, port, path, query,
// hash) is taken from its parsed raw form. Path variables are the ":name"
// segments of the final path, with the values the object lists.
func url(v any) URL {
	switch x := v.(type) {
	case string:
		return ParseRawURL(x)
	case map[string]any:
		raw := str(x["raw"])
		u := ParseRawURL(raw)
		if p, ok := x["protocol"].(string); ok {
			u.Protocol = p
		}
		switch h := x["host"].(type) {
		case string:
			u.Host = strings.Split(h, ".")
		case []any:
			u.Host = strs(h)
		}
		if p, ok := x["port"].(string); ok {
			u.Port = p
		}
		switch p := x["path"].(type) {
		case string:
			u.Path = strings.Split(strings.TrimPrefix(p, "/"), "/")
		case []any:
			u.Path = []string{}
			for _, seg := range p {
				switch s := seg.(type) {
				case string:
					u.Path = append(u.Path, s)
				case map[string]any:
					u.Path = append(u.Path, str(s["value"]))
				}
			}
		}
		u.Variables = nil
		for _, seg := range u.Path {
			if len(seg) > 1 && seg[0] == ':' {
				u.Variables = append(u.Variables, Variable{Key: seg[1:]})
			}
		}
		if q, ok := x["query"].([]any); ok {
			u.Query = nil
			for _, e := range q {
				m, ok := e.(map[string]any)
				if !ok {
					continue
				}
				qp := QueryParam{Key: str(m["key"]), Disabled: boolean(m["disabled"])}
				if val, ok := m["value"].(string); ok {
					qp.Value = &val
				}
				u.Query = append(u.Query, qp)
			}
		}
		if h, ok := x["hash"].(string); ok {
			u.Hash = h
		}
		if vars, ok := x["variable"].([]any); ok {
			u.Variables = mergePathVariables(u.Variables, variables(vars))
		}
		if raw == "" {
			u.Raw = u.String()
		}
		return u
	}
	return URL{}
}

// mergePathVariables gives the parsed ":name" variables the values listed
// in the URL object; listed variables that are not in the path are kept.
func mergePathVariables(parsed, given []Variable) []Variable {
	out := append([]Variable(nil), parsed...)
	idx := map[string]int{}
	for i, v := range out {
		idx[v.Key] = i
	}
	for _, g := range given {
		if i, ok := idx[g.Key]; ok {
			out[i] = g
			continue
		}
		idx[g.Key] = len(out)
		out = append(out, g)
	}
	return out
}

func headers(v any) []Header {
	switch x := v.(type) {
	case string:
		var out []Header
		for _, line := range strings.Split(strings.ReplaceAll(x, "\r\n", "\n"), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			h := Header{}
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				h.Disabled = true
				line = strings.TrimPrefix(strings.TrimSpace(line), "//")
			}
			k, val, _ := strings.Cut(line, ":")
			h.Key = strings.TrimSpace(k)
			h.Value = strings.TrimSpace(val)
			out = append(out, h)
		}
		return out
	case []any:
		var out []Header
		for _, e := range x {
			m, ok := e.(map[string]any)
			if !ok {
				continue
			}
			out = append(out, Header{Key: str(m["key"]), Value: scalar(m["value"]), Disabled: boolean(m["disabled"])})
		}
		return out
	}
	return nil
}

func body(v any) *Body {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	b := &Body{Mode: str(m["mode"]), Raw: str(m["raw"]), Disabled: boolean(m["disabled"])}
	if opts, ok := m["options"].(map[string]any); ok {
		if raw, ok := opts["raw"].(map[string]any); ok {
			b.Language = str(raw["language"])
		}
	}
	if list, ok := m["urlencoded"].([]any); ok {
		for _, e := range list {
			p, ok := e.(map[string]any)
			if !ok {
				continue
			}
			b.URLEncoded = append(b.URLEncoded, Param{Key: str(p["key"]), Value: scalar(p["value"]), Disabled: boolean(p["disabled"])})
		}
	}
	if list, ok := m["formdata"].([]any); ok {
		for _, e := range list {
			p, ok := e.(map[string]any)
			if !ok {
				continue
			}
			fp := FormParam{Key: str(p["key"]), Value: scalar(p["value"]), Type: str(p["type"]),
				ContentType: str(p["contentType"]), Disabled: boolean(p["disabled"])}
			if fp.Type == "" {
				fp.Type = "text"
			}
			switch s := p["src"].(type) {
			case string:
				fp.Src = []string{s}
			case []any:
				fp.Src = strs(s)
			}
			b.FormData = append(b.FormData, fp)
		}
	}
	if f, ok := m["file"].(map[string]any); ok {
		b.FileSrc = str(f["src"])
	}
	if g, ok := m["graphql"].(map[string]any); ok {
		b.GraphQL = &GraphQL{Query: str(g["query"])}
		switch vars := g["variables"].(type) {
		case string:
			b.GraphQL.Variables = vars
		case map[string]any, []any:
			js, _ := json.Marshal(vars)
			b.GraphQL.Variables = string(js)
		}
	}
	return b
}

// auth normalises v2.0 parameter objects and v2.1 key/value lists into
// Auth.Params. A null or missing auth returns nil.
func auth(v any) *Auth {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	a := &Auth{Type: str(m["type"]), Params: map[string]any{}}
	switch p := m[a.Type].(type) {
	case []any:
		for _, e := range p {
			kv, ok := e.(map[string]any)
			if !ok {
				continue
			}
			a.Params[str(kv["key"])] = kv["value"]
		}
	case map[string]any:
		for k, val := range p {
			a.Params[k] = val
		}
	}
	return a
}

func variables(v any) []Variable {
	list, _ := v.([]any)
	var out []Variable
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			continue
		}
		key := firstString(m, "key", "id")
		if key == "" {
			key = str(m["name"])
		}
		typ := str(m["type"])
		disabled := boolean(m["disabled"])
		if en, ok := m["enabled"].(bool); ok && !en {
			disabled = true
		}
		out = append(out, Variable{Key: key, Value: CastTyped(m["value"], typ), Type: typ, Disabled: disabled})
	}
	return out
}

// CastTyped converts a stored variable value to its declared type, as
// Postman does when reading a typed variable: "number" parses strings as
// numbers, "boolean" turns "true"/"false" into booleans and "string"
// stringifies numbers and booleans. Other types keep the value.
func CastTyped(v any, typ string) any {
	switch typ {
	case "number":
		if s, ok := v.(string); ok {
			if f, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
				return f
			}
		}
	case "boolean":
		if s, ok := v.(string); ok {
			switch s {
			case "true":
				return true
			case "false":
				return false
			}
		}
	case "string":
		switch v.(type) {
		case float64, bool:
			return ToString(v)
		}
	}
	return v
}

func description(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return str(x["content"])
	}
	return ""
}

func object(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// scalar is a header/param value: strings as they are, numbers and
// booleans converted, null as "".
func scalar(v any) string {
	if v == nil {
		return ""
	}
	return ToString(v)
}

func boolean(v any) bool {
	b, _ := v.(bool)
	return b
}

func strs(list []any) []string {
	out := make([]string, 0, len(list))
	for _, e := range list {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func firstString(m map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := m[k].(string); ok && s != "" {
			return s
		}
	}
	return ""
}
