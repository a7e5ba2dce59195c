'use strict';

// `require('process')` / `import process from 'node:process'`: the process object.
module.exports = process;
