// The SHA-256 compression function (FIPS 180-4 §6.2.2) in portable C: the eight working
// variables in locals, the message schedule in a 16-word ring (W[t] overwrites W[t-16]). The 64
// rounds are written out so that every round constant is an immediate.

#include "sha256_internal.h"

static inline uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

// FIPS 180-4 §4.1.2, functions (4.2) to (4.7), each rotation count split so that one value is
// rotated in steps with the xors in between: fewer copies than three rotations of the same value.
// Σ0(x) = ROTR2 ^ ROTR13 ^ ROTR22, Σ1(x) = ROTR6 ^ ROTR11 ^ ROTR25,
// σ0(x) = ROTR7 ^ ROTR18 ^ SHR3, σ1(x) = ROTR17 ^ ROTR19 ^ SHR10.
#define BIG_SIGMA0(x) rotr((x) ^ rotr((x) ^ rotr((x), 9), 11), 2)
#define BIG_SIGMA1(x) rotr((x) ^ rotr((x) ^ rotr((x), 14), 5), 6)
#define SMALL_SIGMA0(x) (rotr((x) ^ rotr((x), 11), 7) ^ ((x) >> 3))
#define SMALL_SIGMA1(x) (rotr((x) ^ rotr((x), 2), 17) ^ ((x) >> 10))
#define CH(x, y, z) ((((y) ^ (z)) & (x)) ^ (z))

// W[t] for t >= 16, written over W[t-16] in the ring `w`.
#define SCHEDULE(t) \
    (w[(t) & 15] += SMALL_SIGMA1(w[((t) - 2) & 15]) + w[((t) - 7) & 15] + SMALL_SIGMA0(w[((t) - 15) & 15]))
#define LOADED(t) w[t]

// Round t, with the working variables named in their roles for that round: instead of moving
// all eight down a place, only d and h change and the caller rotates the names.
// Maj(a, b, c) = ((a ^ b) & (b ^ c)) ^ b, and this round's a ^ b is the next round's b ^ c, so
// `bc` brings it in and `ab` takes it out.
#define ROUND(a, b, c, d, e, f, g, h, ab, bc, t, word)                            \
    do {                                                                          \
        uint32_t t1 = h + BIG_SIGMA1(e) + CH(e, f, g) + chash_sha256_k[t] + word(t); \
        ab = a ^ b;                                                               \
        d += t1;                                                                  \
        h = t1 + BIG_SIGMA0(a) + ((ab & bc) ^ b);                                 \
    } while (0)

// Eight rounds from t; after them every variable is back in its own name.
#define ROUNDS8(t, word)                                   \
    ROUND(a, b, c, d, e, f, g, h, x, y, (t) + 0, word);    \
    ROUND(h, a, b, c, d, e, f, g, y, x, (t) + 1, word);    \
    ROUND(g, h, a, b, c, d, e, f, x, y, (t) + 2, word);    \
    ROUND(f, g, h, a, b, c, d, e, y, x, (t) + 3, word);    \
    ROUND(e, f, g, h, a, b, c, d, x, y, (t) + 4, word);    \
    ROUND(d, e, f, g, h, a, b, c, y, x, (t) + 5, word);    \
    ROUND(c, d, e, f, g, h, a, b, x, y, (t) + 6, word);    \
    ROUND(b, c, d, e, f, g, h, a, y, x, (t) + 7, word)

static inline uint32_t load_be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

void chash_sha256_blocks_portable(uint32_t state[8], const uint8_t *blocks, size_t count) {
    for (; count > 0; count--, blocks += 64) {
        uint32_t w[16];
        for (int i = 0; i < 16; i++) w[i] = load_be32(blocks + 4 * i);
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        uint32_t x, y = b ^ c;
        ROUNDS8(0, LOADED);
        ROUNDS8(8, LOADED);
        ROUNDS8(16, SCHEDULE);
        ROUNDS8(24, SCHEDULE);
        ROUNDS8(32, SCHEDULE);
        ROUNDS8(40, SCHEDULE);
        ROUNDS8(48, SCHEDULE);
        ROUNDS8(56, SCHEDULE);
        state[0] += a; state[1] += b; state[2] += c; state[3] += d;
        state[4] += e; state[5] += f; state[6] += g; state[7] += h;
    }
}
