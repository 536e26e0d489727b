package runner_test

import (
	"testing"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner"
)

func TestPlannedRequests(t *testing.T) {
	plain := []byte(`{
  "info": {"name": "plan", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [
    {"name": "F", "item": [
      {"name": "f1", "request": {"method": "GET", "url": "http://127.0.0.1:1/f1"}},
      {"name": "f2", "request": {"method": "GET", "url": "http://127.0.0.1:1/f2"}}
    ]},
    {"name": "r2", "request": {"method": "GET", "url": "http://127.0.0.1:1/r2"}},
    {"name": "r3", "request": {"method": "GET", "url": "http://127.0.0.1:1/r3"}}
  ]
}`)
	jump := []byte(`{
  "info": {"name": "jump", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [
    {"name": "F", "event": [{"listen": "test", "script": {"exec": ["postman.setNextRequest('r2');"]}}], "item": [
      {"name": "f1", "request": {"method": "GET", "url": "http://127.0.0.1:1/f1"}}
    ]},
    {"name": "r2", "request": {"method": "GET", "url": "http://127.0.0.1:1/r2"}}
  ]
}`)
	load := func(data []byte) *collection.Collection {
		c, err := collection.Parse(data, "plan.json")
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name string
		data []byte
		opts runner.Options
		want int
	}{
		{"all items once", plain, runner.Options{}, 4},
		{"iterations", plain, runner.Options{IterationCount: 3}, 12},
		{"data rows", plain, runner.Options{IterationData: []*collection.Scope{collection.NewScope("d", nil), collection.NewScope("d", nil)}}, 8},
		{"selected requests", plain, runner.Options{Folders: []string{"f1", "r3"}, IterationCount: 2}, 4},
		{"item shard 1/2", plain, runner.Options{Shard: runner.Shard{Index: 1, Count: 2}}, 3},
		{"item shard 2/2", plain, runner.Options{Shard: runner.Shard{Index: 2, Count: 2}}, 1},
		{"iteration shard 1/2 of 5", plain, runner.Options{IterationCount: 5, Shard: runner.Shard{Index: 1, Count: 2, ByIterations: true}}, 12},
		{"iteration shard 2/2 of 5", plain, runner.Options{IterationCount: 5, Shard: runner.Shard{Index: 2, Count: 2, ByIterations: true}}, 8},
		{"setNextRequest: unknown", jump, runner.Options{IterationCount: 2}, 0},
		{"setNextRequest outside the selection", jump, runner.Options{Folders: []string{"r2"}}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.Collection = load(tc.data)
			r, err := runner.New(opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.PlannedRequests(); got != tc.want {
				t.Errorf("PlannedRequests() = %d, want %d", got, tc.want)
			}
		})
	}
}
