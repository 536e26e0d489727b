package sandbox

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/result"
)

// Variable scope kinds as the prelude names them.
const (
	kindGlobals     = "globals"
	kindEnvironment = "environment"
	kindCollection  = "collection"
	kindData        = "data"
	kindVariables   = "variables"
)

// newHost builds __runnerHost, the bridge the prelude calls. Every function
// works on the current execution.
func (s *Sandbox) newHost() *goja.Object {
	rt := s.rt
	h := rt.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = h.Set(name, fn)
	}
	cur := func() *execState {
		if s.cur == nil {
			s.throw("sandbox: no script is running")
		}
		return s.cur
	}
	str := func(v goja.Value) string {
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return ""
		}
		return v.String()
	}

	set("console", func(c goja.FunctionCall) goja.Value {
		st := cur()
		if st.skipped || st.ex.Console == nil {
			return goja.Undefined()
		}
		st.ex.Console(str(c.Argument(0)), str(c.Argument(1)))
		return goja.Undefined()
	})
	set("assertion", func(c goja.FunctionCall) goja.Value {
		st := cur()
		if st.skipped {
			return goja.Undefined()
		}
		// assertion(name, index, passed, skipped, error)
		a := result.Assertion{
			Name:    str(c.Argument(0)),
			Index:   int(c.Argument(1).ToInteger()),
			Passed:  c.Argument(2).ToBoolean(),
			Skipped: c.Argument(3).ToBoolean(),
			Event:   st.ex.Event,
		}
		if e := c.Argument(4); !goja.IsNull(e) && !goja.IsUndefined(e) {
			eo := e.ToObject(rt)
			a.Error = &result.Error{Name: str(eo.Get("name")), Message: str(eo.Get("message"))}
			if a.Error.Name == "TypeError" {
				v8Error(a.Error, str(eo.Get("stack")), &st.src)
			}
		}
		st.res.Assertions = append(st.res.Assertions, a)
		return goja.Undefined()
	})

	// Variables.
	set("varGet", func(c goja.FunctionCall) goja.Value {
		st := cur()
		v, ok := st.lookup(str(c.Argument(0)), str(c.Argument(1)))
		if !ok {
			return goja.Undefined()
		}
		return s.toJS(v)
	})
	set("varHas", func(c goja.FunctionCall) goja.Value {
		_, ok := cur().lookup(str(c.Argument(0)), str(c.Argument(1)))
		return rt.ToValue(ok)
	})
	set("varSet", func(c goja.FunctionCall) goja.Value {
		st := cur()
		typ := str(c.Argument(3))
		sc, key := st.scope(str(c.Argument(0)), true), str(c.Argument(1))
		// As in Newman, the value is stored as given; its declared type
		// converts it when this script reads it back (later scripts see the
		// stored value).
		sc.Set(key, s.export(c.Argument(2)), typ)
		st.setTyped(sc, key, typ)
		return goja.Undefined()
	})
	set("varUnset", func(c goja.FunctionCall) goja.Value {
		kind := str(c.Argument(0))
		if sc := cur().scope(kind, kind == kindData); sc != nil {
			sc.Unset(str(c.Argument(1)))
		}
		return goja.Undefined()
	})
	set("varClear", func(c goja.FunctionCall) goja.Value {
		kind := str(c.Argument(0))
		if sc := cur().scope(kind, kind == kindData); sc != nil {
			sc.Clear()
		}
		return goja.Undefined()
	})
	set("varObject", func(c goja.FunctionCall) goja.Value {
		return cur().objectValue(str(c.Argument(0)))
	})
	set("varList", func(c goja.FunctionCall) goja.Value {
		return s.toJS(cur().scope(str(c.Argument(0)), false).List())
	})
	set("varName", func(c goja.FunctionCall) goja.Value {
		sc := cur().scope(str(c.Argument(0)), false)
		if sc == nil {
			return rt.ToValue("")
		}
		return rt.ToValue(sc.Name)
	})
	set("replaceIn", func(c goja.FunctionCall) goja.Value {
		st := cur()
		return rt.ToValue(st.scopesOf(str(c.Argument(0))).Replace(str(c.Argument(1))))
	})

	// Control flow and visualizer.
	set("setNextRequest", func(c goja.FunctionCall) goja.Value {
		st := cur()
		v := c.Argument(0)
		if goja.IsUndefined(v) {
			return goja.Undefined()
		}
		st.res.NextRequestSet = true
		if goja.IsNull(v) {
			st.res.NextRequest = nil
		} else {
			name := v.String()
			st.res.NextRequest = &name
		}
		return goja.Undefined()
	})
	set("skipRequest", func(c goja.FunctionCall) goja.Value {
		st := cur()
		st.skipped = true
		st.res.SkipRequest = true
		rt.Interrupt(interruptSkip)
		return goja.Undefined()
	})
	set("visualizer", func(c goja.FunctionCall) goja.Value {
		st := cur()
		st.res.Visualizer = &result.Visualizer{Template: str(c.Argument(0)), Data: s.export(c.Argument(1))}
		return goja.Undefined()
	})
	set("visualizerClear", func(c goja.FunctionCall) goja.Value {
		cur().res.Visualizer = nil
		return goja.Undefined()
	})

	// Timers.
	set("setTimer", func(c goja.FunctionCall) goja.Value {
		st := cur()
		fn, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			panic(rt.NewTypeError("callback is not a function"))
		}
		var args []goja.Value
		if o, ok := c.Argument(3).(*goja.Object); ok {
			_ = rt.ExportTo(o, &args)
		}
		delay := c.Argument(1).ToFloat()
		if math.IsNaN(delay) {
			delay = 0
		}
		id := st.addTimer(fn, delay, c.Argument(2).ToInteger() == 1, args)
		return rt.ToValue(id)
	})
	set("clearTimer", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return goja.Undefined()
		}
		cur().clearTimer(v.ToInteger())
		return goja.Undefined()
	})

	// Libraries.
	set("require", func(c goja.FunctionCall) goja.Value {
		v, err := requireModule(rt, str(c.Argument(0)))
		if err != nil {
			s.throw(err.Error())
		}
		return v
	})
	set("validateSchema", func(c goja.FunctionCall) goja.Value {
		errs := validateSchema(s.export(c.Argument(0)), s.export(c.Argument(1)))
		list := make([]any, len(errs))
		for i, e := range errs {
			list[i] = map[string]any(e)
		}
		return s.toJS(list)
	})

	set("validateSchemaJSON", func(c goja.FunctionCall) goja.Value {
		errs := validateSchemaJSON(str(c.Argument(0)), str(c.Argument(1)))
		list := make([]any, len(errs))
		for i, e := range errs {
			list[i] = map[string]any(e)
		}
		return s.toJS(list)
	})

	set("meta", func(c goja.FunctionCall) goja.Value {
		// [iteration, iterationCount, requestName, requestId] for pm.info.
		in := cur().ex.Info
		return rt.NewArray(in.Iteration, in.IterationCount, in.RequestName, in.RequestID)
	})
	set("location", func(c goja.FunctionCall) goja.Value {
		loc := cur().ex.Info.Location
		items := make([]any, len(loc))
		for i, l := range loc {
			items[i] = l
		}
		return rt.NewArray(items...)
	})
	set("parseJSON", func(c goja.FunctionCall) goja.Value {
		// undefined (which JSON cannot produce) asks for JSON.parse.
		v, ok := parseJSON(rt, c.Argument(0).String())
		if !ok {
			return goja.Undefined()
		}
		return v
	})
	set("usedTests", func(c goja.FunctionCall) goja.Value {
		cur().usedTests = true
		return goja.Undefined()
	})
	set("requestData", func(c goja.FunctionCall) goja.Value {
		st := cur()
		st.usedRequest = true
		d := requestData(st.ex.Request, st.ex.Info)
		if st.ex.Event == EventTest && st.ex.Request != nil {
			d["headers"] = withHostHeader(d["headers"].([]any), st.ex.Request.URL)
		}
		return s.toJS(d)
	})
	// The lazy parts of pm.response (see responseValue).
	response := func() *Response {
		st := cur()
		if st.ex.Response == nil {
			s.throw("sandbox: no response")
		}
		return st.ex.Response
	}
	set("responseHeaders", func(c goja.FunctionCall) goja.Value {
		return s.headerPairs(response())
	})
	set("responseBody", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(string(response().Body))
	})
	set("responseJSON", func(c goja.FunctionCall) goja.Value {
		// undefined asks the prelude to parse the text itself.
		body := response().Body
		body = bytes.TrimPrefix(body, []byte("\ufeff"))
		if !utf8.Valid(body) {
			return goja.Undefined()
		}
		v, ok := parseJSON(rt, string(body))
		if !ok {
			return goja.Undefined()
		}
		return v
	})
	set("responseData", func(c goja.FunctionCall) goja.Value {
		st := cur()
		if st.ex.Event != EventTest || st.ex.Response == nil {
			return goja.Null()
		}
		return s.responseObject(st.ex.Response)
	})
	set("cookies", func(c goja.FunctionCall) goja.Value {
		return s.toJS(cur().cookieData())
	})
	set("send", func(c goja.FunctionCall) goja.Value {
		cur().sendRequest(c.Argument(0), c.Argument(1))
		return goja.Undefined()
	})
	set("jar", func(c goja.FunctionCall) goja.Value {
		return cur().jarCall(str(c.Argument(0)), c.Arguments[1:])
	})
	return h
}

