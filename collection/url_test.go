package collection_test

import (
	"reflect"
	"testing"

	"github.com/runner-ci/runner/collection"
)

func sp(s string) *string { return &s }

func TestParseRawURL(t *testing.T) {
	tests := []struct {
		raw  string
		want collection.URL
		str  string // String() of the parsed URL
	}{
		{
			raw:  "{{url}}/get?a=1&b",
			want: collection.URL{Host: []string{"{{url}}"}, Path: []string{"get"}, Query: []collection.QueryParam{{Key: "a", Value: sp("1")}, {Key: "b"}}},
			str:  "{{url}}/get?a=1&b",
		},
		{
			raw:  "localhost:4042/1",
			want: collection.URL{Host: []string{"localhost"}, Port: "4042", Path: []string{"1"}},
			str:  "localhost:4042/1",
		},
		{
			raw: "https://{{host}}:{{port}}/a/:id",
			want: collection.URL{Protocol: "https", Host: []string{"{{host}}"}, Port: "{{port}}", Path: []string{"a", ":id"},
				Variables: []collection.Variable{{Key: "id"}}},
			str: "https://{{host}}:{{port}}/a/:id",
		},
		{
			raw:  "http://example.com/p?q=a=b#frag?x",
			want: collection.URL{Protocol: "http", Host: []string{"example", "com"}, Path: []string{"p"}, Query: []collection.QueryParam{{Key: "q", Value: sp("a=b")}}, Hash: "frag?x"},
			str:  "http://example.com/p?q=a=b#frag?x",
		},
		{
			raw:  "http://[::1]:8080/x/",
			want: collection.URL{Protocol: "http", Host: []string{"[::1]"}, Port: "8080", Path: []string{"x", ""}},
			str:  "http://[::1]:8080/x/",
		},
		{
			raw:  "https://[2001:db8::1]/",
			want: collection.URL{Protocol: "https", Host: []string{"[2001:db8::1]"}, Path: []string{""}},
			str:  "https://[2001:db8::1]/",
		},
		{
			raw:  "https://user:pw@127.0.0.1",
			want: collection.URL{Protocol: "https", UserInfo: "user:pw", Host: []string{"127", "0", "0", "1"}},
			str:  "https://user:pw@127.0.0.1",
		},
		{
			raw:  "{{base}}",
			want: collection.URL{Host: []string{"{{base}}"}},
			str:  "{{base}}",
		},
		{
			raw:  "{{scheme}}://{{a:b}}/c?k=&v",
			want: collection.URL{Protocol: "{{scheme}}", Host: []string{"{{a:b}}"}, Path: []string{"c"}, Query: []collection.QueryParam{{Key: "k", Value: sp("")}, {Key: "v"}}},
			str:  "{{scheme}}://{{a:b}}/c?k=&v",
		},
		{
			raw:  "",
			want: collection.URL{},
			str:  "",
		},
		{
			raw: "{{p://}}://{{@}}:{{###}}@{{host.name}}:{{:p}}/{{f/o/o}}?{{?}}={{&}}#{{#}}",
			want: collection.URL{Protocol: "{{p://}}", UserInfo: "{{@}}:{{###}}", Host: []string{"{{host.name}}"}, Port: "{{:p}}",
				Path: []string{"{{f/o/o}}"}, Query: []collection.QueryParam{{Key: "{{?}}", Value: sp("{{&}}")}}, Hash: "{{#}}"},
			str: "{{p://}}://{{@}}:{{###}}@{{host.name}}:{{:p}}/{{f/o/o}}?{{?}}={{&}}#{{#}}",
		},
		{
			raw:  "https:\\\\example.com\\a",
			want: collection.URL{Protocol: "https", Host: []string{"example", "com"}, Path: []string{"a"}},
			str:  "https://example.com/a",
		},
		{
			raw:  "  http://x/get?&a&&=b",
			want: collection.URL{Protocol: "http", Host: []string{"x"}, Path: []string{"get"}, Query: []collection.QueryParam{{Key: ""}, {Key: "a"}, {Key: ""}, {Key: "", Value: sp("b")}}},
			str:  "http://x/get?&a&&=b",
		},
		{
			raw:  "http://x/get?",
			want: collection.URL{Protocol: "http", Host: []string{"x"}, Path: []string{"get"}, Query: []collection.QueryParam{{Key: ""}}},
			str:  "http://x/get?",
		},
		{
			raw:  "file:///tmp/a.txt",
			want: collection.URL{Protocol: "file", Path: []string{"tmp", "a.txt"}},
			str:  "file:///tmp/a.txt",
		},
		{
			raw:  "https://u:p@ss@h:1/",
			want: collection.URL{Protocol: "https", UserInfo: "u:p@ss", Host: []string{"h"}, Port: "1", Path: []string{""}},
			str:  "https://u:p@ss@h:1/",
		},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			got := collection.ParseRawURL(tt.raw)
			tt.want.Raw = tt.raw
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseRawURL(%q) =\n %#v\nwant\n %#v", tt.raw, got, tt.want)
			}
			if s := got.String(); s != tt.str {
				t.Errorf("ParseRawURL(%q).String() = %q, want %q", tt.raw, s, tt.str)
			}
		})
	}
}

func TestURLString(t *testing.T) {
	tests := []struct {
		name string
		u    collection.URL
		want string
	}{
		{
			name: "disabled query omitted, key-only param",
			u: collection.URL{Protocol: "http", Host: []string{"x"}, Path: []string{"a"},
				Query: []collection.QueryParam{{Key: "off", Value: sp("1"), Disabled: true}, {Key: "k"}, {Key: "v", Value: sp("2")}}},
			want: "http://x/a?k&v=2",
		},
		{
			name: "all query disabled",
			u:    collection.URL{Host: []string{"x"}, Query: []collection.QueryParam{{Key: "a", Disabled: true}}},
			want: "x",
		},
		{
			name: "path variables substituted",
			u: collection.URL{Protocol: "https", Host: []string{"api"}, Path: []string{"u", ":id", ":none", ":off", ":num"},
				Variables: []collection.Variable{{Key: "id", Value: "7"}, {Key: "off", Value: "z", Disabled: true}, {Key: "num", Value: 3.0}}},
			want: "https://api/u/7/:none/:off/3",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.u.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}
