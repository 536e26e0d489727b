package collection_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/runner-ci/runner/collection"
)

const v21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
const v20 = "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"

func mustParse(t *testing.T, doc string) *collection.Collection {
	t.Helper()
	c, err := collection.Parse([]byte(doc), "test.json")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return c
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		sentinel error
		line     int
		pointer  string
		contains []string
	}{
		{
			name:     "malformed JSON",
			doc:      "{\n  \"info\": {},\n  \"item\": [\n    {\"name\": \"a\",}\n  ]\n}",
			sentinel: collection.ErrInvalidJSON,
			line:     4,
			contains: []string{`"test.json"`, "line 4"},
		},
		{
			name:     "empty file",
			doc:      "  \n",
			sentinel: collection.ErrInvalidJSON,
			contains: []string{"empty"},
		},
		{
			name:     "not an object",
			doc:      `[1, 2]`,
			sentinel: collection.ErrInvalidDocument,
			contains: []string{"expected a JSON object"},
		},
		{
			name:     "v1 collection",
			doc:      `{"id": "x", "name": "old", "order": ["a"], "requests": [{"id": "a", "url": "http://x"}]}`,
			sentinel: collection.ErrV1Collection,
			contains: []string{"v1", "convert it to v2.1"},
		},
		{
			name:     "item without request or item",
			doc:      `{"info": {"schema": "` + v21 + `"}, "item": [{"name": "a"}]}`,
			sentinel: collection.ErrInvalidDocument,
			pointer:  "/item/0",
			contains: []string{"/item/0", "request", `"item"`},
		},
		{
			name:     "item not an array",
			doc:      `{"info": {"schema": "` + v21 + `"}, "item": {"name": "a"}}`,
			sentinel: collection.ErrInvalidDocument,
			pointer:  "/item",
			contains: []string{"/item", "array"},
		},
		{
			name:     "missing item",
			doc:      `{"info": {"schema": "` + v21 + `"}, "items": []}`,
			sentinel: collection.ErrInvalidDocument,
			pointer:  "",
			contains: []string{"'item'", `"items"`},
		},
		{
			name:     "url of wrong type",
			doc:      `{"info": {"schema": "` + v21 + `"}, "item": [{"name": "a", "request": {"url": 42}}]}`,
			sentinel: collection.ErrInvalidDocument,
			pointer:  "/item/0/request/url",
			contains: []string{"/item/0/request/url"},
		},
		{
			name:     "auth type not a string",
			doc:      `{"info": {"schema": "` + v21 + `"}, "auth": {"type": 3}, "item": []}`,
			sentinel: collection.ErrInvalidDocument,
			pointer:  "/auth/type",
			contains: []string{"/auth/type", "auth"},
		},
		{
			name:     "nested folder problem",
			doc:      `{"info": {"schema": "` + v20 + `"}, "item": [{"name": "f", "item": [{"name": "r", "request": {"url": "x", "header": [{"value": "v"}]}}]}]}`,
			sentinel: collection.ErrInvalidDocument,
			pointer:  "/item/0/item/0/request/header/0",
			contains: []string{"/item/0/item/0/request/header/0", "key"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := collection.Parse([]byte(tt.doc), "test.json")
			if err == nil {
				t.Fatal("Parse succeeded, want an error")
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("error %v is not %v", err, tt.sentinel)
			}
			var le *collection.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %T is not a *LoadError", err)
			}
			if le.File != "test.json" {
				t.Errorf("File = %q", le.File)
			}
			if tt.line != 0 && le.Line != tt.line {
				t.Errorf("Line = %d, want %d (%v)", le.Line, tt.line, err)
			}
			if tt.sentinel == collection.ErrInvalidDocument && tt.pointer != "" && le.Pointer != tt.pointer {
				t.Errorf("Pointer = %q, want %q (%v)", le.Pointer, tt.pointer, err)
			}
			for _, s := range tt.contains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not contain %q", err, s)
				}
			}
			if le.Hint == "" {
				t.Errorf("no hint in %v", err)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := collection.Load(filepath.Join(t.TempDir(), "nope.json"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Load = %v, want ErrNotExist", err)
	}
	if !strings.Contains(err.Error(), "nope.json") {
		t.Errorf("error %q does not name the file", err)
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	u := utf16.Encode([]rune(s))
	var b []byte
	if bigEndian {
		b = append(b, 0xFE, 0xFF)
	} else {
		b = append(b, 0xFF, 0xFE)
	}
	for _, c := range u {
		if bigEndian {
			b = append(b, byte(c>>8), byte(c))
		} else {
			b = append(b, byte(c), byte(c>>8))
		}
	}
	return b
}

func TestParseEncodings(t *testing.T) {
	doc := `{"info": {"name": "Ünïcode ✓", "schema": "` + v21 + `"}, "item": [{"name": "r", "request": "http://x/"}]}`
	tests := []struct {
		name string
		data []byte
	}{
		{"plain", []byte(doc)},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, doc...)},
		{"utf-16 le", utf16Bytes(doc, false)},
		{"utf-16 be", utf16Bytes(doc, true)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := collection.Parse(tt.data, "enc.json")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if c.Info.Name != "Ünïcode ✓" {
				t.Errorf("name = %q", c.Info.Name)
			}
		})
	}
}

