(function (N, require) {
  'use strict';
  // Node's legacy url module (parse, format, resolve).
  var qs = require('querystring');
  var G = require('globals');
  var slashedProtocol = { http: true, https: true, ftp: true, gopher: true, file: true, 'http:': true, 'https:': true, 'ftp:': true, 'gopher:': true, 'file:': true };
  function Url() {
    this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null; this.hostname = null;
    this.hash = null; this.search = null; this.query = null; this.pathname = null; this.path = null; this.href = null;
  }
  function parse(url, parseQueryString, slashesDenoteHost) {
    if (url instanceof Url) { return url; }
    if (typeof url !== 'string') { throw new TypeError("Parameter 'url' must be a string, not " + typeof url); }
    var u = new Url();
    var rest = url.trim();
    var h = rest.indexOf('#');
    if (h >= 0) { u.hash = rest.slice(h); rest = rest.slice(0, h); }
    var q = rest.indexOf('?');
    if (q >= 0) { u.search = rest.slice(q); u.query = rest.slice(q + 1); rest = rest.slice(0, q); } else if (parseQueryString) { u.search = ''; u.query = {}; }
    if (parseQueryString && typeof u.query === 'string') { u.query = qs.parse(u.query); }
    var pm = /^([a-z0-9.+-]+:)/i.exec(rest);
    if (pm) { u.protocol = pm[1].toLowerCase(); rest = rest.slice(pm[1].length); }
    var slashes = false;
    if (slashesDenoteHost || pm || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
      slashes = rest.substr(0, 2) === '//';
      if (slashes && !(pm && u.protocol === 'javascript:')) { rest = rest.substr(2); u.slashes = true; }
    }
    if (u.protocol !== 'javascript:' && (slashes || (pm && !slashedProtocol[u.protocol]))) {
      var end = rest.search(/[/?#]/);
      var hostPart = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? '' : rest.slice(end);
      var at = hostPart.lastIndexOf('@');
      if (at >= 0) { u.auth = decodeURIComponent(hostPart.slice(0, at)); hostPart = hostPart.slice(at + 1); }
      var pmatch = /:([0-9]*)$/.exec(hostPart);
      if (pmatch) { if (pmatch[1]) { u.port = pmatch[1]; } hostPart = hostPart.slice(0, pmatch.index); }
      u.hostname = hostPart.toLowerCase().replace(/^\[|\]$/g, '');
      u.host = (hostPart.charAt(0) === '[' ? '[' + u.hostname + ']' : u.hostname) + (u.port ? ':' + u.port : '');
    }
    if (rest) { u.pathname = rest; } else if (slashedProtocol[u.protocol] && u.hostname) { u.pathname = '/'; }
    if (u.pathname) {
      u.pathname = u.pathname.replace(/[ "<>`{}|\\^]/g, function (c) { return c === ' ' ? '%20' : encodeURIComponent(c); });
    }
    var p = u.pathname || '', s = u.search || '';
    u.path = p + s || null;
    u.href = format(u);
    return u;
  }
  function format(obj) {
    if (typeof obj === 'string') { obj = parse(obj); }
    var auth = obj.auth || '';
    if (auth) { auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@'; }
    var protocol = obj.protocol || '', pathname = obj.pathname || '', hash = obj.hash || '', host = false, query = '';
    if (obj.host) { host = auth + obj.host; } else if (obj.hostname) {
      host = auth + (obj.hostname.indexOf(':') === -1 ? obj.hostname : '[' + obj.hostname + ']');
      if (obj.port) { host += ':' + obj.port; }
    }
    if (obj.query && typeof obj.query === 'object' && Object.keys(obj.query).length) { query = qs.stringify(obj.query); }
    var search = obj.search || (query && ('?' + query)) || '';
    if (protocol && protocol.substr(-1) !== ':') { protocol += ':'; }
    if (obj.slashes || ((!protocol || slashedProtocol[protocol]) && host !== false)) {
      host = '//' + (host || '');
      if (pathname && pathname.charAt(0) !== '/') { pathname = '/' + pathname; }
    } else if (!host) { host = ''; }
    if (hash && hash.charAt(0) !== '#') { hash = '#' + hash; }
    if (search && search.charAt(0) !== '?') { search = '?' + search; }
    pathname = pathname.replace(/[?#]/g, function (m) { return encodeURIComponent(m); });
    search = search.replace('#', '%23');
    return protocol + host + pathname + search + hash;
  }
  function resolve(from, to) {
    try { return new G.URL(to, new G.URL(from)).href; } catch (e) {
      try { return new G.URL(to, new G.URL(from, 'resolve://')).href.replace(/^resolve:\/\/\/?/, from.charAt(0) === '/' ? '/' : ''); } catch (x) { return to; }
    }
  }
  Url.prototype.format = function () { return format(this); };
  Url.prototype.resolve = function (to) { return resolve(this.href, to); };
  return { parse: parse, format: format, resolve: resolve, Url: Url, URL: G.URL, URLSearchParams: G.URLSearchParams };
})
