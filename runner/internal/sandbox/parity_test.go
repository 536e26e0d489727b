package sandbox

import (
	"net/http"
	"strings"
	"testing"

	"github.com/runner-ci/runner/collection"
)

// TestNewmanParity checks behaviours recorded from Newman 6.2.2 (the full
// recording is replayed by internal/scriptconformance). Each script names
// its single test after the values it computes, so a difference shows in
// the name.
func TestNewmanParity(t *testing.T) {
	resp := func() *Response {
		return &Response{Code: 404, Status: "Not Found", Body: []byte(`{"a":1}`), Time: 0.21,
			Headers: []collection.Header{hdr("Content-Type", "application/json; charset=utf-8")}}
	}
	cases := []struct {
		name, event, src, want string
		warnings               []string
		failMessage            string
	}{
		{name: "pm.info is not enumerable", event: EventTest,
			src:  `pm.test('info ' + JSON.stringify([JSON.stringify(pm.info), pm.info.eventName, pm.info.requestName]), () => {});`,
			want: `info ["{}","test","R1"]`},
		{name: "responseTime whole ms", event: EventTest,
			src: `pm.test('time ' + pm.response.responseTime, () => {});`, want: "time 1"},
		{name: "response prints with its ten members", event: EventTest,
			src: `pm.test('p', () => pm.expect(pm.response).to.equal(1));`, want: "p",
			failMessage: "expected PostmanResponse{ …(10) } to equal 1"},
		{name: "toJSON keys", event: EventTest,
			src:  `pm.test('keys ' + Object.keys(pm.response.toJSON()).sort(), () => {});`,
			want: "keys code,cookie,header,id,responseSize,responseTime,status,stream"},
		{name: "contentInfo", event: EventTest,
			src:  `pm.test('ci ' + JSON.stringify(pm.response.contentInfo()), () => {});`,
			want: `ci {"contentType":"application/json","mimeType":"text","mimeFormat":"json","charset":"utf8","fileExtension":"json","fileName":"response.json"}`},
		{name: "done with a string fails with the test name", event: EventTest,
			src: `pm.test('named', (done) => done('oops'));`, want: "named", failMessage: "named"},
		{name: "throwing a non-Error fails with the test name", event: EventTest,
			src: `pm.test('thrown', () => { throw 'x'; });`, want: "thrown", failMessage: "thrown"},
		{name: "timers drop extra arguments", event: EventTest,
			src: `setTimeout((a, b) => pm.test('args ' + a + b, () => {}), 1, 'x', 'y');`, want: "args undefinedundefined"},
		{name: "toObject keeps insertion order", event: EventTest,
			src:  `pm.environment.set('zz', 1); pm.environment.set('aa', 2); pm.test('order ' + Object.keys(pm.environment.toObject()), () => {});`,
			want: "order zz,aa"},
		{name: "declared type converts for the setting script", event: EventTest,
			src: `pm.globals.set('n', '42', 'number'); pm.test('typed ' + JSON.stringify(pm.globals.get('n')), () => {});`, want: "typed 42"},
		{name: "legacy snapshot taken before pm changes", event: EventTest,
			src:      `pm.environment.set('live', 'new'); pm.test('snap ' + JSON.stringify([environment.live, pm.environment.get('live')]), () => {});`,
			want:     `snap [null,"new"]`,
			warnings: []string{"environment"}},
		{name: "responseCode fields and warning order", event: EventTest,
			src:      `tests['c ' + Object.keys(responseCode)] = responseCode.code === 404; pm.test('t ' + typeof responseTime + typeof responseBody, () => {});`,
			want:     "t numberstring",
			warnings: []string{"responseCode", "tests"}},
		{name: "jar get of a missing cookie is null", event: EventTest,
			src: `pm.cookies.jar().get('http://example.test/', 'nope', (err, v) => pm.test('jar ' + err + ' ' + v, () => {}));`, want: "jar null null"},
		{name: "no cookies before the response", event: EventPrerequest,
			src: `pm.test('pre ' + pm.cookies.count(), () => {});`, want: "pre 0"},
		{name: "failed request text is undefined", event: EventTest,
			src: `pm.test('text ' + JSON.stringify([pm.response.code, pm.response.text()]), () => {});`, want: "text [null,null]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			ex := h.exec(c.event, c.src)
			if c.event == EventTest {
				ex.Response = resp()
				if strings.HasPrefix(c.name, "failed request") {
					ex.Response = nil
				}
			}
			ex.Cookies = memJar{"sid": &http.Cookie{Name: "sid", Value: "1"}}
			r := h.run(ex)
			if r.Error != nil || len(r.Assertions) == 0 || r.Assertions[0].Name != c.want {
				t.Fatalf("got %s, want test %q", describe(r), c.want)
			}
			a := r.Assertions[0]
			if c.failMessage == "" && !a.Passed {
				t.Errorf("failed: %s", describe(r))
			}
			if c.failMessage != "" && (a.Passed || a.Error == nil || a.Error.Name != "AssertionError" || a.Error.Message != c.failMessage) {
				t.Errorf("got %s, want AssertionError %q", describe(r), c.failMessage)
			}
			var warned []string
			for _, l := range h.console {
				if name, ok := strings.CutPrefix(l.msg, `Using "`); ok && strings.Contains(l.msg, "deprecated") {
					warned = append(warned, name[:strings.Index(name, `"`)])
				}
			}
			if strings.Join(warned, ",") != strings.Join(c.warnings, ",") {
				t.Errorf("warnings %v, want %v", warned, c.warnings)
			}
		})
	}
}

func TestSkipRequestDropsTheScriptsTests(t *testing.T) {
	h := newHarness(t, Options{})
	r := h.run(h.exec(EventPrerequest, `pm.test('kept', () => {});`, `pm.test('before', () => {}); pm.execution.skipRequest(); pm.test('after', () => {});`))
	if !r.SkipRequest || len(r.Assertions) != 1 || r.Assertions[0].Name != "kept" {
		t.Fatalf("got %s skip=%v", describe(r), r.SkipRequest)
	}
}

// memJar is a CookieJar of fixed cookies for any URL.
type memJar map[string]*http.Cookie

func (j memJar) Cookies(string) ([]*http.Cookie, error) {
	var out []*http.Cookie
	for _, c := range j {
		out = append(out, c)
	}
	return out, nil
}
func (j memJar) SetCookie(_ string, c *http.Cookie) error { j[c.Name] = c; return nil }
func (j memJar) DeleteCookie(_, name string) error        { delete(j, name); return nil }
func (j memJar) Clear(string) error                       { clear(j); return nil }

func TestResponseJSONFromBody(t *testing.T) {
	cases := []struct{ body, want string }{
		{"\ufeff{\"a\":[1,{\"b\":\"é\"}]}", `json [1,{"b":"é"}]`},
		{`{"__proto__":{"x":1}}`, `json undefined`},
		{"nope", `error JSONError Unexpected token 'n' at 1:1`},
	}
	for _, c := range cases {
		h := newHarness(t, Options{})
		r := h.runTest(`var n; try { n = 'json ' + JSON.stringify(pm.response.json().a); } catch (e) { n = 'error ' + e.name + ' ' + e.message.split('\n')[0]; }
pm.test(n, () => {});`, &Response{Code: 200, Body: []byte(c.body)})
		if len(r.Assertions) != 1 || r.Assertions[0].Name != c.want {
			t.Errorf("body %q: got %s, want %q", c.body, describe(r), c.want)
		}
	}
}
