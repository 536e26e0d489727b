package sandbox

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/runner-ci/runner/collection"
)

// mustPass fails the test unless every assertion passed and there was no
// script error.
func mustPass(t *testing.T, r Result, n int) {
	t.Helper()
	if r.Error != nil || len(r.Assertions) != n {
		t.Fatalf("want %d passing assertions: %s", n, describe(r))
	}
	for _, a := range r.Assertions {
		if !a.Passed {
			t.Fatalf("failed assertion: %s", describe(r))
		}
	}
}

func TestVariablesTypedAndScopes(t *testing.T) {
	h := newHarness(t, Options{})
	h.vars.Environment.Set("typed", "42", "")
	ex := h.exec(EventPrerequest, `
pm.environment.set('n', 5);
pm.environment.set('o', {a: [1, 2]});
pm.globals.set('b', 'true', 'boolean');
pm.collectionVariables.set('num', '7', 'number');
pm.test('types kept', () => {
  pm.expect(pm.environment.get('n')).to.equal(5);
  pm.expect(pm.environment.get('o')).to.eql({a: [1, 2]});
  pm.expect(pm.globals.get('b')).to.equal(true);
  pm.expect(pm.collectionVariables.get('num')).to.equal(7);
  pm.expect(pm.environment.name).to.equal('env');
  pm.expect(pm.environment.has('missing')).to.equal(false);
  pm.expect(pm.environment.toObject()).to.include({typed: '42', n: 5});
  pm.expect(pm.environment.replaceIn('x{{typed}}-{{n}}')).to.equal('x42-5');
  pm.expect(pm.variables.replaceIn({u: '{{typed}}', l: ['{{num}}']})).to.eql({u: '42', l: ['7']});
  pm.expect(pm.variables.replaceIn('{{$timestamp}}')).to.match(/^\d+$/);
  pm.expect(pm.variables.replaceIn('{{$guid}}')).to.match(/^[0-9a-f-]{36}$/);
});
pm.iterationData.set('d', 1);
pm.test('iteration data copy', () => pm.expect(pm.iterationData.get('d')).to.equal(1));
pm.environment.unset('typed');
postman.setEnvironmentVariable('legacy', 5);
postman.setGlobalVariable('legacyObj', {a: 1});
postman.setEnvironmentVariable('zero', 0);
postman.setEnvironmentVariable('no', false);
pm.test('legacy falsy values kept', () => {
  pm.expect(postman.getEnvironmentVariable('zero')).to.equal(0);
  pm.expect(postman.getEnvironmentVariable('no')).to.equal(false);
});
`)
	r := h.run(ex)
	mustPass(t, r, 3)
	if v, _ := h.vars.Environment.Get("n"); v != 5.0 {
		t.Errorf("n = %#v", v)
	}
	if v, _ := h.vars.Environment.Get("o"); v.(map[string]any)["a"].([]any)[1] != 2.0 {
		t.Errorf("o = %#v", v)
	}
	if h.vars.Environment.Has("typed") {
		t.Error("typed not unset")
	}
	if h.vars.Data.Has("d") {
		t.Error("iterationData.set changed the engine's data scope")
	}
	if v, _ := h.vars.Environment.Get("legacy"); v != "5" {
		t.Errorf("legacy setter value = %#v, want \"5\"", v)
	}
	if v, _ := h.vars.Globals.Get("legacyObj"); v != "[object Object]" {
		t.Errorf("legacy setter object = %#v", v)
	}
	if !strings.Contains(h.consoleText(), `Using "postman.setEnvironmentVariable" is deprecated.`) {
		t.Errorf("missing postman deprecation warning: %s", h.consoleText())
	}
}

