package collection_test

import (
	"strings"
	"testing"

	"github.com/runner-ci/runner/collection"
)

const treeDoc = `{
 "info": {"name": "T", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "auth": {"type": "basic", "basic": [{"key": "username", "value": "coll"}]},
 "protocolProfileBehavior": {"followRedirects": false, "a": "coll"},
 "event": [
   {"listen": "prerequest", "script": {"exec": ["c-pre"]}},
   {"listen": "test", "script": {"exec": ["c-test"]}},
   {"listen": "test", "disabled": true, "script": {"exec": ["c-test-off"]}}
 ],
 "item": [
  {"name": "Outer", "id": "outer-id",
   "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "outer"}]},
   "protocolProfileBehavior": {"a": "outer", "b": "outer"},
   "variable": [{"key": "fv", "value": "folder"}],
   "event": [{"listen": "test", "script": {"exec": ["o-test"]}}, {"listen": "test", "script": {"exec": ["   "]}}],
   "item": [
     {"name": "Inner",
      "auth": {"type": "inherit"},
      "event": [{"listen": "test", "script": {"exec": "i-test"}}],
      "item": [
        {"name": "dup", "id": "r1", "protocolProfileBehavior": {"b": "item"}, "event": [{"listen": "test", "script": {"exec": ["r-test"]}}],
         "request": {"url": "http://a", "auth": {"type": "inherit"}}},
        {"name": "noauth", "id": "r2", "request": {"url": "http://b", "auth": {"type": "noauth"}}}
      ]},
     {"name": "own", "id": "r3", "request": {"url": "http://c", "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "k"}]}}}
   ]},
  {"name": "dup", "id": "r4", "request": "http://d"},
  {"name": "Empty", "item": []}
 ]}`

func names(items []*collection.Item) string {
	var n []string
	for _, it := range items {
		n = append(n, it.Name+"#"+it.ID)
	}
	return strings.Join(n, ",")
}

func TestRequestsAndSelect(t *testing.T) {
	c := mustParse(t, treeDoc)
	if got := names(c.Requests()); got != "dup#r1,noauth#r2,own#r3,dup#r4" {
		t.Errorf("Requests() = %s", got)
	}
	tests := []struct {
		sel      []string
		want     string
		requests string
		err      string
	}{
		{sel: []string{"Inner"}, want: "Inner#", requests: "dup#r1,noauth#r2"},
		{sel: []string{"outer-id"}, want: "Outer#outer-id", requests: "dup#r1,noauth#r2,own#r3"},
		{sel: []string{"own", "Inner"}, want: "Inner#,own#r3", requests: "dup#r1,noauth#r2,own#r3"},
		{sel: []string{"Outer", "Inner"}, want: "Outer#outer-id", requests: "dup#r1,noauth#r2,own#r3"}, // Inner is inside Outer
		{sel: []string{"dup"}, want: "dup#r4", requests: "dup#r4"},                                     // top level first
		{sel: []string{"dup", "Empty"}, want: "dup#r1,Empty#", requests: "dup#r1"},                     // several: depth first
		{sel: []string{"r4"}, want: "dup#r4", requests: "dup#r4"},
		{sel: []string{"Empty"}, want: "Empty#", requests: ""},
		{sel: []string{"Inner", "nope", "missing"}, err: `"nope", "missing"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.sel, "+"), func(t *testing.T) {
			got, err := c.Select(tt.sel)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Select error = %v, want one naming %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// Generated ids vary; compare names and explicit ids only.
			g := names(got)
			for _, it := range got {
				if !strings.HasPrefix(it.ID, "r") && it.ID != "outer-id" {
					g = strings.Replace(g, "#"+it.ID, "#", 1)
				}
			}
			if g != tt.want {
				t.Errorf("Select(%v) = %s, want %s", tt.sel, g, tt.want)
			}
			reqs, err := c.SelectRequests(tt.sel)
			if err != nil {
				t.Fatal(err)
			}
			if got := names(reqs); got != tt.requests {
				t.Errorf("SelectRequests(%v) = %s, want %s", tt.sel, got, tt.requests)
			}
		})
	}
}

func TestFind(t *testing.T) {
	c := mustParse(t, treeDoc)
	tests := []struct{ q, want string }{
		{"r1", "r1"},
		{"dup", "r4"}, // last one with the name wins
		{"own", "r3"},
		{"Inner", ""}, // folders are not targets
		{"nothing", ""},
	}
	for _, tt := range tests {
		got := c.Find(tt.q)
		id := ""
		if got != nil {
			id = got.ID
		}
		if id != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.q, id, tt.want)
		}
	}
}

func TestScriptsFor(t *testing.T) {
	c := mustParse(t, treeDoc)
	r1 := c.Find("r1")
	var got []string
	for _, s := range c.ScriptsFor(r1, "test") {
		got = append(got, s.Exec)
	}
	if strings.Join(got, ",") != "c-test,o-test,i-test,r-test" {
		t.Errorf("test scripts = %v", got)
	}
	pre := c.ScriptsFor(c.Find("r4"), "prerequest")
	if len(pre) != 1 || pre[0].Exec != "c-pre" {
		t.Errorf("prerequest scripts of r4 = %+v", pre)
	}
}

func TestAuthFor(t *testing.T) {
	c := mustParse(t, treeDoc)
	tests := []struct{ id, typ, param, value string }{
		{"r1", "bearer", "token", "outer"}, // inherit → Inner (inherit) → Outer
		{"r2", "", "", ""},                 // noauth stops
		{"r3", "apikey", "key", "k"},
		{"r4", "basic", "username", "coll"},
	}
	for _, tt := range tests {
		a := c.AuthFor(c.Find(tt.id))
		if tt.typ == "" {
			if a != nil {
				t.Errorf("AuthFor(%s) = %+v, want nil", tt.id, a)
			}
			continue
		}
		if a == nil || a.Type != tt.typ || a.Param(tt.param) != tt.value {
			t.Errorf("AuthFor(%s) = %+v, want %s with %s=%s", tt.id, a, tt.typ, tt.param, tt.value)
		}
	}
}

func TestProtocolProfileBehaviorAndVariablesFor(t *testing.T) {
	c := mustParse(t, treeDoc)
	got := c.ProtocolProfileBehaviorFor(c.Find("r1"))
	want := map[string]any{"followRedirects": false, "a": "outer", "b": "item"}
	if len(got) != len(want) {
		t.Errorf("ProtocolProfileBehaviorFor = %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("ProtocolProfileBehaviorFor[%q] = %v, want %v", k, got[k], v)
		}
	}
	if c.ProtocolProfileBehavior["a"] != "coll" {
		t.Errorf("merge modified the collection map")
	}
	vars := c.VariablesFor(c.Find("r1"))
	if len(vars) != 1 || vars[0].Key != "fv" {
		t.Errorf("VariablesFor = %+v", vars)
	}
	if len(c.VariablesFor(c.Find("r4"))) != 0 {
		t.Errorf("VariablesFor(r4) not empty")
	}
}
