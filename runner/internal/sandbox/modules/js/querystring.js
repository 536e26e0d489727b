(function () {
  'use strict';
  // Node's querystring (browserify querystring-es3 behaviour).
  function stringifyPrimitive(v) {
    switch (typeof v) {
      case 'string': return v;
      case 'boolean': return v ? 'true' : 'false';
      case 'number': return isFinite(v) ? String(v) : '';
      default: return '';
    }
  }
  var qs = {};
  var escape = function (s) { return encodeURIComponent(s); };
  var unescape = function (s) {
    try { return decodeURIComponent(s); } catch (e) { return s.replace(/%[0-9a-fA-F]{2}/g, function (m) { try { return decodeURIComponent(m); } catch (x) { return m; } }); }
  };
  qs.stringify = qs.encode = function (obj, sep, eq, name) {
    sep = sep || '&'; eq = eq || '=';
    if (obj === null) { obj = undefined; }
    if (typeof obj === 'object') {
      return Object.keys(obj).map(function (k) {
        var ks = escape(stringifyPrimitive(k)) + eq;
        if (Array.isArray(obj[k])) { return obj[k].map(function (v) { return ks + escape(stringifyPrimitive(v)); }).join(sep); }
        return ks + escape(stringifyPrimitive(obj[k]));
      }).filter(Boolean).join(sep);
    }
    if (!name) { return ''; }
    return escape(stringifyPrimitive(name)) + eq + escape(stringifyPrimitive(obj));
  };
  qs.parse = qs.decode = function (s, sep, eq, options) {
    sep = sep || '&'; eq = eq || '=';
    var obj = {};
    if (typeof s !== 'string' || s.length === 0) { return obj; }
    var parts = s.split(sep);
    var maxKeys = 1000;
    if (options && typeof options.maxKeys === 'number') { maxKeys = options.maxKeys; }
    if (maxKeys > 0 && parts.length > maxKeys) { parts = parts.slice(0, maxKeys); }
    var decode = (options && options.decodeURIComponent) || unescape;
    parts.forEach(function (p) {
      var x = p.replace(/\+/g, '%20'), idx = x.indexOf(eq), kstr, vstr;
      if (idx >= 0) { kstr = x.substr(0, idx); vstr = x.substr(idx + eq.length); } else { kstr = x; vstr = ''; }
      var k = decode(kstr), v = decode(vstr);
      if (!Object.prototype.hasOwnProperty.call(obj, k)) { obj[k] = v; } else if (Array.isArray(obj[k])) { obj[k].push(v); } else { obj[k] = [obj[k], v]; }
    });
    return obj;
  };
  return qs;
})
