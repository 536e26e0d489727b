package collection

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/runner-ci/runner/schemas"
)

// Sentinel errors carried by *LoadError; test them with errors.Is.
var (
	// ErrInvalidJSON means the file is not well-formed JSON (or not text).
	ErrInvalidJSON = errors.New("invalid JSON")
	// ErrInvalidDocument means the JSON does not match the schema.
	ErrInvalidDocument = errors.New("invalid document")
	// ErrV1Collection means the file is a Postman collection v1, which the
	// runner does not read.
	ErrV1Collection = errors.New("postman collection v1 is not supported")
)

// maxProblemsInMessage bounds how many schema problems Error lists.
const maxProblemsInMessage = 5

// LoadError describes why a collection, environment, globals or
// iteration-data file could not be loaded. Err is one of the sentinels
// (ErrInvalidJSON, ErrInvalidDocument, ErrV1Collection) or an I/O error.
type LoadError struct {
	// What is the kind of file: "collection", "environment", "globals" or
	// "iteration data".
	What string
	// File is the path (or source name) of the file.
	File string
	// Line and Column locate a syntax error (1-based); 0 when unknown.
	Line, Column int
	// Pointer is the JSON pointer of the first schema problem ("" is the
	// document root).
	Pointer string
	// Problems are the schema problems, ordered by pointer.
	Problems []schemas.Problem
	// Detail is a short description of the problem when there are no
	// schema problems (e.g. the JSON syntax error).
	Detail string
	// Hint tells the user how to fix the file.
	Hint string
	// Err is the underlying sentinel or I/O error.
	Err error
}

// Error returns the whole message: what failed to load, where, and a hint.
func (e *LoadError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "load %s %q", e.What, e.File)
	switch {
	case e.Line > 0:
		fmt.Fprintf(&b, ": line %d, column %d", e.Line, e.Column)
	}
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	for i, p := range e.Problems {
		if i == maxProblemsInMessage {
			fmt.Fprintf(&b, "; and %d more", len(e.Problems)-i)
			break
		}
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		ptr := p.Pointer
		if ptr == "" {
			ptr = "/"
		}
		fmt.Fprintf(&b, "at %s: %s", ptr, p.Message)
	}
	if e.Detail == "" && len(e.Problems) == 0 && e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	if e.Hint != "" {
		b.WriteString(" (hint: ")
		b.WriteString(e.Hint)
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the sentinel or I/O error.
func (e *LoadError) Unwrap() error { return e.Err }

// Schema versions, as stored in Collection.Version.
const (
	Version20 = "2.0.0"
	Version21 = "2.1.0"
)

// Load reads and parses the collection file at path. See Parse.
func Load(path string) (*Collection, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &LoadError{What: "collection", File: path, Err: err, Detail: readDetail(err)}
	}
	return Parse(data, path)
}

