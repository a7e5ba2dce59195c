// undici 6.24.1 lib/web/fetch/symbols.js (MIT, see LICENSE); only its require() ids changed, to rt's lib ids.
'use strict'

module.exports = {
  kUrl: Symbol('url'),
  kHeaders: Symbol('headers'),
  kSignal: Symbol('signal'),
  kState: Symbol('state'),
  kDispatcher: Symbol('dispatcher')
}
