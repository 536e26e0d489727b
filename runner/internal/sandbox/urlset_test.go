package sandbox

import (
	"strings"
	"testing"

	"github.com/runner-ci/runner/collection"
)

// TestURLSetters checks that a pre-request script may assign the parts of
// pm.request.url in the loose forms postman-collection accepts (strings,
// arrays, plain objects) and that the request sent gets the parsed form.
func TestURLSetters(t *testing.T) {
	h := newHarness(t, Options{})
	cases := []struct {
		name, script string
		start        string // request URL before the script when not the harness default
		raw          string
		host, path   string
		query        string // key=value pairs joined by '&' (value "<nil>" for none)
	}{
		{"query string", `pm.request.url.query = "x=1&y=a%20b&flag";`, "",
			"http://example.test/path?x=1&y=a%20b&flag", "example.test", "path", "x=1&y=a%20b&flag=<nil>"},
		{"query string with ?", `pm.request.url.query = "?x=1";`, "",
			"http://example.test/path?x=1", "example.test", "path", "x=1"},
		{"empty query string", `pm.request.url.query = "";`, "",
			"http://example.test/path", "example.test", "path", ""},
		{"query array", `pm.request.url.query = [{key: 'k', value: 'v'}, 'z=9', null];`, "",
			"http://example.test/path?k=v&z=9", "example.test", "path", "k=v&z=9"},
		{"query object", `pm.request.url.query = {p: 1};`, "",
			"http://example.test/path?p=1", "example.test", "path", "p=1"},
		{"host array then query string (Binance)", `
const params = pm.request.url.query;
pm.request.url.host = ['https://api.example.com'];
params.clear();
pm.request.url.query = 'timestamp=1&signature=ab';`, "{{url}}/path?a=1",
			"https://api.example.com/path?timestamp=1&signature=ab", "https://api.example.com", "path", "timestamp=1&signature=ab"},
		{"query string after await", `pm.request.url.host = ['h.example']; await Promise.resolve(); pm.request.url.query = 'after=1';`, "",
			"http://h.example/path?after=1", "h.example", "path", "after=1"},
		{"host string", `pm.request.url.host = 'api.example.org';`, "",
			"http://api.example.org/path?a=1", "api.example.org", "path", "a=1"},
		{"path string", `pm.request.url.path = '/v1/items';`, "",
			"http://example.test/v1/items?a=1", "example.test", "v1/items", "a=1"},
		{"path array", `pm.request.url.path = ['v2', 'things'];`, "",
			"http://example.test/v2/things?a=1", "example.test", "v2/things", "a=1"},
		{"port number", `pm.request.url.port = 8080;`, "",
			"http://example.test:8080/path?a=1", "example.test", "path", "a=1"},
		{"url string", `pm.request.url = 'https://h.example/q?z=2';`, "",
			"https://h.example/q?z=2", "h.example", "q", "z=2"},
		{"url object with string parts", `pm.request.url = {protocol: 'https', host: 'o.example', path: '/a/b', query: 'm=n'};`, "",
			"https://o.example/a/b?m=n", "o.example", "a/b", "m=n"},
		{"toString after string query", `pm.request.url.query = 'a=2'; pm.test('s', () => pm.expect(pm.request.url.toString()).to.equal('http://example.test/path?a=2'));`, "",
			"http://example.test/path?a=2", "example.test", "path", "a=2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex := h.exec(EventPrerequest, tc.script)
			if tc.start != "" {
				ex.Request.URL = collection.ParseRawURL(tc.start)
			}
			r := h.run(ex)
			if r.Error != nil {
				t.Fatalf("script error: %s", describe(r))
			}
			for _, a := range r.Assertions {
				if !a.Passed {
					t.Fatalf("assertion failed: %s", describe(r))
				}
			}
			u := ex.Request.URL
			if u.Raw != tc.raw {
				t.Errorf("raw = %q, want %q", u.Raw, tc.raw)
			}
			if got := strings.Join(u.Host, "."); got != tc.host {
				t.Errorf("host = %q, want %q", got, tc.host)
			}
			if got := strings.Join(u.Path, "/"); got != tc.path {
				t.Errorf("path = %q, want %q", got, tc.path)
			}
			if got := queryText(u.Query); got != tc.query {
				t.Errorf("query = %q, want %q", got, tc.query)
			}
		})
	}
}

func queryText(q []collection.QueryParam) string {
	var parts []string
	for _, p := range q {
		v := "<nil>"
		if p.Value != nil {
			v = *p.Value
		}
		parts = append(parts, p.Key+"="+v)
	}
	return strings.Join(parts, "&")
}
