'use strict';

// UTS #46 (IDNA compatibility processing) as the URL Standard parametrises it:
// nontransitional, CheckHyphens=false, CheckBidi=true, CheckJoiners=true,
// UseSTD3ASCIIRules=beStrict, VerifyDnsLength=beStrict. The tables come from
// lib/internal/url/idna_data.js (generated); NFC comes from V8's ICU.

const punycode = require('internal/url/punycode');

let tables;

function parseRanges(encoded) {
  const starts = [];
  const ends = [];
  const values = [];
  for (const item of encoded.split(',')) {
    const [a, b, v] = item.split('-');
    const start = parseInt(a, 36);
    starts.push(start);
    ends.push(b === '' ? start : parseInt(b, 36));
    values.push(v);
  }
  return { starts, ends, values };
}

function loadTables() {
  if (tables !== undefined) return tables;
  const data = require('internal/url/idna_data');
  const deltas = data.starts.split(',');
  const starts = new Int32Array(deltas.length);
  let cp = 0;
  for (let i = 0; i < deltas.length; i++) {
    cp += parseInt(deltas[i], 36);
    starts[i] = cp;
  }
  const mappingList = data.mappings.split(',');
  const mappings = new Array(deltas.length);
  let m = 0;
  for (let i = 0; i < deltas.length; i++) {
    const status = data.statuses[i];
    if (status === 'M' || status === 'D') {
      const item = mappingList[m++];
      mappings[i] = item === '' ? '' :
        String.fromCodePoint(...item.split(' ').map((x) => parseInt(x, 36)));
    }
  }
  tables = {
    starts,
    statuses: data.statuses,
    mappings,
    joining: parseRanges(data.joining),
    bidi: parseRanges(data.bidi),
    virama: new Set(data.virama.split(',').map((x) => parseInt(x, 36))),
  };
  return tables;
}

function findRow(starts, cp) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lookupRange(ranges, cp, fallback) {
  const { starts, ends, values } = ranges;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < starts[mid]) hi = mid - 1;
    else if (cp > ends[mid]) lo = mid + 1;
    else return values[mid];
  }
  return fallback;
}

function statusOf(cp) {
  const t = loadTables();
  return t.statuses[findRow(t.starts, cp)];
}

function bidiClass(cp) {
  return lookupRange(loadTables().bidi, cp, 'L');
}

function joiningType(cp) {
  return lookupRange(loadTables().joining, cp, 'U');
}

const isMark = /^\p{M}/u;
const rtlClasses = new Set(['R', 'AL', 'AN']);

function checkJoiners(cps) {
  const t = loadTables();
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c !== 0x200c && c !== 0x200d) continue;
    if (i > 0 && t.virama.has(cps[i - 1])) continue;
    if (c === 0x200d) return false;
    // ZWNJ: (L|D) T* ZWNJ T* (R|D)
    let j = i - 1;
    while (j >= 0 && joiningType(cps[j]) === 'T') j--;
    if (j < 0) return false;
    const before = joiningType(cps[j]);
    if (before !== 'L' && before !== 'D') return false;
    j = i + 1;
    while (j < cps.length && joiningType(cps[j]) === 'T') j++;
    if (j >= cps.length) return false;
    const after = joiningType(cps[j]);
    if (after !== 'R' && after !== 'D') return false;
  }
  return true;
}

// RFC 5893 section 2, rules 1-6.
function checkBidiLabel(cps) {
  if (cps.length === 0) return true;
  const first = bidiClass(cps[0]);
  if (first !== 'L' && first !== 'R' && first !== 'AL') return false;
  const rtl = first !== 'L';
  let end = cps.length - 1;
  while (end > 0 && bidiClass(cps[end]) === 'NSM') end--;
  const last = bidiClass(cps[end]);
  let hasEN = false;
  let hasAN = false;
  for (const cp of cps) {
    const cls = bidiClass(cp);
    if (rtl) {
      switch (cls) {
        case 'R': case 'AL': case 'ES': case 'CS': case 'ET': case 'ON': case 'BN':
        case 'NSM': break;
        case 'AN': hasAN = true; break;
        case 'EN': hasEN = true; break;
        default: return false;
      }
    } else {
      switch (cls) {
        case 'L': case 'EN': case 'ES': case 'CS': case 'ET': case 'ON': case 'BN':
        case 'NSM': break;
        default: return false;
      }
    }
  }
  if (rtl) {
    if (last !== 'R' && last !== 'AL' && last !== 'EN' && last !== 'AN') return false;
    if (hasEN && hasAN) return false;
  } else if (last !== 'L' && last !== 'EN') {
    return false;
  }
  return true;
}

