#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

struct cicu_breaker {
    UBreakIterator *iterator;
};

static const UNormalizer2 *nfc_instance(UErrorCode *err) {
    return unorm2_getNFCInstance(err);
}

int32_t cicu_nfc_quick_span(const uint16_t *src, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfc = nfc_instance(&err);
    int32_t span = 0;
    if (U_SUCCESS(err)) span = unorm2_spanQuickCheckYes(nfc, (const UChar *)src, length, &err);
    *status = (int32_t)err;
    return span;
}

int32_t cicu_nfc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfc = nfc_instance(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t span = unorm2_spanQuickCheckYes(nfc, (const UChar *)src, length, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    if (span == length) {
        if (capacity >= length) {
            for (int32_t i = 0; i < length; i++) dest[i] = src[i];
        }
        *status = 0;
        return length;
    }
    if (capacity < span) { *status = 0; return length * 3 + 16; }
    for (int32_t i = 0; i < span; i++) dest[i] = src[i];
    int32_t total = unorm2_normalizeSecondAndAppend(nfc, (UChar *)dest, span, capacity,
                                                    (const UChar *)src + span, length - span, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) err = U_ZERO_ERROR;
    *status = (int32_t)err;
    return total;
}

int32_t cicu_nfd(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t needed = unorm2_normalize(nfd, (const UChar *)src, length, (UChar *)dest, capacity, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = (int32_t)err;
    return needed;
}

int32_t cicu_lowercase(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                       const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t needed = u_strToLower((UChar *)dest, capacity, (const UChar *)src, length, locale, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = (int32_t)err;
    return needed;
}

cicu_breaker *cicu_breaker_open(cicu_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *it = ubrk_open(type, locale, NULL, 0, &err);
    if (U_FAILURE(err) || it == NULL) { *status = (int32_t)err; return NULL; }
    cicu_breaker *b = malloc(sizeof *b);
    if (b == NULL) { ubrk_close(it); *status = (int32_t)U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->iterator = it;
    *status = 0;  // U_USING_DEFAULT_WARNING for "vi" is expected: ICU has no Vietnamese word rules.
    return b;
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t cicu_breaker_segment(cicu_breaker *breaker, const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t *statuses, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    ubrk_setText(breaker->iterator, length > 0 ? (const UChar *)text : empty, length, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t count = 0;
    ubrk_first(breaker->iterator);
    for (int32_t b = ubrk_next(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (count < capacity) {
            boundaries[count] = b;
            statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        }
        count++;
    }
    // Detach the text so the iterator never points at a freed buffer.
    ubrk_setText(breaker->iterator, empty, 0, &err);
    *status = U_FAILURE(err) ? (int32_t)err : 0;
    return count;
}

int64_t cicu_reference_scan(cicu_breaker *breaker, const char *utf8, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8(NULL, 0, &needed, utf8, length, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    err = U_ZERO_ERROR;
    UChar *units = malloc(sizeof(UChar) * (size_t)(needed + 1));
    if (units == NULL) { *status = (int32_t)U_MEMORY_ALLOCATION_ERROR; return 0; }
    u_strFromUTF8(units, needed + 1, NULL, utf8, length, &err);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
    int64_t work = 0;
    if (U_SUCCESS(err)) work += unorm2_spanQuickCheckYes(nfc, units, needed, &err);
    if (U_SUCCESS(err)) ubrk_setText(breaker->iterator, units, needed, &err);
    if (U_SUCCESS(err)) {
        ubrk_first(breaker->iterator);
        for (int32_t b = ubrk_next(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
            work += 1 + (ubrk_getRuleStatus(breaker->iterator) >= 100);
        }
        static const UChar empty[1] = {0};
        ubrk_setText(breaker->iterator, empty, 0, &err);
    }
    free(units);
    *status = U_FAILURE(err) ? (int32_t)err : 0;
    return work;
}

const char *cicu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

const char *cicu_word_break_name(int32_t c) {
    const char *name = u_getPropertyValueName(UCHAR_WORD_BREAK, u_getIntPropertyValue(c, UCHAR_WORD_BREAK),
                                              U_LONG_PROPERTY_NAME);
    return name != NULL ? name : "";
}

const char *cicu_sentence_break_name(int32_t c) {
    const char *name = u_getPropertyValueName(UCHAR_SENTENCE_BREAK, u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK),
                                              U_LONG_PROPERTY_NAME);
    return name != NULL ? name : "";
}

int32_t cicu_is_extended_pictographic(int32_t c) {
    return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ? 1 : 0;
}
