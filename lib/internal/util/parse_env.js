'use strict';

// util.parseEnv(content): the .env format read by --env-file. KEY=value per
// line, `export ` prefixes, # comments, values quoted with ', " or ` (double
// quotes may span lines and turn \n into newlines), unquoted values end at #.
// The rules, quirks included, follow Node 20's parser.

function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && (str[start] === ' ' || str[start] === '\t')) start++;
  while (end > start && (str[end - 1] === ' ' || str[end - 1] === '\t')) end--;
  return str.slice(start, end);
}

function parseEnv(input) {
  const store = {};
  let content = input.replace(/\r/g, '');

  while (true) {
    content = trimSpaces(content);
    if (content.length === 0) break;

    // Empty lines and comment lines.
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      if (newline !== -1) {
        content = content.slice(newline + 1);
        continue;
      }
    }

    const equals = content.indexOf('=');
    if (equals === -1) break;
    let key = trimSpaces(content.slice(0, equals));
    content = content.slice(equals + 1);
    if (key.length === 0) break;
    if (key.startsWith('export ')) key = trimSpaces(key.slice(7));

    content = trimSpaces(content);
    if (content.length === 0) {
      store[key] = '';
      break;
    }

    const quote = content[0];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = content.indexOf(quote, 1);
      if (closing === -1) {
        // No closing quote: the rest of the line, quote included, is the value.
        const newline = content.indexOf('\n');
        if (newline !== -1) {
          store[key] = content.slice(0, newline);
          content = content.slice(newline);
        } else {
          store[key] = content;
          content = '';
        }
        continue;
      }
      let value = content.slice(1, closing);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
      store[key] = value;
      // Anything after the closing quote on that line is ignored.
      const newline = content.indexOf('\n', closing + 1);
      content = newline === -1 ? '' : content.slice(newline + 1);
      continue;
    }

    const newline = content.indexOf('\n');
    let value;
    if (newline !== -1) {
      value = content.slice(0, newline);
      content = content.slice(newline);
    } else {
      value = content;
      content = '';
    }
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    store[key] = trimSpaces(value);
  }
  return store;
}

module.exports = {
  parseEnv,
};
