package modules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// schemaError is one validation failure, with enough context for both the
// Ajv 6 and the tv4 error shapes.
type schemaError struct {
	Keyword    string
	DataPath   string // Ajv style: .a[0]['b c']
	DataPtr    string // JSON pointer into the data
	SchemaPath string // #/properties/a/type
	KeywordLoc string // keyword location through $refs (tv4 style)
	KeywordRaw string // the validator's keyword location (with $ref)
	// PropertyName is set for errors found validating a property name.
	PropertyName string
	Params       map[string]any
	Message      string // Ajv 6 message
	Data         any    // the failing value
}

// ValidateSchema validates data against a JSON schema (draft-07 unless the
// schema's $schema says otherwise) and returns Ajv-6-style errors
// ({keyword, dataPath, schemaPath, params, message}), all of them as with
// Ajv's allErrors option; an empty slice means valid. An invalid schema gives
// one error with keyword "$schema".
func ValidateSchema(schema, data any) []map[string]any {
	errs, err := validateSchema(schema, data, schemaOptions{})
	if err != nil {
		return []map[string]any{{
			"keyword": "$schema", "dataPath": "", "schemaPath": "#",
			"params": map[string]any{}, "message": err.Error(),
		}}
	}
	out := make([]map[string]any, 0, len(errs))
	for _, e := range errs {
		out = append(out, e.ajv())
	}
	return out
}

// ValidateSchemaJSON is ValidateSchema for JSON texts (as JSON.stringify
// produces them). Unlike Go maps, the texts keep the key order, so the errors
// come in Ajv's order (schema property order, then data order).
func ValidateSchemaJSON(schemaJSON, dataJSON []byte) []map[string]any {
	errs, err := validateSchemaJSON(schemaJSON, dataJSON, schemaOptions{})
	if err != nil {
		return []map[string]any{{
			"keyword": "$schema", "dataPath": "", "schemaPath": "#",
			"params": map[string]any{}, "message": err.Error(),
		}}
	}
	out := make([]map[string]any, 0, len(errs))
	for _, e := range errs {
		out = append(out, e.ajv())
	}
	return out
}

func (e schemaError) ajv() map[string]any {
	m := map[string]any{
		"keyword": e.Keyword, "dataPath": e.DataPath, "schemaPath": e.SchemaPath,
		"params": e.Params, "message": e.Message,
	}
	if e.PropertyName != "" {
		m["propertyName"] = e.PropertyName
	}
	return m
}

// schemaOptions select the validation dialect.
type schemaOptions struct {
	draft4    bool // default draft when $schema is absent (tv4)
	noFormats bool // do not assert "format" (tv4)
}

var (
	schemaCacheMu sync.Mutex
	schemaCache   = map[string]*jsonschema.Schema{}
)

// compileSchema compiles a schema document (cached by its JSON text).
func compileSchema(doc any, opts schemaOptions) (*jsonschema.Schema, error) {
	b, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("schema is not JSON: %w", err)
	}
	key := fmt.Sprintf("%v%v%s", opts.draft4, opts.noFormats, b)
	schemaCacheMu.Lock()
	s, ok := schemaCache[key]
	schemaCacheMu.Unlock()
	if ok {
		return s, nil
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft7
	if opts.draft4 {
		c.Draft = jsonschema.Draft4
	}
	if opts.noFormats {
		for name := range jsonschema.Formats {
			c.Formats[name] = func(any) bool { return true }
		}
	} else {
		if err := checkFormatsKnown(doc); err != nil {
			return nil, err
		}
		for name := range jsonschema.Formats {
			c.Formats[name] = func(any) bool { return true }
		}
		for name, f := range ajvFormats {
			c.Formats[name] = f
		}
	}
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("can't resolve reference %s", s)
	}
	const url = "runner:///schema.json"
	if err := c.AddResource(url, bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("schema is invalid: %w", err)
	}
	s, err = c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("schema is invalid: %w", err)
	}
	schemaCacheMu.Lock()
	if len(schemaCache) > 256 {
		schemaCache = map[string]*jsonschema.Schema{}
	}
	schemaCache[key] = s
	schemaCacheMu.Unlock()
	return s, nil
}