function isASCII(s) {
  return /^[\x00-\x7f]*$/.test(s);
}

function validateLabel(label, cps, fromPunycode) {
  if (label !== label.normalize('NFC')) return false;
  if (fromPunycode && label.slice(0, 4).toLowerCase() === 'xn--') return false;
  if (label.includes('.')) return false;
  if (isMark.test(label)) return false;
  for (const cp of cps) {
    const status = statusOf(cp);
    if (status !== 'V' && status !== 'D') return false;
  }
  return checkJoiners(cps);
}

// UTS #46 Processing. Returns { labels (Unicode), ascii (labels as given or
// punycode), error }.
function processDomain(domain) {
  const t = loadTables();
  let mapped = '';
  let error = false;
  for (const ch of domain) {
    const cp = ch.codePointAt(0);
    const row = findRow(t.starts, cp);
    switch (t.statuses[row]) {
      case 'V': case 'D': mapped += ch; break;
      case 'M': mapped += t.mappings[row]; break;
      case 'I': break;
      default: mapped += ch; error = true;
    }
  }
  const labels = mapped.normalize('NFC').split('.');
  const unicodeLabels = [];
  let bidiDomain = false;
  const labelCps = [];
  for (const label of labels) {
    let unicode = label;
    let fromPunycode = false;
    if (label.slice(0, 4).toLowerCase() === 'xn--') {
      fromPunycode = true;
      if (!isASCII(label)) {
        error = true;
      } else {
        try {
          unicode = punycode.decode(label.slice(4));
        } catch {
          error = true;
        }
        if (unicode === '' || isASCII(unicode)) error = true;
      }
    }
    const cps = Array.from(unicode, (c) => c.codePointAt(0));
    if (!error && !validateLabel(unicode, cps, fromPunycode)) error = true;
    for (const cp of cps) {
      if (rtlClasses.has(bidiClass(cp))) bidiDomain = true;
    }
    unicodeLabels.push(unicode);
    labelCps.push(cps);
  }
  if (bidiDomain && !error) {
    for (const cps of labelCps) {
      if (!checkBidiLabel(cps)) {
        error = true;
        break;
      }
    }
  }
  return { labels, unicodeLabels, error };
}

// domain to ASCII of the URL Standard (without its forbidden code point check).
// Returns the ASCII domain, or null on failure.
function domainToASCIIInternal(domain, beStrict) {
  if (!beStrict && isASCII(domain) &&
      !domain.split('.').some((l) => l.slice(0, 4).toLowerCase() === 'xn--')) {
    return domain.toLowerCase();
  }
  const { labels, unicodeLabels, error } = processDomain(domain);
  if (error) return null;
  const out = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (isASCII(label)) {
      out.push(label);
    } else {
      try {
        out.push('xn--' + punycode.encode(unicodeLabels[i]));
      } catch {
        return null;
      }
    }
  }
  const result = out.join('.');
  if (beStrict && (result.length > 253 || out.some((l) => l.length > 63 || l === ''))) {
    return null;
  }
  return result;
}

// UTS #46 ToUnicode. Returns null when processing recorded an error.
function domainToUnicodeInternal(domain) {
  const { unicodeLabels, error } = processDomain(domain);
  if (error) return null;
  return unicodeLabels.join('.');
}

module.exports = { domainToASCIIInternal, domainToUnicodeInternal };
