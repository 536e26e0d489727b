// The per-execution script environment: builds pm, the legacy globals and
// postman object for script executions, on top of prelude_lib.js. The Go
// side (host.go) provides __runnerHost; __runnerRun(...) runs each script,
// __runnerFinish and __runnerExportRequest are called after it.
(function (global, host) {
    'use strict';

    var lib = global.__runnerLib;
    // JSON text is parsed in Go when possible (see json.go).
    lib.fastParse = host.parseJSON;
    var PropertyList = lib.PropertyList, Url = lib.Url;
    var hidden = function (obj, name, value) {
        Object.defineProperty(obj, name, { value: value, writable: true, enumerable: false, configurable: true });
    };
    var readonly = function (obj, name, value) {
        Object.defineProperty(obj, name, { value: value, writable: false, enumerable: false, configurable: false });
    };
    var slice = Array.prototype.slice;

    // ------------------------------------------------------------- console
    var makeConsole = function () {
        var c = {};
        ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level) {
            c[level] = function () { host.console(level, lib.format.apply(null, arguments)); };
        });
        c.trace = function () { host.console('log', 'Trace: ' + lib.format.apply(null, arguments)); };
        c.dir = function (v) { host.console('log', lib.inspect(v)); };
        c.table = c.log;
        c.assert = function (cond) {
            if (!cond) { host.console('error', 'Assertion failed' + (arguments.length > 1 ? ': ' + lib.format.apply(null, slice.call(arguments, 1)) : '')); }
        };
        var counts = {}, timers = {};
        c.count = function (label) { label = label === undefined ? 'default' : String(label); counts[label] = (counts[label] || 0) + 1; host.console('info', label + ': ' + counts[label]); };
        c.countReset = function (label) { counts[label === undefined ? 'default' : String(label)] = 0; };
        c.time = function (label) { timers[label === undefined ? 'default' : String(label)] = Date.now(); };
        c.timeEnd = function (label) {
            label = label === undefined ? 'default' : String(label);
            if (timers[label] !== undefined) { host.console('info', label + ': ' + (Date.now() - timers[label]) + 'ms'); delete timers[label]; }
        };
        c.timeLog = function (label) {
            label = label === undefined ? 'default' : String(label);
            if (timers[label] !== undefined) { host.console('info', label + ': ' + (Date.now() - timers[label]) + 'ms'); }
        };
        c.clear = function () {};
        return c;
    };
    hidden(global, 'console', makeConsole());

    // -------------------------------------------------------------- timers
    var checkFn = function (fn) {
        if (typeof fn !== 'function') {
            var e = new TypeError('The "callback" argument must be of type function. Received ' + lib.inspect(fn));
            e.code = 'ERR_INVALID_ARG_TYPE';
            throw e;
        }
    };
    // Like Newman's sandbox, the timers do not pass extra arguments on to
    // the callback.
    hidden(global, 'setTimeout', function (fn, delay) { checkFn(fn); return host.setTimer(fn, Number(delay) || 0, 0); });
    hidden(global, 'setInterval', function (fn, delay) { checkFn(fn); return host.setTimer(fn, Number(delay) || 0, 1); });
    hidden(global, 'setImmediate', function (fn) { checkFn(fn); return host.setTimer(fn, -1, 0); });
    hidden(global, 'clearTimeout', function (id) { host.clearTimer(id); });
    hidden(global, 'clearInterval', function (id) { host.clearTimer(id); });
    hidden(global, 'clearImmediate', function (id) { host.clearTimer(id); });
    hidden(global, 'require', function (name) { return host.require(String(name)); });

    // ---------------------------------------------------------------- chai
    // validateSchema hands the schema and data to Go as JSON texts, which
    // keep the key order Ajv reports errors in; values JSON cannot carry
    // (undefined, cycles) fall back to the structural export.
    var validateSchema = function (schema, data, opts) {
        var sj, dj;
        try {
            sj = lib.nativeJSON.stringify(schema);
            dj = lib.nativeJSON.stringify(data);
        } catch (e) {
            sj = undefined;
        }
        if (typeof sj !== 'string' || typeof dj !== 'string') { return host.validateSchema(schema, data, opts); }
        return host.validateSchemaJSON(sj, dj);
    };
    var chai = null;
    var getChai = function () {
        if (chai === null) {
            if (typeof global.__runnerChai !== 'function') {
                throw new Error('pm.expect is not available: the assertion library is not loaded');
            }
            chai = global.__runnerChai({ validateSchema: validateSchema });
        }
        return chai;
    };
    // pm.expect is chai's own expect (so expect.fail etc. exist); if chai
    // cannot load, a stand-in throws the load error when called.
    var expect = function () { var c = getChai(); return c.expect.apply(c, arguments); };
    // chainTo(obj) is expect(obj).to, made directly by chai when it loaded.
    var chainTo = null;
    try {
        expect = getChai().expect;
        if (typeof chai.chain === 'function') { chainTo = chai.chain; }
    } catch (e) { /* reported when used */ }
    var addTo = function (proto) {
        Object.defineProperty(proto, 'to', {
            get: function () { return chainTo !== null ? chainTo(this) : expect(this).to; }, enumerable: false, configurable: true
        });
    };

    // ---------------------------------------------------------- Request
    function RequestBody(d) {
        d = d || {};
        this.mode = d.mode || undefined;
        this.raw = d.raw;
        this.urlencoded = new PropertyList(d.urlencoded || [], { type: 'QueryParamList' });
        this.formdata = new PropertyList(d.formdata || [], { type: 'FormParamList' });
        this.file = d.file;
        this.graphql = d.graphql;
        this.options = d.options;
        this.disabled = d.disabled || undefined;
    }
    RequestBody.prototype.isEmpty = function () {
        switch (this.mode) {
            case 'raw': return !this.raw;
            case 'urlencoded': return this.urlencoded.count() === 0;
            case 'formdata': return this.formdata.count() === 0;
            case 'file': return !(this.file && this.file.src);
            case 'graphql': return !(this.graphql && this.graphql.query);
        }
        return true;
    };
    RequestBody.prototype.toString = function () {
        switch (this.mode) {
            case 'raw': return this.raw === undefined ? '' : String(this.raw);
            case 'urlencoded': return this.urlencoded.toString();
            case 'graphql': return JSON.stringify(this.graphql || {});
        }
        return '';
    };
    RequestBody.prototype.update = function (v) {
        if (typeof v === 'string') { v = { mode: 'raw', raw: v }; }
        var n = new RequestBody(v);
        var self = this;
        Object.keys(n).forEach(function (k) { self[k] = n[k]; });
    };
    hidden(RequestBody.prototype, '__sdkName', 'RequestBody');
    RequestBody.prototype.toJSON = function () {
        var o = { mode: this.mode };
        if (this.mode === 'raw') { o.raw = this.raw; }
        if (this.mode === 'urlencoded') { o.urlencoded = this.urlencoded.toJSON(); }
        if (this.mode === 'formdata') { o.formdata = this.formdata.toJSON(); }
        if (this.mode === 'file') { o.file = this.file; }
        if (this.mode === 'graphql') { o.graphql = this.graphql; }
        if (this.options) { o.options = this.options; }
        return o;
    };

    function RequestAuth(d) {
        var self = this;
        this.type = d && d.type;
        if (d && d.type) {
            var params = d.params || {};
            this[d.type] = new PropertyList(Object.keys(params).map(function (k) { return { key: k, value: params[k] }; }), { type: 'VariableList' });
        }
        hidden(this, '_self', self);
    }
    RequestAuth.prototype.parameters = function () { return this[this.type]; };
    RequestAuth.prototype.current = function () { return this.type; };
    RequestAuth.prototype.use = function (type, params) {
        this.type = type;
        this.update(params || [], type);
    };
    RequestAuth.prototype.update = function (params, type) {
        type = type || this.type;
        if (!(this[type] instanceof PropertyList)) { this[type] = new PropertyList([], { type: 'VariableList' }); }
        var list = this[type];
        if (params && !Array.isArray(params) && !(params instanceof PropertyList)) {
            params = Object.keys(params).map(function (k) { return { key: k, value: params[k] }; });
        }
        (params instanceof PropertyList ? params.members : (params || [])).forEach(function (p) { list.upsert({ key: p.key, value: p.value }); });
    };
    RequestAuth.prototype.clear = function (type) { delete this[type || this.type]; };
    hidden(RequestAuth.prototype, '__sdkName', 'RequestAuth');
    RequestAuth.prototype.toJSON = function () {
        var o = { type: this.type };
        if (this.type && this[this.type]) { o[this.type] = this[this.type].toJSON(); }
        return o;
    };

    var toUrl = function (v) {
        if (v instanceof Url) { return v; }
        if (typeof v === 'string') { return new Url(v); }
        if (v && typeof v === 'object') {
            if (v.raw !== undefined && !(v.host && v.host.length)) { return new Url(String(v.raw)); }
            return new Url(v);
        }
        return new Url(v === undefined || v === null ? '' : String(v));
    };
    var toHeaderList = function (v) {
        if (v instanceof PropertyList) { return v; }
        if (v && !Array.isArray(v) && typeof v === 'object') {
            return lib.headerList(Object.keys(v).map(function (k) { return { key: k, value: v[k] }; }));
        }
        if (typeof v === 'string') { return lib.headerList(v.split('\n').filter(function (l) { return l.trim() !== ''; })); }
        return lib.headerList(v || []);
    };
    var toBody = function (v) {
        if (v instanceof RequestBody || v === undefined || v === null) { return v; }
        return new RequestBody(typeof v === 'string' ? { mode: 'raw', raw: v } : v);
    };

    function Request(d) {
        d = d || {};
        hidden(this, '__postmanType', 'Request');
        var url = toUrl(d.url && d.url.host && d.url.host.length ? d.url : (d.url ? d.url.raw : ''));
        var headers = lib.headerList(d.headers || []);
        var body = new RequestBody(d.body || {});
        var auth = d.auth ? new RequestAuth(d.auth) : undefined;
        this.id = d.id;
        this.name = d.name;
        this.description = d.description;
        Object.defineProperty(this, 'url', { get: function () { return url; }, set: function (v) { url = toUrl(v); }, enumerable: true });
        Object.defineProperty(this, 'headers', { get: function () { return headers; }, set: function (v) { headers = toHeaderList(v); }, enumerable: true });
        Object.defineProperty(this, 'body', { get: function () { return body; }, set: function (v) { body = toBody(v); }, enumerable: true });
        Object.defineProperty(this, 'auth', {
            get: function () { return auth; },
            set: function (v) { auth = (v === undefined || v === null || v instanceof RequestAuth) ? v : new RequestAuth(v.params ? v : { type: v.type, params: (v[v.type] instanceof PropertyList ? v[v.type].toObject() : (Array.isArray(v[v.type]) ? lib.headerList(v[v.type]).toObject(false, true, false) : v[v.type])) }); },
            enumerable: true
        });
        this.method = d.method || 'GET';
    }
    Request.prototype.addHeader = function (h) { this.headers.add(h); };
    Request.prototype.removeHeader = function (h, opts) {
        var key = h && typeof h === 'object' ? h.key : h;
        if (opts && opts.ignoreCase === false) {
            this.headers.remove(function (m) { return m.key === key; });
            return;
        }
        this.headers.remove(key);
    };
    Request.prototype.upsertHeader = function (h) { this.headers.upsert(h); };
    Request.prototype.forEachHeader = function (fn) { this.headers.each(fn); };
    Request.prototype.getHeaders = function (opts) {
        opts = opts || {};
        var o = {};
        this.headers.each(function (m) {
            if (opts.enabled && m.disabled) { return; }
            var k = opts.ignoreCase ? String(m.key).toLowerCase() : m.key;
            if (Object.prototype.hasOwnProperty.call(o, k)) { o[k] = [].concat(o[k], [m.value]); } else { o[k] = m.value; }
        });
        return o;
    };
    Request.prototype.authorizeUsing = function (type, params) {
        if (type && typeof type === 'object') { params = type[type.type]; type = type.type; }
        if (type === null) { this.auth = undefined; return; }
        this.auth = new RequestAuth({ type: type });
        this.auth.update(params || [], type);
    };
    Request.prototype.size = function () {
        var body = this.body ? this.body.toString() : '';
        var bodySize = typeof Buffer !== 'undefined' ? Buffer.byteLength(body) : body.length;
        var header = this.headers.toString().length;
        return { body: bodySize, header: header, total: bodySize + header, source: 'COMPUTED' };
    };
    hidden(Request.prototype, '__sdkName', 'Request');
    Request.prototype.toJSON = function () {
        var o = { url: this.url.toString(), method: this.method, header: this.headers.toJSON() };
        if (this.body && this.body.mode) { o.body = this.body.toJSON(); }
        if (this.auth) { o.auth = this.auth.toJSON(); }
        return o;
    };
    Request.prototype.clone = function () { return new Request(exportRequest(this)); };
    addTo(Request.prototype);
    lib.Request = Request;

    // exportRequest turns a Request back into the plain shape Go decodes.
    var exportRequest = function (r) {
        var b = r.body, a = r.auth;
        var out = {
            method: r.method === undefined || r.method === null ? 'GET' : String(r.method).toUpperCase(),
            url: lib.urlExport(r.url),
            headers: r.headers.members.map(function (m) {
                return { key: String(m.key), value: m.value === undefined || m.value === null ? '' : String(m.value), disabled: !!m.disabled };
            }),
            body: null,
            auth: null
        };
        if (b) {
            out.body = {
                mode: b.mode === undefined || b.mode === null ? '' : String(b.mode),
                raw: b.raw === undefined || b.raw === null ? '' : (typeof b.raw === 'string' ? b.raw : JSON.stringify(b.raw)),
                urlencoded: b.urlencoded.members.map(function (m) {
                    return { key: String(m.key), value: m.value === undefined || m.value === null ? '' : String(m.value), disabled: !!m.disabled };
                }),
                formdata: b.formdata.members.map(function (m) {
                    return {
                        key: String(m.key), value: m.value === undefined || m.value === null ? '' : String(m.value),
                        type: m.type || 'text', src: m.src === undefined ? [] : [].concat(m.src).map(String),
                        contentType: m.contentType || '', disabled: !!m.disabled
                    };
                }),
                file: b.file && b.file.src ? String(b.file.src) : '',
                graphql: b.graphql ? { query: String(b.graphql.query || ''), variables: typeof b.graphql.variables === 'string' ? b.graphql.variables : (b.graphql.variables ? JSON.stringify(b.graphql.variables) : '') } : null,
                language: b.options && b.options.raw && b.options.raw.language ? String(b.options.raw.language) : '',
                disabled: !!b.disabled
            };
        }
        if (a && a.type) {
            out.auth = { type: String(a.type), params: a[a.type] instanceof PropertyList ? a[a.type].toObject(false, true, false) : {} };
        }
        return out;
    };
    lib.exportRequest = exportRequest;

    // --------------------------------------------------------- Response
    // A Response keeps its Go-built description d hidden in __d; d.body is
    // undefined when the request failed.
    // A lazy d (pm.response) gets its body and headers from the host on
    // first use.
    var bodyOf = function (d) {
        if (d.lazy && d.body === undefined) { d.body = host.responseBody(); }
        return d.body;
    };
    var textOf = function (r) { var b = bodyOf(r.__d); return b === undefined ? '' : b; };
    var streamDesc = {
        get: function () {
            var d = this.__d;
            if (d.stream === undefined && bodyOf(d) !== undefined && typeof Buffer !== 'undefined') { d.stream = Buffer.from(d.body); }
            return d.stream;
        },
        enumerable: true, configurable: true
    };
    // headers is built on first use, from d.headers ({key, value} list) or
    // d.headerPairs (flat key, value list from Go).
    var headersDesc = {
        get: function () {
            var d = this.__d;
            if (d.headerList === undefined) {
                if (d.lazy && d.headerPairs === undefined) { d.headerPairs = host.responseHeaders(); }
                var list = d.headers, pairs = d.headerPairs;
                if (list === undefined && pairs !== undefined) {
                    list = [];
                    for (var i = 0; i + 1 < pairs.length; i += 2) { list.push({ key: pairs[i], value: pairs[i + 1] }); }
                }
                d.headerList = lib.headerList(list || []);
            }
            return d.headerList;
        },
        set: function (v) { this.__d.headerList = v; },
        enumerable: true, configurable: true
    };
    var cookiesDesc = {
        get: function () {
            var d = this.__d;
            if (d.cookieList === undefined) { d.cookieList = lib.cookieList(d.cookies || []); }
            return d.cookieList;
        },
        set: function (v) { this.__d.cookieList = v; },
        enumerable: true, configurable: true
    };
    // The enumerable members are those of the SDK's Response (ten of them,
    // which is what printing it shows).
    function Response(d) {
        hidden(this, '__postmanType', 'Response');
        hidden(this, '__d', d);
        this.id = d.id;
        this._details = undefined;
        this.status = d.status;
        this.code = d.code;
        Object.defineProperty(this, 'headers', headersDesc);
        Object.defineProperty(this, 'stream', streamDesc);
        Object.defineProperty(this, 'cookies', cookiesDesc);
        this.responseTime = d.responseTime;
        this.responseSize = d.responseSize;
        this.downloadedBytes = d.responseSize;
    }
    Response.prototype.text = function () { return bodyOf(this.__d); };
    Response.prototype.json = function (reviver) {
        var d = this.__d;
        if (d.lazy && reviver === undefined && d.body === undefined) {
            // Parsed in Go from the body bytes, without making the text.
            var v = host.responseJSON();
            if (v !== undefined) { return v; }
        }
        return lib.liquidParse(textOf(this), reviver);
    };
    Response.prototype.jsonp = function (reviver) {
        var t = textOf(this), m = /^[^(]*\(([\s\S]*)\)\s*;?\s*$/.exec(t);
        return lib.liquidParse(m ? m[1] : t, reviver);
    };
    Response.prototype.reason = function () { return this.status; };
    Response.prototype.details = function () {
        return this.code === undefined ? undefined : { code: this.code, name: this.status, detail: this.status, standardName: this.status };
    };
    // contentInfo follows postman-collection (mime-format and mime-types).
    var mimeExtensions = {
        'application/json': 'json', 'application/xml': 'xml', 'text/xml': 'xml', 'text/html': 'html', 'text/plain': 'txt',
        'text/css': 'css', 'text/csv': 'csv', 'application/javascript': 'js', 'text/javascript': 'js',
        'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/svg+xml': 'svg',
        'application/zip': 'zip', 'application/octet-stream': 'bin', 'application/x-www-form-urlencoded': undefined
    };
    Response.prototype.contentInfo = function () {
        var ct = this.headers.get('content-type');
        if (ct === undefined || ct === null || ct === '') { return { mimeType: 'text', mimeFormat: 'plain', charset: 'utf8', fileName: 'response' }; }
        ct = String(ct);
        var contentType = ct.split(';')[0].trim().toLowerCase();
        var main = contentType.split('/')[0], sub = contentType.split('/')[1] || '';
        var mimeType = 'unknown', mimeFormat = 'raw';
        if (/json/.test(sub)) { mimeType = 'text'; mimeFormat = 'json'; }
        else if (/xml/.test(sub)) { mimeType = 'text'; mimeFormat = 'xml'; }
        else if (/html/.test(sub)) { mimeType = 'text'; mimeFormat = 'html'; }
        else if (/javascript|ecmascript/.test(sub)) { mimeType = 'text'; mimeFormat = 'script'; }
        else if (main === 'text') { mimeType = 'text'; mimeFormat = sub === 'css' ? 'css' : 'plain'; }
        else if (main === 'image' || main === 'audio' || main === 'video') { mimeType = main; mimeFormat = main; }
        else if (main === 'application' && /pdf/.test(sub)) { mimeType = 'embed'; mimeFormat = 'pdf'; }
        var charset = (/charset=([^;]+)/i.exec(ct) || [])[1];
        charset = charset ? charset.trim().toLowerCase().replace(/^utf-8$/, 'utf8') : 'utf8';
        var ext = mimeExtensions[contentType];
        if (ext === undefined && /\+json$/.test(sub)) { ext = 'json'; }
        if (ext === undefined && /\+xml$/.test(sub)) { ext = 'xml'; }
        var out = { contentType: contentType, mimeType: mimeType, mimeFormat: mimeFormat, charset: charset };
        if (ext) { out.fileExtension = ext; }
        var cd = this.headers.get('content-disposition'), fn = cd && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(String(cd));
        out.fileName = fn ? fn[1] : 'response' + (ext ? '.' + ext : '');
        return out;
    };
    Response.prototype.dataURI = function () {
        var ct = this.headers.get('content-type') || 'text/plain';
        var b64 = typeof Buffer !== 'undefined' ? Buffer.from(textOf(this)).toString('base64') : global.btoa(textOf(this));
        return 'data:' + String(ct).split(';')[0] + ';base64, ' + b64;
    };
    Response.prototype.size = function () {
        var body = this.responseSize || 0, header = 0;
        if (this.code !== undefined) {
            // As the SDK computes it: status line, header lines, blank line.
            header = ('HTTP/1.1 ' + this.code + ' ' + this.status + '\r\n').length + 2;
            this.headers.each(function (h) { if (!h.disabled) { header += (h.key + ': ' + h.value + '\r\n').length; } });
        }
        return { body: body, header: header, total: body + header };
    };
    hidden(Response.prototype, '__sdkName', 'Response');
    Response.prototype.toJSON = function () {
        return {
            id: this.id, status: this.status, code: this.code, header: this.headers.toJSON(), stream: this.stream,
            cookie: this.cookies.toJSON(), responseTime: this.responseTime, responseSize: this.responseSize
        };
    };
    // The console shows a response without its random id and its body bytes.
    hidden(Response.prototype, '__consoleJSON', function () {
        return { status: this.status, code: this.code, header: this.headers.toJSON(), cookie: this.cookies.toJSON(), responseTime: this.responseTime, responseSize: this.responseSize };
    });
    addTo(Response.prototype);
    lib.Response = Response;
    // The host builds pm.response itself (see responseObject in host.go)
    // with these accessors.
    lib.responseAccessors = [headersDesc.get, headersDesc.set, streamDesc.get, cookiesDesc.get, cookiesDesc.set];

    // ------------------------------------------------------ VariableScope
    function VariableScope(kind) { hidden(this, '_kind', kind); }
    VariableScope.prototype.get = function (key) { return host.varGet(this._kind, key === undefined ? 'undefined' : String(key)); };
    VariableScope.prototype.set = function (key, value, type) {
        beforeChange(this._kind);
        if (key && typeof key === 'object') {
            var self = this;
            Object.keys(key).forEach(function (k) { host.varSet(self._kind, k, key[k], ''); });
            return;
        }
        host.varSet(this._kind, String(key), value, type === undefined || type === null ? '' : String(type));
    };
    VariableScope.prototype.unset = function (key) { beforeChange(this._kind); host.varUnset(this._kind, String(key)); };
    VariableScope.prototype.has = function (key) { return host.varHas(this._kind, String(key)); };
    VariableScope.prototype.clear = function () { beforeChange(this._kind); host.varClear(this._kind); };
    VariableScope.prototype.toObject = function () { return host.varObject(this._kind); };
    VariableScope.prototype.syncVariablesTo = function (target) {
        var o = this.toObject();
        if (target && typeof target === 'object') {
            Object.keys(target).forEach(function (k) { if (!(k in o)) { delete target[k]; } });
            Object.assign(target, o);
        }
        return target;
    };
    var replaceDeep = function (kind, v) {
        if (typeof v === 'string') { return host.replaceIn(kind, v); }
        if (Array.isArray(v)) { return v.map(function (x) { return replaceDeep(kind, x); }); }
        if (v && typeof v === 'object') {
            var o = {};
            Object.keys(v).forEach(function (k) { o[k] = replaceDeep(kind, v[k]); });
            return o;
        }
        return v;
    };
    VariableScope.prototype.replaceIn = function (v) {
        if (v === undefined || v === null) { return v; }
        return replaceDeep(this._kind, v);
    };
    hidden(VariableScope.prototype, '__sdkName', 'VariableScope');
    VariableScope.prototype.toJSON = function () {
        var o = { values: host.varList(this._kind) };
        var name = host.varName(this._kind);
        if (name) { o.name = name; }
        return o;
    };
    Object.defineProperty(VariableScope.prototype, 'name', { get: function () { return host.varName(this._kind) || undefined; } });
    Object.defineProperty(VariableScope.prototype, 'values', { get: function () { return new PropertyList(host.varList(this._kind), { type: 'VariableList' }); } });
    lib.VariableScope = VariableScope;

    // ------------------------------------------------------------ helpers
    var errorOf = function (e) {
        if (e && typeof e === 'object') {
            var r = { name: e.name === undefined ? 'Error' : String(e.name), message: e.message === undefined ? String(e) : String(e.message) };
            // A TypeError's stack lets the host quote the failed call (V8 wording).
            if (r.name === 'TypeError' && typeof e.stack === 'string') { r.stack = e.stack; }
            return r;
        }
        return { name: 'Error', message: String(e) };
    };
    var toError = function (d) {
        if (!d) { return null; }

        var e = new Error(d.message);
        if (d.name && d.name !== 'Error') { e.name = d.name; }
        if (d.code) { e.code = d.code; }
        return e;
    };

    var normaliseSendRequest = function (req) {
        if (typeof req === 'string') { return { url: req, method: 'GET', header: [], body: null }; }
        if (req instanceof Request) { req = req.toJSON(); }
        req = req || {};
        var out = { url: '', method: req.method ? String(req.method).toUpperCase() : 'GET', header: [], body: null };
        var u = req.url;
        out.url = u === undefined || u === null ? '' : (typeof u === 'string' ? u : (u instanceof Url ? u.toString() : (u.raw !== undefined ? String(u.raw) : new Url(u).toString())));
        var h = req.header !== undefined ? req.header : req.headers;
        out.header = toHeaderList(h).members.filter(function (m) { return !m.disabled; }).map(function (m) {
            return { key: String(m.key), value: m.value === undefined || m.value === null ? '' : String(m.value) };
        });
        var b = req.body;
        if (b !== undefined && b !== null) {
            if (typeof b === 'string') { b = { mode: 'raw', raw: b }; }
            var kv = function (list) {
                if (list && !Array.isArray(list) && !(list instanceof PropertyList)) {
                    list = Object.keys(list).map(function (k) { return { key: k, value: list[k] }; });
                }
                return (list instanceof PropertyList ? list.members : (list || [])).filter(function (m) { return !m.disabled; }).map(function (m) {
                    return { key: String(m.key), value: m.value === undefined || m.value === null ? '' : String(m.value), type: m.type || 'text', src: m.src ? [].concat(m.src).map(String) : [] };
                });
            };
            out.body = {
                mode: b.mode ? String(b.mode) : (b.raw !== undefined ? 'raw' : ''),
                raw: b.raw === undefined || b.raw === null ? '' : (typeof b.raw === 'string' ? b.raw : JSON.stringify(b.raw)),
                urlencoded: kv(b.urlencoded),
                formdata: kv(b.formdata),
                graphql: b.graphql ? { query: String(b.graphql.query || ''), variables: typeof b.graphql.variables === 'string' ? b.graphql.variables : (b.graphql.variables ? JSON.stringify(b.graphql.variables) : '') } : null
            };
        }
        return out;
    };

    // Descriptions of status codes, as the http-reasons package gives them
    // for legacy responseCode.detail (other codes show the reason phrase).
    var reasonDetails = {
        200: 'Standard response for successful HTTP requests.',
        201: 'The request has been fulfilled and resulted in a new resource being created.',
        204: 'The server successfully processed the request, but is not returning any content.',
        400: 'The request cannot be fulfilled due to bad syntax.',
        401: 'Similar to 403 Forbidden, but specifically for use when authentication is possible but has failed or not yet been provided.',
        403: 'The request was a legal request, but the server is refusing to respond to it.',
        404: 'The requested resource could not be found but may be available again in the future. Subsequent requests by the client are permissible.',
        500: 'A generic error message, given when no more specific message is suitable.'
    };
    var deprecations = {
        tests: 'pm.test()', globals: 'pm.globals', environment: 'pm.environment', data: 'pm.iterationData',
        request: 'pm.request', responseCookies: 'pm.cookies', responseHeaders: 'pm.response.headers',
        responseTime: 'pm.response.responseTime', responseCode: 'pm.response.code', responseBody: 'pm.response.text()',
        iteration: 'pm.info.iteration'
    };
    // legacyValue is how the legacy setters store values: truthy values are
    // stringified, falsy ones (0, false, '', null, NaN) are kept as they are.
    var legacyValue = function (v) {
        if ((v === false || v) && typeof (v && v.toString) === 'function') { return v.toString(); }
        return v;
    };
    var postmanDeprecations = {
        setEnvironmentVariable: 'pm.environment.set()', getEnvironmentVariable: 'pm.environment.get()',
        clearEnvironmentVariable: 'pm.environment.unset()', clearEnvironmentVariables: 'pm.environment.clear()',
        setGlobalVariable: 'pm.globals.set()', getGlobalVariable: 'pm.globals.get()',
        clearGlobalVariable: 'pm.globals.unset()', clearGlobalVariables: 'pm.globals.clear()',
        getResponseHeader: 'pm.response.headers.get()', getResponseCookie: 'pm.cookies.get()',
        setNextRequest: 'pm.execution.setNextRequest()'
    };

    // Execution state. current is the running execution (e below): pm is
    // one object for the run whose per-execution members are getters that
    // read it, and postman and the legacy names are global accessors
    // installed once, because defining properties for every script is slow
    // in goja.
    var current = null;

    var getRequest = function (e) {
        if (e.request === undefined) {
            e.request = new Request(host.requestData());
            if (!e.isTest) { e.requestBefore = exportRequest(e.request); }
        }
        return e.request;
    };
    var getResponse = function (e) {
        if (!e.isTest) { return undefined; }
        if (e.response === undefined) { e.response = host.responseData() || new Response({ headers: [] }); }
        return e.response;
    };
    var getCookies = function (e) {
        if (e.cookies === undefined) {
            e.cookies = lib.cookieList(host.cookies());
            hidden(e.cookies, 'jar', makeJar);
        }
        return e.cookies;
    };
    var warn = function (e, name, alt) {
        if (e.warned === undefined) { e.warned = {}; }
        if (!e.warned[name]) {
            e.warned[name] = true;
            host.console('warn', 'Using "' + name + '" is deprecated. Use "' + alt + '" instead.');
        }
    };
    var report = function (a) { host.assertion(a.name, a.index, a.passed, a.skipped, a.error); };

    var cookieCall = function (op, args, argc) {
        var a = slice.call(args, 0, argc);
        var cb = args[argc];
        if (typeof cb === 'function') {
            var out, err = null;
            try { out = host.jar.apply(null, [op].concat(a)); } catch (e) { err = e; }
            setImmediate(function () { cb(err, out); });
            return undefined;
        }
        return new Promise(function (resolve) { resolve(host.jar.apply(null, [op].concat(a))); });
    };
    var jar = {
        get: function (url, name, cb) { return cookieCall('get', [url, name, cb], 2); },
        // getAll gives a CookieList (as Newman: it has map() but no length).
        getAll: function (url, opts, cb) {
            if (typeof opts === 'function') { cb = opts; }
            if (typeof cb === 'function') {
                return cookieCall('getAll', [url, function (err, list) { cb(err, list && lib.cookieList(list)); }], 1);
            }
            return cookieCall('getAll', [url], 1).then(function (list) { return lib.cookieList(list); });
        },
        set: function (url, name, value, cb) {
            if (name && typeof name === 'object') { return cookieCall('set', [url, name, undefined, value], 3); }
            if (typeof value === 'function') { cb = value; value = undefined; }
            return cookieCall('set', [url, name, value, cb], 3);
        },
        unset: function (url, name, cb) { return cookieCall('unset', [url, name, cb], 2); },
        clear: function (url, cb) { return cookieCall('clear', [url, cb], 1); }
    };
    var makeJar = function () { return jar; };

    var vaultOp = function () { return Promise.reject(new Error('Vault access denied')); };
    var setNextRequest = function (v) { host.setNextRequest(v); };
    var skipRequest = function () { host.skipRequest(); };
    var noSkipRequest = function () { throw new TypeError('pm.execution.skipRequest is not a function'); };

    // Members of pm that do not depend on the execution.
    var shared = {
        expect: expect,
        environment: new VariableScope('environment'),
        globals: new VariableScope('globals'),
        collectionVariables: new VariableScope('collection'),
        variables: new VariableScope('variables'),
        iterationData: new VariableScope('data'),
        visualizer: {
            set: function (template, data, options) {
                if (typeof template !== 'string') { throw new Error('Invalid template. Template must be of type string, found ' + typeof template); }
                if (data !== undefined && (data === null || typeof data !== 'object')) { throw new Error('Invalid data. Data must be an object, found ' + (data === null ? 'null' : typeof data)); }
                if (options !== undefined && (options === null || typeof options !== 'object')) { throw new Error('Invalid options. Options must be an object, found ' + (options === null ? 'null' : typeof options)); }
                host.visualizer(template, data === undefined ? null : data);
            },
            clear: function () { host.visualizerClear(); }
        },
        sendRequest: function (req, cb) {
            var plain = normaliseSendRequest(req);
            if (typeof cb === 'function') {
                host.send(plain, function (err, res, cookies) {
                    // A system error (ECONNREFUSED...) reaches Newman's
                    // callbacks as a plain object: its code survives the
                    // sandbox bridge, its message does not.
                    var e = err && err.code ? { code: err.code } : toError(err);
                    cb(e, new Response(res || { headers: [] }), { cookies: lib.cookieList(cookies || []) });
                });
                return undefined;
            }
            return new Promise(function (resolve, reject) {
                host.send(plain, function (err, res) {
                    if (err) { reject(toError(err)); } else { resolve(new Response(res)); }
                });
            });
        },
        require: function () { throw new TypeError('pm.require is not a function'); },
        vault: { get: vaultOp, set: vaultOp, unset: vaultOp }
    };
    // pm is one object for the whole run: its per-execution members read
    // the current execution, so nothing is built for pm per script.
    var pmObject = {};
    Object.keys(shared).forEach(function (k) { readonly(pmObject, k, shared[k]); });

    // pm.info: non-enumerable getters, so JSON.stringify(pm.info) is {} as
    // in Postman.
    // metaOf gives [iteration, iterationCount, requestName, requestId],
    // asked from the host on first use (most scripts never read them).
    var metaOf = function (e) {
        if (e.meta === undefined) { e.meta = host.meta(); }
        return e.meta;
    };
    var info = {};
    Object.defineProperty(info, 'eventName', { get: function () { return current ? current.event : undefined; }, enumerable: false, configurable: false });
    ['iteration', 'iterationCount', 'requestName', 'requestId'].forEach(function (name, i) {
        Object.defineProperty(info, name, { get: function () { return current ? metaOf(current)[i] : undefined; }, enumerable: false, configurable: false });
    });
    var locationOf = function (e) {
        if (e.location === undefined) {
            e.location = host.location();
            e.location.current = metaOf(e)[2];
        }
        return e.location;
    };
    var makeExecution = function (skip) {
        var x = { setNextRequest: setNextRequest, skipRequest: skip };
        Object.defineProperty(x, 'location', { get: function () { return current ? locationOf(current) : undefined; }, enumerable: true, configurable: false });
        return x;
    };
    var executions = { prerequest: makeExecution(skipRequest), test: makeExecution(noSkipRequest) };

    // testError is the error a failed pm.test records: a thrown non-Error
    // (or done('text')) fails as an AssertionError named after the test.
    var testError = function (a, err) {
        if (err instanceof Error || (err && typeof err === 'object' && err.message !== undefined)) { return errorOf(err); }
        return { name: 'AssertionError', message: a.name };
    };
    var test = function (name, fn) {
        var e = current;
        if (typeof fn === 'function' && fn.length === 0) {
            // The common synchronous test, reported without a record object.
            var n = String(name), idx = e.testIndex++, error = null;
            try { fn(); } catch (err) { error = testError({ name: n }, err); }
            host.assertion(n, idx, error === null, false, error);
            return pmObject;
        }
        var a = { name: String(name), index: e.testIndex++, passed: true, skipped: false, async: false, error: null };
        if (typeof fn !== 'function') { report(a); return pmObject; }
        // fn takes done: the test completes when done(err?) is called.
        a.async = true;
        var called = false;
        var done = function (err) {
            if (called) { return; }
            called = true;
            if (err) { a.passed = false; a.error = testError(a, err); }
            report(a);
        };
        try { fn(done); } catch (err) { if (!called) { called = true; a.passed = false; a.error = testError(a, err); report(a); } }
        return pmObject;
    };
    test.skip = function (name) {
        report({ name: String(name), index: current.testIndex++, passed: true, skipped: true, async: false, error: null });
        return pmObject;
    };
    test.index = function () { return current.testIndex; };
    readonly(pmObject, 'test', test);
    Object.defineProperty(pmObject, 'info', { get: function () { return current ? info : undefined; }, enumerable: false, configurable: false });
    Object.defineProperty(pmObject, 'execution', { get: function () { return current ? executions[current.event] : undefined; }, enumerable: false, configurable: false });
    Object.defineProperty(pmObject, 'request', { get: function () { return getRequest(current); }, enumerable: false, configurable: false });
    Object.defineProperty(pmObject, 'response', {
        get: function () { var e = current; return e.response !== undefined ? e.response : getResponse(e); }, enumerable: false, configurable: false
    });
    Object.defineProperty(pmObject, 'cookies', { get: function () { return getCookies(current); }, enumerable: false, configurable: false });

    // Legacy globals, computed on first use in an execution.
    var legacyValues = {
        tests: function () { return {}; },
        globals: function () { return host.varObject('globals'); },
        environment: function () { return host.varObject('environment'); },
        data: function () { return host.varObject('data'); },
        request: function (e) {
            var request = getRequest(e), data = {}, b = request.body;
            if (b && b.mode === 'raw') { data = b.raw; }
            if (b && b.mode === 'urlencoded') { data = b.urlencoded.toObject(true, true, true); }
            if (b && b.mode === 'formdata') { data = b.formdata.toObject(true, true, true); }
            var headers = {};
            request.headers.each(function (h) { if (!h.disabled) { headers[String(h.key).toLowerCase()] = h.value; } });
            return {
                id: metaOf(e)[3], name: metaOf(e)[2], description: request.description,
                headers: headers, method: request.method, url: request.url.toString(), data: data
            };
        },
        responseCookies: function (e) { return e.hasResponse ? getResponse(e).cookies : lib.cookieList([]); },
        responseHeaders: function (e) {
            var o = {};
            if (e.hasResponse) { getResponse(e).headers.each(function (h) { o[h.key] = h.value; }); }
            return o;
        },
        responseTime: function (e) { return e.hasResponse ? getResponse(e).responseTime : undefined; },
        responseCode: function (e) {
            if (!e.hasResponse) { return { code: 0, name: '', detail: '' }; }
            var r = getResponse(e);
            return { name: r.status, detail: reasonDetails[r.code] || r.status, code: r.code, standardName: r.__d.standardName || r.status };
        },
        responseBody: function (e) { return e.hasResponse ? getResponse(e).text() : undefined; },
        iteration: function (e) { return metaOf(e)[0]; }
    };
    // As in Newman, a legacy object warns when it is used (a property read,
    // write, lookup or listing), through a Proxy; a primitive value
    // (responseBody, responseTime, iteration) cannot be proxied and never
    // warns, and neither does assigning the global itself.
    var legacyProxy = function (e, name, v) {
        if (v === null || (typeof v !== 'object' && typeof v !== 'function')) { return v; }
        var cache = e.proxies || (e.proxies = {});
        var c = cache[name];
        if (c && c.target === v) { return c.proxy; }
        var alt = deprecations[name];
        var w = function () { warn(e, name, alt); };
        var p = new Proxy(v, {
            get: function (t, k, r) { w(); return Reflect.get(t, k, r); },
            set: function (t, k, val) { w(); return Reflect.set(t, k, val); },
            has: function (t, k) { w(); return Reflect.has(t, k); },
            deleteProperty: function (t, k) { w(); return Reflect.deleteProperty(t, k); },
            ownKeys: function (t) { w(); return Reflect.ownKeys(t); }
        });
        cache[name] = { target: v, proxy: p };
        return p;
    };
    // usedTests tells the host that legacy tests[] must be scored after the
    // script (otherwise it skips that step).
    var usedTests = function (e) {
        if (!e.testsUsed) { e.testsUsed = true; host.usedTests(); }
    };
    // stateOf gives the execution's legacy globals (tests, responseBody, ...
    // as the script sees them), made on first use.
    var stateOf = function (e) {
        if (e.state === undefined) { e.state = {}; }
        return e.state;
    };
    var legacyState = function (e, name) {
        var state = stateOf(e);
        if (!Object.prototype.hasOwnProperty.call(state, name)) { state[name] = legacyValues[name](e); }
        return state[name];
    };
    // Legacy snapshots (environment, globals, data) show the values from
    // before the script's own changes through pm.*.
    var snapshotNames = { environment: 'environment', globals: 'globals', data: 'data' };
    var beforeChange = function (kind) {
        var e = current, name = snapshotNames[kind];
        if (e && e.legacy && name) { legacyState(e, name); }
    };
    Object.keys(deprecations).forEach(function (name) {
        Object.defineProperty(global, name, {
            get: function () {
                var e = current;
                if (!e) { return undefined; }
                if (!e.legacy) { return e.state === undefined ? undefined : e.state[name]; }
                if (name === 'tests') { usedTests(e); }
                return legacyProxy(e, name, legacyState(e, name));
            },
            set: function (v) {
                var e = current;
                if (!e) { return; }
                if (name === 'tests') { usedTests(e); }
                stateOf(e)[name] = v;
            },
            enumerable: false, configurable: true
        });
    });

    var postmanFns = {
        setEnvironmentVariable: function (k, v) { host.varSet('environment', String(k), legacyValue(v), ''); },
        getEnvironmentVariable: function (k) { return host.varGet('environment', String(k)); },
        clearEnvironmentVariable: function (k) { host.varUnset('environment', String(k)); },
        clearEnvironmentVariables: function () { host.varClear('environment'); },
        setGlobalVariable: function (k, v) { host.varSet('globals', String(k), legacyValue(v), ''); },
        getGlobalVariable: function (k) { return host.varGet('globals', String(k)); },
        clearGlobalVariable: function (k) { host.varUnset('globals', String(k)); },
        clearGlobalVariables: function () { host.varClear('globals'); },
        setNextRequest: setNextRequest,
        // Test scripts only.
        getResponseHeader: function (name) {
            return current.hasResponse ? getResponse(current).headers.get(String(name)) : undefined;
        },
        getResponseCookie: function (name) {
            if (!current.hasResponse) { return undefined; }
            var c = getResponse(current).cookies.one(String(name));
            return c ? Object.assign({}, c) : undefined;
        }
    };
    var testOnly = { getResponseHeader: true, getResponseCookie: true };
    var postmanObject = {};
    Object.keys(postmanFns).forEach(function (k) {
        hidden(postmanObject, k, function () {
            var e = current;
            if (!e) { throw new TypeError('postman.' + k + ' is not a function'); }
            warn(e, 'postman.' + k, postmanDeprecations[k]);
            if (testOnly[k] && !e.isTest) { throw new TypeError('postman.' + k + ' is not a function'); }
            return postmanFns[k].apply(null, arguments);
        });
    });
    // pm is a plain read-only global (a getter would cost a call per use).
    Object.defineProperty(global, 'pm', { value: pmObject, writable: false, enumerable: false, configurable: true });
    Object.defineProperty(global, 'postman', {
        get: function () { return current && current.legacy ? postmanObject : undefined; },
        set: function () {}, enumerable: false, configurable: true
    });

    // Library globals of the legacy API. They warn on first use like the
    // other legacy names; with "use sandbox2" only atob and btoa (standard
    // globals) remain. A script may replace them (e.g. _ = require('lodash')),
    // which, like any implicit global, lasts for the run.
    var libraryAlternatives = {
        _: "require('lodash')", CryptoJS: "require('crypto-js')", atob: "require('atob')", btoa: "require('btoa')",
        tv4: "require('ajv')", xml2Json: "require('xml2js')", Backbone: "require('backbone')", cheerio: "require('cheerio')"
    };
    var standardGlobals = { atob: true, btoa: true };
    // Newman 6.2.2 gives Backbone to legacy scripts without a warning.
    var silentGlobals = { Backbone: true };
    Object.keys(libraryAlternatives).forEach(function (name) {
        var desc = Object.getOwnPropertyDescriptor(global, name);
        if (!desc || !desc.configurable) { return; }
        var loaded = !desc.get, value = desc.value;
        var accessor = {
            get: function () {
                var e = current;
                if (e && !e.legacy && !standardGlobals[name]) { return undefined; }
                if (e && e.legacy && !silentGlobals[name]) { warn(e, name, libraryAlternatives[name]); }
                if (!loaded) {
                    // A lazy library getter may redefine the global: keep ours.
                    value = desc.get.call(global);
                    loaded = true;
                    Object.defineProperty(global, name, accessor);
                }
                return value;
            },
            set: function (v) { value = v; loaded = true; },
            enumerable: false, configurable: true
        };
        Object.defineProperty(global, name, accessor);
    });

    // finish scores legacy tests[] after the pm.test results.
    var finish = function (e, scoreLegacy) {
        if (!e.legacy || !scoreLegacy) { return; }
        var t = stateOf(e).tests;
        if (t === null || (typeof t !== 'object' && typeof t !== 'function')) { return; }
        var names = Object.keys(t);
        for (var i = 0; i < names.length; i++) {
            var name = names[i], v = t[name], passed = Boolean(v);
            var a = { name: name, index: e.testIndex++, passed: passed, skipped: false, async: false, error: null };
            if (!passed) { a.error = { name: 'AssertionError', message: 'expected ' + String(v) + ' to be truthy' }; }
            report(a);
        }
    };

    // ------------------------------------------------------------- begin
    // __runnerRun(fn, ...) makes a new execution the current one and calls
    // the script's function fn, returning its result. After the script,
    // __runnerFinish(scoreLegacy) scores legacy tests and
    // __runnerExportRequest() gives pm.request before and after the script,
    // or null if it was not used.
    var begin = function (event, legacy, hasResponse) {
        var isTest = event === 'test';
        // Members set later (request, response, cookies, location, warned,
        // requestBefore, meta) start absent and state (see stateOf) starts
        // undefined: fewer properties and objects cost less in goja (past
        // eight, an object's property map grows).
        var e = { event: event, isTest: isTest, hasResponse: isTest && hasResponse, legacy: legacy, testIndex: 0, state: undefined };
        if (legacy) {
            global.JSON = lib.liquidJSON;
        } else {
            global.JSON = lib.nativeJSON;
        }
        current = e;
    };
    hidden(global, '__runnerRun', function (fn, event, legacy, hasResponse) {
        begin(event, legacy, hasResponse);
        return fn();
    });
    hidden(global, '__runnerFinish', function (scoreLegacy) { finish(current, scoreLegacy); });
    hidden(global, '__runnerExportRequest', function () {
        var e = current;
        return e.request === undefined ? null : { before: e.requestBefore, after: exportRequest(e.request) };
    });
})(this, __runnerHost);
