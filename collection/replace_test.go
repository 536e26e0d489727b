package collection_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/collection"
)

func scope(kv ...any) *collection.Scope {
	var vars []collection.Variable
	for i := 0; i+1 < len(kv); i += 2 {
		vars = append(vars, collection.Variable{Key: kv[i].(string), Value: kv[i+1]})
	}
	return collection.NewScope("", vars)
}

var fixedNow = time.Date(2026, 3, 4, 5, 6, 7, 890_000_000, time.UTC)

func testScopes() *collection.Scopes {
	return &collection.Scopes{
		Local:       scope("v", "local"),
		Data:        scope("v", "data", "d", "data"),
		Environment: collection.NewScope("env", []collection.Variable{{Key: "v", Value: "env"}, {Key: "e", Value: "env"}, {Key: "off", Value: "env-off", Disabled: true}}),
		Collection:  scope("v", "coll", "c", "coll", "off", "coll-on", "b", "{{c}}", "acollx", "deep"),
		Globals: scope("v", "glob", "g", "glob", "n", 42.0, "f", 1.5, "t", true, "null", nil,
			"arr", []any{1.0, "x"}, "obj", map[string]any{"k": 1.0}, "$guid", "user-guid", "loop", "{{loop}}",
			" spaced ", "S"),
		Dynamic: collection.NewGenerator(1, func() time.Time { return fixedNow }),
	}
}