func TestPrerequestMutationsWrittenBack(t *testing.T) {
	h := newHarness(t, Options{})
	ex := h.exec(EventPrerequest, `
pm.request.addHeader({key: 'X-One', value: '1'});
pm.request.headers.add({key: 'X-Two', value: '2'});
pm.request.headers.upsert({key: 'x-one', value: 'uno'});
pm.request.url.addQueryParams([{key: 'b', value: '2'}]);
pm.request.url.removeQueryParams('a');
pm.request.method = 'post';
pm.request.body = {mode: 'raw', raw: '{"k":1}'};
`, `
pm.request.removeHeader('X-Two');
pm.request.body.raw = '{"k":2}';
pm.request.headers.add('X-Three: 3');
pm.test('sees earlier change', () => pm.expect(pm.request.headers.get('x-one')).to.equal('uno'));
`)
	ex.Request.Headers = []collection.Header{hdr("Keep", "me")}
	r := h.run(ex)
	mustPass(t, r, 1)
	req := ex.Request
	if req.Method != "POST" {
		t.Errorf("method = %q", req.Method)
	}
	// upsert replaces the key too, as the SDK's Header.update does.
	want := []collection.Header{hdr("Keep", "me"), hdr("x-one", "uno"), hdr("X-Three", "3")}
	if len(req.Headers) != len(want) {
		t.Fatalf("headers = %+v", req.Headers)
	}
	for i := range want {
		if req.Headers[i] != want[i] {
			t.Errorf("header %d = %+v, want %+v", i, req.Headers[i], want[i])
		}
	}
	if req.URL.Raw != "http://example.test/path?b=2" || len(req.URL.Query) != 1 || req.URL.Query[0].Key != "b" {
		t.Errorf("url = %+v", req.URL)
	}
	if req.Body == nil || req.Body.Mode != "raw" || req.Body.Raw != `{"k":2}` {
		t.Errorf("body = %+v", req.Body)
	}

	// Assigning a URL string replaces the URL; untouched parts stay as
	// they were (no rewrite of an unchanged request).
	ex2 := h.exec(EventPrerequest, `pm.request.url = 'https://{{host}}:8443/a/b?x=1#h';`)
	h.run(ex2)
	u := ex2.Request.URL
	if u.Raw != "https://{{host}}:8443/a/b?x=1#h" || u.Protocol != "https" || u.Port != "8443" || u.Host[0] != "{{host}}" || strings.Join(u.Path, "/") != "a/b" || u.Hash != "h" {
		t.Errorf("url = %+v", u)
	}
	ex3 := h.exec(EventPrerequest, `pm.request.headers.get('x');`)
	ex3.Request.URL = collection.URL{Raw: "{{base}}/x", Host: []string{"{{base}}"}, Path: []string{"x"}}
	before := ex3.Request.URL
	h.run(ex3)
	if ex3.Request.URL.Raw != before.Raw {
		t.Errorf("unchanged request rewritten: %+v", ex3.Request.URL)
	}
}

func TestLegacyAPI(t *testing.T) {
	h := newHarness(t, Options{})
	resp := &Response{Code: 201, Body: []byte("\ufeff{\"id\":7}"), Time: 12,
		Headers: []collection.Header{hdr("Content-Type", "application/json"), hdr("X-Id", "7")},
		Cookies: []*http.Cookie{{Name: "sid", Value: "abc"}}}
	ex := h.exec(EventTest, `
pm.test('pm first', () => {});
tests['body has'] = responseBody.has('"id"');
tests['code'] = responseCode.code === 201 && responseCode.name === 'Created';
tests['headers case-sensitive'] = responseHeaders['X-Id'] === '7' && responseHeaders['x-id'] === undefined;
tests['getResponseHeader'] = postman.getResponseHeader('x-id') === '7';
tests['cookie'] = postman.getResponseCookie('sid').value === 'abc' && !Array.isArray(responseCookies) && responseCookies.idx(0).name === 'sid';
tests['time'] = responseTime === 12;
tests['json BOM'] = JSON.parse(responseBody).id === 7;
tests['request'] = request.method === 'GET' && request.url === 'http://example.test/path?a=1' && request.name === 'R1';
tests['iteration'] = iteration === 0;
tests['lodash 3 global'] = _.isArray([]) && typeof CryptoJS.MD5 === 'function';
tests['sugar'] = 'Hello world'.has('world') && 'hello'.capitalize() === 'Hello' && [1,2,3].any(2) && [2,4].average() === 3;
tests['env snapshot'] = typeof environment === 'object' && typeof globals === 'object';
let e; try { JSON.parse('nope'); } catch (err) { e = err; }
tests['json error'] = e.name === 'JSONError' && e.message.indexOf("Unexpected token 'n' at 1:1") === 0;
`)
	ex.Response = resp
	r := h.run(ex)
	if r.Error != nil {
		t.Fatalf("error: %s", describe(r))
	}
	if len(r.Assertions) != 14 || r.Assertions[0].Name != "pm first" || r.Assertions[1].Index != 1 {
		t.Fatalf("assertions: %s", describe(r))
	}
	for _, a := range r.Assertions {
		if !a.Passed {
			t.Errorf("failed: %q %+v", a.Name, a.Error)
		}
	}
	out := h.consoleText()
	// responseBody, responseTime and iteration are primitives, which Newman
	// cannot proxy: they never warn.
	for _, name := range []string{"tests", "responseCode", "responseHeaders", "request", "_", "CryptoJS", "postman.getResponseHeader"} {
		if n := strings.Count(out, `Using "`+name+`" is deprecated.`); n != 1 {
			t.Errorf("warning for %s printed %d times", name, n)
		}
	}
	for _, name := range []string{"responseBody", "responseTime", "iteration"} {
		if strings.Contains(out, `Using "`+name+`" is deprecated.`) {
			t.Errorf("warning for %s printed", name)
		}
	}

	// "use sandbox2" disables legacy globals and uses the native JSON.
	h.console = nil
	r = h.runTest(`"use sandbox2";
pm.test('no legacy', () => {
  pm.expect(typeof tests).to.equal('undefined');
  pm.expect(typeof postman).to.equal('undefined');
  pm.expect(typeof responseBody).to.equal('undefined');
  let e; try { JSON.parse('nope'); } catch (err) { e = err; }
  pm.expect(e.name).to.equal('SyntaxError');
  pm.expect('abc'.has('b')).to.equal(true);
  pm.expect(typeof _).to.equal('undefined');
  pm.expect(require('lodash').isArray([])).to.equal(true);
  pm.expect(btoa('a')).to.equal('YQ==');
});`, resp)
	mustPass(t, r, 1)
	if h.consoleText() != "" {
		t.Errorf("sandbox2 printed warnings: %s", h.consoleText())
	}
}

