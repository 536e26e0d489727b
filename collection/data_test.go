package collection_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/runner-ci/runner/collection"
)

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func rowsOf(scopes []*collection.Scope) []map[string]any {
	out := []map[string]any{}
	for _, s := range scopes {
		out = append(out, s.ToObject())
	}
	return out
}

func TestIterationData(t *testing.T) {
	tests := []struct {
		name string
		data string
		want []map[string]any
	}{
		{"json", `[{"a": 1, "b": "x", "c": true, "d": null, "e": [1, 2]}, {"a": 2}]`,
			[]map[string]any{{"a": 1.0, "b": "x", "c": true, "d": nil, "e": []any{1.0, 2.0}}, {"a": 2.0}}},
		{"json with bom and spaces", "\uFEFF  \n[{\"a\": \"1\"}]\n", []map[string]any{{"a": "1"}}},
		{"empty json array", `[]`, []map[string]any{}},
		{"csv casting", "i,f,neg,exp,q,s,empty,lead\n12,1.5,-3,1e3,\"12\",abc,,007\n",
			[]map[string]any{{"i": 12.0, "f": 1.5, "neg": -3.0, "exp": 1000.0, "q": "12", "s": "abc", "empty": "", "lead": 7.0}}},
		{"csv crlf and blank lines", "a,b\r\n1,2\r\n\r\n3,4", []map[string]any{{"a": 1.0, "b": 2.0}, {"a": 3.0, "b": 4.0}}},
		{"csv quotes", "a,b\n\"x,\"\"y\"\"\",\"line1\nline2\"\n\"back\\\"slash\", plain \"q\" \n",
			[]map[string]any{{"a": `x,"y"`, "b": "line1\nline2"}, {"a": `back"slash`, "b": `plain "q"`}}},
		{"csv short row", "a,b,c\n1\n", []map[string]any{{"a": 1.0}}},
		{"csv bom", "\uFEFFk\nv\n", []map[string]any{{"k": "v"}}},
		{"csv header only", "a,b\n", []map[string]any{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := collection.LoadIterationData(writeFile(t, "data", []byte(tt.data)))
			if err != nil {
				t.Fatalf("LoadIterationData: %v", err)
			}
			if got := rowsOf(rows); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("rows = %#v\nwant %#v", got, tt.want)
			}
			for i, r := range rows {
				if r.Name == "" {
					t.Errorf("row %d has no name", i)
				}
			}
		})
	}
}

func TestIterationDataErrors(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		line     int
		contains string
	}{
		{"json object", `{"a": 1}`, 0, "array"},
		{"json element not object", `[{"a": 1}, 2]`, 0, "element 1"},
		{"broken json", "[\n{\"a\": 1,}\n]", 2, "invalid JSON"},
		{"csv too many fields", "a,b\n1,2\n1,2,3\n", 3, "3 fields"},
		{"csv unclosed quote", "a,b\n1,\"open\n", 2, "never closed"},
		{"csv text after quote", "a,b\n\"x\"y,2\n", 2, "after a closing quote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "data.txt", []byte(tt.data))
			_, err := collection.LoadIterationData(path)
			var le *collection.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error = %v, want a *LoadError", err)
			}
			if le.Line != tt.line {
				t.Errorf("Line = %d, want %d (%v)", le.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.contains) || !strings.Contains(err.Error(), "data.txt") {
				t.Errorf("error %q does not contain %q and the file name", err, tt.contains)
			}
		})
	}
}