// throw raises a JavaScript Error with msg.
func (s *Sandbox) throw(msg string) {
	if ctor, ok := goja.AssertConstructor(s.rt.Get("Error")); ok {
		if e, err := ctor(nil, s.rt.ToValue(msg)); err == nil {
			panic(e)
		}
	}
	panic(s.rt.NewGoError(errors.New(msg)))
}

// scope returns the scope of kind; create makes a missing scope so writes
// have somewhere to go.
func (st *execState) scope(kind string, create bool) *collection.Scope {
	v := &st.ex.Vars
	var p **collection.Scope
	switch kind {
	case kindGlobals:
		p = &v.Globals
	case kindEnvironment:
		p = &v.Environment
	case kindCollection:
		p = &v.Collection
	case kindData:
		if create && !st.dataCloned {
			st.data = st.data.Clone()
			st.dataCloned = true
		}
		return st.data
	case kindVariables:
		p = &v.Local
	default:
		return nil
	}
	if *p == nil && create {
		*p = collection.NewScope("", nil)
	}
	return *p
}

// precedence lists the scopes pm.variables reads, highest first.
func (st *execState) precedence() []*collection.Scope {
	v := st.ex.Vars
	return []*collection.Scope{v.Local, st.data, v.Environment, v.Collection, v.Globals}
}