func TestAsync(t *testing.T) {
	h := newHarness(t, Options{ScriptTimeout: 2 * time.Second})
	r := h.runTest(`
const order = [];
setTimeout(() => order.push('t20'), 20);
setTimeout(() => order.push('t0'), 0);
setImmediate(() => order.push('imm'));
const iv = setInterval(() => { order.push('iv'); if (order.filter(x => x === 'iv').length === 3) clearInterval(iv); }, 1);
const never = setTimeout(() => order.push('never'), 5);
clearTimeout(never);
Promise.resolve().then(() => order.push('micro'));
order.push('sync');
await new Promise(res => setTimeout(res, 40));
pm.test('order', () => {
  pm.expect(order.slice(0, 4)).to.eql(['sync', 'micro', 'imm', 't0']);
  pm.expect(order.filter(x => x === 'iv').length).to.equal(3);
  pm.expect(order).to.include('t20');
  pm.expect(order).to.not.include('never');
});
pm.test('async pass', function (done) { setTimeout(done, 5); });
pm.test('async fail', function (done) { setTimeout(() => { try { pm.expect(1).to.equal(2); done(); } catch (e) { done(e); } }, 1); });
`, &Response{Code: 200})
	if r.Error != nil || len(r.Assertions) != 3 {
		t.Fatalf("result: %s", describe(r))
	}
	// Assertions are in completion order with indices from the call order.
	if r.Assertions[0].Name != "order" || !r.Assertions[0].Passed {
		t.Errorf("order: %s", describe(r))
	}
	byName := map[string]int{}
	for _, a := range r.Assertions {
		byName[a.Name] = a.Index
		if a.Name == "async fail" && (a.Passed || a.Error.Message != "expected 1 to equal 2") {
			t.Errorf("async fail: %s", describe(r))
		}
	}
	if byName["async pass"] != 1 || byName["async fail"] != 2 {
		t.Errorf("indices: %s", describe(r))
	}

	cases := []struct {
		name, script, errName, errMsg string
	}{
		{"rejected await", `await Promise.reject(new TypeError('bad'))`, "TypeError", "bad"},
		{"unhandled rejection", `Promise.reject(new RangeError('later')); pm.test('x', () => {})`, "RangeError", "later"},
		{"throw in timer", `setTimeout(() => { throw new Error('in timer') }, 1)`, "Error", "in timer"},
		{"top-level return", `pm.test('before', () => {}); return; throw new Error('not reached')`, "", ""},
		{"syntax error", `pm.test('x', () => {`, "SyntaxError", ""},
		{"v8 wording", `let o; o.x`, "TypeError", "Cannot read properties of undefined (reading 'x')"},
		{"runaway recursion", `function f() { return f() + 1 } f()`, "RangeError", ""},
		{"async fn passed to test", `pm.test('x', async () => { throw new Error('late') })`, "Error", "late"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := h.runTest(c.script, &Response{Code: 200})
			if c.errName == "" {
				if r.Error != nil {
					t.Fatalf("unexpected error: %s", describe(r))
				}
				return
			}
			if r.Error == nil || r.Error.Name != c.errName || (c.errMsg != "" && r.Error.Message != c.errMsg) {
				t.Fatalf("error = %+v, want %s: %s", r.Error, c.errName, c.errMsg)
			}
		})
	}
	mustPass(t, h.runTest(`pm.test('runtime still usable', () => {})`, &Response{Code: 200}), 1)
}

