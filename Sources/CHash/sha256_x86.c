// The SHA-256 compression function on the x86 SHA extensions (SHA-NI), with SSSE3 and SSE4.1
// shuffles. Only the functions marked SHA_NI are compiled for those extensions, so the file needs
// no special flags; they run only after the CPU was found to have them.
//
// sha256rnds2(cdgh, abef, wk) does two rounds: its first operand holds the working variables
// C,D,G,H and its second A,B,E,F, each from the highest 32-bit lane down, and the low two lanes of
// wk hold W[t] + K[t] for the two rounds. It returns the new A,B,E,F; the new C,D,G,H are the old
// A,B,E,F, so two calls in a row swap the roles of the two registers and back.
// sha256msg1 and sha256msg2 compute the message schedule (FIPS 180-4 §6.2.2 step 1) four words at
// a time: msg1(W[t-16..t-13], W[t-12..t-9]) adds σ0 of the following word to each word, and
// msg2(that + W[t-7..t-4], W[t-4..t-1]) adds σ1 of the word two places back to give W[t..t+3].

#include "sha256_internal.h"

#if defined(__x86_64__) || defined(__i386__)

#include <immintrin.h>

#define SHA_NI __attribute__((target("sha,sse4.1,ssse3")))
#define SHA_NI_INLINE static inline __attribute__((always_inline, target("sha,sse4.1,ssse3")))

// Four rounds from t, with the four schedule words W[t..t+3] in `words`.
SHA_NI_INLINE void rounds4(__m128i *abef, __m128i *cdgh, __m128i words, int t) {
    __m128i wk = _mm_add_epi32(words, _mm_load_si128((const __m128i *)&chash_sha256_k[t]));
    *cdgh = _mm_sha256rnds2_epu32(*cdgh, *abef, wk);  // now holds the new A,B,E,F
    wk = _mm_shuffle_epi32(wk, 0x0E);                  // lanes 2 and 3 down to 0 and 1
    *abef = _mm_sha256rnds2_epu32(*abef, *cdgh, wk);
}

// W[t..t+3] from the four words before each of them: w0 = W[t-16..t-13], w1 = W[t-12..t-9],
// w2 = W[t-8..t-5], w3 = W[t-4..t-1].
SHA_NI_INLINE __m128i schedule(__m128i w0, __m128i w1, __m128i w2, __m128i w3) {
    __m128i minus7 = _mm_alignr_epi8(w3, w2, 4);  // W[t-7..t-4]
    return _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), minus7), w3);
}

static SHA_NI void blocks_sha_ni(uint32_t state[8], const uint8_t *blocks, size_t count) {
    // Byte order within each 32-bit word: big-endian message words to lanes.
    const __m128i swap = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);

    // state[0..3] = A,B,C,D and state[4..7] = E,F,G,H, lane 0 first; to A,B,E,F and C,D,G,H,
    // highest lane first. Names of the shuffled values in between list their lanes from 0 up.
    __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);  // lanes 0..3: B,A,D,C
    __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);  // lanes 0..3: H,G,F,E
    __m128i abef = _mm_alignr_epi8(badc, hgfe, 8);     // lanes 0..3: F,E,B,A
    __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0);  // lanes 0..3: H,G,D,C

    for (; count > 0; count--, blocks += 64) {
        __m128i abef0 = abef, cdgh0 = cdgh;
        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 0)), swap);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16)), swap);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 32)), swap);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 48)), swap);
        rounds4(&abef, &cdgh, w0, 0);
        rounds4(&abef, &cdgh, w1, 4);
        rounds4(&abef, &cdgh, w2, 8);
        rounds4(&abef, &cdgh, w3, 12);
        // Each pass replaces the four words in turn, oldest first, so the names come back round.
        for (int t = 16; t < 64; t += 16) {
            w0 = schedule(w0, w1, w2, w3);
            rounds4(&abef, &cdgh, w0, t);
            w1 = schedule(w1, w2, w3, w0);
            rounds4(&abef, &cdgh, w1, t + 4);
            w2 = schedule(w2, w3, w0, w1);
            rounds4(&abef, &cdgh, w2, t + 8);
            w3 = schedule(w3, w0, w1, w2);
            rounds4(&abef, &cdgh, w3, t + 12);
        }
        abef = _mm_add_epi32(abef, abef0);
        cdgh = _mm_add_epi32(cdgh, cdgh0);
    }

    __m128i ab_ef = _mm_shuffle_epi32(abef, 0x1B);  // lanes 0..3: A,B,E,F
    __m128i gh_cd = _mm_shuffle_epi32(cdgh, 0xB1);  // lanes 0..3: G,H,C,D
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(ab_ef, gh_cd, 0xF0));  // A,B,C,D
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(gh_cd, ab_ef, 8));     // E,F,G,H
}

chash_sha256_blocks_fn *chash_sha256_blocks_accelerated(void) {
    // -1: not asked yet. Races only write the same answer.
    static int supported = -1;
    int answer = __atomic_load_n(&supported, __ATOMIC_RELAXED);
    if (answer < 0) {
        __builtin_cpu_init();
        answer = __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1") &&
                 __builtin_cpu_supports("ssse3");
        __atomic_store_n(&supported, answer, __ATOMIC_RELAXED);
    }
    return answer ? blocks_sha_ni : NULL;
}

#else

chash_sha256_blocks_fn *chash_sha256_blocks_accelerated(void) { return NULL; }

#endif
