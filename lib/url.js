'use strict';

// The url module: the WHATWG URL API and the legacy url.parse()/format()/resolve().

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  URL,
  URLSearchParams,
  isURL,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
} = require('internal/url');
const { Url, urlParse } = require('internal/url/legacy');
const { basicParse, serializeURL } = require('internal/url/parser');
const { domainToUnicodeInternal } = require('internal/url/idna');

// format() of a WHATWG URL, with parts left out or the host in Unicode.
function formatWhatwg(href, fragment, unicode, search, auth) {
  const record = basicParse(href);
  if (record === null) return href;
  if (!fragment) record.fragment = null;
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  if (unicode && record.host !== null && record.host[0] !== '[') {
    record.host = domainToUnicodeInternal(record.host) ?? record.host;
  }
  return serializeURL(record);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
