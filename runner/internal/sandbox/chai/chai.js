// runner-chai.js: chai 4 BDD `expect` with the chai-postman assertions, written
// for the runner's goja sandbox. Evaluating this file defines one global
// function, __runnerChai(host), which returns
// {expect, assert, AssertionError, inspect, Assertion}.
//
// Failure messages and value printing follow chai 4.4.1 (loupe 2 inspection
// and chai's objDisplay truncation) and chai-postman 2.0.1 so that scripts
// report the same text as Postman and Newman.
//
// Design, for speed in goja: the Assertion prototype is built once per call
// of __runnerChai; language chains and flags are getters on it that update
// the assertion's flags and return the same (proxied) assertion instead of a
// copy as chai does. Only the assertion made by expect() itself is copied on
// its first property access, so a stored `const e = pm.expect(x)` can be
// reused like in chai. Unknown properties throw chai's "Invalid Chai
// property" errors from a Proxy at the end of the prototype chain, which
// known properties never reach.
function __runnerChai(host) {
  'use strict';
  host = host || {};

  var TRUNCATE_THRESHOLD = 40;
  var TRUNCATOR = '\u2026';
  var objToString = Object.prototype.toString;
  var hasOwn = Object.prototype.hasOwnProperty;
  // objectCreate is kept in a local: a global name costs goja a lookup per use.
  var objectCreate = Object.create;
  var chaiInspectSymbol = Symbol.for('chai/inspect');

  // ---------------------------------------------------------------------
  // AssertionError

  function AssertionError(message, props) {
    if (!(this instanceof AssertionError)) {
      return new AssertionError(message, props);
    }
    this.message = message || 'Unspecified AssertionError';
    this.showDiff = false;
    if (props) {
      for (var key in props) {
        if (key !== 'name' && key !== 'message' && key !== 'stack' && key !== 'constructor' && key !== 'toJSON') {
          this[key] = props[key];
        }
      }
    }
    var stack = new Error(this.message).stack;
    if (typeof stack === 'string') {
      this.stack = 'AssertionError: ' + stack.replace(/^Error: /, '');
    }
  }
  AssertionError.prototype = Object.create(Error.prototype);
  AssertionError.prototype.name = 'AssertionError';
  AssertionError.prototype.constructor = AssertionError;
  AssertionError.prototype.toJSON = function (stack) {
    var out = { name: this.name };
    for (var key in this) {
      if (key !== 'stack' && key !== 'toJSON' && key !== 'constructor') {
        out[key] = this[key];
      }
    }
    if (stack !== false && this.stack) {
      out.stack = this.stack;
    }
    return out;
  };

  // ---------------------------------------------------------------------
  // type detection (type-detect 4 semantics)

  var mapIterProto = Object.getPrototypeOf(new Map().entries());
  var setIterProto = Object.getPrototypeOf(new Set().entries());
  var arrayIterProto = Object.getPrototypeOf([][Symbol.iterator]());
  var stringIterProto = Object.getPrototypeOf(''[Symbol.iterator]());
  var globalObj = typeof globalThis === 'object' ? globalThis : undefined;

  function typeOf(obj) {
    var t = typeof obj;
    if (t !== 'object') {
      return t;
    }
    if (obj === null) {
      return 'null';
    }
    if (obj === globalObj) {
      return 'global';
    }
    if (Array.isArray(obj) && !(Symbol.toStringTag in obj)) {
      return 'Array';
    }
    var tag = obj[Symbol.toStringTag];
    if (typeof tag === 'string') {
      return tag;
    }
    var proto = Object.getPrototypeOf(obj);
    if (proto === RegExp.prototype) return 'RegExp';
    if (proto === Date.prototype) return 'Date';
    if (proto === Promise.prototype) return 'Promise';
    if (proto === Set.prototype) return 'Set';
    if (proto === Map.prototype) return 'Map';
    if (typeof WeakSet === 'function' && proto === WeakSet.prototype) return 'WeakSet';
    if (typeof WeakMap === 'function' && proto === WeakMap.prototype) return 'WeakMap';
    if (typeof DataView === 'function' && proto === DataView.prototype) return 'DataView';
    if (proto === mapIterProto) return 'Map Iterator';
    if (proto === setIterProto) return 'Set Iterator';
    if (proto === arrayIterProto) return 'Array Iterator';
    if (proto === stringIterProto) return 'String Iterator';
    if (proto === null) return 'Object';
    return objToString.call(obj).slice(8, -1);
  }

  function getFuncName(fn) {
    if (typeof fn !== 'function') {
      return null;
    }
    var name = fn.name;
    return typeof name === 'string' ? name : '';
  }

  // ---------------------------------------------------------------------
  // inspect (loupe 2 semantics, as used by chai 4.4.1)

  function truncate(str, length, tail) {
    if (tail === undefined) tail = TRUNCATOR;
    str = String(str);
    var tailLength = tail.length;
    var strLength = str.length;
    if (tailLength > length && strLength > tailLength) {
      return tail;
    }
    if (strLength > length && strLength > tailLength) {
      return str.slice(0, length - tailLength) + tail;
    }
    return str;
  }

  function inspectList(list, options, inspectItem, separator) {
    if (separator === undefined) separator = ', ';
    inspectItem = inspectItem || inspect;
    var size = list.length;
    if (size === 0) return '';
    var originalLength = options.truncate;
    var output = '';
    var peek = '';
    var truncated = '';
    for (var i = 0; i < size; i += 1) {
      var last = i + 1 === size;
      var secondToLast = i + 2 === size;
      truncated = TRUNCATOR + '(' + (size - i) + ')';
      var value = list[i];
      options.truncate = originalLength - output.length - (last ? 0 : separator.length);
      var string = peek || inspectItem(value, options) + (last ? '' : separator);
      var nextLength = output.length + string.length;
      var truncatedLength = nextLength + truncated.length;
      if (last && nextLength > originalLength && output.length + truncated.length <= originalLength) {
        break;
      }
      if (!last && !secondToLast && truncatedLength > originalLength) {
        break;
      }
      peek = last ? '' : inspectItem(list[i + 1], options) + (secondToLast ? '' : separator);
      if (!last && secondToLast && truncatedLength > originalLength && nextLength + peek.length > originalLength) {
        break;
      }
      output += string;
      if (!last && !secondToLast && nextLength + peek.length >= originalLength) {
        truncated = TRUNCATOR + '(' + (size - i - 1) + ')';
        break;
      }
      truncated = '';
    }
    return output + truncated;
  }

  var identKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  function quoteComplexKey(key) {
    if (identKey.test(key)) {
      return key;
    }
    return JSON.stringify(key).replace(/'/g, "\\'").replace(/\\"/g, '"').replace(/(^"|"$)/g, "'");
  }

  function inspectProperty(pair, options) {
    var key = pair[0];
    options.truncate -= 2;
    if (typeof key === 'string') {
      key = quoteComplexKey(key);
    } else if (typeof key !== 'number') {
      key = '[' + inspect(key, options) + ']';
    }
    options.truncate -= key.length;
    return key + ': ' + inspect(pair[1], options);
  }

  function nonIndexKeys(arr) {
    return Object.keys(arr).slice(arr.length);
  }

  function propertyPairs(obj, keys) {
    var out = new Array(keys.length);
    for (var i = 0; i < keys.length; i++) {
      out[i] = [keys[i], obj[keys[i]]];
    }
    return out;
  }

  function inspectArray(array, options) {
    var extra = nonIndexKeys(array);
    if (!array.length && !extra.length) return '[]';
    options.truncate -= 4;
    var listContents = inspectList(array, options);
    options.truncate -= listContents.length;
    var propertyContents = '';
    if (extra.length) {
      propertyContents = inspectList(propertyPairs(array, extra), options, inspectProperty);
    }
    return '[ ' + listContents + (propertyContents ? ', ' + propertyContents : '') + ' ]';
  }

  function typedArrayName(array) {
    if (typeof Buffer === 'function' && array instanceof Buffer) {
      return 'Buffer';
    }
    if (array[Symbol.toStringTag]) {
      return array[Symbol.toStringTag];
    }
    return getFuncName(array.constructor);
  }

  function inspectTypedArray(array, options) {
    var name = typedArrayName(array);
    options.truncate -= name.length + 4;
    var extra = nonIndexKeys(array);
    if (!array.length && !extra.length) return name + '[]';
    var output = '';
    for (var i = 0; i < array.length; i++) {
      var string = truncate(array[i], options.truncate) + (i === array.length - 1 ? '' : ', ');
      options.truncate -= string.length;
      if (array[i] !== array.length && options.truncate <= 3) {
        output += TRUNCATOR + '(' + (array.length - array[i] + 1) + ')';
        break;
      }
      output += string;
    }
    var propertyContents = '';
    if (extra.length) {
      propertyContents = inspectList(propertyPairs(array, extra), options, inspectProperty);
    }
    return name + '[ ' + output + (propertyContents ? ', ' + propertyContents : '') + ' ]';
  }

  function inspectDate(date, options) {
    var json = date.toJSON();
    if (json === null) {
      return 'Invalid Date';
    }
    var split = json.split('T');
    var day = split[0];
    return day + 'T' + truncate(split[1], options.truncate - day.length - 1);
  }

  function inspectFunction(fn, options) {
    var name = getFuncName(fn);
    if (!name) {
      return '[Function]';
    }
    return '[Function ' + truncate(name, options.truncate - 11) + ']';
  }

  function inspectMapEntry(pair, options) {
    options.truncate -= 4;
    var key = inspect(pair[0], options);
    options.truncate -= key.length;
    return key + ' => ' + inspect(pair[1], options);
  }

  function inspectMap(map, options) {
    // loupe 2 prints a one-entry Map as Map{} (it tests size - 1 <= 0).
    if (map.size - 1 <= 0) {
      return 'Map{}';
    }
    options.truncate -= 7;
    var entries = [];
    map.forEach(function (value, key) { entries.push([key, value]); });
    return 'Map{ ' + inspectList(entries, options, inspectMapEntry) + ' }';
  }

  function inspectSet(set, options) {
    if (set.size === 0) return 'Set{}';
    options.truncate -= 7;
    var values = [];
    set.forEach(function (value) { values.push(value); });
    return 'Set{ ' + inspectList(values, options) + ' }';
  }

  function inspectNumber(number, options) {
    if (number !== number) return 'NaN';
    if (number === Infinity) return 'Infinity';
    if (number === -Infinity) return '-Infinity';
    if (number === 0) return 1 / number === Infinity ? '+0' : '-0';
    return truncate(number, options.truncate);
  }

  function inspectBigInt(number, options) {
    var nums = truncate(number.toString(), options.truncate - 1);
    if (nums !== TRUNCATOR) nums += 'n';
    return nums;
  }

  function inspectRegExp(value, options) {
    var flags = value.toString().split('/')[2];
    var sourceLength = options.truncate - (2 + flags.length);
    return '/' + truncate(value.source, sourceLength) + '/' + flags;
  }

  var stringEscapeChars = /['\u0000-\u001f\u007f-\u009f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g;
  var escapeCharacters = {
    '\b': '\\b',
    '\t': '\\t',
    '\n': '\\n',
    '\f': '\\f',
    '\r': '\\r',
    "'": "\\'",
    '\\': '\\\\'
  };
  function escapeChar(ch) {
    return escapeCharacters[ch] || '\\u' + ('0000' + ch.charCodeAt(0).toString(16)).slice(-4);
  }

  function inspectString(string, options) {
    string = String(string);
    stringEscapeChars.lastIndex = 0;
    if (stringEscapeChars.test(string)) {
      stringEscapeChars.lastIndex = 0;
      string = string.replace(stringEscapeChars, escapeChar);
    }
    return "'" + truncate(string, options.truncate - 2) + "'";
  }

  function inspectSymbol(value) {
    var desc = value.description;
    return desc ? 'Symbol(' + desc + ')' : 'Symbol()';
  }

  // ownNamesForInspect lists the property names loupe prints. Postman SDK
  // objects built by the sandbox keep their internals in hidden "__" fields,
  // which the real SDK objects do not have, so those are left out.
  function ownNamesForInspect(object) {
    var names = Object.getOwnPropertyNames(object);
    if (hasOwn.call(object, '__postmanType')) {
      names = names.filter(function (n) { return n.slice(0, 2) !== '__'; });
    }
    return names;
  }

  function inspectObject(object, options) {
    var properties = ownNamesForInspect(object);
    var symbols = Object.getOwnPropertySymbols(object);
    if (properties.length === 0 && symbols.length === 0) {
      return '{}';
    }
    options.truncate -= 4;
    options.seen = options.seen || [];
    if (options.seen.indexOf(object) >= 0) {
      return '[Circular]';
    }
    options.seen.push(object);
    var propertyContents = inspectList(propertyPairs(object, properties), options, inspectProperty);
    var symbolContents = inspectList(propertyPairs(object, symbols), options, inspectProperty);
    options.seen.pop();
    var sep = propertyContents && symbolContents ? ', ' : '';
    return '{ ' + propertyContents + sep + symbolContents + ' }';
  }

  function inspectClass(value, options, forcedName) {
    var name = forcedName || '';
    if (!name && Symbol.toStringTag in value) {
      name = value[Symbol.toStringTag];
    }
    name = name || getFuncName(value.constructor);
    if (!name || name === '_class') {
      name = '<Anonymous Class>';
    }
    options.truncate -= name.length;
    return name + inspectObject(value, options);
  }

  function inspectArguments(args, options) {
    if (args.length === 0) return 'Arguments[]';
    options.truncate -= 13;
    return 'Arguments[ ' + inspectList(args, options) + ' ]';
  }

  var errorKeys = ['stack', 'line', 'column', 'name', 'message', 'fileName', 'lineNumber', 'columnNumber', 'number', 'description'];
  function inspectError(error, options) {
    var properties = Object.getOwnPropertyNames(error).filter(function (key) {
      return errorKeys.indexOf(key) === -1;
    });
    var name = error.name;
    options.truncate -= name.length;
    var message = '';
    if (typeof error.message === 'string') {
      message = truncate(error.message, options.truncate);
    } else {
      properties.unshift('message');
    }
    message = message ? ': ' + message : '';
    options.truncate -= message.length + 5;
    var propertyContents = inspectList(propertyPairs(error, properties), options, inspectProperty);
    return name + message + (propertyContents ? ' { ' + propertyContents + ' }' : '');
  }

  function opaque(text) {
    return function () { return text; };
  }

  var baseInspectors = {
    undefined: opaque('undefined'),
    null: opaque('null'),
    boolean: function (v) { return String(v); },
    Boolean: function (v) { return String(v); },
    number: inspectNumber,
    Number: inspectNumber,
    bigint: inspectBigInt,
    BigInt: inspectBigInt,
    string: inspectString,
    String: inspectString,
    function: inspectFunction,
    Function: inspectFunction,
    symbol: inspectSymbol,
    Symbol: inspectSymbol,
    Array: inspectArray,
    Date: inspectDate,
    Map: inspectMap,
    Set: inspectSet,
    RegExp: inspectRegExp,
    Promise: opaque('Promise{\u2026}'),
    WeakSet: opaque('WeakSet{\u2026}'),
    WeakMap: opaque('WeakMap{\u2026}'),
    Arguments: inspectArguments,
    Int8Array: inspectTypedArray,
    Uint8Array: inspectTypedArray,
    Uint8ClampedArray: inspectTypedArray,
    Int16Array: inspectTypedArray,
    Uint16Array: inspectTypedArray,
    Int32Array: inspectTypedArray,
    Uint32Array: inspectTypedArray,
    Float32Array: inspectTypedArray,
    Float64Array: inspectTypedArray,
    Generator: opaque(''),
    DataView: opaque(''),
    ArrayBuffer: opaque(''),
    Error: inspectError
  };

  // inspect prints a value the way loupe 2 does; options.truncate bounds the
  // output length (Infinity when absent).
  function inspect(value, options) {
    var opts = {
      truncate: options && options.truncate !== undefined ? Number(options.truncate) : Infinity,
      seen: options && options.seen ? options.seen : []
    };
    var type = value === null ? 'null' : typeof value;
    if (type === 'object') {
      type = objToString.call(value).slice(8, -1);
    }
    var base = baseInspectors[type];
    if (base && hasOwn.call(baseInspectors, type)) {
      return base(value, opts);
    }
    if (value) {
      var custom;
      if (chaiInspectSymbol in value && typeof value[chaiInspectSymbol] === 'function') {
        custom = value[chaiInspectSymbol](opts);
      } else if ('inspect' in value && typeof value.inspect === 'function') {
        custom = value.inspect(2, opts);
      }
      if (custom) {
        return typeof custom === 'string' ? custom : inspect(custom, opts);
      }
    }
    if (value && hasOwn.call(value, '__postmanType') && typeof value.__postmanType === 'string') {
      // Postman SDK objects print with their SDK class name, e.g. PostmanResponse.
      return inspectClass(value, opts, 'Postman' + value.__postmanType);
    }
    var proto = value ? Object.getPrototypeOf(value) : false;
    if (proto === Object.prototype || proto === null) {
      return inspectObject(value, opts);
    }
    if ('constructor' in value) {
      if (value.constructor !== Object) {
        return inspectClass(value, opts);
      }
      return inspectObject(value, opts);
    }
    if (value === Object(value)) {
      return inspectObject(value, opts);
    }
    return String(value);
  }

  // inspectValue is chai's util.inspect: loupe with the truncate threshold.
  function inspectValue(value) {
    return inspect(value, { truncate: TRUNCATE_THRESHOLD });
  }

  // objDisplay is chai's objDisplay: inspect, then collapse long output.
  function objDisplay(obj) {
    var str = inspectValue(obj);
    if (str.length < TRUNCATE_THRESHOLD) {
      return str;
    }
    var type = objToString.call(obj);
    if (type === '[object Function]') {
      return !obj.name ? '[Function]' : '[Function: ' + obj.name + ']';
    }
    if (type === '[object Array]') {
      return '[ Array(' + obj.length + ') ]';
    }
    if (type === '[object Object]') {
      var keys = Object.keys(obj);
      var kstr = keys.length > 2 ? keys.splice(0, 2).join(', ') + ', ...' : keys.join(', ');
      return '{ Object (' + kstr + ') }';
    }
    return str;
  }

  function compareByInspect(a, b) {
    return inspectValue(a) < inspectValue(b) ? -1 : 1;
  }

  // ---------------------------------------------------------------------
  // deep equality (deep-eql 4 semantics)

  function isPrimitive(v) {
    return v === null || typeof v !== 'object';
  }

  function simpleEqual(a, b) {
    if (a === b) {
      return a !== 0 || 1 / a === 1 / b;
    }
    if (a !== a && b !== b) {
      return true;
    }
    if (isPrimitive(a) || isPrimitive(b)) {
      return false;
    }
    return null;
  }

  function deepEqual(a, b, memo) {
    var simple = simpleEqual(a, b);
    if (simple !== null) {
      return simple;
    }
    return extensiveDeepEqual(a, b, memo || new Map());
  }

  function memoGet(memo, a, b) {
    var m = memo.get(a);
    if (m) {
      var r = m.get(b);
      if (typeof r === 'boolean') return r;
    }
    return null;
  }

  function memoSet(memo, a, b, result) {
    var m = memo.get(a);
    if (!m) {
      m = new Map();
      memo.set(a, m);
    }
    m.set(b, result);
  }

  function extensiveDeepEqual(a, b, memo) {
    var r = memoGet(memo, a, b);
    if (r !== null) return r;
    r = memoGet(memo, b, a);
    if (r !== null) return r;
    var ta = typeOf(a);
    if (ta !== typeOf(b)) {
      memoSet(memo, a, b, false);
      return false;
    }
    memoSet(memo, a, b, true);
    var result = deepEqualByType(a, b, ta, memo);
    memoSet(memo, a, b, result);
    return result;
  }

  function deepEqualByType(a, b, type, memo) {
    switch (type) {
      case 'String':
      case 'Number':
      case 'Boolean':
      case 'Date':
        return deepEqual(a.valueOf(), b.valueOf(), memo);
      case 'Promise':
      case 'Symbol':
      case 'function':
      case 'WeakMap':
      case 'WeakSet':
        return a === b;
      case 'Error':
        return keysEqual(a, b, ['name', 'message', 'code'], memo);
      case 'Arguments':
      case 'Int8Array':
      case 'Uint8Array':
      case 'Uint8ClampedArray':
      case 'Int16Array':
      case 'Uint16Array':
      case 'Int32Array':
      case 'Uint32Array':
      case 'Float32Array':
      case 'Float64Array':
      case 'Array':
        return iterableEqual(a, b, memo);
      case 'RegExp':
        return a.toString() === b.toString();
      case 'Generator':
        return iterableEqual(generatorEntries(a), generatorEntries(b), memo);
      case 'DataView':
        return iterableEqual(new Uint8Array(a.buffer), new Uint8Array(b.buffer), memo);
      case 'ArrayBuffer':
        return iterableEqual(new Uint8Array(a), new Uint8Array(b), memo);
      case 'Set':
      case 'Map':
        return entriesEqual(a, b, memo);
      default:
        return objectEqual(a, b, memo);
    }
  }

  function entriesEqual(a, b, memo) {
    try {
      if (a.size !== b.size) return false;
      if (a.size === 0) return true;
    } catch (e) {
      return false;
    }
    var left = [];
    var right = [];
    a.forEach(function (k, v) { left.push([k, v]); });
    b.forEach(function (k, v) { right.push([k, v]); });
    return iterableEqual(left.sort(), right.sort(), memo);
  }

  function iterableEqual(a, b, memo) {
    var length = a.length;
    if (length !== b.length) return false;
    for (var i = 0; i < length; i++) {
      if (deepEqual(a[i], b[i], memo) === false) return false;
    }
    return true;
  }

  function generatorEntries(gen) {
    var res = gen.next();
    var acc = [res.value];
    while (res.done === false) {
      res = gen.next();
      acc.push(res.value);
    }
    return acc;
  }

  function iteratorEntries(target) {
    if (typeof target === 'object' && typeof target[Symbol.iterator] === 'function') {
      try {
        return generatorEntries(target[Symbol.iterator]());
      } catch (e) {
        return [];
      }
    }
    return [];
  }

  function enumerableKeys(target) {
    var keys = [];
    for (var key in target) keys.push(key);
    var syms = Object.getOwnPropertySymbols(target);
    for (var i = 0; i < syms.length; i++) {
      if (Object.getOwnPropertyDescriptor(target, syms[i]).enumerable) keys.push(syms[i]);
    }
    return keys;
  }

  function keysEqual(a, b, keys, memo) {
    for (var i = 0; i < keys.length; i++) {
      if (deepEqual(a[keys[i]], b[keys[i]], memo) === false) return false;
    }
    return true;
  }

  function symbolsToStrings(arr) {
    return arr.map(function (k) { return typeof k === 'symbol' ? k.toString() : k; });
  }

  function objectEqual(a, b, memo) {
    var ak = enumerableKeys(a);
    var bk = enumerableKeys(b);
    if (ak.length && ak.length === bk.length) {
      if (iterableEqual(symbolsToStrings(ak).sort(), symbolsToStrings(bk).sort()) === false) {
        return false;
      }
      return keysEqual(a, b, ak, memo);
    }
    var ae = iteratorEntries(a);
    var be = iteratorEntries(b);
    if (ae.length && ae.length === be.length) {
      ae.sort();
      be.sort();
      return iterableEqual(ae, be, memo);
    }
    return ak.length === 0 && ae.length === 0 && bk.length === 0 && be.length === 0;
  }

  function eql(a, b) {
    return deepEqual(a, b);
  }

  // ---------------------------------------------------------------------
  // lodash-style helpers used by chai-postman

  function isPlainObject(v) {
    if (v === null || typeof v !== 'object' || objToString.call(v) !== '[object Object]') {
      return false;
    }
    var proto = Object.getPrototypeOf(v);
    if (proto === null) return true;
    var ctor = hasOwn.call(proto, 'constructor') && proto.constructor;
    return typeof ctor === 'function' && ctor === Object;
  }

  function lodashEqual(a, b, stack) {
    if (a === b || (a !== a && b !== b)) return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    var ta = objToString.call(a);
    if (ta !== objToString.call(b)) return false;
    switch (ta) {
      case '[object Number]':
      case '[object String]':
      case '[object Boolean]':
      case '[object Date]':
        return lodashEqual(a.valueOf(), b.valueOf(), stack) || (ta === '[object Number]' && +a === +b);
      case '[object RegExp]':
        return String(a) === String(b);
      case '[object Error]':
        return a.name === b.name && a.message === b.message;
    }
    stack = stack || [];
    for (var s = 0; s < stack.length; s++) {
      if (stack[s][0] === a) return stack[s][1] === b;
    }
    stack.push([a, b]);
    var result;
    if (Array.isArray(a)) {
      result = a.length === b.length;
      for (var i = 0; result && i < a.length; i++) {
        result = lodashEqual(a[i], b[i], stack);
      }
    } else if (ta === '[object Map]' || ta === '[object Set]') {
      result = a.size === b.size;
      if (result) {
        var av = Array.from(a.entries());
        var bv = Array.from(b.entries());
        for (var m = 0; result && m < av.length; m++) {
          var found = false;
          for (var n = 0; !found && n < bv.length; n++) {
            found = lodashEqual(av[m], bv[n], stack);
          }
          result = found;
        }
      }
    } else {
      var ak = Object.keys(a);
      var bk = Object.keys(b);
      result = ak.length === bk.length;
      for (var k = 0; result && k < ak.length; k++) {
        result = hasOwn.call(b, ak[k]) && lodashEqual(a[ak[k]], b[ak[k]], stack);
      }
      if (result && !isPlainObject(a) && a.constructor !== b.constructor) {
        result = false;
      }
    }
    stack.pop();
    return result;
  }

  var lodashPathRe = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
  function stringToPath(str) {
    var result = [];
    if (str.charCodeAt(0) === 46) {
      result.push('');
    }
    str.replace(lodashPathRe, function (match, number, quote, subString) {
      result.push(quote ? subString.replace(/\\(\\)?/g, '$1') : (number || match));
    });
    return result;
  }

  function castPath(path, object) {
    if (Array.isArray(path)) return path;
    if (typeof path === 'number' || typeof path === 'symbol') return [path];
    var s = String(path);
    if (!/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/.test(s) || (object != null && s in Object(object))) {
      return [s];
    }
    return stringToPath(s);
  }

  function isIndex(key, length) {
    var n = typeof key === 'number' ? key : (/^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : -1);
    return n > -1 && n % 1 === 0 && n < length;
  }

  function lodashHas(object, path) {
    var parts = castPath(path, object);
    var result = false;
    var index = -1;
    var length = parts.length;
    var key;
    while (++index < length) {
      key = parts[index];
      if (!(result = object != null && hasOwn.call(object, key))) {
        break;
      }
      object = object[key];
    }
    if (result || ++index !== length) {
      return result;
    }
    length = object == null ? 0 : object.length;
    return !!length && typeof length === 'number' && length % 1 === 0 && length >= 0 &&
      isIndex(key, length) && (Array.isArray(object) || typeOf(object) === 'Arguments');
  }

  function lodashGet(object, path) {
    var parts = castPath(path, object);
    var index = 0;
    var length = parts.length;
    while (object != null && index < length) {
      object = object[parts[index++]];
    }
    return index && index === length ? object : undefined;
  }

  // ---------------------------------------------------------------------
  // pathval (nested property paths: a.b[1].c)

  function parsePath(path) {
    var str = path.replace(/([^\\])\[/g, '$1.[');
    var parts = str.match(/(\\\.|[^.]+?)+/g) || [];
    return parts.map(function (value) {
      if (value === 'constructor' || value === '__proto__' || value === 'prototype') {
        return {};
      }
      var m = /^\[(\d+)\]$/.exec(value);
      if (m) {
        return { i: parseFloat(m[1]) };
      }
      return { p: value.replace(/\\([.[\]])/g, '$1') };
    });
  }

  function pathValue(obj, parsed, depth) {
    var tmp = obj;
    var res = null;
    for (var i = 0; i < depth; i++) {
      var part = parsed[i];
      if (tmp) {
        tmp = part.p === undefined ? tmp[part.i] : tmp[part.p];
        if (i === depth - 1) {
          res = tmp;
        }
      }
    }
    return res;
  }

  function hasProperty(obj, name) {
    if (obj === undefined || obj === null) {
      return false;
    }
    // Object() boxes primitives; an object is used as it is.
    var t = typeof obj;
    return name in (t === 'object' || t === 'function' ? obj : Object(obj));
  }

  function getPathInfo(obj, path) {
    var parsed = parsePath(path);
    var last = parsed[parsed.length - 1] || {};
    var info = {
      parent: parsed.length > 1 ? pathValue(obj, parsed, parsed.length - 1) : obj,
      name: last.p || last.i,
      value: pathValue(obj, parsed, parsed.length)
    };
    info.exists = hasProperty(info.parent, info.name);
    return info;
  }

  // ---------------------------------------------------------------------
  // check-error helpers

  function compatibleInstance(thrown, errorLike) {
    return errorLike instanceof Error && thrown === errorLike;
  }

  function compatibleConstructor(thrown, errorLike) {
    if (errorLike instanceof Error) {
      return thrown.constructor === errorLike.constructor || thrown instanceof errorLike.constructor;
    } else if ((errorLike.prototype instanceof Error) || errorLike === Error) {
      return thrown.constructor === errorLike || thrown instanceof errorLike;
    }
    return false;
  }

  function compatibleMessage(thrown, matcher) {
    var str = typeof thrown === 'string' ? thrown : thrown.message;
    if (matcher instanceof RegExp) {
      return matcher.test(str);
    } else if (typeof matcher === 'string') {
      return str.indexOf(matcher) !== -1;
    }
    return false;
  }

  function constructorName(errorLike) {
    var name = errorLike;
    if (errorLike instanceof Error) {
      name = getFuncName(errorLike.constructor);
    } else if (typeof errorLike === 'function') {
      name = getFuncName(errorLike);
      if (name === '') {
        var inst;
        try { inst = new errorLike(); } catch (e) { inst = undefined; }
        name = getFuncName(inst) || name;
      }
    }
    return name;
  }

  function errorMessageOf(errorLike) {
    if (errorLike && errorLike.message) return errorLike.message;
    if (typeof errorLike === 'string') return errorLike;
    return '';
  }

  // ---------------------------------------------------------------------
  // Assertion

  var proxyExcluded = { then: true, catch: true, inspect: true, toJSON: true };
  var builtins = { __flags: true, __methods: true, _obj: true, assert: true };

  function stringDistanceCapped(a, b, cap) {
    if (Math.abs(a.length - b.length) >= cap) {
      return cap;
    }
    var memo = [];
    var i;
    var j;
    for (i = 0; i <= a.length; i++) {
      memo[i] = new Array(b.length + 1).fill(0);
      memo[i][0] = i;
    }
    for (j = 0; j < b.length; j++) {
      memo[0][j] = j;
    }
    for (i = 1; i <= a.length; i++) {
      var ch = a.charCodeAt(i - 1);
      for (j = 1; j <= b.length; j++) {
        if (Math.abs(i - j) >= cap) {
          memo[i][j] = cap;
          continue;
        }
        memo[i][j] = Math.min(memo[i - 1][j] + 1, memo[i][j - 1] + 1,
          memo[i - 1][j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1));
      }
    }
    return memo[a.length][b.length];
  }

  function allPropertyNames(object) {
    var result = Object.getOwnPropertyNames(object);
    var proto = Object.getPrototypeOf(object);
    while (proto !== null) {
      Object.getOwnPropertyNames(proto).forEach(function (p) {
        if (result.indexOf(p) === -1) result.push(p);
      });
      proto = Object.getPrototypeOf(proto);
    }
    return result;
  }

  function invalidProperty(target, property, methodName) {
    if (methodName) {
      return Error('Invalid Chai property: ' + methodName + '.' + property +
        '. See docs for proper usage of "' + methodName + '".');
    }
    var suggestion = null;
    var best = 4;
    allPropertyNames(target).forEach(function (prop) {
      if (!hasOwn.call(Object.prototype, prop) && !builtins[prop]) {
        var dist = stringDistanceCapped(property, prop, best);
        if (dist < best) {
          suggestion = prop;
          best = dist;
        }
      }
    });
    if (suggestion !== null) {
      return Error('Invalid Chai property: ' + property + '. Did you mean "' + suggestion + '"?');
    }
    return Error('Invalid Chai property: ' + property);
  }

  // Unknown properties are caught by a Proxy at the end of the prototype
  // chain: a property that exists (own or inherited) is found before the
  // lookup reaches it, so known chains cost no trap call. Only a missing
  // property reaches the trap, which throws chai's error for the receiver
  // (the assertion, or the method the property was read from).
  function missingTrap(methodName) {
    var base = methodName ? Object.create(Function.prototype) : {};
    return new Proxy(base, {
      get: function (target, property, receiver) {
        if (typeof property === 'string' && !proxyExcluded[property] && !(property in target)) {
          throw invalidProperty(receiver, property, methodName);
        }
        return Reflect.get(target, property, receiver);
      }
    });
  }

  var fnLengthConfigurable = Object.getOwnPropertyDescriptor(function () {}, 'length').configurable;
  var lengthGuards = {};
  // lengthDesc is the descriptor that makes a method's .length throw as
  // chai's does (undefined where function lengths cannot be redefined);
  // it is built once per name because chainable wrappers are made on every
  // access.
  function lengthDesc(name, chainable) {
    if (!fnLengthConfigurable) return undefined;
    var key = (chainable ? 'c:' : 'm:') + name;
    var desc = lengthGuards[key];
    if (!desc) {
      desc = lengthGuards[key] = {
        get: function () {
          if (chainable) {
            throw Error('Invalid Chai property: ' + name + '.length. Due' +
              ' to a compatibility issue, "length" cannot directly follow "' +
              name + '". Use "' + name + '.lengthOf" instead.');
          }
          throw Error('Invalid Chai property: ' + name + '.length. See' +
            ' docs for proper usage of "' + name + '".');
        }
      };
    }
    return desc;
  }

  // lengthGuard makes fn.length throw as chai's does.
  function lengthGuard(fn, name, chainable) {
    var desc = lengthDesc(name, chainable);
    if (desc) Object.defineProperty(fn, 'length', desc);
  }

  // Flags holds an assertion's flags (chai's __flags). raw is the assertion
  // itself (handed back to scripts by chains and methods), and root marks
  // the assertion made by expect() itself: like chai, a chain that starts
  // from a stored expect() result works on a copy, so the stored one can be
  // reused.
  function Flags(obj, msg, raw, root) {
    this.object = obj;
    this.message = msg;
    this.raw = raw;
    this.root = root === true;
  }
  var flagsProto = Flags.prototype;
  // makeFlags is new Flags(obj, msg, raw, root) as an object literal, which
  // goja makes faster than a constructor call.
  function makeFlags(obj, msg, raw, root) {
    return { __proto__: flagsProto, object: obj, message: msg, raw: raw, root: root === true };
  }
  Object.defineProperty(Flags.prototype, 'toJSON', {
    value: function () {
      var out = {};
      for (var k in this) {
        if (k !== 'raw' && k !== 'self' && k !== 'root') out[k] = this[k];
      }
      return out;
    }
  });

  function Assertion(obj, msg, ssfi, lockSsfi) {
    if (!(this instanceof Assertion)) {
      return new Assertion(obj, msg, ssfi, lockSsfi);
    }
    this.__flags = makeFlags(obj, msg, this, true);
    return this;
  }
  var proto = Assertion.prototype;
  Object.setPrototypeOf(proto, missingTrap(null));
  // Every assertion gets its own __flags; a writable placeholder on the
  // prototype lets that assignment stop there instead of walking on to
  // the Proxy at the end of the chain.
  Object.defineProperty(proto, '__flags', { value: undefined, writable: true, enumerable: false, configurable: true });

  // plain makes an unproxied assertion used internally (no property checks).
  function plain(obj, msg) {
    var a = objectCreate(proto);
    a.__flags = makeFlags(obj, msg, a, false);
    return a;
  }

  function copyFlags(src, a) {
    var f = new Flags();
    for (var k in src) f[k] = src[k];
    f.root = false;
    f.raw = a;
    a.__flags = f;
    return f;
  }

  // withFlags makes an unproxied assertion with all of from's flags.
  function withFlags(from) {
    var a = objectCreate(proto);
    copyFlags(from.__flags, a);
    return a;
  }

  // fork makes a proxied copy of a root assertion and returns it unproxied.
  // The copy's flags inherit from the root's, so writes stay in the copy.
  function fork(src) {
    var a = objectCreate(proto);
    a.__flags = { __proto__: src, root: false, raw: a };
    return a;
  }

  Object.defineProperty(proto, '_obj', {
    get: function () { return this.__flags.object; },
    set: function (v) { this.__flags.object = v; },
    configurable: true
  });

  function fillMessage(msg, val, actual, expected) {
    if (typeof msg === 'function') msg = msg();
    msg = msg || '';
    if (msg.indexOf('#{') === -1) return msg;
    return msg
      .replace(/#\{this\}/g, function () { return objDisplay(val); })
      .replace(/#\{act\}/g, function () { return objDisplay(actual); })
      .replace(/#\{exp\}/g, function () { return objDisplay(expected); });
  }

  function isObjectType(v) {
    var t = typeOf(v);
    return t === 'Array' || t === 'Object' || t === 'function';
  }

  function operatorFor(f, msg, expected) {
    if (f.operator) return f.operator;
    if (typeof msg === 'function') msg = msg();
    if (!msg) return undefined;
    if (/\shave\s/.test(msg)) return undefined;
    var isObj = isObjectType(expected);
    if (/\snot\s/.test(msg)) {
      return isObj ? 'notDeepStrictEqual' : 'notStrictEqual';
    }
    return isObj ? 'deepStrictEqual' : 'strictEqual';
  }

  // assert is chai's public Assertion#assert, for plugins written against it.
  proto.assert = function (expr, msg, negateMsg, expected, _actual, showDiff) {
    var f = this.__flags;
    if (f.negate ? !expr : expr) return;
    var actual = arguments.length > 4 ? _actual : f.object;
    raise(f, msg, negateMsg, expected, actual, expected !== undefined || _actual !== undefined, showDiff);
  };

  // check and checkAct are the internal forms of assert: check uses the
  // target as the actual value, checkAct takes it explicitly. They avoid the
  // arguments object, which is costly in goja.
  function check(a, expr, msg, negateMsg, expected) {
    var f = a.__flags;
    if (f.negate ? !expr : expr) return;
    raise(f, msg, negateMsg, expected, f.object, expected !== undefined, true);
  }

  function checkAct(a, expr, msg, negateMsg, expected, actual, showDiff) {
    var f = a.__flags;
    if (f.negate ? !expr : expr) return;
    raise(f, msg, negateMsg, expected, actual, expected !== undefined || actual !== undefined, showDiff);
  }

  function raise(f, msg, negateMsg, expected, actual, diffable, showDiff) {
    showDiff = showDiff !== false && diffable;
    var chosen = f.negate ? negateMsg : msg;
    var text = fillMessage(chosen, f.object, actual, expected);
    if (f.message) text = f.message + ': ' + text;
    var props = { actual: actual, expected: expected, showDiff: showDiff };
    var op = operatorFor(f, chosen, expected);
    if (op) props.operator = op;
    throw new AssertionError(text, props);
  }

  function prefixOf(f) {
    return f.message ? f.message + ': ' : '';
  }

  function fail(f, text) {
    throw new AssertionError(prefixOf(f) + text, undefined);
  }

  // chainGetter is the one getter of every language chain (to, be, ...).
  function chainGetter() {
    var f = this.__flags;
    return f.root ? fork(f) : f.raw;
  }

  function addProperty(name, fn) {
    Object.defineProperty(proto, name, {
      get: fn ? function () {
        var r = fn.call(this);
        if (r !== undefined) return r;
        var f = this.__flags;
        return f.root ? fork(f) : f.raw;
      } : chainGetter,
      configurable: true
    });
  }

  // Methods run on the unproxied assertion and hand back the proxied one.
  // addMethod forwards up to four arguments (most assertions take fewer and
  // do not look at arguments.length), addVarMethod forwards all of them, and
  // addCountedMethod passes the count first. The distinction matters for
  // speed: an arguments object costs many allocations in goja.
  var methodTraps = {};
  function methodTrap(name) {
    return methodTraps[name] || (methodTraps[name] = missingTrap(name));
  }

  function installMethod(name, wrapper) {
    lengthGuard(wrapper, name, false);
    Object.setPrototypeOf(wrapper, methodTrap(name));
    proto[name] = wrapper;
  }

  function addMethod(name, fn) {
    installMethod(name, function (a, b, c, d) {
      var f = this.__flags;
      var r = fn.call(f.raw, a, b, c, d);
      return r === undefined ? f.raw : r;
    });
  }

  function addVarMethod(name, fn) {
    installMethod(name, function (...args) {
      var f = this.__flags;
      var r = fn.apply(f.raw, args);
      return r === undefined ? f.raw : r;
    });
  }

  function addCountedMethod(name, fn) {
    installMethod(name, function (...args) {
      var f = this.__flags;
      var r = fn.call(f.raw, args.length, args[0], args[1], args[2]);
      return r === undefined ? f.raw : r;
    });
  }

  var chainableMethods = {};
  function addChainableMethod(name, method, chaining, varargs) {
    chainableMethods[name] = { method: method, chaining: chaining, varargs: varargs };
    var desc = lengthDesc(name, true);
    var defineProperty = Object.defineProperty, setPrototypeOf = Object.setPrototypeOf;
    defineProperty(proto, name, {
      get: function () {
        var behaviour = chainableMethods[name];
        if (behaviour.chaining) behaviour.chaining.call(this);
        var f = this.__flags;
        var target = f.root ? fork(f) : f.raw;
        var wrapper = behaviour.varargs ? function (...args) {
          var r = behaviour.method.apply(target, args);
          return r === undefined ? target : r;
        } : function (a, b) {
          var r = behaviour.method.call(target, a, b);
          return r === undefined ? target : r;
        };
        if (desc) defineProperty(wrapper, 'length', desc);
        setPrototypeOf(wrapper, target);
        return wrapper;
      },
      configurable: true
    });
  }

  Assertion.addProperty = addProperty;
  Assertion.addMethod = addVarMethod;
  Assertion.addChainableMethod = function (name, method, chaining) {
    addChainableMethod(name, method, chaining, true);
  };
  Assertion.prototype.__methods = chainableMethods;

  // expectType fails like new Assertion(obj, msg).is.a(type) would.
  function expectA(obj, msg, type) {
    // Fast path: a passing check needs no assertion object.
    if (typeof type === 'string' && type.toLowerCase() === typeOf(obj).toLowerCase()) return;
    anImpl.call(plain(obj, msg), type);
  }

  // expectProperty fails like new Assertion(obj, msg).to.have.property(name).
  function expectProperty(obj, msg, name) {
    // Fast path: a passing check needs no assertion object.
    if (typeof name === 'string' && hasProperty(obj, name)) return;
    propertyImpl.apply(plain(obj, msg), [name]);
  }

  // ---- language chains and flags

  ['to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which', 'at', 'of',
    'same', 'but', 'does', 'still', 'also'].forEach(function (chain) {
    addProperty(chain);
  });
  addProperty('not', function () { this.__flags.negate = true; });
  addProperty('deep', function () { this.__flags.deep = true; });
  addProperty('nested', function () { this.__flags.nested = true; });
  addProperty('own', function () { this.__flags.own = true; });
  addProperty('ordered', function () { this.__flags.ordered = true; });
  addProperty('any', function () { this.__flags.any = true; this.__flags.all = false; });
  addProperty('all', function () { this.__flags.all = true; this.__flags.any = false; });

  // ---- a / an

  function anImpl(type, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    // Fast path: a passing check of a primitive's type needs no more.
    if (!f.negate && type === typeof f.object && type !== 'object') return;
    type = type.toLowerCase();
    var actual = typeOf(f.object);
    var ok = type === actual || type === actual.toLowerCase();
    // The messages are only built for a failure.
    if (f.negate ? !ok : ok) return;
    var article = 'aeiou'.indexOf(type.charAt(0)) !== -1 && type.charAt(0) !== '' ? 'an ' : 'a ';
    check(this,
      ok,
      'expected #{this} to be ' + article + type,
      'expected #{this} not to be ' + article + type
    );
  }
  addChainableMethod('an', anImpl);
  addChainableMethod('a', anImpl);

  // ---- include

  function sameValueZero(a, b) {
    return (a !== a && b !== b) || a === b;
  }

  function includeChaining() {
    this.__flags.contains = true;
  }

  function includeImpl(val, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var obj = f.object;
    var objType = typeOf(obj).toLowerCase();
    var negate = f.negate;
    var isDeep = f.deep;
    var descriptor = isDeep ? 'deep ' : '';
    var isEql = isDeep ? eql : sameValueZero;
    var included = false;
    switch (objType) {
      case 'string':
        included = obj.indexOf(val) !== -1;
        break;
      case 'weakset':
        if (isDeep) {
          fail(f, 'unable to use .deep.include with WeakSet');
        }
        included = obj.has(val);
        break;
      case 'map':
        obj.forEach(function (item) {
          included = included || isEql(item, val);
        });
        break;
      case 'set':
        if (isDeep) {
          obj.forEach(function (item) {
            included = included || isEql(item, val);
          });
        } else {
          included = obj.has(val);
        }
        break;
      case 'array':
        if (isDeep) {
          included = obj.some(function (item) { return isEql(item, val); });
        } else {
          included = obj.indexOf(val) !== -1;
        }
        break;
      default: {
        if (val !== Object(val)) {
          var vt = typeOf(val).toLowerCase();
          fail(f, 'the given combination of arguments (' + objType + ' and ' + vt + ')' +
            ' is invalid for this assertion. ' +
            'You can use an array, a map, an object, a set, a string, ' +
            'or a weakset instead of a ' + vt);
        }
        var props = Object.keys(val);
        var firstErr = null;
        var numErrs = 0;
        var self = this;
        props.forEach(function (prop) {
          var pa = withFlags(self);
          if (!negate || props.length === 1) {
            propertyImpl.apply(pa, [prop, val[prop]]);
            return;
          }
          try {
            propertyImpl.apply(pa, [prop, val[prop]]);
          } catch (err) {
            if (!(err instanceof AssertionError)) {
              throw err;
            }
            if (firstErr === null) firstErr = err;
            numErrs++;
          }
        });
        if (negate && props.length > 1 && numErrs === props.length) {
          throw firstErr;
        }
        return undefined;
      }
    }
    if (!included === !f.negate) {
      check(this,
        included,
        'expected #{this} to ' + descriptor + 'include ' + inspectValue(val),
        'expected #{this} to not ' + descriptor + 'include ' + inspectValue(val)
      );
    }
    return undefined;
  }
  addChainableMethod('include', includeImpl, includeChaining);
  addChainableMethod('contain', includeImpl, includeChaining);
  addChainableMethod('contains', includeImpl, includeChaining);
  addChainableMethod('includes', includeImpl, includeChaining);

  // ---- simple value properties

  addProperty('ok', function () {
    check(this, this.__flags.object, 'expected #{this} to be truthy', 'expected #{this} to be falsy');
  });
  addProperty('true', function () {
    var f = this.__flags;
    check(this, f.object === true, 'expected #{this} to be true', 'expected #{this} to be false', !f.negate);
  });
  addProperty('false', function () {
    var f = this.__flags;
    check(this, f.object === false, 'expected #{this} to be false', 'expected #{this} to be true', !!f.negate);
  });
  addProperty('null', function () {
    check(this, this.__flags.object === null, 'expected #{this} to be null', 'expected #{this} not to be null');
  });
  addProperty('undefined', function () {
    check(this, this.__flags.object === undefined, 'expected #{this} to be undefined', 'expected #{this} not to be undefined');
  });
  addProperty('NaN', function () {
    var o = this.__flags.object;
    check(this, o !== o, 'expected #{this} to be NaN', 'expected #{this} not to be NaN');
  });
  function existImpl() {
    var v = this.__flags.object;
    check(this, v !== null && v !== undefined, 'expected #{this} to exist', 'expected #{this} to not exist');
  }
  addProperty('exist', existImpl);
  addProperty('exists', existImpl);

  addProperty('empty', function () {
    var f = this.__flags;
    var val = f.object;
    var count;
    switch (typeOf(val).toLowerCase()) {
      case 'array':
      case 'string':
        count = val.length;
        break;
      case 'map':
      case 'set':
        count = val.size;
        break;
      case 'weakmap':
      case 'weakset':
        fail(f, '.empty was passed a weak collection');
        break;
      case 'function':
        throw new AssertionError((prefixOf(f) + '.empty was passed a function ' + getFuncName(val)).trim(), undefined);
      default:
        if (val !== Object(val)) {
          fail(f, '.empty was passed non-string primitive ' + inspectValue(val));
        }
        count = Object.keys(val).length;
    }
    check(this, count === 0, 'expected #{this} to be empty', 'expected #{this} not to be empty');
  });

  function argumentsImpl() {
    var t = typeOf(this.__flags.object);
    check(this, t === 'Arguments', 'expected #{this} to be arguments but got ' + t, 'expected #{this} to not be arguments');
  }
  addProperty('arguments', argumentsImpl);
  addProperty('Arguments', argumentsImpl);

  // ---- equality

  function equalImpl(val, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    if (f.deep) {
      return eqlImpl.call(this, val);
    }
    checkAct(this, val === f.object, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}',
      val, f.object, true);
    return undefined;
  }
  addMethod('equal', equalImpl);
  addMethod('equals', equalImpl);
  addMethod('eq', equalImpl);

  function eqlImpl(obj, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    checkAct(this, eql(obj, f.object), 'expected #{this} to deeply equal #{exp}', 'expected #{this} to not deeply equal #{exp}',
      obj, f.object, true);
  }
  addMethod('eql', eqlImpl);
  addMethod('eqls', eqlImpl);

  // ---- comparisons

  function compareImpl(kind) {
    var pass = {
      above: function (a, b) { return a > b; },
      least: function (a, b) { return a >= b; },
      below: function (a, b) { return a < b; },
      most: function (a, b) { return a <= b; }
    }[kind];
    var lengthMsgs = {
      above: [' above #{exp} but got #{act}', 'expected #{this} to not have a %s above #{exp}'],
      least: [' at least #{exp} but got #{act}', 'expected #{this} to have a %s below #{exp}'],
      below: [' below #{exp} but got #{act}', 'expected #{this} to not have a %s below #{exp}'],
      most: [' at most #{exp} but got #{act}', 'expected #{this} to have a %s above #{exp}']
    }[kind];
    var opposite = { above: 'at most', least: 'below', below: 'at least', most: 'above' }[kind];
    var words = { above: 'above', least: 'at least', below: 'below', most: 'at most' }[kind];
    return function (n, msg) {
      var f = this.__flags;
      if (msg) f.message = msg;
      var obj = f.object;
      var doLength = f.doLength;
      var objType = typeOf(obj).toLowerCase();
      var nType = typeOf(n).toLowerCase();
      if (doLength && objType !== 'map' && objType !== 'set') {
        expectProperty(obj, f.message, 'length');
      }
      if (!doLength && objType === 'date' && nType !== 'date') {
        fail(f, 'the argument to ' + kind + ' must be a date');
      } else if (nType !== 'number' && (doLength || objType === 'number')) {
        fail(f, 'the argument to ' + kind + ' must be a number');
      } else if (!doLength && objType !== 'date' && objType !== 'number') {
        var printObj = objType === 'string' ? "'" + obj + "'" : obj;
        fail(f, 'expected ' + printObj + ' to be a number or a date');
      }
      if (doLength) {
        var descriptor = 'length';
        var count;
        if (objType === 'map' || objType === 'set') {
          descriptor = 'size';
          count = obj.size;
        } else {
          count = obj.length;
        }
        checkAct(this, pass(count, n),
          'expected #{this} to have a ' + descriptor + lengthMsgs[0],
          lengthMsgs[1].replace('%s', descriptor),
          n, count);
      } else {
        check(this, pass(obj, n),
          'expected #{this} to be ' + words + ' #{exp}',
          'expected #{this} to be ' + opposite + ' #{exp}',
          n);
      }
    };
  }
  var aboveImpl = compareImpl('above');
  var leastImpl = compareImpl('least');
  var belowImpl = compareImpl('below');
  var mostImpl = compareImpl('most');
  addMethod('above', aboveImpl);
  addMethod('gt', aboveImpl);
  addMethod('greaterThan', aboveImpl);
  addMethod('least', leastImpl);
  addMethod('gte', leastImpl);
  addMethod('greaterThanOrEqual', leastImpl);
  addMethod('below', belowImpl);
  addMethod('lt', belowImpl);
  addMethod('lessThan', belowImpl);
  addMethod('most', mostImpl);
  addMethod('lte', mostImpl);
  addMethod('lessThanOrEqual', mostImpl);

  addMethod('within', function (start, finish, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var obj = f.object;
    var doLength = f.doLength;
    var objType = typeOf(obj).toLowerCase();
    var startType = typeOf(start).toLowerCase();
    var finishType = typeOf(finish).toLowerCase();
    var range = startType === 'date' && finishType === 'date'
      ? start.toISOString() + '..' + finish.toISOString()
      : start + '..' + finish;
    if (doLength && objType !== 'map' && objType !== 'set') {
      expectProperty(obj, f.message, 'length');
    }
    if (!doLength && objType === 'date' && (startType !== 'date' || finishType !== 'date')) {
      fail(f, 'the arguments to within must be dates');
    } else if ((startType !== 'number' || finishType !== 'number') && (doLength || objType === 'number')) {
      fail(f, 'the arguments to within must be numbers');
    } else if (!doLength && objType !== 'date' && objType !== 'number') {
      var printObj = objType === 'string' ? "'" + obj + "'" : obj;
      fail(f, 'expected ' + printObj + ' to be a number or a date');
    }
    if (doLength) {
      var descriptor = 'length';
      var count;
      if (objType === 'map' || objType === 'set') {
        descriptor = 'size';
        count = obj.size;
      } else {
        count = obj.length;
      }
      check(this, count >= start && count <= finish,
        'expected #{this} to have a ' + descriptor + ' within ' + range,
        'expected #{this} to not have a ' + descriptor + ' within ' + range);
    } else {
      check(this, obj >= start && obj <= finish,
        'expected #{this} to be within ' + range,
        'expected #{this} to not be within ' + range);
    }
  });

  function instanceOfImpl(ctor, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var isInstance;
    try {
      isInstance = f.object instanceof ctor;
    } catch (err) {
      if (err instanceof TypeError) {
        fail(f, 'The instanceof assertion needs a constructor but ' + typeOf(ctor) + ' was given.');
      }
      throw err;
    }
    var name = getFuncName(ctor);
    if (name === null) {
      name = 'an unnamed constructor';
    }
    check(this, isInstance,
      'expected #{this} to be an instance of ' + name,
      'expected #{this} to not be an instance of ' + name);
  }
  addMethod('instanceof', instanceOfImpl);
  addMethod('instanceOf', instanceOfImpl);

  // ---- property

  function propertyImpl(name, val, msg) {
    propertyCore.call(this, arguments.length, name, val, msg);
  }

  // propertyCore is .property with the argument count n passed explicitly.
  function propertyCore(n, name, val, msg) {
    var f = this.__flags;
    var o = f.object;
    // Fast path: a passing plain .property(name) on an object (read, then
    // checked, in the order of the full path below).
    if (n === 1 && typeof name === 'string' && o !== null && typeof o === 'object' &&
      !f.negate && !f.nested && !f.own) {
      var v = o[name];
      if (name in o) {
        f.object = v;
        return;
      }
    }
    if (msg) f.message = msg;
    var isNested = f.nested;
    var isOwn = f.own;
    var obj = f.object;
    var nameType = typeof name;
    if (isNested) {
      if (nameType !== 'string') {
        fail(f, 'the argument to property must be a string when using nested syntax');
      }
    } else if (nameType !== 'string' && nameType !== 'number' && nameType !== 'symbol') {
      fail(f, 'the argument to property must be a string, number, or symbol');
    }
    if (isNested && isOwn) {
      fail(f, 'The "nested" and "own" flags cannot be combined.');
    }
    if (obj === null || obj === undefined) {
      fail(f, 'Target cannot be null or undefined.');
    }
    var isDeep = f.deep;
    var negate = f.negate;
    var pathInfo = isNested ? getPathInfo(obj, name) : null;
    var value = isNested ? pathInfo.value : obj[name];
    var descriptor = 'property ';
    // The full descriptor is only needed in a failure message.
    if (isDeep || isOwn || isNested) {
      descriptor = (isDeep ? 'deep ' : '') + (isOwn ? 'own ' : '') + (isNested ? 'nested ' : '') + 'property ';
    }
    var has;
    if (isOwn) has = hasOwn.call(obj, name);
    else if (isNested) has = pathInfo.exists;
    else has = hasProperty(obj, name);
    if ((!negate || n === 1) && !has === !negate) {
      check(this, has,
        'expected #{this} to have ' + descriptor + inspectValue(name),
        'expected #{this} to not have ' + descriptor + inspectValue(name));
    }
    if (n > 1) {
      var matches = has && (isDeep ? eql(val, value) : val === value);
      if (!matches === !negate) {
        checkAct(this, matches,
          'expected #{this} to have ' + descriptor + inspectValue(name) + ' of #{exp}, but got #{act}',
          'expected #{this} to not have ' + descriptor + inspectValue(name) + ' of #{act}',
          val, value);
      }
    }
    f.object = value;
  }
  addCountedMethod('property', propertyCore);

  function ownPropertyCore(n, name, val, msg) {
    this.__flags.own = true;
    propertyCore.call(this, n, name, val, msg);
  }
  addCountedMethod('ownProperty', ownPropertyCore);
  addCountedMethod('haveOwnProperty', ownPropertyCore);

  function ownPropertyDescriptorImpl(name, descriptor, msg) {
    if (typeof descriptor === 'string') {
      msg = descriptor;
      descriptor = null;
    }
    var f = this.__flags;
    if (msg) f.message = msg;
    var actual = Object.getOwnPropertyDescriptor(Object(f.object), name);
    if (actual && descriptor) {
      checkAct(this, eql(descriptor, actual),
        'expected the own property descriptor for ' + inspectValue(name) + ' on #{this} to match ' +
          inspectValue(descriptor) + ', got ' + inspectValue(actual),
        'expected the own property descriptor for ' + inspectValue(name) + ' on #{this} to not match ' +
          inspectValue(descriptor),
        descriptor, actual, true);
    } else {
      check(this, actual,
        'expected #{this} to have an own property descriptor for ' + inspectValue(name),
        'expected #{this} to not have an own property descriptor for ' + inspectValue(name));
    }
    f.object = actual;
  }
  addMethod('ownPropertyDescriptor', ownPropertyDescriptorImpl);
  addMethod('haveOwnPropertyDescriptor', ownPropertyDescriptorImpl);

  // ---- length

  function lengthChaining() {
    this.__flags.doLength = true;
  }

  function lengthImpl(n, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var obj = f.object;
    var objType = typeOf(obj).toLowerCase();
    var descriptor = 'length';
    var count;
    if (objType === 'map' || objType === 'set') {
      descriptor = 'size';
      count = obj.size;
    } else {
      expectProperty(obj, f.message, 'length');
      count = obj.length;
    }
    /* eslint-disable-next-line eqeqeq */
    checkAct(this, count == n,
      'expected #{this} to have a ' + descriptor + ' of #{exp} but got #{act}',
      'expected #{this} to not have a ' + descriptor + ' of #{act}',
      n, count);
  }
  addChainableMethod('length', lengthImpl, lengthChaining);
  addChainableMethod('lengthOf', lengthImpl, lengthChaining);

  // ---- match / string

  function matchImpl(re, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    check(this, re.exec(f.object),
      'expected #{this} to match ' + re,
      'expected #{this} not to match ' + re);
  }
  addMethod('match', matchImpl);
  addMethod('matches', matchImpl);

  addMethod('string', function (str, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var obj = f.object;
    expectA(obj, f.message, 'string');
    check(this, obj.indexOf(str) !== -1,
      'expected #{this} to contain ' + inspectValue(str),
      'expected #{this} to not contain ' + inspectValue(str));
  });

  // ---- keys

  function keysImpl(keys) {
    var f = this.__flags;
    var obj = f.object;
    var objType = typeOf(obj);
    var keysType = typeOf(keys);
    var isDeep = f.deep;
    var deepStr = '';
    var actual;
    var ok = true;
    var mixedArgsMsg = 'when testing keys against an object or an array you must give a single Array|Object|String argument or multiple String arguments';
    if (objType === 'Map' || objType === 'Set') {
      deepStr = isDeep ? 'deeply ' : '';
      actual = [];
      obj.forEach(function (v, k) { actual.push(k); });
      if (keysType !== 'Array') {
        keys = Array.prototype.slice.call(arguments);
      }
    } else {
      actual = Object.keys(obj).concat(Object.getOwnPropertySymbols(obj).filter(function (s) {
        return Object.getOwnPropertyDescriptor(obj, s).enumerable;
      }));
      switch (keysType) {
        case 'Array':
          if (arguments.length > 1) fail(f, mixedArgsMsg);
          break;
        case 'Object':
          if (arguments.length > 1) fail(f, mixedArgsMsg);
          keys = Object.keys(keys);
          break;
        default:
          keys = Array.prototype.slice.call(arguments);
      }
      keys = keys.map(function (k) { return typeof k === 'symbol' ? k : String(k); });
    }
    if (!keys.length) {
      fail(f, 'keys required');
    }
    var len = keys.length;
    var any = f.any;
    var all = f.all;
    var expected = keys;
    var isEql = isDeep ? eql : function (a, b) { return a === b; };
    if (!any && !all) {
      all = true;
    }
    if (any) {
      ok = expected.some(function (ek) {
        return actual.some(function (ak) { return isEql(ek, ak); });
      });
    }
    if (all) {
      ok = expected.every(function (ek) {
        return actual.some(function (ak) { return isEql(ek, ak); });
      });
      if (!f.contains) {
        ok = ok && keys.length === actual.length;
      }
    }
    var str;
    if (len > 1) {
      var printed = keys.map(function (k) { return inspectValue(k); });
      var last = printed.pop();
      if (all) str = printed.join(', ') + ', and ' + last;
      if (any) str = printed.join(', ') + ', or ' + last;
    } else {
      str = inspectValue(keys[0]);
    }
    str = (len > 1 ? 'keys ' : 'key ') + str;
    str = (f.contains ? 'contain ' : 'have ') + str;
    checkAct(this, ok,
      'expected #{this} to ' + deepStr + str,
      'expected #{this} to not ' + deepStr + str,
      expected.slice(0).sort(compareByInspect),
      actual.sort(compareByInspect),
      true);
  }
  addVarMethod('keys', keysImpl);
  addVarMethod('key', keysImpl);

  // ---- throw

  function throwImpl(errorLike, errMsgMatcher, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var obj = f.object;
    var negate = f.negate || false;
    expectA(obj, f.message, 'function');
    if (errorLike instanceof RegExp || typeof errorLike === 'string') {
      errMsgMatcher = errorLike;
      errorLike = null;
    }
    var caughtErr;
    try {
      obj();
    } catch (err) {
      caughtErr = err;
    }
    var everyArgIsUndefined = errorLike === undefined && errMsgMatcher === undefined;
    var everyArgIsDefined = Boolean(errorLike && errMsgMatcher);
    var errorLikeFail = false;
    var errMsgMatcherFail = false;
    var caughtName = function () {
      return caughtErr instanceof Error ? caughtErr.toString() : (caughtErr && constructorName(caughtErr));
    };

    if (everyArgIsUndefined || (!everyArgIsUndefined && !negate)) {
      var errorLikeString = 'an error';
      if (errorLike instanceof Error) {
        errorLikeString = '#{exp}';
      } else if (errorLike) {
        errorLikeString = constructorName(errorLike);
      }
      checkAct(this, caughtErr,
        'expected #{this} to throw ' + errorLikeString,
        'expected #{this} to not throw an error but #{act} was thrown',
        errorLike && errorLike.toString(),
        caughtErr instanceof Error ? caughtErr.toString()
          : (typeof caughtErr === 'string' ? caughtErr : caughtErr && constructorName(caughtErr)));
    }

    if (errorLike && caughtErr) {
      if (errorLike instanceof Error) {
        var compatibleInst = compatibleInstance(caughtErr, errorLike);
        if (compatibleInst === negate) {
          if (everyArgIsDefined && negate) {
            errorLikeFail = true;
          } else {
            checkAct(this, negate,
              'expected #{this} to throw #{exp} but #{act} was thrown',
              'expected #{this} to not throw #{exp}' + (caughtErr && !negate ? ' but #{act} was thrown' : ''),
              errorLike.toString(),
              caughtErr.toString());
          }
        }
      }
      var compatibleCtor = compatibleConstructor(caughtErr, errorLike);
      if (compatibleCtor === negate) {
        if (everyArgIsDefined && negate) {
          errorLikeFail = true;
        } else {
          checkAct(this, negate,
            'expected #{this} to throw #{exp} but #{act} was thrown',
            'expected #{this} to not throw #{exp}' + (caughtErr ? ' but #{act} was thrown' : ''),
            errorLike instanceof Error ? errorLike.toString() : errorLike && constructorName(errorLike),
            caughtName());
        }
      }
    }

    if (caughtErr && errMsgMatcher !== undefined && errMsgMatcher !== null) {
      var placeholder = errMsgMatcher instanceof RegExp ? 'matching' : 'including';
      var compatibleMsg = compatibleMessage(caughtErr, errMsgMatcher);
      if (compatibleMsg === negate) {
        if (everyArgIsDefined && negate) {
          errMsgMatcherFail = true;
        } else {
          checkAct(this, negate,
            'expected #{this} to throw error ' + placeholder + ' #{exp} but got #{act}',
            'expected #{this} to throw error not ' + placeholder + ' #{exp}',
            errMsgMatcher,
            errorMessageOf(caughtErr));
        }
      }
    }

    if (errorLikeFail && errMsgMatcherFail) {
      checkAct(this, negate,
        'expected #{this} to throw #{exp} but #{act} was thrown',
        'expected #{this} to not throw #{exp}' + (caughtErr ? ' but #{act} was thrown' : ''),
        errorLike instanceof Error ? errorLike.toString() : errorLike && constructorName(errorLike),
        caughtName());
    }
    f.object = caughtErr;
  }
  addMethod('throw', throwImpl);
  addMethod('throws', throwImpl);
  addMethod('Throw', throwImpl);

  // ---- respondTo / itself / satisfy / closeTo

  function respondToImpl(method, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var obj = f.object;
    var context = (typeof obj === 'function' && !f.itself) ? obj.prototype[method] : obj[method];
    check(this, typeof context === 'function',
      'expected #{this} to respond to ' + inspectValue(method),
      'expected #{this} to not respond to ' + inspectValue(method));
  }
  addMethod('respondTo', respondToImpl);
  addMethod('respondsTo', respondToImpl);
  addProperty('itself', function () { this.__flags.itself = true; });

  function satisfyImpl(matcher, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var result = matcher(f.object);
    checkAct(this, result,
      'expected #{this} to satisfy ' + objDisplay(matcher),
      'expected #{this} to not satisfy' + objDisplay(matcher),
      !f.negate,
      result);
  }
  addMethod('satisfy', satisfyImpl);
  addMethod('satisfies', satisfyImpl);

  function closeToImpl(expected, delta, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var obj = f.object;
    expectA(obj, f.message, 'number');
    if (typeof expected !== 'number' || typeof delta !== 'number') {
      var deltaMessage = delta === undefined ? ', and a delta is required' : '';
      fail(f, 'the arguments to closeTo or approximately must be numbers' + deltaMessage);
    }
    check(this, Math.abs(obj - expected) <= delta,
      'expected #{this} to be close to ' + expected + ' +/- ' + delta,
      'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
  }
  addMethod('closeTo', closeToImpl);
  addMethod('approximately', closeToImpl);

  // ---- members / oneOf

  function isSubsetOf(subset, superset, cmp, contains, ordered) {
    if (!contains) {
      if (subset.length !== superset.length) return false;
      superset = superset.slice();
    }
    return subset.every(function (elem, idx) {
      if (ordered) return cmp ? cmp(elem, superset[idx]) : elem === superset[idx];
      if (!cmp) {
        var matchIdx = superset.indexOf(elem);
        if (matchIdx === -1) return false;
        if (!contains) superset.splice(matchIdx, 1);
        return true;
      }
      return superset.some(function (elem2, matchIdx) {
        if (!cmp(elem, elem2)) return false;
        if (!contains) superset.splice(matchIdx, 1);
        return true;
      });
    });
  }

  addMethod('members', function (subset, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var obj = f.object;
    expectA(obj, f.message, 'array');
    expectA(subset, f.message, 'array');
    var contains = f.contains;
    var ordered = f.ordered;
    var subject;
    var failMsg;
    var failNegateMsg;
    if (contains) {
      subject = ordered ? 'an ordered superset' : 'a superset';
      failMsg = 'expected #{this} to be ' + subject + ' of #{exp}';
      failNegateMsg = 'expected #{this} to not be ' + subject + ' of #{exp}';
    } else {
      subject = ordered ? 'ordered members' : 'members';
      failMsg = 'expected #{this} to have the same ' + subject + ' as #{exp}';
      failNegateMsg = 'expected #{this} to not have the same ' + subject + ' as #{exp}';
    }
    var cmp = f.deep ? eql : undefined;
    checkAct(this, isSubsetOf(subset, obj, cmp, contains, ordered), failMsg, failNegateMsg, subset, obj, true);
  });

  addMethod('oneOf', function (list, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var expected = f.object;
    expectA(list, f.message, 'array');
    if (f.contains) {
      checkAct(this, list.some(function (p) { return expected.indexOf(p) > -1; }),
        'expected #{this} to contain one of #{exp}',
        'expected #{this} to not contain one of #{exp}',
        list, expected);
    } else if (f.deep) {
      checkAct(this, list.some(function (p) { return eql(expected, p); }),
        'expected #{this} to deeply equal one of #{exp}',
        'expected #{this} to deeply equal one of #{exp}',
        list, expected);
    } else {
      checkAct(this, list.indexOf(expected) > -1,
        'expected #{this} to be one of #{exp}',
        'expected #{this} to not be one of #{exp}',
        list, expected);
    }
  });

  // ---- change / increase / decrease / by

  function deltaImpl(behavior) {
    return function (subject, prop, msg) {
      var f = this.__flags;
      if (msg) f.message = msg;
      var fn = f.object;
      expectA(fn, f.message, 'function');
      var initial;
      if (!prop) {
        expectA(subject, f.message, 'function');
        initial = subject();
      } else {
        expectProperty(subject, f.message, prop);
        initial = subject[prop];
      }
      if (behavior !== 'change') {
        expectA(initial, f.message, 'number');
      }
      fn();
      var final = prop === undefined || prop === null ? subject() : subject[prop];
      var msgObj = prop === undefined || prop === null ? initial : '.' + prop;
      f.deltaMsgObj = msgObj;
      f.initialDeltaValue = initial;
      f.finalDeltaValue = final;
      f.deltaBehavior = behavior;
      var ok;
      if (behavior === 'change') {
        f.realDelta = final !== initial;
        ok = initial !== final;
      } else if (behavior === 'increase') {
        f.realDelta = final - initial;
        ok = final - initial > 0;
      } else {
        f.realDelta = initial - final;
        ok = final - initial < 0;
      }
      check(this, ok, 'expected ' + msgObj + ' to ' + behavior, 'expected ' + msgObj + ' to not ' + behavior);
    };
  }
  var changeImpl = deltaImpl('change');
  var increaseImpl = deltaImpl('increase');
  var decreaseImpl = deltaImpl('decrease');
  addMethod('change', changeImpl);
  addMethod('changes', changeImpl);
  addMethod('increase', increaseImpl);
  addMethod('increases', increaseImpl);
  addMethod('decrease', decreaseImpl);
  addMethod('decreases', decreaseImpl);

  addMethod('by', function (delta, msg) {
    var f = this.__flags;
    if (msg) f.message = msg;
    var expression;
    if (f.deltaBehavior === 'change') {
      expression = Math.abs(f.finalDeltaValue - f.initialDeltaValue) === Math.abs(delta);
    } else {
      expression = f.realDelta === Math.abs(delta);
    }
    check(this, expression,
      'expected ' + f.deltaMsgObj + ' to ' + f.deltaBehavior + ' by ' + delta,
      'expected ' + f.deltaMsgObj + ' to not ' + f.deltaBehavior + ' by ' + delta);
  });

  // ---- extensible / sealed / frozen / finite

  addProperty('extensible', function () {
    var obj = this.__flags.object;
    check(this, obj === Object(obj) && Object.isExtensible(obj),
      'expected #{this} to be extensible', 'expected #{this} to not be extensible');
  });
  addProperty('sealed', function () {
    var obj = this.__flags.object;
    check(this, obj === Object(obj) ? Object.isSealed(obj) : true,
      'expected #{this} to be sealed', 'expected #{this} to not be sealed');
  });
  addProperty('frozen', function () {
    var obj = this.__flags.object;
    check(this, obj === Object(obj) ? Object.isFrozen(obj) : true,
      'expected #{this} to be frozen', 'expected #{this} to not be frozen');
  });
  addProperty('finite', function () {
    var obj = this.__flags.object;
    check(this, typeof obj === 'number' && isFinite(obj),
      'expected #{this} to be a finite number', 'expected #{this} to not be a finite number');
  });

  // ---------------------------------------------------------------------
  // chai-postman

  function isResponse(v) {
    return Boolean(v) && (typeof v === 'object' || typeof v === 'function') && v.__postmanType === 'Response';
  }

  function isRequest(v) {
    return Boolean(v) && (typeof v === 'object' || typeof v === 'function') && v.__postmanType === 'Request';
  }

  // Internal checks run on fresh assertions without the user's message, as
  // chai-postman's `new Assertion(this._obj)` does.
  function mustBeResponse(obj) {
    if (isResponse(obj)) return;
    check(plain(obj), false,
      'expecting a postman response object but got #{this}',
      'not expecting a postman response object');
  }

  function mustHaveCode(obj) {
    mustBeResponse(obj);
    expectProperty(obj, undefined, 'code');
    expectA(obj.code, undefined, 'number');
  }

  function reasonOf(obj) {
    return typeof obj.reason === 'function' ? obj.reason() : obj.status;
  }

  function codeOf(obj) {
    if (typeof obj.details === 'function') {
      var d = obj.details();
      if (d && d.code !== undefined) return Number(d.code);
    }
    return Number(obj.code);
  }

  function mustHaveReason(obj) {
    if (typeof obj.reason === 'function') return;
    expectProperty(obj, undefined, 'status');
  }

  addProperty('postmanRequest', function () {
    check(this, isRequest(this.__flags.object),
      'expecting a postman request object but got #{this}',
      'not expecting a postman request object');
  });
  addProperty('postmanResponse', function () {
    check(this, isResponse(this.__flags.object),
      'expecting a postman response object but got #{this}',
      'not expecting a postman response object');
  });
  addProperty('postmanRequestOrResponse', function () {
    var o = this.__flags.object;
    check(this, isResponse(o) || isRequest(o),
      'expecting a postman request or response object but got #{this}',
      'not expecting a postman request or response object');
  });

  addMethod('statusCodeClass', function (classCode) {
    var obj = this.__flags.object;
    mustHaveCode(obj);
    var statusClass = Math.floor(obj.code / 100);
    checkAct(this, statusClass === classCode,
      'expected response code to be #{exp}XX but found #{act}',
      'expected response code to not be #{exp}XX',
      classCode, obj.code);
  });

  var statusClasses = { info: 1, success: 2, redirection: 3, clientError: 4, serverError: 5 };
  Object.keys(statusClasses).forEach(function (name) {
    var classCode = statusClasses[name];
    addProperty(name, function () {
      var obj = this.__flags.object;
      mustHaveCode(obj);
      var statusClass = Math.floor(obj.code / 100);
      checkAct(this, statusClass === classCode,
        'expected response code to be #{exp}XX but found #{act}',
        'expected response code to not be #{exp}XX',
        classCode, obj.code);
    });
  });

  addProperty('error', function () {
    var obj = this.__flags.object;
    mustHaveCode(obj);
    var statusClass = Math.floor(obj.code / 100);
    checkAct(this, statusClass === 4 || statusClass === 5,
      'expected response code to be 4XX or 5XX but found #{act}',
      'expected response code to not be 4XX or 5XX',
      null, obj.code);
  });

  addMethod('statusCode', function (code) {
    var obj = this.__flags.object;
    mustHaveCode(obj);
    checkAct(this, obj.code === Number(code),
      'expected response to have status code #{exp} but got #{act}',
      'expected response to not have status code #{act}',
      Number(code), obj.code);
  });

  addMethod('statusReason', function (reason) {
    var obj = this.__flags.object;
    mustBeResponse(obj);
    mustHaveReason(obj);
    reason = String(reason);
    var actual = reasonOf(obj);
    checkAct(this, actual === reason,
      'expected response to have status reason #{exp} but got #{act}',
      'expected response to not have status reason #{act}',
      reason, actual);
  });

  var statusCodeReasons = {
    accepted: { statusCode: 202, name: 'Accepted' },
    withoutContent: { statusCode: 204, name: 'No Content' },
    badRequest: { statusCode: 400, name: 'Bad Request' },
    unauthorised: { statusCode: 401, name: 'Unauthorised' },
    unauthorized: { statusCode: 401, name: 'Unauthorized' },
    forbidden: { statusCode: 403, name: 'Forbidden' },
    notFound: { statusCode: 404, name: 'Not Found' },
    // chai-postman 2.0.1 expects the reason 'Acceptable' here; kept for parity.
    notAcceptable: { statusCode: 406, name: 'Acceptable' },
    rateLimited: { statusCode: 429, name: 'Too Many Requests' }
  };

  function checkReasonAndCode(assertion, obj, wantedReason, wantedCode) {
    var actualReason = String(reasonOf(obj)).toUpperCase();
    var actualCode = codeOf(obj);
    checkAct(assertion, actualReason === wantedReason,
      'expected response to have status reason #{exp} but got #{act}',
      'expected response to not have status reason #{act}',
      wantedReason, actualReason);
    checkAct(assertion, actualCode === wantedCode,
      'expected response to have status code #{exp} but got #{act}',
      'expected response to not have status code #{act}',
      wantedCode, actualCode);
  }

  Object.keys(statusCodeReasons).forEach(function (name) {
    var spec = statusCodeReasons[name];
    addProperty(name, function () {
      var obj = this.__flags.object;
      mustBeResponse(obj);
      mustHaveReason(obj);
      checkReasonAndCode(this, obj, spec.name.toUpperCase(), spec.statusCode);
    });
  });

  // ok: exactly 200 OK on responses, plain truthiness on anything else.
  addProperty('ok', function () {
    var obj = this.__flags.object;
    if (!isResponse(obj)) {
      check(this, obj, 'expected #{this} to be truthy', 'expected #{this} to be falsy');
      return;
    }
    mustHaveReason(obj);
    checkReasonAndCode(this, obj, 'OK', 200);
  });

  addMethod('status', function (codeOrReason) {
    var f = this.__flags;
    var obj = f.object;
    // Fast path: a passing numeric check of a response's number code.
    if (!f.negate && typeof codeOrReason === 'number' && isResponse(obj) && obj.code === codeOrReason) return;
    mustBeResponse(obj);
    if (typeof codeOrReason === 'number' || objToString.call(codeOrReason) === '[object Number]') {
      expectProperty(obj, undefined, 'code');
      expectA(obj.code, undefined, 'number');
      checkAct(this, obj.code === Number(codeOrReason),
        'expected response to have status code #{exp} but got #{act}',
        'expected response to not have status code #{act}',
        Number(codeOrReason), obj.code);
    } else {
      mustHaveReason(obj);
      var actual = reasonOf(obj);
      checkAct(this, actual === codeOrReason,
        'expected response to have status reason #{exp} but got #{act}',
        'expected response to not have status reason #{act}',
        codeOrReason, actual);
    }
  });

  function headerValue(headers, key) {
    if (typeof headers.one === 'function') {
      var h = headers.one(key);
      return h ? h.value : undefined;
    }
    return headers.get(key);
  }

  addCountedMethod('header', function (n, headerKey, headerVal) {
    var obj = this.__flags.object;
    check(plain(obj), isResponse(obj) || isRequest(obj),
      'expecting a postman request or response object but got #{this}',
      'not expecting a postman request or response object');
    expectProperty(obj, undefined, 'headers');
    var ror = isRequest(obj) ? 'request' : 'response';
    var has = obj.headers.has(headerKey);
    checkAct(this, has,
      'expected ' + ror + ' to have header with key \'' + String(headerKey) + '\'',
      'expected ' + ror + ' to not have header with key \'' + String(headerKey) + '\'',
      true, has);
    if (n < 2) {
      return;
    }
    var actual = headerValue(obj.headers, headerKey);
    checkAct(this, actual === headerVal,
      'expected \'' + String(headerKey) + '\' ' + ror + ' header to be #{exp} but got #{act}',
      'expected \'' + String(headerKey) + '\' ' + ror + ' header to not be #{act}',
      headerVal, actual);
  });

  function mustHaveFunction(obj, name) {
    expectProperty(obj, undefined, name);
    expectA(obj[name], undefined, 'function');
  }

  addProperty('withBody', function () {
    var obj = this.__flags.object;
    mustBeResponse(obj);
    mustHaveFunction(obj, 'text');
    var bodyText = obj.text();
    check(this, typeof bodyText === 'string' && bodyText.length,
      'expected response to have content in body',
      'expected response to not have content in body');
  });

  function jsonParseError(obj) {
    try {
      obj.json();
    } catch (e) {
      return describeParseError(e);
    }
    return undefined;
  }

  function describeParseError(e) {
    if (e && e.name === 'JSONError' && e.message) {
      return String(e.message).replace(/(.*?)\n.*/g, '$1');
    }
    return (e && e.name) + ': ' + (e && e.message);
  }

  addProperty('json', function () {
    var obj = this.__flags.object;
    mustBeResponse(obj);
    mustHaveFunction(obj, 'json');
    var parseError = jsonParseError(obj);
    check(this, !parseError,
      'expected response body to be a valid json but got error ' + parseError,
      'expected response body not to be a valid json');
  });

  addCountedMethod('body', function (n, content) {
    var obj = this.__flags.object;
    var bodyData;
    mustBeResponse(obj);
    if (isPlainObject(content)) {
      mustHaveFunction(obj, 'json');
      try { bodyData = obj.json(); } catch (e) { bodyData = undefined; }
      checkAct(this, lodashEqual(bodyData, content),
        'expected response body json to equal #{exp} but got #{act}',
        'expected response body json to not equal #{exp} but got #{act}',
        content, bodyData);
      return;
    }
    mustHaveFunction(obj, 'text');
    bodyData = obj.text();
    if (n === 0) {
      check(this, typeof bodyData === 'string' && bodyData.length,
        'expected response to have content in body',
        'expected response to not have content in body');
      return;
    }
    if (content instanceof RegExp) {
      checkAct(this, content.exec(bodyData) !== null,
        'expected response body text to match #{exp} but got #{act}',
        'expected response body text #{act} to not match #{exp}',
        content, bodyData);
      return;
    }
    checkAct(this, lodashEqual(bodyData, content),
      'expected response body to equal #{exp} but got #{act}',
      'expected response body to not equal #{exp}',
      content, bodyData);
  });

  addCountedMethod('jsonBody', function (n, path, value) {
    var obj = this.__flags.object;
    mustBeResponse(obj);
    mustHaveFunction(obj, 'json');
    var jsonBody;
    var parseError;
    try {
      jsonBody = obj.json();
    } catch (e) {
      parseError = describeParseError(e);
    }
    if (n === 0) {
      check(this, !parseError,
        'expected response body to be a valid json but got error ' + parseError,
        'expected response body not to be a valid json');
      return;
    }
    if (typeof path === 'string') {
      checkAct(this, lodashHas(jsonBody, path),
        'expected #{act} in response to contain property #{exp}',
        'expected #{act} in response to not contain property #{exp}',
        path, jsonBody);
      if (n > 1) {
        var at = lodashGet(jsonBody, path);
        checkAct(this, lodashEqual(at, value),
          'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
          'expected response body json at "' + path + '" to not contain #{exp} but got #{act}',
          value, at);
      }
    }
  });

  addChainableMethod('responseTime', function (value) {
    var time = this.__flags.number;
    checkAct(this, typeof time === 'number',
      'expected response to have a valid response time but got #{act}',
      'expected response to not have a valid response time but got #{act}', null, time);
    if (arguments.length) {
      checkAct(this, lodashEqual(time, value),
        'expected response to have a valid response time but got #{act}',
        'expected response to not have a valid response time but got #{act}', null, time);
    }
  }, function () {
    var f = this.__flags;
    var obj = f.object;
    mustBeResponse(obj);
    expectProperty(obj, undefined, 'responseTime');
    f.number = obj.responseTime;
    f.object = obj.responseTime;
  });

  addChainableMethod('responseSize', function (value) {
    var size = this.__flags.number;
    checkAct(this, typeof size === 'number',
      'expected response to have a valid response size but got #{act}',
      'expected response to not have a valid response size but got #{act}', null, size);
    if (arguments.length) {
      checkAct(this, lodashEqual(size, value),
        'expected response size to equal #{act} but got #{exp}',
        'expected response size to not equal #{act} but got #{exp}', value, size);
    }
  }, function () {
    var f = this.__flags;
    var obj = f.object;
    mustBeResponse(obj);
    mustHaveFunction(obj, 'size');
    var size = obj.size();
    var total = (size.header || 0) + (size.body || 0);
    f.number = total;
    f.object = total;
  });

  chainableMethods.responseTime.varargs = true;
  chainableMethods.responseSize.varargs = true;

  function ajvErrorsText(errors) {
    if (!errors || !errors.length) return 'No errors';
    var text = '';
    for (var i = 0; i < errors.length; i++) {
      var e = errors[i];
      if (e) text += 'data' + (e.dataPath || '') + ' ' + e.message + ', ';
    }
    return text.slice(0, -2);
  }

  addMethod('jsonSchema', function (schema, options) {
    expectA(schema, undefined, 'object');
    if (typeof host.validateSchema !== 'function') {
      throw new Error('jsonSchema is not available');
    }
    var obj = this.__flags.object;
    var opts = { allErrors: true, logger: false };
    if (options) {
      for (var k in options) opts[k] = options[k];
    }
    var data = (isResponse(obj) || (isRequest(obj) && typeof obj.json === 'function')) ? obj.json() : obj;
    var errors = host.validateSchema(schema, data, opts) || [];
    var valid = errors.length === 0;
    checkAct(this, valid,
      'expected data to satisfy schema but found following errors: \n' + ajvErrorsText(errors),
      'expected data to not satisfy schema', true, valid);
  });

  // ---------------------------------------------------------------------
  // expect

  // expect makes the root assertion as new Assertion(val, message) does,
  // without the cost of a constructor call.
  function expect(val, message) {
    var a = objectCreate(proto);
    a.__flags = makeFlags(val, message, a, true);
    return a;
  }
  expect.fail = function (actual, expected, message, operator) {
    if (arguments.length < 2) {
      message = actual;
      actual = undefined;
    }
    message = message || 'expect.fail()';
    throw new AssertionError(message, { actual: actual, expected: expected, operator: operator });
  };

  // ---------------------------------------------------------------------
  // assert (chai's TDD interface, for require('chai').assert)

  function assert(express, errmsg) {
    plain(null, null).assert(express, errmsg, '[ negation message unavailable ]');
  }

  assert.fail = function (actual, expected, message, operator) {
    if (arguments.length < 2) {
      message = actual;
      actual = undefined;
    }
    message = message || 'assert.fail()';
    throw new AssertionError(message, { actual: actual, expected: expected, operator: operator });
  };

  assert.equal = function (act, exp, msg) {
    var test = new Assertion(act, msg);
    /* eslint-disable-next-line eqeqeq */
    checkAct(test, exp == act, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{act}', exp, act, true);
  };
  assert.notEqual = function (act, exp, msg) {
    var test = new Assertion(act, msg);
    /* eslint-disable-next-line eqeqeq */
    checkAct(test, exp != act, 'expected #{this} to not equal #{exp}', 'expected #{this} to equal #{act}', exp, act, true);
  };

  // Each entry: [number of value arguments before the message, chain].
  var assertTable = {
    isOk: [1, function (a) { return a.is.ok; }],
    isNotOk: [1, function (a) { return a.is.not.ok; }],
    strictEqual: [2, function (a, x) { return a.to.equal(x); }],
    notStrictEqual: [2, function (a, x) { return a.to.not.equal(x); }],
    deepEqual: [2, function (a, x) { return a.to.eql(x); }],
    deepStrictEqual: [2, function (a, x) { return a.to.eql(x); }],
    notDeepEqual: [2, function (a, x) { return a.to.not.eql(x); }],
    isAbove: [2, function (a, x) { return a.to.be.above(x); }],
    isAtLeast: [2, function (a, x) { return a.to.be.least(x); }],
    isBelow: [2, function (a, x) { return a.to.be.below(x); }],
    isAtMost: [2, function (a, x) { return a.to.be.most(x); }],
    isTrue: [1, function (a) { return a.is['true']; }],
    isNotTrue: [1, function (a) { return a.to.not.equal(true); }],
    isFalse: [1, function (a) { return a.is['false']; }],
    isNotFalse: [1, function (a) { return a.to.not.equal(false); }],
    isNull: [1, function (a) { return a.to.equal(null); }],
    isNotNull: [1, function (a) { return a.to.not.equal(null); }],
    isNaN: [1, function (a) { return a.to.be.NaN; }],
    isNotNaN: [1, function (a) { return a.not.to.be.NaN; }],
    exists: [1, function (a) { return a.to.exist; }],
    notExists: [1, function (a) { return a.to.not.exist; }],
    isUndefined: [1, function (a) { return a.to.equal(undefined); }],
    isDefined: [1, function (a) { return a.to.not.equal(undefined); }],
    isFunction: [1, function (a) { return a.to.be.a('function'); }],
    isNotFunction: [1, function (a) { return a.to.not.be.a('function'); }],
    isObject: [1, function (a) { return a.to.be.a('object'); }],
    isNotObject: [1, function (a) { return a.to.not.be.a('object'); }],
    isArray: [1, function (a) { return a.to.be.an('array'); }],
    isNotArray: [1, function (a) { return a.to.not.be.an('array'); }],
    isString: [1, function (a) { return a.to.be.a('string'); }],
    isNotString: [1, function (a) { return a.to.not.be.a('string'); }],
    isNumber: [1, function (a) { return a.to.be.a('number'); }],
    isNotNumber: [1, function (a) { return a.to.not.be.a('number'); }],
    isFinite: [1, function (a) { return a.to.be.finite; }],
    isBoolean: [1, function (a) { return a.to.be.a('boolean'); }],
    isNotBoolean: [1, function (a) { return a.to.not.be.a('boolean'); }],
    typeOf: [2, function (a, x) { return a.to.be.a(x); }],
    notTypeOf: [2, function (a, x) { return a.to.not.be.a(x); }],
    instanceOf: [2, function (a, x) { return a.to.be.instanceOf(x); }],
    notInstanceOf: [2, function (a, x) { return a.to.not.be.instanceOf(x); }],
    include: [2, function (a, x) { return a.include(x); }],
    notInclude: [2, function (a, x) { return a.not.include(x); }],
    deepInclude: [2, function (a, x) { return a.deep.include(x); }],
    notDeepInclude: [2, function (a, x) { return a.not.deep.include(x); }],
    nestedInclude: [2, function (a, x) { return a.nested.include(x); }],
    notNestedInclude: [2, function (a, x) { return a.not.nested.include(x); }],
    deepNestedInclude: [2, function (a, x) { return a.deep.nested.include(x); }],
    notDeepNestedInclude: [2, function (a, x) { return a.not.deep.nested.include(x); }],
    ownInclude: [2, function (a, x) { return a.own.include(x); }],
    notOwnInclude: [2, function (a, x) { return a.not.own.include(x); }],
    deepOwnInclude: [2, function (a, x) { return a.deep.own.include(x); }],
    notDeepOwnInclude: [2, function (a, x) { return a.not.deep.own.include(x); }],
    match: [2, function (a, x) { return a.to.match(x); }],
    notMatch: [2, function (a, x) { return a.to.not.match(x); }],
    property: [2, function (a, x) { return a.to.have.property(x); }],
    notProperty: [2, function (a, x) { return a.to.not.have.property(x); }],
    propertyVal: [3, function (a, x, y) { return a.to.have.property(x, y); }],
    notPropertyVal: [3, function (a, x, y) { return a.to.not.have.property(x, y); }],
    deepPropertyVal: [3, function (a, x, y) { return a.to.have.deep.property(x, y); }],
    notDeepPropertyVal: [3, function (a, x, y) { return a.to.not.have.deep.property(x, y); }],
    ownProperty: [2, function (a, x) { return a.to.have.own.property(x); }],
    notOwnProperty: [2, function (a, x) { return a.to.not.have.own.property(x); }],
    ownPropertyVal: [3, function (a, x, y) { return a.to.have.own.property(x, y); }],
    notOwnPropertyVal: [3, function (a, x, y) { return a.to.not.have.own.property(x, y); }],
    deepOwnPropertyVal: [3, function (a, x, y) { return a.to.have.deep.own.property(x, y); }],
    notDeepOwnPropertyVal: [3, function (a, x, y) { return a.to.not.have.deep.own.property(x, y); }],
    nestedProperty: [2, function (a, x) { return a.to.have.nested.property(x); }],
    notNestedProperty: [2, function (a, x) { return a.to.not.have.nested.property(x); }],
    nestedPropertyVal: [3, function (a, x, y) { return a.to.have.nested.property(x, y); }],
    notNestedPropertyVal: [3, function (a, x, y) { return a.to.not.have.nested.property(x, y); }],
    deepNestedPropertyVal: [3, function (a, x, y) { return a.to.have.deep.nested.property(x, y); }],
    notDeepNestedPropertyVal: [3, function (a, x, y) { return a.to.not.have.deep.nested.property(x, y); }],
    lengthOf: [2, function (a, x) { return a.to.have.lengthOf(x); }],
    hasAnyKeys: [2, function (a, x) { return a.to.have.any.keys(x); }],
    hasAllKeys: [2, function (a, x) { return a.to.have.all.keys(x); }],
    containsAllKeys: [2, function (a, x) { return a.to.contain.all.keys(x); }],
    doesNotHaveAnyKeys: [2, function (a, x) { return a.to.not.have.any.keys(x); }],
    doesNotHaveAllKeys: [2, function (a, x) { return a.to.not.have.all.keys(x); }],
    hasAnyDeepKeys: [2, function (a, x) { return a.to.have.any.deep.keys(x); }],
    hasAllDeepKeys: [2, function (a, x) { return a.to.have.all.deep.keys(x); }],
    containsAllDeepKeys: [2, function (a, x) { return a.to.contain.all.deep.keys(x); }],
    doesNotHaveAnyDeepKeys: [2, function (a, x) { return a.to.not.have.any.deep.keys(x); }],
    doesNotHaveAllDeepKeys: [2, function (a, x) { return a.to.not.have.all.deep.keys(x); }],
    closeTo: [3, function (a, x, y) { return a.to.be.closeTo(x, y); }],
    approximately: [3, function (a, x, y) { return a.to.be.approximately(x, y); }],
    sameMembers: [2, function (a, x) { return a.to.have.same.members(x); }],
    notSameMembers: [2, function (a, x) { return a.to.not.have.same.members(x); }],
    sameDeepMembers: [2, function (a, x) { return a.to.have.same.deep.members(x); }],
    notSameDeepMembers: [2, function (a, x) { return a.to.not.have.same.deep.members(x); }],
    sameOrderedMembers: [2, function (a, x) { return a.to.have.same.ordered.members(x); }],
    notSameOrderedMembers: [2, function (a, x) { return a.to.not.have.same.ordered.members(x); }],
    sameDeepOrderedMembers: [2, function (a, x) { return a.to.have.same.deep.ordered.members(x); }],
    notSameDeepOrderedMembers: [2, function (a, x) { return a.to.not.have.same.deep.ordered.members(x); }],
    includeMembers: [2, function (a, x) { return a.to.include.members(x); }],
    notIncludeMembers: [2, function (a, x) { return a.to.not.include.members(x); }],
    includeDeepMembers: [2, function (a, x) { return a.to.include.deep.members(x); }],
    notIncludeDeepMembers: [2, function (a, x) { return a.to.not.include.deep.members(x); }],
    includeOrderedMembers: [2, function (a, x) { return a.to.include.ordered.members(x); }],
    notIncludeOrderedMembers: [2, function (a, x) { return a.to.not.include.ordered.members(x); }],
    includeDeepOrderedMembers: [2, function (a, x) { return a.to.include.deep.ordered.members(x); }],
    notIncludeDeepOrderedMembers: [2, function (a, x) { return a.to.not.include.deep.ordered.members(x); }],
    oneOf: [2, function (a, x) { return a.to.be.oneOf(x); }],
    isExtensible: [1, function (a) { return a.to.be.extensible; }],
    isNotExtensible: [1, function (a) { return a.to.not.be.extensible; }],
    isSealed: [1, function (a) { return a.to.be.sealed; }],
    isNotSealed: [1, function (a) { return a.to.not.be.sealed; }],
    isFrozen: [1, function (a) { return a.to.be.frozen; }],
    isNotFrozen: [1, function (a) { return a.to.not.be.frozen; }],
    isEmpty: [1, function (a) { return a.to.be.empty; }],
    isNotEmpty: [1, function (a) { return a.to.not.be.empty; }]
  };
  Object.keys(assertTable).forEach(function (name) {
    var n = assertTable[name][0];
    var chain = assertTable[name][1];
    assert[name] = function (val, x, y) {
      chain(new Assertion(val, arguments[n]), x, y);
    };
  });

  function throwsArgs(fn, errorLike, errMsgMatcher) {
    if (typeof errorLike === 'string' || errorLike instanceof RegExp) {
      return [null, errorLike];
    }
    return [errorLike, errMsgMatcher];
  }
  assert.throws = function (fn, errorLike, errMsgMatcher, msg) {
    var args = throwsArgs(fn, errorLike, errMsgMatcher);
    var a = new Assertion(fn, msg).to.throw(args[0], args[1]);
    return a.__flags.object;
  };
  assert.doesNotThrow = function (fn, errorLike, errMsgMatcher, msg) {
    var args = throwsArgs(fn, errorLike, errMsgMatcher);
    new Assertion(fn, msg).to.not.throw(args[0], args[1]);
  };

  assert.operator = function (val, operator, val2, msg) {
    var ok;
    /* eslint-disable eqeqeq */
    switch (operator) {
      case '==': ok = val == val2; break;
      case '===': ok = val === val2; break;
      case '>': ok = val > val2; break;
      case '>=': ok = val >= val2; break;
      case '<': ok = val < val2; break;
      case '<=': ok = val <= val2; break;
      case '!=': ok = val != val2; break;
      case '!==': ok = val !== val2; break;
      default:
        msg = msg ? msg + ': ' : msg;
        throw new AssertionError(msg + 'Invalid operator "' + operator + '"', undefined);
    }
    /* eslint-enable eqeqeq */
    var test = new Assertion(ok, msg);
    check(test, ok === true,
      'expected ' + inspectValue(val) + ' to be ' + operator + ' ' + inspectValue(val2),
      'expected ' + inspectValue(val) + ' to not be ' + operator + ' ' + inspectValue(val2));
  };

  // Delta assertions take (fn, obj, prop, [delta,] msg) or (fn, getter, [delta,] msg).
  function deltaAssert(kind, negate, withDelta, butNot) {
    return function (fn, obj, prop, delta, msg) {
      if (withDelta) {
        if (arguments.length === 4 && typeof obj === 'function') {
          // As chai 4 does, prop keeps the delta value here.
          msg = delta;
          delta = prop;
        } else if (arguments.length === 3) {
          delta = prop;
          prop = null;
        }
      } else {
        msg = delta;
        if (arguments.length === 3 && typeof obj === 'function') {
          msg = prop;
          prop = null;
        }
      }
      var a = new Assertion(fn, msg).to;
      if (negate) a = a.not;
      a = a[kind](obj, prop);
      if (withDelta) {
        a = butNot ? a.but.not : a;
        a.by(delta);
      }
      return undefined;
    };
  }
  assert.changes = deltaAssert('change', false, false);
  assert.changesBy = deltaAssert('change', false, true);
  assert.doesNotChange = deltaAssert('change', true, false);
  assert.changesButNotBy = deltaAssert('change', false, true, true);
  assert.increases = deltaAssert('increase', false, false);
  assert.increasesBy = deltaAssert('increase', false, true);
  assert.doesNotIncrease = deltaAssert('increase', true, false);
  assert.increasesButNotBy = deltaAssert('increase', false, true, true);
  assert.decreases = deltaAssert('decrease', false, false);
  assert.decreasesBy = deltaAssert('decrease', false, true);
  assert.doesNotDecrease = deltaAssert('decrease', true, false);
  assert.doesNotDecreaseBy = deltaAssert('decrease', true, true);
  assert.decreasesButNotBy = deltaAssert('decrease', false, true, true);

  assert.ifError = function (val) {
    if (val) {
      throw val;
    }
  };

  [['isOk', 'ok'], ['isNotOk', 'notOk'], ['throws', 'throw'], ['throws', 'Throw'],
    ['isExtensible', 'extensible'], ['isNotExtensible', 'notExtensible'], ['isSealed', 'sealed'],
    ['isNotSealed', 'notSealed'], ['isFrozen', 'frozen'], ['isNotFrozen', 'notFrozen'],
    ['isEmpty', 'empty'], ['isNotEmpty', 'notEmpty']].forEach(function (pair) {
    assert[pair[1]] = assert[pair[0]];
  });

  return {
    assert: assert,
    expect: expect,
    AssertionError: AssertionError,
    inspect: inspectValue,
    Assertion: Assertion,
    objDisplay: objDisplay,
    eql: eql,
    // chain(obj) is expect(obj).to without the copy of the stored root
    // assertion, for the host's `response.to` getters.
    chain: plain
  };
}
