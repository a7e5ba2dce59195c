'use strict';
// Start-up benchmark payload: load a user script and a few built-in modules, print one line.
const path = require('path');
const { EventEmitter } = require('events');

const emitter = new EventEmitter();
emitter.on('greet', (name) => console.log(`hello, ${name} (${path.basename(__filename)})`));
emitter.emit('greet', 'world');
