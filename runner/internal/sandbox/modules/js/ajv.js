(function (N) {
  'use strict';
  // Ajv 6 facade over the Go JSON Schema validator.
  function toJSON(v) { return v === undefined ? null : JSON.parse(JSON.stringify(v)); }
  var PARAM_ORDER = ['comparison', 'limit', 'exclusive', 'property', 'missingProperty', 'depsCount', 'deps', 'i', 'j', 'type', 'allowedValues', 'allowedValue',
    'pattern', 'format', 'additionalProperty', 'multipleOf', 'passingSchemas', 'failingKeyword', 'propertyName'];
  function orderParams(p) {
    p = toJSON(p) || {};
    var out = {};
    Object.keys(p).sort(function (a, b) { return PARAM_ORDER.indexOf(a) - PARAM_ORDER.indexOf(b); }).forEach(function (k) { out[k] = p[k]; });
    return out;
  }
  function plain(errs) {
    return errs.map(function (e) {
      var o = { keyword: e.keyword, dataPath: e.dataPath, schemaPath: e.schemaPath, params: orderParams(e.params), message: e.message };
      if (e.propertyName !== undefined) { o.propertyName = e.propertyName; }
      return o;
    });
  }
  function propAccess(name) { return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? '.' + name : "['" + name.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "']"; }
  // firstFailure mimics Ajv without allErrors: the first failing keyword,
  // with the errors of the anyOf/oneOf branches it sits in.
  function schemaAt(schema, path) {
    var cur = schema;
    path.replace(/^#\/?/, '').split('/').forEach(function (seg) {
      if (seg === '' || cur == null) { return; }
      seg = decodeURIComponent(seg).replace(/~1/g, '/').replace(/~0/g, '~');
      cur = cur[seg];
    });
    return cur;
  }
  function firstFailure(errs, schema) {
    var first = errs[0];
    for (var k = 1; k < errs.length; k++) {
      var e = errs[k];
      if ((e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'propertyNames') && first.schemaPath.indexOf(e.schemaPath + '/') === 0) { return errs.slice(0, k + 1); }
      if (e.keyword === 'contains' && first.schemaPath.indexOf(e.schemaPath + '/') === 0) { return [e]; }
    }
    var parent = schemaAt(schema, first.schemaPath.replace(/\/[^/]*$/, ''));
    var inProps = first.keyword === 'required' && parent && parent.properties && Object.prototype.hasOwnProperty.call(parent.properties, first.params.missingProperty);
    if ((first.keyword === 'required' && !inProps) || first.keyword === 'dependencies') {
      var mp = propAccess(first.params.missingProperty);
      first.params.missingProperty = mp;
      if (first.keyword === 'required') { first.message = "should have required property '" + mp + "'"; }
    }
    return [first];
  }
  function Ajv(opts) {
    if (!(this instanceof Ajv)) { return new Ajv(opts); }
    this._opts = opts || {};
    this._schemas = {};
    this._metas = {};
    this.errors = null;
  }
  Ajv.prototype._run = function (schema, data) {
    if (typeof schema === 'string') {
      var s = this._schemas[schema];
      if (!s) { throw new Error('no schema with key or ref "' + schema + '"'); }
      schema = s;
    }
    checkMeta(this, schema);
    var errs = plain(N.validateRaw(schema, data, false, this._opts.format === false));
    if (!this._opts.allErrors && errs.length) { errs = firstFailure(errs, schema); }
    return errs;
  };
  function checkMeta(ajv, schema) {
    var meta = schema && typeof schema === 'object' && schema.$schema;
    if (typeof meta === 'string' && /draft-0[34]/.test(meta) && !ajv._metas[meta.replace(/#?$/, '#')]) {
      throw new Error('no schema with key or ref "' + meta + '"');
    }
  }
  Ajv.prototype.compile = function (schema) {
    checkMeta(this, schema);
    var err = N.schemaError(schema);
    if (err) { throw new Error(err); }
    var self = this;
    var validate = function (data) {
      var errs = self._run(schema, data);
      validate.errors = errs.length ? errs : null;
      return !errs.length;
    };
    validate.schema = schema;
    validate.errors = null;
    return validate;
  };
  Ajv.prototype.validate = function (schema, data) {
    var errs = this._run(schema, data);
    this.errors = errs.length ? errs : null;
    return !errs.length;
  };
  Ajv.prototype.validateSchema = function (schema) {
    var err = N.schemaError(schema);
    this.errors = err ? [{ keyword: 'schema', dataPath: '', schemaPath: '#', params: {}, message: err }] : null;
    return !err;
  };
  Ajv.prototype.addSchema = function (schema, key) {
    if (Array.isArray(schema)) { var self = this; schema.forEach(function (s) { self.addSchema(s); }); return this; }
    key = key || schema.$id || schema.id;
    if (key) { this._schemas[key] = schema; }
    return this;
  };
  Ajv.prototype.getSchema = function (key) { var s = this._schemas[key]; return s ? this.compile(s) : undefined; };
  Ajv.prototype.removeSchema = function (key) { if (typeof key === 'string') { delete this._schemas[key]; } else { this._schemas = {}; } return this; };
  Ajv.prototype.addMetaSchema = function (s) { var id = s && (s.id || s.$id); if (id) { this._metas[String(id).replace(/#?$/, '#')] = true; } return this; };
  Ajv.prototype.addFormat = function () { return this; };
  Ajv.prototype.addKeyword = function () { return this; };
  Ajv.prototype.errorsText = function (errors, opts) {
    errors = errors || this.errors;
    if (!errors) { return 'No errors'; }
    opts = opts || {};
    var sep = opts.separator === undefined ? ', ' : opts.separator;
    var name = opts.dataVar === undefined ? 'data' : opts.dataVar;
    return errors.map(function (e) { return name + e.dataPath + ' ' + e.message; }).join(sep);
  };
  Ajv.ValidationError = function (errors) { this.message = 'validation failed'; this.errors = errors; this.ajv = this.validation = true; };
  return Ajv;
})
