// Byte encoders and decoders behind Buffer; see encoding.h.
#include "util/encoding.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

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

#if defined(__x86_64__)
// AVX2 decoding of 32 characters into 24 bytes per step (both alphabets), chosen at
// run time. Stops at the first block with a character outside the alphabets (or
// when fewer than 32 characters or 32 bytes of room remain); the caller goes on
// from *consumed / the returned byte count.
__attribute__((target("avx2"))) size_t Base64DecodeAvx2(const uint8_t* src, size_t length,
                                                        uint8_t* out, size_t capacity,
                                                        size_t* consumed) {
  size_t i = 0, k = 0;
  const __m256i upper_lo = _mm256_set1_epi8('A' - 1), upper_hi = _mm256_set1_epi8('Z' + 1);
  const __m256i lower_lo = _mm256_set1_epi8('a' - 1), lower_hi = _mm256_set1_epi8('z' + 1);
  const __m256i digit_lo = _mm256_set1_epi8('0' - 1), digit_hi = _mm256_set1_epi8('9' + 1);
  const __m256i plus = _mm256_set1_epi8('+'), minus = _mm256_set1_epi8('-');
  const __m256i slash = _mm256_set1_epi8('/'), underscore = _mm256_set1_epi8('_');
  const __m256i pack_pairs = _mm256_set1_epi32(0x01400140);
  const __m256i pack_quads = _mm256_set1_epi32(0x00011000);
  const __m256i order = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2,
                                         1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
  while (i + 32 <= length && k + 32 <= capacity) {
    __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    // Bytes >= 0x80 compare as negative and fall in no range.
    __m256i is_upper =
        _mm256_and_si256(_mm256_cmpgt_epi8(c, upper_lo), _mm256_cmpgt_epi8(upper_hi, c));
    __m256i is_lower =
        _mm256_and_si256(_mm256_cmpgt_epi8(c, lower_lo), _mm256_cmpgt_epi8(lower_hi, c));
    __m256i is_digit =
        _mm256_and_si256(_mm256_cmpgt_epi8(c, digit_lo), _mm256_cmpgt_epi8(digit_hi, c));
    __m256i is_62 = _mm256_or_si256(_mm256_cmpeq_epi8(c, plus), _mm256_cmpeq_epi8(c, minus));
    __m256i is_63 = _mm256_or_si256(_mm256_cmpeq_epi8(c, slash), _mm256_cmpeq_epi8(c, underscore));
    __m256i valid = _mm256_or_si256(_mm256_or_si256(is_upper, is_lower),
                                    _mm256_or_si256(is_digit, _mm256_or_si256(is_62, is_63)));
    if (_mm256_movemask_epi8(valid) != -1) break;
    // value = c + shift, the shift chosen by the character's class.
    __m256i shift = _mm256_and_si256(is_upper, _mm256_set1_epi8(-65));
    shift = _mm256_or_si256(shift, _mm256_and_si256(is_lower, _mm256_set1_epi8(-71)));
    shift = _mm256_or_si256(shift, _mm256_and_si256(is_digit, _mm256_set1_epi8(4)));
    __m256i values = _mm256_add_epi8(c, shift);
    values = _mm256_blendv_epi8(values, _mm256_set1_epi8(62), is_62);
    values = _mm256_blendv_epi8(values, _mm256_set1_epi8(63), is_63);
    // Four sextets -> one 24-bit group per 32-bit lane, then the bytes in order.
    __m256i pairs = _mm256_maddubs_epi16(values, pack_pairs);
    __m256i quads = _mm256_madd_epi16(pairs, pack_quads);
    __m256i bytes = _mm256_shuffle_epi8(quads, order);
    bytes = _mm256_permutevar8x32_epi32(bytes, lanes);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + k), bytes);
    i += 32;
    k += 24;
  }
  *consumed = i;
  return k;
}