func TestTimeouts(t *testing.T) {
	const limit = 200 * time.Millisecond
	h := newHarness(t, Options{ScriptTimeout: limit})
	cases := []struct{ name, script, msg string }{
		{"sync busy loop", `pm.test('before', () => {}); while (true) {}`, msgSyncTimeout},
		{"async never resolving timer", `setInterval(() => {}, 10);`, msgAsyncTimeout},
		{"async busy timer", `setTimeout(() => { for (;;) {} }, 1);`, msgAsyncTimeout},
		{"await forever", `await new Promise(res => setTimeout(res, 60000));`, msgAsyncTimeout},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			r := h.runTest(c.script, &Response{Code: 200})
			if d := time.Since(start); d > limit+time.Second {
				t.Errorf("took %v", d)
			}
			if r.Error == nil || r.Error.Message != c.msg {
				t.Fatalf("error = %+v, want %q", r.Error, c.msg)
			}
		})
	}
	// The runtime is usable after timeouts, and recorded tests are kept.
	r := h.runTest(`pm.test('after', () => {})`, &Response{Code: 200})
	mustPass(t, r, 1)
}

func TestControlFlow(t *testing.T) {
	h := newHarness(t, Options{})
	ex := h.exec(EventPrerequest, `pm.execution.setNextRequest('A'); postman.setNextRequest('B');`, `pm.execution.setNextRequest('C')`)
	r := h.run(ex)
	if !r.NextRequestSet || *r.NextRequest != "C" {
		t.Errorf("next = %v", r.NextRequest)
	}
	r = h.run(h.exec(EventTest, `postman.setNextRequest(null)`))
	if !r.NextRequestSet || r.NextRequest != nil {
		t.Errorf("null next = %v %v", r.NextRequestSet, r.NextRequest)
	}

	ex = h.exec(EventPrerequest,
		`console.log('before'); pm.environment.set('kept', 1); pm.execution.skipRequest(); console.log('after'); pm.environment.set('lost', 1);`,
		`console.log('second script')`)
	h.console = nil
	r = h.run(ex)
	if !r.SkipRequest || r.Error != nil {
		t.Fatalf("skip: %+v", r)
	}
	if got := h.consoleText(); got != "log: before\n" {
		t.Errorf("console = %q", got)
	}
	if !h.vars.Environment.Has("kept") || h.vars.Environment.Has("lost") {
		t.Error("variable changes around skipRequest")
	}

	// A script error does not stop later scripts of the event.
	r = h.run(h.exec(EventPrerequest, `throw new Error('first')`, `pm.test('second runs', () => {}); throw new Error('second')`))
	if r.Error == nil || r.Error.Message != "first" || len(r.Assertions) != 1 {
		t.Errorf("errors: %s", describe(r))
	}

	r = h.runTest(`
pm.test('info', () => {
  pm.expect(pm.info).to.include({eventName: 'test', iteration: 0, iterationCount: 1, requestName: 'R1', requestId: 'id-1'});
  pm.expect(Array.from(pm.execution.location)).to.eql(['Coll', 'Folder', 'R1']);
  pm.expect(pm.execution.location.current).to.equal('R1');
  pm.expect(JSON.stringify(pm)).to.equal('{}');
  pm.globals = 1;
  pm.expect(typeof pm.globals.get).to.equal('function');
  pm.expect(() => pm.require('x')).to.throw(TypeError, 'pm.require is not a function');
  pm.expect(pm.test('chain')).to.equal(pm);
  pm.expect(pm.test.index()).to.equal(2);
});
pm.visualizer.set('<b>{{x}}</b>', {x: 1});
`, nil)
	mustPass(t, r, 2)
	if r.Visualizer == nil || r.Visualizer.Template != "<b>{{x}}</b>" || r.Visualizer.Data.(map[string]any)["x"] != 1.0 {
		t.Errorf("visualizer = %+v", r.Visualizer)
	}
}

func TestEmptyResponseAndPrerequest(t *testing.T) {
	h := newHarness(t, Options{})
	r := h.runTest(`pm.test('empty', () => {
  pm.expect(pm.response.code).to.equal(undefined);
  pm.expect(pm.response.text()).to.equal(undefined);
  pm.expect(pm.response.headers.count()).to.equal(0);
});`, nil)
	mustPass(t, r, 1)
	r = h.run(h.exec(EventPrerequest, `pm.test('no response', () => {
  pm.expect(pm.response).to.equal(undefined);
  pm.expect(pm.request.url.getHost()).to.equal('example.test');
  pm.expect(pm.request.url.getQueryString()).to.equal('a=1');
  pm.expect(pm.request.url.toString()).to.equal('http://example.test/path?a=1');
});`))
	mustPass(t, r, 1)
}

