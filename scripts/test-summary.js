'use strict';
// Prints jest's totals as one plain line ("jest: N passed, N failed, N skipped") for CI logs that read it.
const fs = require('node:fs');

const file = process.argv[2];
const results = JSON.parse(fs.readFileSync(file, 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
process.exit(results.success && results.numTotalTests > 0 ? 0 : 1);
