#!/usr/bin/env node
// Runs a collection with Newman as a library and writes the console.warn
// messages of every item (keyed by item name) as JSON: Newman's JSON report
// has no console output, and the script conformance suite compares the
// sandbox's deprecation warnings. Used by
// internal/scriptconformance/cmd/record-scripts; needs NODE_PATH to point at
// the node_modules directory holding newman.
//
// Usage: node newman-console.js OUT.json COLLECTION [-e ENV] [-g GLOBALS] [-d DATA]
'use strict';

const fs = require('fs');
const newman = require('newman');

const args = process.argv.slice(2);
const out = args.shift();
const options = { collection: args.shift(), reporters: [] };
const flags = { '-e': 'environment', '-g': 'globals', '-d': 'iterationData' };

for (let i = 0; i < args.length; i += 2) {
    if (!flags[args[i]]) {
        console.error(`newman-console: unknown flag ${args[i]}`);
        process.exit(2);
    }
    options[flags[args[i]]] = args[i + 1];
}

const warnings = {};
let current = '';

newman.run(options)
    .on('beforeItem', (err, o) => { current = o && o.item ? o.item.name : ''; })
    .on('console', (err, o) => {
        if (!o || o.level !== 'warn') { return; }
        (warnings[current] = warnings[current] || []).push(o.messages.map(String).join(' '));
    })
    .on('done', (err) => {
        if (err) { console.error('newman-console:', err.message); }
        fs.writeFileSync(out, JSON.stringify(warnings, null, 2));
        process.exit(err ? 1 : 0);
    });
