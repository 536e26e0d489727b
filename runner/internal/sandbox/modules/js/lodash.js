(function () {
  'use strict';
  var _ = function (value) {
    if (value instanceof Wrapper) { return value; }
    return new Wrapper(value, false);
  };
  _.VERSION = '4.18.1';
  var hasOwn = Object.prototype.hasOwnProperty;
  var toStr = Object.prototype.toString;
  var MAX_SAFE = 9007199254740991;

  // ---- Lang ----
  function isObjectLike(v) { return v !== null && typeof v === 'object'; }
  function isObject(v) { var t = typeof v; return v !== null && (t === 'object' || t === 'function'); }
  function isFunction(v) { return typeof v === 'function'; }
  function isLength(v) { return typeof v === 'number' && v > -1 && v % 1 === 0 && v <= MAX_SAFE; }
  function isArrayLike(v) { return v != null && typeof v !== 'function' && isLength(v.length); }
  function isPlainObject(v) {
    if (!isObjectLike(v) || toStr.call(v) !== '[object Object]') { return false; }
    var proto = Object.getPrototypeOf(v);
    if (proto === null) { return true; }
    var Ctor = hasOwn.call(proto, 'constructor') && proto.constructor;
    return typeof Ctor === 'function' && Ctor instanceof Ctor && Function.prototype.toString.call(Ctor) === Function.prototype.toString.call(Object);
  }
  function tag(name) { return function (v) { return toStr.call(v) === '[object ' + name + ']'; }; }
  _.isObject = isObject;
  _.isObjectLike = isObjectLike;
  _.isFunction = isFunction;
  _.isLength = isLength;
  _.isArrayLike = isArrayLike;
  _.isArrayLikeObject = function (v) { return isObjectLike(v) && isArrayLike(v); };
  _.isPlainObject = isPlainObject;
  _.isArray = Array.isArray;
  _.isString = function (v) { return typeof v === 'string' || (isObjectLike(v) && toStr.call(v) === '[object String]'); };
  _.isNumber = function (v) { return typeof v === 'number' || (isObjectLike(v) && toStr.call(v) === '[object Number]'); };
  _.isBoolean = function (v) { return v === true || v === false || (isObjectLike(v) && toStr.call(v) === '[object Boolean]'); };
  _.isDate = tag('Date');
  _.isRegExp = tag('RegExp');
  _.isError = function (v) { return isObjectLike(v) && (toStr.call(v) === '[object Error]' || v instanceof Error); };
  _.isMap = tag('Map');
  _.isSet = tag('Set');
  _.isWeakMap = tag('WeakMap');
  _.isWeakSet = tag('WeakSet');
  _.isSymbol = function (v) { return typeof v === 'symbol'; };
  _.isArguments = tag('Arguments');
  _.isTypedArray = function (v) { return ArrayBuffer.isView(v) && !(v instanceof DataView); };
  _.isArrayBuffer = tag('ArrayBuffer');
  _.isBuffer = function (v) { return !!(v && v.constructor && v.constructor.name === 'Buffer' && ArrayBuffer.isView(v)); };
  _.isElement = function () { return false; };
  _.isNil = function (v) { return v == null; };
  _.isNull = function (v) { return v === null; };
  _.isUndefined = function (v) { return v === undefined; };
  _.isNaN = function (v) { return _.isNumber(v) && v != +v; };
  _.isFinite = function (v) { return typeof v === 'number' && isFinite(v); };
  _.isInteger = function (v) { return typeof v === 'number' && v === toInteger(v); };
  _.isSafeInteger = function (v) { return _.isInteger(v) && v >= -MAX_SAFE && v <= MAX_SAFE; };
  _.isNative = function (v) { return typeof v === 'function' && /\[native code\]/.test(Function.prototype.toString.call(v)); };
  _.isEmpty = function (v) {
    if (v == null) { return true; }
    if (isArrayLike(v) && (Array.isArray(v) || typeof v === 'string' || typeof v.splice === 'function' || _.isArguments(v) || _.isTypedArray(v))) { return !v.length; }
    if (_.isMap(v) || _.isSet(v)) { return !v.size; }
    for (var k in v) { if (hasOwn.call(v, k)) { return false; } }
    return true;
  };
  function eq(a, b) { return a === b || (a !== a && b !== b); }
  _.eq = eq;
  _.gt = function (a, b) { return a > b; };
  _.gte = function (a, b) { return a >= b; };
  _.lt = function (a, b) { return a < b; };
  _.lte = function (a, b) { return a <= b; };
  function isEqual(a, b, stackA, stackB, customizer) {
    if (customizer) {
      var r = customizer(a, b);
      if (r !== undefined) { return !!r; }
    }
    if (a === b) { return true; }
    if (a == null || b == null || (!isObjectLike(a) && !isObjectLike(b))) { return a !== a && b !== b; }
    var ta = toStr.call(a), tb = toStr.call(b);
    if (ta !== tb) { return false; }
    switch (ta) {
      case '[object Number]': case '[object Boolean]': case '[object Date]':
        return eq(+a, +b);
      case '[object String]': case '[object RegExp]':
        return String(a) === String(b);
      case '[object Error]':
        return a.name === b.name && a.message === b.message;
      case '[object Symbol]':
        return Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
    }
    stackA = stackA || []; stackB = stackB || [];
    for (var s = 0; s < stackA.length; s++) { if (stackA[s] === a) { return stackB[s] === b; } }
    stackA.push(a); stackB.push(b);
    var result = true;
    if (ta === '[object Map]' || ta === '[object Set]') {
      if (a.size !== b.size) { result = false; } else {
        var av = Array.from(a), bv = Array.from(b);
        if (ta === '[object Set]') {
          result = av.every(function (x) { return bv.some(function (y) { return isEqual(x, y, stackA, stackB, customizer); }); });
        } else {
          result = av.every(function (pair) { return b.has(pair[0]) && isEqual(pair[1], b.get(pair[0]), stackA, stackB, customizer); });
        }
      }
    } else if (Array.isArray(a) || _.isTypedArray(a) || ta === '[object Arguments]') {
      if (a.length !== b.length) { result = false; } else {
        for (var i = 0; i < a.length && result; i++) { result = isEqual(a[i], b[i], stackA, stackB, customizer); }
      }
    } else if (ta === '[object ArrayBuffer]') {
      result = isEqual(new Uint8Array(a), new Uint8Array(b));
    } else {
      var ka = Object.keys(a), kb = Object.keys(b);
      if (ka.length !== kb.length) { result = false; } else {
        for (var j = 0; j < ka.length && result; j++) {
          result = hasOwn.call(b, ka[j]) && isEqual(a[ka[j]], b[ka[j]], stackA, stackB, customizer);
        }
        if (result && ta === '[object Object]') {
          var ca = a.constructor, cb = b.constructor;
          if (ca !== cb && ('constructor' in a && 'constructor' in b) &&
            !(typeof ca === 'function' && ca instanceof ca && typeof cb === 'function' && cb instanceof cb)) { result = false; }
        }
      }
    }
    stackA.pop(); stackB.pop();
    return result;
  }
  _.isEqual = function (a, b) { return isEqual(a, b); };
  _.isEqualWith = function (a, b, c) { return isEqual(a, b, null, null, c); };
  _.isMatch = function (obj, src) { return baseIsMatch(obj, src); };
  function baseIsMatch(obj, src) {
    if (obj == null) { return !Object.keys(src).length; }
    return Object.keys(src).every(function (k) {
      var sv = src[k], ov = obj[k];
      if (isObjectLike(sv) && isObjectLike(ov) && !Array.isArray(sv)) { return baseIsMatch(ov, sv); }
      if (Array.isArray(sv) && Array.isArray(ov)) { return sv.every(function (x) { return ov.some(function (y) { return isObjectLike(x) ? baseIsMatch(y, x) : eq(x, y); }); }); }
      return (k in Object(obj)) && isEqual(ov, sv);
    });
  }

  function toNumber(v) {
    if (typeof v === 'number') { return v; }
    if (typeof v === 'symbol') { return NaN; }
    if (isObject(v)) { var o = typeof v.valueOf === 'function' ? v.valueOf() : v; v = isObject(o) ? o + '' : o; }
    if (typeof v !== 'string') { return v === 0 ? v : +v; }
    v = v.trim();
    if (/^0b[01]+$/i.test(v)) { return parseInt(v.slice(2), 2); }
    if (/^0o[0-7]+$/i.test(v)) { return parseInt(v.slice(2), 8); }
    if (/^[-+]0x[0-9a-f]+$/i.test(v)) { return NaN; }
    return +v;
  }
  function toFinite(v) {
    if (!v) { return v === 0 ? v : 0; }
    v = toNumber(v);
    if (v === Infinity || v === -Infinity) { return (v < 0 ? -1 : 1) * 1.7976931348623157e+308; }
    return v === v ? v : 0;
  }
  function toInteger(v) { var r = toFinite(v), rem = r % 1; return r === r ? (rem ? r - rem : r) : 0; }
  function toString(v) {
    if (v == null) { return ''; }
    if (typeof v === 'string') { return v; }
    if (Array.isArray(v)) { return v.map(function (x) { return x == null ? x : toString(x); }) + ''; }
    if (typeof v === 'symbol') { return v.toString(); }
    var r = v + '';
    return (r === '0' && 1 / v === -Infinity) ? '-0' : r;
  }
  _.toNumber = toNumber;
  _.toFinite = toFinite;
  _.toInteger = toInteger;
  _.toSafeInteger = function (v) { return Math.max(-MAX_SAFE, Math.min(MAX_SAFE, toInteger(v))); };
  _.toLength = function (v) { return v ? Math.max(0, Math.min(4294967295, toInteger(v))) : 0; };
  _.toString = toString;
  _.toArray = function (v) {
    if (!v) { return []; }
    if (typeof v === 'string') { return Array.from(v); }
    if (isArrayLike(v)) { return Array.prototype.slice.call(v); }
    if (_.isMap(v) || _.isSet(v)) { return Array.from(v.values ? (_.isMap(v) ? v.entries() : v.values()) : v); }
    return values(v);
  };
  _.toPlainObject = function (v) { var o = {}; for (var k in v) { o[k] = v[k]; } return o; };
  _.castArray = function () { if (!arguments.length) { return []; } var v = arguments[0]; return Array.isArray(v) ? v : [v]; };

  // ---- Paths ----
  // Path strings are parsed with regular expressions that goja runs slowly;
  // like lodash's memoizeCapped, parsed paths and key checks are cached
  // (up to 500 strings each; the cached arrays are never handed out).
  var pathCache = Object.create(null), pathCacheSize = 0;
  var keyCache = Object.create(null), keyCacheSize = 0;
  function stringToPath(s) {
    var c = pathCache[s];
    if (c !== undefined) { return c; }
    var out = [];
    if (s.charCodeAt(0) === 46) { out.push(''); }
    s.replace(/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g, function (m, num, q, sub) {
      out.push(q ? sub.replace(/\\(\\)?/g, '$1') : (num || m));
    });
    if (pathCacheSize < 500) { pathCache[s] = out; pathCacheSize++; }
    return out;
  }
  function toPath(p) {
    if (Array.isArray(p)) { return p.map(function (x) { return typeof x === 'symbol' ? x : toString(x); }); }
    if (typeof p === 'symbol') { return [p]; }
    return stringToPath(toString(p)).slice();
  }
  function isKey(p, obj) {
    if (Array.isArray(p)) { return false; }
    var t = typeof p;
    if (t === 'number' || t === 'symbol' || t === 'boolean' || p == null) { return true; }
    var c = t === 'string' ? keyCache[p] : undefined;
    if (c === undefined) {
      c = /^\w*$/.test(p) || !/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/.test(p);
      if (t === 'string' && keyCacheSize < 500) { keyCache[p] = c; keyCacheSize++; }
    }
    return c || (obj != null && p in Object(obj));
  }
  function castPath(p, obj) {
    if (isKey(p, obj)) { return [typeof p === 'symbol' ? p : toString(p)]; }
    return Array.isArray(p) ? toPath(p) : (typeof p === 'symbol' ? [p] : stringToPath(toString(p)));
  }
  function baseGet(obj, path) {
    path = castPath(path, obj);
    var i = 0;
    while (obj != null && i < path.length) { obj = obj[path[i++]]; }
    return (i && i === path.length) ? obj : undefined;
  }
  _.toPath = toPath;
  _.get = function (obj, path, def) { var r = obj == null ? undefined : baseGet(obj, path); return r === undefined ? def : r; };
  _.result = function (obj, path, def) {
    path = castPath(path, obj);
    var i = -1, len = path.length;
    if (!len) { len = 1; obj = undefined; }
    while (++i < len) {
      var v = obj == null ? undefined : obj[path[i]];
      if (v === undefined) { i = len; v = def; }
      obj = isFunction(v) ? v.call(obj) : v;
    }
    return obj;
  };
  function hasPath(obj, path, fn) {
    path = castPath(path, obj);
    var i = -1, len = path.length, result = false, key;
    while (++i < len) {
      key = path[i];
      if (!(result = obj != null && fn(obj, key))) { break; }
      obj = obj[key];
    }
    if (result || ++i !== len) { return result; }
    len = obj == null ? 0 : obj.length;
    return !!len && isLength(len) && /^(?:0|[1-9]\d*)$/.test(key) && key < len && (Array.isArray(obj) || _.isArguments(obj));
  }
  _.has = function (obj, path) { return obj != null && hasPath(obj, path, function (o, k) { return hasOwn.call(o, k); }); };
  _.hasIn = function (obj, path) { return obj != null && hasPath(obj, path, function (o, k) { return k in Object(o); }); };
  function baseSet(obj, path, value, customizer) {
    if (!isObject(obj)) { return obj; }
    path = castPath(path, obj);
    var nested = obj;
    for (var i = 0; i < path.length && nested != null; i++) {
      var key = path[i], nv = value;
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') { return obj; }
      if (i !== path.length - 1) {
        var objValue = nested[key];
        nv = customizer ? customizer(objValue, key, nested) : undefined;
        if (nv === undefined) { nv = isObject(objValue) ? objValue : (/^(?:0|[1-9]\d*)$/.test(path[i + 1]) ? [] : {}); }
      }
      if (!(hasOwn.call(nested, key) && eq(nested[key], nv)) || (nv === undefined && !(key in nested))) { nested[key] = nv; }
      nested = nested[key];
    }
    return obj;
  }
  _.set = function (obj, path, value) { return obj == null ? obj : baseSet(obj, path, value); };
  _.setWith = function (obj, path, value, c) { return obj == null ? obj : baseSet(obj, path, value, c); };
  _.update = function (obj, path, updater) { return obj == null ? obj : baseSet(obj, path, updater(baseGet(obj, path))); };
  _.unset = function (obj, path) {
    if (obj == null) { return true; }
    path = castPath(path, obj);
    var parent = path.length < 2 ? obj : baseGet(obj, path.slice(0, -1));
    return parent == null || delete parent[path[path.length - 1]];
  };
  _.at = function (obj) {
    var paths = flatten(Array.prototype.slice.call(arguments, 1), true);
    return paths.map(function (p) { return _.get(obj, p); });
  };

  // ---- Iteratees ----
  function identity(v) { return v; }
  function property(path) {
    if (isKey(path)) {
      var key = typeof path === 'symbol' ? path : toString(path);
      return function (o) { return o == null ? undefined : o[key]; };
    }
    var p = toPath(path);
    return function (o) { return o == null ? undefined : baseGet(o, p); };
  }
  function matches(src) { src = cloneDeep(src); return function (o) { return baseIsMatch(o, src); }; }
  function matchesProperty(path, src) {
    src = cloneDeep(src);
    return function (o) {
      var v = _.get(o, path);
      return (v === undefined && v === src) ? _.hasIn(o, path) : (isObjectLike(src) && !Array.isArray(src) ? baseIsMatch(v, src) : isEqual(v, src));
    };
  }
  function iteratee(f) {
    if (typeof f === 'function') { return f; }
    if (f == null) { return identity; }
    if (typeof f === 'object') { return Array.isArray(f) ? matchesProperty(f[0], f[1]) : matches(f); }
    return property(f);
  }
  _.identity = identity;
  _.property = property;
  _.propertyOf = function (obj) { return function (p) { return _.get(obj, p); }; };
  _.matches = matches;
  _.matchesProperty = matchesProperty;
  _.iteratee = iteratee;
  _.constant = function (v) { return function () { return v; }; };
  _.noop = function () {};
  _.stubTrue = function () { return true; };
  _.stubFalse = function () { return false; };
  _.stubArray = function () { return []; };
  _.stubObject = function () { return {}; };
  _.stubString = function () { return ''; };
  _.now = function () { return Date.now(); };
  var idCounter = 0;
  _.uniqueId = function (prefix) { return toString(prefix) + (++idCounter); };
  _.times = function (n, f) {
    n = toInteger(n);
    if (n < 1 || n > MAX_SAFE) { return []; }
    f = iteratee(f);
    var out = [];
    for (var i = 0; i < n; i++) { out.push(f(i)); }
    return out;
  };
  _.range = function (start, end, step) { return baseRange(start, end, step, false); };
  _.rangeRight = function (start, end, step) { return baseRange(start, end, step, true); };
  function baseRange(start, end, step, right) {
    start = toFinite(start);
    if (end === undefined) { end = start; start = 0; } else { end = toFinite(end); }
    step = step === undefined ? (start < end ? 1 : -1) : toFinite(step);
    var n = Math.max(Math.ceil((end - start) / (step || 1)), 0), out = new Array(n);
    for (var i = 0; i < n; i++) { out[right ? n - 1 - i : i] = start; start += step; }
    return out;
  }

  // ---- Collections ----
  function keys(o) {
    if (o == null) { return []; }
    if (isArrayLike(o)) {
      var out = [];
      for (var i = 0; i < o.length; i++) { out.push(String(i)); }
      if (typeof o !== 'string') { Object.keys(o).forEach(function (k) { if (!/^(?:0|[1-9]\d*)$/.test(k) || Number(k) >= o.length) { if (k !== 'length') { out.push(k); } } }); }
      return out;
    }
    return Object.keys(Object(o));
  }
  function keysIn(o) { var out = []; if (o == null) { return out; } for (var k in Object(o)) { out.push(k); } return out; }
  function values(o) { return keys(o).map(function (k) { return o[k]; }); }
  _.keys = keys;
  _.keysIn = keysIn;
  _.values = values;
  _.valuesIn = function (o) { return keysIn(o).map(function (k) { return o[k]; }); };
  _.toPairs = _.entries = function (o) {
    if (_.isMap(o)) { return Array.from(o.entries()); }
    if (_.isSet(o)) { return Array.from(o).map(function (v) { return [v, v]; }); }
    return keys(o).map(function (k) { return [k, o[k]]; });
  };
  _.toPairsIn = _.entriesIn = function (o) { return keysIn(o).map(function (k) { return [k, o[k]]; }); };
  function each(coll, f) {
    if (coll == null) { return coll; }
    if (isArrayLike(coll)) {
      for (var i = 0; i < coll.length; i++) { if (f(coll[i], i, coll) === false) { break; } }
    } else {
      var ks = keys(coll);
      for (var j = 0; j < ks.length; j++) { if (f(coll[ks[j]], ks[j], coll) === false) { break; } }
    }
    return coll;
  }
  function eachRight(coll, f) {
    if (coll == null) { return coll; }
    var ks = isArrayLike(coll) ? null : keys(coll), n = ks ? ks.length : coll.length;
    for (var i = n - 1; i >= 0; i--) { var k = ks ? ks[i] : i; if (f(coll[k], k, coll) === false) { break; } }
    return coll;
  }
  _.forEach = _.each = function (coll, f) { return each(coll, iteratee(f)); };
  _.forEachRight = _.eachRight = function (coll, f) { return eachRight(coll, iteratee(f)); };
  _.forIn = function (o, f) { f = iteratee(f); if (o == null) { return o; } for (var k in o) { if (f(o[k], k, o) === false) { break; } } return o; };
  _.forOwn = function (o, f) { f = iteratee(f); if (o == null) { return o; } var ks = Object.keys(o); for (var i = 0; i < ks.length; i++) { if (f(o[ks[i]], ks[i], o) === false) { break; } } return o; };
  _.map = function (coll, f) { f = iteratee(f); var out = []; each(coll, function (v, k, c) { out.push(f(v, k, c)); }); return out; };
  _.flatMap = function (coll, f) { return flatten(_.map(coll, f), false); };
  _.flatMapDeep = function (coll, f) { return flatten(_.map(coll, f), true); };
  _.filter = function (coll, f) { f = iteratee(f); var out = []; each(coll, function (v, k, c) { if (f(v, k, c)) { out.push(v); } }); return out; };
  _.reject = function (coll, f) { f = iteratee(f); return _.filter(coll, function (v, k, c) { return !f(v, k, c); }); };
  _.partition = function (coll, f) { f = iteratee(f); var a = [], b = []; each(coll, function (v, k, c) { (f(v, k, c) ? a : b).push(v); }); return [a, b]; };
  _.find = function (coll, f, from) {
    f = iteratee(f);
    if (isArrayLike(coll)) { var i = _.findIndex(coll, f, from); return i < 0 ? undefined : coll[i]; }
    var found;
    each(coll, function (v, k, c) { if (f(v, k, c)) { found = v; return false; } });
    return found;
  };
  _.findLast = function (coll, f, from) {
    f = iteratee(f);
    if (isArrayLike(coll)) { var i = _.findLastIndex(coll, f, from); return i < 0 ? undefined : coll[i]; }
    var found;
    eachRight(coll, function (v, k, c) { if (f(v, k, c)) { found = v; return false; } });
    return found;
  };
  _.findIndex = function (arr, f, from) {
    var n = arr == null ? 0 : arr.length;
    if (!n) { return -1; }
    var i = from == null ? 0 : toInteger(from);
    if (i < 0) { i = Math.max(n + i, 0); }
    f = iteratee(f);
    for (; i < n; i++) { if (f(arr[i], i, arr)) { return i; } }
    return -1;
  };
  _.findLastIndex = function (arr, f, from) {
    var n = arr == null ? 0 : arr.length;
    if (!n) { return -1; }
    var i = n - 1;
    if (from !== undefined) { i = toInteger(from); i = from < 0 ? Math.max(n + i, 0) : Math.min(i, n - 1); }
    f = iteratee(f);
    for (; i >= 0; i--) { if (f(arr[i], i, arr)) { return i; } }
    return -1;
  };
  _.findKey = function (o, f) { f = iteratee(f); var r; _.forOwn(o, function (v, k) { if (f(v, k, o)) { r = k; return false; } }); return r; };
  _.findLastKey = function (o, f) { f = iteratee(f); var ks = keys(o); for (var i = ks.length - 1; i >= 0; i--) { if (f(o[ks[i]], ks[i], o)) { return ks[i]; } } return undefined; };
  _.reduce = function (coll, f, acc) {
    var init = arguments.length < 3;
    f = iteratee(f);
    each(coll, function (v, k, c) { if (init) { acc = v; init = false; } else { acc = f(acc, v, k, c); } });
    return acc;
  };
  _.reduceRight = function (coll, f, acc) {
    var init = arguments.length < 3;
    f = iteratee(f);
    eachRight(coll, function (v, k, c) { if (init) { acc = v; init = false; } else { acc = f(acc, v, k, c); } });
    return acc;
  };
  _.transform = function (o, f, acc) {
    f = iteratee(f);
    if (acc === undefined) { acc = Array.isArray(o) ? [] : (isObject(o) ? Object.create(Object.getPrototypeOf(o)) : {}); }
    each(o, function (v, k, c) { return f(acc, v, k, c); });
    return acc;
  };
  _.some = function (coll, f) { f = iteratee(f); var r = false; each(coll, function (v, k, c) { if (f(v, k, c)) { r = true; return false; } }); return r; };
  _.every = function (coll, f) { f = iteratee(f); var r = true; each(coll, function (v, k, c) { if (!f(v, k, c)) { r = false; return false; } }); return r; };
  _.includes = function (coll, target, from) {
    coll = isArrayLike(coll) ? coll : values(coll);
    from = from ? toInteger(from) : 0;
    var n = coll.length;
    if (from < 0) { from = Math.max(n + from, 0); }
    if (typeof coll === 'string') { return from <= n && coll.indexOf(target, from) > -1; }
    for (var i = from; i < n; i++) { if (eq(coll[i], target)) { return true; } }
    return false;
  };
  _.size = function (coll) {
    if (coll == null) { return 0; }
    if (isArrayLike(coll)) { return typeof coll === 'string' ? Array.from(coll).length : coll.length; }
    if (_.isMap(coll) || _.isSet(coll)) { return coll.size; }
    return keys(coll).length;
  };
  function groupInto(coll, f, setter) {
    f = iteratee(f);
    var out = {};
    each(coll, function (v) { setter(out, f(v), v); });
    return out;
  }
  _.groupBy = function (c, f) { return groupInto(c, f, function (o, k, v) { if (hasOwn.call(o, k)) { o[k].push(v); } else { o[k] = [v]; } }); };
  _.keyBy = function (c, f) { return groupInto(c, f, function (o, k, v) { o[k] = v; }); };
  _.countBy = function (c, f) { return groupInto(c, f, function (o, k) { o[k] = hasOwn.call(o, k) ? o[k] + 1 : 1; }); };
  function compareAsc(a, b) {
    if (a !== b) {
      var aDef = a !== undefined, aNull = a === null, aRefl = a === a;
      var bDef = b !== undefined, bNull = b === null, bRefl = b === b;
      if ((!bNull && a > b) || (aNull && bDef && bRefl) || (!aDef && bRefl) || !aRefl) { return 1; }
      if ((!aNull && a < b) || (bNull && aDef && aRefl) || (!bDef && aRefl) || !bRefl) { return -1; }
    }
    return 0;
  }
  function baseOrderBy(coll, iteratees, orders) {
    iteratees = iteratees.length ? iteratees.map(function (f) { return Array.isArray(f) ? (function (p) { return function (v) { return _.get(v, p); }; })(f) : iteratee(f); }) : [identity];
    var rows = [], idx = 0;
    each(coll, function (v) { rows.push({ v: v, i: idx++, c: iteratees.map(function (f) { return f(v); }) }); });
    rows.sort(function (a, b) {
      for (var i = 0; i < a.c.length; i++) {
        var r = compareAsc(a.c[i], b.c[i]);
        if (r) { var o = orders && orders[i]; return (o === 'desc' || o === false) ? -r : r; }
      }
      return a.i - b.i;
    });
    return rows.map(function (r) { return r.v; });
  }
  _.sortBy = function (coll) {
    var its = flatten(Array.prototype.slice.call(arguments, 1), false);
    return coll == null ? [] : baseOrderBy(coll, its, null);
  };
  _.orderBy = function (coll, its, orders) {
    if (coll == null) { return []; }
    its = its == null ? [] : (Array.isArray(its) ? its : [its]);
    orders = orders == null ? [] : (Array.isArray(orders) ? orders : [orders]);
    return baseOrderBy(coll, its, orders);
  };
  _.sample = function (coll) { var a = isArrayLike(coll) ? coll : values(coll); return a.length ? a[Math.floor(Math.random() * a.length)] : undefined; };
  _.sampleSize = function (coll, n) { return _.shuffle(coll).slice(0, n === undefined ? 1 : Math.max(toInteger(n), 0)); };
  _.shuffle = function (coll) {
    var a = isArrayLike(coll) ? Array.prototype.slice.call(coll) : values(coll);
    for (var i = a.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)); var t = a[i]; a[i] = a[j]; a[j] = t; }
    return a;
  };
  _.invokeMap = function (coll, path) {
    var args = Array.prototype.slice.call(arguments, 2);
    return _.map(coll, function (v) { var f = typeof path === 'function' ? path : _.get(v, path); return f == null ? undefined : f.apply(v, args); });
  };

  // ---- Arrays ----
  function flatten(arr, deep, depth) {
    var out = [];
    if (depth === undefined) { depth = deep ? Infinity : 1; }
    (function rec(a, d) {
      for (var i = 0; i < a.length; i++) {
        var v = a[i];
        if (d > 0 && (Array.isArray(v) || _.isArguments(v))) { rec(v, d - 1); } else { out.push(v); }
      }
    })(arr == null ? [] : arr, depth);
    return out;
  }
  function arr(a) { return a == null ? [] : Array.prototype.slice.call(a); }
  _.flatten = function (a) { return flatten(a, false); };
  _.flattenDeep = function (a) { return flatten(a, true); };
  _.flattenDepth = function (a, d) { return flatten(a, false, d === undefined ? 1 : toInteger(d)); };
  _.compact = function (a) { return arr(a).filter(Boolean); };
  _.chunk = function (a, size) {
    size = size === undefined ? 1 : Math.max(toInteger(size), 0);
    a = arr(a);
    if (!size) { return []; }
    var out = [];
    for (var i = 0; i < a.length; i += size) { out.push(a.slice(i, i + size)); }
    return out;
  };
  _.head = _.first = function (a) { return a && a.length ? a[0] : undefined; };
  _.last = function (a) { return a && a.length ? a[a.length - 1] : undefined; };
  _.nth = function (a, n) { if (!a || !a.length) { return undefined; } n = toInteger(n); if (n < 0) { n += a.length; } return a[n]; };
  _.tail = function (a) { return arr(a).slice(1); };
  _.initial = function (a) { return arr(a).slice(0, -1); };
  _.take = function (a, n) { n = n === undefined ? 1 : toInteger(n); return arr(a).slice(0, Math.max(n, 0)); };
  _.takeRight = function (a, n) { a = arr(a); n = n === undefined ? 1 : toInteger(n); return n <= 0 ? [] : a.slice(Math.max(a.length - n, 0)); };
  _.drop = function (a, n) { n = n === undefined ? 1 : toInteger(n); return arr(a).slice(Math.max(n, 0)); };
  _.dropRight = function (a, n) { a = arr(a); n = n === undefined ? 1 : toInteger(n); return a.slice(0, Math.max(a.length - Math.max(n, 0), 0)); };
  _.takeWhile = function (a, f) { f = iteratee(f); a = arr(a); var i = 0; while (i < a.length && f(a[i], i, a)) { i++; } return a.slice(0, i); };
  _.dropWhile = function (a, f) { f = iteratee(f); a = arr(a); var i = 0; while (i < a.length && f(a[i], i, a)) { i++; } return a.slice(i); };
  _.takeRightWhile = function (a, f) { f = iteratee(f); a = arr(a); var i = a.length; while (i > 0 && f(a[i - 1], i - 1, a)) { i--; } return a.slice(i); };
  _.dropRightWhile = function (a, f) { f = iteratee(f); a = arr(a); var i = a.length; while (i > 0 && f(a[i - 1], i - 1, a)) { i--; } return a.slice(0, i); };
  _.slice = function (a, s, e) { return arr(a).slice(s, e); };
  _.reverse = function (a) { return a == null ? a : a.reverse(); };
  _.join = function (a, sep) { return a == null ? '' : Array.prototype.join.call(a, sep); };
  function indexOfEq(a, v, from) { for (var i = from || 0; i < a.length; i++) { if (eq(a[i], v)) { return i; } } return -1; }
  _.indexOf = function (a, v, from) {
    a = arr(a);
    from = from == null ? 0 : toInteger(from);
    if (from < 0) { from = Math.max(a.length + from, 0); }
    return indexOfEq(a, v, from);
  };
  _.lastIndexOf = function (a, v, from) {
    a = arr(a);
    var i = from === undefined ? a.length - 1 : toInteger(from);
    if (i < 0) { i = Math.max(a.length + i, 0); }
    for (; i >= 0; i--) { if (eq(a[i], v)) { return i; } }
    return -1;
  };
  function baseUniq(a, f, cmp) {
    if (!cmp) {
      // SameValueZero, as lodash: a Set gives the same answers.
      var seenSet = new Set(), res = [];
      arr(a).forEach(function (v) { var c = f ? f(v) : v; if (!seenSet.has(c)) { seenSet.add(c); res.push(v); } });
      return res;
    }
    var out = [], seen = [];
    arr(a).forEach(function (v) {
      var c = f ? f(v) : v;
      var dup = cmp ? seen.some(function (s, i) { return cmp(out[i], v); }) : seen.some(function (s) { return eq(s, c); });
      if (!dup) { seen.push(c); out.push(v); }
    });
    return out;
  }
  _.uniq = function (a) { return baseUniq(a); };
  _.uniqBy = function (a, f) { return baseUniq(a, iteratee(f)); };
  _.uniqWith = function (a, c) { return baseUniq(a, null, c); };
  _.sortedUniq = _.uniq;
  function lastIteratee(args) {
    var l = args[args.length - 1];
    if (args.length > 1 && !Array.isArray(l) && !_.isArguments(l)) { return [Array.prototype.slice.call(args, 0, -1), iteratee(l)]; }
    return [Array.prototype.slice.call(args), null];
  }
  function inAll(v, sets, f) { var c = f ? f(v) : v; return sets.every(function (s) { return s.has(c); }); }
  function toSets(arrays, f) { return arrays.map(function (o) { return new Set(f ? o.map(function (x) { return f(x); }) : o); }); }
  _.difference = function (a) {
    var others = new Set(flatten(Array.prototype.slice.call(arguments, 1).filter(function (x) { return Array.isArray(x) || _.isArguments(x); }), false));
    return arr(a).filter(function (v) { return !others.has(v); });
  };
  _.differenceBy = function (a) {
    var p = lastIteratee(Array.prototype.slice.call(arguments, 1)), f = p[1] || identity;
    var others = new Set(flatten(p[0], false).map(f));
    return arr(a).filter(function (v) { return !others.has(f(v)); });
  };
  _.without = function (a) { var vals = new Set(Array.prototype.slice.call(arguments, 1)); return arr(a).filter(function (v) { return !vals.has(v); }); };
  _.pull = function (a) {
    var vals = Array.prototype.slice.call(arguments, 1);
    for (var i = a.length - 1; i >= 0; i--) { if (indexOfEq(vals, a[i]) >= 0) { a.splice(i, 1); } }
    return a;
  };
  _.pullAll = function (a, vals) { return _.pull.apply(null, [a].concat(vals || [])); };
  _.pullAt = function (a) {
    var idx = flatten(Array.prototype.slice.call(arguments, 1), true), removed = idx.map(function (i) { return a[i]; });
    idx.slice().sort(function (x, y) { return y - x; }).forEach(function (i) { a.splice(i, 1); });
    return removed;
  };
  _.remove = function (a, f) {
    f = iteratee(f);
    var removed = [], idx = [];
    for (var i = 0; i < a.length; i++) { if (f(a[i], i, a)) { removed.push(a[i]); idx.push(i); } }
    for (var j = idx.length - 1; j >= 0; j--) { a.splice(idx[j], 1); }
    return removed;
  };
  _.intersection = function () {
    var arrays = Array.prototype.slice.call(arguments).map(arr);
    if (!arrays.length) { return []; }
    var sets = toSets(arrays.slice(1));
    return baseUniq(arrays[0].filter(function (v) { return inAll(v, sets); }));
  };
  _.intersectionBy = function () {
    var p = lastIteratee(arguments), arrays = p[0].map(arr), f = p[1] || identity;
    if (!arrays.length) { return []; }
    var sets = toSets(arrays.slice(1), f);
    return baseUniq(arrays[0].filter(function (v) { return inAll(v, sets, f); }), f);
  };
  _.union = function () { return baseUniq(flatten(Array.prototype.slice.call(arguments).filter(function (x) { return isArrayLike(x) && typeof x !== 'string'; }), false)); };
  _.unionBy = function () { var p = lastIteratee(arguments); return baseUniq(flatten(p[0], false), p[1] || identity); };
  _.xor = function () {
    var arrays = Array.prototype.slice.call(arguments).map(function (a) { return baseUniq(a); });
    var all = flatten(arrays, false), counts = new Map();
    all.forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
    return baseUniq(all.filter(function (v) { return counts.get(v) === 1; }));
  };
  _.zip = function () {
    var arrays = Array.prototype.slice.call(arguments);
    var n = arrays.reduce(function (m, a) { return Math.max(m, a ? a.length : 0); }, 0), out = [];
    for (var i = 0; i < n; i++) { out.push(arrays.map(function (a) { return a ? a[i] : undefined; })); }
    return out;
  };
  _.unzip = function (a) { return _.zip.apply(null, arr(a)); };
  _.zipObject = function (ks, vs) { var o = {}; arr(ks).forEach(function (k, i) { o[k] = vs ? vs[i] : undefined; }); return o; };
  _.zipObjectDeep = function (ks, vs) { var o = {}; arr(ks).forEach(function (k, i) { baseSet(o, k, vs ? vs[i] : undefined); }); return o; };
  _.fromPairs = function (pairs) { var o = {}; arr(pairs).forEach(function (p) { o[p[0]] = p[1]; }); return o; };
  _.fill = function (a, v, s, e) { var n = a.length; s = s == null ? 0 : toInteger(s); e = e === undefined ? n : toInteger(e); if (s < 0) { s += n; } if (e < 0) { e += n; } for (var i = Math.max(s, 0); i < Math.min(e, n); i++) { a[i] = v; } return a; };
  _.concat = function () { var a = arguments.length ? _.castArray(arguments[0]) : []; return a.concat.apply(a.slice(), Array.prototype.slice.call(arguments, 1)); };
  _.sortedIndex = function (a, v) { a = arr(a); var lo = 0, hi = a.length; while (lo < hi) { var mid = (lo + hi) >>> 1; if (compareAsc(a[mid], v) < 0) { lo = mid + 1; } else { hi = mid; } } return lo; };

  // ---- Objects ----
  function assignWith(inherited) {
    return function (target) {
      target = Object(target);
      for (var i = 1; i < arguments.length; i++) {
        var src = arguments[i];
        if (src == null) { continue; }
        var ks = inherited ? keysIn(src) : keys(src);
        ks.forEach(function (k) { if (!(hasOwn.call(target, k) && eq(target[k], src[k])) || (src[k] === undefined && !(k in target))) { target[k] = src[k]; } });
      }
      return target;
    };
  }
  _.assign = assignWith(false);
  _.assignIn = _.extend = assignWith(true);
  _.assignWith = function (target) {
    var args = Array.prototype.slice.call(arguments, 1), c = args.pop();
    target = Object(target);
    args.forEach(function (src) { if (src != null) { keys(src).forEach(function (k) { var r = c(target[k], src[k], k, target, src); target[k] = r === undefined ? src[k] : r; }); } });
    return target;
  };
  _.defaults = function (target) {
    target = Object(target);
    for (var i = 1; i < arguments.length; i++) {
      var src = arguments[i];
      if (src == null) { continue; }
      keysIn(src).forEach(function (k) {
        var v = target[k];
        if (v === undefined || (eq(v, Object.prototype[k]) && !hasOwn.call(target, k))) { target[k] = src[k]; }
      });
    }
    return target;
  };
  _.defaultsDeep = function (target) {
    target = Object(target);
    for (var i = 1; i < arguments.length; i++) {
      var src = arguments[i];
      if (src == null) { continue; }
      keysIn(src).forEach(function (k) {
        if (target[k] === undefined) { target[k] = cloneDeep(src[k]); } else if (isPlainObject(target[k]) && isPlainObject(src[k])) { _.defaultsDeep(target[k], src[k]); }
      });
    }
    return target;
  };
  function baseMerge(target, src, customizer, stack) {
    stack = stack || [];
    keysIn(src).forEach(function (k) {
      if (k === '__proto__' || k === 'constructor') { return; }
      var sv = src[k], tv = target[k];
      var cv = customizer ? customizer(tv, sv, k, target, src) : undefined;
      if (cv !== undefined) { target[k] = cv; return; }
      if (isObjectLike(sv) && (Array.isArray(sv) || isPlainObject(sv) || _.isTypedArray(sv) || _.isArguments(sv))) {
        for (var s = 0; s < stack.length; s++) { if (stack[s][0] === sv) { target[k] = stack[s][1]; return; } }
        var nv;
        if (Array.isArray(sv) || _.isTypedArray(sv)) {
          nv = Array.isArray(tv) ? tv : (isArrayLike(tv) && isObjectLike(tv) ? Array.prototype.slice.call(tv) : (_.isTypedArray(sv) ? new sv.constructor(sv) : []));
          if (_.isTypedArray(sv)) { target[k] = nv; return; }
        } else if (_.isArguments(sv)) {
          nv = _.toPlainObject(sv);
        } else {
          nv = isPlainObject(tv) || _.isArguments(tv) ? tv : (isObject(tv) && !isFunction(tv) ? tv : {});
          if (_.isArguments(tv)) { nv = _.toPlainObject(tv); }
        }
        stack.push([sv, nv]);
        baseMerge(nv, sv, customizer, stack);
        stack.pop();
        target[k] = nv;
      } else if (sv !== undefined || !(k in target)) {
        if (!(sv === undefined && k in target) && !(eq(tv, sv) && hasOwn.call(target, k))) { target[k] = sv; }
      }
    });
    return target;
  }
  _.merge = function (target) {
    target = Object(target);
    for (var i = 1; i < arguments.length; i++) { if (arguments[i] != null) { baseMerge(target, arguments[i]); } }
    return target;
  };
  _.mergeWith = function (target) {
    var args = Array.prototype.slice.call(arguments, 1), c = args.pop();
    target = Object(target);
    args.forEach(function (src) { if (src != null) { baseMerge(target, src, c); } });
    return target;
  };
  _.pick = function (o) {
    var paths = flatten(Array.prototype.slice.call(arguments, 1), true), out = {};
    if (o == null) { return out; }
    paths.forEach(function (p) { if (_.hasIn(o, p)) { baseSet(out, castPath(p, o), baseGet(o, p)); } });
    return out;
  };
  _.pickBy = function (o, f) {
    f = iteratee(f);
    var out = {};
    if (o == null) { return out; }
    keysIn(o).forEach(function (k) { if (f(o[k], k)) { out[k] = o[k]; } });
    return out;
  };
  _.omit = function (o) {
    var paths = flatten(Array.prototype.slice.call(arguments, 1), true);
    if (o == null) { return {}; }
    var out = {};
    keysIn(o).forEach(function (k) { out[k] = o[k]; });
    var deep = paths.some(function (p) { return castPath(p, o).length > 1; });
    if (deep) { out = cloneDeep(out); }
    paths.forEach(function (p) { _.unset(out, p); });
    return out;
  };
  _.omitBy = function (o, f) { f = iteratee(f); return _.pickBy(o, function (v, k) { return !f(v, k); }); };
  _.mapValues = function (o, f) { f = iteratee(f); var out = {}; _.forOwn(o, function (v, k) { out[k] = f(v, k, o); }); return out; };
  _.mapKeys = function (o, f) { f = iteratee(f); var out = {}; _.forOwn(o, function (v, k) { out[f(v, k, o)] = v; }); return out; };
  _.invert = function (o) { var out = {}; _.forOwn(o, function (v, k) { out[v] = k; }); return out; };
  _.invertBy = function (o, f) { f = iteratee(f); var out = {}; _.forOwn(o, function (v, k) { var nk = f(v); (out[nk] = out[nk] || []).push(k); }); return out; };
  _.functions = function (o) { return o == null ? [] : Object.keys(o).filter(function (k) { return isFunction(o[k]); }); };
  _.create = function (proto, props) { var o = Object.create(proto); return props ? _.assign(o, props) : o; };

  function cloneValue(v, deep, stack) {
    if (!isObject(v)) { return v; }
    if (isFunction(v)) { return stack ? v : {}; }
    stack = stack || new Map();
    if (stack.has(v)) { return stack.get(v); }
    var t = toStr.call(v), out;
    switch (t) {
      case '[object Date]': return new Date(+v);
      case '[object RegExp]': out = new RegExp(v.source, v.flags); out.lastIndex = v.lastIndex; return out;
      case '[object Number]': case '[object String]': case '[object Boolean]': return Object(v.valueOf());
      case '[object Error]': case '[object WeakMap]': return {};
    }
    if (ArrayBuffer.isView(v)) { return new v.constructor(v); }
    if (t === '[object ArrayBuffer]') { return v.slice(0); }
    if (t === '[object Map]') { out = new Map(); stack.set(v, out); v.forEach(function (x, k) { out.set(k, deep ? cloneValue(x, deep, stack) : x); }); return out; }
    if (t === '[object Set]') { out = new Set(); stack.set(v, out); v.forEach(function (x) { out.add(deep ? cloneValue(x, deep, stack) : x); }); return out; }
    if (Array.isArray(v)) {
      out = new Array(v.length);
      stack.set(v, out);
      for (var i = 0; i < v.length; i++) { out[i] = deep ? cloneValue(v[i], deep, stack) : v[i]; }
      if (hasOwn.call(v, 'index')) { out.index = v.index; out.input = v.input; }
      return out;
    }
    out = t === '[object Arguments]' ? {} : Object.create(Object.getPrototypeOf(v));
    stack.set(v, out);
    Object.keys(v).forEach(function (k) { out[k] = deep ? cloneValue(v[k], deep, stack) : v[k]; });
    Object.getOwnPropertySymbols(v).forEach(function (k) { if (Object.prototype.propertyIsEnumerable.call(v, k)) { out[k] = deep ? cloneValue(v[k], deep, stack) : v[k]; } });
    return out;
  }
  function cloneDeep(v) { return cloneValue(v, true); }
  _.clone = function (v) { return cloneValue(v, false); };
  _.cloneDeep = cloneDeep;
  _.cloneWith = function (v, c) { var r = c ? c(v) : undefined; return r === undefined ? _.clone(v) : r; };
  _.cloneDeepWith = function (v, c) { var r = c ? c(v) : undefined; return r === undefined ? cloneDeep(v) : r; };

  // ---- Math ----
  function baseExtremum(a, f, cmp) {
    var result, computed;
    arr(a).forEach(function (v) {
      var c = f(v);
      if (c != null && (computed === undefined ? (c === c && typeof c !== 'symbol') : cmp(c, computed))) { computed = c; result = v; }
    });
    return result;
  }
  _.max = function (a) { return baseExtremum(a, identity, function (x, y) { return x > y; }); };
  _.min = function (a) { return baseExtremum(a, identity, function (x, y) { return x < y; }); };
  _.maxBy = function (a, f) { return baseExtremum(a, iteratee(f), function (x, y) { return x > y; }); };
  _.minBy = function (a, f) { return baseExtremum(a, iteratee(f), function (x, y) { return x < y; }); };
  function baseSum(a, f) {
    var result;
    arr(a).forEach(function (v) { var c = f(v); if (c !== undefined) { result = result === undefined ? c : result + c; } });
    return result;
  }
  _.sum = function (a) { return a && a.length ? baseSum(a, identity) : 0; };
  _.sumBy = function (a, f) { return a && a.length ? baseSum(a, iteratee(f)) : 0; };
  _.mean = function (a) { return _.meanBy(a, identity); };
  _.meanBy = function (a, f) { var n = a == null ? 0 : a.length; return n ? baseSum(a, iteratee(f)) / n : NaN; };
  _.add = function (a, b) { return a === undefined && b === undefined ? 0 : (a === undefined ? b : (b === undefined ? a : a + b)); };
  _.subtract = function (a, b) { return a - b; };
  _.multiply = function (a, b) { return a * b; };
  _.divide = function (a, b) { return a / b; };
  function rounder(m) {
    return function (n, precision) {
      n = toNumber(n);
      precision = precision == null ? 0 : Math.min(toInteger(precision), 292);
      if (precision && isFinite(n)) {
        var pair = (toString(n) + 'e').split('e'), v = Math[m](pair[0] + 'e' + (+pair[1] + precision));
        pair = (toString(v) + 'e').split('e');
        return +(pair[0] + 'e' + (+pair[1] - precision));
      }
      return Math[m](n);
    };
  }
  _.round = rounder('round');
  _.floor = rounder('floor');
  _.ceil = rounder('ceil');
  _.clamp = function (n, lower, upper) {
    if (upper === undefined) { upper = lower; lower = undefined; }
    n = toNumber(n);
    if (upper !== undefined) { upper = toNumber(upper); upper = upper === upper ? upper : 0; n = n <= upper ? n : upper; }
    if (lower !== undefined) { lower = toNumber(lower); lower = lower === lower ? lower : 0; n = n >= lower ? n : lower; }
    return n;
  };
  _.inRange = function (n, start, end) {
    start = toFinite(start);
    if (end === undefined) { end = start; start = 0; } else { end = toFinite(end); }
    n = toNumber(n);
    return n >= Math.min(start, end) && n < Math.max(start, end);
  };
  _.random = function (lower, upper, floating) {
    if (floating === undefined) {
      if (typeof upper === 'boolean') { floating = upper; upper = undefined; } else if (typeof lower === 'boolean') { floating = lower; lower = undefined; }
    }
    if (lower === undefined && upper === undefined) { lower = 0; upper = 1; } else {
      lower = toFinite(lower);
      if (upper === undefined) { upper = lower; lower = 0; } else { upper = toFinite(upper); }
    }
    if (lower > upper) { var t = lower; lower = upper; upper = t; }
    if (floating || lower % 1 || upper % 1) {
      var rand = Math.random();
      return Math.min(lower + rand * (upper - lower + parseFloat('1e-' + ((rand + '').length - 1))), upper);
    }
    return lower + Math.floor(Math.random() * (upper - lower + 1));
  };

  // ---- Strings ----
  var reAsciiWord = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
  var reHasUnicodeWord = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;
  var brk = '[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\xd7\\xf7\\s\\u2000-\\u206f]';
  var up = '[A-Z\\xc0-\\xd6\\xd8-\\xde]', lo = '[a-z\\xdf-\\xf6\\xf8-\\xff]';
  var misc = '[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\xd7\\xf7\\s\\u2000-\\u206f0-9a-zA-Z\\xc0-\\xd6\\xd8-\\xde\\xdf-\\xf6\\xf8-\\xff\\ud800-\\udfff]';
  var ml = '(?:' + lo + '|' + misc + ')', mu = '(?:' + up + '|' + misc + ')';
  var cl = "(?:['\u2019](?:d|ll|m|re|s|t|ve))?", cu = "(?:['\u2019](?:D|LL|M|RE|S|T|VE))?";
  var reUnicodeWord = new RegExp([
    up + '?' + lo + '+' + cl + '(?=' + [brk, up, '$'].join('|') + ')',
    mu + '+' + cu + '(?=' + [brk, up + ml, '$'].join('|') + ')',
    up + '?' + ml + '+' + cl,
    up + '+' + cu,
    '\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])',
    '\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])',
    '\\d+'
  ].join('|'), 'g');
  function words(s, pattern) {
    s = toString(s);
    if (pattern === undefined) { return s.match(reHasUnicodeWord.test(s) ? reUnicodeWord : reAsciiWord) || []; }
    return s.match(pattern) || [];
  }
  var deburrMap = { 'À': 'A', 'Á': 'A', 'Â': 'A', 'Ã': 'A', 'Ä': 'A', 'Å': 'A', 'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'Ç': 'C', 'ç': 'c', 'Ð': 'D', 'ð': 'd', 'È': 'E', 'É': 'E', 'Ê': 'E', 'Ë': 'E', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'Ì': 'I', 'Í': 'I', 'Î': 'I', 'Ï': 'I', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'Ñ': 'N', 'ñ': 'n', 'Ò': 'O', 'Ó': 'O', 'Ô': 'O', 'Õ': 'O', 'Ö': 'O', 'Ø': 'O', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'Ù': 'U', 'Ú': 'U', 'Û': 'U', 'Ü': 'U', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'Ý': 'Y', 'ý': 'y', 'ÿ': 'y', 'Æ': 'Ae', 'æ': 'ae', 'Þ': 'Th', 'þ': 'th', 'ß': 'ss' };
  function deburr(s) { return toString(s).replace(/[\xc0-\xd6\xd8-\xf6\xf8-\xff]/g, function (c) { return deburrMap[c] || c; }).replace(/[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff]/g, ''); }
  function compounder(cb) { return function (s) { return words(deburr(s).replace(/['\u2019]/g, '')).reduce(function (acc, w, i) { return cb(acc, w, i); }, ''); }; }
  function upperFirst(s) { s = toString(s); var cs = Array.from(s); return cs.length ? cs[0].toUpperCase() + cs.slice(1).join('') : ''; }
  function lowerFirst(s) { s = toString(s); var cs = Array.from(s); return cs.length ? cs[0].toLowerCase() + cs.slice(1).join('') : ''; }
  function capitalize(s) { return upperFirst(toString(s).toLowerCase()); }
  _.words = words;
  _.deburr = deburr;
  _.upperFirst = upperFirst;
  _.lowerFirst = lowerFirst;
  _.capitalize = capitalize;
  _.camelCase = compounder(function (r, w, i) { w = w.toLowerCase(); return r + (i ? capitalize(w) : w); });
  _.kebabCase = compounder(function (r, w, i) { return r + (i ? '-' : '') + w.toLowerCase(); });
  _.snakeCase = compounder(function (r, w, i) { return r + (i ? '_' : '') + w.toLowerCase(); });
  _.lowerCase = compounder(function (r, w, i) { return r + (i ? ' ' : '') + w.toLowerCase(); });
  _.upperCase = compounder(function (r, w, i) { return r + (i ? ' ' : '') + w.toUpperCase(); });
  _.startCase = compounder(function (r, w, i) { return r + (i ? ' ' : '') + upperFirst(w); });
  _.toLower = function (s) { return toString(s).toLowerCase(); };
  _.toUpper = function (s) { return toString(s).toUpperCase(); };
  function charsRe(chars) { return chars.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&'); }
  _.trim = function (s, chars) {
    s = toString(s);
    if (chars === undefined) { return s.trim(); }
    var c = charsRe(toString(chars));
    return c ? s.replace(new RegExp('^[' + c + ']+|[' + c + ']+$', 'g'), '') : s;
  };
  _.trimStart = function (s, chars) { s = toString(s); if (chars === undefined) { return s.replace(/^\s+/, ''); } var c = charsRe(toString(chars)); return c ? s.replace(new RegExp('^[' + c + ']+'), '') : s; };
  _.trimEnd = function (s, chars) { s = toString(s); if (chars === undefined) { return s.replace(/\s+$/, ''); } var c = charsRe(toString(chars)); return c ? s.replace(new RegExp('[' + c + ']+$'), '') : s; };
  function createPadding(len, chars) {
    chars = chars === undefined ? ' ' : toString(chars);
    if (!chars || len <= 0) { return ''; }
    var r = '';
    while (r.length < len) { r += chars; }
    return r.slice(0, len);
  }
  _.pad = function (s, len, chars) {
    s = toString(s); len = toInteger(len);
    var n = s.length;
    if (!len || n >= len) { return s; }
    var mid = (len - n) / 2;
    return createPadding(Math.floor(mid), chars) + s + createPadding(Math.ceil(mid), chars);
  };
  _.padStart = function (s, len, chars) { s = toString(s); len = toInteger(len); return s.length < len ? createPadding(len - s.length, chars) + s : s; };
  _.padEnd = function (s, len, chars) { s = toString(s); len = toInteger(len); return s.length < len ? s + createPadding(len - s.length, chars) : s; };
  _.repeat = function (s, n) { n = n === undefined ? 1 : toInteger(n); s = toString(s); return n < 1 ? '' : s.repeat(n); };
  _.startsWith = function (s, t, pos) { s = toString(s); pos = pos == null ? 0 : Math.max(0, Math.min(toInteger(pos), s.length)); t = toString(t); return s.slice(pos, pos + t.length) === t; };
  _.endsWith = function (s, t, pos) { s = toString(s); t = toString(t); var n = s.length; pos = pos === undefined ? n : Math.max(0, Math.min(toInteger(pos), n)); var end = pos; pos -= t.length; return pos >= 0 && s.slice(pos, end) === t; };
  _.split = function (s, sep, limit) { return toString(s).split(sep, limit === undefined ? 4294967295 : limit >>> 0); };
  _.replace = function (s, pattern, rep) { return toString(s).replace(pattern, rep); };
  var htmlEsc = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  var htmlUnesc = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  _.escape = function (s) { return toString(s).replace(/[&<>"']/g, function (c) { return htmlEsc[c]; }); };
  _.unescape = function (s) { return toString(s).replace(/&(?:amp|lt|gt|quot|#39);/g, function (c) { return htmlUnesc[c]; }); };
  _.escapeRegExp = function (s) { return toString(s).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'); };
  _.parseInt = function (s, radix) { return parseInt(toString(s).replace(/^\s+/, ''), radix ? +radix : 0); };
  _.truncate = function (s, opts) {
    opts = opts || {};
    var len = opts.length === undefined ? 30 : toInteger(opts.length), omission = opts.omission === undefined ? '...' : toString(opts.omission);
    s = toString(s);
    if (len >= s.length) { return s; }
    var end = len - omission.length;
    if (end < 1) { return omission; }
    var r = s.slice(0, end), sep = opts.separator;
    if (sep !== undefined) {
      if (_.isRegExp(sep)) {
        var re = new RegExp(sep.source, (sep.flags || '').replace('g', '') + 'g'), m, last;
        while ((m = re.exec(r))) { last = m.index; if (!m[0].length) { re.lastIndex++; } }
        if (last !== undefined) { r = r.slice(0, last); }
      } else {
        var i = r.lastIndexOf(toString(sep));
        if (i > -1) { r = r.slice(0, i); }
      }
    }
    return r + omission;
  };
  _.templateSettings = { escape: /<%-([\s\S]+?)%>/g, evaluate: /<%([\s\S]+?)%>/g, interpolate: /<%=([\s\S]+?)%>/g, variable: '', imports: { _: _ } };
  _.template = function (text, options) {
    var settings = _.defaults({}, options, _.templateSettings);
    text = toString(text);
    var esc = settings.escape || /$^/, interp = settings.interpolate || /$^/, evaluate = settings.evaluate || /$^/;
    var es = /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/g;
    var re = new RegExp(esc.source + '|' + (interp === _.templateSettings.interpolate ? interp.source + '|' + es.source : interp.source) + '|' + evaluate.source + '|$', 'g');
    var index = 0, source = "__p += '";
    text.replace(re, function (match, escapeValue, interpolateValue, esInterp, evaluateValue, offset) {
      if (interp !== _.templateSettings.interpolate) { evaluateValue = esInterp; esInterp = undefined; }
      interpolateValue = interpolateValue || esInterp;
      source += text.slice(index, offset).replace(/['\n\r\u2028\u2029\\]/g, function (c) { return '\\' + ({ "'": "'", '\n': 'n', '\r': 'r', '\u2028': 'u2028', '\u2029': 'u2029', '\\': '\\' })[c]; });
      if (escapeValue) { source += "' +\n__e(" + escapeValue + ") +\n'"; }
      if (evaluateValue) { source += "';\n" + evaluateValue + ";\n__p += '"; }
      if (interpolateValue) { source += "' +\n((__t = (" + interpolateValue + ")) == null ? '' : __t) +\n'"; }
      index = offset + match.length;
      return match;
    });
    source += "';\n";
    var variable = settings.variable;
    if (!variable) { source = 'with (obj) {\n' + source + '\n}\n'; }
    source = 'function(' + (variable || 'obj') + ') {\n' + (variable ? '' : 'obj || (obj = {});\n') +
      "var __t, __p = '', __e = _.escape;\n" + source + 'return __p\n}';
    var importKeys = keys(settings.imports), importValues = importKeys.map(function (k) { return settings.imports[k]; });
    var fn = Function.apply(null, importKeys.concat('return ' + source)).apply(undefined, importValues);
    fn.source = source;
    return fn;
  };

  // ---- Functions ----
  _.once = function (f) { var done = false, r; return function () { if (!done) { done = true; r = f.apply(this, arguments); f = undefined; } return r; }; };
  _.before = function (n, f) { var r; return function () { if (--n > 0) { r = f.apply(this, arguments); } return r; }; };
  _.after = function (n, f) { return function () { if (--n < 1) { return f.apply(this, arguments); } }; };
  _.negate = function (f) { return function () { return !f.apply(this, arguments); }; };
  _.memoize = function (f, resolver) {
    var m = function () { var k = resolver ? resolver.apply(this, arguments) : arguments[0]; if (m.cache.has(k)) { return m.cache.get(k); } var r = f.apply(this, arguments); m.cache.set(k, r); return r; };
    m.cache = new Map();
    return m;
  };
  _.partial = function (f) { var pre = Array.prototype.slice.call(arguments, 1); return function () { return f.apply(this, pre.concat(Array.prototype.slice.call(arguments))); }; };
  _.partialRight = function (f) { var post = Array.prototype.slice.call(arguments, 1); return function () { return f.apply(this, Array.prototype.slice.call(arguments).concat(post)); }; };
  _.bind = function (f, thisArg) { var pre = Array.prototype.slice.call(arguments, 2); return function () { return f.apply(thisArg, pre.concat(Array.prototype.slice.call(arguments))); }; };
  _.flow = function () { var fs = flatten(arguments, false); return function () { var r = fs.length ? fs[0].apply(this, arguments) : arguments[0]; for (var i = 1; i < fs.length; i++) { r = fs[i].call(this, r); } return r; }; };
  _.flowRight = function () { return _.flow.apply(null, Array.prototype.slice.call(arguments).reverse()); };
  _.wrap = function (v, w) { return _.partial(w, v); };
  _.ary = function (f, n) { return function () { return f.apply(this, Array.prototype.slice.call(arguments, 0, n)); }; };
  _.unary = function (f) { return _.ary(f, 1); };
  _.rest = function (f, start) { start = start === undefined ? f.length - 1 : toInteger(start); return function () { var a = Array.prototype.slice.call(arguments, 0, start); a[start] = Array.prototype.slice.call(arguments, start); return f.apply(this, a); }; };
  _.spread = function (f) { return function (a) { return f.apply(this, a); }; };
  _.defer = function (f) { var args = Array.prototype.slice.call(arguments, 1); return setTimeout(function () { f.apply(undefined, args); }, 1); };
  _.delay = function (f, wait) { var args = Array.prototype.slice.call(arguments, 2); return setTimeout(function () { f.apply(undefined, args); }, toNumber(wait) || 0); };
  _.attempt = function (f) { try { return f.apply(undefined, Array.prototype.slice.call(arguments, 1)); } catch (e) { return _.isError(e) ? e : new Error(e); } };
  _.conforms = function (src) { return function (o) { return Object.keys(src).every(function (k) { return o != null && src[k](o[k]); }); }; };

  // ---- Chaining ----
  function Wrapper(value, chain) { this.__wrapped__ = value; this.__chain__ = chain; }
  var unwrapping = /^(is|to[A-Z]|has|get|find|first$|head$|last$|sum|max|min|mean|reduce|some$|every$|includes$|contains$|size$|join$|indexOf$|lastIndexOf$|sample$|random$|camelCase$|kebabCase$|snakeCase$|startCase$|capitalize$|upperFirst$|lowerFirst$|upperCase$|lowerCase$|trim|pad|repeat$|startsWith$|endsWith$|escape|unescape$|template$|words$|deburr$|truncate$|parseInt$|nth$|clone|eq$|gt|lt|result$|identity$|noop$|now$|uniqueId$|add$|subtract$|multiply$|divide$|round$|floor$|ceil$|clamp$|inRange$|replace$|split$|toString$)/;
  _.chain = function (v) { var w = _(v); w.__chain__ = true; return w; };
  _.tap = function (v, f) { f(v); return v; };
  _.thru = function (v, f) { return f(v); };
  Wrapper.prototype.value = Wrapper.prototype.valueOf = Wrapper.prototype.toJSON = function () { return this.__wrapped__; };
  Wrapper.prototype.chain = function () { this.__chain__ = true; return this; };
  Wrapper.prototype.commit = function () { return new Wrapper(this.__wrapped__, this.__chain__); };
  Wrapper.prototype.toString = function () { return toString(this.__wrapped__); };
  _.mixin = function (obj, src) {
    if (src === undefined) { src = obj; obj = _; }
    Object.keys(src).forEach(function (name) {
      var f = src[name];
      if (typeof f !== 'function') { return; }
      if (obj === _) { _[name] = f; }
      if (name === 'chain' || name === 'value' || name === 'toString' || name === 'mixin' || name === 'runInContext' || name === 'noConflict') { return; }
      Wrapper.prototype[name] = function () {
        var args = [this.__wrapped__].concat(Array.prototype.slice.call(arguments));
        var r = f.apply(_, args);
        if (this.__chain__ || !unwrapping.test(name)) { return new Wrapper(r, this.__chain__); }
        return r;
      };
    });
    return obj;
  };
  ['pop', 'push', 'shift', 'sort', 'splice', 'unshift'].forEach(function (m) {
    Wrapper.prototype[m] = function () {
      var a = this.__wrapped__, r = Array.prototype[m].apply(a, arguments);
      return (m === 'pop' || m === 'shift') && !this.__chain__ ? r : new Wrapper(m === 'push' || m === 'unshift' || m === 'sort' || m === 'splice' ? (m === 'splice' ? r : a) : r, this.__chain__);
    };
  });
  _.noConflict = function () { return _; };
  _.runInContext = function () { return _; };
  _.prototype = Wrapper.prototype;
  _.mixin(_, _);
  return _;
})
