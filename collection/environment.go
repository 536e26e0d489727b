package collection

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/runner-ci/runner/schemas"
)

// LoadEnvironment reads a Postman environment export. See LoadScopeFile.
func LoadEnvironment(path string) (*Scope, error) {
	return LoadScopeFile(path, "environment")
}

// LoadGlobals reads a Postman globals export. See LoadScopeFile.
func LoadGlobals(path string) (*Scope, error) {
	return LoadScopeFile(path, "globals")
}

// LoadScopeFile reads an environment or globals export (what is
// "environment" or "globals", used in messages and to unwrap the Postman API
// shape {"environment": {...}}). The file may have a UTF-8 BOM or be UTF-16
// with a BOM; it is validated against environment.schema.json. Values keep
// their JSON types; "enabled": false or "disabled": true disables a variable.
// Errors are *LoadError values.
func LoadScopeFile(path, what string) (*Scope, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &LoadError{What: what, File: path, Err: err, Detail: readDetail(err)}
	}
	return ParseScope(data, path, what)
}

// ParseScope is LoadScopeFile for data already read; source names the file.
func ParseScope(data []byte, source, what string) (*Scope, error) {
	doc, lerr := decodeJSON(data, source, what)
	if lerr != nil {
		return nil, lerr
	}
	if m, ok := doc.(map[string]any); ok {
		if _, has := m["values"]; !has {
			if inner, ok := m[what].(map[string]any); ok {
				doc = inner
			}
		}
	}
	if err := schemas.Validate(schemas.Environment, doc); err != nil {
		le := &LoadError{What: what, File: source, Err: ErrInvalidDocument,
			Hint: fmt.Sprintf("an %s file is an object with a \"values\" list of {\"key\", \"value\", \"enabled\"} objects; export it again from Postman", what)}
		var ve *schemas.ValidationError
		if errors.As(err, &ve) {
			le.Problems = ve.Problems
			if len(ve.Problems) > 0 {
				le.Pointer = ve.Problems[0].Pointer
			}
		} else {
			le.Detail = err.Error()
		}
		return nil, le
	}
	var values []any
	name := strings.TrimSuffix(filepath.Base(source), filepath.Ext(source))
	id := ""
	switch x := doc.(type) {
	case []any:
		values = x
	case map[string]any:
		values, _ = x["values"].([]any)
		if n, ok := x["name"].(string); ok && n != "" {
			name = n
		}
		id, _ = x["id"].(string)
	}
	s := NewScope(name, variables(values))
	s.ID = id
	return s, nil
}

// ApplyOverrides sets each "key=value" of kvs (the values of --env-var or
// --global-var) in s, splitting on the first "=". An item without "=" or with
// an empty key is an error naming it.
func ApplyOverrides(s *Scope, kvs []string) error {
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("variable override %q: expected key=value", kv)
		}
		if k == "" {
			return fmt.Errorf("variable override %q: empty key", kv)
		}
		s.Set(k, v, "")
	}
	return nil
}

// exportedVar is one value of an exported environment or globals file.
type exportedVar struct {
	Key     string `json:"key"`
	Value   any    `json:"value"`
	Type    string `json:"type"`
	Enabled bool   `json:"enabled"`
}

type exportedScope struct {
	ID            string        `json:"id"`
	Name          string        `json:"name"`
	Values        []exportedVar `json:"values"`
	Scope         string        `json:"_postman_variable_scope"`
	ExportedAt    string        `json:"_postman_exported_at"`
	ExportedUsing string        `json:"_postman_exported_using"`
}

// ExportScope renders s as a Postman environment or globals export
// (scopeName is "environment" or "globals") with _postman_variable_scope,
// _postman_exported_at (now, in UTC with milliseconds) and
// _postman_exported_using "runner/<version>". A scope without an ID gets a
// random one. Variables without a declared type are exported as "any".
func ExportScope(s *Scope, scopeName, version string, now time.Time) ([]byte, error) {
	out := exportedScope{
		ID:            s.ID,
		Name:          s.Name,
		Values:        []exportedVar{},
		Scope:         scopeName,
		ExportedAt:    now.UTC().Format("2006-01-02T15:04:05.000Z"),
		ExportedUsing: "runner/" + version,
	}
	if out.ID == "" {
		out.ID = newUUID(rand.Reader)
	}
	for _, v := range s.Variables() {
		typ := v.Type
		if typ == "" {
			typ = "any"
		}
		out.Values = append(out.Values, exportedVar{Key: v.Key, Value: v.Value, Type: typ, Enabled: !v.Disabled})
	}
	b, err := json.MarshalIndent(out, "", "\t")
	if err != nil {
		return nil, fmt.Errorf("export %s %q: %w", scopeName, s.Name, err)
	}
	return append(b, '\n'), nil
}

// ExportCollection renders the collection for --export-collection: the
// document as loaded (c.Raw, after unwrapping) with its "variable" list
// replaced by the current collection variables vars (nil keeps the loaded
// list).
func ExportCollection(c *Collection, vars *Scope) ([]byte, error) {
	doc := make(map[string]any, len(c.Raw)+1)
	for k, v := range c.Raw {
		doc[k] = v
	}
	if vars != nil {
		doc["variable"] = vars.List()
	}
	b, err := json.MarshalIndent(doc, "", "\t")
	if err != nil {
		return nil, fmt.Errorf("export collection %q: %w", c.Info.Name, err)
	}
	return append(b, '\n'), nil
}