func TestImplicitGlobalsPersist(t *testing.T) {
	h := newHarness(t, Options{})
	r := h.run(h.exec(EventPrerequest, `utils = { twice: x => x * 2 }; var local = 1; function helper() {}`))
	if r.Error != nil {
		t.Fatal(describe(r))
	}
	r = h.runTest(`pm.test('globals', () => {
  pm.expect(utils.twice(4)).to.equal(8);
  pm.expect(typeof local).to.equal('undefined');
  pm.expect(typeof helper).to.equal('undefined');
});`, &Response{Code: 200})
	mustPass(t, r, 1)
}

func TestRequireAndIsolation(t *testing.T) {
	h := newHarness(t, Options{})
	r := h.runTest(`
pm.test('require', () => {
  pm.expect(() => require('fs-extra-nope')).to.throw("Cannot find module 'fs-extra-nope'");
  pm.expect(typeof process).to.equal('undefined');
  pm.expect(typeof fetch).to.equal('undefined');
});`, &Response{Code: 200})
	mustPass(t, r, 1)
}

// fakeJar is an in-memory CookieJar keyed by host.
type fakeJar struct {
	mu      sync.Mutex
	cookies map[string][]*http.Cookie
}

func (j *fakeJar) host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return u.Hostname()
}

func (j *fakeJar) Cookies(raw string) ([]*http.Cookie, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]*http.Cookie(nil), j.cookies[j.host(raw)]...), nil
}

func (j *fakeJar) SetCookie(raw string, c *http.Cookie) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	h := j.host(raw)
	list := j.cookies[h][:0:0]
	for _, x := range j.cookies[h] {
		if x.Name != c.Name {
			list = append(list, x)
		}
	}
	j.cookies[h] = append(list, c)
	return nil
}

func (j *fakeJar) DeleteCookie(raw, name string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	h := j.host(raw)
	var list []*http.Cookie
	for _, x := range j.cookies[h] {
		if x.Name != name {
			list = append(list, x)
		}
	}
	j.cookies[h] = list
	return nil
}

func (j *fakeJar) Clear(raw string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	delete(j.cookies, j.host(raw))
	return nil
}

func TestCookies(t *testing.T) {
	h := newHarness(t, Options{})
	jar := &fakeJar{cookies: map[string][]*http.Cookie{"example.test": {{Name: "a", Value: "1"}, {Name: "b", Value: "2"}}}}
	ex := h.exec(EventTest, `
pm.test('list', () => {
  pm.expect(pm.cookies.get('a')).to.equal('1');
  pm.expect(pm.cookies.has('b')).to.equal(true);
  pm.expect(pm.cookies.count()).to.equal(2);
  pm.expect(pm.cookies.toObject()).to.eql({a: '1', b: '2'});
  pm.expect(pm.cookies.one('b').value).to.equal('2');
});
const jar = pm.cookies.jar();
jar.set('http://example.test/', 'c', '3', (err, cookie) => {
  pm.test('set cb', () => { pm.expect(err).to.equal(null); pm.expect(cookie.name).to.equal('c'); });
  jar.get('http://example.test/', 'c', (err, value) => pm.test('get cb', () => pm.expect(value).to.equal('3')));
});
const all = await jar.getAll('http://example.test/');
pm.test('getAll promise', () => pm.expect(all.map(c => c.name)).to.include('a'));
await jar.unset('http://example.test/', 'a');
pm.test('unset', async () => {});
await jar.clear('http://other.test/');
`)
	ex.Cookies = jar
	r := h.run(ex)
	mustPass(t, r, 5)
	if cs, _ := jar.Cookies("http://example.test/"); len(cs) != 2 || cs[0].Name != "b" || cs[1].Name != "c" {
		t.Errorf("jar = %+v", cs)
	}
}

