// PBKDF2-HMAC over OpenSSL's low-level SHA functions (see pbkdf2.h for why).
#include "crypto/pbkdf2.h"

#include <openssl/crypto.h>
#include <openssl/objects.h>
#include <openssl/sha.h>

#include <algorithm>
#include <cstring>

// The SHA*_Init/Update/Final functions are deprecated in OpenSSL 3 but remain the only
// way to copy a digest state without an allocation.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace rt {
namespace crypto {
namespace {

template <typename Ctx, int (*Init)(Ctx*), int (*Update)(Ctx*, const void*, size_t),
          int (*Final)(unsigned char*, Ctx*), size_t kBlock, size_t kDigest>
struct Digest {
  using Context = Ctx;
  static constexpr size_t block = kBlock;
  static constexpr size_t size = kDigest;
  static void Start(Ctx* c) { Init(c); }
  static void Add(Ctx* c, const void* data, size_t n) { Update(c, data, n); }
  static void Finish(uint8_t* out, Ctx* c) { Final(out, c); }
};

using Sha1 = Digest<SHA_CTX, SHA1_Init, SHA1_Update, SHA1_Final, SHA_CBLOCK, SHA_DIGEST_LENGTH>;
using Sha224 = Digest<SHA256_CTX, SHA224_Init, SHA224_Update, SHA224_Final, SHA256_CBLOCK,
                      SHA224_DIGEST_LENGTH>;
using Sha256 = Digest<SHA256_CTX, SHA256_Init, SHA256_Update, SHA256_Final, SHA256_CBLOCK,
                      SHA256_DIGEST_LENGTH>;
using Sha384 = Digest<SHA512_CTX, SHA384_Init, SHA384_Update, SHA384_Final, SHA512_CBLOCK,
                      SHA384_DIGEST_LENGTH>;
using Sha512 = Digest<SHA512_CTX, SHA512_Init, SHA512_Update, SHA512_Final, SHA512_CBLOCK,
                      SHA512_DIGEST_LENGTH>;

template <typename D>
void Derive(const uint8_t* password, size_t password_length, const uint8_t* salt,
            size_t salt_length, uint32_t iterations, uint8_t* out, size_t length) {
  typename D::Context inner, outer, c;
  uint8_t key[D::block] = {};
  if (password_length > D::block) {
    D::Start(&c);
    D::Add(&c, password, password_length);
    D::Finish(key, &c);
  } else if (password_length > 0) {
    memcpy(key, password, password_length);
  }
  uint8_t pad[D::block];
  for (size_t i = 0; i < D::block; i++) pad[i] = key[i] ^ 0x36;
  D::Start(&inner);
  D::Add(&inner, pad, D::block);
  for (size_t i = 0; i < D::block; i++) pad[i] = key[i] ^ 0x5c;
  D::Start(&outer);
  D::Add(&outer, pad, D::block);

  uint8_t u[D::size];
  uint8_t t[D::size];
  for (uint32_t index = 1; length > 0; index++) {
    const uint8_t counter[4] = {static_cast<uint8_t>(index >> 24),
                                static_cast<uint8_t>(index >> 16), static_cast<uint8_t>(index >> 8),
                                static_cast<uint8_t>(index)};
    c = inner;
    D::Add(&c, salt, salt_length);
    D::Add(&c, counter, sizeof(counter));
    D::Finish(u, &c);
    c = outer;
    D::Add(&c, u, D::size);
    D::Finish(u, &c);
    memcpy(t, u, D::size);
    for (uint32_t i = 1; i < iterations; i++) {
      c = inner;
      D::Add(&c, u, D::size);
      D::Finish(u, &c);
      c = outer;
      D::Add(&c, u, D::size);
      D::Finish(u, &c);
      for (size_t k = 0; k < D::size; k++) t[k] ^= u[k];
    }
    size_t n = std::min(length, D::size);
    memcpy(out, t, n);
    out += n;
    length -= n;
  }
  OPENSSL_cleanse(&inner, sizeof(inner));
  OPENSSL_cleanse(&outer, sizeof(outer));
  OPENSSL_cleanse(&c, sizeof(c));
  OPENSSL_cleanse(key, sizeof(key));
  OPENSSL_cleanse(pad, sizeof(pad));
  OPENSSL_cleanse(u, sizeof(u));
  OPENSSL_cleanse(t, sizeof(t));
}

}  // namespace

bool FastPbkdf2Hmac(const EVP_MD* md, const uint8_t* password, size_t password_length,
                    const uint8_t* salt, size_t salt_length, uint32_t iterations, uint8_t* out,
                    size_t length) {
  auto derive = [&](auto digest) {
    Derive<decltype(digest)>(password, password_length, salt, salt_length, iterations, out, length);
    return true;
  };
  switch (EVP_MD_get_type(md)) {
    case NID_sha1:
      return derive(Sha1());
    case NID_sha224:
      return derive(Sha224());
    case NID_sha256:
      return derive(Sha256());
    case NID_sha384:
      return derive(Sha384());
    case NID_sha512:
      return derive(Sha512());
    default:
      return false;
  }
}

}  // namespace crypto
}  // namespace rt