// AVX-512 VBMI base64 (after Mula and Lemire, "Base64 encoding and decoding at almost
// the speed of a memory copy"): 48 bytes <-> 64 characters per step, with masked loads
// and stores so that nothing is read or written past the caller's bounds.
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) size_t Base64EncodeAvx512(
    const uint8_t* data, size_t length, char* out, const char* alphabet, size_t* consumed) {
  // Each 32-bit lane gets the bytes [b1, b0, b2, b1] of its 3-byte group, from which
  // multishift picks the four 6-bit fields.
  const __m512i spread =
      _mm512_setr_epi32(0x01020001, 0x04050304, 0x07080607, 0x0a0b090a, 0x0d0e0c0d, 0x10110f10,
                        0x13141213, 0x16171516, 0x191a1819, 0x1c1d1b1c, 0x1f201e1f, 0x22232122,
                        0x25262425, 0x28292728, 0x2b2c2a2b, 0x2e2f2d2e);
  const __m512i shifts = _mm512_set1_epi64(0x3036242a1016040aLL);
  const __m512i table = _mm512_loadu_si512(alphabet);
  const __mmask64 in_mask = 0x0000ffffffffffffULL;
  size_t i = 0, k = 0;
  for (; i + 48 <= length; i += 48, k += 64) {
    __m512i v = _mm512_maskz_loadu_epi8(in_mask, data + i);
    __m512i indices = _mm512_multishift_epi64_epi8(shifts, _mm512_permutexvar_epi8(spread, v));
    _mm512_storeu_si512(out + k, _mm512_permutexvar_epi8(indices, table));
  }
  *consumed = i;
  return k;
}

// Characters 0..127 -> sextet (both alphabets), 0x80 for everything else.
struct DecodeTable128 {
  alignas(64) uint8_t v[128];
  constexpr DecodeTable128() : v() {
    Tables t;
    for (int c = 0; c < 128; c++) v[c] = t.base64[c] == kInvalid ? 0x80 : t.base64[c];
  }
};
constexpr DecodeTable128 kDecode128;

__attribute__((target("avx512f,avx512bw,avx512vbmi"))) size_t Base64DecodeAvx512(
    const uint8_t* src, size_t length, uint8_t* out, size_t capacity, size_t* consumed) {
  const __m512i lookup_lo = _mm512_load_si512(kDecode128.v);
  const __m512i lookup_hi = _mm512_load_si512(kDecode128.v + 64);
  const __m512i pack_pairs = _mm512_set1_epi32(0x01400140);
  const __m512i pack_quads = _mm512_set1_epi32(0x00011000);
  // Output byte j is byte 2 - j % 3 of 32-bit lane j / 3.
  alignas(64) uint8_t order_bytes[64];
  for (int j = 0; j < 64; j++)
    order_bytes[j] = static_cast<uint8_t>(j < 48 ? (j / 3) * 4 + 2 - j % 3 : 0);
  const __m512i order = _mm512_load_si512(order_bytes);
  const __mmask64 out_mask = 0x0000ffffffffffffULL;
  size_t i = 0, k = 0;
  while (i + 64 <= length && k + 48 <= capacity) {
    __m512i c = _mm512_loadu_si512(src + i);
    __m512i values = _mm512_permutex2var_epi8(lookup_lo, c, lookup_hi);
    // A character >= 0x80 or outside the alphabets sets bit 7 of one or the other.
    if (_mm512_movepi8_mask(_mm512_or_si512(values, c)) != 0) break;
    __m512i quads = _mm512_madd_epi16(_mm512_maddubs_epi16(values, pack_pairs), pack_quads);
    _mm512_mask_storeu_epi8(out + k, out_mask, _mm512_permutexvar_epi8(order, quads));
    i += 64;
    k += 48;
  }
  *consumed = i;
  return k;
}

bool HasAvx512Vbmi() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                          __builtin_cpu_supports("avx512vbmi");
  return has;
}

bool HasAvx512Utf() {
  static const bool has = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                          __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("bmi2");
  return has;
}