func TestSendRequest(t *testing.T) {
	h := newHarness(t, Options{ScriptTimeout: 2 * time.Second})
	h.vars.Environment.Set("base", "http://api.test", "")
	var got []*collection.Request
	var mu sync.Mutex
	send := func(ctx context.Context, req *collection.Request) (*Response, error) {
		mu.Lock()
		got = append(got, req)
		mu.Unlock()
		if strings.Contains(req.URL.Raw, "fail") {
			return nil, errors.New("connect ECONNREFUSED 127.0.0.1:1")
		}
		time.Sleep(5 * time.Millisecond)
		return &Response{Code: 200, Status: "OK", Body: []byte(`{"echo":"` + req.Method + `"}`), Headers: []collection.Header{hdr("Content-Type", "application/json")}}, nil
	}
	ex := h.exec(EventPrerequest, `
pm.sendRequest('http://api.test/get', (err, res) => {
  pm.test('callback', () => {
    pm.expect(err).to.equal(null);
    res.to.have.status(200);
    pm.expect(res.json().echo).to.equal('GET');
  });
});
const res = await pm.sendRequest({url: 'http://api.test/post', method: 'POST', header: {'X-A': '1'}, body: {mode: 'raw', raw: 'hi'}});
pm.test('promise', () => {
  pm.expect(res.code).to.equal(200);
  pm.expect(res.json().echo).to.equal('POST');
});
pm.sendRequest('http://fail.test/', (err, res) => pm.test('error', () => {
  pm.expect(err.message).to.equal('connect ECONNREFUSED 127.0.0.1:1');
  pm.expect(res.code).to.equal(undefined);
}));
try { await pm.sendRequest('{{base}}/fail'); } catch (e) { pm.test('rejected', () => pm.expect(e.message).to.include('ECONNREFUSED')); }
`)
	ex.Send = send
	r := h.run(ex)
	mustPass(t, r, 4)
	// Requests run concurrently: index them by URL.
	byURL := map[string]*collection.Request{}
	for _, g := range got {
		byURL[g.URL.Raw] = g
	}
	get, post := byURL["http://api.test/get"], byURL["http://api.test/post"]
	// As in Newman, pm.sendRequest does not resolve {{variables}}.
	if byURL["{{base}}/fail"] == nil {
		t.Errorf("variables resolved in pm.sendRequest: %+v", got)
	}
	if len(got) != 4 || get == nil || post == nil || get.Method != "GET" || post.Method != "POST" || post.Body.Raw != "hi" ||
		post.Headers[0] != hdr("X-A", "1") || post.URL.Host[0] != "api" {
		t.Errorf("sent: %+v", got)
	}
	failed := 0
	for _, sr := range h.subs {
		if sr.Error != nil {
			failed++
		} else if sr.Response == nil || sr.Response.Code != 200 {
			t.Errorf("sub-request without response: %+v", sr)
		}
	}
	if len(h.subs) != 4 || failed != 2 {
		t.Errorf("sub-requests reported: %+v", h.subs)
	}
}

func TestConsoleFormatting(t *testing.T) {
	h := newHarness(t, Options{})
	r := h.runTest(`
console.log('plain', 'two', 3, true, null, undefined);
console.info({a: 1, b: 'x', c: [1, {d: 2}], e: {f: {g: {h: 1}}}});
console.warn('%s is %d years and %i, %j', 'Bob', 42.5, 42.5, {a: 1});
console.error(new TypeError('boom'));
console.debug([], {}, function named() {}, 'a\'b', ['s']);
console.log('100%% %o', 'x');
console.log(["it's"], pm.response.headers);
console.log(pm.response);
console.log(pm.request.url);
`, &Response{Code: 200, Headers: []collection.Header{hdr("A", "1")}})
	if r.Error != nil {
		t.Fatal(describe(r))
	}
	want := `log: plain two 3 true null undefined
info: { a: 1, b: 'x', c: [ 1, { d: 2 } ], e: { f: { g: [Object] } } }
warn: Bob is 42.5 years and 42, {"a":1}
error: TypeError: boom
debug: [] {} [Function: named] a'b [ 's' ]
log: 100% 'x'
log: [ "it's" ] HeaderList [ { key: 'A', value: '1' } ]
log: Response {
  status: 'OK',
  code: 200,
  header: [ { key: 'A', value: '1' } ],
  cookie: [],
  responseTime: 0,
  responseSize: 0
}
log: Url {
  protocol: 'http',
  host: [ 'example', 'test' ],
  port: undefined,
  path: [ 'path' ],
  query: [ { key: 'a', value: '1' } ],
  hash: undefined,
  variable: []
}
`
	if got := h.consoleText(); got != want {
		t.Errorf("console =\n%s\nwant\n%s", got, want)
	}
}

func TestCompileCache(t *testing.T) {
	h := newHarness(t, Options{})
	sc := collection.Script{ID: "same", Exec: "pm.test('a', () => {})"}
	ex := h.exec(EventTest)
	ex.Scripts = []collection.Script{sc}
	h.run(ex)
	sc.Exec = "pm.test('b', () => {})"
	ex.Scripts = []collection.Script{sc}
	r := h.run(ex)
	if len(r.Assertions) != 1 || r.Assertions[0].Name != "b" {
		t.Errorf("cache ignored source change: %s", describe(r))
	}
	if len(h.s.programs) != 2 {
		t.Errorf("programs cached: %d", len(h.s.programs))
	}
}

