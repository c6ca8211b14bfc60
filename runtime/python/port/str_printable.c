// Which non-ASCII characters repr() of a str shows as themselves (patch 0204,
// MICROPY_PY_STR_REPR_PRINTABLE): CPython escapes only the non-printable ones (str.isprintable):
// controls, format characters, separators and spaces other than ' ', surrogates, private use and
// unassigned code points. MicroPython has no Unicode database; the ranges below are those
// categories' blocks (Unicode 14, CPython 3.11's), with the unassigned code points of the planes
// past the CJK extensions; an unassigned point inside a block counts as printable.
#include "py/objstr.h"

#if MICROPY_PY_STR_REPR_PRINTABLE

typedef struct {
    unichar first, last;
} char_range_t;

static const char_range_t non_printable[] = {
    {0x7F, 0xA0},       {0xAD, 0xAD},       {0x600, 0x605},     {0x61C, 0x61C},      {0x6DD, 0x6DD},
    {0x70F, 0x70F},     {0x890, 0x891},     {0x8E2, 0x8E2},     {0x1680, 0x1680},    {0x180E, 0x180E},
    {0x2000, 0x200F},   {0x2028, 0x202F},   {0x205F, 0x206F},   {0x3000, 0x3000},    {0xD800, 0xF8FF},
    {0xFEFF, 0xFEFF},   {0xFFF0, 0xFFFB},   {0xFFFE, 0xFFFF},   {0x110BD, 0x110BD},  {0x110CD, 0x110CD},
    {0x13430, 0x13438}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0x3134B, 0x10FFFF},
};

bool mp_unichar_is_printable(unichar c) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(non_printable); ++i) {
        if (c >= non_printable[i].first && c <= non_printable[i].last) return false;
    }
    return true;
}

#endif
