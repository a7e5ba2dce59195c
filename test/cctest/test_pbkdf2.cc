// FastPbkdf2Hmac (src/crypto/pbkdf2.cc) against RFC 6070 and OpenSSL's PKCS5_PBKDF2_HMAC.
#include <openssl/evp.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crypto/pbkdf2.h"

namespace {

std::vector<uint8_t> Fast(const EVP_MD* md, const std::string& password, const std::string& salt,
                          uint32_t iterations, size_t length) {
  std::vector<uint8_t> out(length);
  bool ok = rt::crypto::FastPbkdf2Hmac(
      md, reinterpret_cast<const uint8_t*>(password.data()), password.size(),
      reinterpret_cast<const uint8_t*>(salt.data()), salt.size(), iterations, out.data(), length);
  REQUIRE(ok);
  return out;
}

std::vector<uint8_t> Reference(const EVP_MD* md, const std::string& password,
                               const std::string& salt, uint32_t iterations, size_t length) {
  std::vector<uint8_t> out(length);
  REQUIRE(PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                            reinterpret_cast<const uint8_t*>(salt.data()),
                            static_cast<int>(salt.size()), static_cast<int>(iterations), md,
                            static_cast<int>(length), out.data()) == 1);
  return out;
}

std::string Hex(const std::vector<uint8_t>& bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

}  // namespace

TEST_CASE("pbkdf2: RFC 6070 HMAC-SHA1 vectors") {
  CHECK(Hex(Fast(EVP_sha1(), "password", "salt", 1, 20)) ==
        "0c60c80f961f0e71f3a9b524af6012062fe037a6");
  CHECK(Hex(Fast(EVP_sha1(), "password", "salt", 4096, 20)) ==
        "4b007901b765489abead49d926f721d065a429c1");
  CHECK(Hex(Fast(EVP_sha1(), "passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt",
                 4096, 25)) == "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038");
  CHECK(Hex(Fast(EVP_sha1(), std::string("pass\0word", 9), std::string("sa\0lt", 5), 4096, 16)) ==
        "56fa6aa75548099dcc37d7f03425e0c3");
}

TEST_CASE("pbkdf2: same bytes as OpenSSL for every supported digest") {
  const EVP_MD* digests[] = {EVP_sha1(), EVP_sha224(), EVP_sha256(), EVP_sha384(), EVP_sha512()};
  // Empty, short, one block, longer than a block (hashed first), and long passwords;
  // outputs shorter than, equal to and spanning several digest blocks.
  const std::string passwords[] = {"",
                                   "pw",
                                   std::string(64, 'k'),
                                   std::string(65, 'k'),
                                   std::string(129, '\xff'),
                                   std::string(300, 'p')};
  const std::string salts[] = {"", "salt", std::string(200, 's')};
  const size_t lengths[] = {1, 20, 32, 33, 64, 65, 200};
  const uint32_t iterations[] = {1, 2, 3, 50};
  for (const EVP_MD* md : digests) {
    for (const std::string& password : passwords) {
      for (const std::string& salt : salts) {
        for (size_t length : lengths) {
          for (uint32_t n : iterations) {
            INFO(EVP_MD_get0_name(md) << " password " << password.size() << " salt " << salt.size()
                                      << " length " << length << " it " << n);
            CHECK(Fast(md, password, salt, n, length) == Reference(md, password, salt, n, length));
          }
        }
      }
    }
  }
}

TEST_CASE("pbkdf2: many iterations") {
  for (const EVP_MD* md : {EVP_sha1(), EVP_sha256(), EVP_sha512()}) {
    CHECK(Fast(md, "password", "salt", 20000, 40) == Reference(md, "password", "salt", 20000, 40));
  }
}

TEST_CASE("pbkdf2: other digests are left to OpenSSL") {
  uint8_t out[16];
  const uint8_t pw[] = {'p'};
  CHECK_FALSE(rt::crypto::FastPbkdf2Hmac(EVP_md5(), pw, 1, pw, 1, 1, out, sizeof(out)));
  CHECK_FALSE(rt::crypto::FastPbkdf2Hmac(EVP_sha3_256(), pw, 1, pw, 1, 1, out, sizeof(out)));
  CHECK_FALSE(rt::crypto::FastPbkdf2Hmac(EVP_sha512_256(), pw, 1, pw, 1, 1, out, sizeof(out)));
}