// compileSchemaOnly reports whether a schema compiles.
func compileSchemaOnly(doc any) error {
	_, err := compileSchema(doc, schemaOptions{})
	return err
}

func validateSchema(schemaDoc, data any, opts schemaOptions) ([]schemaError, error) {
	if schemaDoc == nil {
		schemaDoc = map[string]any{}
	}
	sb, err := json.Marshal(schemaDoc)
	if err != nil {
		return nil, fmt.Errorf("schema is not JSON: %w", err)
	}
	db, err := json.Marshal(data)
	if err != nil {
		db = []byte("null")
	}
	return validateSchemaJSON(sb, db, opts)
}

// validateSchemaJSON validates JSON text; key order in both documents
// decides the order of the errors, as in Ajv.
func validateSchemaJSON(schemaJSON, dataJSON []byte, opts schemaOptions) ([]schemaError, error) {
	nschema, err := decodeJSON(schemaJSON)
	if err != nil {
		return nil, fmt.Errorf("schema is not JSON: %w", err)
	}
	if nschema == nil {
		nschema = map[string]any{}
	}
	s, err := compileSchema(nschema, opts)
	if err != nil {
		return nil, err
	}
	ndata, err := decodeJSON(dataJSON)
	if err != nil {
		ndata = nil
	}
	verr := s.Validate(ndata)
	if verr == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(verr, &ve) {
		return nil, verr
	}
	var out []schemaError
	collectErrors(ve, nschema, ndata, &out)
	out = addPropertyNameErrors(out)
	sortErrors(out, nschema, keyOrder(schemaJSON), keyOrder(dataJSON))
	return out, nil
}

// addPropertyNameErrors marks errors found validating property names and
// adds Ajv's "property name 'x' is invalid" error after each name's errors.
func addPropertyNameErrors(errs []schemaError) []schemaError {
	type pn struct{ schemaPath, name string }
	seen := map[pn]bool{}
	var out []schemaError
	for i := 0; i < len(errs); i++ {
		e := errs[i]
		idx := strings.LastIndex(e.SchemaPath, "/propertyNames/")
		if idx < 0 || e.Keyword == "propertyNames" {
			out = append(out, e)
			continue
		}
		slash := strings.LastIndexByte(e.DataPtr, '/')
		if slash < 0 {
			out = append(out, e)
			continue
		}
		e.PropertyName = unescapePtr(e.DataPtr[slash+1:])
		out = append(out, e)
		k := pn{e.SchemaPath[:idx+len("/propertyNames")], e.PropertyName}
		if seen[k] {
			continue
		}
		seen[k] = true
		rawIdx := strings.LastIndex(e.KeywordRaw, "/propertyNames/")
		locIdx := strings.LastIndex(e.KeywordLoc, "/propertyNames/")
		out = append(out, schemaError{
			Keyword:    "propertyNames",
			DataPtr:    e.DataPtr[:slash],
			SchemaPath: k.schemaPath,
			KeywordLoc: e.KeywordLoc[:max(0, locIdx)] + "/propertyNames",
			KeywordRaw: e.KeywordRaw[:max(0, rawIdx)] + "/propertyNames",
			Params:     map[string]any{"propertyName": e.PropertyName},
			Message:    "property name '" + e.PropertyName + "' is invalid",
			Data:       e.Data,
		})
	}
	return out
}

// decodeJSON decodes JSON keeping numbers as json.Number.
func decodeJSON(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var out any
	if err := d.Decode(&out); err != nil {
		return nil, err
	}
	return out, nil
}

// keyOrder maps the JSON pointer of every object in doc to the position of
// each of its keys.
func keyOrder(doc []byte) map[string]map[string]int {
	out := map[string]map[string]int{}
	d := json.NewDecoder(bytes.NewReader(doc))
	d.UseNumber()
	var walk func(ptr string) error
	walk = func(ptr string) error {
		t, err := d.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'):
			m := map[string]int{}
			out[ptr] = m
			for d.More() {
				kt, err := d.Token()
				if err != nil {
					return err
				}
				k, _ := kt.(string)
				m[k] = len(m)
				if err := walk(ptr + "/" + escapePtr(k)); err != nil {
					return err
				}
			}
			_, err = d.Token()
			return err
		case json.Delim('['):
			for i := 0; d.More(); i++ {
				if err := walk(ptr + "/" + strconv.Itoa(i)); err != nil {
					return err
				}
			}
			_, err = d.Token()
			return err
		}
		return nil
	}
	_ = walk("")
	return out
}

