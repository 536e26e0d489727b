(function (N, require) {
  'use strict';
  // A small subset of the postman-collection SDK: Property.replaceSubstitutions
  // (with dynamic variables), QueryParam, Header, HeaderList, Url, Variable,
  // VariableList, Request and Response.
  var qs = require('querystring');
  var G = require('globals');
  function lookupVars(vars) {
    if (!vars) { return function () { return undefined; }; }
    var list = Array.isArray(vars) ? vars : [vars];
    return function (name) {
      for (var i = list.length - 1; i >= 0; i--) {
        var v = list[i];
        if (!v) { continue; }
        if (typeof v.get === 'function' && typeof v.has === 'function') { if (v.has(name)) { return v.get(name); } continue; }
        if (Array.isArray(v)) {
          for (var j = v.length - 1; j >= 0; j--) { if (v[j] && v[j].key === name && !v[j].disabled) { return v[j].value; } }
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(v, name)) { return v[name]; }
      }
      return undefined;
    };
  }
  function replaceSubstitutions(str, vars) {
    if (typeof str !== 'string') { return str; }
    var get = lookupVars(vars);
    for (var depth = 0; depth < 20; depth++) {
      var changed = false;
      str = str.replace(/\{\{([^{}]+)\}\}/g, function (m, name) {
        var v = get(name);
        if (v === undefined && name.charAt(0) === '$') { v = N.resolveDynamic(name); }
        if (v === undefined) { return m; }
        changed = true;
        return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
      });
      if (!changed) { break; }
    }
    return str;
  }
  function Property(def) { if (def) { Object.assign(this, def); } }
  Property.replaceSubstitutions = replaceSubstitutions;
  Property.replaceSubstitutionsIn = function (obj, vars) {
    if (typeof obj === 'string') { return replaceSubstitutions(obj, vars); }
    if (Array.isArray(obj)) { return obj.map(function (x) { return Property.replaceSubstitutionsIn(x, vars); }); }
    if (obj && typeof obj === 'object') { Object.keys(obj).forEach(function (k) { obj[k] = Property.replaceSubstitutionsIn(obj[k], vars); }); }
    return obj;
  };
  function QueryParam(def) {
    if (typeof def === 'string') { def = QueryParam.parseSingle(def); }
    this.key = def && def.key !== undefined ? def.key : null;
    this.value = def && def.value !== undefined ? def.value : null;
    if (def && def.disabled) { this.disabled = true; }
  }
  QueryParam.parseSingle = function (s) {
    var i = s.indexOf('=');
    return i < 0 ? { key: s, value: null } : { key: s.slice(0, i), value: s.slice(i + 1) };
  };
  QueryParam.parse = function (s) {
    if (typeof s !== 'string' || s === '') { return []; }
    return s.replace(/^\?/, '').split('&').map(QueryParam.parseSingle);
  };
  QueryParam.unparseSingle = function (p, encode) {
    if (!p) { return ''; }
    var k = p.key == null ? '' : String(p.key), v = p.value;
    if (encode) { k = encodeURIComponent(k); if (v != null) { v = encodeURIComponent(v); } }
    return v == null ? k : k + '=' + v;
  };
  QueryParam.unparse = function (params, opts) {
    if (!params) { return ''; }
    var encode = opts && opts.encode;
    if (!Array.isArray(params)) { params = Object.keys(params).map(function (k) { return { key: k, value: params[k] }; }); }
    return params.filter(function (p) { return p && !p.disabled; }).map(function (p) { return QueryParam.unparseSingle(p, encode); }).join('&');
  };
  QueryParam.prototype.toString = function () { return QueryParam.unparseSingle(this); };
  function Header(def, value) {
    if (typeof def === 'string') { def = value === undefined ? Header.parseSingle(def) : { key: def, value: value }; }
    this.key = def ? def.key : '';
    this.value = def ? def.value : '';
    if (def && def.disabled) { this.disabled = true; }
  }
  Header.parseSingle = function (s) {
    var i = String(s).indexOf(':');
    return i < 0 ? { key: String(s).trim(), value: '' } : { key: s.slice(0, i).trim(), value: s.slice(i + 1).trim() };
  };
  Header.parse = function (s) { return String(s || '').split(/\r?\n/).filter(function (l) { return l.trim(); }).map(Header.parseSingle); };
  Header.unparseSingle = function (h) { return h.key + ': ' + h.value; };
  Header.unparse = function (list, sep) { return list.filter(function (h) { return !h.disabled; }).map(Header.unparseSingle).join(sep || '\n'); };
  Header.prototype.toString = function () { return Header.unparseSingle(this); };
  function Url(def) {
    if (typeof def === 'string') { def = Url.parse(def); }
    def = def || {};
    this.protocol = def.protocol;
    this.auth = def.auth;
    this.host = typeof def.host === 'string' ? def.host.split('.') : def.host;
    this.port = def.port;
    this.path = typeof def.path === 'string' ? def.path.replace(/^\//, '').split('/') : def.path;
    this.hash = def.hash;
    this.query = (def.query || []).map(function (q) { return q instanceof QueryParam ? q : new QueryParam(q); });
    this.variable = def.variable || [];
  }
  Url.parse = function (s) {
    s = String(s);
    var out = {}, m;
    if ((m = /^([^:/?#]+):\/\//.exec(s))) { out.protocol = m[1]; s = s.slice(m[0].length); }
    var h = s.indexOf('#');
    if (h >= 0) { out.hash = s.slice(h + 1); s = s.slice(0, h); }
    var q = s.indexOf('?');
    if (q >= 0) { out.query = QueryParam.parse(s.slice(q + 1)); s = s.slice(0, q); }
    var slash = s.indexOf('/');
    var hostPart = slash < 0 ? s : s.slice(0, slash);
    if (slash >= 0) { out.path = s.slice(slash + 1).split('/'); }
    var at = hostPart.lastIndexOf('@');
    if (at >= 0) { var auth = hostPart.slice(0, at), c = auth.indexOf(':'); out.auth = { user: c < 0 ? auth : auth.slice(0, c), password: c < 0 ? undefined : auth.slice(c + 1) }; hostPart = hostPart.slice(at + 1); }
    var pm = /:(\d+|\{\{[^}]+\}\})$/.exec(hostPart);
    if (pm) { out.port = pm[1]; hostPart = hostPart.slice(0, pm.index); }
    out.host = hostPart.split('.');
    return out;
  };
  Url.prototype.getHost = function () { return (this.host || []).join('.'); };
  Url.prototype.getPath = function () { return '/' + (this.path || []).join('/'); };
  Url.prototype.getQueryString = function (opts) { return QueryParam.unparse(this.query, opts); };
  Url.prototype.getPathWithQuery = function () { var q = this.getQueryString(); return this.getPath() + (q ? '?' + q : ''); };
  Url.prototype.getRemote = function () { return this.getHost() + (this.port ? ':' + this.port : ''); };
  Url.prototype.toString = function () {
    var s = this.protocol ? this.protocol + '://' : '';
    if (this.auth && this.auth.user !== undefined) { s += this.auth.user + (this.auth.password !== undefined ? ':' + this.auth.password : '') + '@'; }
    s += this.getRemote();
    if (this.path && this.path.length) { s += this.getPath(); }
    var q = this.getQueryString();
    if (q) { s += '?' + q; }
    if (this.hash) { s += '#' + this.hash; }
    return s;
  };
  Url.isUrl = function (u) { return u instanceof Url; };
  function Variable(def) { def = def || {}; this.key = def.key; this.value = def.value; this.type = def.type || 'any'; if (def.disabled) { this.disabled = true; } }
  Variable.prototype.get = function () { return this.value; };
  Variable.prototype.set = function (v) { this.value = v; };
  Variable.prototype.toString = function () { return String(this.value); };
  function VariableList(parent, list) {
    this.members = (list || []).map(function (v) { return v instanceof Variable ? v : new Variable(v); });
  }
  VariableList.prototype.has = function (k) { return this.members.some(function (m) { return m.key === k && !m.disabled; }); };
  VariableList.prototype.get = function (k) { for (var i = this.members.length - 1; i >= 0; i--) { if (this.members[i].key === k && !this.members[i].disabled) { return this.members[i].value; } } return undefined; };
  VariableList.prototype.set = function (k, v) { var m = this.members.filter(function (x) { return x.key === k; })[0]; if (m) { m.value = v; } else { this.members.push(new Variable({ key: k, value: v })); } };
  VariableList.prototype.toObject = function () { var o = {}; this.members.forEach(function (m) { if (!m.disabled) { o[m.key] = m.value; } }); return o; };
  VariableList.prototype.replace = function (s) { return replaceSubstitutions(s, this); };
  VariableList.prototype.count = function () { return this.members.length; };
  VariableList.prototype.each = function (fn) { this.members.forEach(fn); };
  // HeaderList: the read side of the SDK's PropertyList of headers
  // (get is case-insensitive and returns the last enabled value).
  function HeaderList(parent, list) {
    if (typeof list === 'string') { list = Header.parse(list); }
    if (list && !Array.isArray(list) && typeof list === 'object') { list = Object.keys(list).map(function (k) { return { key: k, value: list[k] }; }); }
    this.members = (list || []).map(function (h) { return h instanceof Header ? h : new Header(h); });
  }
  HeaderList.prototype._find = function (k) {
    var want = String(k).toLowerCase(), found;
    this.members.forEach(function (h) { if (!h.disabled && String(h.key).toLowerCase() === want) { found = h; } });
    return found;
  };
  HeaderList.prototype.get = function (k) { var h = this._find(k); return h ? h.value : undefined; };
  HeaderList.prototype.one = function (k) { return this._find(k); };
  HeaderList.prototype.has = function (k, v) { var h = this._find(k); return !!h && (arguments.length < 2 || h.value === v); };
  HeaderList.prototype.all = function () { return this.members.slice(); };
  HeaderList.prototype.count = function () { return this.members.length; };
  HeaderList.prototype.each = function (fn, ctx) { this.members.forEach(fn, ctx); };
  HeaderList.prototype.add = function (h) { this.members.push(h instanceof Header ? h : new Header(h)); };
  HeaderList.prototype.toObject = function () { var o = {}; this.members.forEach(function (h) { if (!h.disabled) { o[String(h.key).toLowerCase()] = h.value; } }); return o; };
  HeaderList.prototype.toJSON = function () { return this.members.map(function (h) { return { key: h.key, value: h.value }; }); };
  HeaderList.prototype.toString = function () { return Header.unparse(this.members); };

  var REASONS = {
    100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
    204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
    304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
    413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'
  };

  // Response: the SDK's Response built from {code, status, header, body |
  // stream, responseTime}, with text(), json(), reason(), size() and toJSON().
  function Response(def) {
    def = def || {};
    this.code = def.code;
    this.status = def.status !== undefined ? def.status : REASONS[def.code];
    this.headers = new HeaderList(this, def.header || def.headers);
    if (def.body !== undefined) { this.body = def.body; }
    if (def.stream !== undefined) { this.stream = def.stream; }
    this.responseTime = def.responseTime;
    this.cookies = def.cookie || def.cookies || [];
  }
  Response.isResponse = function (r) { return r instanceof Response; };
  Response.prototype.text = function () {
    if (this.stream !== undefined && this.stream !== null) {
      var st = this.stream;
      if (G.Buffer.isBuffer(st)) { return st.toString(); }
      var bytes = st.type === 'Buffer' && Array.isArray(st.data) ? st.data : st;
      return new G.TextDecoder().decode(new Uint8Array(bytes));
    }
    return this.body === undefined || this.body === null ? '' : String(this.body);
  };
  Response.prototype.json = function (reviver) { return JSON.parse(this.text().replace(/^\uFEFF/, ''), reviver); };
  Response.prototype.reason = function () { return this.status || REASONS[this.code]; };
  Response.prototype.size = function () {
    var body = new G.TextEncoder().encode(this.text()).length;
    var header = this.headers.toString().length;
    return { body: body, header: header, total: body + header };
  };
  Response.prototype.toJSON = function () {
    return { code: this.code, status: this.status, header: this.headers.toJSON(), body: this.body, responseTime: this.responseTime };
  };

  // Request: the SDK's Request from a URL string or {url, method, header,
  // body}.
  function Request(def) {
    if (typeof def === 'string') { def = { url: def }; }
    def = def || {};
    this.url = def.url instanceof Url ? def.url : new Url(def.url || '');
    this.method = def.method ? String(def.method).toUpperCase() : 'GET';
    this.headers = new HeaderList(this, def.header || def.headers);
    if (def.body !== undefined) { this.body = def.body; }
  }
  Request.isRequest = function (r) { return r instanceof Request; };
  Request.prototype.getHeaders = function () { return this.headers.toObject(); };
  Request.prototype.addHeader = function (h) { this.headers.add(h); };
  Request.prototype.toJSON = function () {
    var o = { url: this.url.toString(), method: this.method, header: this.headers.toJSON() };
    if (this.body !== undefined) { o.body = this.body; }
    return o;
  };

  void qs;
  return {
    Property: Property, QueryParam: QueryParam, Header: Header, HeaderList: HeaderList, Url: Url, Variable: Variable,
    VariableList: VariableList, Response: Response, Request: Request
  };
})
