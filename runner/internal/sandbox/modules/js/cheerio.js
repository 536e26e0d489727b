(function (N) {
  'use strict';
  // cheerio 0.22 subset over the Go HTML parser: load(html) → $ with
  // selection, traversal, text/html/attr access and simple manipulation.
  var BOOLEAN = /^(?:autofocus|autoplay|async|checked|controls|defer|disabled|hidden|loop|multiple|open|readonly|required|scoped|selected)$/i;
  var VOID = { area: 1, base: 1, br: 1, col: 1, embed: 1, hr: 1, img: 1, input: 1, link: 1, meta: 1, param: 1, source: 1, track: 1, wbr: 1, keygen: 1 };

  function build(arr, parent) {
    var kind = arr[0], node = { type: kind, parent: parent || null, prev: null, next: null };
    if (kind === 'tag' || kind === 'root') {
      node.name = kind === 'root' ? 'root' : arr[1];
      if (kind === 'tag' && (node.name === 'script' || node.name === 'style')) { node.type = node.name; }
      node.attribs = {};
      arr[2].forEach(function (a) { node.attribs[a[0]] = a[1]; });
      node.children = [];
      arr[4].forEach(function (c) { node.children.push(build(c, node)); });
      link(node);
    } else {
      node.data = arr[3];
      if (kind === 'directive') { node.name = '!' + String(arr[3]).split(/\s/)[0].slice(1).toLowerCase(); }
    }
    return node;
  }
  function link(node) {
    var ch = node.children;
    for (var i = 0; i < ch.length; i++) { ch[i].parent = node; ch[i].prev = ch[i - 1] || null; ch[i].next = ch[i + 1] || null; }
  }
  function isTag(n) { return n && (n.type === 'tag' || n.type === 'script' || n.type === 'style'); }
  function elementChildren(n) { return (n.children || []).filter(isTag); }

  // ---- Serialization ----
  function encode(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]; })
      .replace(/[\u0080-\uffff]/g, function (c) { return '&#x' + c.charCodeAt(0).toString(16).toUpperCase() + ';'; });
  }
  function render(n) {
    switch (n.type) {
      case 'text': return n.parent && (n.parent.type === 'script' || n.parent.type === 'style') ? n.data : encode(n.data);
      case 'comment': return '<!--' + n.data + '-->';
      case 'directive': return '<' + n.data + '>';
      case 'root': return n.children.map(render).join('');
    }
    var s = '<' + n.name;
    Object.keys(n.attribs).forEach(function (k) { s += ' ' + k + (n.attribs[k] === '' ? '=""' : '="' + encode(n.attribs[k]) + '"'); });
    if (VOID[n.name]) { return s + '>'; }
    return s + '>' + n.children.map(render).join('') + '</' + n.name + '>';
  }
  function textOf(nodes) {
    var out = '';
    nodes.forEach(function (n) {
      if (n.type === 'text') { out += n.data; } else if (n.children && n.type !== 'comment') { out += textOf(n.children); }
    });
    return out;
  }

  // ---- Selectors ----
  function parseSelector(sel) {
    var groups = [], tokens = [], i = 0, s = String(sel).trim();
    function compound() {
      var c = { tag: null, id: null, classes: [], attrs: [], pseudos: [] }, any = false;
      for (;;) {
        var ch = s.charAt(i), m;
        if ((m = /^(\*|[a-zA-Z][\w-]*)/.exec(s.slice(i))) && !any) { c.tag = m[1] === '*' ? null : m[1].toLowerCase(); i += m[0].length; any = true; continue; }
        if (ch === '#' && (m = /^#([\w-]+)/.exec(s.slice(i)))) { c.id = m[1]; i += m[0].length; any = true; continue; }
        if (ch === '.' && (m = /^\.([\w-]+)/.exec(s.slice(i)))) { c.classes.push(m[1]); i += m[0].length; any = true; continue; }
        if (ch === '[' && (m = /^\[\s*([^\s~|^$*!=\]]+)\s*(?:([~|^$*!]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*)))?\s*(i)?\s*\]/.exec(s.slice(i)))) {
          c.attrs.push({ name: m[1].toLowerCase(), op: m[2], value: m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : m[5], ci: !!m[6] });
          i += m[0].length; any = true; continue;
        }
        if (ch === ':' && (m = /^:([\w-]+)(?:\(((?:[^()]|\([^()]*\))*)\))?/.exec(s.slice(i)))) {
          c.pseudos.push({ name: m[1], arg: m[2] === undefined ? undefined : m[2].trim().replace(/^["']|["']$/g, '') });
          i += m[0].length; any = true; continue;
        }
        break;
      }
      if (!any) { throw new Error('Unsupported selector: ' + sel); }
      return c;
    }
    var comb = ' ';
    while (i < s.length) {
      var ws = /^\s*/.exec(s.slice(i))[0];
      i += ws.length;
      var ch = s.charAt(i);
      if (ch === ',') { groups.push(tokens); tokens = []; comb = ' '; i++; continue; }
      if (ch === '>' || ch === '+' || ch === '~') { comb = ch; i++; continue; }
      if (ws && tokens.length && comb === null) { comb = ' '; }
      if (!tokens.length) { comb = ' '; }
      tokens.push({ comb: comb, c: compound() });
      comb = null;
      var after = /^\s*/.exec(s.slice(i))[0];
      if (after.length && i + after.length < s.length && ',>+~'.indexOf(s.charAt(i + after.length)) < 0) { comb = ' '; }
    }
    groups.push(tokens);
    return groups;
  }
  function attrMatch(el, a) {
    var v = el.attribs[a.name];
    if (v === undefined) { return false; }
    if (!a.op) { return true; }
    var want = a.value;
    if (a.ci) { v = v.toLowerCase(); want = want.toLowerCase(); }
    switch (a.op) {
      case '=': return v === want;
      case '~=': return v.split(/\s+/).indexOf(want) >= 0;
      case '|=': return v === want || v.indexOf(want + '-') === 0;
      case '^=': return want !== '' && v.indexOf(want) === 0;
      case '$=': return want !== '' && v.slice(-want.length) === want;
      case '*=': return want !== '' && v.indexOf(want) >= 0;
      case '!=': return v !== want;
    }
    return false;
  }
  function nthMatch(expr, pos) {
    expr = String(expr).replace(/\s+/g, '').toLowerCase();
    if (expr === 'odd') { expr = '2n+1'; }
    if (expr === 'even') { expr = '2n'; }
    var m = /^([+-]?\d*)n([+-]\d+)?$/.exec(expr);
    if (!m) { return pos === parseInt(expr, 10); }
    var a = m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : parseInt(m[1], 10), b = m[2] ? parseInt(m[2], 10) : 0;
    if (a === 0) { return pos === b; }
    return (pos - b) / a >= 0 && (pos - b) % a === 0;
  }
  function compoundMatch(el, c) {
    if (!isTag(el)) { return false; }
    if (c.tag && el.name !== c.tag) { return false; }
    if (c.id && el.attribs.id !== c.id) { return false; }
    for (var i = 0; i < c.classes.length; i++) {
      if ((' ' + (el.attribs['class'] || '').replace(/\s+/g, ' ') + ' ').indexOf(' ' + c.classes[i] + ' ') < 0) { return false; }
    }
    for (var j = 0; j < c.attrs.length; j++) { if (!attrMatch(el, c.attrs[j])) { return false; } }
    for (var k = 0; k < c.pseudos.length; k++) {
      var p = c.pseudos[k], sibs = el.parent ? elementChildren(el.parent) : [el], idx = sibs.indexOf(el);
      switch (p.name) {
        case 'first-child': if (idx !== 0) { return false; } break;
        case 'last-child': if (idx !== sibs.length - 1) { return false; } break;
        case 'only-child': if (sibs.length !== 1) { return false; } break;
        case 'nth-child': if (!nthMatch(p.arg, idx + 1)) { return false; } break;
        case 'nth-last-child': if (!nthMatch(p.arg, sibs.length - idx)) { return false; } break;
        case 'first-of-type': if (sibs.filter(function (s) { return s.name === el.name; })[0] !== el) { return false; } break;
        case 'last-of-type': var ofType = sibs.filter(function (s) { return s.name === el.name; }); if (ofType[ofType.length - 1] !== el) { return false; } break;
        case 'nth-of-type': if (!nthMatch(p.arg, sibs.filter(function (s) { return s.name === el.name; }).indexOf(el) + 1)) { return false; } break;
        case 'contains': if (textOf([el]).indexOf(p.arg) < 0) { return false; } break;
        case 'not': if (matchesSelector(el, p.arg)) { return false; } break;
        case 'has': if (!selectAll([el], p.arg).length) { return false; } break;
        case 'empty': if ((el.children || []).some(function (ch) { return isTag(ch) || (ch.type === 'text' && ch.data.length); })) { return false; } break;
        case 'checked': if (el.attribs.checked === undefined && el.attribs.selected === undefined) { return false; } break;
        case 'selected': if (el.attribs.selected === undefined) { return false; } break;
        case 'disabled': if (el.attribs.disabled === undefined) { return false; } break;
        case 'enabled': if (el.attribs.disabled !== undefined) { return false; } break;
        case 'root': if (el.parent && el.parent.type !== 'root') { return false; } break;
        case 'header': if (!/^h[1-6]$/.test(el.name)) { return false; } break;
        case 'first': case 'last': case 'eq': case 'gt': case 'lt': case 'even': case 'odd': break;
        default: throw new Error('unmatched pseudo-class :' + p.name);
      }
    }
    return true;
  }
  function complexMatch(el, tokens, idx) {
    var t = tokens[idx];
    if (!compoundMatch(el, t.c)) { return false; }
    if (idx === 0) { return true; }
    switch (t.comb) {
      case '>': return isTag(el.parent) && complexMatch(el.parent, tokens, idx - 1);
      case '+': var p = el.prev; while (p && !isTag(p)) { p = p.prev; } return !!p && complexMatch(p, tokens, idx - 1);
      case '~': for (var s = el.prev; s; s = s.prev) { if (isTag(s) && complexMatch(s, tokens, idx - 1)) { return true; } } return false;
      default: for (var a = el.parent; a && a.type !== 'root'; a = a.parent) { if (complexMatch(a, tokens, idx - 1)) { return true; } } return false;
    }
  }
  function matchesSelector(el, sel) {
    return parseSelector(sel).some(function (tokens) { return complexMatch(el, tokens, tokens.length - 1); });
  }
  function positional(tokens) {
    var last = tokens[tokens.length - 1].c.pseudos.filter(function (p) { return /^(first|last|eq|gt|lt|even|odd)$/.test(p.name); });
    return last;
  }
  function applyPositional(list, ps) {
    ps.forEach(function (p) {
      var n = parseInt(p.arg, 10);
      switch (p.name) {
        case 'first': list = list.slice(0, 1); break;
        case 'last': list = list.slice(-1); break;
        case 'eq': list = n < 0 ? list.slice(n, n + 1 || undefined) : list.slice(n, n + 1); break;
        case 'gt': list = list.slice(n + 1); break;
        case 'lt': list = list.slice(0, Math.max(n, 0)); break;
        case 'even': list = list.filter(function (x, i) { return i % 2 === 0; }); break;
        case 'odd': list = list.filter(function (x, i) { return i % 2 === 1; }); break;
      }
    });
    return list;
  }
  function descendants(nodes) {
    var out = [];
    (function walk(list) { list.forEach(function (n) { if (isTag(n)) { out.push(n); } if (n.children) { walk(n.children); } }); })(nodes);
    return out;
  }
  function selectAll(contexts, sel) {
    var groups = parseSelector(sel), all = [];
    var cands = descendants([].concat.apply([], contexts.map(function (c) { return c.children || []; })));
    groups.forEach(function (tokens) {
      var found = cands.filter(function (el) { return complexMatch(el, tokens, tokens.length - 1); });
      if (tokens[0].comb === '>' ) { found = found.filter(function (el) { return true; }); }
      found = applyPositional(found, positional(tokens));
      found.forEach(function (el) { if (all.indexOf(el) < 0) { all.push(el); } });
    });
    if (groups.length > 1) { var order = cands; all.sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); }); }
    return all;
  }

  // ---- Cheerio objects ----
  function load(content, options) {
    var root = typeof content === 'object' && content !== null ? wrapRoot(content) : build(N.parseHTML(String(content === undefined ? '' : content)));
    function Cheerio(nodes, prevObject) {
      var self = this;
      nodes = nodes || [];
      for (var i = 0; i < nodes.length; i++) { this[i] = nodes[i]; }
      this.length = nodes.length;
      this._root = root;
      this.prevObject = prevObject;
      void self;
    }
    function make(nodes, prev) { return new Cheerio(uniq(nodes), prev); }
    function uniq(nodes) { var out = []; nodes.forEach(function (n) { if (n && out.indexOf(n) < 0) { out.push(n); } }); return out; }
    function toNodes(x) {
      if (x instanceof Cheerio) { return x.toArray(); }
      if (Array.isArray(x)) { return x; }
      if (x && typeof x === 'object' && x.type) { return [x]; }
      if (typeof x === 'string') { return /^\s*</.test(x) ? build(N.parseHTML(x)).children : selectAll([root], x); }
      return [];
    }
    var $ = function (selector, context) {
      if (selector === undefined || selector === null || selector === '') { return make([]); }
      if (selector instanceof Cheerio) { return selector; }
      if (typeof selector === 'string' && /^\s*</.test(selector)) {
        var frag = build(N.parseHTML(selector));
        return make(frag.children);
      }
      if (typeof selector === 'string') {
        var ctx = context === undefined ? [root] : (typeof context === 'string' ? selectAll([root], context) : toNodes(context));
        return make(selectAll(ctx, selector));
      }
      return make(toNodes(selector));
    };
    var P = Cheerio.prototype;
    P.cheerio = '[cheerio object]';
    P.toArray = function () { return Array.prototype.slice.call(this, 0, this.length); };
    P.get = function (i) { return i === undefined ? this.toArray() : this[i < 0 ? this.length + i : i]; };
    P.eq = function (i) { i = +i; if (i < 0) { i = this.length + i; } return make(this[i] ? [this[i]] : [], this); };
    P.first = function () { return this.eq(0); };
    P.last = function () { return this.eq(-1); };
    P.slice = function (a, b) { return make(this.toArray().slice(a, b), this); };
    P.each = function (fn) { for (var i = 0; i < this.length; i++) { if (fn.call(this[i], i, this[i]) === false) { break; } } return this; };
    P.map = function (fn) {
      var out = [];
      for (var i = 0; i < this.length; i++) { var r = fn.call(this[i], i, this[i]); if (r != null) { out = out.concat(r); } }
      return make(out, this);
    };
    P.filter = function (m) {
      var self = this;
      return make(this.toArray().filter(function (el, i) {
        if (typeof m === 'function') { return m.call(el, i, el); }
        if (typeof m === 'string') { return isTag(el) && matchesSelector(el, m); }
        return toNodes(m).indexOf(el) >= 0;
      }), self);
    };
    P.not = function (m) {
      var keep = this.filter(m).toArray();
      return make(this.toArray().filter(function (el) { return keep.indexOf(el) < 0; }), this);
    };
    P.is = function (m) { return this.filter(m).length > 0; };
    P.has = function (sel) { return this.filter(function () { return typeof sel === 'string' ? selectAll([this], sel).length > 0 : descendants(this.children || []).indexOf(toNodes(sel)[0]) >= 0; }); };
    P.find = function (sel) {
      if (typeof sel !== 'string') { var targets = toNodes(sel), scope = descendants(this.toArray().map(function (n) { return n; }).reduce(function (a, n) { return a.concat(n.children || []); }, [])); return make(targets.filter(function (t) { return scope.indexOf(t) >= 0; }), this); }
      return make(selectAll(this.toArray(), sel), this);
    };
    P.children = function (sel) {
      var out = [];
      this.each(function () { out = out.concat(elementChildren(this)); });
      return sel ? make(out, this).filter(sel) : make(out, this);
    };
    P.contents = function () { var out = []; this.each(function () { out = out.concat(this.children || []); }); return make(out, this); };
    P.parent = function (sel) {
      var out = [];
      this.each(function () { if (this.parent && this.parent.type !== 'root') { out.push(this.parent); } });
      return sel ? make(out, this).filter(sel) : make(out, this);
    };
    P.parents = function (sel) {
      var out = [];
      this.each(function () { for (var p = this.parent; p && p.type !== 'root'; p = p.parent) { out.push(p); } });
      return sel ? make(out, this).filter(sel) : make(out, this);
    };
    P.closest = function (sel) {
      var out = [];
      this.each(function () { for (var p = this; p && p.type !== 'root'; p = p.parent) { if (isTag(p) && matchesSelector(p, sel)) { out.push(p); break; } } });
      return make(out, this);
    };
    function sibling(dir, all) {
      return function (sel) {
        var out = [];
        this.each(function () {
          for (var s = this[dir]; s; s = s[dir]) { if (isTag(s)) { out.push(s); if (!all) { break; } } }
        });
        return sel ? make(out, this).filter(sel) : make(out, this);
      };
    }
    P.next = sibling('next', false);
    P.prev = sibling('prev', false);
    P.nextAll = sibling('next', true);
    P.prevAll = sibling('prev', true);
    P.siblings = function (sel) {
      var out = [];
      this.each(function () { var me = this; if (me.parent) { elementChildren(me.parent).forEach(function (s) { if (s !== me) { out.push(s); } }); } });
      return sel ? make(out, this).filter(sel) : make(out, this);
    };
    P.index = function (sel) {
      if (sel === undefined) { var el = this[0]; return el && el.parent ? elementChildren(el.parent).indexOf(el) : -1; }
      var list = typeof sel === 'string' ? $(sel).toArray() : toNodes(sel);
      return typeof sel === 'string' ? list.indexOf(this[0]) : this.toArray().indexOf(list[0]);
    };
    P.add = function (x, ctx) { return make(this.toArray().concat(typeof x === 'string' ? $(x, ctx).toArray() : toNodes(x)), this); };
    P.end = function () { return this.prevObject || make([]); };
    P.text = function (t) {
      if (t === undefined) { return textOf(this.toArray()); }
      this.each(function () { this.children = [{ type: 'text', data: String(t), parent: this, prev: null, next: null }]; });
      return this;
    };
    P.html = function (h) {
      if (h === undefined) { return this[0] ? (this[0].children || []).map(render).join('') : null; }
      this.each(function () { var frag = build(N.parseHTML(String(h))); this.children = frag.children; link(this); });
      return this;
    };
    P.toString = function () { return this.toArray().map(render).join(''); };
    P.attr = function (name, value) {
      if (typeof name === 'object') { var self = this; Object.keys(name).forEach(function (k) { self.attr(k, name[k]); }); return this; }
      if (value === undefined) {
        var el = this[0];
        if (!el || !isTag(el)) { return undefined; }
        if (name === undefined) { return Object.assign({}, el.attribs); }
        if (Object.prototype.hasOwnProperty.call(el.attribs, name) && BOOLEAN.test(name)) { return name; }
        return el.attribs[name];
      }
      return this.each(function (i) {
        if (!isTag(this)) { return; }
        var v = typeof value === 'function' ? value.call(this, i, this.attribs[name]) : value;
        if (v === null) { delete this.attribs[name]; } else { this.attribs[name] = String(v); }
      });
    };
    P.removeAttr = function (name) { return this.each(function () { if (this.attribs) { delete this.attribs[name]; } }); };
    P.prop = function (name) { var el = this[0]; if (!el) { return undefined; } if (name === 'tagName' || name === 'nodeName') { return el.name.toUpperCase(); } if (name === 'checked' || name === 'selected' || name === 'disabled') { return el.attribs[name] !== undefined; } return el.attribs[name]; };
    P.data = function (name) {
      var el = this[0];
      if (!el || !isTag(el)) { return undefined; }
      function conv(v) { if (v === 'true') { return true; } if (v === 'false') { return false; } if (v === 'null') { return null; } if (v !== '' && !isNaN(+v)) { return +v; } if (/^[[{]/.test(v)) { try { return JSON.parse(v); } catch (e) { return v; } } return v; }
      var out = {};
      Object.keys(el.attribs).forEach(function (k) { if (k.indexOf('data-') === 0) { out[k.slice(5).replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); })] = conv(el.attribs[k]); } });
      return name === undefined ? out : out[name];
    };
    P.val = function (v) {
      var el = this[0];
      if (v !== undefined) { return this.attr('value', v); }
      if (!el) { return undefined; }
      if (el.name === 'textarea') { return textOf([el]); }
      if (el.name === 'select') { var opt = selectAll([el], 'option[selected]')[0] || selectAll([el], 'option')[0]; return opt ? (opt.attribs.value !== undefined ? opt.attribs.value : textOf([opt])) : undefined; }
      return el.attribs.value;
    };
    P.hasClass = function (c) { return this.toArray().some(function (el) { return isTag(el) && (el.attribs['class'] || '').split(/\s+/).indexOf(c) >= 0; }); };
    P.addClass = function (c) {
      return this.each(function () {
        if (!isTag(this)) { return; }
        var cls = (this.attribs['class'] || '').split(/\s+/).filter(Boolean);
        String(c).split(/\s+/).forEach(function (x) { if (x && cls.indexOf(x) < 0) { cls.push(x); } });
        this.attribs['class'] = cls.join(' ');
      });
    };
    P.removeClass = function (c) {
      return this.each(function () {
        if (!isTag(this)) { return; }
        if (c === undefined) { this.attribs['class'] = ''; return; }
        var rm = String(c).split(/\s+/);
        this.attribs['class'] = (this.attribs['class'] || '').split(/\s+/).filter(function (x) { return x && rm.indexOf(x) < 0; }).join(' ');
      });
    };
    P.remove = function () {
      return this.each(function () {
        var p = this.parent;
        if (p && p.children) { p.children.splice(p.children.indexOf(this), 1); link(p); }
        this.parent = null;
      });
    };
    function insert(where) {
      return function (content) {
        return this.each(function () {
          var el = this, nodes = typeof content === 'string' && !/^\s*</.test(content) ? [{ type: 'text', data: content }] : toNodes(typeof content === 'string' ? $(content) : content);
          nodes = nodes.map(function (n) { return n; });
          var target = where === 'before' || where === 'after' ? el.parent : el;
          if (!target || !target.children) { return; }
          var idx = where === 'append' ? target.children.length : where === 'prepend' ? 0 : where === 'before' ? target.children.indexOf(el) : target.children.indexOf(el) + 1;
          Array.prototype.splice.apply(target.children, [idx, 0].concat(nodes));
          link(target);
        });
      };
    }
    P.append = insert('append');
    P.prepend = insert('prepend');
    P.before = insert('before');
    P.after = insert('after');
    P.replaceWith = function (content) { this.before(content); return this.remove(); };
    P.empty = function () { return this.each(function () { if (this.children) { this.children = []; } }); };
    P.clone = function () { return make(this.toArray().map(function (n) { return build(N.parseHTML(render(n))).children[0]; })); };
    P.serializeArray = function () {
      var out = [];
      selectAll(this.toArray(), 'input[name], select[name], textarea[name]').forEach(function (el) {
        if (el.attribs.disabled !== undefined) { return; }
        var type = (el.attribs.type || '').toLowerCase();
        if ((type === 'checkbox' || type === 'radio') && el.attribs.checked === undefined) { return; }
        if (type === 'submit' || type === 'button' || type === 'file' || type === 'reset') { return; }
        out.push({ name: el.attribs.name, value: $(el).val() || '' });
      });
      return out;
    };
    $.root = function () { return make([root]); };
    $.html = function (sel) { return sel === undefined ? render(root) : $(sel).toArray().map(render).join(''); };
    $.xml = $.html;
    $.text = function (nodes) { return textOf(nodes ? toNodes(nodes) : [root]); };
    $.contains = function (container, contained) { for (var p = contained.parent; p; p = p.parent) { if (p === container) { return true; } } return false; };
    $.parseHTML = function (h) { return build(N.parseHTML(String(h))).children; };
    $.load = load;
    $.fn = P;
    $._root = root;
    return $;
  }
  function wrapRoot(nodes) {
    var root = { type: 'root', name: 'root', attribs: {}, children: Array.isArray(nodes) ? nodes : [nodes], parent: null };
    return root;
  }
  var cheerio = function (sel, ctx, root) { return load(root || '')(sel, ctx); };
  cheerio.load = load;
  cheerio.version = '0.22.0';
  cheerio.html = function (x) { return load('').html !== undefined ? (x && x.toString ? x.toString() : '') : ''; };
  cheerio.text = function (nodes) { return textOf(nodes && nodes.toArray ? nodes.toArray() : [].concat(nodes || [])); };
  return cheerio;
})
