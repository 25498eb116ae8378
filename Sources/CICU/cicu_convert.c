#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/utypes.h>

struct cicu_converter {
    UConverter *converter;
};

/// What the to-Unicode callback records while one buffer is converted.
typedef struct {
    const char *start;
    int32_t *offsets;
    int32_t capacity;
    int32_t count;
} bad_bytes;

static void record_bad_bytes(const void *context, UConverterToUnicodeArgs *args, const char *code_units,
                                 int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
        bad_bytes *bad = (bad_bytes *)context;
        // ICU has consumed the faulty bytes: they end where `source` now points.
        int32_t offset = (int32_t)(args->source - bad->start) - length;
        if (offset < 0) offset = 0;
        if (bad->count < bad->capacity) bad->offsets[bad->count] = offset;
        bad->count++;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, code_units, length, reason, err);
}

cicu_converter *cicu_converter_open(const char *name, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(name, &err);
    if (U_FAILURE(err) || cnv == NULL) { *status = (int32_t)(U_FAILURE(err) ? err : U_FILE_ACCESS_ERROR); return NULL; }
    cicu_converter *c = malloc(sizeof *c);
    if (c == NULL) { ucnv_close(cnv); *status = (int32_t)U_MEMORY_ALLOCATION_ERROR; return NULL; }
    c->converter = cnv;
    *status = 0;  // U_AMBIGUOUS_ALIAS_WARNING ("windows-1258") is expected and harmless.
    return c;
}

void cicu_converter_close(cicu_converter *converter) {
    if (converter == NULL) return;
    ucnv_close(converter->converter);
    free(converter);
}

int32_t cicu_converter_name(cicu_converter *converter, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter->converter, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    const char *name = ucnv_getStandardName(internal, "MIME", &err);
    if (name == NULL || U_FAILURE(err)) { err = U_ZERO_ERROR; name = ucnv_getStandardName(internal, "IANA", &err); }
    if (name == NULL || U_FAILURE(err)) { err = U_ZERO_ERROR; name = internal; }
    int32_t length = (int32_t)strlen(name);
    if (capacity > 0) {
        int32_t n = length < capacity - 1 ? length : capacity - 1;
        memcpy(dest, name, (size_t)n);
        dest[n] = 0;
    }
    *status = 0;
    return length;
}

int32_t cicu_converter_to_utf16(cicu_converter *converter, const uint8_t *src, int32_t length,
                                uint16_t *dest, int32_t capacity, int32_t *bad_offsets, int32_t bad_capacity,
                                int32_t *bad_count, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    bad_bytes bad = {(const char *)src, bad_offsets, bad_capacity, 0};
    UConverterToUCallback old_action;
    const void *old_context;
    ucnv_setToUCallBack(converter->converter, record_bad_bytes, &bad, &old_action, &old_context, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t needed = ucnv_toUChars(converter->converter, (UChar *)dest, capacity, (const char *)src, length, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    UErrorCode reset = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter->converter, old_action, old_context, NULL, NULL, &reset);
    *bad_count = bad.count;
    *status = (int32_t)err;
    return needed;
}

static void count_unmappable(const void *context, UConverterFromUnicodeArgs *args, const UChar *code_units,
                             int32_t length, UChar32 code_point, UConverterCallbackReason reason, UErrorCode *err) {
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) (*(int32_t *)context)++;
    UCNV_FROM_U_CALLBACK_SUBSTITUTE(NULL, args, code_units, length, code_point, reason, err);
}

int32_t cicu_converter_from_utf16(cicu_converter *converter, const uint16_t *src, int32_t length,
                                  uint8_t *dest, int32_t capacity, int32_t *unmappable_count, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t unmappable = 0;
    UConverterFromUCallback old_action;
    const void *old_context;
    ucnv_setFromUCallBack(converter->converter, count_unmappable, &unmappable, &old_action, &old_context, &err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    int32_t needed = ucnv_fromUChars(converter->converter, (char *)dest, capacity, (const UChar *)src, length, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    UErrorCode reset = U_ZERO_ERROR;
    ucnv_setFromUCallBack(converter->converter, old_action, old_context, NULL, NULL, &reset);
    *unmappable_count = unmappable;
    *status = (int32_t)err;
    return needed;
}

int32_t cicu_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t name_capacity,
                            int32_t *confidence, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = (int32_t)err; return 0; }
    ucsdet_setText(detector, (const char *)bytes, length, &err);
    const UCharsetMatch *match = U_SUCCESS(err) ? ucsdet_detect(detector, &err) : NULL;
    int32_t found = 0;
    if (U_SUCCESS(err) && match != NULL) {
        const char *n = ucsdet_getName(match, &err);
        int32_t c = ucsdet_getConfidence(match, &err);
        if (U_SUCCESS(err) && n != NULL && name_capacity > 0) {
            size_t len = strlen(n);
            if (len > (size_t)(name_capacity - 1)) len = (size_t)(name_capacity - 1);
            memcpy(name, n, len);
            name[len] = 0;
            *confidence = c;
            found = 1;
        }
    }
    ucsdet_close(detector);
    *status = U_FAILURE(err) ? (int32_t)err : 0;
    return found;
}