// lookup reads key from kind; "variables" reads all scopes by precedence.
func (st *execState) lookup(kind, key string) (any, bool) {
	if kind == kindVariables {
		for _, sc := range st.precedence() {
			if v, ok := sc.Get(key); ok {
				return st.typedValue(sc, key, v), true
			}
		}
		return nil, false
	}
	sc := st.scope(kind, false)
	v, ok := sc.Get(key)
	if !ok {
		return nil, false
	}
	return st.typedValue(sc, key, v), true
}

// typedKey names a variable set with a declared type in this execution.
type typedKey struct {
	sc  *collection.Scope
	key string
}

// setTyped records (or, with no type, forgets) the declared type of a
// variable set by this execution.
func (st *execState) setTyped(sc *collection.Scope, key, typ string) {
	if typ == "" {
		delete(st.typed, typedKey{sc, key})
		return
	}
	if st.typed == nil {
		st.typed = map[typedKey]string{}
	}
	st.typed[typedKey{sc, key}] = typ
}

// typedValue converts v by the type declared when this execution set it.
func (st *execState) typedValue(sc *collection.Scope, key string, v any) any {
	if typ, ok := st.typed[typedKey{sc, key}]; ok {
		return castTyped(v, typ)
	}
	return v
}

// objectValue returns the enabled variables of kind as a JavaScript object
// whose keys are in insertion order; for pm.variables the scopes are merged
// from the lowest precedence up, so a key keeps its first position.
func (st *execState) objectValue(kind string) goja.Value {
	s := st.s
	o := s.rt.NewObject()
	scopes := []*collection.Scope{st.scope(kind, false)}
	if kind == kindVariables {
		p := st.precedence()
		scopes = scopes[:0]
		for i := len(p) - 1; i >= 0; i-- {
			scopes = append(scopes, p[i])
		}
	}
	for _, sc := range scopes {
		for _, v := range sc.Variables() {
			if !v.Disabled {
				_ = o.Set(v.Key, s.toJS(st.typedValue(sc, v.Key, v.Value)))
			}
		}
	}
	return o
}