func TestParseWrapperAndVersions(t *testing.T) {
	inner := `{"info": {"name": "W", "schema": "` + v21 + `"}, "item": [{"name": "r", "request": "http://x/"}]}`
	c := mustParse(t, `{"collection": `+inner+`}`)
	if c.Info.Name != "W" || len(c.Requests()) != 1 {
		t.Errorf("wrapped collection not unwrapped: %+v", c.Info)
	}
	if _, ok := c.Raw["item"]; !ok {
		t.Errorf("Raw is not the unwrapped document")
	}
	tests := []struct {
		name, schema, auth, want string
	}{
		{"v2.1 list auth", v21, `{"type": "basic", "basic": [{"key": "username", "value": "u"}, {"key": "password", "value": "p"}]}`, collection.Version21},
		{"v2.0 object auth", v20, `{"type": "basic", "basic": {"username": "u", "password": "p"}}`, collection.Version20},
		{"declared v2.0 with v2.1 auth", v20, `{"type": "basic", "basic": [{"key": "username", "value": "u"}, {"key": "password", "value": "p"}]}`, collection.Version21},
		{"nonstandard schema with v2.0 auth", "http://schema.getpostman.com/collection/v2/collection.json", `{"type": "basic", "basic": {"username": "u", "password": "p"}}`, collection.Version20},
		{"no schema", "", `{"type": "basic", "basic": [{"key": "username", "value": "u"}, {"key": "password", "value": "p"}]}`, collection.Version21},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustParse(t, `{"info": {"schema": "`+tt.schema+`"}, "auth": `+tt.auth+`, "item": []}`)
			if c.Version != tt.want {
				t.Errorf("Version = %q, want %q", c.Version, tt.want)
			}
			if c.Auth.Type != "basic" || c.Auth.Param("username") != "u" || c.Auth.Param("password") != "p" {
				t.Errorf("Auth = %+v", c.Auth)
			}
		})
	}
}

func TestNormaliseRequest(t *testing.T) {
	doc := `{
	"info": {"name": "N", "_postman_id": "cid", "schema": "` + v21 + `", "description": {"content": "desc"}},
	"variable": [{"key": "n", "value": "5", "type": "number"}, {"key": "b", "value": "true", "type": "boolean"}, {"key": "off", "value": "x", "disabled": true}],
	"item": [
	  {"name": "string request", "request": "https://{{host}}/a?x=1"},
	  {"name": "full", "id": "rid", "description": "item desc",
	   "request": {
	     "method": "post",
	     "url": {"raw": "https://api.example.com:8443/users/:id?q=1&off=2#top", "host": ["api", "example", "com"],
	             "path": ["users", ":id"], "variable": [{"key": "id", "value": "42"}],
	             "query": [{"key": "q", "value": "1"}, {"key": "off", "value": "2", "disabled": true}]},
	     "header": [{"key": "A", "value": "1"}, {"key": "B", "value": "2", "disabled": true}],
	     "body": {"mode": "raw", "raw": "{}", "options": {"raw": {"language": "json"}}},
	     "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{tok}}", "type": "string"}]}
	   }},
	  {"name": "form", "request": {"method": "POST", "url": "http://x/",
	     "body": {"mode": "formdata", "formdata": [
	        {"key": "t", "value": "v"},
	        {"key": "f", "type": "file", "src": "a.txt"},
	        {"key": "m", "type": "file", "src": ["a.txt", "b.txt"]},
	        {"key": "d", "value": "x", "disabled": true, "contentType": "text/plain"}]}}},
	  {"name": "urlenc", "request": {"method": "POST", "url": "http://x/",
	     "body": {"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": true}]}}},
	  {"name": "gql", "request": {"method": "POST", "url": "http://x/",
	     "body": {"mode": "graphql", "graphql": {"query": "{ me }", "variables": {"a": 1}}}}},
	  {"name": "file", "request": {"method": "PUT", "url": "http://x/", "body": {"mode": "file", "file": {"src": "up.bin"}}}},
	  {"name": "parts only", "request": {"url": {"protocol": "http", "host": "example.com", "path": "/a/b", "query": [{"key": "k", "value": null}]}}}
	]}`
	c := mustParse(t, doc)
	if c.Info.ID != "cid" || c.Info.Description != "desc" {
		t.Errorf("info = %+v", c.Info)
	}
	coll := collection.NewScope("c", c.Variables)
	if v, _ := coll.Get("n"); v != 5.0 {
		t.Errorf("typed number = %#v", v)
	}
	if v, _ := coll.Get("b"); v != true {
		t.Errorf("typed boolean = %#v", v)
	}
	if coll.Has("off") {
		t.Errorf("disabled variable is visible")
	}
	reqs := c.Requests()
	if len(reqs) != 7 {
		t.Fatalf("%d requests", len(reqs))
	}

	r0 := reqs[0].Request
	if r0.Method != "GET" || r0.URL.Raw != "https://{{host}}/a?x=1" || strings.Join(r0.URL.Host, ".") != "{{host}}" {
		t.Errorf("string request = %+v", r0)
	}

	full := reqs[1]
	r := full.Request
	if full.ID != "rid" || full.Description != "item desc" || r.Method != "POST" {
		t.Errorf("item = %+v", full)
	}
	if got := r.URL.String(); got != "https://api.example.com:8443/users/42?q=1#top" {
		t.Errorf("URL.String() = %q", got)
	}
	if r.URL.Raw != "https://api.example.com:8443/users/:id?q=1&off=2#top" {
		t.Errorf("Raw changed: %q", r.URL.Raw)
	}
	if r.URL.Port != "8443" || r.URL.Hash != "top" {
		t.Errorf("port/hash not filled from raw: %+v", r.URL)
	}
	if len(r.Headers) != 2 || !r.Headers[1].Disabled || r.Headers[0].Value != "1" {
		t.Errorf("headers = %+v", r.Headers)
	}
	if r.Body.Mode != "raw" || r.Body.Language != "json" || r.Body.Raw != "{}" {
		t.Errorf("body = %+v", r.Body)
	}
	if r.Auth.Type != "bearer" || r.Auth.Param("token") != "{{tok}}" {
		t.Errorf("auth = %+v", r.Auth)
	}

	fd := reqs[2].Request.Body.FormData
	if len(fd) != 4 || fd[0].Type != "text" || fd[1].Type != "file" || len(fd[1].Src) != 1 || len(fd[2].Src) != 2 ||
		!fd[3].Disabled || fd[3].ContentType != "text/plain" {
		t.Errorf("formdata = %+v", fd)
	}
	ue := reqs[3].Request.Body.URLEncoded
	if len(ue) != 2 || !ue[1].Disabled {
		t.Errorf("urlencoded = %+v", ue)
	}
	g := reqs[4].Request.Body.GraphQL
	if g == nil || g.Query != "{ me }" || g.Variables != `{"a":1}` {
		t.Errorf("graphql = %+v", g)
	}
	if reqs[5].Request.Body.FileSrc != "up.bin" {
		t.Errorf("file body = %+v", reqs[5].Request.Body)
	}
	parts := reqs[6].Request.URL
	if parts.Raw != "http://example.com/a/b?k" {
		t.Errorf("raw rebuilt from parts = %q", parts.Raw)
	}
}