func escapePtr(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// ajvRuleRank orders keywords as Ajv 6 evaluates them.
var ajvRuleRank = func() map[string]int {
	order := []string{"$ref", "type",
		"maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "multipleOf",
		"maxLength", "minLength", "pattern", "format",
		"maxItems", "minItems", "items", "additionalItems", "contains", "uniqueItems",
		"maxProperties", "minProperties", "required", "dependencies", "propertyNames", "additionalProperties", "properties", "patternProperties",
		"const", "enum", "not", "anyOf", "oneOf", "allOf", "if", "then", "else"}
	m := map[string]int{}
	for i, k := range order {
		m[k] = i
	}
	return m
}()

// walkError follows an error's evaluation path (its keyword location, through
// $refs) alongside its data location. It returns Ajv's traversal order key
// and Ajv's dataPath (.prop for declared properties, ['key'] for keys matched
// by patternProperties or additionalProperties, [i] for items).
func walkError(e schemaError, schema any, schemaKeys, dataKeys map[string]map[string]int) ([]int, string) {
	var key []int
	var dp strings.Builder
	dataSegs := []string{}
	if e.DataPtr != "" {
		for _, d := range strings.Split(strings.TrimPrefix(e.DataPtr, "/"), "/") {
			dataSegs = append(dataSegs, unescapePtr(d))
		}
	}
	di := 0
	dptr := ""
	consume := func(style byte) {
		if di >= len(dataSegs) {
			return
		}
		name := dataSegs[di]
		if n, ok := dataKeys[dptr][name]; ok {
			key = append(key, n)
		} else if n, err := strconv.Atoi(name); err == nil {
			key = append(key, n)
		}
		switch style {
		case '.':
			if identRe.MatchString(name) {
				dp.WriteString("." + name)
			} else {
				dp.WriteString("['" + jsQuote(name) + "']")
			}
		case '[':
			dp.WriteString("[" + name + "]")
		default:
			dp.WriteString("['" + jsQuote(name) + "']")
		}
		dptr += "/" + escapePtr(name)
		di++
	}
	segs := []string{}
	if e.KeywordRaw != "" {
		segs = strings.Split(strings.TrimPrefix(e.KeywordRaw, "/"), "/")
	}
	sptr := ""
	parentKw := ""
	for i, seg := range segs {
		name := unescapePtr(seg)
		last := i == len(segs)-1
		if name == "$ref" && parentKw != "properties" && parentKw != "patternProperties" && parentKw != "definitions" && parentKw != "dependencies" {
			if node, ok := resolvePtr(schema, sptr).(map[string]any); ok {
				if ref, ok := node["$ref"].(string); ok && strings.HasPrefix(ref, "#") {
					sptr = unescapeURLPtr(ref[1:])
				}
			}
			parentKw = ""
			continue
		}
		switch parentKw {
		case "properties":
			key = append(key, schemaKeys[sptr][name])
			consume('.')
			parentKw = ""
		case "patternProperties":
			key = append(key, schemaKeys[sptr][name])
			consume('\'')
			parentKw = ""
		case "definitions", "dependencies":
			key = append(key, schemaKeys[sptr][name])
			parentKw = ""
		case "anyOf", "oneOf", "allOf", "items":
			if n, err := strconv.Atoi(name); err == nil {
				key = append(key, n)
				if parentKw == "items" {
					consume('[')
				}
				parentKw = ""
				break
			}
			fallthrough
		default:
			r, ok := ajvRuleRank[name]
			if !ok {
				r = 100
			}
			if name == "required" && last {
				// Required properties that are also declared are checked
				// in the properties loop, in declaration order.
				if mp, ok := e.Params["missingProperty"].(string); ok {
					if node, ok := resolvePtr(schema, sptr).(map[string]any); ok {
						if props, ok := node["properties"].(map[string]any); ok {
							if _, declared := props[mp]; declared {
								key = append(key, ajvRuleRank["properties"], schemaKeys[sptr+"/properties"][mp], -1)
								sptr += "/" + escapePtr(name)
								continue
							}
						}
					}
				}
			}
			key = append(key, r)
			if !last {
				switch name {
				case "items":
					if _, err := strconv.Atoi(unescapePtr(segs[i+1])); err != nil {
						consume('[')
					}
				case "additionalItems", "contains":
					consume('[')
				case "additionalProperties":
					consume('\'')
				}
			}
			parentKw = name
		}
		sptr += "/" + escapePtr(name)
	}
	switch e.Keyword {
	case "anyOf", "oneOf", "contains", "if", "propertyNames":
		key = append(key, 1000)
	case "additionalProperties":
		if p, ok := e.Params["additionalProperty"].(string); ok {
			key = append(key, dataKeys[dptr][p])
		}
	}
	// Data segments the walk did not reach (should not happen).
	for di < len(dataSegs) {
		consume('.')
	}
	return key, dp.String()
}

func jsQuote(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`)
}

// sortErrors orders errors as Ajv's traversal reports them and sets their
// Ajv dataPath.
func sortErrors(errs []schemaError, schema any, schemaKeys, dataKeys map[string]map[string]int) {
	type keyed struct {
		key []int
		e   schemaError
	}
	ks := make([]keyed, len(errs))
	for i, e := range errs {
		k, dp := walkError(e, schema, schemaKeys, dataKeys)
		if e.PropertyName != "" {
			dp = strings.TrimSuffix(dp, propertySuffix(dp))
		}
		e.DataPath = dp
		ks[i] = keyed{k, e}
	}
	sort.SliceStable(ks, func(a, b int) bool {
		x, y := ks[a].key, ks[b].key
		for i := 0; i < len(x) && i < len(y); i++ {
			if x[i] != y[i] {
				return x[i] < y[i]
			}
		}
		return len(x) < len(y)
	})
	for i := range ks {
		errs[i] = ks[i].e
	}
}

// propertySuffix returns the last path component of an Ajv dataPath.
func propertySuffix(dp string) string {
	if strings.HasSuffix(dp, "']") {
		if i := strings.LastIndex(dp, "['"); i >= 0 {
			return dp[i:]
		}
	}
	if i := strings.LastIndexAny(dp, ".["); i >= 0 {
		return dp[i:]
	}
	return dp
}

// schemaSeg decodes one segment of a URL-escaped JSON pointer fragment.
func schemaSeg(seg string) string {
	if u, err := url.PathUnescape(seg); err == nil {
		seg = u
	}
	return unescapePtr(seg)
}

// collectErrors walks the validator's error tree in Ajv's order: nested
// errors first, then the combinator that failed.
func collectErrors(ve *jsonschema.ValidationError, schema, data any, out *[]schemaError) {
	frag := ve.AbsoluteKeywordLocation
	if i := strings.IndexByte(frag, '#'); i >= 0 {
		frag = frag[i+1:]
	} else {
		frag = ""
	}
	kw := ""
	if i := strings.LastIndexByte(frag, '/'); i >= 0 {
		kw = schemaSeg(frag[i+1:])
	}
	instPtr := unescapeURLPtr(ve.InstanceLocation)
	startIdx := len(*out)
	for _, c := range ve.Causes {
		collectErrors(c, schema, data, out)
	}
	var badNames []string
	if kw == "propertyNames" {
		for i := startIdx; i < len(*out); i++ {
			e := &(*out)[i]
			seg := e.DataPtr[strings.LastIndexByte(e.DataPtr, '/')+1:]
			e.PropertyName = unescapePtr(seg)
			if !slices.Contains(badNames, e.PropertyName) {
				badNames = append(badNames, e.PropertyName)
			}
		}
	}
	switch kw {
	case "anyOf", "not", "then", "else", "contains", "minContains", "propertyNames":
	case "oneOf":
	default:
		if len(ve.Causes) > 0 {
			return
		}
	}
	if kw == "" && ve.Message == "" {
		return
	}
	// dependencies/<name>/<i> and similar have a numeric tail.
	parentFrag := frag[:max(0, strings.LastIndexByte(frag, '/'))]
	if _, err := strconv.Atoi(kw); err == nil {
		parts := strings.Split(frag, "/")
		for i := len(parts) - 1; i > 0; i-- {
			if parts[i] == "dependencies" || parts[i] == "dependentRequired" {
				kw = parts[i]
				parentFrag = strings.Join(parts[:i], "/")
				break
			}
		}
	}
	parent := resolvePtr(schema, unescapeURLPtr(parentFrag))
	value := plainJSON(resolvePtr(data, instPtr))
	base := schemaError{
		Keyword:    kw,
		DataPtr:    instPtr,
		SchemaPath: "#" + frag,
		KeywordLoc: strings.ReplaceAll(unescapeURLPtr(ve.KeywordLocation), "/$ref", ""),
		KeywordRaw: unescapeURLPtr(ve.KeywordLocation),
		Params:     map[string]any{},
		Data:       value,
	}
	ps, _ := parent.(map[string]any)
	kwValue := plainJSON(ps[kw])
	add := func(e schemaError) { *out = append(*out, e) }
	switch kw {
	case "type":
		var types []string
		switch t := kwValue.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, fmt.Sprint(x))
			}
		}
		base.Params["type"] = strings.Join(types, ",")
		base.Message = "should be " + strings.Join(types, ",")
		add(base)
	case "required":
		obj, _ := value.(map[string]any)
		req, _ := kwValue.([]any)
		for _, r := range req {
			name := fmt.Sprint(r)
			if _, ok := obj[name]; ok {
				continue
			}
			e := base
			e.Params = map[string]any{"missingProperty": name}
			e.Message = "should have required property '" + name + "'"
			add(e)
		}
	case "additionalProperties":
		obj, _ := value.(map[string]any)
		props, _ := ps["properties"].(map[string]any)
		pats, _ := ps["patternProperties"].(map[string]any)
		var extra []string
		for k := range obj {
			if _, ok := props[k]; ok {
				continue
			}
			matched := false
			for p := range pats {
				if re, err := regexp.Compile(p); err == nil && re.MatchString(k) {
					matched = true
					break
				}
			}
			if !matched {
				extra = append(extra, k)
			}
		}
		sort.Strings(extra)
		if len(extra) == 0 {
			base.Params["additionalProperty"] = ""
			base.Message = "should NOT have additional properties"
			add(base)
		}
		for _, k := range extra {
			e := base
			e.Params = map[string]any{"additionalProperty": k}
			e.Message = "should NOT have additional properties"
			add(e)
		}
	case "enum":
		base.Params["allowedValues"] = kwValue
		base.Message = "should be equal to one of the allowed values"
		add(base)
	case "const":
		base.Params["allowedValue"] = kwValue
		base.Message = "should be equal to constant"
		add(base)
	case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		limit := num(kwValue)
		if _, ok := kwValue.(bool); ok { // draft-04 boolean flag
			limit = num(plainJSON(ps[strings.ToLower(strings.TrimPrefix(kw, "exclusive")[:1])+strings.TrimPrefix(kw, "exclusive")[1:]]))
		}
		cmp := map[string]string{"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}[kw]
		exclusive := kw == "exclusiveMinimum" || kw == "exclusiveMaximum"
		if !exclusive {
			// draft-04 boolean exclusive flags
			if b, ok := ps["exclusive"+strings.ToUpper(kw[:1])+kw[1:]].(bool); ok && b {
				exclusive = true
				cmp = strings.TrimSuffix(cmp, "=")
			}
		} else {
			base.Keyword = kw
		}
		base.Params = map[string]any{"comparison": cmp, "limit": limit, "exclusive": exclusive}
		base.Message = "should be " + cmp + " " + fmtNum(limit)
		add(base)
	case "minLength", "maxLength":
		n := num(kwValue)
		word := map[string]string{"minLength": "shorter", "maxLength": "longer"}[kw]
		base.Params["limit"] = n
		base.Message = "should NOT be " + word + " than " + fmtNum(n) + " characters"
		add(base)
	case "minItems", "maxItems":
		n := num(kwValue)
		word := map[string]string{"minItems": "fewer", "maxItems": "more"}[kw]
		base.Params["limit"] = n
		base.Message = "should NOT have " + word + " than " + fmtNum(n) + " items"
		add(base)
	case "minProperties", "maxProperties":
		n := num(kwValue)
		word := map[string]string{"minProperties": "fewer", "maxProperties": "more"}[kw]
		base.Params["limit"] = n
		base.Message = "should NOT have " + word + " than " + fmtNum(n) + " properties"
		add(base)
	case "additionalItems":
		items, _ := ps["items"].([]any)
		base.Params["limit"] = float64(len(items))
		base.Message = "should NOT have more than " + strconv.Itoa(len(items)) + " items"
		add(base)
	case "uniqueItems":
		var a, b int
		fmt.Sscanf(ve.Message, "items at index %d and %d are equal", &a, &b)
		i, j := max(a, b), min(a, b)
		base.Params = map[string]any{"i": float64(i), "j": float64(j)}
		base.Message = fmt.Sprintf("should NOT have duplicate items (items ## %d and %d are identical)", j, i)
		add(base)
	case "pattern":
		base.Params["pattern"] = kwValue
		base.Message = fmt.Sprintf("should match pattern \"%v\"", kwValue)
		add(base)
	case "format":
		base.Params["format"] = kwValue
		base.Message = fmt.Sprintf("should match format \"%v\"", kwValue)
		add(base)
	case "multipleOf":
		base.Params["multipleOf"] = num(kwValue)
		base.Message = "should be multiple of " + fmtNum(num(kwValue))
		add(base)
	case "anyOf":
		base.Message = "should match some schema in anyOf"
		add(base)
	case "oneOf":
		var a, b int
		if _, err := fmt.Sscanf(ve.Message, "valid against schemas at indexes %d and %d", &a, &b); err == nil {
			base.Params["passingSchemas"] = []any{float64(a), float64(b)}
		} else {
			base.Params["passingSchemas"] = nil
		}
		base.Message = "should match exactly one schema in oneOf"
		add(base)
	case "not":
		base.Message = "should NOT be valid"
		add(base)
	case "then", "else":
		base.Keyword = "if"
		base.SchemaPath = "#" + parentFrag + "/if"
		base.Params["failingKeyword"] = kw
		base.Message = "should match \"" + kw + "\" schema"
		add(base)
	case "contains", "minContains":
		base.Keyword = "contains"
		base.SchemaPath = "#" + parentFrag + "/contains"
		base.Message = "should contain a valid item"
		add(base)
	case "dependencies", "dependentRequired":
		var p, d string
		fmt.Sscanf(strings.ReplaceAll(ve.Message, "'", " "), "property %s is required, if %s property exists", &p, &d)
		base.Keyword = "dependencies"
		base.SchemaPath = "#" + parentFrag + "/dependencies"
		base.Params = map[string]any{"property": d, "missingProperty": p, "depsCount": float64(1), "deps": p}
		base.Message = "should have property " + p + " when property " + d + " is present"
		add(base)
	case "propertyNames":
		for _, n := range badNames {
			e := base
			e.Params = map[string]any{"propertyName": n}
			e.Message = "property name '" + n + "' is invalid"
			add(e)
		}
	case "":
		if ve.Message == "not allowed" { // false schema
			base.Keyword = "false schema"
			base.Message = "boolean schema is false"
			add(base)
		}
	default:
		base.Message = ve.Message
		add(base)
	}
}

// plainJSON replaces json.Number by float64 throughout v.
func plainJSON(v any) any {
	switch x := v.(type) {
	case json.Number:
		f, _ := x.Float64()
		return f
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plainJSON(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plainJSON(e)
		}
		return out
	}
	return v
}

// unescapeURLPtr decodes the URL escaping of a JSON pointer, keeping the
// pointer's own ~0/~1 escapes.
func unescapeURLPtr(p string) string {
	if u, err := url.PathUnescape(p); err == nil {
		return u
	}
	return p
}

func num(v any) float64 {
	switch x := v.(type) {
	case json.Number:
		f, _ := x.Float64()
		return f
	case float64:
		return x
	}
	return math.NaN()
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func unescapePtr(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// resolvePtr returns the value at a JSON pointer.
func resolvePtr(doc any, ptr string) any {
	if ptr == "" {
		return doc
	}
	cur := doc
	for _, p := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		p = unescapePtr(p)
		switch c := cur.(type) {
		case map[string]any:
			cur = c[p]
		case []any:
			i, err := strconv.Atoi(p)
			if err != nil || i < 0 || i >= len(c) {
				return nil
			}
			cur = c[i]
		default:
			return nil
		}
	}
	return cur
}

var identRe = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)
