(function (_) {
  'use strict';
  // Turns a fresh lodash 4 instance into the lodash 3.10 API Postman exposes
  // as the `_` global.
  var v4 = {};
  Object.keys(_).forEach(function (k) { v4[k] = _[k]; });
  var slice = Array.prototype.slice;
  function bindThis(f, thisArg) { return (thisArg !== undefined && typeof f === 'function') ? f.bind(thisArg) : f; }
  function withThis(name, fnIndex) {
    var orig = v4[name];
    _[name] = function () {
      var args = slice.call(arguments);
      if (args.length > fnIndex + 1) { args[fnIndex] = bindThis(args[fnIndex], args[fnIndex + 1]); args.length = fnIndex + 1; }
      return orig.apply(_, args);
    };
  }
  ['map', 'filter', 'forEach', 'each', 'forEachRight', 'eachRight', 'find', 'findLast', 'findIndex', 'findLastIndex', 'findKey', 'some', 'every', 'reject', 'partition',
    'groupBy', 'countBy', 'keyBy', 'mapValues', 'mapKeys', 'forOwn', 'forIn', 'uniqBy', 'sortedIndex', 'dropWhile', 'takeWhile', 'remove', 'maxBy', 'minBy', 'sumBy'].forEach(function (n) { withThis(n, 1); });
  withThis('times', 1);
  _.VERSION = '3.10.2'; // the lodash3 build postman-sandbox bundles
  _.reduce = function (c, f, acc, thisArg) { f = bindThis(f, thisArg); return arguments.length < 3 ? v4.reduce(c, f) : v4.reduce(c, f, acc); };
  _.reduceRight = function (c, f, acc, thisArg) { f = bindThis(f, thisArg); return arguments.length < 3 ? v4.reduceRight(c, f) : v4.reduceRight(c, f, acc); };
  _.sortBy = function (c, f, thisArg) { return v4.sortBy(c, Array.isArray(f) ? f : [bindThis(f, thisArg)]); };
  _.sortByAll = function (c) { return v4.sortBy.apply(_, arguments); };
  _.sortByOrder = function (c, its, orders) { return v4.orderBy(c, its, orders); };
  _.indexBy = _.keyBy;
  _.contains = _.include = v4.includes;
  _.all = _.every; _.any = _.some; _.collect = _.map; _.select = _.filter; _.detect = _.find;
  _.foldl = _.inject = _.reduce; _.foldr = _.reduceRight;
  _.methods = v4.functions;
  _.pairs = v4.toPairs;
  _.callback = v4.iteratee;
  _.backflow = _.compose = v4.flowRight;
  _.unique = function () { return _.uniq.apply(_, arguments); };
  _.rest = v4.tail;
  _.padLeft = v4.padStart;
  _.padRight = v4.padEnd;
  _.trimLeft = v4.trimStart;
  _.trimRight = v4.trimEnd;
  _.pluck = function (c, path) { return v4.map(c, v4.property(path)); };
  _.where = function (c, src) { return v4.filter(c, v4.matches(src)); };
  _.findWhere = function (c, src) { return v4.find(c, v4.matches(src)); };
  _.first = _.head = function (a) { return v4.head(a); };
  _.last = function (a) { return v4.last(a); };
  _.flatten = function (a, isDeep) { return isDeep ? v4.flattenDeep(a) : v4.flatten(a); };
  _.uniq = function (a, isSorted, f, thisArg) {
    if (typeof isSorted !== 'boolean' && isSorted != null) { thisArg = f; f = isSorted; }
    return f == null ? v4.uniq(a) : v4.uniqBy(a, bindThis(v4.iteratee(f), thisArg));
  };
  function extremum(name, byName, empty) {
    return function (c, f, thisArg) {
      var arr = Array.isArray(c) ? c : v4.values(c);
      var r = f == null ? v4[name](arr) : v4[byName](arr, bindThis(v4.iteratee(f), thisArg));
      return r === undefined ? empty : r;
    };
  }
  _.max = extremum('max', 'maxBy', -Infinity);
  _.min = extremum('min', 'minBy', Infinity);
  _.sum = function (c, f, thisArg) {
    var arr = Array.isArray(c) ? c : v4.values(c);
    return f == null ? (v4.sum(arr) || 0) : (v4.sumBy(arr, bindThis(v4.iteratee(f), thisArg)) || 0);
  };
  _.capitalize = function (s) { s = v4.toString(s); return s && (s.charAt(0).toUpperCase() + s.slice(1)); };
  _.clone = function (v, isDeep, customizer, thisArg) {
    if (typeof isDeep === 'function') { thisArg = customizer; customizer = isDeep; isDeep = false; }
    customizer = bindThis(customizer, thisArg);
    if (customizer) { var r = customizer(v); if (r !== undefined) { return r; } }
    return isDeep ? v4.cloneDeep(v) : v4.clone(v);
  };
  _.cloneDeep = function (v, customizer, thisArg) { return _.clone(v, true, customizer, thisArg); };
  _.isEqual = _.eq = function (a, b, customizer, thisArg) { return customizer ? v4.isEqualWith(a, b, bindThis(customizer, thisArg)) : v4.isEqual(a, b); };
  _.zipObject = function (props, vals) {
    if (vals === undefined && Array.isArray(props) && props.every(Array.isArray)) { return v4.fromPairs(props); }
    return v4.zipObject(props, vals);
  };
  _.object = _.zipObject;
  function pickOmit(base, byName) {
    return function (o, pred, thisArg) {
      if (typeof pred === 'function') { return v4[byName](o, bindThis(pred, thisArg)); }
      return v4[base].apply(_, arguments);
    };
  }
  _.pick = pickOmit('pick', 'pickBy');
  _.omit = pickOmit('omit', 'omitBy');
  _.indexOf = function (a, v, from) { return typeof from === 'boolean' ? v4.indexOf(a, v) : v4.indexOf(a, v, from); };
  function assigner(base) {
    return function () {
      var args = slice.call(arguments);
      var last = args[args.length - 1];
      if (args.length > 2 && typeof last === 'function' && typeof args[args.length - 2] !== 'function') {
        var c = args.pop();
        return v4[base === 'merge' ? 'mergeWith' : 'assignWith'].apply(_, args.concat(function (o, s, k, obj, src) { return c(o, s, k, obj, src); }));
      }
      return v4[base].apply(_, args);
    };
  }
  _.assign = _.extend = assigner('assign');
  _.merge = assigner('merge');
  _.trunc = function (s, opts, guard) {
    if (guard || opts == null) { return v4.truncate(s); }
    if (typeof opts !== 'object') { return v4.truncate(s, { length: opts }); }
    return v4.truncate(s, opts);
  };
  var reWords = /[A-Z\xc0-\xd6\xd8-\xde]+(?=[A-Z\xc0-\xd6\xd8-\xde][a-z\xdf-\xf6\xf8-\xff]+)|[A-Z\xc0-\xd6\xd8-\xde]?[a-z\xdf-\xf6\xf8-\xff]+|[A-Z\xc0-\xd6\xd8-\xde]+|[0-9]+/g;
  _.words = function (s, pattern) { return v4.toString(s).match(pattern || reWords) || []; };
  function compounder(cb) { return function (s) { var ws = _.words(v4.deburr(s)), r = ''; for (var i = 0; i < ws.length; i++) { r = cb(r, ws[i], i); } return r; }; }
  _.camelCase = compounder(function (r, w, i) { w = w.toLowerCase(); return r + (i ? (w.charAt(0).toUpperCase() + w.slice(1)) : w); });
  _.kebabCase = compounder(function (r, w, i) { return r + (i ? '-' : '') + w.toLowerCase(); });
  _.snakeCase = compounder(function (r, w, i) { return r + (i ? '_' : '') + w.toLowerCase(); });
  _.startCase = compounder(function (r, w, i) { return r + (i ? ' ' : '') + (w.charAt(0).toUpperCase() + w.slice(1)); });
  _.support = {};
  _.isEmpty = function (v) {
    if (v == null) { return true; }
    if (v4.isArrayLike(v) && (Array.isArray(v) || typeof v === 'string' || v4.isArguments(v) || (typeof v === 'object' && typeof v.splice === 'function'))) { return !v.length; }
    return !Object.keys(v).length;
  };
  var hidden = {};
  ['toLower', 'toUpper', 'lowerCase', 'upperCase', 'lowerFirst', 'upperFirst', 'padStart', 'padEnd', 'trimStart', 'trimEnd', 'castArray', 'head', 'nth', 'flatMap', 'flattenDepth',
    'orderBy', 'maxBy', 'minBy', 'sumBy', 'meanBy', 'mean', 'uniqBy', 'uniqWith', 'unionBy', 'differenceBy', 'intersectionBy', 'fromPairs', 'toPairs', 'entries', 'keyBy', 'isNil',
    'defaultsDeep', 'assignIn', 'mergeWith', 'assignWith', 'isEqualWith', 'cloneWith', 'cloneDeepWith', 'pickBy', 'omitBy', 'invertBy', 'stubTrue', 'stubFalse', 'stubArray',
    'stubObject', 'stubString', 'toInteger', 'toNumber', 'toString', 'toFinite', 'toLength', 'toSafeInteger', 'divide', 'multiply', 'subtract', 'clamp', 'update', 'unset',
    'zipObjectDeep', 'sortedUniq', 'includes', 'truncate', 'toPath', 'flatMapDeep', 'isArrayLikeObject', 'isSymbol', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isArrayBuffer',
    'isBuffer', 'isLength', 'isSafeInteger', 'isInteger', 'isObjectLike', 'conforms', 'pullAll', 'nthArg', 'overArgs', 'unary', 'castArray', 'defaultTo', 'invokeMap', 'sampleSize', 'rangeRight',
    'tail', 'iteratee', 'uniqueId', 'hasIn'].forEach(function (n) {
    if (n === 'head' || n === 'includes' || n === 'tail' || n === 'iteratee' || n === 'uniqueId' || n === 'toString' || n === 'hasIn' || n === 'isInteger') { return; }
    hidden[n] = true;
  });
  var L = function (value) { return _(value); };
  Object.keys(_).forEach(function (k) { if (!hidden[k]) { L[k] = _[k]; } });
  L.prototype = _.prototype;
  L.mixin = function (obj, src) { if (src === undefined) { src = obj; obj = L; } _.mixin(_, src); Object.keys(src).forEach(function (k) { if (obj === L) { L[k] = src[k]; } }); return obj; };
  L.runInContext = L.noConflict = function () { return L; };
  L.templateSettings.imports._ = L;
  _.mixin(_, _);
  return L;
})
