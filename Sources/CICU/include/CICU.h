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

/// A readable name for an ICU status code ("U_ILLEGAL_ARGUMENT_ERROR").
const char *cicu_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
