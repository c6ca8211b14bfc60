// Letters beyond ASCII for str's case methods (patch 0243: upper, lower, isalpha, isupper,
// islower; title, capitalize, swapcase and casefold build on them in shim/_strmethods.py).
// MicroPython knows ASCII only ("José".upper() gave 'JOSé'). Covered, as Unicode's simple case
// mappings give them: Latin-1 Supplement, Latin Extended-A, Greek and Coptic, Cyrillic; letters
// without case of the common scripts (CJK, kana, Hangul, Arabic, Hebrew, Devanagari, Thai) count
// as alphabetic. Other characters keep MicroPython's ASCII rules.
#include "py/obj.h"

#include <stdbool.h>

#if MICROPY_PY_BUILTINS_STR_UNICODE

typedef struct {
    unichar first, last;
} letter_range_t;

// Letters that have no case (CPython: isalpha() True, isupper()/islower() False).
static const letter_range_t caseless_letters[] = {
    {0xAA, 0xAA},     {0xBA, 0xBA},     {0x5D0, 0x5EA},   {0x620, 0x64A},   {0x671, 0x6D3},
    {0x904, 0x939},   {0x958, 0x961},   {0xE01, 0xE30},   {0x3041, 0x3096}, {0x30A1, 0x30FA},
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
};

static bool in_ranges(unichar c, const letter_range_t* ranges, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        if (c >= ranges[i].first && c <= ranges[i].last) return true;
    }
    return false;
}

// Pairs where the upper case is at an even code point and the lower case right after it.
static bool even_upper_pair(unichar c) {
    return (c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177) ||
           (c >= 0x3D8 && c <= 0x3EF) || (c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) ||
           (c >= 0x4D0 && c <= 0x52F);
}

// Pairs where the upper case is at an odd code point.
static bool odd_upper_pair(unichar c) {
    return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) || (c >= 0x4C1 && c <= 0x4CE);
}

unichar lsp_unichar_upper(unichar c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 0x20 : c;
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 0x20;
    if (c == 0xFF) return 0x178;
    if (c == 0xB5) return 0x39C;
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    if (even_upper_pair(c)) return c & 1 ? c - 1 : c;
    if (odd_upper_pair(c)) return c & 1 ? c : c - 1;
    if ((c >= 0x3B1 && c <= 0x3C1) || (c >= 0x3C3 && c <= 0x3CB)) return c - 0x20;
    if (c == 0x3C2) return 0x3A3;  // final sigma
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return c - 0x25;
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return c - 0x3F;
    if (c >= 0x430 && c <= 0x44F) return c - 0x20;
    if (c >= 0x450 && c <= 0x45F) return c - 0x50;
    if (c == 0x4CF) return 0x4C0;
    return c;
}

unichar lsp_unichar_lower(unichar c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    if (c == 0x178) return 0xFF;
    if (c == 0x130) return 'i';
    if (even_upper_pair(c)) return c | 1;
    if (odd_upper_pair(c)) return c & 1 ? c + 1 : c;
    if ((c >= 0x391 && c <= 0x3A1) || (c >= 0x3A3 && c <= 0x3AB)) return c + 0x20;
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 0x25;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 0x3F;
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;
    if (c == 0x4C0) return 0x4CF;
    return c;
}

// A cased letter: one with another case, or one of the lower-case letters without an upper one.
bool lsp_unichar_iscased(unichar c) {
    return lsp_unichar_upper(c) != c || lsp_unichar_lower(c) != c || c == 0xDF || c == 0x138 || c == 0x149 ||
           c == 0x390 || c == 0x3B0;
}

bool lsp_unichar_isupper(unichar c) { return lsp_unichar_iscased(c) && lsp_unichar_lower(c) != c; }

bool lsp_unichar_islower(unichar c) { return lsp_unichar_iscased(c) && lsp_unichar_lower(c) == c; }

bool lsp_unichar_isalpha(unichar c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return lsp_unichar_iscased(c) || in_ranges(c, caseless_letters, MP_ARRAY_SIZE(caseless_letters));
}

#endif
