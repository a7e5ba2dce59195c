'use strict';
// rt's entry into the bundled undici 6.24.1 (lib/ beside this file): the part of the
// package's index-fetch.js that Node 20 uses for its fetch globals. WebSocket,
// EventSource and the websocket events are left out (Node 20 does not expose them
// without a flag).

const { getGlobalDispatcher, setGlobalDispatcher } = require('internal/deps/undici/lib/global');
const EnvHttpProxyAgent = require('internal/deps/undici/lib/dispatcher/env-http-proxy-agent');
const fetchImpl = require('internal/deps/undici/lib/web/fetch/index').fetch;

function fetch(resource, init = undefined) {
  return fetchImpl(resource, init).catch((err) => {
    if (err && typeof err === 'object') {
      Error.captureStackTrace(err);
    }
    throw err;
  });
}

// The global dispatcher is shared with user-installed undici through a global symbol,
// so the Agent created here must carry the request()/stream()/... API too.
const Dispatcher = require('internal/deps/undici/lib/dispatcher/dispatcher');
Object.assign(Dispatcher.prototype, require('internal/deps/undici/lib/api/index'));

module.exports = {
  fetch,
  FormData: require('internal/deps/undici/lib/web/fetch/formdata').FormData,
  Headers: require('internal/deps/undici/lib/web/fetch/headers').Headers,
  Response: require('internal/deps/undici/lib/web/fetch/response').Response,
  Request: require('internal/deps/undici/lib/web/fetch/request').Request,
  EnvHttpProxyAgent,
  getGlobalDispatcher,
  setGlobalDispatcher,
};
