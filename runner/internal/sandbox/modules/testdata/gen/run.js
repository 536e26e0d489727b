// Shared driver for the vector generators: evaluates each case's code with
// the real library bound to `lib` and records JSON.stringify of the result.
// Usage: NODE_PATH=<dir with node_modules> node <generator>.js > ../<name>.json
'use strict';
module.exports = function (libName, lib, cases, extra) {
  var out = [];
  cases.forEach(function (code) {
    var want, err = null;
    try {
      var f = new Function('lib', 'extra', 'return (' + code + ');');
      want = JSON.stringify(f(lib, extra));
    } catch (e) {
      err = String(e && e.message);
    }
    out.push(err === null ? { code: code, want: want === undefined ? null : want } : { code: code, error: err });
  });
  process.stdout.write(JSON.stringify({ library: libName, cases: out }, null, 1) + '\n');
};
