// SHA-256 (FIPS 180-4): constants, padding, and the choice of compression function.

#include "chash.h"
#include "sha256_internal.h"

#include <string.h>

// Hashes the message with `blocks`: whole blocks straight from `data`, then the tail with its
// padding (a 1 bit, zeros, the 64-bit big-endian bit length; FIPS 180-4 §5.1.1) in one or two
// blocks of a local buffer.
static void sha256_with(chash_sha256_blocks_fn *blocks, const uint8_t *data, size_t length,
                        uint8_t digest[32]) {
    // FIPS 180-4 §5.3.3.
    uint32_t state[8] = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    size_t whole = length / 64;
    size_t rest = length % 64;
    if (whole > 0) blocks(state, data, whole);

    uint8_t tail[128];
    if (rest > 0) memcpy(tail, data + whole * 64, rest);
    tail[rest] = 0x80;
    size_t tail_length = rest < 56 ? 64 : 128;
    memset(tail + rest + 1, 0, tail_length - 8 - rest - 1);
    uint64_t bits = (uint64_t)length * 8;
    for (int i = 0; i < 8; i++) tail[tail_length - 1 - i] = (uint8_t)(bits >> (8 * i));
    blocks(state, tail, tail_length / 64);

    for (int i = 0; i < 8; i++) {
        digest[4 * i] = (uint8_t)(state[i] >> 24);
        digest[4 * i + 1] = (uint8_t)(state[i] >> 16);
        digest[4 * i + 2] = (uint8_t)(state[i] >> 8);
        digest[4 * i + 3] = (uint8_t)state[i];
    }
}

void chash_sha256(const uint8_t *data, size_t length, uint8_t digest[32]) {
    chash_sha256_blocks_fn *accelerated = chash_sha256_blocks_accelerated();
    sha256_with(accelerated ? accelerated : chash_sha256_blocks_portable, data, length, digest);
}

void chash_sha256_portable(const uint8_t *data, size_t length, uint8_t digest[32]) {
    sha256_with(chash_sha256_blocks_portable, data, length, digest);
}

int chash_sha256_accelerated(const uint8_t *data, size_t length, uint8_t digest[32]) {
    chash_sha256_blocks_fn *accelerated = chash_sha256_blocks_accelerated();
    if (!accelerated) return 1;
    sha256_with(accelerated, data, length, digest);
    return 0;
}
