package collection_test

import (
	"fmt"

	"github.com/runner-ci/runner/collection"
)

func ExampleParse() {
	doc := `{
	  "info": {"name": "Demo", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
	  "variable": [{"key": "base", "value": "https://api.example.com"}],
	  "item": [{"name": "Users", "item": [
	    {"name": "Get user", "request": {"method": "GET", "url": "{{base}}/users/:id?verbose"}}
	  ]}]
	}`
	c, err := collection.Parse([]byte(doc), "demo.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	vars := &collection.Scopes{
		Collection:  collection.NewScope("collection", c.Variables),
		Environment: collection.NewScope("env", []collection.Variable{{Key: "base", Value: "http://127.0.0.1:8080"}}),
	}
	for _, it := range c.Requests() {
		req := vars.ReplaceAll(it.Request)
		fmt.Println(it.Path(), req.Method, req.URL.Raw)
	}
	// Output: [Users Get user] GET http://127.0.0.1:8080/users/:id?verbose
}

func ExampleParse_error() {
	_, err := collection.Parse([]byte(`{"item": [{"name": "lost"}]}`), "bad.json")
	fmt.Println(err)
	// Output: load collection "bad.json": at /item/0: missing properties: 'request' (hint: each entry of an "item" list needs "request" (a request) or "item" (a folder))
}
