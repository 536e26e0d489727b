package schemas_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/runner-ci/runner/schemas"
)

func decode(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad test JSON %s: %v", s, err)
	}
	return v
}

// wrap puts one item into a minimal collection.
func wrap(item string) string {
	return `{"info": {"name": "t"}, "item": [` + item + `]}`
}

func TestCollectionSchemas(t *testing.T) {
	const both = "both"
	tests := []struct {
		name    string
		doc     string
		valid   string // "both", "v2.0", "v2.1" or "" (neither)
		pointer string // first problem's pointer when invalid for v2.1
	}{
		{"minimal", `{"item": []}`, both, ""},
		{"extra fields", `{"info": {"name": "x", "x-extra": 1}, "item": [], "whatever": true}`, both, ""},
		{"string request", wrap(`{"name": "r", "request": "http://x"}`), both, ""},
		{"folder", wrap(`{"name": "f", "item": [{"name": "r", "request": {"url": "http://x"}}]}`), both, ""},
		{"descriptions", wrap(`{"name": "r", "description": {"content": "c", "type": "text/markdown"}, "request": {"url": "x", "description": null}}`), both, ""},
		{"single event object", wrap(`{"name": "r", "request": "x", "event": {"listen": "test", "script": {"exec": "a"}}}`), both, ""},
		{"script packages", wrap(`{"name": "r", "request": "x", "event": [{"listen": "test", "script": {"exec": ["a"], "type": "text/javascript", "packages": {}}}]}`), both, ""},
		{"header string", wrap(`{"name": "r", "request": {"url": "x", "header": "A: b\nC: d"}}`), both, ""},
		{"url object", wrap(`{"name": "r", "request": {"url": {"raw": "x", "host": "h", "path": ["a", {"type": "string", "value": "b"}], "query": [{"key": null, "value": null}], "variable": [{"key": "id"}]}}}`), both, ""},
		{"bodies", wrap(`{"name": "r", "request": {"url": "x", "body": {"mode": "formdata", "formdata": [{"key": "f", "type": "file", "src": ["a", "b"]}, {"key": "g", "src": null}], "options": {"raw": {"language": "json"}}}}}`), both, ""},
		{"unknown body mode", wrap(`{"name": "r", "request": {"url": "x", "body": {"mode": "unknown"}}}`), both, ""},
		{"null auth and body", wrap(`{"name": "r", "request": {"url": "x", "auth": null, "body": null}}`), both, ""},
		{"v2.1 auth list", `{"item": [], "auth": {"type": "basic", "basic": [{"key": "username", "value": "u", "type": "string"}]}}`, "v2.1", ""},
		{"v2.0 auth object", `{"item": [], "auth": {"type": "basic", "basic": {"username": "u"}}}`, "v2.0", "/auth/basic"},
		{"noauth anything", `{"item": [], "auth": {"type": "noauth", "noauth": []}}`, both, ""},

		{"no item", `{"info": {}}`, "", ""},
		{"item not array", `{"item": {}}`, "", "/item"},
		{"item without request or item", wrap(`{"name": "r"}`), "", "/item/0"},
		{"url number", wrap(`{"name": "r", "request": {"url": 1}}`), "", "/item/0/request/url"},
		{"auth type number", `{"item": [], "auth": {"type": 1}}`, "", "/auth/type"},
		{"auth without type", `{"item": [], "auth": {"basic": []}}`, "", "/auth"},
		{"event without listen", wrap(`{"name": "r", "request": "x", "event": [{"script": {}}]}`), "", "/item/0/event/0"},
		{"header without key", wrap(`{"name": "r", "request": {"url": "x", "header": [{"value": "v"}]}}`), "", "/item/0/request/header/0"},
		{"exec number", wrap(`{"name": "r", "request": "x", "event": [{"listen": "test", "script": {"exec": 5}}]}`), "", "/item/0/event/0/script/exec"},
		{"nested bad", wrap(`{"name": "f", "item": [{"name": "g", "item": "nope"}]}`), "", "/item/0/item/0/item"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := decode(t, tt.doc)
			for _, s := range []struct{ schema, version string }{{schemas.CollectionV20, "v2.0"}, {schemas.CollectionV21, "v2.1"}} {
				err := schemas.Validate(s.schema, doc)
				wantValid := tt.valid == both || tt.valid == s.version
				if wantValid && err != nil {
					t.Errorf("%s rejects it: %v", s.version, err)
				}
				if !wantValid {
					var ve *schemas.ValidationError
					if !errors.As(err, &ve) {
						t.Errorf("%s: error = %v, want a *ValidationError", s.version, err)
						continue
					}
					if s.version == "v2.1" && tt.pointer != "" && ve.Problems[0].Pointer != tt.pointer {
						t.Errorf("%s: first pointer = %q, want %q (%v)", s.version, ve.Problems[0].Pointer, tt.pointer, err)
					}
				}
			}
		})
	}
}

func TestEnvironmentSchema(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		valid bool
	}{
		{"export", `{"id": "x", "name": "n", "values": [{"key": "a", "value": "b", "type": "default", "enabled": true}], "_postman_variable_scope": "environment"}`, true},
		{"globals list", `[{"key": "a", "value": 1, "enabled": false}]`, true},
		{"extra fields", `{"values": [{"key": "a", "value": null, "description": "d"}], "synced": false}`, true},
		{"empty object", `{}`, true},
		{"values object", `{"values": {}}`, false},
		{"key missing", `{"values": [{"value": 1}]}`, false},
		{"enabled string", `{"values": [{"key": "a", "enabled": "true"}]}`, false},
		{"string", `"env"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := schemas.Validate(schemas.Environment, decode(t, tt.doc))
			if tt.valid && err != nil {
				t.Errorf("rejected: %v", err)
			}
			if !tt.valid && err == nil {
				t.Errorf("accepted")
			}
		})
	}
}