func TestScopesGet(t *testing.T) {
	s := testScopes()
	tests := []struct {
		key  string
		want any
		ok   bool
	}{
		{"v", "local", true},
		{"d", "data", true},
		{"e", "env", true},
		{"c", "coll", true},
		{"g", "glob", true},
		{"off", "coll-on", true}, // disabled in env falls through
		{"missing", nil, false},
	}
	for _, tt := range tests {
		got, ok := s.Get(tt.key)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Get(%q) = %v, %v; want %v, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
	s.Local = nil
	if got, _ := s.Get("v"); got != "data" {
		t.Errorf("without local Get(v) = %v, want data", got)
	}
	s.Data = nil
	if got, _ := s.Get("v"); got != "env" {
		t.Errorf("without data Get(v) = %v, want env", got)
	}
	if obj := testScopes().ToObject(); obj["v"] != "local" || obj["g"] != "glob" || obj["off"] != "coll-on" {
		t.Errorf("ToObject = %v", obj)
	}
}

func TestReplace(t *testing.T) {
	s := testScopes()
	tests := []struct{ in, want string }{
		{"{{v}}", "local"},
		{"a{{v}}b{{g}}c", "alocalbglobc"},
		{"{{b}}", "coll"},              // value with a reference
		{"{{a{{b}}x}}", "deep"},        // nested name
		{"{{unknown}}", "{{unknown}}"}, // unknown left as written
		{"{{ v }}", "{{ v }}"},         // no trimming
		{"{{ spaced }}", "S"},          // but a name with spaces exists
		{"{{n}}/{{f}}/{{t}}", "42/1.5/true"},
		{"{{null}}", "null"},
		{"{{arr}}", "1,x"},
		{"{{obj}}", "[object Object]"},
		{"{{$guid}}", "user-guid"}, // user variable wins over dynamic
		{"{{$timestamp}}", strconv.FormatInt(fixedNow.Unix(), 10)},
		{"{{$isoTimestamp}}", "2026-03-04T05:06:07.890Z"},
		{"{{$notAThing}}", "{{$notAThing}}"},
		{"{{loop}}", "{{loop}}"}, // self reference terminates
		{"{{}}", "{{}}"},
		{"{v}", "{v}"},
		{"no vars", "no vars"},
	}
	for _, tt := range tests {
		if got := s.Replace(tt.in); got != tt.want {
			t.Errorf("Replace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReplaceNestingDepth(t *testing.T) {
	// A chain of n references needs n passes; up to MaxReplacePasses resolve.
	chain := func(n int) *collection.Scopes {
		var vars []collection.Variable
		for i := 0; i < n; i++ {
			vars = append(vars, collection.Variable{Key: "v" + strconv.Itoa(i), Value: "{{v" + strconv.Itoa(i+1) + "}}"})
		}
		vars = append(vars, collection.Variable{Key: "v" + strconv.Itoa(n), Value: "end"})
		return &collection.Scopes{Globals: collection.NewScope("", vars)}
	}
	if got := chain(collection.MaxReplacePasses - 1).Replace("{{v0}}"); got != "end" {
		t.Errorf("chain of %d = %q, want end", collection.MaxReplacePasses-1, got)
	}
	if got := chain(collection.MaxReplacePasses + 3).Replace("{{v0}}"); got == "end" {
		t.Errorf("chain longer than the pass limit resolved fully")
	}
}

func TestReplaceDynamicFresh(t *testing.T) {
	s := &collection.Scopes{}
	got := s.Replace("{{$guid}} {{$guid}} {{$randomUUID}}")
	parts := strings.Split(got, " ")
	uuid := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	for _, p := range parts {
		if !uuid.MatchString(p) {
			t.Errorf("%q is not a v4 uuid", p)
		}
	}
	if parts[0] == parts[1] {
		t.Errorf("two occurrences gave the same value %q", parts[0])
	}
	ints := map[string]bool{}
	for i := 0; i < 20; i++ {
		v := s.Replace("{{$randomInt}}")
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1000 {
			t.Fatalf("$randomInt = %q", v)
		}
		ints[v] = true
	}
	if len(ints) < 5 {
		t.Errorf("$randomInt gave only %d distinct values in 20 draws", len(ints))
	}
}

func TestReplaceAll(t *testing.T) {
	c := mustParse(t, `{"info": {"schema": "`+v21+`"}, "item": [{"name": "r", "request": {
		"method": "POST",
		"url": {"raw": "{{scheme}}://{{host}}/p/:id/{{seg}}?q={{v}}&{{k}}#{{h}}", "variable": [{"key": "id", "value": "{{idv}}"}]},
		"header": [{"key": "X-{{k}}", "value": "{{v}}"}],
		"body": {"mode": "formdata", "formdata": [{"key": "{{k}}", "value": "{{v}}"}, {"key": "f", "type": "file", "src": ["{{dir}}/a.txt"]}]},
		"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{v}}"}]}
	}}]}`)
	orig := c.Requests()[0].Request
	s := &collection.Scopes{Globals: scope("scheme", "https", "host", "h.example", "seg", "s", "v", "val", "k", "key", "h", "frag", "idv", "7", "dir", "/tmp")}
	r := s.ReplaceAll(orig)
	if r.URL.Raw != "https://h.example/p/:id/s?q=val&key#frag" {
		t.Errorf("raw = %q", r.URL.Raw)
	}
	if got := r.URL.String(); got != "https://h.example/p/7/s?q=val&key#frag" {
		t.Errorf("String() = %q", got)
	}
	if r.Headers[0].Key != "X-key" || r.Headers[0].Value != "val" {
		t.Errorf("headers = %+v", r.Headers)
	}
	fd := r.Body.FormData
	if fd[0].Key != "key" || fd[0].Value != "val" || fd[1].Src[0] != "/tmp/a.txt" {
		t.Errorf("formdata = %+v", fd)
	}
	if r.Auth.Param("token") != "val" {
		t.Errorf("auth = %+v", r.Auth)
	}
	// The original is untouched.
	if orig.URL.Raw != "{{scheme}}://{{host}}/p/:id/{{seg}}?q={{v}}&{{k}}#{{h}}" || orig.Headers[0].Value != "{{v}}" ||
		orig.Body.FormData[1].Src[0] != "{{dir}}/a.txt" || orig.Auth.Param("token") != "{{v}}" ||
		*orig.URL.Query[0].Value != "{{v}}" || orig.URL.Variables[0].Value != "{{idv}}" || orig.URL.Host[0] != "{{host}}" {
		t.Errorf("ReplaceAll modified the original: %+v", orig)
	}
}

func TestReplaceValue(t *testing.T) {
	s := &collection.Scopes{Globals: scope("a", "A")}
	got := s.ReplaceValue(map[string]any{"x": []any{"{{a}}", 1.0}, "y": "{{a}}{{a}}"})
	m := got.(map[string]any)
	if m["y"] != "AA" || m["x"].([]any)[0] != "A" || m["x"].([]any)[1] != 1.0 {
		t.Errorf("ReplaceValue = %v", got)
	}
}
