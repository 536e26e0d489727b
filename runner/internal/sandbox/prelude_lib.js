// Runtime-wide helpers evaluated once per Sandbox: Node-like value
// formatting for console output, a BOM-tolerant JSON (liquid-json), the
// Sugar.js-style prototype methods old snippets rely on, and the Postman SDK
// shapes (PropertyList, HeaderList, Url, Request, Response, VariableScope,
// CookieList) that pm exposes. The per-execution pm object is built by
// prelude_pm.js.
(function (global) {
    'use strict';

    var hidden = function (obj, name, value) {
        Object.defineProperty(obj, name, { value: value, writable: true, enumerable: false, configurable: true });
    };
    var lib = {};
    hidden(global, '__runnerLib', lib);

    // ---------------------------------------------------------------- inspect
    var identRe = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

    // quote prints a string as Node does: single quotes unless the string
    // holds one and no double quote.
    function quote(s) {
        s = String(s).replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
        if (s.indexOf("'") !== -1 && s.indexOf('"') === -1) { return '"' + s + '"'; }
        return "'" + s.replace(/'/g, "\\'") + "'";
    }

    function ctorName(o) {
        var p = Object.getPrototypeOf(o);
        if (p === null) { return null; }
        var c = p.constructor;
        return (c && typeof c.name === 'string') ? c.name : '';
    }

    function inspect(v, depth, seen, indent) {
        depth = depth === undefined ? 2 : depth;
        seen = seen || [];
        indent = indent || '';
        switch (typeof v) {
            case 'string': return quote(v);
            case 'number': return (v === 0 && 1 / v < 0) ? '-0' : String(v);
            case 'bigint': return String(v) + 'n';
            case 'boolean': return String(v);
            case 'undefined': return 'undefined';
            case 'symbol': return v.toString();
            case 'function': return '[Function: ' + (v.name || '(anonymous)') + ']';
        }
        if (v === null) { return 'null'; }
        if (seen.indexOf(v) !== -1) { return '[Circular *1]'; }
        if (v instanceof Date) { return isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString(); }
        if (v instanceof RegExp) { return String(v); }
        if (v instanceof Error) { return v.stack && String(v.stack).indexOf(v.name) === 0 ? String(v.stack).split('\n')[0] : String(v); }
        if (v.__sdkName && typeof v.toJSON === 'function') {
            // SDK objects (Request, Response, Url, VariableScope...) print
            // as their JSON form.
            return v.__sdkName + ' ' + inspect(typeof v.__consoleJSON === 'function' ? v.__consoleJSON() : v.toJSON(), depth, seen, indent);
        }
        if (lib.PropertyList && v instanceof lib.PropertyList) {
            return (v._type || 'PropertyList') + ' ' + inspect(v.members, depth, seen, indent);
        }
        var entries = [], i, keys, open, close, prefix = '';
        var nextIndent = indent + '  ';
        if (Array.isArray(v)) {
            if (depth < 0) { return '[Array]'; }
            seen.push(v);
            for (i = 0; i < v.length; i++) { entries.push(inspect(v[i], depth - 1, seen, nextIndent)); }
            keys = Object.keys(v).filter(function (k) { return !/^\d+$/.test(k); });
            keys.forEach(function (k) { entries.push((identRe.test(k) ? k : quote(k)) + ': ' + inspect(v[k], depth - 1, seen, nextIndent)); });
            seen.pop();
            open = '['; close = ']';
        } else if (typeof Map !== 'undefined' && v instanceof Map) {
            if (depth < 0) { return '[Map]'; }
            seen.push(v);
            v.forEach(function (val, k) { entries.push(inspect(k, depth - 1, seen, nextIndent) + ' => ' + inspect(val, depth - 1, seen, nextIndent)); });
            seen.pop();
            prefix = 'Map(' + v.size + ') '; open = '{'; close = '}';
        } else if (typeof Set !== 'undefined' && v instanceof Set) {
            if (depth < 0) { return '[Set]'; }
            seen.push(v);
            v.forEach(function (val) { entries.push(inspect(val, depth - 1, seen, nextIndent)); });
            seen.pop();
            prefix = 'Set(' + v.size + ') '; open = '{'; close = '}';
        } else {
            var name = ctorName(v);
            if (depth < 0) { return '[' + (name || 'Object') + ']'; }
            if (name === null) { prefix = '[Object: null prototype] '; } else if (name && name !== 'Object') { prefix = name + ' '; }
            seen.push(v);
            Object.keys(v).forEach(function (k) {
                entries.push((identRe.test(k) ? k : quote(k)) + ': ' + inspect(v[k], depth - 1, seen, nextIndent));
            });
            seen.pop();
            open = '{'; close = '}';
        }
        if (entries.length === 0) { return prefix + open + close; }
        var oneLine = prefix + open + ' ' + entries.join(', ') + ' ' + close;
        if (oneLine.length + indent.length <= 72 && oneLine.indexOf('\n') === -1) { return oneLine; }
        return prefix + open + '\n' + nextIndent + entries.join(',\n' + nextIndent) + '\n' + indent + close;
    }
    lib.inspect = inspect;

    // format follows Node's util.format: %s %d %i %f %j %o %O %c %%; extra
    // arguments are appended, strings raw and other values inspected.
    function format() {
        var args = Array.prototype.slice.call(arguments), out = '', a = 0;
        if (typeof args[0] === 'string') {
            var f = args[0];
            a = 1;
            out = f.replace(/%([sdifjoOc%])/g, function (m, c) {
                if (c === '%') { return '%'; }
                if (a >= args.length) { return m; }
                var x = args[a++];
                switch (c) {
                    case 's': return typeof x === 'string' ? x : (typeof x === 'object' && x !== null ? inspect(x, 1) : String(x));
                    case 'd': case 'i': {
                        if (typeof x === 'object' && x !== null) { return 'NaN'; }
                        var n = Number(x);
                        return String(c === 'i' ? Math.trunc(n) : n);
                    }
                    case 'f': return String(parseFloat(x));
                    case 'j': try { return JSON.stringify(x); } catch (e) { return '[Circular]'; }
                    case 'o': case 'O': return inspect(x, c === 'o' ? 4 : 2);
                    case 'c': return '';
                }
                return m;
            });
        }
        for (; a < args.length; a++) {
            var x = args[a];
            out += (out === '' && a === 0 ? '' : ' ') + (typeof x === 'string' ? x : inspect(x));
        }
        return out;
    }
    lib.format = format;

    // ------------------------------------------------------------ liquid JSON
    var nativeJSON = JSON;
    lib.nativeJSON = nativeJSON;

    function JSONError(message) {
        var e = new Error(message);
        e.name = 'JSONError';
        return e;
    }

    // jsonErrorAt finds the first position where text stops being JSON and
    // describes it as liquid-json does: "Unexpected token 'u' at 1:1".
    function jsonErrorAt(text) {
        var i = 0, n = text.length;
        function ws() { while (i < n && ' \t\n\r'.indexOf(text[i]) !== -1) { i++; } }
        function fail() { throw i; }
        function lit(w) { if (text.substr(i, w.length) !== w) { fail(); } i += w.length; }
        function str() {
            i++;
            while (i < n && text[i] !== '"') {
                if (text[i] === '\\') { i++; }
                else if (text.charCodeAt(i) < 0x20) { fail(); }
                i++;
            }
            if (i >= n) { fail(); }
            i++;
        }
        function num() {
            var m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
            if (!m) { if (text[i] === '-') { i++; } fail(); }
            i += m[0].length;
        }
        function val() {
            ws();
            if (i >= n) { fail(); }
            var c = text[i];
            if (c === '{') {
                i++; ws();
                if (text[i] === '}') { i++; return; }
                for (;;) {
                    ws(); if (text[i] !== '"') { fail(); }
                    str(); ws(); if (text[i] !== ':') { fail(); }
                    i++; val(); ws();
                    if (text[i] === ',') { i++; continue; }
                    if (text[i] === '}') { i++; return; }
                    fail();
                }
            }
            if (c === '[') {
                i++; ws();
                if (text[i] === ']') { i++; return; }
                for (;;) {
                    val(); ws();
                    if (text[i] === ',') { i++; continue; }
                    if (text[i] === ']') { i++; return; }
                    fail();
                }
            }
            if (c === '"') { return str(); }
            if (c === 't') { return lit('true'); }
            if (c === 'f') { return lit('false'); }
            if (c === 'n') { return lit('null'); }
            if (c === '-' || (c >= '0' && c <= '9')) { return num(); }
            fail();
        }
        try {
            val(); ws();
            if (i < n) { fail(); }
        } catch (pos) {
            if (typeof pos !== 'number') { throw pos; }
            if (pos >= n) { return 'Unexpected end of JSON input'; }
            var before = text.slice(0, pos).split('\n');
            var line = before.length, col = before[before.length - 1].length + 1;
            var lineText = text.split('\n')[line - 1];
            return 'Unexpected token ' + quote(text[pos]) + ' at ' + line + ':' + col + '\n' + lineText + '\n' +
                new Array(col).join(' ') + '^';
        }
        return 'Unexpected end of JSON input';
    }

    function stripBOM(s) {
        return (typeof s === 'string' && s.charCodeAt(0) === 0xFEFF) ? s.slice(1) : s;
    }

    function liquidParse(text, reviver) {
        var s = stripBOM(String(text));
        if (reviver === undefined && lib.fastParse) {
            var v = lib.fastParse(s);
            if (v !== undefined) { return v; }
        }
        try {
            return nativeJSON.parse(s, reviver);
        } catch (e) {
            throw JSONError(jsonErrorAt(s));
        }
    }
    lib.liquidParse = liquidParse;
    lib.liquidJSON = {
        parse: liquidParse,
        stringify: function (v, r, sp) { return nativeJSON.stringify(v, r, sp); }
    };
    Object.defineProperty(lib.liquidJSON, Symbol.toStringTag, { value: 'JSON' });

    // ---------------------------------------------------------- Sugar subset
    // A documented handful of Sugar.js 1.x methods that old Postman snippets
    // use (responseBody.has('x'), name.capitalize(), arr.any(fn)...):
    //   String: has capitalize camelize underscore dasherize spacify isBlank
    //           words lines chars first last from to compact escapeRegExp
    //           toNumber shift trimLeft trimRight
    //   Array:  any none all sum average first last unique compact isEmpty each
    //   Number: format hex isEven isOdd ordinalize
    //   Function: once;  Date.create
    // Each is non-enumerable and only added when the built-in lacks it.
    var sugar = function (proto, name, fn) {
        if (!Object.prototype.hasOwnProperty.call(proto, name)) { hidden(proto, name, fn); }
    };
    sugar(String.prototype, 'has', function (find) {
        return find instanceof RegExp ? find.test(this) : String(this).indexOf(String(find)) !== -1;
    });
    sugar(String.prototype, 'capitalize', function (all) {
        var s = String(this);
        if (all) { return s.replace(/(^|[^a-zA-Z'])([a-zA-Z])/g, function (m, a, b) { return a + b.toUpperCase(); }); }
        return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    });
    sugar(String.prototype, 'camelize', function (first) {
        var s = String(this).replace(/[-_\s]+(.)?/g, function (m, c) { return c ? c.toUpperCase() : ''; });
        return first === false ? s.charAt(0).toLowerCase() + s.slice(1) : s.charAt(0).toUpperCase() + s.slice(1);
    });
    sugar(String.prototype, 'underscore', function () {
        return String(this).replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase();
    });
    sugar(String.prototype, 'dasherize', function () {
        return String(this).replace(/([a-z\d])([A-Z])/g, '$1-$2').replace(/[_\s]+/g, '-').toLowerCase();
    });
    sugar(String.prototype, 'isBlank', function () { return String(this).trim().length === 0; });
    sugar(String.prototype, 'words', function () { return String(this).trim().split(/\s+/).filter(Boolean); });
    sugar(String.prototype, 'lines', function () { return String(this).split(/\r?\n/); });
    sugar(String.prototype, 'chars', function () { return String(this).split(''); });
    sugar(String.prototype, 'first', function (n) { return String(this).slice(0, n === undefined ? 1 : n); });
    sugar(String.prototype, 'last', function (n) { var s = String(this); return s.slice(Math.max(0, s.length - (n === undefined ? 1 : n))); });
    sugar(String.prototype, 'from', function (i) { return String(this).slice(i || 0); });
    sugar(String.prototype, 'to', function (i) { var s = String(this); return s.slice(0, i === undefined ? s.length : i); });
    sugar(String.prototype, 'compact', function () { return String(this).trim().replace(/\s+/g, ' '); });
    sugar(String.prototype, 'escapeRegExp', function () { return String(this).replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&'); });
    sugar(String.prototype, 'toNumber', function () { return parseFloat(String(this).replace(/,/g, '')); });
    sugar(String.prototype, 'trimLeft', String.prototype.trimStart);
    sugar(String.prototype, 'trimRight', String.prototype.trimEnd);

    var matcher = function (f) {
        if (typeof f === 'function') { return f; }
        if (f instanceof RegExp) { return function (x) { return f.test(x); }; }
        if (f && typeof f === 'object') {
            return function (x) { return x && Object.keys(f).every(function (k) { return x[k] === f[k]; }); };
        }
        return function (x) { return x === f; };
    };
    sugar(Array.prototype, 'any', function (f) { return this.some(matcher(f)); });
    sugar(Array.prototype, 'none', function (f) { return !this.some(matcher(f)); });
    sugar(Array.prototype, 'all', function (f) { return this.every(matcher(f)); });
    sugar(Array.prototype, 'sum', function (f) {
        var m = f ? (typeof f === 'function' ? f : function (x) { return x[f]; }) : function (x) { return x; };
        return this.reduce(function (a, x) { return a + m(x); }, 0);
    });
    sugar(Array.prototype, 'average', function (f) { return this.length ? this.sum(f) / this.length : 0; });
    sugar(Array.prototype, 'first', function (n) { return n === undefined ? this[0] : this.slice(0, n); });
    sugar(Array.prototype, 'last', function (n) { return n === undefined ? this[this.length - 1] : this.slice(Math.max(0, this.length - n)); });
    sugar(Array.prototype, 'unique', function () { var out = []; this.forEach(function (x) { if (out.indexOf(x) === -1) { out.push(x); } }); return out; });
    sugar(Array.prototype, 'compact', function () { return this.filter(function (x) { return x !== null && x !== undefined && !(typeof x === 'number' && isNaN(x)); }); });
    sugar(Array.prototype, 'isEmpty', function () { return this.length === 0; });
    sugar(Number.prototype, 'format', function (place, thousands, decimal) {
        thousands = thousands === undefined ? ',' : thousands;
        decimal = decimal === undefined ? '.' : decimal;
        var n = Number(this), s = place === undefined ? String(Math.abs(n)) : Math.abs(n).toFixed(place);
        var parts = s.split('.');
        parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
        return (n < 0 ? '-' : '') + parts.join(decimal);
    });
    sugar(Array.prototype, 'each', function (fn) { for (var i = 0; i < this.length; i++) { if (fn.call(this, this[i], i, this) === false) { break; } } return this; });
    sugar(Number.prototype, 'hex', function (pad) { var h = Number(this).toString(16); while (pad && h.length < pad) { h = '0' + h; } return h; });
    sugar(Number.prototype, 'isEven', function () { return Number(this) % 2 === 0; });
    sugar(Number.prototype, 'isOdd', function () { return Math.abs(Number(this) % 2) === 1; });
    sugar(Number.prototype, 'ordinalize', function () {
        var n = Math.abs(Math.trunc(Number(this))), last2 = n % 100, last = n % 10;
        var suffix = (last2 >= 11 && last2 <= 13) ? 'th' : (last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th');
        return String(Number(this)) + suffix;
    });
    sugar(String.prototype, 'shift', function (n) {
        var out = '', s = String(this);
        for (var i = 0; i < s.length; i++) { out += String.fromCharCode(s.charCodeAt(i) + n); }
        return out;
    });
    sugar(String.prototype, 'spacify', function () {
        return String(this).replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[-_\s]+/g, ' ').toLowerCase();
    });
    sugar(Function.prototype, 'once', function () {
        var fn = this, called = false, result;
        return function () {
            if (!called) { called = true; result = fn.apply(this, arguments); }
            return result;
        };
    });
    sugar(Date, 'create', function (v) { return v === undefined ? new Date() : new Date(v); });

    // ---------------------------------------------------------- PropertyList
    function parseHeaderString(s) {
        var i = s.indexOf(':');
        return i === -1 ? { key: s.trim(), value: '' } : { key: s.slice(0, i).trim(), value: s.slice(i + 1).trim() };
    }

    // PropertyList keeps its state in one non-enumerable property: defining
    // properties is comparatively slow in goja and lists are built often.
    function PropertyList(members, opts) {
        opts = opts || {};
        var list = [];
        hidden(this, '_p', {
            members: list, ci: !!opts.caseInsensitive, key: opts.key || 'key', value: opts.value || 'value',
            type: opts.type || 'PropertyList', onChange: opts.onChange || null
        });
        if (members) {
            for (var i = 0; i < members.length; i++) { list.push(this._item(members[i])); }
        }
    }
    Object.defineProperties(PropertyList.prototype, {
        members: { get: function () { return this._p.members; } },
        _ci: { get: function () { return this._p.ci; } },
        _keyName: { get: function () { return this._p.key; } },
        _valueName: { get: function () { return this._p.value; } },
        _type: { get: function () { return this._p.type; } },
        _onChange: { get: function () { return this._p.onChange; } }
    });
    PropertyList.prototype._item = function (m) {
        if (typeof m === 'string') {
            if (this._type === 'HeaderList') { return parseHeaderString(m); }
            var eq = m.indexOf('=');
            return eq === -1 ? { key: m, value: null } : { key: m.slice(0, eq), value: m.slice(eq + 1) };
        }
        return m;
    };
    PropertyList.prototype._match = function (k) {
        var name = this._keyName, ci = this._ci;
        var want = ci ? String(k).toLowerCase() : String(k);
        return function (m) {
            var mk = m && m[name];
            return mk !== undefined && mk !== null && (ci ? String(mk).toLowerCase() : String(mk)) === want;
        };
    };
    PropertyList.prototype._changed = function () { if (this._onChange) { this._onChange(); } };
    PropertyList.prototype.all = function () { return this.members.slice(); };
    PropertyList.prototype.count = function () { return this.members.length; };
    PropertyList.prototype.idx = function (i) { return this.members[i]; };
    PropertyList.prototype.indexOf = function (item) {
        return typeof item === 'string' ? this.members.findIndex(this._match(item)) : this.members.indexOf(item);
    };
    // keyIs tells whether member m has the key want (lower-cased when ci).
    var keyIs = function (m, name, ci, want) {
        var mk = m && m[name];
        return mk !== undefined && mk !== null && (ci ? String(mk).toLowerCase() : String(mk)) === want;
    };
    // one is the last enabled member with key k, else the last one with it.
    // Plain loops: a callback per member costs goja a call from Go.
    PropertyList.prototype.one = function (k) {
        var name = this._keyName, ci = this._ci, want = ci ? String(k).toLowerCase() : String(k);
        var ms = this.members, found, any;
        for (var i = 0; i < ms.length; i++) {
            if (!(i in ms)) { continue; }
            var m = ms[i];
            if (keyIs(m, name, ci, want)) {
                any = m;
                if (!m.disabled) { found = m; }
            }
        }
        return found === undefined ? any : found;
    };
    PropertyList.prototype.get = function (k) {
        var m = this.one(k);
        return m === undefined ? undefined : m[this._valueName];
    };
    // has(k, value?) takes a rest parameter, cheaper in goja than the
    // arguments object; its length stays 2 as in the SDK.
    var listHas = function (k, ...rest) {
        if (k && typeof k === 'object') { return this.members.indexOf(k) !== -1; }
        var name = this._keyName, ci = this._ci, want = ci ? String(k).toLowerCase() : String(k);
        var vn = this._valueName, byValue = rest.length > 0, value = rest[0], ms = this.members;
        for (var i = 0; i < ms.length; i++) {
            if (!(i in ms)) { continue; }
            var m = ms[i];
            if (keyIs(m, name, ci, want) && (!byValue || m[vn] === value)) { return true; }
        }
        return false;
    };
    Object.defineProperty(listHas, 'length', { value: 2, configurable: true });
    PropertyList.prototype.has = listHas;
    PropertyList.prototype.add = function (item) {
        if (item === undefined || item === null) { return; }
        this.members.push(this._item(item));
        this._changed();
    };
    PropertyList.prototype.append = PropertyList.prototype.add;
    PropertyList.prototype.prepend = function (item) { this.members.unshift(this._item(item)); this._changed(); };
    PropertyList.prototype.insert = function (item, before) {
        var i = before === undefined ? -1 : this.indexOf(before);
        if (i === -1) { this.members.push(this._item(item)); } else { this.members.splice(i, 0, this._item(item)); }
        this._changed();
    };
    PropertyList.prototype.upsert = function (item) {
        if (item === undefined || item === null) { return; }
        item = this._item(item);
        var f = this._match(item[this._keyName]), vn = this._valueName, existing;
        this.members.forEach(function (m) { if (f(m)) { existing = m; } });
        if (existing) {
            Object.keys(item).forEach(function (k) { existing[k] = item[k]; });
            if (!(vn in item)) { existing[vn] = undefined; }
            this._changed();
            return false;
        }
        this.members.push(item);
        this._changed();
        return true;
    };
    PropertyList.prototype.remove = function (pred, context) {
        var f;
        if (typeof pred === 'function') { f = pred.bind(context); }
        else if (pred && typeof pred === 'object') { f = function (m) { return m === pred; }; }
        else { f = this._match(pred); }
        var kept = this.members.filter(function (m) { return !f(m); });
        this.members.length = 0;
        Array.prototype.push.apply(this.members, kept);
        this._changed();
    };
    PropertyList.prototype.clear = function () { this.members.length = 0; this._changed(); };
    PropertyList.prototype.repopulate = function (items) { this.clear(); var self = this; (items || []).forEach(function (i) { self.add(i); }); };
    PropertyList.prototype.populate = function (items) { var self = this; (items || []).forEach(function (i) { self.add(i); }); };
    PropertyList.prototype.assimilate = function (src) {
        var self = this;
        (src && src.members ? src.members : (src || [])).forEach(function (i) { self.upsert(i); });
    };
    ['each', 'filter', 'map', 'find', 'reduce', 'some', 'every'].forEach(function (name) {
        var arrName = name === 'each' ? 'forEach' : name;
        PropertyList.prototype[name] = function () {
            var r = Array.prototype[arrName].apply(this.members, arguments);
            return name === 'each' ? undefined : r;
        };
    });
    PropertyList.prototype.toObject = function (excludeDisabled, caseSensitive, multiValue) {
        var obj = {}, kn = this._keyName, vn = this._valueName, lower = this._ci && !caseSensitive;
        var multi = multiValue === undefined ? this._type === 'HeaderList' : multiValue;
        this.members.forEach(function (m) {
            if (!m || (excludeDisabled && m.disabled) || m[kn] === undefined || m[kn] === null) { return; }
            var k = lower ? String(m[kn]).toLowerCase() : String(m[kn]);
            if (multi && Object.prototype.hasOwnProperty.call(obj, k)) {
                obj[k] = Array.isArray(obj[k]) ? obj[k].concat([m[vn]]) : [obj[k], m[vn]];
            } else {
                obj[k] = m[vn];
            }
        });
        return obj;
    };
    PropertyList.prototype.toJSON = function () {
        return this.members.map(function (m) { return Object.assign({}, m); });
    };
    PropertyList.prototype.toString = function () {
        var kn = this._keyName, vn = this._valueName;
        if (this._type === 'HeaderList') {
            return this.members.filter(function (m) { return !m.disabled; }).map(function (m) { return m[kn] + ': ' + m[vn] + '\n'; }).join('');
        }
        return this.members.filter(function (m) { return !m.disabled; })
            .map(function (m) { return m[vn] === null || m[vn] === undefined ? m[kn] : m[kn] + '=' + m[vn]; }).join('&');
    };
    lib.PropertyList = PropertyList;
    lib.headerList = function (members, onChange) {
        return new PropertyList(members, { caseInsensitive: true, type: 'HeaderList', onChange: onChange });
    };

    // -------------------------------------------------------------------- Url
    function parseUrl(raw) {
        var u = { protocol: undefined, auth: undefined, host: [], port: undefined, path: [], query: [], hash: undefined, variable: [] };
        var s = String(raw === undefined || raw === null ? '' : raw).trim();
        var m = /^([^:\/?#{}]+):\/\//.exec(s);
        if (m) { u.protocol = m[1]; s = s.slice(m[0].length); }
        var h = s.indexOf('#');
        if (h !== -1) { u.hash = s.slice(h + 1); s = s.slice(0, h); }
        var q = s.indexOf('?');
        if (q !== -1) {
            var qs = s.slice(q + 1);
            s = s.slice(0, q);
            if (qs !== '') {
                u.query = qs.split('&').map(function (p) {
                    var eq = p.indexOf('=');
                    return eq === -1 ? { key: p, value: null } : { key: p.slice(0, eq), value: p.slice(eq + 1) };
                });
            }
        }
        var slash = s.indexOf('/');
        var authority = slash === -1 ? s : s.slice(0, slash);
        var path = slash === -1 ? '' : s.slice(slash + 1);
        var at = authority.lastIndexOf('@');
        if (at !== -1) {
            var cred = authority.slice(0, at), c = cred.indexOf(':');
            u.auth = c === -1 ? { user: cred } : { user: cred.slice(0, c), password: cred.slice(c + 1) };
            authority = authority.slice(at + 1);
        }
        var pm2 = /^(.*):(\d+|{{[^{}]*}})$/.exec(authority);
        if (pm2) { u.port = pm2[2]; authority = pm2[1]; }
        u.host = authority === '' ? [] : authority.split('.');
        u.path = path === '' && slash === -1 ? [] : path.split('/');
        u.path.forEach(function (seg) {
            if (seg.charAt(0) === ':' && seg.length > 1) { u.variable.push({ key: seg.slice(1), value: '' }); }
        });
        return u;
    }
    lib.parseUrl = parseUrl;

    // segments turns a host or path given as an array, a string or nothing
    // into an array of segments, as postman-collection's Url.update does.
    function segments(v, sep) {
        if (v === undefined || v === null) { return []; }
        if (Array.isArray(v)) { return v.filter(function (x) { return x !== undefined && x !== null; }); }
        var s = String(v);
        if (sep === '/' && s.charAt(0) === '/') { s = s.slice(1); }
        return s === '' ? [] : s.split(sep);
    }

    // listItems turns a list given as a query string ("a=1&b=2"), an array
    // of {key, value} or "k=v" strings, or a plain object into the items of
    // a PropertyList.
    function listItems(v) {
        if (v instanceof PropertyList) { return v.members; }
        if (typeof v === 'string') {
            var s = v.charAt(0) === '?' ? v.slice(1) : v;
            return s === '' ? [] : s.split('&');
        }
        if (Array.isArray(v)) {
            for (var i = 0; i < v.length; i++) {
                if (v[i] === undefined || v[i] === null) { return v.filter(function (m) { return m !== undefined && m !== null; }); }
            }
            return v;
        }
        if (v && typeof v === 'object') { return Object.keys(v).map(function (k) { return { key: k, value: v[k] }; }); }
        return [];
    }

    // propertyList returns v as a PropertyList of the given type.
    function propertyList(v, type) {
        return v instanceof PropertyList ? v : new PropertyList(listItems(v), { type: type });
    }

    // fixUrl normalises what a script may have assigned to a Url's fields
    // (url.query = 'a=1&b=2', url.host = 'example.com', url.path = '/a/b'...)
    // back to the SDK shapes, as postman-runtime does when it rebuilds the
    // request from the script's result.
    function fixUrl(u) {
        if (!Array.isArray(u.host)) { u.host = segments(u.host, '.'); }
        if (!Array.isArray(u.path)) { u.path = segments(u.path, '/'); }
        if (!(u.query instanceof PropertyList)) { u.query = propertyList(u.query, 'QueryParamList'); }
        if (!(u.variables instanceof PropertyList)) { u.variables = propertyList(u.variables, 'VariableList'); }
        if (u.port !== undefined && u.port !== null && typeof u.port !== 'string') { u.port = String(u.port); }
        if (u.port === '' || u.port === null) { u.port = undefined; }
        if (u.protocol === '' || u.protocol === null) { u.protocol = undefined; }
        if (typeof u.protocol === 'string') { u.protocol = u.protocol.replace(/:(\/\/)?$/, ''); }
        if (u.auth !== undefined && u.auth !== null && typeof u.auth !== 'object') { u.auth = undefined; }
        return u;
    }
    lib.fixUrl = fixUrl;

    function Url(d) {
        if (typeof d === 'string') { d = parseUrl(d); }
        d = d || {};
        this.protocol = d.protocol || undefined;
        this.auth = d.auth;
        this.host = segments(d.host, '.');
        this.port = d.port || undefined;
        this.path = segments(d.path, '/');
        this.query = new PropertyList(listItems(d.query), { type: 'QueryParamList' });
        this.hash = d.hash || undefined;
        this.variables = new PropertyList(listItems(d.variable || d.variables), { type: 'VariableList' });
        fixUrl(this);
    }
    Url.parse = parseUrl;
    Url.prototype.getHost = function () { return fixUrl(this).host.join('.'); };
    Url.prototype.getPath = function (unresolved) {
        fixUrl(this);
        var vars = this.variables;
        var segs = this.path.map(function (seg) {
            if (!unresolved && seg.charAt(0) === ':' && vars.has(seg.slice(1))) {
                var v = vars.get(seg.slice(1));
                return v === undefined || v === null || v === '' ? seg : String(v);
            }
            return seg;
        });
        return '/' + segs.join('/');
    };
    Url.prototype.getQueryString = function () { return fixUrl(this).query.toString(); };
    Url.prototype.getPathWithQuery = function () {
        var q = this.getQueryString();
        return this.getPath() + (q ? '?' + q : '');
    };
    Url.prototype.getRemote = function (forcePort) {
        var port = this.port || (forcePort ? (this.protocol === 'http' ? '80' : '443') : '');
        return this.getHost() + (port ? ':' + port : '');
    };
    Url.prototype.getOAuth1BaseUrl = function () {
        return (this.protocol || 'http') + '://' + this.getHost().toLowerCase() + (this.port ? ':' + this.port : '') + this.getPath();
    };
    Url.prototype.toString = function (forceProtocol) {
        fixUrl(this);
        var s = '';
        if (this.protocol) { s += this.protocol + '://'; } else if (forceProtocol) { s += 'http://'; }
        if (this.auth && (this.auth.user !== undefined)) {
            s += this.auth.user + (this.auth.password !== undefined ? ':' + this.auth.password : '') + '@';
        }
        s += this.getHost();
        if (this.port) { s += ':' + this.port; }
        if (this.path.length) { s += this.getPath(true); }
        var q = this.getQueryString();
        if (q || this.query.count() > 0 && this.query.members.some(function (m) { return !m.disabled; })) { s += '?' + q; }
        if (this.hash !== undefined) { s += '#' + this.hash; }
        return s;
    };
    Url.prototype.getRaw = Url.prototype.toString;
    Url.prototype.update = function (s) {
        var n = new Url(s);
        var self = this;
        ['protocol', 'auth', 'host', 'port', 'path', 'query', 'hash', 'variables'].forEach(function (k) { self[k] = n[k]; });
    };
    Url.prototype.addQueryParams = function (params) {
        var self = fixUrl(this);
        if (typeof params === 'string') { params = parseUrl('?' + params).query; }
        if (params && !Array.isArray(params) && typeof params === 'object') {
            params = Object.keys(params).map(function (k) { return { key: k, value: params[k] }; });
        }
        (params || []).forEach(function (p) { self.query.add(p); });
    };
    Url.prototype.removeQueryParams = function (params) {
        var self = fixUrl(this);
        params = Array.isArray(params) ? params : [params];
        params.forEach(function (p) { self.query.remove(typeof p === 'object' && p ? p.key : p); });
    };
    Url.prototype.toJSON = function () {
        fixUrl(this);
        return {
            protocol: this.protocol, host: this.host.slice(), port: this.port, path: this.path.slice(),
            query: this.query.toJSON(), hash: this.hash, variable: this.variables.toJSON()
        };
    };
    hidden(Url.prototype, '__sdkName', 'Url');
    lib.Url = Url;

    lib.urlExport = function (u) {
        fixUrl(u);
        return {
            raw: u.toString(),
            userInfo: u.auth && u.auth.user !== undefined ? String(u.auth.user) + (u.auth.password !== undefined ? ':' + u.auth.password : '') : '',
            protocol: u.protocol || '', host: u.host.map(String), port: u.port === undefined ? '' : String(u.port),
            path: u.path.map(String),
            query: u.query.members.map(function (m) {
                return { key: String(m.key), value: m.value === null || m.value === undefined ? null : String(m.value), disabled: !!m.disabled };
            }),
            variables: u.variables.members.map(function (m) { return { key: String(m.key), value: m.value, disabled: !!m.disabled }; }),
            hash: u.hash === undefined ? '' : String(u.hash)
        };
    };

    // ------------------------------------------------------------ CookieList
    lib.cookieList = function (cookies) {
        return new PropertyList(cookies || [], { key: 'name', value: 'value', type: 'CookieList' });
    };
})(this);
