(function (N) {
  'use strict';
  // xml2js 0.6 object building over the Go XML tokenizer.
  var defaults = {
    explicitCharkey: false, trim: false, normalize: false, normalizeTags: false, attrkey: '$', charkey: '_', explicitArray: true,
    ignoreAttrs: false, mergeAttrs: false, explicitRoot: true, validator: null, xmlns: false, explicitChildren: false,
    preserveChildrenOrder: false, childkey: '$$', charsAsChildren: false, includeWhiteChars: false, async: false, strict: true,
    attrNameProcessors: null, attrValueProcessors: null, tagNameProcessors: null, valueProcessors: null, emptyTag: ''
  };
  function processName(processors, item, key) {
    (processors || []).forEach(function (p) { item = p(item, key); });
    return item;
  }
  function build(tree, o) {
    var attrkey = o.attrkey, charkey = o.charkey;
    function assignOrPush(obj, key, value) {
      if (!(key in obj)) {
        obj[key] = o.explicitArray ? [value] : value;
      } else {
        if (!Array.isArray(obj[key])) { obj[key] = [obj[key]]; }
        obj[key].push(value);
      }
    }
    function visit(node) {
      var name = node[0], attrs = node[1], children = node[2];
      var obj = {};
      obj[charkey] = '';
      if (!o.ignoreAttrs) {
        attrs.forEach(function (a) {
          if (!(attrkey in obj) && !o.mergeAttrs) { obj[attrkey] = {}; }
          var value = o.attrValueProcessors ? processName(o.attrValueProcessors, a[1], a[0]) : a[1];
          var key = o.attrNameProcessors ? processName(o.attrNameProcessors, a[0]) : a[0];
          if (o.mergeAttrs) { assignOrPush(obj, key, value); } else { obj[attrkey][key] = value; }
        });
      }
      var nodeName = o.tagNameProcessors ? processName(o.tagNameProcessors, name) : name;
      if (o.normalizeTags) { nodeName = nodeName.toLowerCase(); }
      var ordered = [];
      children.forEach(function (c) {
        if (typeof c === 'string') {
          obj[charkey] += c;
          if (o.explicitChildren && o.preserveChildrenOrder && o.charsAsChildren && (o.includeWhiteChars || c.replace(/\\n/g, '').trim() !== '')) {
            var cn = { '#name': '__text__' };
            cn[charkey] = o.trim ? c.trim() : c;
            if (o.normalize) { cn[charkey] = cn[charkey].replace(/\s{2,}/g, ' ').trim(); }
            ordered.push(cn);
          }
          return;
        }
        var r = visit(c);
        if (o.explicitChildren) {
          if (!o.preserveChildrenOrder) {
            obj[o.childkey] = obj[o.childkey] || {};
            assignOrPush(obj[o.childkey], r.name, r.value);
          } else {
            ordered.push(r.value);
          }
        } else {
          assignOrPush(obj, r.name, r.value);
        }
      });
      var emptyStr = '';
      if (/^\s*$/.test(obj[charkey])) {
        emptyStr = obj[charkey];
        delete obj[charkey];
      } else {
        if (o.trim) { obj[charkey] = obj[charkey].trim(); }
        if (o.normalize) { obj[charkey] = obj[charkey].replace(/\s{2,}/g, ' ').trim(); }
        obj[charkey] = o.valueProcessors ? processName(o.valueProcessors, obj[charkey], nodeName) : obj[charkey];
        if (Object.keys(obj).length === 1 && charkey in obj && !o.explicitCharkey) { obj = obj[charkey]; }
      }
      if (o.explicitChildren && o.preserveChildrenOrder && ordered.length && typeof obj === 'object') {
        obj[o.childkey] = ordered;
      }
      if (typeof obj === 'object' && obj !== null && Object.keys(obj).length === 0) {
        obj = typeof o.emptyTag === 'function' ? o.emptyTag() : (o.emptyTag !== '' ? o.emptyTag : emptyStr);
      }
      if (o.explicitChildren && o.preserveChildrenOrder && typeof obj === 'object' && obj !== null) { obj['#name'] = nodeName; }
      return { name: nodeName, value: obj };
    }
    if (!tree) { return null; }
    var r = visit(tree);
    if (o.explicitRoot) { var out = {}; out[r.name] = r.value; return out; }
    return r.value;
  }
  function Parser(opts) {
    if (!(this instanceof Parser)) { return new Parser(opts); }
    this.options = Object.assign({}, defaults, opts || {});
    this._listeners = {};
  }
  Parser.prototype.on = function (ev, fn) { (this._listeners[ev] = this._listeners[ev] || []).push(fn); return this; };
  Parser.prototype.emit = function (ev, v) { (this._listeners[ev] || []).forEach(function (f) { f(v); }); };
  Parser.prototype.reset = function () { return this; };
  Parser.prototype.parseString = function (str, cb) {
    var result, err = null;
    try {
      str = String(str);
      if (str.trim() === '') { result = null; } else { result = build(N.parseXML(str.replace(/^\uFEFF/, '')), this.options); }
    } catch (e) {
      err = e instanceof Error ? e : new Error(String(e));
    }
    if (err) { this.emit('error', err); } else { this.emit('end', result); }
    if (typeof cb === 'function') {
      if (err) { cb(err); } else { cb(null, result); }
    }
  };
  Parser.prototype.parseStringPromise = function (str) {
    var self = this;
    return new Promise(function (resolve, reject) {
      self.parseString(str, function (err, r) { if (err) { reject(err); } else { resolve(r); } });
    });
  };
  function parseString(str, a, b) {
    var cb = typeof a === 'function' ? a : b, opts = typeof a === 'object' ? a : {};
    new Parser(opts).parseString(str, cb);
  }
  function escapeXML(s, attr) {
    s = String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return attr ? s.replace(/"/g, '&quot;') : s;
  }
  function Builder(opts) {
    if (!(this instanceof Builder)) { return new Builder(opts); }
    this.options = Object.assign({ attrkey: '$', charkey: '_', rootName: 'root', renderOpts: { pretty: true, indent: '  ', newline: '\n' }, xmldec: { version: '1.0', encoding: 'UTF-8', standalone: true }, headless: false, cdata: false }, opts || {});
  }
  Builder.prototype.buildObject = function (root) {
    var o = this.options, attrkey = o.attrkey, charkey = o.charkey;
    var pretty = o.renderOpts.pretty !== false, indent = o.renderOpts.indent === undefined ? '  ' : o.renderOpts.indent, nl = pretty ? (o.renderOpts.newline === undefined ? '\n' : o.renderOpts.newline) : '';
    var rootName = o.rootName;
    var keys = root && typeof root === 'object' ? Object.keys(root) : [];
    if (keys.length === 1 && rootName === 'root') { rootName = keys[0]; root = root[rootName]; }
    var out = [];
    function text(v) {
      v = String(v);
      if (o.cdata && /[<&]/.test(v) && v.indexOf(']]>') < 0) { return '<![CDATA[' + v + ']]>'; }
      return escapeXML(v);
    }
    function render(name, value, depth) {
      var pad = pretty ? new Array(depth + 1).join(indent) : '';
      if (Array.isArray(value)) { value.forEach(function (v) { render(name, v, depth); }); return; }
      if (value === null || value === undefined || typeof value !== 'object') {
        var t = value === null || value === undefined ? '' : text(value);
        out.push(pad + (t === '' ? '<' + name + '/>' : '<' + name + '>' + t + '</' + name + '>') + nl);
        return;
      }
      var attrs = '';
      if (value[attrkey]) { Object.keys(value[attrkey]).forEach(function (k) { attrs += ' ' + k + '="' + escapeXML(value[attrkey][k], true) + '"'; }); }
      var childKeys = Object.keys(value).filter(function (k) { return k !== attrkey && k !== charkey; });
      var hasText = value[charkey] !== undefined;
      if (!childKeys.length) {
        out.push(pad + (hasText ? '<' + name + attrs + '>' + text(value[charkey]) + '</' + name + '>' : '<' + name + attrs + '/>') + nl);
        return;
      }
      out.push(pad + '<' + name + attrs + '>' + (hasText ? text(value[charkey]) : '') + nl);
      childKeys.forEach(function (k) { render(k, value[k], depth + 1); });
      out.push(pad + '</' + name + '>' + nl);
    }
    render(rootName, root, 0);
    var s = out.join('');
    if (pretty && nl && s.slice(-nl.length) === nl) { s = s.slice(0, -nl.length); }
    if (!o.headless) {
      var d = o.xmldec;
      var dec = '<?xml version="' + (d.version || '1.0') + '"' + (d.encoding ? ' encoding="' + d.encoding + '"' : '') + (d.standalone !== undefined ? ' standalone="' + (d.standalone ? 'yes' : 'no') + '"' : '') + '?>';
      s = dec + nl + s;
    }
    return s;
  };
  var processors = {
    normalize: function (s) { return s.toLowerCase(); },
    firstCharLowerCase: function (s) { return s.charAt(0).toLowerCase() + s.slice(1); },
    stripPrefix: function (s) { return s.replace(/^.*:/, ''); },
    parseNumbers: function (s) { if (!isNaN(s)) { s = s % 1 === 0 ? parseInt(s, 10) : parseFloat(s); } return s; },
    parseBooleans: function (s) { if (/^(?:true|false)$/i.test(s)) { s = s.toLowerCase() === 'true'; } return s; }
  };
  var x = {
    Parser: Parser, Builder: Builder, parseString: parseString,
    parseStringPromise: function (str, opts) { return new Parser(opts).parseStringPromise(str); },
    processors: processors, defaults: { '0.2': defaults, '0.1': defaults }, ValidationError: function (m) { this.message = m; }
  };
  Object.defineProperty(x, '__xml2Json', {
    value: function (str) {
      var out;
      parseString(str, { explicitArray: false, async: false, trim: true, mergeAttrs: false }, function (err, r) { out = r; });
      return out;
    }
  });
  return x;
})