func BenchmarkRunTestScript(b *testing.B) {
	s := New(Options{})
	defer s.Close()
	resp := &Response{Code: 200, Body: []byte(`{"id":7,"name":"Alice","tags":["a","b"]}`), Headers: []collection.Header{hdr("Content-Type", "application/json")}}
	ex := &Execution{
		Event:    EventTest,
		Scripts:  []collection.Script{{ID: "bench", Exec: "pm.test('status', () => pm.response.to.have.status(200));\npm.test('json', () => { const j = pm.response.json(); pm.expect(j.name).to.equal('Alice'); });"}},
		Request:  &collection.Request{Method: "GET", URL: collection.ParseRawURL("http://example.test/")},
		Response: resp,
		Vars:     Variables{Local: collection.NewScope("", nil)},
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		r := s.Run(ctx, ex)
		if r.Error != nil || len(r.Assertions) != 2 || !r.Assertions[0].Passed || !r.Assertions[1].Passed {
			b.Fatalf("bad result: %s", describe(r))
		}
	}
}

// panicJar is a CookieJar whose every method panics.
type panicJar struct{}

func (panicJar) Cookies(string) ([]*http.Cookie, error) { panic("jar broke") }
func (panicJar) SetCookie(string, *http.Cookie) error   { panic("jar broke") }
func (panicJar) DeleteCookie(string, string) error      { panic("jar broke") }
func (panicJar) Clear(string) error                     { panic("jar broke") }

func TestHostPanicsDoNotCrash(t *testing.T) {
	h := newHarness(t, Options{ScriptTimeout: time.Second})
	h.run(h.exec(EventPrerequest, `survivor = 1`))
	ex := h.exec(EventPrerequest, `pm.test('before', () => {}); pm.cookies.jar().clear('http://x.test/', () => {});`)
	ex.Cookies = panicJar{}
	ex.Request = nil // no pm.cookies lookup at start
	r := h.run(ex)
	if r.Error == nil || !strings.Contains(r.Error.Message, "jar broke") {
		t.Fatalf("jar panic: %s", describe(r))
	}
	ex = h.exec(EventPrerequest, `pm.sendRequest('http://x.test/', () => {})`)
	ex.Send = func(context.Context, *collection.Request) (*Response, error) { panic("send broke") }
	r = h.run(ex)
	if r.Error == nil || !strings.Contains(r.Error.Message, "send broke") {
		t.Fatalf("send panic: %s", describe(r))
	}
	mustPass(t, h.runTest(`pm.test('still works', () => {})`, &Response{Code: 200}), 1)
}

func TestErrorLineNumbers(t *testing.T) {
	h := newHarness(t, Options{})
	r := h.runTest("// line 1\nconst x = 1;\nnull.boom;\n", &Response{Code: 200})
	if r.Error == nil || r.Error.Name != "TypeError" || !strings.Contains(r.Error.Stack, ":3:") {
		t.Fatalf("error = %+v", r.Error)
	}
}

func TestSugarSubset(t *testing.T) {
	h := newHarness(t, Options{})
	cases := []string{
		`['a', 'b', 'c'].none('d')`,
		`[[1, 2], [2, 3]].any(x => x[0] === 2)`,
		`[1, 2, 3, 4, 5].average() === 3`,
		`(function () {}).once() !== undefined`,
		`(56).hex() === '38'`,
		`(56).isEven() === true`,
		`(56).ordinalize() === '56th' && (1).ordinalize() === '1st' && (12).ordinalize() === '12th'`,
		`(56789.10).format() === '56,789.1'`,
		`'a-beta'.camelize() === 'ABeta'`,
		`'abc'.shift(5) === 'fgh'`,
		`'a-b_cD'.spacify() === 'a b c d'`,
		`'Hello World'.has('World') && 'x'.has(/x/)`,
		`Object.keys(Array.prototype).length === 0`,
		`(() => { let n = 0; const f = (() => ++n).once(); f(); f(); return n === 1; })()`,
		`(() => { const seen = []; [1, 2, 3].each(x => { seen.push(x); return x < 2 ? undefined : false; }); return seen.length === 2; })()`,
	}
	for _, c := range cases {
		r := h.runTest(`pm.test('sugar', () => pm.expect(`+c+`).to.equal(true))`, &Response{Code: 200})
		if r.Error != nil || len(r.Assertions) != 1 || !r.Assertions[0].Passed {
			t.Errorf("%s: %s", c, describe(r))
		}
	}
}

