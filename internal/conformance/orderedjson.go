package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// member is one key/value pair of a JSON object, kept in document order
// (duplicate keys included) so a rewritten file means exactly what the
// original meant.
type member struct {
	Key   string
	Value any
}

// object is a JSON object in document order. Other JSON values decode to
// []any, string, json.Number, bool or nil.
type object []member

func (o object) get(key string) (any, bool) {
	for i := len(o) - 1; i >= 0; i-- {
		if o[i].Key == key {
			return o[i].Value, true
		}
	}
	return nil, false
}

// set replaces every member named key, or inserts one after the member
// named after (or at the end).
func (o object) set(key string, v any, after string) object {
	found := false
	for i := range o {
		if o[i].Key == key {
			o[i].Value, found = v, true
		}
	}
	if found {
		return o
	}
	for i := range o {
		if o[i].Key == after {
			out := append(object{}, o[:i+1]...)
			out = append(out, member{key, v})
			return append(out, o[i+1:]...)
		}
	}
	return append(o, member{key, v})
}

func decodeOrdered(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("trailing data after JSON value")
	}
	return v, nil
}

func decodeValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			obj := object{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("object key is %T", kt)
				}
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				obj = append(obj, member{key, v})
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return obj, nil
		case '[':
			arr := []any{}
			for dec.More() {
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return arr, nil
		}
		return nil, fmt.Errorf("unexpected delimiter %q", t)
	default:
		return tok, nil
	}
}

func encodeOrdered(buf *bytes.Buffer, v any, indent string) error {
	switch t := v.(type) {
	case object:
		if len(t) == 0 {
			buf.WriteString("{}")
			return nil
		}
		buf.WriteString("{\n")
		for i, m := range t {
			buf.WriteString(indent + "  ")
			if err := encodeScalar(buf, m.Key); err != nil {
				return err
			}
			buf.WriteString(": ")
			if err := encodeOrdered(buf, m.Value, indent+"  "); err != nil {
				return err
			}
			if i < len(t)-1 {
				buf.WriteByte(',')
			}
			buf.WriteByte('\n')
		}
		buf.WriteString(indent + "}")
	case []any:
		if len(t) == 0 {
			buf.WriteString("[]")
			return nil
		}
		buf.WriteString("[\n")
		for i, e := range t {
			buf.WriteString(indent + "  ")
			if err := encodeOrdered(buf, e, indent+"  "); err != nil {
				return err
			}
			if i < len(t)-1 {
				buf.WriteByte(',')
			}
			buf.WriteByte('\n')
		}
		buf.WriteString(indent + "]")
	default:
		return encodeScalar(buf, v)
	}
	return nil
}

func encodeScalar(buf *bytes.Buffer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode %T: %w", v, err)
	}
	buf.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	return nil
}
