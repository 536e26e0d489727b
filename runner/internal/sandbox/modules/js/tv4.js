(function (N) {
  'use strict';
  // tv4 1.3 facade over the Go JSON Schema validator (draft-04 default,
  // formats not asserted).
  var codes = {
    INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12, NOT_PASSED: 13,
    NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102, NUMBER_MAXIMUM: 103, NUMBER_MAXIMUM_EXCLUSIVE: 104, NUMBER_NOT_A_NUMBER: 105,
    STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201, STRING_PATTERN: 202,
    OBJECT_PROPERTIES_MINIMUM: 300, OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302, OBJECT_ADDITIONAL_PROPERTIES: 303, OBJECT_DEPENDENCY_KEY: 304,
    ARRAY_LENGTH_SHORT: 400, ARRAY_LENGTH_LONG: 401, ARRAY_UNIQUE: 402, ARRAY_ADDITIONAL_ITEMS: 403,
    FORMAT_CUSTOM: 500, KEYWORD_CUSTOM: 501, CIRCULAR_REFERENCE: 600, UNKNOWN_PROPERTY: 1000
  };
  function typeOf(v) {
    if (v === null) { return 'null'; }
    if (Array.isArray(v)) { return 'array'; }
    return typeof v;
  }
  function ValidationError(code, message, params, dataPath, schemaPath, subErrors) {
    var e = new Error(message);
    e.name = 'ValidationError';
    e.code = code;
    e.message = message;
    e.params = params;
    e.dataPath = dataPath;
    e.schemaPath = schemaPath;
    e.subErrors = subErrors || null;
    return e;
  }
  function schemaAt(schema, path) {
    var cur = schema;
    path.split('/').forEach(function (seg) {
      if (seg === '' || cur == null) { return; }
      cur = cur[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    });
    return cur;
  }
  function convert(e, schema) {
    var p = e.params || {}, d = e.data, code, msg, params;
    var sp = e.keywordLocation;
    var node = sp.replace(/\/[^/]*$/, '');
    switch (e.keyword) {
      case 'type':
        code = codes.INVALID_TYPE; params = { type: typeOf(d), expected: p.type.split(',').join('/') };
        msg = 'Invalid type: ' + params.type + ' (expected ' + params.expected + ')'; break;
      case 'enum': code = codes.ENUM_MISMATCH; params = { value: JSON.stringify(d) }; msg = 'No enum match for: ' + params.value; sp = node + '/type'; break;
      case 'anyOf': code = codes.ANY_OF_MISSING; params = {}; msg = 'Data does not match any schemas from "anyOf"'; break;
      case 'oneOf':
        if (p.passingSchemas) { code = codes.ONE_OF_MULTIPLE; params = { index1: p.passingSchemas[0], index2: p.passingSchemas[1] }; msg = 'Data is valid against more than one schema from "oneOf": indices ' + params.index1 + ' and ' + params.index2; } else { code = codes.ONE_OF_MISSING; params = {}; msg = 'Data does not match any schemas from "oneOf"'; }
        break;
      case 'not': code = codes.NOT_PASSED; params = {}; msg = 'Data matches schema from "not"'; break;
      case 'multipleOf': code = codes.NUMBER_MULTIPLE_OF; params = { value: d, multipleOf: p.multipleOf }; msg = 'Value ' + d + ' is not a multiple of ' + p.multipleOf; sp = ''; break;
      case 'minimum': case 'exclusiveMinimum':
        if (p.exclusive) { code = codes.NUMBER_MINIMUM_EXCLUSIVE; params = { value: d, minimum: p.limit }; msg = 'Value ' + d + ' is equal to exclusive minimum ' + p.limit; } else { code = codes.NUMBER_MINIMUM; params = { value: d, minimum: p.limit }; msg = 'Value ' + d + ' is less than minimum ' + p.limit; }
        break;
      case 'maximum': case 'exclusiveMaximum':
        if (p.exclusive) { code = codes.NUMBER_MAXIMUM_EXCLUSIVE; params = { value: d, maximum: p.limit }; msg = 'Value ' + d + ' is equal to exclusive maximum ' + p.limit; } else { code = codes.NUMBER_MAXIMUM; params = { value: d, maximum: p.limit }; msg = 'Value ' + d + ' is greater than maximum ' + p.limit; }
        break;
      case 'minLength': code = codes.STRING_LENGTH_SHORT; params = { length: d.length, minimum: p.limit }; msg = 'String is too short (' + d.length + ' chars), minimum ' + p.limit; break;
      case 'maxLength': code = codes.STRING_LENGTH_LONG; params = { length: d.length, maximum: p.limit }; msg = 'String is too long (' + d.length + ' chars), maximum ' + p.limit; break;
      case 'pattern': code = codes.STRING_PATTERN; params = { pattern: p.pattern }; msg = 'String does not match pattern: ' + p.pattern; break;
      case 'minProperties': code = codes.OBJECT_PROPERTIES_MINIMUM; params = { propertyCount: Object.keys(d).length, minimum: p.limit }; msg = 'Too few properties defined (' + params.propertyCount + '), minimum ' + p.limit; break;
      case 'maxProperties': code = codes.OBJECT_PROPERTIES_MAXIMUM; params = { propertyCount: Object.keys(d).length, maximum: p.limit }; msg = 'Too many properties defined (' + params.propertyCount + '), maximum ' + p.limit; break;
      case 'required': code = codes.OBJECT_REQUIRED; params = { key: p.missingProperty }; msg = 'Missing required property: ' + p.missingProperty; sp = sp + '/' + (schemaAt(schema, sp) || []).indexOf(p.missingProperty); break;
      case 'additionalProperties': code = codes.OBJECT_ADDITIONAL_PROPERTIES; params = { key: p.additionalProperty }; msg = 'Additional properties not allowed'; break;
      case 'dependencies':
        code = codes.OBJECT_DEPENDENCY_KEY; params = { key: p.property, missing: p.missingProperty };
        msg = 'Dependency failed - key must exist: ' + p.missingProperty + ' (due to key: ' + p.property + ')';
        break;
      case 'minItems': code = codes.ARRAY_LENGTH_SHORT; params = { length: d.length, minimum: p.limit }; msg = 'Array is too short (' + d.length + '), minimum ' + p.limit; break;
      case 'maxItems': code = codes.ARRAY_LENGTH_LONG; params = { length: d.length, maximum: p.limit }; msg = 'Array is too long (' + d.length + '), maximum ' + p.limit; break;
      case 'uniqueItems': code = codes.ARRAY_UNIQUE; params = { match1: p.j, match2: p.i }; msg = 'Array items are not unique (indices ' + p.j + ' and ' + p.i + ')'; break;
      case 'additionalItems': code = codes.ARRAY_ADDITIONAL_ITEMS; params = {}; msg = 'Additional items not allowed'; break;
      case 'format': code = codes.FORMAT_CUSTOM; params = { message: 'format', format: p.format }; msg = 'Format validation failed (' + p.format + ')'; break;
      default: code = codes.KEYWORD_CUSTOM; params = { key: e.keyword }; msg = e.message;
    }
    var dp = e.dataPointer + (e.keyword === 'additionalProperties' ? '/' + String(p.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1') : '');
    if (e.keyword === 'additionalItems') { dp = e.dataPointer + '/' + p.limit; }
    e.node = node;
    return ValidationError(code, msg, params, dp, sp);
  }
  // orderKey sorts errors the way tv4 walks data: checks on a value before
  // its children (in data key order), combinators and dependencies after.
  var POST = { allOf: 1, anyOf: 1, oneOf: 1, not: 1, dependencies: 1, format: 1 };
  function orderKey(err, keyword, data) {
    var key = [], cur = data;
    String(err.dataPath).split('/').slice(1).forEach(function (seg) {
      seg = seg.replace(/~1/g, '/').replace(/~0/g, '~');
      var order = Array.isArray(cur) ? +seg : (cur && typeof cur === 'object' ? Object.keys(cur).indexOf(seg) : 0);
      key.push(0, order);
      cur = cur && typeof cur === 'object' ? cur[seg] : undefined;
    });
    key.push(POST[keyword] ? 1 : -1, RANK[keyword] === undefined ? 90 : RANK[keyword]);
    return key;
  }
  var RANK = { type: 0, enum: 1, multipleOf: 10, minimum: 11, maximum: 11, exclusiveMinimum: 11, exclusiveMaximum: 11, minLength: 20, maxLength: 20, pattern: 21,
    minItems: 30, maxItems: 30, uniqueItems: 31, additionalItems: 32, minProperties: 40, maxProperties: 40, required: 41, additionalProperties: 42, dependencies: 43,
    allOf: 50, anyOf: 51, oneOf: 52, not: 53, format: 60 };
  var tv4 = {};
  tv4.errorCodes = codes;
  tv4.error = null;
  tv4.missing = [];
  tv4.valid = true;
  var schemas = {};
  function resolve(schema) { return typeof schema === 'string' ? schemas[schema] : schema; }
  function run(data, schema) {
    schema = resolve(schema);
    if (schema === undefined) { return []; }
    var errs;
    try { errs = N.validateRaw(schema, data, true, true); } catch (x) { return []; }
    // Drop the branch errors of anyOf/oneOf/not (tv4 keeps them as subErrors).
    var combos = errs.filter(function (e) { return e.keyword === 'anyOf' || e.keyword === 'oneOf'; });
    errs = errs.filter(function (e) {
      return !combos.some(function (c) { return c !== e && e.keywordLocation.indexOf(c.keywordLocation + '/') === 0; });
    });
    // At one schema node tv4 reports only its first failing check.
    var best = {};
    errs.forEach(function (e) {
      var k = e.dataPointer + '|' + e.keywordLocation.replace(/\/[^/]*$/, '');
      var r = RANK[e.keyword] === undefined ? 90 : RANK[e.keyword];
      if (best[k] === undefined || r < best[k]) { best[k] = r; }
    });
    errs = errs.filter(function (e) {
      var r = RANK[e.keyword] === undefined ? 90 : RANK[e.keyword];
      return best[e.dataPointer + '|' + e.keywordLocation.replace(/\/[^/]*$/, '')] === r;
    });
    var converted = errs.map(function (e, i) { var c = convert(e, schema); return { e: c, key: orderKey(c, e.keyword, data), i: i }; });
    converted.sort(function (a, b) {
      for (var k = 0; k < a.key.length && k < b.key.length; k++) { if (a.key[k] !== b.key[k]) { return a.key[k] - b.key[k]; } }
      return a.key.length - b.key.length || a.i - b.i;
    });
    return converted.map(function (x) { return x.e; });
  }
  tv4.validate = function (data, schema) {
    var errs = run(data, schema);
    tv4.error = errs.length ? errs[0] : null;
    tv4.missing = [];
    tv4.valid = !errs.length;
    return !errs.length;
  };
  tv4.validateResult = function (data, schema) {
    var errs = run(data, schema);
    var r = { valid: !errs.length, error: errs.length ? errs[0] : null, missing: [] };
    tv4.error = r.error; tv4.missing = []; tv4.valid = r.valid;
    return r;
  };
  tv4.validateMultiple = function (data, schema) {
    var errs = run(data, schema);
    return { valid: !errs.length, errors: errs, missing: [] };
  };
  tv4.addSchema = function (uri, schema) {
    if (typeof uri === 'object') { schema = uri; uri = schema.id || schema.$id; }
    if (uri) { schemas[uri] = schema; }
  };
  tv4.getSchema = function (uri) { return schemas[uri]; };
  tv4.getSchemaMap = function () { return Object.assign({}, schemas); };
  tv4.getSchemaUris = function () { return Object.keys(schemas); };
  tv4.getMissingUris = function () { return []; };
  tv4.dropSchemas = function () { schemas = {}; };
  tv4.reset = function () { schemas = {}; tv4.error = null; tv4.missing = []; };
  tv4.addFormat = function () {};
  tv4.defineKeyword = function () {};
  tv4.defineError = function (name, code) { codes[name] = code; };
  tv4.language = function () { return 'en'; };
  tv4.addLanguage = function () {};
  tv4.freshApi = function () { return tv4; };
  tv4.normSchema = function (s) { return s; };
  tv4.resolveUrl = function (base, href) { return href; };
  tv4.getDocumentUri = function (uri) { return String(uri).split('#')[0]; };
  tv4.tv4 = tv4;
  return tv4;
})
