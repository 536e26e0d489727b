package collection_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/collection"
)

func TestLoadEnvironment(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		wantName string
		want     map[string]any
	}{
		{"environment", []byte(`{"id": "e1", "name": "Env", "values": [
			{"key": "a", "value": "1", "enabled": true},
			{"key": "b", "value": 2, "type": "any"},
			{"key": "off", "value": "x", "enabled": false},
			{"key": "dis", "value": "x", "disabled": true}]}`), "Env", map[string]any{"a": "1", "b": 2.0}},
		{"globals array", []byte(`[{"key": "g", "value": "v", "enabled": true}]`), "", map[string]any{"g": "v"}},
		{"api wrapper", []byte(`{"environment": {"name": "W", "values": [{"key": "k", "value": "v"}]}}`), "W", map[string]any{"k": "v"}},
		{"bom", append([]byte{0xEF, 0xBB, 0xBF}, `{"name": "B", "values": [{"key": "k", "value": "v"}]}`...), "B", map[string]any{"k": "v"}},
		{"utf-16", utf16Bytes(`{"name": "U", "values": [{"key": "k", "value": "ü"}]}`, false), "U", map[string]any{"k": "ü"}},
		{"no values", []byte(`{"name": "E"}`), "E", map[string]any{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := collection.LoadEnvironment(writeFile(t, "env.json", tt.data))
			if err != nil {
				t.Fatalf("LoadEnvironment: %v", err)
			}
			if tt.wantName != "" && s.Name != tt.wantName {
				t.Errorf("Name = %q, want %q", s.Name, tt.wantName)
			}
			got := s.ToObject()
			if len(got) != len(tt.want) {
				t.Errorf("values = %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%q = %#v, want %#v", k, got[k], v)
				}
			}
		})
	}
}

func TestLoadEnvironmentErrors(t *testing.T) {
	tests := []struct {
		name, data, pointer string
		sentinel            error
	}{
		{"values not array", `{"values": {"a": 1}}`, "/values", collection.ErrInvalidDocument},
		{"key missing", `{"values": [{"value": 1}]}`, "/values/0", collection.ErrInvalidDocument},
		{"enabled not bool", `{"values": [{"key": "a", "enabled": "yes"}]}`, "/values/0/enabled", collection.ErrInvalidDocument},
		{"syntax", `{"values": [}`, "", collection.ErrInvalidJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := collection.LoadGlobals(writeFile(t, "g.json", []byte(tt.data)))
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("error = %v, want %v", err, tt.sentinel)
			}
			var le *collection.LoadError
			errors.As(err, &le)
			if le.Pointer != tt.pointer {
				t.Errorf("Pointer = %q, want %q", le.Pointer, tt.pointer)
			}
			if !strings.Contains(err.Error(), "globals") || !strings.Contains(err.Error(), "g.json") {
				t.Errorf("error %q does not name the kind and file", err)
			}
		})
	}
}

func TestApplyOverrides(t *testing.T) {
	s := collection.NewScope("e", []collection.Variable{{Key: "a", Value: "file"}, {Key: "off", Value: "x", Disabled: true}})
	if err := collection.ApplyOverrides(s, []string{"a=cli", "b=x=y", "empty=", "off=on"}); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"a": "cli", "b": "x=y", "empty": "", "off": "on"}
	got := s.ToObject()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q = %#v, want %#v", k, got[k], v)
		}
	}
	for _, bad := range []string{"novalue", "=v"} {
		err := collection.ApplyOverrides(s, []string{bad})
		if err == nil || !strings.Contains(err.Error(), `"`+bad+`"`) {
			t.Errorf("ApplyOverrides(%q) = %v, want an error naming it", bad, err)
		}
	}
}

func TestExportScope(t *testing.T) {
	s := collection.NewScope("My Env", []collection.Variable{
		{Key: "a", Value: "1", Type: "default"}, {Key: "n", Value: 2.0}, {Key: "off", Value: "x", Disabled: true}})
	s.ID = "id-1"
	now := time.Date(2026, 1, 2, 3, 4, 5, 6_000_000, time.FixedZone("X", 3600))
	b, err := collection.ExportScope(s, "environment", "1.2.3", now)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["id"] != "id-1" || doc["name"] != "My Env" || doc["_postman_variable_scope"] != "environment" ||
		doc["_postman_exported_at"] != "2026-01-02T02:04:05.006Z" || doc["_postman_exported_using"] != "runner/1.2.3" {
		t.Errorf("export header = %v", doc)
	}
	values := doc["values"].([]any)
	if len(values) != 3 {
		t.Fatalf("values = %v", values)
	}
	last := values[2].(map[string]any)
	if last["enabled"] != false || values[1].(map[string]any)["type"] != "any" || values[1].(map[string]any)["value"] != 2.0 {
		t.Errorf("values = %v", values)
	}
	// The export loads back.
	back, err := collection.ParseScope(b, "export.json", "environment")
	if err != nil {
		t.Fatalf("reload: %v", err)
	}
	if back.Name != "My Env" || back.ID != "id-1" || back.Has("off") || !back.Has("a") {
		t.Errorf("reloaded = %+v", back.Variables())
	}
	// A scope without id gets one.
	b2, _ := collection.ExportScope(collection.NewScope("g", nil), "globals", "dev", now)
	if !strings.Contains(string(b2), `"id": "`) || strings.Contains(string(b2), `"id": ""`) || !strings.Contains(string(b2), `"values": []`) {
		t.Errorf("globals export = %s", b2)
	}
}

func TestExportCollection(t *testing.T) {
	c := mustParse(t, `{"info": {"name": "X", "schema": "`+v21+`"}, "variable": [{"key": "a", "value": "1"}], "item": [{"name": "r", "request": "http://x"}]}`)
	vars := collection.NewScope("c", c.Variables)
	vars.Set("a", "2", "")
	vars.Set("n", 3.0, "number")
	b, err := collection.ExportCollection(c, vars)
	if err != nil {
		t.Fatal(err)
	}
	back := mustParse(t, string(b))
	got := collection.NewScope("c", back.Variables).ToObject()
	if got["a"] != "2" || got["n"] != 3.0 || len(back.Requests()) != 1 || back.Info.Name != "X" {
		t.Errorf("exported collection = %s", b)
	}
	if c.Raw["variable"].([]any)[0].(map[string]any)["value"] != "1" {
		t.Errorf("export modified Raw")
	}
}
