package scriptconformance

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/runner-ci/runner/internal/echoserver"
)

// RespondPath is the fixed-response endpoint Handler adds to the echo
// emulation: "status" (default 200), repeated "header" (Name:Value, name
// case kept) and "body" query parameters.
const RespondPath = "/sc/respond"

// Handler is the postman-echo emulation plus RespondPath.
func Handler() http.Handler {
	echo := echoserver.New()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != RespondPath {
			echo.ServeHTTP(w, r)
			return
		}
		q := r.URL.Query()
		status := http.StatusOK
		if s := q.Get("status"); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 100 || n > 999 {
				http.Error(w, "bad status "+strconv.Quote(s), http.StatusBadRequest)
				return
			}
			status = n
		}
		for _, h := range q["header"] {
			name, value, ok := cut(h, ':')
			if !ok {
				http.Error(w, "bad header "+strconv.Quote(h), http.StatusBadRequest)
				return
			}
			w.Header()[name] = append(w.Header()[name], value)
		}
		body := q.Get("body")
		if body != "" && w.Header().Get("Content-Type") == "" {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		}
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	})
}

func cut(s string, sep byte) (before, after string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// StartServers starts the echo listeners with Handler as the echo. The
// caller must Close them.
func StartServers() (*echoserver.Servers, error) {
	srv, err := echoserver.Start(echoserver.Options{Echo: Handler()})
	if err != nil {
		return nil, fmt.Errorf("start echo servers: %w", err)
	}
	return srv, nil
}

// URL returns the request URL of a case on the echo server at base.
func (r *Request) URL(base string) string {
	if r == nil || (r.Path == "" && r.Respond == nil) {
		return base + "/get"
	}
	if r.Respond == nil {
		return base + r.Path
	}
	q := url.Values{}
	if r.Respond.Status != 0 {
		q.Set("status", strconv.Itoa(r.Respond.Status))
	}
	for _, k := range slices.Sorted(maps.Keys(r.Respond.Headers)) {
		q.Add("header", k+":"+r.Respond.Headers[k])
	}
	if r.Respond.Body != nil {
		q.Set("body", *r.Respond.Body)
	}
	if len(q) == 0 {
		return base + RespondPath
	}
	return base + RespondPath + "?" + q.Encode()
}

type kv struct {
	Key   string `json:"key"`
	Value any    `json:"value"`
	Type  string `json:"type,omitempty"`
}

func kvs(m map[string]any) []kv {
	out := []kv{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, kv{Key: k, Value: m[k]})
	}
	return out
}

// Collection returns the Postman v2.1 collection of a topic: one item per
// case, requests on the echo server at base, collection variable "echo" set
// to base.
func (t Topic) Collection(base string) (map[string]any, error) {
	s, err := t.merged()
	if err != nil {
		return nil, err
	}
	vars := copyMap(s.CollectionVariables)
	vars["echo"] = base
	items := make([]any, 0, len(t.Cases))
	for i, c := range t.Cases {
		req := map[string]any{"method": "GET", "url": c.Request.URL(base)}
		if c.Request != nil {
			if c.Request.Method != "" {
				req["method"] = c.Request.Method
			}
			hs := []kv{}
			for _, k := range slices.Sorted(maps.Keys(c.Request.Headers)) {
				hs = append(hs, kv{Key: k, Value: c.Request.Headers[k]})
			}
			req["header"] = hs
			if c.Request.Body != nil {
				req["body"] = map[string]any{"mode": "raw", "raw": *c.Request.Body}
			}
		}
		events := []any{}
		if c.Setup != "" {
			events = append(events, event(EventPrerequest, c.Setup))
		}
		events = append(events, event(c.Event, c.Script))
		items = append(items, map[string]any{
			"id":      fmt.Sprintf("case-%03d", i),
			"name":    c.Name,
			"request": req,
			"event":   events,
		})
	}
	return map[string]any{
		"info": map[string]any{
			"_postman_id": "script-conformance-" + t.Name,
			"name":        "script conformance: " + t.Name,
			"schema":      "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
		},
		"item":     items,
		"variable": kvs(vars),
	}, nil
}

func event(listen string, s Script) map[string]any {
	return map[string]any{
		"listen": listen,
		"script": map[string]any{"type": "text/javascript", "exec": s.Lines()},
	}
}

// WriteRun writes a topic's collection, environment, globals and (when
// there is any) iteration data into dir and returns the arguments that
// follow "run" on a Newman-compatible command line.
func (t Topic) WriteRun(base, dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create run dir: %w", err)
	}
	s, err := t.merged()
	if err != nil {
		return nil, err
	}
	coll, err := t.Collection(base)
	if err != nil {
		return nil, err
	}
	write := func(name string, v any) (string, error) {
		p := filepath.Join(dir, name)
		data, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return "", fmt.Errorf("encode %s: %w", name, err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return "", fmt.Errorf("write %s: %w", name, err)
		}
		return p, nil
	}
	cp, err := write(t.Name+".postman_collection.json", coll)
	if err != nil {
		return nil, err
	}
	ep, err := write(t.Name+".postman_environment.json", map[string]any{
		"id": "env-" + t.Name, "name": "env-" + t.Name, "values": enabled(s.Environment),
	})
	if err != nil {
		return nil, err
	}
	gp, err := write(t.Name+".postman_globals.json", map[string]any{
		"id": "globals-" + t.Name, "name": "globals-" + t.Name, "values": enabled(s.Globals),
	})
	if err != nil {
		return nil, err
	}
	args := []string{cp, "-e", ep, "-g", gp}
	if len(s.Data) > 0 {
		dp, err := write(t.Name+".data.json", []any{s.Data})
		if err != nil {
			return nil, err
		}
		args = append(args, "-d", dp)
	}
	return args, nil
}

func enabled(m map[string]any) []map[string]any {
	out := []map[string]any{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, map[string]any{"key": k, "value": m[k], "enabled": true})
	}
	return out
}