// castTyped converts a value set with a declared type, as Postman's typed
// variables do.
func castTyped(v any, typ string) any {
	switch typ {
	case "number":
		switch x := v.(type) {
		case string:
			if f, err := strconv.ParseFloat(strings.TrimSpace(x), 64); err == nil {
				return f
			}
			return x
		case bool:
			if x {
				return float64(1)
			}
			return float64(0)
		}
	case "boolean":
		switch x := v.(type) {
		case string:
			return strings.TrimSpace(strings.ToLower(x)) == "true"
		case float64:
			return x != 0
		}
	case "string":
		switch x := v.(type) {
		case float64, bool, nil:
			return collection.ToString(x)
		}
	case "object":
		if x, ok := v.(string); ok {
			var o any
			if json.Unmarshal([]byte(x), &o) == nil {
				return o
			}
		}
	}
	return v
}

// export converts a JavaScript value to the JSON-typed Go value scopes
// hold: string, float64, bool, nil, []any or map[string]any.
func (s *Sandbox) export(v goja.Value) any {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	switch x := v.Export().(type) {
	case string:
		return x
	case bool:
		return x
	case int64:
		return float64(x)
	case float64:
		return x
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			return v.String()
		}
		js, err := s.jsonStringify(goja.Undefined(), v)
		if err != nil || goja.IsUndefined(js) {
			return v.String()
		}
		var out any
		if json.Unmarshal([]byte(js.String()), &out) != nil {
			return v.String()
		}
		return out
	}
	return v.String()
}

// toJS converts a JSON-typed Go value to a fresh JavaScript value.
func (s *Sandbox) toJS(v any) goja.Value {
	rt := s.rt
	switch x := v.(type) {
	case nil:
		return goja.Null()
	case string, bool, float64, int, int64:
		return rt.ToValue(x)
	case []any:
		items := make([]any, len(x))
		for i, e := range x {
			items[i] = s.toJS(e)
		}
		return rt.NewArray(items...)
	case []map[string]any:
		items := make([]any, len(x))
		for i, e := range x {
			items[i] = s.toJS(e)
		}
		return rt.NewArray(items...)
	case []string:
		items := make([]any, len(x))
		for i, e := range x {
			items[i] = e
		}
		return rt.NewArray(items...)
	case map[string]any:
		// Sorted keys: Go maps have no order and scripts see key order.
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		o := rt.NewObject()
		for _, k := range keys {
			_ = o.Set(k, s.toJS(x[k]))
		}
		return o
	case goja.Value:
		return x
	default:
		b, err := json.Marshal(x)
		if err != nil {
			return goja.Undefined()
		}
		var out any
		if json.Unmarshal(b, &out) != nil {
			return goja.Undefined()
		}
		return s.toJS(out)
	}
}

// obj is a small builder for plain objects passed to the prelude.
type obj = map[string]any

func requestData(r *collection.Request, info Info) obj {
	d := obj{"id": info.RequestID, "name": info.RequestName, "method": "GET", "url": obj{"raw": ""}, "headers": []any{}}
	if r == nil {
		return d
	}
	d["method"] = r.Method
	d["description"] = r.Description
	d["url"] = urlData(r.URL)
	hs := make([]any, len(r.Headers))
	for i, h := range r.Headers {
		hs[i] = headerData(h.Key, h.Value, h.Disabled)
	}
	d["headers"] = hs
	if b := r.Body; b != nil {
		bd := obj{"mode": b.Mode, "raw": b.Raw}
		if b.Disabled {
			bd["disabled"] = true
		}
		ue := make([]any, len(b.URLEncoded))
		for i, p := range b.URLEncoded {
			ue[i] = headerData(p.Key, p.Value, p.Disabled)
		}
		bd["urlencoded"] = ue
		fd := make([]any, len(b.FormData))
		for i, p := range b.FormData {
			m := obj{"key": p.Key, "value": p.Value, "type": p.Type}
			if len(p.Src) > 0 {
				src := make([]any, len(p.Src))
				for j, x := range p.Src {
					src[j] = x
				}
				if len(src) == 1 {
					m["src"] = src[0]
				} else {
					m["src"] = src
				}
			}
			if p.ContentType != "" {
				m["contentType"] = p.ContentType
			}
			if p.Disabled {
				m["disabled"] = true
			}
			fd[i] = m
		}
		bd["formdata"] = fd
		if b.FileSrc != "" {
			bd["file"] = obj{"src": b.FileSrc}
		}
		if b.GraphQL != nil {
			bd["graphql"] = obj{"query": b.GraphQL.Query, "variables": b.GraphQL.Variables}
		}
		if b.Language != "" {
			bd["options"] = obj{"raw": obj{"language": b.Language}}
		}
		d["body"] = bd
	}
	if r.Auth != nil {
		params := obj{}
		for k, v := range r.Auth.Params {
			params[k] = v
		}
		d["auth"] = obj{"type": r.Auth.Type, "params": params}
	}
	return d
}

