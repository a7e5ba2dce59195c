// Host parsing of the URL Standard (domains, IPv4 in all its number forms, IPv6,
// opaque hosts), percent-encode sets and scheme facts.
#include <cstring>

#include "url/url_parser.h"

namespace rt {
namespace url {
namespace {

constexpr char kHexUpper[] = "0123456789ABCDEF";

// One bit per EncodeSet for each ASCII byte; bytes >= 0x80 are in every set.
struct EncodeTable {
  uint8_t bits[128];
  constexpr EncodeTable() : bits() {
    for (int c = 0; c < 128; c++) {
      bool c0 = c < 0x20 || c > 0x7e;
      bool fragment = c0 || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`';
      bool query = c0 || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>';
      bool special_query = query || c == '\'';
      bool path = query || c == '?' || c == '`' || c == '{' || c == '}';
      bool userinfo = path || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' ||
                      (c >= '[' && c <= '^') || c == '|';
      bits[c] = static_cast<uint8_t>(c0 << 0 | fragment << 1 | query << 2 | special_query << 3 |
                                     path << 4 | userinfo << 5);
    }
  }
};
constexpr EncodeTable kEncodeTable;

int HexValue(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Bit 0: forbidden host code point; bit 1: forbidden domain code point.
struct ForbiddenTable {
  uint8_t bits[256];
  constexpr ForbiddenTable() : bits() {
    const char forbidden[] = {0x00, 0x09, 0x0a, 0x0d, ' ',  '#', '/', ':', '<',
                              '>',  '?',  '@',  '[',  '\\', ']', '^', '|'};
    for (char c : forbidden) bits[static_cast<uint8_t>(c)] = 3;
    for (int c = 0; c <= 0x1f; c++) bits[c] |= 2;
    bits['%'] |= 2;
    bits[0x7f] |= 2;
  }
};
constexpr ForbiddenTable kForbidden;

bool IsForbiddenHostCodePoint(uint8_t c) {
  return kForbidden.bits[c] & 1;
}
bool IsForbiddenDomainCodePoint(uint8_t c) {
  return kForbidden.bits[c] & 2;
}

// The IPv4 number parser: false on failure. Values past 2^32 saturate, which is
// enough for the range checks that follow.
bool ParseIPv4Number(std::string_view input, uint64_t* value) {
  if (input.empty()) return false;
  int radix = 10;
  if (input.size() >= 2 && input[0] == '0' && (input[1] == 'x' || input[1] == 'X')) {
    input.remove_prefix(2);
    radix = 16;
  } else if (input.size() >= 2 && input[0] == '0') {
    input.remove_prefix(1);
    radix = 8;
  }
  uint64_t n = 0;
  for (char ch : input) {
    int d = HexValue(static_cast<uint8_t>(ch));
    if (d < 0 || d >= radix) return false;
    n = n * radix + d;
    if (n > (uint64_t{1} << 40)) n = uint64_t{1} << 40;
  }
  *value = n;
  return true;
}

bool EndsInANumber(std::string_view input) {
  if (input.empty()) return false;
  if (input.back() == '.') {
    input.remove_suffix(1);
    // "." alone: one empty part after the pop.
  }
  size_t dot = input.rfind('.');
  std::string_view last = dot == std::string_view::npos ? input : input.substr(dot + 1);
  if (last.empty()) return false;
  bool all_digits = true;
  for (char ch : last) {
    if (ch < '0' || ch > '9') {
      all_digits = false;
      break;
    }
  }
  if (all_digits) return true;
  uint64_t ignored;
  return ParseIPv4Number(last, &ignored);
}

bool ParseIPv4(std::string_view input, std::string* out) {
  if (!input.empty() && input.back() == '.') input.remove_suffix(1);
  uint64_t numbers[4];
  int count = 0;
  size_t start = 0;
  for (;;) {
    size_t dot = input.find('.', start);
    std::string_view part = input.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (count == 4) return false;
    if (!ParseIPv4Number(part, &numbers[count])) return false;
    count++;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  for (int i = 0; i < count - 1; i++) {
    if (numbers[i] > 255) return false;
  }
  if (numbers[count - 1] >= (uint64_t{1} << (8 * (5 - count)))) return false;
  uint64_t ipv4 = numbers[count - 1];
  for (int i = 0; i < count - 1; i++) ipv4 += numbers[i] << (8 * (3 - i));
  out->clear();
  for (int shift = 24; shift >= 0; shift -= 8) {
    out->append(std::to_string((ipv4 >> shift) & 0xff));
    if (shift != 0) out->push_back('.');
  }
  return true;
}

bool ParseOpaqueHost(std::string_view input, std::string* out) {
  for (char ch : input) {
    if (IsForbiddenHostCodePoint(static_cast<uint8_t>(ch))) return false;
  }
  out->clear();
  AppendPercentEncoded(out, input, EncodeSet::kC0Control);
  return true;
}

bool HasXnLabel(std::string_view domain) {
  for (size_t i = 0; i + 4 <= domain.size(); i++) {
    if ((i == 0 || domain[i - 1] == '.') && (domain[i] | 0x20) == 'x' &&
        (domain[i + 1] | 0x20) == 'n' && domain[i + 2] == '-' && domain[i + 3] == '-') {
      return true;
    }
  }
  return false;
}

}  // namespace

bool InEncodeSet(uint8_t c, EncodeSet set) {
  return c >= 0x80 || (kEncodeTable.bits[c] >> static_cast<int>(set)) & 1;
}

bool NeedsEncoding(std::string_view input, EncodeSet set) {
  const int shift = static_cast<int>(set);
  uint8_t any = 0;
  for (char ch : input) {
    uint8_t c = static_cast<uint8_t>(ch);
    any |= c >= 0x80 ? 1 : (kEncodeTable.bits[c] >> shift) & 1;
  }
  return any != 0;
}

void AppendPercentEncoded(std::string* out, std::string_view input, EncodeSet set) {
  const int shift = static_cast<int>(set);
  size_t run = 0;
  for (size_t i = 0; i < input.size(); i++) {
    uint8_t c = static_cast<uint8_t>(input[i]);
    if (c < 0x80 && !((kEncodeTable.bits[c] >> shift) & 1)) continue;
    out->append(input.data() + run, i - run);
    char encoded[3] = {'%', kHexUpper[c >> 4], kHexUpper[c & 15]};
    out->append(encoded, 3);
    run = i + 1;
  }
  out->append(input.data() + run, input.size() - run);
}

void PercentDecode(std::string_view input, std::string* out) {
  out->clear();
  out->reserve(input.size());
  for (size_t i = 0; i < input.size(); i++) {
    char ch = input[i];
    if (ch == '%' && i + 2 < input.size()) {
      int high = HexValue(static_cast<uint8_t>(input[i + 1]));
      int low = HexValue(static_cast<uint8_t>(input[i + 2]));
      if (high >= 0 && low >= 0) {
        out->push_back(static_cast<char>(high * 16 + low));
        i += 2;
        continue;
      }
    }
    out->push_back(ch);
  }
}

SchemeType SchemeTypeOf(std::string_view scheme) {
  switch (scheme.size()) {
    case 2:
      if (scheme == "ws") return SchemeType::kWs;
      break;
    case 3:
      if (scheme == "wss") return SchemeType::kWss;
      if (scheme == "ftp") return SchemeType::kFtp;
      break;
    case 4:
      if (scheme == "http") return SchemeType::kHttp;
      if (scheme == "file") return SchemeType::kFile;
      break;
    case 5:
      if (scheme == "https") return SchemeType::kHttps;
      break;
  }
  return SchemeType::kNotSpecial;
}

int32_t DefaultPort(SchemeType type) {
  switch (type) {
    case SchemeType::kHttp:
    case SchemeType::kWs:
      return 80;
    case SchemeType::kHttps:
    case SchemeType::kWss:
      return 443;
    case SchemeType::kFtp:
      return 21;
    default:
      return -1;
  }
}

bool ParseIPv6(std::string_view input, uint16_t address[8]) {
  for (int i = 0; i < 8; i++) address[i] = 0;
  const size_t n = input.size();
  auto at = [&](size_t i) -> int { return i < n ? static_cast<uint8_t>(input[i]) : -1; };
  int piece_index = 0;
  int compress = -1;
  size_t p = 0;
  if (at(p) == ':') {
    if (at(p + 1) != ':') return false;
    p += 2;
    compress = ++piece_index;
  }
  while (at(p) != -1) {
    if (piece_index == 8) return false;
    if (at(p) == ':') {
      if (compress != -1) return false;
      p++;
      compress = ++piece_index;
      continue;
    }
    int value = 0;
    int length = 0;
    while (length < 4 && HexValue(at(p)) >= 0) {
      value = value * 16 + HexValue(at(p));
      p++;
      length++;
    }
    if (at(p) == '.') {
      if (length == 0) return false;
      p -= length;
      if (piece_index > 6) return false;
      int numbers_seen = 0;
      while (at(p) != -1) {
        int ipv4_piece = -1;
        if (numbers_seen > 0) {
          if (at(p) == '.' && numbers_seen < 4) {
            p++;
          } else {
            return false;
          }
        }
        if (at(p) < '0' || at(p) > '9') return false;
        while (at(p) >= '0' && at(p) <= '9') {
          int number = at(p) - '0';
          if (ipv4_piece == -1) {
            ipv4_piece = number;
          } else if (ipv4_piece == 0) {
            return false;
          } else {
            ipv4_piece = ipv4_piece * 10 + number;
          }
          if (ipv4_piece > 255) return false;
          p++;
        }
        address[piece_index] = static_cast<uint16_t>(address[piece_index] * 0x100 + ipv4_piece);
        numbers_seen++;
        if (numbers_seen == 2 || numbers_seen == 4) piece_index++;
      }
      if (numbers_seen != 4) return false;
      break;
    } else if (at(p) == ':') {
      p++;
      if (at(p) == -1) return false;
    } else if (at(p) != -1) {
      return false;
    }
    address[piece_index++] = static_cast<uint16_t>(value);
  }
  if (compress != -1) {
    int swaps = piece_index - compress;
    piece_index = 7;
    while (piece_index != 0 && swaps > 0) {
      uint16_t tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[piece_index];
      address[piece_index] = tmp;
      piece_index--;
      swaps--;
    }
  } else if (piece_index != 8) {
    return false;
  }
  return true;
}

void SerializeIPv6(const uint16_t address[8], std::string* out) {
  // The first longest run of two or more zero pieces is compressed.
  int best = -1;
  int best_length = 1;
  for (int i = 0; i < 8; i++) {
    if (address[i] != 0) continue;
    int j = i;
    while (j < 8 && address[j] == 0) j++;
    if (j - i > best_length) {
      best = i;
      best_length = j - i;
    }
    i = j;
  }
  for (int i = 0; i < 8; i++) {
    if (i == best) {
      out->append(i == 0 ? "::" : ":");
      i += best_length - 1;
      continue;
    }
    char buf[8];
    int len = 0;
    uint16_t v = address[i];
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int d = (v >> shift) & 15;
      if (d != 0 || started || shift == 0) {
        buf[len++] = "0123456789abcdef"[d];
        started = true;
      }
    }
    out->append(buf, len);
    if (i != 7) out->push_back(':');
  }
}

bool ParseHost(std::string_view input, bool special, const ParseOptions& options, std::string* host,
               HostType* type) {
  if (!input.empty() && input[0] == '[') {
    if (input.back() != ']' || input.size() < 2) return false;
    uint16_t address[8];
    if (!ParseIPv6(input.substr(1, input.size() - 2), address)) return false;
    host->assign("[");
    SerializeIPv6(address, host);
    host->push_back(']');
    *type = HostType::kIPv6;
    return true;
  }
  if (!special) {
    if (!ParseOpaqueHost(input, host)) return false;
    *type = host->empty() ? HostType::kEmpty : HostType::kOpaque;
    return true;
  }

  std::string decoded;
  std::string_view domain = input;
  bool ascii = true;
  for (char ch : input) {
    if (ch == '%' || static_cast<uint8_t>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii) {
    PercentDecode(input, &decoded);
    domain = decoded;
    ascii = true;
    for (char ch : domain) {
      if (static_cast<uint8_t>(ch) >= 0x80) {
        ascii = false;
        break;
      }
    }
  }
  if (ascii && (options.serialized_input || !HasXnLabel(domain))) {
    host->resize(domain.size());
    for (size_t i = 0; i < domain.size(); i++) {
      char ch = domain[i];
      (*host)[i] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch | 0x20) : ch;
    }
  } else if (options.idna == nullptr || !options.idna->ToASCII(domain, host)) {
    return false;
  }
  if (host->empty()) return false;
  for (char ch : *host) {
    if (IsForbiddenDomainCodePoint(static_cast<uint8_t>(ch))) return false;
  }
  if (EndsInANumber(*host)) {
    std::string ipv4;
    if (!ParseIPv4(*host, &ipv4)) return false;
    *host = std::move(ipv4);
    *type = HostType::kIPv4;
    return true;
  }
  *type = HostType::kDomain;
  return true;
}

}  // namespace url
}  // namespace rt
