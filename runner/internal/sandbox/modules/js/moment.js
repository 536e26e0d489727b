(function () {
  'use strict';
  var MONTHS = 'January_February_March_April_May_June_July_August_September_October_November_December'.split('_');
  var MONTHS_SHORT = 'Jan_Feb_Mar_Apr_May_Jun_Jul_Aug_Sep_Oct_Nov_Dec'.split('_');
  var WEEKDAYS = 'Sunday_Monday_Tuesday_Wednesday_Thursday_Friday_Saturday'.split('_');
  var WEEKDAYS_SHORT = 'Sun_Mon_Tue_Wed_Thu_Fri_Sat'.split('_');
  var WEEKDAYS_MIN = 'Su_Mo_Tu_We_Th_Fr_Sa'.split('_');
  var LONG = { LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY', LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A', l: 'M/D/YYYY', ll: 'MMM D, YYYY', lll: 'MMM D, YYYY h:mm A', llll: 'ddd, MMM D, YYYY h:mm A' };
  var REL = { future: 'in %s', past: '%s ago', s: 'a few seconds', ss: '%d seconds', m: 'a minute', mm: '%d minutes', h: 'an hour', hh: '%d hours', d: 'a day', dd: '%d days', w: 'a week', ww: '%d weeks', M: 'a month', MM: '%d months', y: 'a year', yy: '%d years' };
  var THRESH = { ss: 44, s: 45, m: 45, h: 22, d: 26, w: null, M: 11 };

  function absFloor(n) { return n < 0 ? (Math.ceil(n) || 0) : Math.floor(n); }
  function pad(n, w) { var s = String(Math.abs(n)); while (s.length < w) { s = '0' + s; } return (n < 0 ? '-' : '') + s; }
  function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
  function daysIn(y, m) { var mm = ((m % 12) + 12) % 12; y += (m - mm) / 12; return mm === 1 ? (isLeap(y) ? 29 : 28) : 31 - (mm % 7) % 2; }
  function ordinal(n) { var b = n % 10, s = (~~(n % 100 / 10) === 1) ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th'; return n + s; }

  var ALIASES = {
    y: 'year', year: 'year', years: 'year', Q: 'quarter', quarter: 'quarter', quarters: 'quarter',
    M: 'month', month: 'month', months: 'month', w: 'week', week: 'week', weeks: 'week', W: 'isoWeek', isoweek: 'isoWeek', isoweeks: 'isoWeek',
    d: 'day', day: 'day', days: 'day', D: 'date', date: 'date', dates: 'date', h: 'hour', hour: 'hour', hours: 'hour',
    m: 'minute', minute: 'minute', minutes: 'minute', s: 'second', second: 'second', seconds: 'second',
    ms: 'millisecond', millisecond: 'millisecond', milliseconds: 'millisecond', e: 'weekday', weekday: 'weekday', weekdays: 'weekday',
    E: 'isoWeekday', isoweekday: 'isoWeekday', isoweekdays: 'isoWeekday', DDD: 'dayOfYear', dayofyear: 'dayOfYear', dayofyears: 'dayOfYear'
  };
  function normalizeUnits(u) {
    if (u === undefined || u === null) { return undefined; }
    u = String(u);
    return ALIASES[u] || ALIASES[u.toLowerCase()] || ALIASES[u.toLowerCase().replace(/s$/, '')] || undefined;
  }

  // ---- Moment object ----
  function Moment(d, isUTC, offset) {
    this._d = d;
    this._isUTC = !!isUTC;
    this._offset = offset || 0;
    this._isAMomentObject = true;
  }
  function isMoment(o) { return o instanceof Moment || (o != null && o._isAMomentObject === true); }
  function valid(m) { return !isNaN(m._d.getTime()); }
  function fields(m) {
    var d = m._d;
    if (m._isUTC) {
      var s = new Date(d.getTime() + m._offset * 6e4);
      return { y: s.getUTCFullYear(), M: s.getUTCMonth(), d: s.getUTCDate(), h: s.getUTCHours(), m: s.getUTCMinutes(), s: s.getUTCSeconds(), ms: s.getUTCMilliseconds(), dow: s.getUTCDay() };
    }
    return { y: d.getFullYear(), M: d.getMonth(), d: d.getDate(), h: d.getHours(), m: d.getMinutes(), s: d.getSeconds(), ms: d.getMilliseconds(), dow: d.getDay() };
  }
  function makeTime(isUTC, offset, y, M, d, h, mi, s, ms) {
    var t;
    if (isUTC) {
      var u = new Date(Date.UTC(2000, 0, 1));
      u.setUTCFullYear(y, M, d);
      u.setUTCHours(h, mi, s, ms);
      t = u.getTime() - (offset || 0) * 6e4;
    } else {
      var l = new Date(2000, 0, 1);
      l.setFullYear(y, M, d);
      l.setHours(h, mi, s, ms);
      t = l.getTime();
    }
    return t;
  }
  function setFields(m, f) {
    m._d = new Date(makeTime(m._isUTC, m._offset, f.y, f.M, f.d, f.h, f.m, f.s, f.ms));
    return m;
  }
  function utcOffsetOf(m) { return m._isUTC ? m._offset : -Math.round(m._d.getTimezoneOffset()); }

  // ---- Parsing ----
  var ISO_RE = /^\s*([+-]\d{6}|\d{4})(?:-(\d\d)(?:-(\d\d))?|(\d\d)(\d\d))?(?:(?:T| +)(\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?\s*$/i;
  function offsetMinutes(z) {
    if (!z) { return null; }
    if (z === 'Z' || z === 'z') { return 0; }
    var mm = /([+-])(\d\d):?(\d\d)?/.exec(z);
    if (!mm) { return null; }
    var v = parseInt(mm[2], 10) * 60 + parseInt(mm[3] || '0', 10);
    return mm[1] === '-' ? -v : v;
  }
  function build(f, tz, utc) {
    // f: {y, M, d, h, m, s, ms}; tz: offset minutes or null.
    var y = f.y, M = f.M === undefined ? 0 : f.M, d = f.d === undefined ? 1 : f.d, h = f.h || 0, mi = f.m || 0, s = f.s || 0, ms = f.ms || 0;
    if (M < 0 || M > 11 || d < 1 || d > daysIn(y, M) || h < 0 || h > 24 || mi > 59 || s > 59 || ms > 999 ||
      (h === 24 && (mi || s || ms))) { return new Date(NaN); }
    if (tz !== null && tz !== undefined) { return new Date(makeTime(true, tz, y, M, d, h, mi, s, ms)); }
    return new Date(makeTime(utc, 0, y, M, d, h, mi, s, ms));
  }
  function parseISO(str, utc) {
    var m = ISO_RE.exec(str);
    if (!m) { return null; }
    var f = { y: parseInt(m[1], 10) };
    if (m[2] !== undefined) { f.M = +m[2] - 1; f.d = m[3] !== undefined ? +m[3] : 1; } else if (m[4] !== undefined) { f.M = +m[4] - 1; f.d = +m[5]; }
    if (m[6] !== undefined) { f.h = +m[6]; f.m = m[7] !== undefined ? +m[7] : 0; f.s = m[8] !== undefined ? +m[8] : 0; f.ms = m[9] !== undefined ? Math.floor(+('0.' + m[9]) * 1000 + 1e-9) : 0; }
    return { date: build(f, offsetMinutes(m[10]), utc), tz: offsetMinutes(m[10]) };
  }

  var TOKEN_RE = /\[[^\]]*\]|LTS|LT|LL?L?L?|l{1,4}|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|YYYYYY|YYYYY|YYYY|YY|Y|gg(?:ggg?)?|GG(?:GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|./g;
  function expandLong(fmt) {
    var i = 0;
    while (i++ < 5 && /(\[[^\]]*\])|(LTS|LT|LL?L?L?|l{1,4})/.test(fmt)) {
      fmt = fmt.replace(/(\[[^\]]*\])|(LTS|LT|LL?L?L?|l{1,4})/g, function (all, esc, tok) { return esc || LONG[tok] || tok; });
    }
    return fmt;
  }
  var PARSE_RE = {
    YYYY: /[+-]?\d{1,6}/, YYYYY: /[+-]?\d{1,6}/, YYYYYY: /[+-]?\d{1,6}/, YY: /\d\d?/, Y: /[+-]?\d+/, M: /\d\d?/, MM: /\d\d?/, D: /\d\d?/, DD: /\d\d?/, Do: /\d\d?(?:st|nd|rd|th)?/i,
    DDD: /\d{1,3}/, DDDD: /\d{1,3}/, H: /\d\d?/, HH: /\d\d?/, h: /\d\d?/, hh: /\d\d?/, k: /\d\d?/, kk: /\d\d?/, m: /\d\d?/, mm: /\d\d?/, s: /\d\d?/, ss: /\d\d?/,
    A: /[ap]\.?m?\.?/i, a: /[ap]\.?m?\.?/i, Z: /Z|[+-]\d\d:?\d\d/i, ZZ: /Z|[+-]\d\d:?\d\d/i, X: /[+-]?\d+(?:\.\d{1,3})?/, x: /[+-]?\d+/,
    MMM: /[a-z\u00c0-\u024f]+\.?/i, MMMM: /[a-z\u00c0-\u024f]+\.?/i, ddd: /[a-z]+/i, dddd: /[a-z]+/i, dd: /[a-z]+/i, d: /\d/, E: /\d/, e: /\d/, Q: /\d/, W: /\d\d?/, WW: /\d\d?/, w: /\d\d?/, ww: /\d\d?/
  };
  var STRICT_RE = { YYYY: /\d{4}/, YY: /\d\d/, MM: /\d\d/, DD: /\d\d/, HH: /\d\d/, hh: /\d\d/, mm: /\d\d/, ss: /\d\d/, SSS: /\d{3}/, M: /\d\d?/, D: /\d\d?/ };
  function monthIndex(name) {
    var n = name.toLowerCase().replace(/\.$/, '');
    for (var i = 0; i < 12; i++) {
      if (MONTHS[i].toLowerCase() === n || MONTHS_SHORT[i].toLowerCase() === n) { return i; }
    }
    return -1;
  }
  function parseFormat(str, fmt, utc, strict) {
    fmt = expandLong(fmt);
    var tokens = fmt.match(TOKEN_RE) || [];
    var f = {}, tz = null, pm = null, rest = str, ts = null, bad = false, matchedAny = false;
    for (var i = 0; i < tokens.length; i++) {
      var tok = tokens[i];
      var re = /^S+$/.test(tok) ? (strict ? new RegExp('\\d{' + tok.length + '}') : /\d+/) : (strict && STRICT_RE[tok]) || PARSE_RE[tok];
      if (tok.charAt(0) === '[') { tok = tok.slice(1, -1); re = null; }
      if (!re) {
        if (rest.indexOf(tok) === 0) { rest = rest.slice(tok.length); } else if (strict) { bad = true; }
        continue;
      }
      var mm = strict ? new RegExp('^(?:' + re.source + ')', re.flags).exec(rest) : new RegExp(re.source, re.flags).exec(rest);
      if (!mm) { if (strict) { bad = true; } continue; }
      matchedAny = true;
      var v = mm[0];
      rest = rest.slice(mm.index + v.length);
      switch (tok) {
        case 'YYYY': case 'YYYYY': case 'YYYYYY': case 'Y': f.y = parseInt(v, 10); if (!strict && tok === 'YYYY' && v.length <= 2) { f.y = parseInt(v, 10) + (parseInt(v, 10) > 68 ? 1900 : 2000); } break;
        case 'YY': f.y = parseInt(v, 10) + (parseInt(v, 10) > 68 ? 1900 : 2000); break;
        case 'M': case 'MM': f.M = parseInt(v, 10) - 1; break;
        case 'MMM': case 'MMMM': var mi = monthIndex(v); if (mi < 0) { bad = true; } else { f.M = mi; } break;
        case 'D': case 'DD': case 'Do': f.d = parseInt(v, 10); break;
        case 'DDD': case 'DDDD': f.doy = parseInt(v, 10); break;
        case 'H': case 'HH': case 'h': case 'hh': f.h = parseInt(v, 10); break;
        case 'k': case 'kk': f.h = parseInt(v, 10) % 24; break;
        case 'm': case 'mm': f.m = parseInt(v, 10); break;
        case 's': case 'ss': f.s = parseInt(v, 10); break;
        case 'A': case 'a': pm = v.charAt(0).toLowerCase() === 'p'; break;
        case 'Z': case 'ZZ': tz = offsetMinutes(v.toUpperCase()); break;
        case 'X': ts = parseFloat(v) * 1000; break;
        case 'x': ts = parseInt(v, 10); break;
        default:
          if (/^S+$/.test(tok)) { f.ms = Math.floor(+('0.' + v) * 1000 + 1e-9); }
      }
    }
    if (strict && rest.length) { bad = true; }
    if (ts !== null) { return { date: new Date(ts), tz: null }; }
    if (bad || !matchedAny) { return { date: new Date(NaN), tz: null }; }
    if (pm !== null && f.h !== undefined) { if (pm && f.h < 12) { f.h += 12; } if (!pm && f.h === 12) { f.h = 0; } }
    var now = new Date();
    if (f.y === undefined) {
      if (f.M === undefined && f.d === undefined) {
        var nf = utc ? { y: now.getUTCFullYear(), M: now.getUTCMonth(), d: now.getUTCDate() } : { y: now.getFullYear(), M: now.getMonth(), d: now.getDate() };
        f.y = nf.y; f.M = nf.M; f.d = nf.d;
      } else { f.y = utc ? now.getUTCFullYear() : now.getFullYear(); }
    }
    if (f.doy !== undefined) { f.M = 0; f.d = f.doy; if (f.doy < 1 || f.doy > (isLeap(f.y) ? 366 : 365)) { return { date: new Date(NaN), tz: null }; } var dd = new Date(Date.UTC(f.y, 0, f.doy)); f.M = dd.getUTCMonth(); f.d = dd.getUTCDate(); }
    return { date: build(f, tz, utc), tz: tz };
  }

  function createMoment(input, format, strict, utc) {
    var d, tz = null;
    if (isMoment(input)) {
      var c = new Moment(new Date(input._d.getTime()), input._isUTC, input._offset);
      if (utc) { c._isUTC = true; c._offset = 0; }
      return c;
    }
    if (input === undefined) { d = new Date(); } else if (input === null) { d = new Date(NaN); } else if (input instanceof Date) { d = new Date(input.getTime()); } else if (typeof input === 'number') { d = new Date(input); } else if (Array.isArray(input)) {
      d = input.length ? build({ y: input[0], M: input[1], d: input[2], h: input[3], m: input[4], s: input[5], ms: input[6] }, null, utc) : new Date();
    } else if (typeof input === 'object') {
      var get = function (names) { for (var i = 0; i < names.length; i++) { if (input[names[i]] !== undefined) { return +input[names[i]]; } } return undefined; };
      var now = new Date();
      var y = get(['y', 'year', 'years']);
      d = build({ y: y === undefined ? now.getFullYear() : y, M: get(['M', 'month', 'months']), d: get(['d', 'D', 'day', 'days', 'date']), h: get(['h', 'hour', 'hours']), m: get(['m', 'minute', 'minutes']), s: get(['s', 'second', 'seconds']), ms: get(['ms', 'millisecond', 'milliseconds']) }, null, utc);
    } else if (format !== undefined && format !== null) {
      var fmts = Array.isArray(format) ? format : [format], r;
      for (var i = 0; i < fmts.length; i++) {
        r = fmts[i] === moment.ISO_8601 ? (parseISO(String(input), utc) || { date: new Date(NaN), tz: null }) : parseFormat(String(input), fmts[i], utc, strict === true);
        if (!isNaN(r.date.getTime())) { break; }
      }
      d = r.date; tz = r.tz;
    } else {
      var iso = parseISO(String(input), utc);
      if (iso) { d = iso.date; tz = iso.tz; } else {
        var s = String(input);
        var t = /^\s*$/.test(s) ? NaN : Date.parse(utc && !/(Z|GMT|UTC|[+-]\d\d:?\d\d)\s*$/i.test(s) ? s + ' UTC' : s);
        d = new Date(t);
      }
    }
    var m = new Moment(d, utc, 0);
    m._tzm = tz;
    return m;
  }

  function moment(input, format, locale, strict) {
    if (typeof locale === 'boolean') { strict = locale; }
    return createMoment(input, format, strict, false);
  }
  moment.utc = function (input, format, locale, strict) {
    if (typeof locale === 'boolean') { strict = locale; }
    return createMoment(input, format, strict, true);
  };
  moment.parseZone = function (input, format) {
    var m = createMoment(input, format, false, true);
    if (m._tzm !== null && m._tzm !== undefined) { m._offset = m._tzm; }
    return m;
  };
  moment.unix = function (s) { return moment(s * 1000); };
  moment.isMoment = isMoment;
  moment.isDate = function (d) { return d instanceof Date || Object.prototype.toString.call(d) === '[object Date]'; };
  moment.invalid = function () { return moment(NaN); };
  moment.now = function () { return Date.now(); };
  moment.version = '2.30.1';
  moment.ISO_8601 = function () {};
  moment.RFC_2822 = function () {};
  moment.defaultFormat = 'YYYY-MM-DDTHH:mm:ssZ';
  moment.defaultFormatUtc = 'YYYY-MM-DDTHH:mm:ss[Z]';
  moment.locale = function () { return 'en'; };
  moment.lang = moment.locale;
  moment.locales = function () { return ['en']; };
  moment.normalizeUnits = normalizeUnits;
  moment.months = function (i) { return i === undefined ? MONTHS.slice() : MONTHS[i]; };
  moment.monthsShort = function (i) { return i === undefined ? MONTHS_SHORT.slice() : MONTHS_SHORT[i]; };
  moment.weekdays = function (i) { return typeof i === 'number' ? WEEKDAYS[i] : WEEKDAYS.slice(); };
  moment.weekdaysShort = function (i) { return typeof i === 'number' ? WEEKDAYS_SHORT[i] : WEEKDAYS_SHORT.slice(); };
  moment.weekdaysMin = function (i) { return typeof i === 'number' ? WEEKDAYS_MIN[i] : WEEKDAYS_MIN.slice(); };
  moment.max = function () { var a = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments); return a.reduce(function (x, y) { return (!x || y.isAfter(x)) ? y : x; }, null) || moment(); };
  moment.min = function () { var a = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments); return a.reduce(function (x, y) { return (!x || y.isBefore(x)) ? y : x; }, null) || moment(); };
  moment.relativeTimeThreshold = function (k, v) { if (v === undefined) { return THRESH[k] === undefined ? false : THRESH[k]; } if (THRESH[k] === undefined) { return false; } THRESH[k] = v; return true; };
  moment.localeData = function () {
    return {
      months: function (m) { return m ? MONTHS[m.month()] : MONTHS.slice(); },
      monthsShort: function (m) { return m ? MONTHS_SHORT[m.month()] : MONTHS_SHORT.slice(); },
      weekdays: function (m) { return m ? WEEKDAYS[m.day()] : WEEKDAYS.slice(); },
      weekdaysShort: function (m) { return m ? WEEKDAYS_SHORT[m.day()] : WEEKDAYS_SHORT.slice(); },
      weekdaysMin: function (m) { return m ? WEEKDAYS_MIN[m.day()] : WEEKDAYS_MIN.slice(); },
      longDateFormat: function (k) { return LONG[k]; },
      ordinal: ordinal,
      firstDayOfWeek: function () { return 0; },
      firstDayOfYear: function () { return 6; }
    };
  };

  var fn = moment.fn = Moment.prototype;
  fn.clone = function () { var c = new Moment(new Date(this._d.getTime()), this._isUTC, this._offset); return c; };
  fn.isValid = function () { return valid(this); };
  fn.valueOf = function () { return this._d.getTime(); };
  fn.unix = function () { return Math.floor(this._d.getTime() / 1000); };
  fn.toDate = function () { return new Date(this._d.getTime()); };
  fn.toISOString = function (keepOffset) {
    if (!valid(this)) { return null; }
    var y = keepOffset ? fields(this).y : this._d.getUTCFullYear();
    if (y < 0 || y > 9999) { return formatMoment(keepOffset ? this : this.clone().utc(), keepOffset ? 'YYYYYY-MM-DD[T]HH:mm:ss.SSSZ' : 'YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]'); }
    if (keepOffset) { return formatMoment(this, 'YYYY-MM-DD[T]HH:mm:ss.SSSZ'); }
    return this._d.toISOString();
  };
  fn.toJSON = function () { return valid(this) ? this.toISOString() : null; };
  fn.toString = function () { return valid(this) ? formatMoment(this.clone(), 'ddd MMM DD YYYY HH:mm:ss [GMT]ZZ') : 'Invalid date'; };
  fn.inspect = function () { return valid(this) ? 'moment' + (this._isUTC && !this._offset ? '.utc' : '') + '("' + this.format('YYYY-MM-DDTHH:mm:ss.SSSZ') + '")' : 'moment.invalid(/* ' + this._d + ' */)'; };
  fn.toArray = function () { var f = fields(this); return [f.y, f.M, f.d, f.h, f.m, f.s, f.ms]; };
  fn.toObject = function () { var f = fields(this); return { years: f.y, months: f.M, date: f.d, hours: f.h, minutes: f.m, seconds: f.s, milliseconds: f.ms }; };
  fn.locale = function (l) { return l === undefined ? 'en' : this; };
  fn.lang = fn.locale;
  fn.localeData = function () { return moment.localeData(); };
  fn.utc = function (keepLocal) {
    if (keepLocal) { var f = fields(this); this._isUTC = true; this._offset = 0; return setFields(this, f); }
    this._isUTC = true; this._offset = 0; return this;
  };
  fn.local = function (keepLocal) {
    if (keepLocal) { var f = fields(this); this._isUTC = false; return setFields(this, f); }
    this._isUTC = false; this._offset = 0; return this;
  };
  fn.isUTC = fn.isUtc = function () { return this._isUTC && this._offset === 0; };
  fn.isLocal = function () { return !this._isUTC; };
  fn.isUtcOffset = function () { return this._isUTC; };
  fn.utcOffset = function (input, keepLocal) {
    if (input === undefined) { return valid(this) ? utcOffsetOf(this) : NaN; }
    var off = typeof input === 'string' ? offsetMinutes(input) : (Math.abs(input) < 16 ? input * 60 : input);
    if (off === null) { return this; }
    var f = keepLocal ? fields(this) : null;
    this._isUTC = true; this._offset = off;
    if (f) { setFields(this, f); }
    return this;
  };
  fn.zone = function () { return -this.utcOffset(); };
  fn.isDST = function () {
    if (this._isUTC) { return false; }
    var y = this.year();
    return this.utcOffset() > Math.min(moment([y, 0, 1]).utcOffset(), moment([y, 5, 1]).utcOffset());
  };
  fn.isLeapYear = function () { return isLeap(this.year()); };
  fn.daysInMonth = function () { var f = fields(this); return daysIn(f.y, f.M); };

  // Getters / setters.
  function getSet(key) {
    return function (v) {
      if (v === undefined) { return valid(this) ? fields(this)[key] : NaN; }
      if (!valid(this)) { return this; }
      var f = fields(this);
      v = +v;
      if (key === 'M') {
        if (typeof arguments[0] === 'string' && isNaN(v)) { v = monthIndex(arguments[0]); if (v < 0) { return this; } }
        f.d = Math.min(f.d, daysIn(f.y + Math.floor(v / 12), v));
      }
      if (key === 'y' && f.M === 1 && f.d === 29 && !isLeap(v)) { f.d = 28; }
      f[key] = v;
      return setFields(this, f);
    };
  }
  fn.year = fn.years = getSet('y');
  fn.month = fn.months = getSet('M');
  fn.date = fn.dates = getSet('d');
  fn.hour = fn.hours = getSet('h');
  fn.minute = fn.minutes = getSet('m');
  fn.second = fn.seconds = getSet('s');
  fn.millisecond = fn.milliseconds = getSet('ms');
  fn.day = fn.days = function (v) {
    var dow = valid(this) ? fields(this).dow : NaN;
    if (v === undefined) { return dow; }
    if (typeof v === 'string') { var i = WEEKDAYS.concat(WEEKDAYS_SHORT, WEEKDAYS_MIN).map(function (x) { return x.toLowerCase(); }).indexOf(v.toLowerCase()); if (i < 0) { return this; } v = i % 7; }
    return this.add(v - dow, 'd');
  };
  fn.weekday = function (v) { return v === undefined ? this.day() : this.day(v); };
  fn.isoWeekday = function (v) {
    var d = this.day() || 7;
    if (v === undefined) { return d; }
    return this.add(v - d, 'd');
  };
  fn.dayOfYear = function (v) {
    var doy = Math.round((this.clone().startOf('day') - this.clone().startOf('year')) / 864e5) + 1;
    return v === undefined ? doy : this.add(v - doy, 'd');
  };
  fn.quarter = fn.quarters = function (v) {
    var q = Math.ceil((this.month() + 1) / 3);
    return v === undefined ? q : this.month((v - 1) * 3 + this.month() % 3);
  };
  function weekOfYear(m, dow, doy) {
    // dow: first day of week (0 Sunday), doy: dow + 7 - (first week contains Jan doy-... ) as in moment's locale week spec.
    var fwd = 7 + dow - doy;
    var y = m.year();
    function firstWeekOffset(year) { var fwdlw = (7 + new Date(Date.UTC(year, 0, fwd)).getUTCDay() - dow) % 7; return -fwdlw + fwd - 1; }
    var dayOfYear = m.dayOfYear();
    var weekOffset = firstWeekOffset(y);
    var week = Math.floor((dayOfYear - weekOffset - 1) / 7) + 1;
    var weeksInYear = function (year) { var wo = firstWeekOffset(year), wn = firstWeekOffset(year + 1); return ((isLeap(year) ? 366 : 365) - wo + wn) / 7; };
    if (week < 1) { y--; week = week + weeksInYear(y); } else if (week > weeksInYear(y)) { week = week - weeksInYear(y); y++; }
    return { week: week, year: y };
  }
  fn.week = fn.weeks = function (v) { var w = weekOfYear(this, 0, 6).week; return v === undefined ? w : this.add((v - w) * 7, 'd'); };
  fn.isoWeek = fn.isoWeeks = function (v) { var w = weekOfYear(this, 1, 4).week; return v === undefined ? w : this.add((v - w) * 7, 'd'); };
  fn.weekYear = function () { return weekOfYear(this, 0, 6).year; };
  fn.isoWeekYear = function () { return weekOfYear(this, 1, 4).year; };
  fn.isoWeeksInYear = function () { var m = moment([this.year(), 11, 28]); return m.isoWeek(); };
  fn.weeksInYear = function () { var m = moment([this.year(), 11, 31]); var w = m.week(); return w === 1 ? moment([this.year(), 11, 24]).week() : w; };
  fn.get = function (u) { u = normalizeUnits(u); return typeof this[u] === 'function' ? this[u]() : undefined; };
  fn.set = function (u, v) {
    if (typeof u === 'object') {
      var order = ['year', 'quarter', 'month', 'isoWeek', 'week', 'date', 'day', 'hour', 'minute', 'second', 'millisecond'], obj = {}, self = this;
      Object.keys(u).forEach(function (k) { obj[normalizeUnits(k)] = u[k]; });
      order.forEach(function (k) { if (obj[k] !== undefined) { self[k](obj[k]); } });
      return this;
    }
    u = normalizeUnits(u);
    if (typeof this[u] === 'function') { this[u](v); }
    return this;
  };

  // Manipulation.
  function addSubtract(m, input, unit, sign) {
    var dur = isDuration(input) ? input : createDuration(input, unit);
    if (!valid(m)) { return m; }
    var months = dur._months * sign, days = dur._days * sign, ms = dur._milliseconds * sign;
    if (months) {
      var f = fields(m), target = f.M + months;
      f.y += Math.floor(target / 12);
      f.M = ((target % 12) + 12) % 12;
      f.d = Math.min(f.d, daysIn(f.y, f.M));
      setFields(m, f);
    }
    if (days) { var g = fields(m); g.d += days; setFields(m, g); }
    if (ms) { m._d = new Date(m._d.getTime() + ms); }
    return m;
  }
  fn.add = function (input, unit) {
    if (typeof input === 'string' && typeof unit !== 'object' && isNaN(+input) === false && unit !== undefined) { input = +input; }
    if (typeof input === 'string' && unit !== undefined && isNaN(+input)) { var t = input; input = unit; unit = t; }
    return addSubtract(this, input, unit, 1);
  };
  fn.subtract = function (input, unit) {
    if (typeof input === 'string' && typeof unit !== 'object' && isNaN(+input) === false && unit !== undefined) { input = +input; }
    if (typeof input === 'string' && unit !== undefined && isNaN(+input)) { var t = input; input = unit; unit = t; }
    return addSubtract(this, input, unit, -1);
  };
  fn.startOf = function (u) {
    u = normalizeUnits(u);
    if (!u || !valid(this)) { return this; }
    var f = fields(this);
    switch (u) {
      case 'year': f.M = 0; /* falls through */
      case 'quarter': if (u === 'quarter') { f.M = f.M - f.M % 3; } /* falls through */
      case 'month': f.d = 1; /* falls through */
      case 'week': case 'isoWeek': case 'day': case 'date':
        if (u === 'week') { f.d -= f.dow; }
        if (u === 'isoWeek') { f.d -= (f.dow + 6) % 7; }
        f.h = 0; /* falls through */
      case 'hour': f.m = 0; /* falls through */
      case 'minute': f.s = 0; /* falls through */
      case 'second': f.ms = 0; break;
      default: return this;
    }
    return setFields(this, f);
  };
  fn.endOf = function (u) {
    u = normalizeUnits(u);
    if (!u || u === 'millisecond' || !valid(this)) { return this; }
    this.startOf(u);
    var addUnit = u === 'isoWeek' ? 'week' : (u === 'date' ? 'day' : u);
    this.add(1, addUnit);
    this._d = new Date(this._d.getTime() - 1);
    return this;
  };

  // Comparison.
  function toMoment(x) { return isMoment(x) ? x : moment(x); }
  fn.isBefore = function (o, u) {
    o = toMoment(o); u = normalizeUnits(u) || 'millisecond';
    if (!valid(this) || !valid(o)) { return false; }
    if (u === 'millisecond') { return this.valueOf() < o.valueOf(); }
    return this.clone().endOf(u).valueOf() < o.valueOf();
  };
  fn.isAfter = function (o, u) {
    o = toMoment(o); u = normalizeUnits(u) || 'millisecond';
    if (!valid(this) || !valid(o)) { return false; }
    if (u === 'millisecond') { return this.valueOf() > o.valueOf(); }
    return o.valueOf() < this.clone().startOf(u).valueOf();
  };
  fn.isSame = function (o, u) {
    o = toMoment(o); u = normalizeUnits(u) || 'millisecond';
    if (!valid(this) || !valid(o)) { return false; }
    if (u === 'millisecond') { return this.valueOf() === o.valueOf(); }
    var v = o.valueOf();
    return this.clone().startOf(u).valueOf() <= v && v <= this.clone().endOf(u).valueOf();
  };
  fn.isSameOrAfter = function (o, u) { return this.isSame(o, u) || this.isAfter(o, u); };
  fn.isSameOrBefore = function (o, u) { return this.isSame(o, u) || this.isBefore(o, u); };
  fn.isBetween = function (a, b, u, inc) {
    inc = inc || '()';
    a = toMoment(a); b = toMoment(b);
    return (inc.charAt(0) === '(' ? this.isAfter(a, u) : !this.isBefore(a, u)) && (inc.charAt(1) === ')' ? this.isBefore(b, u) : !this.isAfter(b, u));
  };
  function monthDiff(a, b) {
    if (a.date() < b.date()) { return -monthDiff(b, a); }
    var whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
    var anchor = a.clone().add(whole, 'months'), anchor2, adjust;
    if (b - anchor < 0) {
      anchor2 = a.clone().add(whole - 1, 'months');
      adjust = (b - anchor) / (anchor - anchor2);
    } else {
      anchor2 = a.clone().add(whole + 1, 'months');
      adjust = (b - anchor) / (anchor2 - anchor);
    }
    return -(whole + adjust) || 0;
  }
  fn.diff = function (input, units, asFloat) {
    var that = toMoment(input);
    if (!valid(this) || !valid(that)) { return NaN; }
    that = that.clone();
    if (this._isUTC) { that._isUTC = true; that._offset = this._offset; } else { that._isUTC = false; that._offset = 0; }
    var zoneDelta = (that.utcOffset() - this.utcOffset()) * 6e4;
    units = normalizeUnits(units);
    var out;
    switch (units) {
      case 'year': out = monthDiff(this, that) / 12; break;
      case 'month': out = monthDiff(this, that); break;
      case 'quarter': out = monthDiff(this, that) / 3; break;
      case 'second': out = (this - that) / 1e3; break;
      case 'minute': out = (this - that) / 6e4; break;
      case 'hour': out = (this - that) / 36e5; break;
      case 'day': out = (this - that - zoneDelta) / 864e5; break;
      case 'week': out = (this - that - zoneDelta) / 6048e5; break;
      default: out = this - that;
    }
    return asFloat ? out : absFloor(out);
  };
  fn.from = function (o, withoutSuffix) {
    o = toMoment(o);
    if (!valid(this) || !valid(o)) { return 'Invalid date'; }
    return createDuration(this.valueOf() - o.valueOf()).humanize(!withoutSuffix);
  };
  fn.fromNow = function (withoutSuffix) { return this.from(moment(), withoutSuffix); };
  fn.to = function (o, withoutSuffix) { o = toMoment(o); return o.from(this, withoutSuffix); };
  fn.toNow = function (withoutSuffix) { return this.to(moment(), withoutSuffix); };
  fn.calendar = function (ref, formats) {
    if (!valid(this)) { return 'Invalid date'; }
    var now = ref ? toMoment(ref) : moment();
    var sod = now.clone();
    if (this._isUTC) { sod.utcOffset(this.utcOffset()); }
    sod.startOf('day');
    var diff = this.diff(sod, 'days', true);
    var key = diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay' : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
    var CAL = { sameDay: '[Today at] LT', nextDay: '[Tomorrow at] LT', nextWeek: 'dddd [at] LT', lastDay: '[Yesterday at] LT', lastWeek: '[Last] dddd [at] LT', sameElse: 'L' };
    var f = (formats && formats[key]) || CAL[key];
    return this.format(typeof f === 'function' ? f.call(this, now) : f);
  };

  // Formatting.
  function offsetStr(m, sep) {
    var o = utcOffsetOf(m), sign = o < 0 ? '-' : '+';
    o = Math.abs(o);
    return sign + pad(Math.floor(o / 60), 2) + sep + pad(o % 60, 2);
  }
  var tokenCache = Object.create(null), tokenCacheSize = 0;
  function formatTokens(fmt) {
    var t = tokenCache[fmt];
    if (!t) {
      if (tokenCacheSize > 500) { tokenCache = Object.create(null); tokenCacheSize = 0; }
      t = tokenCache[fmt] = expandLong(fmt).match(TOKEN_RE) || [];
      tokenCacheSize++;
    }
    return t;
  }
  // FORMATTERS maps a format token to its renderer (m: the moment, f: its
  // fields); an object lookup instead of a long switch per token.
  var FORMATTERS = {
    'YYYYYY': function (m, f) { return (f.y < 0 ? '-' : '+') + pad(Math.abs(f.y), 6); },
    'YYYYY': function (m, f) { return pad(f.y, 5); },
    'YYYY': function (m, f) { return f.y <= 9999 ? pad(f.y, 4) : '+' + f.y; },
    'YY': function (m, f) { return pad(f.y % 100, 2); },
    'Y': function (m, f) { return f.y <= 9999 ? String(f.y) : '+' + f.y; },
    'Q': function (m, f) { return String(Math.ceil((f.M + 1) / 3)); },
    'Qo': function (m, f) { return ordinal(Math.ceil((f.M + 1) / 3)); },
    'M': function (m, f) { return String(f.M + 1); },
    'Mo': function (m, f) { return ordinal(f.M + 1); },
    'MM': function (m, f) { return pad(f.M + 1, 2); },
    'MMM': function (m, f) { return MONTHS_SHORT[f.M]; },
    'MMMM': function (m, f) { return MONTHS[f.M]; },
    'D': function (m, f) { return String(f.d); },
    'Do': function (m, f) { return ordinal(f.d); },
    'DD': function (m, f) { return pad(f.d, 2); },
    'DDD': function (m, f) { return String(m.dayOfYear()); },
    'DDDo': function (m, f) { return ordinal(m.dayOfYear()); },
    'DDDD': function (m, f) { return pad(m.dayOfYear(), 3); },
    'd': function (m, f) { return String(f.dow); },
    'do': function (m, f) { return ordinal(f.dow); },
    'dd': function (m, f) { return WEEKDAYS_MIN[f.dow]; },
    'ddd': function (m, f) { return WEEKDAYS_SHORT[f.dow]; },
    'dddd': function (m, f) { return WEEKDAYS[f.dow]; },
    'e': function (m, f) { return String(f.dow); },
    'E': function (m, f) { return String(f.dow || 7); },
    'w': function (m, f) { return String(m.week()); },
    'wo': function (m, f) { return ordinal(m.week()); },
    'ww': function (m, f) { return pad(m.week(), 2); },
    'W': function (m, f) { return String(m.isoWeek()); },
    'Wo': function (m, f) { return ordinal(m.isoWeek()); },
    'WW': function (m, f) { return pad(m.isoWeek(), 2); },
    'gg': function (m, f) { return pad(m.weekYear() % 100, 2); },
    'gggg': function (m, f) { return pad(m.weekYear(), 4); },
    'GG': function (m, f) { return pad(m.isoWeekYear() % 100, 2); },
    'GGGG': function (m, f) { return pad(m.isoWeekYear(), 4); },
    'H': function (m, f) { return String(f.h); },
    'HH': function (m, f) { return pad(f.h, 2); },
    'h': function (m, f) { return String(f.h % 12 || 12); },
    'hh': function (m, f) { return pad(f.h % 12 || 12, 2); },
    'k': function (m, f) { return String(f.h || 24); },
    'kk': function (m, f) { return pad(f.h || 24, 2); },
    'm': function (m, f) { return String(f.m); },
    'mm': function (m, f) { return pad(f.m, 2); },
    's': function (m, f) { return String(f.s); },
    'ss': function (m, f) { return pad(f.s, 2); },
    'a': function (m, f) { return f.h < 12 ? 'am' : 'pm'; },
    'A': function (m, f) { return f.h < 12 ? 'AM' : 'PM'; },
    'Z': function (m, f) { return offsetStr(m, ':'); },
    'ZZ': function (m, f) { return offsetStr(m, ''); },
    'z': function (m, f) { return m._isUTC && !m._offset ? 'UTC' : ''; },
    'zz': function (m, f) { return m._isUTC && !m._offset ? 'UTC' : ''; },
    'X': function (m, f) { return String(m.unix()); },
    'x': function (m, f) { return String(m.valueOf()); }
  };
  function formatMoment(m, fmt) {
    if (!valid(m)) { return 'Invalid date'; }
    var f = fields(m), toks = formatTokens(fmt), out = '';
    for (var i = 0; i < toks.length; i++) {
      var t = toks[i];
      if (t.charAt(0) === '[') { out += t.slice(1, -1); continue; }
      var r = FORMATTERS[t];
      if (r !== undefined) { out += r(m, f); continue; }
      out += /^S+$/.test(t) ? (pad(f.ms, 3) + '000000').slice(0, t.length) : t;
    }
    return out;
  }
  fn.format = function (fmt) {
    if (!fmt) { fmt = this._isUTC && !this._offset ? moment.defaultFormatUtc : moment.defaultFormat; }
    return formatMoment(this, String(fmt));
  };

  // ---- Durations ----
  function Duration() { this._milliseconds = 0; this._days = 0; this._months = 0; this._isValid = true; }
  function isDuration(d) { return d instanceof Duration; }
  var DUR_RE = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/;
  var ISO_DUR_RE = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/;
  function createDuration(input, key) {
    var d = new Duration(), o = {};
    if (isDuration(input)) { d._milliseconds = input._milliseconds; d._days = input._days; d._months = input._months; return d; }
    if (typeof input === 'number' || (typeof input === 'string' && input !== '' && !isNaN(+input))) {
      var u = normalizeUnits(key) || 'millisecond';
      o[u] = +input;
    } else if (typeof input === 'string') {
      var m = DUR_RE.exec(input), sign;
      if (m) {
        sign = m[1] === '-' ? -1 : 1;
        o = { day: +(m[2] || 0) * sign, hour: +m[3] * sign, minute: +m[4] * sign, second: +(m[5] || 0) * sign, millisecond: Math.round(+(('0' + (m[6] || '.0')) ) * 1000) * sign };
      } else if ((m = ISO_DUR_RE.exec(input))) {
        sign = m[1] === '-' ? -1 : 1;
        var p = function (x) { var r = x && parseFloat(x.replace(',', '.')); return (isNaN(r) ? 0 : r) * sign; };
        o = { year: p(m[2]), month: p(m[3]), week: p(m[4]), day: p(m[5]), hour: p(m[6]), minute: p(m[7]), second: p(m[8]) };
      }
    } else if (input && typeof input === 'object') {
      Object.keys(input).forEach(function (k) { var nu = normalizeUnits(k); if (nu) { o[nu] = +input[k]; } });
    }
    d._milliseconds = (o.millisecond || 0) + (o.second || 0) * 1e3 + (o.minute || 0) * 6e4 + (o.hour || 0) * 36e5;
    d._days = (o.day || 0) + (o.date || 0) + (o.week || 0) * 7;
    d._months = (o.month || 0) + (o.quarter || 0) * 3 + (o.year || 0) * 12;
    return d;
  }
  function daysToMonths(days) { return days * 4800 / 146097; }
  function monthsToDays(months) { return months * 146097 / 4800; }
  function bubble(d) {
    var ms = d._milliseconds, days = d._days, months = d._months;
    if (!((ms >= 0 && days >= 0 && months >= 0) || (ms <= 0 && days <= 0 && months <= 0))) {
      ms += absCeilSigned(monthsToDays(months) + days) * 864e5;
      days = 0; months = 0;
    }
    var r = {};
    r.milliseconds = ms % 1000;
    var seconds = absFloor(ms / 1000); r.seconds = seconds % 60;
    var minutes = absFloor(seconds / 60); r.minutes = minutes % 60;
    var hours = absFloor(minutes / 60); r.hours = hours % 24;
    days += absFloor(hours / 24);
    var monthsFromDays = absFloor(daysToMonths(days));
    months += monthsFromDays;
    days -= absCeilSigned(monthsToDays(monthsFromDays));
    var years = absFloor(months / 12);
    months %= 12;
    r.days = days; r.months = months; r.years = years;
    return r;
  }
  function absCeilSigned(n) { return n < 0 ? Math.floor(n) : Math.ceil(n); }
  var dfn = Duration.prototype;
  dfn.as = function (units) {
    units = normalizeUnits(units);
    if (!this._isValid) { return NaN; }
    var days, months, ms = this._milliseconds;
    if (units === 'month' || units === 'quarter' || units === 'year') {
      days = this._days + ms / 864e5;
      months = this._months + daysToMonths(days);
      return units === 'month' ? months : units === 'quarter' ? months / 3 : months / 12;
    }
    days = this._days + Math.round(monthsToDays(this._months));
    switch (units) {
      case 'week': return days / 7 + ms / 6048e5;
      case 'day': return days + ms / 864e5;
      case 'hour': return days * 24 + ms / 36e5;
      case 'minute': return days * 1440 + ms / 6e4;
      case 'second': return days * 86400 + ms / 1000;
      case 'millisecond': return Math.floor(days * 864e5) + ms;
    }
    throw new Error('Unknown unit ' + units);
  };
  ['Milliseconds', 'Seconds', 'Minutes', 'Hours', 'Days', 'Weeks', 'Months', 'Quarters', 'Years'].forEach(function (n) {
    var unit = n.toLowerCase().replace(/s$/, '');
    dfn['as' + n] = function () { return this.as(unit); };
  });
  ['milliseconds', 'seconds', 'minutes', 'hours', 'days', 'months', 'years'].forEach(function (n) {
    dfn[n] = function () { return this._isValid ? bubble(this)[n] : NaN; };
  });
  dfn.weeks = function () { return absFloor(this.days() / 7); };
  dfn.get = function (u) { u = normalizeUnits(u); return this[u + 's'] ? this[u + 's']() : NaN; };
  dfn.valueOf = function () { return this._isValid ? this._milliseconds + this._days * 864e5 + (this._months % 12) * 2592e6 + Math.floor(this._months / 12) * 31536e6 : NaN; };
  dfn.add = function (input, key) { var o = createDuration(input, key); this._milliseconds += o._milliseconds; this._days += o._days; this._months += o._months; return this; };
  dfn.subtract = function (input, key) { var o = createDuration(input, key); this._milliseconds -= o._milliseconds; this._days -= o._days; this._months -= o._months; return this; };
  dfn.clone = function () { return createDuration(this); };
  dfn.abs = function () { this._milliseconds = Math.abs(this._milliseconds); this._days = Math.abs(this._days); this._months = Math.abs(this._months); return this; };
  dfn.isValid = function () { return this._isValid; };
  dfn.locale = function () { return 'en'; };
  dfn.humanize = function (withSuffix, th) {
    if (!this._isValid) { return 'Invalid date'; }
    if (typeof withSuffix === 'object') { th = withSuffix; withSuffix = false; }
    var t = Object.assign({}, THRESH, th || {});
    if (th && th.s !== undefined && th.ss === undefined) { t.ss = th.s - 1; }
    var dur = createDuration(this).abs();
    var seconds = Math.round(dur.as('s')), minutes = Math.round(dur.as('m')), hours = Math.round(dur.as('h')), days = Math.round(dur.as('d')),
      months = Math.round(dur.as('M')), weeks = Math.round(dur.as('w')), years = Math.round(dur.as('y'));
    var a = (seconds <= t.ss && ['s', seconds]) || (seconds < t.s && ['ss', seconds]) || (minutes <= 1 && ['m']) || (minutes < t.m && ['mm', minutes]) ||
      (hours <= 1 && ['h']) || (hours < t.h && ['hh', hours]) || (days <= 1 && ['d']) || (days < t.d && ['dd', days]);
    if (t.w != null) { a = a || (weeks <= 1 && ['w']) || (weeks < t.w && ['ww', weeks]); }
    a = a || (months <= 1 && ['M']) || (months < t.M && ['MM', months]) || (years <= 1 && ['y']) || ['yy', years];
    var out = REL[a[0]].replace('%d', a[1]);
    if (withSuffix) { out = (this.valueOf() > 0 ? REL.future : REL.past).replace('%s', out); }
    return out;
  };
  dfn.toISOString = function () {
    if (!this._isValid) { return 'Invalid date'; }
    var secondsTotal = Math.abs(this._milliseconds) / 1000, days = Math.abs(this._days), months = Math.abs(this._months);
    var total = this.asSeconds();
    if (!total) { return 'P0D'; }
    var minutes = absFloor(secondsTotal / 60), hours = absFloor(minutes / 60);
    secondsTotal %= 60; minutes %= 60;
    var years = absFloor(months / 12); months %= 12;
    var s = secondsTotal ? secondsTotal.toFixed(3).replace(/\.?0+$/, '') : '';
    var sign = total < 0 ? '-' : '';
    var ymSign = (this._months < 0) !== (total < 0) ? '-' : '', daysSign = (this._days < 0) !== (total < 0) ? '-' : '', hmsSign = (this._milliseconds < 0) !== (total < 0) ? '-' : '';
    return sign + 'P' + (years ? ymSign + years + 'Y' : '') + (months ? ymSign + months + 'M' : '') + (days ? daysSign + days + 'D' : '') +
      (hours || minutes || secondsTotal ? 'T' : '') + (hours ? hmsSign + hours + 'H' : '') + (minutes ? hmsSign + minutes + 'M' : '') + (secondsTotal ? hmsSign + s + 'S' : '');
  };
  dfn.toJSON = dfn.toISOString;
  dfn.toString = dfn.toISOString;
  moment.duration = createDuration;
  moment.isDuration = isDuration;
  return moment;
})
