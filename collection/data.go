package collection

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
)

// LoadIterationData reads an iteration-data file (-d): JSON is tried first
// (an array of objects), then CSV (a header row, then one row per
// iteration). A UTF-8 BOM is stripped and UTF-16 with a BOM decoded. CSV
// values are cast as Newman does: unquoted integers and decimals become
// numbers, quoted values and everything else stay strings; fields are
// trimmed; a doubled quote or \" inside quotes is a quote; a row shorter than
// the header leaves the missing columns unset. A row longer than the header,
// an unclosed quote or text after a closing quote is an error naming the
// line. Each row becomes a Scope named "iteration N" (1-based). Errors are
// *LoadError values.
func LoadIterationData(path string) ([]*Scope, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &LoadError{What: "iteration data", File: path, Err: err, Detail: readDetail(err)}
	}
	return ParseIterationData(data, path)
}

// ParseIterationData is LoadIterationData for data already read.
func ParseIterationData(data []byte, source string) ([]*Scope, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, &LoadError{What: "iteration data", File: source, Err: ErrInvalidJSON, Detail: err.Error()}
	}
	trimmed := bytes.TrimSpace(text)
	if json.Valid(trimmed) {
		return jsonRows(trimmed, source)
	}
	if len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
		// It looks like JSON: report the syntax error rather than reading
		// it as CSV.
		_, lerr := decodeJSON(text, source, "iteration data")
		if lerr != nil {
			return nil, lerr
		}
	}
	return csvRows(text, source)
}

func jsonRows(text []byte, source string) ([]*Scope, error) {
	dec := json.NewDecoder(bytes.NewReader(text))
	tok, err := dec.Token()
	if err != nil {
		return nil, &LoadError{What: "iteration data", File: source, Err: ErrInvalidJSON, Detail: err.Error()}
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, &LoadError{What: "iteration data", File: source, Err: ErrInvalidDocument,
			Detail: "expected a JSON array of objects",
			Hint:   "write the data as [{\"var\": \"value\"}, ...], one object per iteration"}
	}
	var rows []*Scope
	for i := 0; dec.More(); i++ {
		vars, ok, err := orderedObject(dec)
		if err != nil {
			return nil, &LoadError{What: "iteration data", File: source, Err: ErrInvalidJSON, Detail: err.Error()}
		}
		if !ok {
			return nil, &LoadError{What: "iteration data", File: source, Err: ErrInvalidDocument,
				Pointer: fmt.Sprintf("/%d", i),
				Detail:  fmt.Sprintf("element %d is not an object", i),
				Hint:    "each element of the array is one iteration: an object of variable names and values"}
		}
		rows = append(rows, NewScope(fmt.Sprintf("iteration %d", i+1), vars))
	}
	return rows, nil
}

// orderedObject decodes the next value; when it is an object it returns its
// members in document order.
func orderedObject(dec *json.Decoder) ([]Variable, bool, error) {
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, false, err
	}
	inner := json.NewDecoder(bytes.NewReader(raw))
	tok, err := inner.Token()
	if err != nil {
		return nil, false, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, false, nil
	}
	var vars []Variable
	for inner.More() {
		kt, err := inner.Token()
		if err != nil {
			return nil, false, err
		}
		key, _ := kt.(string)
		var v any
		if err := inner.Decode(&v); err != nil {
			return nil, false, err
		}
		vars = append(vars, Variable{Key: key, Value: v})
	}
	return vars, true, nil
}

var (
	csvInt   = regexp.MustCompile(`^[+-]?[0-9]+$`)
	csvFloat = regexp.MustCompile(`^[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][+-]?[0-9]+)?$`)
)

// csvField is one parsed field.
type csvField struct {
	text   string
	quoted bool
}

