'use strict';

// JSStreamSocket: the net.Socket that stands for a Duplex that is not a socket, as the
// parent of a TLS connection over it (new tls.TLSSocket(duplex), tls.connect({ socket:
// duplex })). It has no handle of its own: lib/_tls_wrap.js moves the encrypted bytes
// between `stream` and OpenSSL (the TLS handle's JS-parent mode, doc/internals.md).

const net = require('net');

class JSStreamSocket extends net.Socket {
  constructor(stream) {
    super();
    this.stream = stream;
  }
}

module.exports = JSStreamSocket;