func headerData(k, v string, disabled bool) obj {
	m := obj{"key": k, "value": v}
	if disabled {
		m["disabled"] = true
	}
	return m
}

func urlData(u collection.URL) obj {
	d := obj{"raw": u.Raw}
	if len(u.Host) == 0 {
		return d
	}
	host := make([]any, len(u.Host))
	for i, h := range u.Host {
		host[i] = h
	}
	path := make([]any, len(u.Path))
	for i, p := range u.Path {
		path[i] = p
	}
	q := make([]any, len(u.Query))
	for i, p := range u.Query {
		m := obj{"key": p.Key, "value": nil}
		if p.Value != nil {
			m["value"] = *p.Value
		}
		if p.Disabled {
			m["disabled"] = true
		}
		q[i] = m
	}
	vars := make([]any, len(u.Variables))
	for i, v := range u.Variables {
		m := obj{"key": v.Key, "value": v.Value}
		if v.Disabled {
			m["disabled"] = true
		}
		vars[i] = m
	}
	if u.UserInfo != "" {
		user, pass, hasPass := strings.Cut(u.UserInfo, ":")
		auth := obj{"user": user}
		if hasPass {
			auth["password"] = pass
		}
		d["auth"] = auth
	}
	d["host"] = host
	d["path"] = path
	d["query"] = q
	d["variable"] = vars
	if u.Protocol != "" {
		d["protocol"] = u.Protocol
	}
	if u.Port != "" {
		d["port"] = u.Port
	}
	if u.Hash != "" {
		d["hash"] = u.Hash
	}
	return d
}

// responseValue builds the plain description of a pm.sendRequest response
// that the prelude's Response wraps (pm.response is built by
// responseObject).
func (s *Sandbox) responseValue(r *Response) *goja.Object {
	rt := s.rt
	status := r.Status
	if status == "" {
		status = http.StatusText(r.Code)
	}
	cookies := make([]any, len(r.Cookies))
	for i, c := range r.Cookies {
		cookies[i] = s.toJS(cookieData(c))
	}
	o := rt.NewObject()
	_ = o.Set("id", newUUID())
	_ = o.Set("code", r.Code)
	_ = o.Set("status", status)
	_ = o.Set("standardName", http.StatusText(r.Code))
	_ = o.Set("headerPairs", s.headerPairs(r))
	_ = o.Set("body", string(r.Body))
	// Postman reports whole milliseconds, never 0 for a received response.
	_ = o.Set("responseTime", math.Ceil(r.Time))
	_ = o.Set("responseSize", len(r.Body))
	_ = o.Set("cookies", rt.NewArray(cookies...))
	return o
}