// UTF-16 -> UTF-8, 16 units per step without surrogates: each unit becomes a 32-bit
// lane holding its 1-3 bytes, and a compress keeps the bytes in use. Stops at a block
// with a surrogate (or when fewer than 16 units or 64 bytes of room remain).
__attribute__((target("avx512f,avx512bw,avx512vbmi2,bmi2,popcnt"))) size_t Utf16ToUtf8Avx512(
    const uint16_t* src, size_t units, uint8_t* out, size_t capacity, size_t* consumed) {
  size_t i = 0, k = 0;
  const __m512i x3f = _mm512_set1_epi32(0x3f), x80 = _mm512_set1_epi32(0x80);
  while (i + 16 <= units && k + 64 <= capacity) {
    __m256i raw = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    if (i + 32 <= units) {
      // A fast path for 32 ASCII units.
      __m512i wide = _mm512_loadu_si512(src + i);
      if (_mm512_cmpge_epu16_mask(wide, _mm512_set1_epi16(0x80)) == 0) {
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + k), _mm512_cvtepi16_epi8(wide));
        i += 32;
        k += 32;
        continue;
      }
    }
    __m512i v = _mm512_cvtepu16_epi32(raw);
    __mmask16 surrogate = _mm512_cmpeq_epi32_mask(_mm512_and_si512(v, _mm512_set1_epi32(0xf800)),
                                                  _mm512_set1_epi32(0xd800));
    if (surrogate != 0) break;
    __mmask16 two = _mm512_cmpge_epu32_mask(v, _mm512_set1_epi32(0x80));
    __mmask16 three = _mm512_cmpge_epu32_mask(v, _mm512_set1_epi32(0x800));
    __m512i last = _mm512_or_si512(_mm512_and_si512(v, x3f), x80);
    __m512i middle = _mm512_or_si512(_mm512_and_si512(_mm512_srli_epi32(v, 6), x3f), x80);
    __m512i lead2 = _mm512_or_si512(_mm512_srli_epi32(v, 6), _mm512_set1_epi32(0xc0));
    __m512i lead3 = _mm512_or_si512(_mm512_srli_epi32(v, 12), _mm512_set1_epi32(0xe0));
    __m512i word2 = _mm512_or_si512(lead2, _mm512_slli_epi32(last, 8));
    __m512i word3 = _mm512_or_si512(_mm512_or_si512(lead3, _mm512_slli_epi32(middle, 8)),
                                    _mm512_slli_epi32(last, 16));
    __m512i word = _mm512_mask_blend_epi32(two, v, word2);
    word = _mm512_mask_blend_epi32(three, word, word3);
    uint64_t keep = 0x1111111111111111ULL | _pdep_u64(two, 0x2222222222222222ULL) |
                    _pdep_u64(three, 0x4444444444444444ULL);
    __m512i packed = _mm512_maskz_compress_epi8(keep, word);
    size_t n = static_cast<size_t>(__builtin_popcountll(keep));
    _mm512_mask_storeu_epi8(out + k, n == 64 ? ~0ULL : (1ULL << n) - 1, packed);
    i += 16;
    k += n;
  }
  *consumed = i;
  return k;
}

// The UTF-8 length of the units before the first 32-unit block with a surrogate.
__attribute__((target("avx512f,avx512bw,popcnt"))) size_t Utf8LengthAvx512(const uint16_t* src,
                                                                    size_t units,
                                                                    size_t* consumed) {
  size_t i = 0, length = 0;
  for (; i + 32 <= units; i += 32) {
    __m512i v = _mm512_loadu_si512(src + i);
    __mmask32 surrogate = _mm512_cmpeq_epi16_mask(
        _mm512_and_si512(v, _mm512_set1_epi16(static_cast<int16_t>(0xf800))),
        _mm512_set1_epi16(static_cast<int16_t>(0xd800)));
    if (surrogate != 0) break;
    __mmask32 two = _mm512_cmpge_epu16_mask(v, _mm512_set1_epi16(0x80));
    __mmask32 three = _mm512_cmpge_epu16_mask(v, _mm512_set1_epi16(0x800));
    length += 32 + static_cast<size_t>(__builtin_popcount(two)) +
              static_cast<size_t>(__builtin_popcount(three));
  }
  *consumed = i;
  return length;
}

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}
#endif
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
#if defined(__x86_64__)
  if (length >= 48 && HasAvx512Vbmi()) k = Base64EncodeAvx512(data, length, out, alphabet, &i);
