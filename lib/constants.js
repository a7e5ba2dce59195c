'use strict';

// The deprecated public `constants` module: one frozen object holding the
// os (dlopen, errno, priority, signals), fs and crypto constants.

const { os, fs } = internalBinding('constants');
const { constants: cryptoConstants } = internalBinding('crypto');

Object.assign(exports, os.dlopen, os.errno, os.priority, os.signals, fs,
              cryptoConstants);
Object.freeze(exports);
