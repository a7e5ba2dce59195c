// Byte encoders and decoders behind Buffer; see encoding.h.
#include "util/encoding.h"

#include <algorithm>
#include <cstring>

namespace rt {
namespace encoding {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr uint8_t kInvalid = 0xff;

// Byte -> value for hex digits and for both base64 alphabets; kInvalid elsewhere.
struct Tables {
  uint8_t hex[256];
  uint8_t base64[256];
  constexpr Tables() : hex(), base64() {
    for (int i = 0; i < 256; i++) hex[i] = base64[i] = kInvalid;
    for (int i = 0; i < 10; i++) hex['0' + i] = static_cast<uint8_t>(i);
    for (int i = 0; i < 6; i++) {
      hex['a' + i] = static_cast<uint8_t>(10 + i);
      hex['A' + i] = static_cast<uint8_t>(10 + i);
    }
    for (int i = 0; i < 64; i++) {
      base64[static_cast<uint8_t>(kBase64Alphabet[i])] = static_cast<uint8_t>(i);
      base64[static_cast<uint8_t>(kBase64UrlAlphabet[i])] = static_cast<uint8_t>(i);
    }
  }
};
constexpr Tables kTables;

// Every byte as two hex digits, and every 12 bits as two base64 characters, so the
// encoders do one lookup per output pair.
struct PairTables {
  char hex[256][2];
  char base64[4096][2];
  char base64url[4096][2];
  constexpr PairTables() : hex(), base64(), base64url() {
    for (int i = 0; i < 256; i++) {
      hex[i][0] = kHexDigits[i >> 4];
      hex[i][1] = kHexDigits[i & 15];
    }
    for (int i = 0; i < 4096; i++) {
      base64[i][0] = kBase64Alphabet[i >> 6];
      base64[i][1] = kBase64Alphabet[i & 63];
      base64url[i][0] = kBase64UrlAlphabet[i >> 6];
      base64url[i][1] = kBase64UrlAlphabet[i & 63];
    }
  }
};
constexpr PairTables kPairs;

// Each base64 character's sextet pre-shifted into its place in a 24-bit group, or
// kBad, so a group of four decodes with four lookups, three ORs and one test.
constexpr uint32_t kBad = 0x01000000;
struct ShiftedTables {
  uint32_t d[4][256];
  constexpr ShiftedTables() : d() {
    for (int c = 0; c < 256; c++) {
      uint8_t v = Tables().base64[c];
      for (int k = 0; k < 4; k++) {
        d[k][c] = v == kInvalid ? kBad : uint32_t{v} << (18 - 6 * k);
      }
    }
  }
};
constexpr ShiftedTables kShifted;

inline uint64_t Load64(const uint8_t* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

}  // namespace

bool IsAscii(const uint8_t* data, size_t length) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= length; i += 8) acc |= Load64(data + i);
  for (; i < length; i++) acc |= data[i];
  return (acc & 0x8080808080808080ULL) == 0;
}