func TestPmExpectIsChai(t *testing.T) {
	h := newHarness(t, Options{})
	r := h.runTest(`pm.test('fail', () => pm.expect.fail('custom failure'));`, &Response{Code: 200})
	if len(r.Assertions) != 1 || r.Assertions[0].Error == nil || r.Assertions[0].Error.Message != "custom failure" {
		t.Fatalf("pm.expect.fail: %s", describe(r))
	}
	r = h.runTest(`pm.vault.get('k').then(() => {}, e => pm.test('vault', () => pm.expect(e.message).to.equal('Vault access denied')));`, &Response{Code: 200})
	mustPass(t, r, 1)
}

func TestRequestInTestScripts(t *testing.T) {
	h := newHarness(t, Options{})
	ex := h.exec(EventTest, `
pm.test('host header', () => {
  pm.request.to.have.header('host', 'example.test:8080');
  pm.request.to.be.a.postmanRequestOrResponse;
});
tests['multi-value form data'] = _.isArray(request.data.name) && request.data.name.length === 2 && request.data.one === '1';
`)
	ex.Request = &collection.Request{Method: "POST", URL: collection.ParseRawURL("http://example.test:8080/x"),
		Body: &collection.Body{Mode: "formdata", FormData: []collection.FormParam{
			{Key: "name", Value: "a", Type: "text"}, {Key: "name", Value: "b", Type: "text"}, {Key: "one", Value: "1", Type: "text"}}}}
	mustPass(t, h.run(ex), 2)
	if len(ex.Request.Headers) != 0 {
		t.Errorf("test script view changed the request: %+v", ex.Request.Headers)
	}
}

func TestContextCancel(t *testing.T) {
	h := newHarness(t, Options{}) // no script timeout: only the context stops it
	for _, src := range []string{`while (true) {}`, `setInterval(() => {}, 5)`} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		ex := h.exec(EventTest, src)
		start := time.Now()
		r := h.s.Run(ctx, ex)
		cancel()
		if time.Since(start) > 2*time.Second || r.Error == nil || r.Error.Message != "sandbox: execution cancelled" {
			t.Errorf("%s: error %+v after %v", src, r.Error, time.Since(start))
		}
	}
	mustPass(t, h.runTest(`pm.test('after cancel', () => {})`, &Response{Code: 200}), 1)
}

func TestStopOnFailure(t *testing.T) {
	h := newHarness(t, Options{StopOnFailure: true})
	r := h.runTest(`tests['pass'] = true; tests['fail'] = false; pm.test('also', () => { throw new Error('x') })`, &Response{Code: 200})
	if r.Error == nil || r.Error.Name != "AssertionFailure" || r.Error.Message != "also, fail" || len(r.Assertions) != 3 {
		t.Fatalf("result: %s", describe(r))
	}
}

func TestPrerequestAuthAndFormWriteBack(t *testing.T) {
	h := newHarness(t, Options{})
	ex := h.exec(EventPrerequest, `
pm.test('auth visible', () => {
  pm.expect(pm.request.auth.type).to.equal('bearer');
  pm.expect(pm.request.auth.parameters().get('token')).to.equal('old');
});
pm.request.auth.update({token: 'new'});
pm.request.body.urlencoded.add({key: 'b', value: '2'});
pm.request.body.urlencoded.upsert({key: 'a', value: 'uno'});
`)
	ex.Request.Auth = &collection.Auth{Type: "bearer", Params: map[string]any{"token": "old"}}
	ex.Request.Body = &collection.Body{Mode: "urlencoded", URLEncoded: []collection.Param{{Key: "a", Value: "1"}}}
	mustPass(t, h.run(ex), 1)
	if ex.Request.Auth == nil || ex.Request.Auth.Type != "bearer" || ex.Request.Auth.Params["token"] != "new" {
		t.Errorf("auth = %+v", ex.Request.Auth)
	}
	want := []collection.Param{{Key: "a", Value: "uno"}, {Key: "b", Value: "2"}}
	if b := ex.Request.Body; b == nil || b.Mode != "urlencoded" || len(b.URLEncoded) != 2 || b.URLEncoded[0] != want[0] || b.URLEncoded[1] != want[1] {
		t.Errorf("body = %+v", ex.Request.Body)
	}

	ex = h.exec(EventPrerequest, `pm.request.authorizeUsing('basic', {username: 'u', password: 'p'}); pm.request.body.update('raw text');`)
	h.run(ex)
	if a := ex.Request.Auth; a == nil || a.Type != "basic" || a.Params["username"] != "u" || a.Params["password"] != "p" {
		t.Errorf("authorizeUsing: %+v", ex.Request.Auth)
	}
	if b := ex.Request.Body; b == nil || b.Mode != "raw" || b.Raw != "raw text" {
		t.Errorf("body.update: %+v", ex.Request.Body)
	}
}
