// Test harness: fake Postman response/request objects following the sandbox
// contract (non-enumerable __postmanType, HeaderList-like headers, text(),
// json(), size()) and a tiny Ajv-6-style validator standing in for
// host.validateSchema. Defines global runCase(code) -> {pass, name, message}.
var REASONS = {
  101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content',
  301: 'Moved Permanently', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 406: 'Not Acceptable', 429: 'Too Many Requests', 500: 'Internal Server Error'
};

function HeaderList(list) {
  var items = (list || []).map(function (h) { return { key: h.key, value: h.value }; });
  function find(name) {
    var n = String(name).toLowerCase();
    var found;
    items.forEach(function (h) { if (h.key.toLowerCase() === n) found = h; });
    return found;
  }
  return {
    get: function (name) { var h = find(name); return h ? h.value : undefined; },
    has: function (name, value) {
      var h = find(name);
      return Boolean(h) && (arguments.length < 2 || h.value === value);
    },
    one: function (name) { return find(name); },
    all: function () { return items.slice(); },
    count: function () { return items.length; },
    each: function (fn) { items.forEach(fn); },
    toObject: function () {
      var o = {};
      items.forEach(function (h) { o[h.key] = h.value; });
      return o;
    }
  };
}

class PostmanResponse {
  constructor(spec) {
    this.id = '3ee547d0-2643-4d46-ba16-a335fb41dcbd';
    this._details = undefined;
    this.status = spec.status || REASONS[spec.code];
    this.code = spec.code;
    this.headers = HeaderList(spec.header);
    if (spec.body !== undefined) this.body = spec.body;
    this.cookies = [];
    if (spec.responseTime !== undefined) this.responseTime = spec.responseTime;
    Object.defineProperty(this, '__postmanType', { value: 'Response' });
  }
  text() { return this.body; }
  json() {
    var text = this.text();
    try {
      return JSON.parse(text);
    } catch (e) {
      var err = new Error("Unexpected token '" + String(text).charAt(0) + "' at 1:1\n" + text + '\n^');
      err.name = 'JSONError';
      throw err;
    }
  }
  size() {
    var body = this.body === undefined ? 0 : this.body.length;
    var header = ('HTTP/X.X ' + this.code + ' ' + this.status + '\r\n\r\n').length;
    this.headers.each(function (h) { header += (h.key + ': ' + h.value + '\r\n').length; });
    return { body: body, header: header, total: body + header };
  }
}

class PostmanUrl {
  constructor(raw) {
    var m = /^(\w+):\/\/([^/]*)(.*)$/.exec(raw) || [];
    this.auth = undefined;
    this.protocol = m[1];
    this.port = undefined;
    this.host = String(m[2]).split('.');
    this.path = String(m[3] || '/').split('/').slice(1);
  }
  toString() { return this.protocol + '://' + this.host.join('.') + '/' + this.path.join('/'); }
}

class PostmanRequest {
  constructor(spec) {
    this.url = new PostmanUrl(spec.url);
    this.headers = HeaderList(spec.header);
    this.method = spec.method;
    Object.defineProperty(this, '__postmanType', { value: 'Request' });
  }
}

function res(spec) { return new PostmanResponse(spec); }
function req(spec) { return new PostmanRequest(spec); }

function miniValidate(schema, data) {
  var errors = [];
  var types = {
    boolean: function (v) { return typeof v === 'boolean'; },
    string: function (v) { return typeof v === 'string'; },
    number: function (v) { return typeof v === 'number'; },
    object: function (v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
  };
  if (schema.type && !types[schema.type](data)) {
    errors.push({ keyword: 'type', dataPath: '', schemaPath: '#/type', params: { type: schema.type },
      message: 'should be ' + schema.type });
  }
  var isObject = types.object(data);
  (schema.required || []).forEach(function (key) {
    if (isObject && !(key in data)) {
      errors.push({ keyword: 'required', dataPath: '', schemaPath: '#/required', params: { missingProperty: key },
        message: "should have required property '" + key + "'" });
    }
  });
  var props = schema.properties || {};
  Object.keys(props).forEach(function (key) {
    if (data && key in data && props[key].type && !types[props[key].type](data[key])) {
      errors.push({ keyword: 'type', dataPath: '.' + key, schemaPath: '#/properties/' + key + '/type',
        params: { type: props[key].type }, message: 'should be ' + props[key].type });
    }
  });
  return errors;
}

var chaiLib = __runnerChai({ validateSchema: miniValidate });

function runCase(code) {
  var fn = new Function('expect', 'res', 'req', 'assert', code);
  try {
    fn(chaiLib.expect, res, req, chaiLib.assert);
    return { pass: true };
  } catch (e) {
    return { pass: false, name: e && e.name, message: e && e.message };
  }
}
