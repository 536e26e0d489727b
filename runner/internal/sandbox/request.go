package sandbox

import (
	"encoding/json"

	"github.com/dop251/goja"

	"github.com/runner-ci/runner/collection"
)

// exportedRequest is the plain shape prelude_pm.js exportRequest returns.
type exportedRequest struct {
	Method string `json:"method"`
	URL    struct {
		Raw      string `json:"raw"`
		UserInfo string `json:"userInfo"`
		Protocol string `json:"protocol"`
		Host     []string
		Port     string `json:"port"`
		Path     []string
		Query    []struct {
			Key      string  `json:"key"`
			Value    *string `json:"value"`
			Disabled bool    `json:"disabled"`
		} `json:"query"`
		Variables []struct {
			Key      string `json:"key"`
			Value    any    `json:"value"`
			Disabled bool   `json:"disabled"`
		} `json:"variables"`
		Hash string `json:"hash"`
	} `json:"url"`
	Headers []collection.Header `json:"headers"`
	Body    *struct {
		Mode       string             `json:"mode"`
		Raw        string             `json:"raw"`
		URLEncoded []collection.Param `json:"urlencoded"`
		FormData   []struct {
			Key         string   `json:"key"`
			Value       string   `json:"value"`
			Type        string   `json:"type"`
			Src         []string `json:"src"`
			ContentType string   `json:"contentType"`
			Disabled    bool     `json:"disabled"`
		} `json:"formdata"`
		File    string `json:"file"`
		GraphQL *struct {
			Query     string `json:"query"`
			Variables string `json:"variables"`
		} `json:"graphql"`
		Language string `json:"language"`
		Disabled bool   `json:"disabled"`
	} `json:"body"`
	Auth *struct {
		Type   string         `json:"type"`
		Params map[string]any `json:"params"`
	} `json:"auth"`
}

// snapshot is the JSON of each part of an exported request, to detect what
// a script changed.
type snapshot struct {
	method, url, headers, body, auth string
}

func marshal(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func (e *exportedRequest) snapshot() snapshot {
	return snapshot{method: e.Method, url: marshal(e.URL), headers: marshal(e.Headers), body: marshal(e.Body), auth: marshal(e.Auth)}
}

// decodeExport reads the value returned by exportRequest.
func (st *execState) decodeExport(v goja.Value) (*exportedRequest, error) {
	js, err := st.s.jsonStringify(goja.Undefined(), v)
	if err != nil {
		return nil, err
	}
	var e exportedRequest
	if err := json.Unmarshal([]byte(js.String()), &e); err != nil {
		return nil, err
	}
	return &e, nil
}

// writeBack applies the parts of pm.request a pre-request script changed to
// ex.Request.
func (st *execState) writeBack(beforeV, afterV goja.Value) {
	before, err := st.decodeExport(beforeV)
	if err != nil {
		return
	}
	after, err := st.decodeExport(afterV)
	if err != nil {
		return
	}
	b, a := before.snapshot(), after.snapshot()
	r := st.ex.Request
	if a.method != b.method {
		r.Method = after.Method
	}
	if a.url != b.url {
		u := collection.URL{Raw: after.URL.Raw, UserInfo: after.URL.UserInfo, Protocol: after.URL.Protocol, Host: after.URL.Host, Port: after.URL.Port, Path: after.URL.Path, Hash: after.URL.Hash}
		for _, q := range after.URL.Query {
			u.Query = append(u.Query, collection.QueryParam{Key: q.Key, Value: q.Value, Disabled: q.Disabled})
		}
		for _, pv := range after.URL.Variables {
			u.Variables = append(u.Variables, collection.Variable{Key: pv.Key, Value: pv.Value, Disabled: pv.Disabled})
		}
		r.URL = u
	}
	if a.headers != b.headers {
		r.Headers = after.Headers
	}
	if a.body != b.body {
		if after.Body == nil {
			r.Body = nil
		} else {
			eb := after.Body
			body := &collection.Body{Mode: eb.Mode, Raw: eb.Raw, Language: eb.Language, URLEncoded: eb.URLEncoded, FileSrc: eb.File, Disabled: eb.Disabled}
			if body.Mode == "" && body.Raw != "" {
				body.Mode = "raw"
			}
			for _, f := range eb.FormData {
				body.FormData = append(body.FormData, collection.FormParam{Key: f.Key, Value: f.Value, Type: f.Type, Src: f.Src, ContentType: f.ContentType, Disabled: f.Disabled})
			}
			if eb.GraphQL != nil {
				body.GraphQL = &collection.GraphQL{Query: eb.GraphQL.Query, Variables: eb.GraphQL.Variables}
			}
			if body.Mode == "" {
				r.Body = nil
			} else {
				r.Body = body
			}
		}
	}
	if a.auth != b.auth {
		if after.Auth == nil {
			r.Auth = nil
		} else {
			r.Auth = &collection.Auth{Type: after.Auth.Type, Params: after.Auth.Params}
		}
	}
}
