'use strict';
// The process exits when only unrefed timers and immediates remain.
const common = require('../common');

setTimeout(common.mustNotCall(), 1000).unref();
setInterval(common.mustNotCall(), 1000).unref();
setImmediate(common.mustNotCall()).unref();
process.on('exit', common.mustCall());
