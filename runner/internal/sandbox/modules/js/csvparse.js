(function () {
  'use strict';
  // csv-parse 1.2 synchronous API: parse(text, options) → records.
  function parse(input, options) {
    options = options || {};
    if (input instanceof Uint8Array && typeof input.toString === 'function') { input = input.toString(); }
    input = String(input);
    var delimiter = options.delimiter === undefined ? ',' : String(options.delimiter);
    var quote = options.quote === undefined ? '"' : (options.quote === false || options.quote === null ? '' : String(options.quote));
    var escape = options.escape === undefined ? '"' : String(options.escape);
    var comment = options.comment || '';
    var rowDelimiter = options.rowDelimiter;
    var ltrim = options.trim || options.ltrim, rtrim = options.trim || options.rtrim;
    var autoParse = options.auto_parse || options.cast;
    var columns = options.columns;
    var records = [], record = [], field = '', quoted = false, inQuotes = false, line = 1, wasQuoted = false;
    var i = 0, n = input.length;
    function endField() {
      var f = field;
      if (!wasQuoted) {
        if (ltrim) { f = f.replace(/^\s+/, ''); }
        if (rtrim) { f = f.replace(/\s+$/, ''); }
      }
      if (autoParse && !wasQuoted && f !== '' && !isNaN(Number(f)) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(f.trim())) { f = Number(f); }
      record.push(f);
      field = ''; wasQuoted = false;
    }
    function endRecord() {
      endField();
      var empty = record.length === 1 && record[0] === '';
      if (empty && options.skip_empty_lines) { record = []; return; }
      if (comment && typeof record[0] === 'string' && record.length === 1 && record[0].indexOf(comment) === 0) { record = []; return; }
      records.push({ fields: record, line: line });
      record = [];
    }
    function isRowDelim(at) {
      if (rowDelimiter) { return input.substr(at, rowDelimiter.length) === rowDelimiter ? rowDelimiter.length : 0; }
      if (input.charAt(at) === '\r') { return input.charAt(at + 1) === '\n' ? 2 : 1; }
      return input.charAt(at) === '\n' ? 1 : 0;
    }
    while (i < n) {
      var c = input.charAt(i);
      if (inQuotes) {
        if (escape && c === escape && input.charAt(i + 1) === quote && (escape !== quote || true)) {
          if (escape === quote && input.charAt(i + 1) === quote) { field += quote; i += 2; continue; }
          if (escape !== quote) { field += quote; i += 2; continue; }
        }
        if (c === quote) {
          inQuotes = false; i++;
          var nd = isRowDelim(i);
          if (i < n && input.substr(i, delimiter.length) !== delimiter && !nd && !options.relax) {
            throw new Error('Invalid closing quote at line ' + line + '; found ' + JSON.stringify(input.charAt(i)) + ' instead of delimiter ' + JSON.stringify(delimiter));
          }
          continue;
        }
        if (c === '\n') { line++; }
        field += c; i++;
        continue;
      }
      if (quote && c === quote && field.replace(ltrim ? /^\s+/ : /^$/, '') === '') {
        inQuotes = true; wasQuoted = true; quoted = true; field = ''; i++;
        continue;
      }
      if (comment && c === comment && field === '' && record.length === 0) {
        while (i < n && !isRowDelim(i)) { i++; }
        var cd = isRowDelim(i); i += cd; line++;
        continue;
      }
      if (input.substr(i, delimiter.length) === delimiter) { endField(); i += delimiter.length; continue; }
      var d = isRowDelim(i);
      if (d) { endRecord(); i += d; line++; continue; }
      field += c; i++;
    }
    if (inQuotes) { throw new Error('Quoted field not terminated at line ' + line); }
    if (field !== '' || record.length || wasQuoted) { endRecord(); }
    var out = [], header = null;
    if (columns === true) {
      if (!records.length) { return []; }
      header = records.shift().fields;
    } else if (Array.isArray(columns)) {
      header = columns;
    } else if (typeof columns === 'function') {
      if (!records.length) { return []; }
      header = columns(records.shift().fields);
    }
    records.every(function (r) {
      if (header) {
        if (r.fields.length !== header.length && !options.relax_column_count) {
          return false; // csv-parse 1.2 stops at the first mismatching record
        }
        var o = {};
        header.forEach(function (h, idx) { if (h !== undefined && h !== null && h !== false && idx < r.fields.length) { o[h] = r.fields[idx]; } });
        out.push(o);
      } else {
        var blank = r.fields.length === 1 && r.fields[0] === '';
        if (out.length && !blank && !options.relax_column_count && r.fields.length !== out[0].length) {
          throw new Error('Number of columns is inconsistent on line ' + r.line);
        }
        out.push(r.fields);
      }
      return true;
    });
    if (options.objname && header) {
      var byName = {};
      out.forEach(function (o) { byName[o[options.objname]] = o; });
      return byName;
    }
    return out;
  }
  return parse;
})
