#ifndef SOLIEU_CHASH_H
#define SOLIEU_CHASH_H

// SHA-256 (FIPS 180-4) in C. On x86 CPUs with the SHA extensions the compression runs on them,
// chosen once at run time; elsewhere a portable scalar implementation runs. Both give the same
// digest. The input is read in place: only the final padded block or two are copied.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the SHA-256 digest of `length` bytes at `data` to `digest` (32 bytes, big-endian
/// words as FIPS 180-4 prints them). `data` may be NULL when `length` is 0. Uses the SHA
/// extensions when the CPU has them, the portable implementation otherwise.
void chash_sha256(const uint8_t *data, size_t length, uint8_t digest[32]);

/// The same digest with the portable scalar implementation only, whatever the CPU. For tests.
void chash_sha256_portable(const uint8_t *data, size_t length, uint8_t digest[32]);

/// The same digest with the x86 SHA extensions only. Returns 0 on success; returns nonzero and
/// leaves `digest` untouched when the CPU (or the build's architecture) lacks them. For tests.
int chash_sha256_accelerated(const uint8_t *data, size_t length, uint8_t digest[32]);

#ifdef __cplusplus
}
#endif

#endif
