#ifndef SOLIEU_CICU_H
#define SOLIEU_CICU_H

// Prefixed wrappers over the system ICU. This header includes no ICU header: Foundation carries a
// private ICU whose declarations clash with the system one, so ICU types stay inside the .c files.
// Every function reports failure through `status`: 0 is success, a positive value is ICU's
// UErrorCode, a negative value is an ICU warning (kept as-is).

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque ICU break iterator.
typedef struct cicu_breaker cicu_breaker;

/// The kind of boundaries a breaker finds.
typedef enum {
    CICU_BREAK_WORD = 0,
    CICU_BREAK_SENTENCE = 1
} cicu_break_kind;

/// Normalises UTF-16 text to NFC. Returns the length needed; writes at most `capacity` units.
/// Text already in NFC is detected with a quick check and copied.
int32_t cicu_nfc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

/// Length of the prefix of `src` that is certainly NFC (quick check "yes" span).
/// NFD of `src` into `dest`; returns the length needed (may exceed `capacity`).
int32_t cicu_nfd(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);
int32_t cicu_nfc_quick_span(const uint16_t *src, int32_t length, int32_t *status);

/// Lower-cases UTF-16 text with the rules of `locale` (e.g. "vi"). Returns the length needed.
int32_t cicu_lowercase(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                       const char *locale, int32_t *status);

/// Opens a break iterator for `locale`. Returns NULL on failure (see `status`).
cicu_breaker *cicu_breaker_open(cicu_break_kind kind, const char *locale, int32_t *status);

/// Closes a break iterator opened with `cicu_breaker_open`.
void cicu_breaker_close(cicu_breaker *breaker);

/// Runs the breaker over `text` and writes boundaries after offset 0, in UTF-16 units, with the
/// rule status of the segment each ends. Returns the number of boundaries found; when it is larger
/// than `capacity` only the first `capacity` were written and the caller should retry with more room.
/// The text must stay alive only during the call.
int32_t cicu_breaker_segment(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t *statuses, int32_t capacity, int32_t *status);

/// An opaque ICU converter between a legacy or Unicode charset and UTF-16.
typedef struct cicu_converter cicu_converter;

/// Opens a converter for the charset `name` ("windows-1258", "UTF-16LE", …). Returns NULL when ICU
/// does not know the name (see `status`).
cicu_converter *cicu_converter_open(const char *name, int32_t *status);

/// Closes a converter opened with `cicu_converter_open`.
void cicu_converter_close(cicu_converter *converter);

/// The charset's standard name (MIME, else IANA, else ICU's own) written NUL-terminated into `dest`.
/// Returns its length.
int32_t cicu_converter_name(cicu_converter *converter, char *dest, int32_t capacity, int32_t *status);

/// Converts `length` bytes to UTF-16. Byte sequences that cannot be decoded become U+FFFD; the byte
/// offset of each is written to `bad_offsets` (at most `bad_capacity` of them) and their number to
/// `bad_count`. Returns the number of UTF-16 units needed; when it is larger than `capacity` the
/// caller should retry with more room.
int32_t cicu_converter_to_utf16(cicu_converter *converter, const uint8_t *src, int32_t length,
                                uint16_t *dest, int32_t capacity, int32_t *bad_offsets, int32_t bad_capacity,
                                int32_t *bad_count, int32_t *status);

/// Converts UTF-16 to the charset's bytes. Characters the charset lacks become its substitution
/// byte; their number goes to `unmappable_count`. Returns the number of bytes needed.
int32_t cicu_converter_from_utf16(cicu_converter *converter, const uint16_t *src, int32_t length,
                                  uint8_t *dest, int32_t capacity, int32_t *unmappable_count, int32_t *status);

/// Guesses the charset of `length` bytes with ICU's detector. Writes the best match's name
/// NUL-terminated into `name` and its confidence (0–100) into `confidence`. Returns 0 when there is
/// no match, 1 otherwise.
int32_t cicu_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t name_capacity,
                            int32_t *confidence, int32_t *status);

/// The benchmark's reference: UTF-8 to UTF-16 (u_strFromUTF8), NFC quick check, and word-break
/// iteration reading each boundary's rule status, all inside C. Returns the number of boundaries
/// plus the number of number/letter segments (so the work cannot be skipped).
int64_t cicu_reference_scan(cicu_breaker *breaker, const char *utf8, int32_t length, int32_t *status);

/// The Word_Break value of code point `c`, by its long name ("ALetter", "MidNumLet", …).
const char *cicu_word_break_name(int32_t c);

/// The Sentence_Break value of code point `c`, by its long name ("ATerm", "Close", …).
const char *cicu_sentence_break_name(int32_t c);

/// 1 when code point `c` is Extended_Pictographic, else 0.
int32_t cicu_is_extended_pictographic(int32_t c);

/// A readable name for an ICU status code ("U_ILLEGAL_ARGUMENT_ERROR").
const char *cicu_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
