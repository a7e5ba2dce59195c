'use strict';

// cluster: the primary's side or the worker's, decided at start-up (a worker is a
// process cluster.fork() started, with NODE_UNIQUE_ID in its environment).

const childOrPrimary = process.env.NODE_UNIQUE_ID ? 'child' : 'primary';
module.exports = require(`internal/cluster/${childOrPrimary}`);
