package modules

import (
	"regexp"
	"testing"
)

func TestPostmanCollection(t *testing.T) {
	rt := newTestRuntime(t)
	pc, err := Require(rt, "postman-collection")
	if err != nil {
		t.Fatal(err)
	}
	_ = rt.Set("sdk", pc)
	tests := []struct{ expr, want string }{
		{`sdk.Property.replaceSubstitutions('{{$randomIP}}')`, `^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$`},
		{`sdk.Property.replaceSubstitutions('id={{$guid}}')`, `^id=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`},
		{`sdk.Property.replaceSubstitutions('{{a}}-{{b}}-{{missing}}', {a: 1, b: 'x'})`, `^1-x-\{\{missing\}\}$`},
		{`sdk.Property.replaceSubstitutions('{{a}}', [{a: 'low'}, {a: 'high'}])`, `^high$`},
		{`JSON.stringify(sdk.QueryParam.parse('a=1&b=&c'))`, `^\[\{"key":"a","value":"1"\},\{"key":"b","value":""\},\{"key":"c","value":null\}\]$`},
		{`sdk.QueryParam.unparse([{key: 'a', value: 'x y'}, {key: 'b', value: null}, {key: 'c', value: '1', disabled: true}])`, `^a=x y&b$`},
		{`sdk.QueryParam.unparse({a: 'x y'}, {encode: true})`, `^a=x%20y$`},
		{`new sdk.Url('https://u:p@api.example.com:8443/v1/items?x=1#top').toString()`, `^https://u:p@api\.example\.com:8443/v1/items\?x=1#top$`},
		{`new sdk.Url('https://api.example.com/v1/items?x=1&y=2').getQueryString()`, `^x=1&y=2$`},
		{`JSON.stringify(sdk.Header.parse('A: 1\nB:two'))`, `^\[\{"key":"A","value":"1"\},\{"key":"B","value":"two"\}\]$`},
		{`new sdk.VariableList(null, [{key: 'k', value: 'v'}]).replace('<{{k}}>')`, `^<v>$`},
	}
	for _, tt := range tests {
		v, err := rt.RunString(tt.expr)
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		if !regexp.MustCompile(tt.want).MatchString(v.String()) {
			t.Errorf("%s = %q, want match %s", tt.expr, v, tt.want)
		}
	}
}

func TestPostmanCollectionResponseRequest(t *testing.T) {
	rt := newTestRuntime(t)
	pc, err := Require(rt, "postman-collection")
	if err != nil {
		t.Fatal(err)
	}
	_ = rt.Set("sdk", pc)
	tests := []struct{ expr, want string }{
		{`typeof sdk.Response`, `function`},
		{`var r = new sdk.Response({code: 201, header: [{key: 'Content-Type', value: 'application/json'}], body: '{"a":[1,2]}'}); r.json().a[1] + ' ' + r.status + ' ' + r.headers.get('content-type') + ' ' + r.reason()`, `2 Created application/json Created`},
		{`new sdk.Response({code: 200, stream: Buffer.from('hé')}).text()`, `hé`},
		{`new sdk.Response({code: 200, body: 'xyz', header: 'A: 1'}).size().body`, `3`},
		{`sdk.Response.isResponse(new sdk.Response({code: 200}))`, `true`},
		{`var q = new sdk.Request({url: 'http://x.io/a?b=1', method: 'post', header: {'X-K': 'v'}}); q.method + ' ' + q.url.getQueryString() + ' ' + q.headers.get('x-k') + ' ' + JSON.stringify(q.toJSON())`, `POST b=1 v {"url":"http://x.io/a?b=1","method":"POST","header":[{"key":"X-K","value":"v"}]}`},
	}
	for _, tt := range tests {
		v, err := rt.RunString(tt.expr)
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		if v.String() != tt.want {
			t.Errorf("%s = %q, want %q", tt.expr, v, tt.want)
		}
	}
}
