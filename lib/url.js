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
  formatURL,
} = require('internal/url');
const { Url, urlParse } = require('internal/url/legacy');
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
    return formatURL(urlObject.href, fragment, unicode, search, auth);
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
