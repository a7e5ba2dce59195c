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
