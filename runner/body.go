package runner

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/runner-ci/runner/collection"
)

// rawContentTypes maps options.raw.language to the Content-Type Postman
// sets when the request has none.
var rawContentTypes = map[string]string{
	"json":       "application/json",
	"javascript": "application/javascript",
	"html":       "text/html",
	"xml":        "application/xml",
	"text":       "text/plain",
}

// buildBody returns the request's headers (enabled ones, in order) and its
// encoded body, setting Content-Type where Postman would (unless
// disabledSystemHeaders turns content-type off; a multipart body keeps its
// Content-Type, which carries the boundary).
func (h *httpLayer) buildBody(req *collection.Request, disabled map[string]bool) (*headerSet, []byte, error) {
	hs := &headerSet{}
	for _, hd := range req.Headers {
		if hd.Disabled || strings.TrimSpace(hd.Key) == "" {
			continue
		}
		hs.add(hd.Key, hd.Value)
	}
	b := req.Body
	if b == nil || b.Disabled {
		return hs, nil, nil
	}
	setType := func(ct string) {
		if !hs.has("Content-Type") && !disabled["content-type"] {
			hs.add("Content-Type", ct)
		}
	}
	switch b.Mode {
	case "raw":
		if b.Raw == "" {
			return hs, nil, nil
		}
		if ct, ok := rawContentTypes[b.Language]; ok {
			setType(ct)
		}
		return hs, []byte(b.Raw), nil
	case "urlencoded":
		var parts []string
		for _, p := range b.URLEncoded {
			if p.Disabled {
				continue
			}
			parts = append(parts, formEscape(p.Key)+"="+formEscape(p.Value))
		}
		if len(parts) == 0 {
			return hs, nil, nil
		}
		setType("application/x-www-form-urlencoded")
		return hs, []byte(strings.Join(parts, "&")), nil
	case "formdata":
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		n := 0
		for _, f := range b.FormData {
			if f.Disabled {
				continue
			}
			n++
			if f.Type == "file" {
				for _, src := range f.Src {
					data, name, err := h.readFile(src)
					if err != nil {
						return nil, nil, err
					}
					ct := f.ContentType
					if ct == "" {
						ct = "application/octet-stream"
					}
					hdr := textproto.MIMEHeader{}
					hdr.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, quoteEscape(f.Key), quoteEscape(name)))
					hdr.Set("Content-Type", ct)
					w, err := mw.CreatePart(hdr)
					if err != nil {
						return nil, nil, err
					}
					w.Write(data)
				}
				continue
			}
			hdr := textproto.MIMEHeader{}
			hdr.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"`, quoteEscape(f.Key)))
			if f.ContentType != "" {
				hdr.Set("Content-Type", f.ContentType)
			}
			w, err := mw.CreatePart(hdr)
			if err != nil {
				return nil, nil, err
			}
			w.Write([]byte(f.Value))
		}
		if n == 0 {
			return hs, nil, nil
		}
		mw.Close()
		hs.del("Content-Type")
		hs.add("Content-Type", mw.FormDataContentType())
		return hs, buf.Bytes(), nil
	case "file":
		if b.FileSrc == "" {
			return hs, nil, nil
		}
		data, _, err := h.readFile(b.FileSrc)
		if err != nil {
			return nil, nil, err
		}
		return hs, data, nil
	case "graphql":
		if b.GraphQL == nil {
			return hs, nil, nil
		}
		doc := map[string]any{"query": b.GraphQL.Query}
		if v := strings.TrimSpace(b.GraphQL.Variables); v != "" {
			var vars any
			if err := json.Unmarshal([]byte(v), &vars); err != nil {
				return nil, nil, &inputError{msg: fmt.Sprintf("graphql variables are not valid JSON: %v", err)}
			}
			doc["variables"] = vars
		}
		data, _ := json.Marshal(doc)
		setType("application/json")
		return hs, data, nil
	}
	return hs, nil, nil
}

// readFile reads a file referenced by a form-data or file body, relative to
// the working directory. With --no-insecure-file-read, paths outside the
// working directory are refused.
func (h *httpLayer) readFile(src string) ([]byte, string, error) {
	wd := h.opts.WorkingDir
	if wd == "" {
		wd, _ = os.Getwd()
	}
	p := src
	if !filepath.IsAbs(p) {
		p = filepath.Join(wd, p)
	}
	p = filepath.Clean(p)
	if h.opts.NoInsecureFileRead {
		absWD, _ := filepath.Abs(wd)
		rel, err := filepath.Rel(absWD, p)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return nil, "", &inputError{msg: fmt.Sprintf("file %q is outside the working directory %q (--no-insecure-file-read)", src, wd)}
		}
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, "", &inputError{msg: fmt.Sprintf("read body file %q: %v", src, err)}
	}
	return data, filepath.Base(p), nil
}

// formEscape encodes an x-www-form-urlencoded key or value as Postman does
// (spaces as %20).
func formEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

func quoteEscape(s string) string {
	return strings.NewReplacer("\\", "\\\\", `"`, "%22").Replace(s)
}

// addSystemHeaders adds the headers Postman adds to every request, unless
// the request sets them or protocolProfileBehavior.disabledSystemHeaders
// turns them off (disabled holds lower-case names).
func addSystemHeaders(hs *headerSet, version string, disabled map[string]bool) {
	add := func(k, v string) {
		if !disabled[strings.ToLower(k)] && !hs.has(k) {
			hs.add(k, v)
		}
	}
	if version == "" {
		version = "dev"
	}
	add("User-Agent", "runner/"+version)
	add("Accept", "*/*")
	add("Cache-Control", "no-cache")
	add("Postman-Token", newUUID())
	add("Accept-Encoding", "gzip, deflate, br")
	add("Connection", "keep-alive")
}