bool IsUtf8(const uint8_t* data, size_t length) {
  size_t i = 0;
  while (i < length) {
    if (i + 8 <= length && (Load64(data + i) & 0x8080808080808080ULL) == 0) {
      i += 8;
      continue;
    }
    uint8_t c = data[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t need;
    uint8_t lo = 0x80, hi = 0xbf;  // Range of the first continuation byte.
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c == 0xe0) lo = 0xa0;  // Overlong.
      if (c == 0xed) hi = 0x9f;  // Surrogates.
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c == 0xf0) lo = 0x90;  // Overlong.
      if (c == 0xf4) hi = 0x8f;  // Above U+10FFFF.
    } else {
      return false;
    }
    if (length - i <= need) return false;
    if (data[i + 1] < lo || data[i + 1] > hi) return false;
    for (size_t k = 2; k <= need; k++) {
      if ((data[i + k] & 0xc0) != 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

void HexEncode(const uint8_t* data, size_t length, char* out) {
  for (size_t i = 0; i < length; i++) memcpy(out + 2 * i, kPairs.hex[data[i]], 2);
}

template <typename Char>
size_t HexDecode(const Char* src, size_t length, uint8_t* out, size_t capacity) {
  size_t n = std::min(capacity, length / 2);
  for (size_t i = 0; i < n; i++) {
    // kInvalid has bits above the nibble, so one test covers both digits.
    unsigned a = kTables.hex[static_cast<uint8_t>(src[2 * i])];
    unsigned b = kTables.hex[static_cast<uint8_t>(src[2 * i + 1])];
    if ((a | b) & 0xf0) return i;
    out[i] = static_cast<uint8_t>((a << 4) | b);
  }
  return n;
}

size_t Base64EncodedLength(size_t length, bool url) {
  if (!url) return (length + 2) / 3 * 4;
  return length / 3 * 4 + (length % 3 == 0 ? 0 : length % 3 + 1);
}

size_t Base64Encode(const uint8_t* data, size_t length, char* out, bool url) {
  const char* alphabet = url ? kBase64UrlAlphabet : kBase64Alphabet;
  const char(*pairs)[2] = url ? kPairs.base64url : kPairs.base64;
  size_t i = 0, k = 0;
  for (; i + 3 <= length; i += 3, k += 4) {
    uint32_t v = (uint32_t{data[i]} << 16) | (uint32_t{data[i + 1]} << 8) | data[i + 2];
    memcpy(out + k, pairs[v >> 12], 2);
    memcpy(out + k + 2, pairs[v & 4095], 2);
  }
  size_t rest = length - i;
  if (rest > 0) {
    uint32_t v = uint32_t{data[i]} << 16;
    if (rest == 2) v |= uint32_t{data[i + 1]} << 8;
    out[k++] = alphabet[v >> 18];
    out[k++] = alphabet[(v >> 12) & 63];
    if (rest == 2) out[k++] = alphabet[(v >> 6) & 63];
    if (!url) {
      if (rest == 1) out[k++] = '=';
      out[k++] = '=';
    }
  }
  return k;
}

template <typename Char>
size_t Base64DecodedLength(const Char* src, size_t length) {
  if (length < 2) return 0;
  if (src[length - 1] == '=') {
    length--;
    if (src[length - 1] == '=') length--;
  }
  return length / 4 * 3 + (length % 4 + 1) / 2;
}

template <typename Char>
size_t Base64Decode(const Char* src, size_t length, uint8_t* out, size_t capacity) {
  size_t k = 0;
  size_t i = 0;
  // Whole groups of four valid characters first; anything else goes the slow way.
  while (i + 4 <= length && k + 3 <= capacity) {
    uint32_t v = kShifted.d[0][static_cast<uint8_t>(src[i])] |
                 kShifted.d[1][static_cast<uint8_t>(src[i + 1])] |
                 kShifted.d[2][static_cast<uint8_t>(src[i + 2])] |
                 kShifted.d[3][static_cast<uint8_t>(src[i + 3])];
    if (v & kBad) break;
    out[k] = static_cast<uint8_t>(v >> 16);
    out[k + 1] = static_cast<uint8_t>(v >> 8);
    out[k + 2] = static_cast<uint8_t>(v);
    k += 3;
    i += 4;
  }
  unsigned have = 0;  // Sextets of the current group seen so far.
  uint8_t prev = 0;
  for (; i < length && k < capacity; i++) {
    uint8_t ch = static_cast<uint8_t>(src[i]);
    uint8_t v = kTables.base64[ch];
    if (v == kInvalid) {
      if (ch == '=') break;
      continue;
    }
    switch (have) {
      case 0:
        break;
      case 1:
        out[k++] = static_cast<uint8_t>((prev << 2) | (v >> 4));
        break;
      case 2:
        out[k++] = static_cast<uint8_t>((prev << 4) | (v >> 2));
        break;
      case 3:
        out[k++] = static_cast<uint8_t>((prev << 6) | v);
        break;
    }
    have = (have + 1) & 3;
    prev = v;
  }
  return k;
}

void AsciiDecode(const uint8_t* data, size_t length, uint8_t* out) {
  for (size_t i = 0; i < length; i++) out[i] = data[i] & 0x7f;
}

void Ucs2Encode(const uint16_t* src, size_t units, uint8_t* out) {
  for (size_t i = 0; i < units; i++) {
    out[2 * i] = static_cast<uint8_t>(src[i]);
    out[2 * i + 1] = static_cast<uint8_t>(src[i] >> 8);
  }
}

void Ucs2Decode(const uint8_t* data, size_t units, uint16_t* out) {
  for (size_t i = 0; i < units; i++) {
    out[i] = static_cast<uint16_t>(data[2 * i] | (data[2 * i + 1] << 8));
  }
}

void Swap16(uint8_t* data, size_t length) {
  for (size_t i = 0; i + 2 <= length; i += 2) {
    uint8_t t = data[i];
    data[i] = data[i + 1];
    data[i + 1] = t;
  }
}

void Swap32(uint8_t* data, size_t length) {
  for (size_t i = 0; i + 4 <= length; i += 4) {
    uint32_t v;
    memcpy(&v, data + i, 4);
    v = __builtin_bswap32(v);
    memcpy(data + i, &v, 4);
  }
}

void Swap64(uint8_t* data, size_t length) {
  for (size_t i = 0; i + 8 <= length; i += 8) {
    uint64_t v;
    memcpy(&v, data + i, 8);
    v = __builtin_bswap64(v);
    memcpy(data + i, &v, 8);
  }
}

template size_t HexDecode(const uint8_t*, size_t, uint8_t*, size_t);
template size_t HexDecode(const uint16_t*, size_t, uint8_t*, size_t);
template size_t Base64DecodedLength(const uint8_t*, size_t);
template size_t Base64DecodedLength(const uint16_t*, size_t);
template size_t Base64Decode(const uint8_t*, size_t, uint8_t*, size_t);
template size_t Base64Decode(const uint16_t*, size_t, uint8_t*, size_t);

}  // namespace encoding
}  // namespace rt