#endif
  // Six bytes at a time: one 8-byte load (2 bytes past the group must exist), four
  // 12-bit lookups, one 8-byte store.
  for (; i + 8 <= length; i += 6, k += 8) {
    uint64_t v = __builtin_bswap64(Load64(data + i)) >> 16;  // The 48 bits, big-endian.
    char group[8];
    memcpy(group, pairs[(v >> 36) & 4095], 2);
    memcpy(group + 2, pairs[(v >> 24) & 4095], 2);
    memcpy(group + 4, pairs[(v >> 12) & 4095], 2);
    memcpy(group + 6, pairs[v & 4095], 2);
    memcpy(out + k, group, 8);
  }
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
#if defined(__x86_64__)
  if (sizeof(Char) == 1 && length >= 64) {
    const uint8_t* bytes = reinterpret_cast<const uint8_t*>(src);
    if (HasAvx512Vbmi()) {
      k = Base64DecodeAvx512(bytes, length, out, capacity, &i);
    }
    // The AVX2 loop also picks up after an AVX-512 block it could not take.
    if (HasAvx2()) {
      size_t used = 0;
      k += Base64DecodeAvx2(bytes + i, length - i, out + k, capacity - k, &used);
      i += used;
    }
  }
#endif
  // Whole groups of four valid characters first; anything else goes the slow way.
  // Two groups per step, stored with one 8-byte write while there is room for it.
  while (i + 8 <= length && k + 8 <= capacity) {
    uint32_t a = kShifted.d[0][static_cast<uint8_t>(src[i])] |
                 kShifted.d[1][static_cast<uint8_t>(src[i + 1])] |
                 kShifted.d[2][static_cast<uint8_t>(src[i + 2])] |
                 kShifted.d[3][static_cast<uint8_t>(src[i + 3])];
    uint32_t b = kShifted.d[0][static_cast<uint8_t>(src[i + 4])] |
                 kShifted.d[1][static_cast<uint8_t>(src[i + 5])] |
                 kShifted.d[2][static_cast<uint8_t>(src[i + 6])] |
                 kShifted.d[3][static_cast<uint8_t>(src[i + 7])];
    if ((a | b) & kBad) break;
    uint64_t v = (uint64_t{a} << 40) | (uint64_t{b} << 16);
    v = __builtin_bswap64(v);
    memcpy(out + k, &v, 8);
    k += 6;
    i += 8;
  }
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

size_t Utf8LengthFromLatin1(const uint8_t* src, size_t length) {
  size_t extra = 0, i = 0;
  // Each byte >= 0x80 takes two bytes in UTF-8. The high bits of 8 bytes are summed
  // with a multiply (popcount is not in the baseline x86-64 rt is built for, and GCC
  // would call libgcc's __popcountdi2 for it).
  for (; i + 8 <= length; i += 8) {
    uint64_t high = (Load64(src + i) & 0x8080808080808080ULL) >> 7;
    extra += static_cast<size_t>((high * 0x0101010101010101ULL) >> 56);
  }
  for (; i < length; i++) extra += src[i] >> 7;
  return length + extra;
}

size_t Latin1ToUtf8(const uint8_t* src, size_t length, uint8_t* out) {
  size_t i = 0, k = 0;
  while (i < length) {
    if (i + 8 <= length) {
      uint64_t v = Load64(src + i);
      if ((v & 0x8080808080808080ULL) == 0) {
        memcpy(out + k, &v, 8);
        i += 8;
        k += 8;
        continue;
      }
    }
    uint8_t c = src[i++];
    if (c < 0x80) {
      out[k++] = c;
    } else {
      out[k++] = static_cast<uint8_t>(0xc0 | (c >> 6));
      out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3f));
    }
  }
  return k;
}