func readDetail(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Parse decodes a Postman collection v2.0 or v2.1 from data; source names
// the file in errors. It strips a UTF-8 byte order mark, decodes UTF-16 with
// a byte order mark, unwraps the Postman API shape {"collection": {...}},
// validates the document against the schema named by info.schema (an
// unknown or missing schema URL tries v2.1, then v2.0; a document that only
// matches the other version is accepted too) and normalises it. Errors are
// *LoadError values.
func Parse(data []byte, source string) (*Collection, error) {
	doc, lerr := decodeJSON(data, source, "collection")
	if lerr != nil {
		return nil, lerr
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return nil, &LoadError{What: "collection", File: source, Err: ErrInvalidDocument,
			Detail: fmt.Sprintf("expected a JSON object, found %s", jsonType(doc)),
			Hint:   "export the collection from Postman as Collection v2.1"}
	}
	if _, hasItem := root["item"]; !hasItem {
		if inner, ok := root["collection"].(map[string]any); ok {
			root = inner
		}
	}
	if isV1(root) {
		return nil, &LoadError{What: "collection", File: source, Err: ErrV1Collection,
			Detail: "this is a Postman collection v1 (it has \"requests\"/\"order\" and no \"item\"); convert it to v2.1",
			Hint:   "open it in Postman and export it as Collection v2.1, or run: npx postman-collection-transformer convert -i in.json -o out.json -j 1.0.0 -p 2.1.0"}
	}
	declared := ""
	if info, ok := root["info"].(map[string]any); ok {
		declared, _ = info["schema"].(string)
	}
	version, verr := validateCollection(root, declared)
	if verr != nil {
		le := &LoadError{What: "collection", File: source, Err: ErrInvalidDocument}
		var ve *schemas.ValidationError
		if errors.As(verr, &ve) {
			le.Problems = ve.Problems
			if len(ve.Problems) > 0 {
				le.Pointer = ve.Problems[0].Pointer
			}
			le.Hint = collectionHint(root, ve.Problems, version)
		} else {
			le.Detail = verr.Error()
		}
		return nil, le
	}
	c := normalise(root, source, version)
	return c, nil
}

// schemaOrder returns the schema names to try for a declared info.schema.
func schemaOrder(declared string) []string {
	switch {
	case strings.Contains(declared, "v2.0.0"):
		return []string{schemas.CollectionV20, schemas.CollectionV21}
	default:
		return []string{schemas.CollectionV21, schemas.CollectionV20}
	}
}

func versionOf(schemaName string) string {
	if schemaName == schemas.CollectionV20 {
		return Version20
	}
	return Version21
}

// validateCollection validates root against the declared version's schema,
// falling back to the other version. It returns the version that matched,
// or the first version tried and its error.
func validateCollection(root map[string]any, declared string) (string, error) {
	order := schemaOrder(declared)
	first := schemas.Validate(order[0], root)
	if first == nil {
		return versionOf(order[0]), nil
	}
	var ve *schemas.ValidationError
	if !errors.As(first, &ve) {
		return versionOf(order[0]), first
	}
	if schemas.Validate(order[1], root) == nil {
		return versionOf(order[1]), nil
	}
	return versionOf(order[0]), first
}

func isV1(root map[string]any) bool {
	if _, ok := root["item"]; ok {
		return false
	}
	_, requests := root["requests"]
	_, order := root["order"]
	return requests || order
}

// collectionHint suggests a fix for the first schema problem.
func collectionHint(root map[string]any, problems []schemas.Problem, version string) string {
	if len(problems) == 0 {
		return ""
	}
	p := problems[0]
	switch {
	case p.Pointer == "" && strings.Contains(p.Message, "'item'"):
		if _, ok := root["items"]; ok {
			return "the top level has \"items\"; Postman collections list their requests in \"item\""
		}
		return "a Postman collection needs an \"item\" list at the top level"
	case strings.HasSuffix(p.Pointer, "/item") && strings.Contains(p.Message, "expected array"):
		return "\"item\" must be a list (JSON array) of requests and folders"
	case strings.Contains(p.Message, "'request'"):
		return "each entry of an \"item\" list needs \"request\" (a request) or \"item\" (a folder)"
	case strings.Contains(p.Pointer, "/auth"):
		if version == Version21 {
			return "in collection v2.1 auth parameters are lists of {\"key\", \"value\"} objects and \"type\" is a string"
		}
		return "in collection v2.0 auth parameters are objects and \"type\" is a string"
	case strings.HasSuffix(p.Pointer, "/url"):
		return "a request \"url\" is a string or an object with \"raw\""
	}
	return fmt.Sprintf("fix the value at %s, or re-export the collection from Postman as Collection v2.1", displayPointer(p.Pointer))
}

func displayPointer(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// decodeText turns file bytes into text: a UTF-8 BOM is stripped and UTF-16
// with a BOM is decoded.
func decodeText(data []byte) ([]byte, error) {
	switch {
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		return data[3:], nil
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		return decodeUTF16(data[2:], false)
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		return decodeUTF16(data[2:], true)
	}
	return data, nil
}

func decodeUTF16(b []byte, bigEndian bool) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, errors.New("odd number of bytes in UTF-16 text")
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	runes := utf16.Decode(u)
	out := make([]byte, 0, len(runes))
	for _, r := range runes {
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// decodeJSON decodes a JSON document, reporting syntax errors with line and
// column.
func decodeJSON(data []byte, source, what string) (any, *LoadError) {
	text, err := decodeText(data)
	if err != nil {
		return nil, &LoadError{What: what, File: source, Err: ErrInvalidJSON, Detail: err.Error()}
	}
	var doc any
	if err := json.Unmarshal(text, &doc); err != nil {
		le := &LoadError{What: what, File: source, Err: ErrInvalidJSON,
			Hint: "the file must be valid JSON; check for a missing comma, quote or bracket near that position"}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			le.Line, le.Column = lineCol(text, se.Offset)
			le.Detail = "invalid JSON: " + se.Error()
		} else {
			le.Detail = "invalid JSON: " + err.Error()
		}
		if len(strings.TrimSpace(string(text))) == 0 {
			le.Detail = "the file is empty"
			le.Line, le.Column = 0, 0
		}
		return nil, le
	}
	return doc, nil
}

// lineCol converts a byte offset (as reported by encoding/json, pointing
// just past the offending byte) into a 1-based line and column.
func lineCol(text []byte, offset int64) (int, int) {
	if offset > int64(len(text)) {
		offset = int64(len(text))
	}
	if offset > 0 {
		offset-- // the offset is after the bad byte
	}
	line, col := 1, 1
	for _, c := range text[:offset] {
		if c == '\n' {
			line++
			col = 1
		} else if c&0xC0 != 0x80 { // count runes, not continuation bytes
			col++
		}
	}
	return line, col
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "a boolean"
	}
	return fmt.Sprintf("%T", v)
}