// responseObject builds pm.response: the prelude's Response, made here
// because defining its properties from JavaScript costs several times more.
// Its members are the SDK Response's ten, in the SDK's order; the body and
// the headers are fetched on first use (see responseValue).
func (s *Sandbox) responseObject(r *Response) *goja.Object {
	rt := s.rt
	d := rt.NewObject()
	_ = d.Set("lazy", true)
	_ = d.Set("standardName", http.StatusText(r.Code))
	if len(r.Cookies) > 0 {
		// Without cookies d.cookies stays absent (the getter reads it as []).
		cookies := make([]any, len(r.Cookies))
		for i, c := range r.Cookies {
			cookies[i] = s.toJS(cookieData(c))
		}
		_ = d.Set("cookies", rt.NewArray(cookies...))
	}
	status := r.Status
	if status == "" {
		status = http.StatusText(r.Code)
	}
	acc := s.respAccessors
	o := rt.CreateObject(s.respProto)
	_ = o.DefineDataProperty("__postmanType", rt.ToValue("Response"), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = o.DefineDataProperty("__d", d, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = o.Set("id", newUUID())
	_ = o.Set("_details", goja.Undefined())
	_ = o.Set("status", status)
	_ = o.Set("code", r.Code)
	_ = o.DefineAccessorProperty("headers", acc[0], acc[1], goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = o.DefineAccessorProperty("stream", acc[2], nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = o.DefineAccessorProperty("cookies", acc[3], acc[4], goja.FLAG_TRUE, goja.FLAG_TRUE)
	// Postman reports whole milliseconds, never 0 for a received response.
	_ = o.Set("responseTime", math.Ceil(r.Time))
	_ = o.Set("responseSize", len(r.Body))
	_ = o.Set("downloadedBytes", len(r.Body))
	return o
}

// headerPairs lists a response's headers as a flat key, value array
// (disabled ones are never received); the prelude builds the HeaderList.
func (s *Sandbox) headerPairs(r *Response) goja.Value {
	hs := make([]any, 0, 2*len(r.Headers))
	for _, h := range r.Headers {
		hs = append(hs, h.Key, h.Value)
	}
	return s.rt.NewArray(hs...)
}

// newUUID returns a random version 4 UUID, as Postman gives every response.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	var out [36]byte
	hex.Encode(out[0:8], b[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], b[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], b[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], b[8:10])
	out[23] = '-'
	hex.Encode(out[24:], b[10:])
	return string(out[:])
}

func cookieData(c *http.Cookie) obj {
	m := obj{
		"name": c.Name, "value": c.Value, "domain": c.Domain, "path": c.Path,
		"httpOnly": c.HttpOnly, "secure": c.Secure, "session": c.Expires.IsZero() && c.MaxAge == 0,
	}
	if c.Path == "" {
		m["path"] = "/"
	}
	if !c.Expires.IsZero() {
		m["expires"] = c.Expires.UTC().Format(time.RFC3339)
	}
	if c.MaxAge != 0 {
		m["maxAge"] = float64(c.MaxAge)
	}
	return m
}

// requestURL is the request's URL with variables resolved, for the cookie
// jar.
func (st *execState) requestURL() string {
	if st.ex.Request == nil {
		return ""
	}
	return st.resolve(st.ex.Request.URL.Raw)
}

// scopesOf returns the scopes replaceIn of kind uses: all of them by
// precedence for pm.variables, else the one scope.
func (st *execState) scopesOf(kind string) *collection.Scopes {
	gen := &collection.Generator{Now: st.s.opts.Now}
	if kind == kindVariables {
		v := st.ex.Vars
		return &collection.Scopes{Local: v.Local, Data: st.data, Environment: v.Environment, Collection: v.Collection, Globals: v.Globals, Dynamic: gen}
	}
	return &collection.Scopes{Local: st.scope(kind, false), Dynamic: gen}
}

// resolve substitutes {{variables}} with pm.variables precedence.
func (st *execState) resolve(s string) string {
	return st.scopesOf(kindVariables).Replace(s)
}

// cookieData lists the cookies pm.cookies shows: the jar's cookies for the
// request URL, then response cookies not already listed.
func (st *execState) cookieData() []any {
	var list []any
	seen := map[string]bool{}
	// Before the response there are no cookies to show (as in Newman).
	if st.ex.Cookies != nil && st.ex.Request != nil && st.ex.Event == EventTest {
		if cs, err := st.ex.Cookies.Cookies(st.requestURL()); err == nil {
			for _, c := range cs {
				seen[c.Name] = true
				list = append(list, cookieData(c))
			}
		}
	}
	if st.ex.Event == EventTest && st.ex.Response != nil {
		for _, c := range st.ex.Response.Cookies {
			if !seen[c.Name] {
				list = append(list, cookieData(c))
			}
		}
	}
	if list == nil {
		list = []any{}
	}
	return list
}

// jarCall implements pm.cookies.jar() operations synchronously; the prelude
// turns them into callbacks or promises.
func (st *execState) jarCall(op string, args []goja.Value) goja.Value {
	s := st.s
	jar := st.ex.Cookies
	if jar == nil {
		s.throw("CookieJar: no cookie jar is available")
	}
	arg := func(i int) goja.Value {
		if i < len(args) {
			return args[i]
		}
		return goja.Undefined()
	}
	rawURL := arg(0).String()
	if goja.IsUndefined(arg(0)) || rawURL == "" {
		s.throw("CookieJar: invalid URL")
	}
	rawURL = st.resolve(rawURL)
	switch op {
	case "get", "getAll":
		cs, err := jar.Cookies(rawURL)
		if err != nil {
			if op == "get" {
				// Newman calls back (null, null) for a URL it cannot parse.
				return goja.Null()
			}
			s.throw(fmt.Sprintf("CookieJar: %v", err))
		}
		if op == "getAll" {
			list := make([]any, len(cs))
			for i, c := range cs {
				list[i] = cookieData(c)
			}
			return s.toJS(list)
		}
		name := arg(1).String()
		for i := len(cs) - 1; i >= 0; i-- {
			if cs[i].Name == name {
				return s.rt.ToValue(cs[i].Value)
			}
		}
		return goja.Null()
	case "set":
		c := &http.Cookie{}
		if o, ok := arg(1).(*goja.Object); ok {
			m, _ := s.export(o).(map[string]any)
			c.Name, _ = m["name"].(string)
			if c.Name == "" {
				c.Name, _ = m["key"].(string)
			}
			c.Value = collection.ToString(m["value"])
			c.Domain, _ = m["domain"].(string)
			c.Path, _ = m["path"].(string)
			c.HttpOnly, _ = m["httpOnly"].(bool)
			c.Secure, _ = m["secure"].(bool)
			if e, ok := m["expires"].(string); ok {
				if t, err := time.Parse(time.RFC3339, e); err == nil {
					c.Expires = t
				}
			}
		} else {
			c.Name = arg(1).String()
			if v := arg(2); !goja.IsUndefined(v) && !goja.IsNull(v) {
				c.Value = v.String()
			}
		}
		if c.Name == "" {
			s.throw("CookieJar: invalid cookie name")
		}
		if err := jar.SetCookie(rawURL, c); err != nil {
			s.throw(fmt.Sprintf("CookieJar: %v", err))
		}
		return s.toJS(cookieData(c))
	case "unset":
		if err := jar.DeleteCookie(rawURL, arg(1).String()); err != nil {
			s.throw(fmt.Sprintf("CookieJar: %v", err))
		}
		return goja.Undefined()
	case "clear":
		if err := jar.Clear(rawURL); err != nil {
			s.throw(fmt.Sprintf("CookieJar: %v", err))
		}
		return goja.Undefined()
	}
	s.throw("CookieJar: unknown operation " + op)
	return nil
}

// sendRequest starts a pm.sendRequest on a goroutine; cb(err, res, cookies)
// runs on the loop when it completes.
func (st *execState) sendRequest(plain, cbv goja.Value) {
	s := st.s
	cb, ok := goja.AssertFunction(cbv)
	if !ok {
		panic(s.rt.NewTypeError("sendRequest: callback is not a function"))
	}
	m, _ := s.export(plain).(map[string]any)
	req := st.decodeSendRequest(m)
	send := st.ex.Send
	st.goAsync(func(ctx context.Context) func() {
		var resp *Response
		var err error
		if send == nil {
			err = errors.New("pm.sendRequest is not available")
		} else {
			resp, err = send(ctx, req)
		}
		return func() {
			sr := result.SubRequest{Request: subRequestData(req)}
			if err != nil {
				sr.Error = &result.Error{Name: "Error", Message: err.Error()}
			} else if resp != nil {
				sr.Response = subResponseData(resp)
				sr.TLS = resp.TLS
			}
			if st.ex.SubRequest != nil {
				st.ex.SubRequest(sr)
			}
			if err != nil {
				e := obj{"name": "Error", "message": err.Error()}
				if m := errCodeRe.FindStringSubmatch(err.Error()); m != nil {
					e["code"] = m[1]
				}
				st.call(cb, s.toJS(e), goja.Undefined(), goja.Undefined())
				return
			}
			if resp == nil {
				resp = &Response{}
			}
			rv := s.responseValue(resp)
			st.call(cb, goja.Null(), rv, rv.Get("cookies"))
		}
	})
}

// errCodeRe finds a system error code (ECONNREFUSED, ENOTFOUND...) at the
// start of the engine's error text.
var errCodeRe = regexp.MustCompile(`^(E[A-Z0-9_]+): `)

// decodeSendRequest builds the request pm.sendRequest sends. As in Newman,
// {{variables}} in it are not resolved.
func (st *execState) decodeSendRequest(m map[string]any) *collection.Request {
	sv := func(v any) string {
		if v == nil {
			return ""
		}
		return collection.ToString(v)
	}
	req := &collection.Request{Method: strings.ToUpper(sv(m["method"]))}
	if req.Method == "" {
		req.Method = http.MethodGet
	}
	req.URL = collection.ParseRawURL(sv(m["url"]))
	if hs, ok := m["header"].([]any); ok {
		for _, h := range hs {
			hm, _ := h.(map[string]any)
			req.Headers = append(req.Headers, collection.Header{Key: sv(hm["key"]), Value: sv(hm["value"])})
		}
	}
	if b, ok := m["body"].(map[string]any); ok {
		body := &collection.Body{Mode: sv(b["mode"]), Raw: sv(b["raw"])}
		if list, ok := b["urlencoded"].([]any); ok {
			for _, p := range list {
				pm, _ := p.(map[string]any)
				body.URLEncoded = append(body.URLEncoded, collection.Param{Key: sv(pm["key"]), Value: sv(pm["value"])})
			}
		}
		if list, ok := b["formdata"].([]any); ok {
			for _, p := range list {
				pm, _ := p.(map[string]any)
				if typ, _ := pm["type"].(string); typ == "file" {
					// File bodies are not sent by pm.sendRequest.
					continue
				}
				body.FormData = append(body.FormData, collection.FormParam{Key: sv(pm["key"]), Value: sv(pm["value"]), Type: "text"})
			}
		}
		if g, ok := b["graphql"].(map[string]any); ok {
			body.GraphQL = &collection.GraphQL{Query: sv(g["query"]), Variables: sv(g["variables"])}
		}
		if body.Mode == "file" {
			if st.ex.Console != nil {
				st.ex.Console("warn", "sendRequest: file bodies are not supported and were removed")
			}
			body = nil
		}
		if body != nil && body.Mode != "" {
			req.Body = body
		}
	}
	return req
}

func subRequestData(r *collection.Request) *result.Request {
	out := &result.Request{Method: r.Method, URL: r.URL.Raw, Headers: []result.Header{}}
	for _, h := range r.Headers {
		if !h.Disabled {
			out.Headers = append(out.Headers, result.Header{Key: h.Key, Value: h.Value})
		}
	}
	if r.Body != nil {
		out.BodySize = int64(len(r.Body.Raw))
	}
	return out
}

func subResponseData(r *Response) *result.Response {
	out := &result.Response{Code: r.Code, Status: r.Status, Headers: []result.Header{}, Size: int64(len(r.Body)), HeaderSize: r.HeaderSize, Time: r.Time}
	for _, h := range r.Headers {
		out.Headers = append(out.Headers, result.Header{Key: h.Key, Value: h.Value})
	}
	return out
}

// withHostHeader adds the Host header every HTTP request carries when the
// request as given lacks it: in test scripts pm.request is the request that
// was sent, and Postman shows the headers it added.
func withHostHeader(hs []any, u collection.URL) []any {
	for _, h := range hs {
		if k, _ := h.(obj)["key"].(string); strings.EqualFold(k, "host") {
			return hs
		}
	}
	host := strings.Join(u.Host, ".")
	if host == "" {
		return hs
	}
	if u.Port != "" {
		host += ":" + u.Port
	}
	// postman-runtime sends Host after Postman-Token and before
	// Accept-Encoding and Connection.
	for i, h := range hs {
		k, _ := h.(obj)["key"].(string)
		if strings.EqualFold(k, "accept-encoding") || strings.EqualFold(k, "connection") {
			out := append(hs[:i:i], headerData("Host", host, false))
			return append(out, hs[i:]...)
		}
	}
	return append(hs, headerData("Host", host, false))
}
