package modules

import "testing"

func TestBlobAndAbortController(t *testing.T) {
	rt := newTestRuntime(t)
	tests := []struct{ name, body, want string }{
		{"types", `return JSON.stringify([typeof Blob, typeof AbortController, typeof AbortSignal]);`, `["function","function","function"]`},
		{"blob text", `var b = new Blob(['hé', new Uint8Array([33]), new Blob(['?'])], {type: 'Text/Plain'}); return b.size + ' ' + b.type + ' ' + await b.text();`, `5 text/plain hé!?`},
		{"blob slice", `return await new Blob(['abcdef']).slice(1, -2).text();`, `bcd`},
		{"blob arrayBuffer", `var ab = await new Blob(['AB']).arrayBuffer(); return ab.byteLength + ':' + new Uint8Array(ab)[1];`, `2:66`},
		{"blob empty", `var b = new Blob(); return b.size + '|' + b.type + '|' + String(b);`, `0||[object Blob]`},
		{"blob bad parts", `try { new Blob('x'); return 'no error'; } catch (e) { return e.name; }`, `TypeError`},
		{"abort", `var c = new AbortController(), seen = []; c.signal.addEventListener('abort', function (e) { seen.push(e.type); }); c.signal.onabort = function () { seen.push('on'); };
var before = c.signal.aborted; c.abort(); c.abort();
return [before, c.signal.aborted, c.signal.reason.name, seen.join(',')].join(' ');`, `false true AbortError on,abort`},
		{"abort reason", `var c = new AbortController(); c.abort('why'); try { c.signal.throwIfAborted(); } catch (e) { return e; }`, `why`},
		{"signal constructor", `try { new AbortSignal(); } catch (e) { return e.name + ' ' + AbortSignal.abort().aborted; }`, `TypeError true`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := awaitString(t, rt, tt.body); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBackbone(t *testing.T) {
	rt := newTestRuntime(t)
	bb, err := Require(rt, "backbone")
	if err != nil {
		t.Fatal(err)
	}
	if g, err := rt.RunString(`Backbone`); err != nil || g != bb {
		t.Fatalf("Backbone global is not require('backbone'): %v", err)
	}
	tests := []struct{ name, body, want string }{
		{"model get", `return JSON.stringify([typeof Backbone.Model, new Backbone.Model({a: 1}).get('a')]);`, `["function",1]`},
		{"model set has unset", `var m = new Backbone.Model({a: 1}); m.set('b', 2); m.set({c: 3}); m.unset('a');
return JSON.stringify([m.has('a'), m.has('b'), m.toJSON(), m.isNew()]);`, `[false,true,{"b":2,"c":3},true]`},
		{"model events", `var m = new Backbone.Model(), log = [];
m.on('change:x', function (model, v) { log.push('x=' + v); }); m.on('change', function () { log.push('change'); });
m.set('x', 1); m.set('x', 1); m.set('x', 2, {silent: true});
return log.join(',');`, `x=1,change`},
		{"model extend defaults", `var P = Backbone.Model.extend({defaults: {n: 0}, idAttribute: '_id', inc: function () { this.set('n', this.get('n') + 1); }});
var p = new P({_id: 'k'}); p.inc(); return [p.get('n'), p.id, p instanceof Backbone.Model].join(' ');`, `1 k true`},
		{"collection", `var c = new Backbone.Collection([{id: 1, v: 'a'}, {id: 2, v: 'b'}]); c.add({id: 3, v: 'c'});
var seen = []; c.each(function (m) { seen.push(m.get('v')); });
return [c.length, c.get(2).get('v'), JSON.stringify(c.toJSON()), seen.join(''), c.map(function (m) { return m.id; }).join('+'), c.pluck('v').join(''), c.findWhere({v: 'c'}).id].join(' ');`,
			`3 b [{"id":1,"v":"a"},{"id":2,"v":"b"},{"id":3,"v":"c"}] abc 1+2+3 abc 3`},
		{"collection remove", `var c = new Backbone.Collection([{id: 1}, {id: 2}]); c.remove(1); return c.length + ' ' + c.at(0).id;`, `1 2`},
		{"events mixin", `var o = Object.assign({}, Backbone.Events), n = 0; var f = function (k) { n += k; };
o.on('hit', f); o.trigger('hit', 2); o.off('hit', f); o.trigger('hit', 5); o.once('one', f); o.trigger('one', 10); o.trigger('one', 10); return String(n);`, `12`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := awaitString(t, rt, tt.body); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
