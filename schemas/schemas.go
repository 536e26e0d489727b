// Package schemas embeds the JSON Schemas the runner validates against (the
// Postman collection v2.0 and v2.1, environment and globals files, the
// certificates manifest, and the JSON report) and validates documents with
// santhosh-tekuri/jsonschema. Schemas are compiled once, on first use.
// It never loads anything from the network.
package schemas

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

//go:embed *.json
var files embed.FS

// The names of the embedded schemas.
const (
	CollectionV20 = "collection-v2.0.schema.json"
	CollectionV21 = "collection-v2.1.schema.json"
	Environment   = "environment.schema.json"
	Certs         = "certs.schema.json"
	Report        = "report.schema.json"
)

// Problem is one validation failure at a JSON pointer of the document.
type Problem struct {
	// Pointer is the JSON pointer of the offending value ("" is the root).
	Pointer string
	Message string
}

// ValidationError is returned when a document does not match its schema.
// Problems are the leaf failures, ordered by pointer.
type ValidationError struct {
	Schema   string
	Problems []Problem
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("; ")
		}
		ptr := p.Pointer
		if ptr == "" {
			ptr = "/"
		}
		fmt.Fprintf(&b, "%s: %s", ptr, p.Message)
	}
	return b.String()
}

var (
	mu       sync.Mutex
	compiled = map[string]*jsonschema.Schema{}
)

// Names lists the embedded schema files.
func Names() []string {
	ents, _ := fs.ReadDir(files, ".")
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// Source returns the text of an embedded schema.
func Source(name string) ([]byte, error) {
	return files.ReadFile(name)
}

// Compile returns the compiled schema of the given name.
func Compile(name string) (*jsonschema.Schema, error) {
	mu.Lock()
	defer mu.Unlock()
	if s, ok := compiled[name]; ok {
		return s, nil
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft7
	for _, n := range Names() {
		b, err := files.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read schema %q: %w", n, err)
		}
		if err := c.AddResource("mem:///"+n, strings.NewReader(string(b))); err != nil {
			return nil, fmt.Errorf("add schema %q: %w", n, err)
		}
	}
	s, err := c.Compile("mem:///" + name)
	if err != nil {
		return nil, fmt.Errorf("compile schema %q: %w", name, err)
	}
	compiled[name] = s
	return s, nil
}

// Validate checks doc (a value decoded by encoding/json into any, with
// numbers as float64 or json.Number) against the named schema. It returns a
// *ValidationError listing every leaf problem with its JSON pointer.
func Validate(name string, doc any) error {
	s, err := Compile(name)
	if err != nil {
		return err
	}
	err = s.Validate(doc)
	if err == nil {
		return nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return fmt.Errorf("validate against %q: %w", name, err)
	}
	out := &ValidationError{Schema: name}
	seen := map[Problem]bool{}
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			p := Problem{Pointer: e.InstanceLocation, Message: e.Message}
			if !seen[p] {
				seen[p] = true
				out.Problems = append(out.Problems, p)
			}
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	sort.SliceStable(out.Problems, func(i, j int) bool { return out.Problems[i].Pointer < out.Problems[j].Pointer })
	return out
}