func TestHeaderString(t *testing.T) {
	c := mustParse(t, `{"info": {"schema": "`+v20+`"}, "item": [{"name": "r", "request": {"url": "http://x/", "method": "GET",
		"header": "Accept: application/json\n//X-Off: 1\nX-Colon: a:b\n"}}]}`)
	h := c.Requests()[0].Request.Headers
	want := []collection.Header{{Key: "Accept", Value: "application/json"}, {Key: "X-Off", Value: "1", Disabled: true}, {Key: "X-Colon", Value: "a:b"}}
	if len(h) != len(want) {
		t.Fatalf("headers = %+v", h)
	}
	for i := range want {
		if h[i] != want[i] {
			t.Errorf("header %d = %+v, want %+v", i, h[i], want[i])
		}
	}
}

func TestGeneratedIDs(t *testing.T) {
	doc := `{"info": {"schema": "` + v21 + `"},
	"event": [{"listen": "test", "script": {"id": "same", "exec": ["a"]}}],
	"item": [
	  {"name": "f", "event": [{"listen": "test", "script": {"id": "same", "exec": "b"}}],
	   "item": [{"name": "r", "request": "http://x", "event": [
	      {"listen": "prerequest", "script": {"exec": ["c"]}},
	      {"listen": "prerequest", "script": {"exec": ["d"]}}]}]},
	  {"name": "r2", "request": "http://y"}
	]}`
	a := mustParse(t, doc)
	b := mustParse(t, doc)
	ra, rb := a.Requests(), b.Requests()
	for i := range ra {
		if ra[i].ID == "" || ra[i].ID != rb[i].ID {
			t.Errorf("item %d ids %q / %q are not stable", i, ra[i].ID, rb[i].ID)
		}
	}
	if ra[0].ID == ra[1].ID || ra[0].ID == ra[0].Parent.ID {
		t.Errorf("generated ids are not unique")
	}
	seen := map[string]bool{}
	for _, s := range append(a.ScriptsFor(ra[0], "test"), a.ScriptsFor(ra[0], "prerequest")...) {
		if seen[s.ID] {
			t.Errorf("duplicate script id %q", s.ID)
		}
		seen[s.ID] = true
		if s.Name == "" {
			t.Errorf("script %q has no name", s.ID)
		}
	}
	if len(seen) != 4 {
		t.Errorf("%d scripts, want 4", len(seen))
	}
	pre := a.ScriptsFor(ra[0], "prerequest")
	if pre[0].Exec != "c" || pre[1].Exec != "d" || !strings.HasSuffix(pre[1].Name, "f / r prerequest-script") {
		t.Errorf("prerequest scripts = %+v", pre)
	}
}
