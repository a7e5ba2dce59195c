// Byte encoders and decoders behind Buffer (hex, base64, base64url, latin1, ascii,
// UTF-16LE) and UTF-8/ASCII validation. Plain C++ with no V8, so Catch2 reaches them.
// Decoders take one-byte (uint8_t) or two-byte (uint16_t) source characters; like
// Node, a two-byte character is read as its low byte where an alphabet is expected.
#ifndef RT_UTIL_ENCODING_H_
#define RT_UTIL_ENCODING_H_

#include <cstddef>
#include <cstdint>

namespace rt {
namespace encoding {

bool IsUtf8(const uint8_t* data, size_t length);
bool IsAscii(const uint8_t* data, size_t length);

// Writes 2 * length lowercase hex digits to out.
void HexEncode(const uint8_t* data, size_t length, char* out);
// Decodes pairs of hex digits until capacity is full or a pair is not hex; returns
// the number of bytes written. An odd last digit is ignored.
template <typename Char>
size_t HexDecode(const Char* src, size_t length, uint8_t* out, size_t capacity);

size_t Base64EncodedLength(size_t length, bool url);
// Standard base64 with '=' padding, or base64url without padding; returns the
// number of characters written (Base64EncodedLength).
size_t Base64Encode(const uint8_t* data, size_t length, char* out, bool url);
// Node's upper bound for the decoded size of src (trailing '=' discounted).
template <typename Char>
size_t Base64DecodedLength(const Char* src, size_t length);
// Lenient decoding of both alphabets: characters outside them are skipped, '='
// ends the input, padding is optional. Returns the number of bytes written.
template <typename Char>
size_t Base64Decode(const Char* src, size_t length, uint8_t* out, size_t capacity);

// UTF-8 from Latin-1 or UTF-16 text. Lone surrogates become U+FFFD (EF BF BD), as
// V8's WriteUtf8 with REPLACE_INVALID_UTF8 does. `out` must hold the *Length bytes;
// Utf16ToUtf8 is told how many it holds (at least that), and may use the room.
size_t Utf8LengthFromLatin1(const uint8_t* src, size_t length);
size_t Latin1ToUtf8(const uint8_t* src, size_t length, uint8_t* out);
size_t Utf8LengthFromUtf16(const uint16_t* src, size_t units);
size_t Utf16ToUtf8(const uint16_t* src, size_t units, uint8_t* out, size_t capacity);

// Bytes to one-byte characters with the high bit cleared (Node's 'ascii' decoding).
void AsciiDecode(const uint8_t* data, size_t length, uint8_t* out);
// UTF-16 code units to little-endian bytes and back.
void Ucs2Encode(const uint16_t* src, size_t units, uint8_t* out);
void Ucs2Decode(const uint8_t* data, size_t units, uint16_t* out);

// Reverses the byte order of each 2-, 4- or 8-byte group in place.
void Swap16(uint8_t* data, size_t length);
void Swap32(uint8_t* data, size_t length);
void Swap64(uint8_t* data, size_t length);

}  // namespace encoding
}  // namespace rt

#endif  // RT_UTIL_ENCODING_H_
