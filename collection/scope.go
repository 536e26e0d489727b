package collection

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

// Scope is an ordered set of variables: an environment, the globals, the
// collection variables, an iteration-data row or the local scope. Values keep
// their JSON types (string, float64, bool, nil, []any, map[string]any).
// A Scope is not safe for concurrent use.
type Scope struct {
	// Name is the scope's display name (e.g. the environment's name).
	Name string
	// ID is the id of the environment or globals file, if any.
	ID    string
	vars  []Variable
	index map[string]int
}

// NewScope returns a scope holding vars in order. Later duplicates replace
// earlier values but keep the first position.
func NewScope(name string, vars []Variable) *Scope {
	s := &Scope{Name: name, index: map[string]int{}}
	for _, v := range vars {
		s.put(v)
	}
	return s
}

func (s *Scope) put(v Variable) {
	if s.index == nil {
		s.index = map[string]int{}
	}
	if i, ok := s.index[v.Key]; ok {
		// An enabled value wins over a disabled one; among enabled ones the
		// last wins, as in Postman.
		if v.Disabled && !s.vars[i].Disabled {
			return
		}
		s.vars[i] = v
		return
	}
	s.index[v.Key] = len(s.vars)
	s.vars = append(s.vars, v)
}

// Get returns the value of an enabled variable.
func (s *Scope) Get(key string) (any, bool) {
	if s == nil {
		return nil, false
	}
	i, ok := s.index[key]
	if !ok || s.vars[i].Disabled {
		return nil, false
	}
	return s.vars[i].Value, true
}

// Has reports whether an enabled variable exists.
func (s *Scope) Has(key string) bool {
	_, ok := s.Get(key)
	return ok
}

// Set sets key to value. A non-empty typ ("string", "number", "boolean",
// "any", ...) is recorded; when the variable already has a declared type and
// typ is empty the declared type is kept.
func (s *Scope) Set(key string, value any, typ string) {
	if i, ok := s.index[key]; ok {
		v := s.vars[i]
		v.Value = value
		v.Disabled = false
		if typ != "" {
			v.Type = typ
		}
		s.vars[i] = v
		return
	}
	s.put(Variable{Key: key, Value: value, Type: typ})
}

// Unset removes key.
func (s *Scope) Unset(key string) {
	i, ok := s.index[key]
	if !ok {
		return
	}
	s.vars = append(s.vars[:i], s.vars[i+1:]...)
	delete(s.index, key)
	for j := i; j < len(s.vars); j++ {
		s.index[s.vars[j].Key] = j
	}
}

// Clear removes every variable.
func (s *Scope) Clear() {
	s.vars = nil
	s.index = map[string]int{}
}

// Variables returns the variables in order, disabled ones included. The slice
// must not be modified.
func (s *Scope) Variables() []Variable {
	if s == nil {
		return nil
	}
	return s.vars
}

// ToObject returns the enabled variables as a map.
func (s *Scope) ToObject() map[string]any {
	m := map[string]any{}
	if s == nil {
		return m
	}
	for _, v := range s.vars {
		if !v.Disabled {
			m[v.Key] = v.Value
		}
	}
	return m
}

// List returns the variables as a collection's "variable" list holds them:
// {key, value} objects with "type" when declared and "disabled": true when
// disabled. pm.*.values and --export-collection use it.
func (s *Scope) List() []any {
	list := []any{}
	for _, v := range s.Variables() {
		m := map[string]any{"key": v.Key, "value": v.Value}
		if v.Type != "" {
			m["type"] = v.Type
		}
		if v.Disabled {
			m["disabled"] = true
		}
		list = append(list, m)
	}
	return list
}

// Clone returns an independent copy of the scope.
func (s *Scope) Clone() *Scope {
	if s == nil {
		return NewScope("", nil)
	}
	c := NewScope(s.Name, s.vars)
	c.ID = s.ID
	return c
}

// ToString converts a variable value to the text substituted for {{name}},
// as Postman does: numbers and booleans as written, null as "null", arrays
// joined with ",", objects as "[object Object]".
func ToString(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return formatNumber(x)
	case float32:
		return formatNumber(float64(x))
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case json.Number:
		return x.String()
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			if e == nil {
				continue
			}
			parts[i] = ToString(e)
		}
		return strings.Join(parts, ",")
	case map[string]any:
		return "[object Object]"
	default:
		b, err := json.Marshal(x)
		if err != nil {
			return ""
		}
		return string(b)
	}
}

// formatNumber prints a number as JavaScript's String(n) does for the common
// cases.
func formatNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == math.Trunc(f) && math.Abs(f) < 1e21:
		return strconv.FormatFloat(f, 'f', -1, 64)
	default:
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
}
