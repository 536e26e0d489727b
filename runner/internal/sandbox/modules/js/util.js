(function () {
  'use strict';
  // Node's util (browserify util 0.10 subset).
  var util = {};
  function isPrimitive(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }
  function quote(s) { return "'" + JSON.stringify(s).replace(/^"|"$/g, '').replace(/'/g, "\\'").replace(/\\"/g, '"') + "'"; }
  function inspect(obj, opts) {
    var ctx = { seen: [], depth: 2, showHidden: false };
    if (typeof opts === 'boolean') { ctx.showHidden = opts; if (arguments.length > 2) { ctx.depth = arguments[2]; } } else if (opts) { Object.assign(ctx, opts); }
    if (ctx.depth === null) { ctx.depth = Infinity; }
    return formatValue(ctx, obj, ctx.depth);
  }
  function formatPrimitive(v) {
    if (v === undefined) { return 'undefined'; }
    if (typeof v === 'string') { return quote(v); }
    if (typeof v === 'number') { return String(v); }
    if (typeof v === 'symbol') { return '{}'; }
    if (typeof v === 'bigint') { return v + 'n'; }
    return String(v);
  }
  function formatValue(ctx, v, depth) {
    if (isPrimitive(v)) { return formatPrimitive(v); }
    if (v && typeof v.inspect === 'function' && v.inspect !== util.inspect && !(v.constructor && v.constructor.prototype === v)) {
      var r = v.inspect(depth, ctx);
      return typeof r === 'string' ? r : formatValue(ctx, r, depth);
    }
    if (typeof v === 'function') {
      var keys0 = Object.keys(v);
      if (!keys0.length) { return '[Function' + (v.name ? ': ' + v.name : '') + ']'; }
    }
    if (v instanceof RegExp) { return String(v); }
    if (v instanceof Date) { return Date.prototype.toString.call(v); }
    if (v instanceof Error) { return '[' + Error.prototype.toString.call(v) + ']'; }
    if (ctx.seen.indexOf(v) >= 0) { return '[Circular]'; }
    var isArr = Array.isArray(v), keys = Object.keys(v);
    var braces = isArr ? ['[', ']'] : ['{', '}'];
    var base = '';
    if (typeof v === 'function') { base = ' [Function' + (v.name ? ': ' + v.name : '') + ']'; }
    if (keys.length === 0 && (!isArr || v.length === 0)) { return base ? base.trim() : braces[0] + braces[1]; }
    if (depth < 0) { return '[Object]'; }
    ctx.seen.push(v);
    var output;
    if (isArr) {
      output = [];
      for (var i = 0; i < v.length; i++) { output.push(Object.prototype.hasOwnProperty.call(v, i) ? formatValue(ctx, v[i], depth - 1) : ''); }
      keys.forEach(function (k) { if (!/^\d+$/.test(k)) { output.push(k + ': ' + formatValue(ctx, v[k], depth - 1)); } });
    } else {
      output = keys.map(function (k) {
        var name = /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(k) ? k : quote(k);
        return name + ': ' + formatValue(ctx, v[k], depth - 1);
      });
    }
    ctx.seen.pop();
    var length = output.reduce(function (p, c) { return p + c.length + 1; }, 0);
    if (length > 60) { return braces[0] + (base === '' ? '' : base + '\n ') + ' ' + output.join(',\n  ') + ' ' + braces[1]; }
    return braces[0] + base + ' ' + output.join(', ') + ' ' + braces[1];
  }
  util.inspect = inspect;
  util.format = function (f) {
    var args = arguments;
    if (typeof f !== 'string') {
      return Array.prototype.map.call(args, function (a) { return inspect(a); }).join(' ');
    }
    var i = 1;
    var str = String(f).replace(/%[sdj%]/g, function (x) {
      if (x === '%%') { return '%'; }
      if (i >= args.length) { return x; }
      var a = args[i++];
      switch (x) {
        case '%s': return String(a);
        case '%d': return String(Number(a));
        default: try { return JSON.stringify(a); } catch (e) { return '[Circular]'; }
      }
    });
    for (var x = args[i]; i < args.length; x = args[++i]) { str += ' ' + (x === null || (typeof x !== 'object' && typeof x !== 'symbol') ? String(x) : inspect(x)); }
    return str;
  };
  util.isArray = Array.isArray;
  util.isBoolean = function (a) { return typeof a === 'boolean'; };
  util.isNull = function (a) { return a === null; };
  util.isNullOrUndefined = function (a) { return a == null; };
  util.isNumber = function (a) { return typeof a === 'number'; };
  util.isString = function (a) { return typeof a === 'string'; };
  util.isSymbol = function (a) { return typeof a === 'symbol'; };
  util.isUndefined = function (a) { return a === undefined; };
  util.isRegExp = function (a) { return a instanceof RegExp; };
  util.isObject = function (a) { return typeof a === 'object' && a !== null; };
  util.isDate = function (a) { return a instanceof Date; };
  util.isError = function (a) { return a instanceof Error; };
  util.isFunction = function (a) { return typeof a === 'function'; };
  util.isPrimitive = isPrimitive;
  util.isBuffer = function (a) { return !!(a && a.constructor && a.constructor.name === 'Buffer'); };
  util.inherits = function (ctor, superCtor) {
    ctor.super_ = superCtor;
    ctor.prototype = Object.create(superCtor.prototype, { constructor: { value: ctor, enumerable: false, writable: true, configurable: true } });
  };
  util._extend = function (origin, add) { if (!add || typeof add !== 'object') { return origin; } Object.keys(add).forEach(function (k) { origin[k] = add[k]; }); return origin; };
  util.deprecate = function (fn) { return fn; };
  util.debuglog = function () { return function () {}; };
  util.log = function () { if (typeof console !== 'undefined') { console.log(util.format.apply(util, arguments)); } };
  util.promisify = function (fn) {
    return function () {
      var self = this, args = Array.prototype.slice.call(arguments);
      return new Promise(function (resolve, reject) { fn.apply(self, args.concat(function (err, v) { if (err) { reject(err); } else { resolve(v); } })); });
    };
  };
  util.isDeepStrictEqual = function (a, b) { return JSON.stringify(a) === JSON.stringify(b); };
  return util;
})