func csvRows(text []byte, source string) ([]*Scope, error) {
	records, err := parseCSV(string(text))
	if err != nil {
		var ce *csvError
		le := &LoadError{What: "iteration data", File: source, Err: ErrInvalidDocument, Detail: err.Error(),
			Hint: "check the quotes on that line: a quoted field must end with a quote followed by a comma or the end of the line"}
		if errors.As(err, &ce) {
			le.Line = ce.line
			le.Column = ce.col
			le.Detail = "invalid CSV: " + ce.msg
		}
		return nil, le
	}
	if len(records) == 0 {
		return nil, nil
	}
	header := records[0]
	var rows []*Scope
	for _, rec := range records[1:] {
		if len(rec.fields) > len(header.fields) {
			return nil, &LoadError{What: "iteration data", File: source, Err: ErrInvalidDocument, Line: rec.line, Column: 1,
				Detail: fmt.Sprintf("invalid CSV: the row has %d fields but the header has %d", len(rec.fields), len(header.fields)),
				Hint:   "quote fields that contain commas, or add the missing column names to the header row"}
		}
		vars := make([]Variable, 0, len(rec.fields))
		for i, f := range rec.fields {
			vars = append(vars, Variable{Key: header.fields[i].text, Value: castCSV(f)})
		}
		rows = append(rows, NewScope(fmt.Sprintf("iteration %d", len(rows)+1), vars))
	}
	return rows, nil
}

// castCSV turns unquoted numbers into float64, as Newman's CSV reader does.
func castCSV(f csvField) any {
	if f.quoted {
		return f.text
	}
	if csvInt.MatchString(f.text) || csvFloat.MatchString(f.text) {
		if n, err := strconv.ParseFloat(f.text, 64); err == nil {
			return n
		}
	}
	return f.text
}

type csvRecord struct {
	line   int
	fields []csvField
}

type csvError struct {
	line, col int
	msg       string
}

func (e *csvError) Error() string { return fmt.Sprintf("line %d, column %d: %s", e.line, e.col, e.msg) }

// parseCSV reads comma-separated records. Blank lines are skipped.
func parseCSV(s string) ([]csvRecord, error) {
	var (
		records []csvRecord
		line    = 1
		col     = 1
		i       = 0
	)
	next := func() byte {
		c := s[i]
		i++
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
		return c
	}
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' }
	atEOL := func() bool { return i >= len(s) || s[i] == '\n' || s[i] == '\r' }
	eatEOL := func() {
		switch {
		case i < len(s) && s[i] == '\r':
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			line++
			col = 1
		case i < len(s) && s[i] == '\n':
			next()
		}
	}
	for i < len(s) {
		// Skip blank lines.
		j := i
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j >= len(s) {
			break
		}
		if s[j] == '\n' || s[j] == '\r' {
			i = j
			eatEOL()
			continue
		}
		rec := csvRecord{line: line}
		for {
			for i < len(s) && isSpace(s[i]) {
				next()
			}
			var f csvField
			if i < len(s) && s[i] == '"' {
				startLine, startCol := line, col
				next()
				f.quoted = true
				var b []byte
				closed := false
				for i < len(s) {
					c := next()
					if c == '\\' && i < len(s) && (s[i] == '"' || s[i] == '\\') {
						b = append(b, next())
						continue
					}
					if c == '"' {
						if i < len(s) && s[i] == '"' {
							b = append(b, next())
							continue
						}
						closed = true
						break
					}
					b = append(b, c)
				}
				if !closed {
					return nil, &csvError{line: startLine, col: startCol, msg: "quoted field is never closed"}
				}
				for i < len(s) && isSpace(s[i]) {
					next()
				}
				if !atEOL() && s[i] != ',' {
					return nil, &csvError{line: line, col: col, msg: fmt.Sprintf("unexpected %q after a closing quote", s[i])}
				}
				f.text = string(b)
			} else {
				start := i
				for !atEOL() && s[i] != ',' {
					next()
				}
				f.text = trimSpaces(s[start:i])
			}
			rec.fields = append(rec.fields, f)
			if i < len(s) && s[i] == ',' {
				next()
				continue
			}
			eatEOL()
			break
		}
		records = append(records, rec)
	}
	return records, nil
}

func trimSpaces(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}
