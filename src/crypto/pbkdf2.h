// PBKDF2-HMAC (RFC 8018) for the common SHA digests without OpenSSL's per-iteration
// EVP overhead. No V8: the crypto binding and the C++ tests call it.
#ifndef RT_CRYPTO_PBKDF2_H_
#define RT_CRYPTO_PBKDF2_H_

#include <openssl/evp.h>

#include <cstddef>
#include <cstdint>

namespace rt {
namespace crypto {

// Derives `length` bytes into `out`. Returns false, writing nothing, when `md` is not
// one of SHA-1, SHA-224, SHA-256, SHA-384, SHA-512 (use PKCS5_PBKDF2_HMAC then).
//
// Why: OpenSSL 3's PKCS5_PBKDF2_HMAC restarts each HMAC by duplicating EVP contexts
// (an allocation, a copy and a cleanse per iteration, twice). Here the keyed inner and
// outer digest states are computed once and copied by value, so an iteration costs two
// compression calls and nothing else.
bool FastPbkdf2Hmac(const EVP_MD* md, const uint8_t* password, size_t password_length,
                    const uint8_t* salt, size_t salt_length, uint32_t iterations, uint8_t* out,
                    size_t length);

}  // namespace crypto
}  // namespace rt

#endif  // RT_CRYPTO_PBKDF2_H_