namespace {

inline uint64_t Load64Units(const uint16_t* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

constexpr uint64_t kNonAsciiUnits = 0xff80ff80ff80ff80ULL;

inline bool IsHighSurrogate(uint16_t c) {
  return (c & 0xfc00) == 0xd800;
}
inline bool IsLowSurrogate(uint16_t c) {
  return (c & 0xfc00) == 0xdc00;
}

}  // namespace

size_t Utf8LengthFromUtf16(const uint16_t* src, size_t units) {
  size_t length = 0, i = 0;
  while (i < units) {
#if defined(__x86_64__)
    if (i + 32 <= units && HasAvx512Utf()) {
      size_t used = 0;
      length += Utf8LengthAvx512(src + i, units - i, &used);
      i += used;
      if (i + 32 > units) continue;
      // A block with a surrogate: the scalar loop below takes it.
      size_t block_end = i + 32;
      while (i < block_end) {
        uint16_t c = src[i++];
        if (c < 0x80) {
          length += 1;
        } else if (c < 0x800) {
          length += 2;
        } else if (IsHighSurrogate(c) && i < units && IsLowSurrogate(src[i])) {
          length += 4;
          i++;
        } else {
          length += 3;
        }
      }
      continue;
    }
#endif
    if (i + 4 <= units && (Load64Units(src + i) & kNonAsciiUnits) == 0) {
      length += 4;
      i += 4;
      continue;
    }
    uint16_t c = src[i++];
    if (c < 0x80) {
      length += 1;
    } else if (c < 0x800) {
      length += 2;
    } else if (IsHighSurrogate(c) && i < units && IsLowSurrogate(src[i])) {
      length += 4;
      i++;
    } else {
      length += 3;  // Including a lone surrogate, written as U+FFFD.
    }
  }
  return length;
}

size_t Utf16ToUtf8(const uint16_t* src, size_t units, uint8_t* out, size_t capacity) {
  size_t i = 0, k = 0;
#if defined(__x86_64__)
  const bool simd = units >= 16 && HasAvx512Utf();
  size_t scalar_until = 0;  // After a block the vector loop refused, go scalar past it.
#endif
  while (i < units) {
#if defined(__x86_64__)
    if (simd && i >= scalar_until && i + 16 <= units) {
      size_t used = 0;
      k += Utf16ToUtf8Avx512(src + i, units - i, out + k, capacity - k, &used);
      i += used;
      scalar_until = i + 16;
      if (i >= units) break;
    }
#endif
    if (i + 4 <= units) {
      uint64_t v = Load64Units(src + i);
      if ((v & kNonAsciiUnits) == 0) {
        // Four ASCII units: keep the low byte of each.
        out[k] = static_cast<uint8_t>(v);
        out[k + 1] = static_cast<uint8_t>(v >> 16);
        out[k + 2] = static_cast<uint8_t>(v >> 32);
        out[k + 3] = static_cast<uint8_t>(v >> 48);
        i += 4;
        k += 4;
        continue;
      }
    }
    uint32_t c = src[i++];
    if (c < 0x80) {
      out[k++] = static_cast<uint8_t>(c);
    } else if (c < 0x800) {
      out[k++] = static_cast<uint8_t>(0xc0 | (c >> 6));
      out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3f));
    } else {
      if (IsHighSurrogate(static_cast<uint16_t>(c)) && i < units && IsLowSurrogate(src[i])) {
        c = 0x10000 + ((c - 0xd800) << 10) + (src[i++] - 0xdc00);
        out[k++] = static_cast<uint8_t>(0xf0 | (c >> 18));
        out[k++] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3f));
      } else {
        if ((c & 0xf800) == 0xd800) c = 0xfffd;  // Lone surrogate.
        out[k++] = static_cast<uint8_t>(0xe0 | (c >> 12));
      }
      out[k++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3f));
      out[k++] = static_cast<uint8_t>(0x80 | (c & 0x3f));
    }
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
