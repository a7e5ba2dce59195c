// Buffer's byte encoders and decoders (src/util/encoding.cc).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "util/encoding.h"

namespace enc = rt::encoding;

namespace {

const uint8_t* U8(const char* s) {
  return reinterpret_cast<const uint8_t*>(s);
}

std::string Hex(const std::string& bytes) {
  std::string out(bytes.size() * 2, '\0');
  enc::HexEncode(U8(bytes.data()), bytes.size(), out.data());
  return out;
}

std::string UnHex(const std::string& text, size_t capacity = 64) {
  std::vector<uint8_t> out(capacity);
  size_t n = enc::HexDecode(U8(text.data()), text.size(), out.data(), out.size());
  return std::string(out.begin(), out.begin() + n);
}

std::string B64(const std::string& bytes, bool url = false) {
  std::string out(enc::Base64EncodedLength(bytes.size(), url), '\0');
  size_t n = enc::Base64Encode(U8(bytes.data()), bytes.size(), out.data(), url);
  CHECK(n == out.size());
  return out;
}

std::string UnB64(const std::string& text, size_t capacity = 64) {
  std::vector<uint8_t> out(capacity);
  size_t n = enc::Base64Decode(U8(text.data()), text.size(), out.data(), out.size());
  return std::string(out.begin(), out.begin() + n);
}

}  // namespace

