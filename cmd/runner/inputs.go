package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/runner-ci/runner/collection"
)

// maxRemoteInput bounds a collection, environment or data file fetched
// from a URL.
const maxRemoteInput = 64 << 20

// isURL reports whether an input names an http(s) URL (Newman accepts URLs
// for the collection, environment, globals and iteration data).
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// displayName is how an input is named in messages: a URL loses its query,
// which often carries an API key (Postman API links do).
func displayName(src string) string {
	if !isURL(src) {
		return src
	}
	u, err := url.Parse(src)
	if err != nil {
		return "<invalid URL>"
	}
	u.RawQuery, u.User, u.Fragment = "", nil, ""
	return u.String()
}

// fetch downloads a URL input.
func fetch(what, src string) ([]byte, error) {
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Get(src)
	if err != nil {
		return nil, fmt.Errorf("load %s %q: %v", what, displayName(src), strings.ReplaceAll(err.Error(), src, displayName(src)))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("load %s %q: the server answered %s (check the URL and any API key)", what, displayName(src), resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxRemoteInput+1))
	if err != nil {
		return nil, fmt.Errorf("load %s %q: %w", what, displayName(src), err)
	}
	if len(data) > maxRemoteInput {
		return nil, fmt.Errorf("load %s %q: larger than %d MiB", what, displayName(src), maxRemoteInput>>20)
	}
	return data, nil
}

func loadCollection(src string) (*collection.Collection, error) {
	if !isURL(src) {
		return collection.Load(src)
	}
	data, err := fetch("collection", src)
	if err != nil {
		return nil, err
	}
	return collection.Parse(data, displayName(src))
}

func loadScope(src, what string) (*collection.Scope, error) {
	if !isURL(src) {
		return collection.LoadScopeFile(src, what)
	}
	data, err := fetch(what, src)
	if err != nil {
		return nil, err
	}
	return collection.ParseScope(data, displayName(src), what)
}

func loadIterationData(src string) ([]*collection.Scope, error) {
	if !isURL(src) {
		return collection.LoadIterationData(src)
	}
	data, err := fetch("iteration data", src)
	if err != nil {
		return nil, err
	}
	return collection.ParseIterationData(data, displayName(src))
}
