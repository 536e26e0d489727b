(function (N, require) {
  'use strict';
  // A small Backbone: Events (on/off/trigger/once/listenTo/stopListening),
  // Model (get/set/has/unset/clear/toJSON/clone/escape/isNew, defaults,
  // idAttribute, change events) and Collection (add/remove/reset/get/at/
  // length/toJSON/each/map/filter/find/where/findWhere/pluck), each with
  // Backbone's extend(). Enough for the snippets that use the legacy
  // Backbone global; views, routers and sync are left out.
  void N; void require;
  var hasOwn = Object.prototype.hasOwnProperty;
  var idCounter = 0;
  function uniqueId(prefix) { idCounter++; return String(prefix) + idCounter; }
  function isObject(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }
  function shallowEqual(a, b) {
    if (a === b) { return true; }
    if (!isObject(a) || !isObject(b)) { return a !== a && b !== b; }
    return JSON.stringify(a) === JSON.stringify(b);
  }

  var Events = {
    on: function (name, callback, context) {
      if (isObject(name) && !Array.isArray(name)) {
        var self = this;
        Object.keys(name).forEach(function (k) { self.on(k, name[k], callback); });
        return this;
      }
      if (!callback) { return this; }
      var events = this._events || (this._events = {});
      String(name).split(/\s+/).forEach(function (n) {
        (events[n] || (events[n] = [])).push({ callback: callback, context: context, ctx: context || this });
      }, this);
      return this;
    },
    once: function (name, callback, context) {
      var self = this, fired = false;
      var once = function () {
        if (fired) { return undefined; }
        fired = true;
        self.off(name, once);
        return callback.apply(this, arguments);
      };
      once._callback = callback;
      return this.on(name, once, context);
    },
    off: function (name, callback, context) {
      if (!this._events) { return this; }
      if (!name && !callback && !context) { this._events = {}; return this; }
      var events = this._events;
      var names = name ? String(name).split(/\s+/) : Object.keys(events);
      names.forEach(function (n) {
        if (!events[n]) { return; }
        events[n] = events[n].filter(function (h) {
          return (callback && callback !== h.callback && callback !== h.callback._callback) || (context && context !== h.context);
        });
        if (events[n].length === 0) { delete events[n]; }
      });
      return this;
    },
    trigger: function (name) {
      if (!this._events) { return this; }
      var args = Array.prototype.slice.call(arguments, 1), events = this._events, self = this;
      String(name).split(/\s+/).forEach(function (n) {
        (events[n] || []).slice().forEach(function (h) { h.callback.apply(h.ctx === undefined ? self : h.ctx, args); });
        if (n !== 'all') {
          (events.all || []).slice().forEach(function (h) { h.callback.apply(h.ctx === undefined ? self : h.ctx, [n].concat(args)); });
        }
      });
      return this;
    },
    listenTo: function (obj, name, callback) {
      if (!obj) { return this; }
      var listening = this._listeningTo || (this._listeningTo = []);
      listening.push({ obj: obj, name: name, callback: callback });
      obj.on(name, callback, this);
      return this;
    },
    listenToOnce: function (obj, name, callback) {
      if (!obj) { return this; }
      obj.once(name, callback, this);
      return this;
    },
    stopListening: function (obj, name, callback) {
      var self = this;
      (this._listeningTo || []).slice().forEach(function (l) {
        if ((obj && obj !== l.obj) || (name && name !== l.name) || (callback && callback !== l.callback)) { return; }
        l.obj.off(l.name, l.callback, self);
        self._listeningTo.splice(self._listeningTo.indexOf(l), 1);
      });
      return this;
    }
  };
  Events.bind = Events.on;
  Events.unbind = Events.off;

  // extend is Backbone's class helper: a child constructor with protoProps
  // on its prototype and staticProps on itself.
  function extend(protoProps, staticProps) {
    var parent = this;
    var child = protoProps && hasOwn.call(protoProps, 'constructor') ? protoProps.constructor : function () { return parent.apply(this, arguments); };
    Object.keys(parent).forEach(function (k) { child[k] = parent[k]; });
    if (staticProps) { Object.assign(child, staticProps); }
    child.prototype = Object.create(parent.prototype);
    if (protoProps) { Object.assign(child.prototype, protoProps); }
    Object.defineProperty(child.prototype, 'constructor', { value: child, writable: true, configurable: true });
    child.__super__ = parent.prototype;
    return child;
  }

  function Model(attributes, options) {
    var attrs = attributes || {};
    options = options || {};
    this.cid = uniqueId(this.cidPrefix);
    this.attributes = {};
    if (options.collection) { this.collection = options.collection; }
    var defaults = typeof this.defaults === 'function' ? this.defaults() : this.defaults;
    attrs = Object.assign({}, defaults || {}, attrs);
    this.set(attrs, options);
    this.changed = {};
    this.initialize.apply(this, arguments);
  }
  Object.assign(Model.prototype, Events, {
    changed: null,
    idAttribute: 'id',
    cidPrefix: 'c',
    initialize: function () {},
    toJSON: function () { return Object.assign({}, this.attributes); },
    get: function (attr) { return this.attributes[attr]; },
    escape: function (attr) {
      var v = this.get(attr);
      return v === undefined || v === null ? '' : String(v).replace(/[&<>"'`]/g, function (c) {
        return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;' }[c];
      });
    },
    has: function (attr) { return this.get(attr) !== undefined && this.get(attr) !== null; },
    set: function (key, val, options) {
      if (key === undefined || key === null) { return this; }
      var attrs;
      if (typeof key === 'object') { attrs = key; options = val; } else { attrs = {}; attrs[key] = val; }
      options = options || {};
      var unset = options.unset, silent = options.silent, current = this.attributes, self = this, changes = [];
      this._previousAttributes = Object.assign({}, current);
      this.changed = {};
      Object.keys(attrs).forEach(function (attr) {
        var v = attrs[attr];
        if (!shallowEqual(current[attr], v) || (unset && hasOwn.call(current, attr))) { changes.push(attr); }
        if (!shallowEqual(self._previousAttributes[attr], v)) { self.changed[attr] = v; } else { delete self.changed[attr]; }
        if (unset) { delete current[attr]; } else { current[attr] = v; }
      });
      if (hasOwn.call(attrs, this.idAttribute)) { this.id = this.get(this.idAttribute); }
      if (!silent) {
        changes.forEach(function (attr) { self.trigger('change:' + attr, self, current[attr], options); });
        if (changes.length) { this.trigger('change', this, options); }
      }
      return this;
    },
    unset: function (attr, options) { return this.set(attr, undefined, Object.assign({}, options, { unset: true })); },
    clear: function (options) {
      var attrs = {};
      Object.keys(this.attributes).forEach(function (k) { attrs[k] = undefined; });
      return this.set(attrs, Object.assign({}, options, { unset: true }));
    },
    hasChanged: function (attr) { return attr === undefined ? Object.keys(this.changed || {}).length > 0 : hasOwn.call(this.changed || {}, attr); },
    changedAttributes: function () { return this.hasChanged() ? Object.assign({}, this.changed) : false; },
    previous: function (attr) { return this._previousAttributes ? this._previousAttributes[attr] : undefined; },
    previousAttributes: function () { return Object.assign({}, this._previousAttributes); },
    keys: function () { return Object.keys(this.attributes); },
    values: function () { var a = this.attributes; return Object.keys(a).map(function (k) { return a[k]; }); },
    pairs: function () { var a = this.attributes; return Object.keys(a).map(function (k) { return [k, a[k]]; }); },
    clone: function () { return new this.constructor(this.attributes); },
    isNew: function () { return !this.has(this.idAttribute); },
    isValid: function () { return true; }
  });
  Model.extend = extend;

  function Collection(models, options) {
    options = options || {};
    if (options.model) { this.model = options.model; }
    this._reset();
    this.initialize.apply(this, arguments);
    if (models) { this.reset(models, Object.assign({ silent: true }, options)); }
  }
  Object.assign(Collection.prototype, Events, {
    model: Model,
    initialize: function () {},
    toJSON: function () { return this.models.map(function (m) { return m.toJSON(); }); },
    _reset: function () { this.length = 0; this.models = []; this._byId = {}; },
    _prepare: function (attrs) {
      if (attrs instanceof Model) { if (!attrs.collection) { attrs.collection = this; } return attrs; }
      return new this.model(attrs, { collection: this });
    },
    add: function (models, options) {
      options = options || {};
      var single = !Array.isArray(models), self = this, added = [];
      (single ? [models] : models.slice()).forEach(function (attrs) {
        if (attrs === undefined || attrs === null) { return; }
        var existing = self.get(attrs);
        if (existing) {
          if (options.merge && existing !== attrs) { existing.set(attrs instanceof Model ? attrs.attributes : attrs, options); }
          added.push(existing);
          return;
        }
        var m = self._prepare(attrs);
        var at = options.at === undefined ? self.models.length : Math.min(Math.max(0, options.at + added.length), self.models.length);
        self.models.splice(at, 0, m);
        self._byId[m.cid] = m;
        if (m.id !== undefined && m.id !== null) { self._byId[m.id] = m; }
        self.length = self.models.length;
        added.push(m);
        if (!options.silent) { m.trigger('add', m, self, options); self.trigger('add', m, self, options); }
      });
      return single ? added[0] : added;
    },
    set: function (models, options) { return this.add(models, Object.assign({ merge: true }, options)); },
    push: function (model, options) { return this.add(model, Object.assign({ at: this.length }, options)); },
    unshift: function (model, options) { return this.add(model, Object.assign({ at: 0 }, options)); },
    remove: function (models, options) {
      options = options || {};
      var single = !Array.isArray(models), self = this, removed = [];
      (single ? [models] : models.slice()).forEach(function (x) {
        var m = self.get(x);
        if (!m) { return; }
        var i = self.models.indexOf(m);
        self.models.splice(i, 1);
        delete self._byId[m.cid];
        if (m.id !== undefined && m.id !== null) { delete self._byId[m.id]; }
        self.length = self.models.length;
        removed.push(m);
        if (!options.silent) { self.trigger('remove', m, self, options); }
      });
      return single ? removed[0] : removed;
    },
    pop: function (options) { var m = this.at(this.length - 1); return this.remove(m, options); },
    shift: function (options) { var m = this.at(0); return this.remove(m, options); },
    reset: function (models, options) {
      options = options || {};
      this._reset();
      this.add(models || [], Object.assign({}, options, { silent: true }));
      if (!options.silent) { this.trigger('reset', this, options); }
      return this.models;
    },
    get: function (obj) {
      if (obj === undefined || obj === null) { return undefined; }
      if (isObject(obj)) {
        if (obj instanceof Model) { return this._byId[obj.cid] || (obj.id !== undefined ? this._byId[obj.id] : undefined); }
        var id = obj[this.model.prototype.idAttribute || 'id'];
        return id !== undefined ? this._byId[id] : (obj.cid !== undefined ? this._byId[obj.cid] : undefined);
      }
      return this._byId[obj];
    },
    has: function (obj) { return this.get(obj) !== undefined; },
    at: function (i) { if (i < 0) { i += this.length; } return this.models[i]; },
    where: function (attrs, first) {
      var keys = Object.keys(attrs || {});
      var match = function (m) { return keys.every(function (k) { return shallowEqual(m.get(k), attrs[k]); }); };
      return first ? this.models.find(match) : this.models.filter(match);
    },
    findWhere: function (attrs) { return this.where(attrs, true); },
    pluck: function (attr) { return this.models.map(function (m) { return m.get(attr); }); },
    clone: function () { return new this.constructor(this.models, { model: this.model }); },
    toArray: function () { return this.models.slice(); },
    size: function () { return this.models.length; },
    isEmpty: function () { return this.models.length === 0; },
    first: function () { return this.models[0]; },
    last: function () { return this.models[this.models.length - 1]; }
  });
  ['forEach', 'map', 'filter', 'find', 'some', 'every', 'reduce', 'indexOf'].forEach(function (name) {
    Collection.prototype[name] = function () { return Array.prototype[name].apply(this.models, arguments); };
  });
  Collection.prototype.each = function (fn, ctx) { this.models.forEach(fn, ctx); return this.models; };
  Collection.prototype.reject = function (fn, ctx) { return this.models.filter(function (m, i, a) { return !fn.call(ctx, m, i, a); }); };
  Collection.prototype.contains = Collection.prototype.includes = function (m) { return this.models.indexOf(m) !== -1; };
  Collection.prototype.sortBy = function (attr) {
    var key = typeof attr === 'function' ? attr : function (m) { return m.get(attr); };
    return this.models.slice().sort(function (a, b) { var x = key(a), y = key(b); return x < y ? -1 : (x > y ? 1 : 0); });
  };
  Collection.extend = extend;

  var Backbone = {};
  Object.assign(Backbone, Events);
  Backbone.Events = Events;
  Backbone.Model = Model;
  Backbone.Collection = Collection;
  return Backbone;
})