TEST_CASE("UTF-8 validation") {
  auto valid = [](const std::string& s) { return enc::IsUtf8(U8(s.data()), s.size()); };
  CHECK(valid(""));
  CHECK(valid("plain ascii text that is longer than eight bytes"));
  CHECK(valid("\xc3\xa9"));                // é
  CHECK(valid("\xe2\x82\xac"));            // €
  CHECK(valid("\xf0\x9f\x98\x80"));        // U+1F600
  CHECK(valid("\xf4\x8f\xbf\xbf"));        // U+10FFFF
  CHECK_FALSE(valid("\xc3"));              // truncated
  CHECK_FALSE(valid("\xc0\x80"));          // overlong NUL
  CHECK_FALSE(valid("\xe0\x80\x80"));      // overlong
  CHECK_FALSE(valid("\xed\xa0\x80"));      // surrogate U+D800
  CHECK_FALSE(valid("\xf4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(valid("\xff"));
  CHECK_FALSE(valid("abcdefgh\x80"));
}

TEST_CASE("ASCII check") {
  CHECK(enc::IsAscii(U8("hello world, hello"), 18));
  CHECK_FALSE(enc::IsAscii(U8("hello world\x80 hello"), 19));
  CHECK(enc::IsAscii(U8(""), 0));
}

TEST_CASE("hex") {
  CHECK(Hex(std::string("\x00\x01\xab\xff", 4)) == "0001abff");
  CHECK(UnHex("0001abFF") == std::string("\x00\x01\xab\xff", 4));
  CHECK(UnHex("abc") == "\xab");       // odd digit ignored
  CHECK(UnHex("ab zz 12") == "\xab");  // stops at the first pair that is not hex
  CHECK(UnHex("abcdef", 2) == "\xab\xcd");
  const uint16_t wide[] = {0x0141, '0'};  // two-byte chars read as their low byte
  uint8_t out[1];
  CHECK(enc::HexDecode(wide, 2, out, 1) == 1);
  CHECK(out[0] == 0xa0);
}

TEST_CASE("base64 encoding") {
  CHECK(B64("") == "");
  CHECK(B64("f") == "Zg==");
  CHECK(B64("fo") == "Zm8=");
  CHECK(B64("foo") == "Zm9v");
  CHECK(B64("\xfb\xff") == "+/8=");
  CHECK(B64("\xfb\xff", true) == "-_8");
  CHECK(B64("f", true) == "Zg");
  CHECK(enc::Base64EncodedLength(4, false) == 8);
  CHECK(enc::Base64EncodedLength(4, true) == 6);
}

TEST_CASE("base64 decoding is lenient") {
  CHECK(UnB64("Zm9v") == "foo");
  CHECK(UnB64("Zm8=") == "fo");
  CHECK(UnB64("Zm8") == "fo");        // padding optional
  CHECK(UnB64("Z m\n9*v") == "foo");  // other characters skipped
  CHECK(UnB64("QU=JD") == "A");       // '=' ends the input
  CHECK(UnB64("-_8") == "\xfb\xff");  // url alphabet
  CHECK(UnB64("+/8") == "\xfb\xff");
  CHECK(UnB64("Q") == "");
  CHECK(UnB64("Zm9vYmFy", 4) == "foob");  // stops when full
  CHECK(enc::Base64DecodedLength(U8("QU=="), 4) == 1);
  CHECK(enc::Base64DecodedLength(U8("QUJD"), 4) == 3);
  CHECK(enc::Base64DecodedLength(U8("Q"), 1) == 0);
  CHECK(enc::Base64DecodedLength(U8("QUJDRA"), 6) == 4);
}

TEST_CASE("ascii, UTF-16LE and byte swaps") {
  uint8_t out[3];
  enc::AsciiDecode(U8("\xe9\x41\xff"), 3, out);
  CHECK(std::string(out, out + 3) == "\x69\x41\x7f");

  const uint16_t units[] = {0x0041, 0x20ac};
  uint8_t le[4];
  enc::Ucs2Encode(units, 2, le);
  CHECK(std::string(le, le + 4) == std::string("\x41\x00\xac\x20", 4));
  uint16_t back[2];
  enc::Ucs2Decode(le, 2, back);
  CHECK(back[0] == 0x0041);
  CHECK(back[1] == 0x20ac);

  uint8_t data[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  enc::Swap16(data, 8);
  CHECK(std::vector<uint8_t>(data, data + 8) == std::vector<uint8_t>{2, 1, 4, 3, 6, 5, 8, 7});
  enc::Swap16(data, 8);
  enc::Swap32(data, 8);
  CHECK(std::vector<uint8_t>(data, data + 8) == std::vector<uint8_t>{4, 3, 2, 1, 8, 7, 6, 5});
  enc::Swap32(data, 8);
  enc::Swap64(data, 8);
  CHECK(std::vector<uint8_t>(data, data + 8) == std::vector<uint8_t>{8, 7, 6, 5, 4, 3, 2, 1});
}

namespace {

// Straightforward base64 to check the table-driven encoder and decoder against.
std::string ReferenceB64(const std::string& bytes, bool url) {
  const char* alphabet = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                             : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t v = static_cast<uint8_t>(bytes[i]) << 16;
    size_t n = std::min<size_t>(3, bytes.size() - i);
    if (n > 1) v |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    if (n > 2) v |= static_cast<uint8_t>(bytes[i + 2]);
    for (size_t k = 0; k < n + 1; k++) out += alphabet[(v >> (18 - 6 * k)) & 63];
    if (!url) out.append(3 - n, '=');
  }
  return out;
}

std::string Pattern(size_t length, unsigned seed) {
  std::string s(length, '\0');
  for (size_t i = 0; i < length; i++) s[i] = static_cast<char>((i * 131 + seed * 7 + 3) & 0xff);
  return s;
}

}  // namespace

TEST_CASE("base64 fast paths agree with a reference at every length") {
  for (size_t length = 0; length < 400; length++) {
    std::string bytes = Pattern(length, static_cast<unsigned>(length));
    for (bool url : {false, true}) {
      std::string text = B64(bytes, url);
      CHECK(text == ReferenceB64(bytes, url));
      CHECK(UnB64(text, length) == bytes);
      CHECK(UnB64(text, length + 64) == bytes);
      // A two-byte source decodes the same.
      std::vector<uint16_t> wide(text.begin(), text.end());
      std::vector<uint8_t> out(length + 8);
      CHECK(enc::Base64Decode(wide.data(), wide.size(), out.data(), length) == length);
      CHECK(std::string(out.begin(), out.begin() + length) == bytes);
    }
  }
}

TEST_CASE("base64 decoding never writes past its capacity") {
  std::string bytes = Pattern(120, 1);
  std::string text = B64(bytes);
  for (size_t capacity = 0; capacity <= 120; capacity++) {
    std::vector<uint8_t> out(capacity + 16, 0xee);
    size_t n = enc::Base64Decode(U8(text.data()), text.size(), out.data(), capacity);
    CHECK(n == capacity);
    CHECK(std::string(out.begin(), out.begin() + n) == bytes.substr(0, n));
    for (size_t i = capacity; i < out.size(); i++) CHECK(out[i] == 0xee);
  }
  // An invalid character inside an 8-character block falls back to the slow path.
  CHECK(UnB64("Zm9vYm*FyYmF6") == "foobarbaz");
}

TEST_CASE("UTF-8 from Latin-1") {
  std::string latin1 = "abc\xe9\xff" + std::string(20, 'x') + "\x80";
  size_t n = enc::Utf8LengthFromLatin1(U8(latin1.data()), latin1.size());
  CHECK(n == latin1.size() + 3);
  std::string out(n, '\0');
  CHECK(enc::Latin1ToUtf8(U8(latin1.data()), latin1.size(),
                          reinterpret_cast<uint8_t*>(out.data())) == n);
  CHECK(out == "abc\xc3\xa9\xc3\xbf" + std::string(20, 'x') + "\xc2\x80");
}

TEST_CASE("UTF-8 from UTF-16, lone surrogates replaced") {
  std::vector<uint16_t> units = {'a', 0xe9, 0x20ac, 0xd83d, 0xde00, 'b',    'c',
                                 'd', 'e',  'f',    0xd800, 'x',    0xdc00, 0xd800};
  std::string expected =
      "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
      "bcdef\xef\xbf\xbdx\xef\xbf\xbd\xef\xbf\xbd";
  size_t n = enc::Utf8LengthFromUtf16(units.data(), units.size());
  CHECK(n == expected.size());
  std::string out(n, '\0');
  CHECK(enc::Utf16ToUtf8(units.data(), units.size(), reinterpret_cast<uint8_t*>(out.data()), n) ==
        n);
  CHECK(out == expected);
  std::vector<uint16_t> ascii(37, 'q');
  CHECK(enc::Utf8LengthFromUtf16(ascii.data(), ascii.size()) == 37);
}

TEST_CASE("base64 decoding of long mixed input matches a one-character-at-a-time decoder") {
  // Both alphabets, whitespace, bytes >= 0x80 and other junk, in long runs so that the
  // vector path (32 characters at a time) and its fallbacks are all taken.
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
  for (unsigned seed = 0; seed < 20; seed++) {
    std::string text;
    for (size_t i = 0; i < 2000; i++) {
      unsigned r = (i * 2654435761u + seed * 40503u) >> 7;
      if (seed % 4 != 0 && r % 97 == 0) {
        text += static_cast<char>("\n \x80\xff*."[r % 6]);
      } else {
        text += alphabet[r % alphabet.size()];
      }
    }
    std::string expected;
    unsigned have = 0, acc = 0;
    for (char ch : text) {
      size_t v = alphabet.find(ch);
      if (v == std::string::npos) continue;
      if (v >= 64) v -= 2;  // '-' and '_' are 62 and 63.
      acc = (acc << 6) | static_cast<unsigned>(v);
      if (++have == 4) {
        expected += static_cast<char>(acc >> 16);
        expected += static_cast<char>(acc >> 8);
        expected += static_cast<char>(acc);
        have = 0;
        acc = 0;
      }
    }
    if (have >= 2) expected += static_cast<char>(acc >> (have == 2 ? 4 : 10));
    if (have == 3) expected += static_cast<char>(acc >> 2);
    CHECK(UnB64(text, 4000) == expected);
  }
}

namespace {

// One code point at a time, for checking the vector paths.
std::string ReferenceUtf8(const std::vector<uint16_t>& units) {
  std::string out;
  for (size_t i = 0; i < units.size(); i++) {
    uint32_t c = units[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < units.size() && units[i + 1] >= 0xdc00 &&
        units[i + 1] <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (units[++i] - 0xdc00);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xc0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xe0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (c & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (c & 0x3f));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("UTF-8 from long UTF-16 text matches a one-code-point-at-a-time encoder") {
  // Runs of ASCII, 2- and 3-byte characters, pairs and lone surrogates, at many
  // alignments, with exact and roomy output buffers.
  const uint16_t pool[] = {'a',    'Z',    ' ',    0xe9,   0x7ff,  0x800, 0x20ac,
                           0xffff, 0xd83d, 0xde00, 0xd800, 0xdc00, 0x7f,  0x80};
  for (unsigned seed = 0; seed < 40; seed++) {
    std::vector<uint16_t> units;
    size_t length = 50 + seed * 37;
    for (size_t i = 0; i < length; i++) {
      unsigned r = static_cast<unsigned>((i * 2654435761u + seed * 97u) >> 9);
      // Mostly ASCII in some seeds, mostly wide in others.
      bool ascii = (r % 10) < (seed % 10);
      units.push_back(ascii ? static_cast<uint16_t>('!' + r % 90) : pool[r % 14]);
    }
    std::string expected = ReferenceUtf8(units);
    CHECK(enc::Utf8LengthFromUtf16(units.data(), units.size()) == expected.size());
    for (size_t room : {expected.size(), units.size() * 3}) {
      std::string out(room, '\0');
      size_t n = enc::Utf16ToUtf8(units.data(), units.size(),
                                  reinterpret_cast<uint8_t*>(out.data()), room);
      CHECK(n == expected.size());
      CHECK(out.substr(0, n) == expected);
    }
  }
}
