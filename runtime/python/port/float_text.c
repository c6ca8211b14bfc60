// Floats to and from text as CPython 3.11 does (patch 0060, MICROPY_FLOAT_LIBC_TEXT).
//
// MicroPython's own conversions are approximate (repr(0.1 + 0.2) was "0.3", 0.1 parsed one ulp off,
// '%.1f' % 0.25 gave "0.3"). The C library's snprintf and strtod are correctly rounded (glibc,
// and Emscripten's musl), so every conversion here goes through them:
//   * parsing: the literal's text (underscores dropped) through strtod;
//   * repr/str: the shortest digit string that reads back as the same double (the 15-digit
//     rounding with its trailing zeros stripped when it round-trips, else 16, else 17 digits),
//     laid out as CPython's repr (exponent form below 1e-4 and from 1e16 on);
//   * format types e/f/g/%/'' and %-formatting: snprintf's digits, laid out as CPython's
//     format() (grouping with ',' or '_', '#', '' with a precision = 'g' keeping a ".0");
//   * round(x, n): the decimal rounding of the exact binary value, read back (round(2.675, 2)
//     is 2.67, since 2.675 is stored as 2.67499999...).
//
// Sections: digits (shortest and fixed-count) · layout · public entry points.
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/formatfloat.h"
#include "py/mpprint.h"
#include "py/runtime.h"

#if MICROPY_FLOAT_LIBC_TEXT

// ---- digits ------------------------------------------------------------------------------------

// The significant digits of |x| (no dot, no sign) and its decimal exponent, rounded to `count`
// significant digits (1..17). Returns the number of digits written to `digits` (>= count).
static int decimal_digits(double x, int count, char* digits, int* exponent) {
    char text[40];
    snprintf(text, sizeof(text), "%.*e", count - 1, fabs(x));
    int n = 0;
    const char* p = text;
    for (; *p && *p != 'e'; ++p) {
        if (*p != '.') { digits[n++] = *p; }
    }
    digits[n] = '\0';
    *exponent = (*p == 'e') ? atoi(p + 1) : 0;
    return n;
}

// digits17 (17 digits) rounded to `count` digits into `out` (exponent adjusted on a carry), as
// printf would round x itself; false when the dropped digits are a tie ("5", "50"), where rounding
// the rounded digits again could differ from rounding x: the caller asks printf then.
static bool shorten_digits(const char* digits17, int count, char* out, int* exponent) {
    memcpy(out, digits17, count);
    out[count] = '\0';
    char first_dropped = digits17[count];
    bool rest_zero = true;
    for (int i = count + 1; i < 17; ++i) { rest_zero = rest_zero && digits17[i] == '0'; }
    if (first_dropped == '5' && rest_zero) { return false; }
    if (first_dropped >= '5') {
        int i = count - 1;
        for (; i >= 0 && out[i] == '9'; --i) { out[i] = '0'; }
        if (i >= 0) {
            ++out[i];
        } else {
            out[0] = '1';  // 99..9 became 100..0
            ++*exponent;
        }
    }
    return true;
}

// Whether digits[0..n) × 10^exponent (as d.ddd) reads back as `magnitude`.
static bool reads_back(const char* digits, int n, int exponent, double magnitude) {
    char text[40];
    int k = 0;
    text[k++] = digits[0];
    text[k++] = '.';
    memcpy(text + k, digits + 1, n - 1);
    k += n - 1;
    snprintf(text + k, sizeof(text) - k, "e%d", exponent);
    return strtod(text, NULL) == magnitude;
}

// The shortest digits that read back as x (x finite, non-zero): the correctly rounded 15-digit form
// with trailing zeros stripped whenever it round-trips (any shorter round-tripping string is that
// rounding padded with zeros), else 16, else 17 digits (17 always round-trip). One printf gives the
// 17 digits; the shorter forms are rounded from them.
static int shortest_digits(double x, char* digits, int* exponent) {
    double magnitude = fabs(x);
    char digits17[40];
    int exponent17;
    decimal_digits(magnitude, 17, digits17, &exponent17);
    // Subnormals carry fewer bits: their shortest form can be far shorter than 15 digits.
    int first = magnitude < DBL_MIN ? 1 : 15;
    int n = 17;
    memcpy(digits, digits17, 18);
    *exponent = exponent17;
    for (int count = first; count < 17; ++count) {
        int e = exponent17;
        if (!shorten_digits(digits17, count, digits, &e)) { decimal_digits(magnitude, count, digits, &e); }
        if (reads_back(digits, count, e, magnitude)) {
            n = count;
            *exponent = e;
            break;
        }
        memcpy(digits, digits17, 18);
    }
    while (n > 1 && digits[n - 1] == '0') { digits[--n] = '\0'; }
    return n;
}

// ---- layout ------------------------------------------------------------------------------------

// A text that starts in its own stack storage and moves to the heap only when it outgrows it (a
// float's text rarely does), so formatting a float allocates nothing.
typedef struct {
    char* buf;
    size_t len, alloc;
    char stack[64];
} text_t;

static void text_init(text_t* t) {
    t->buf = t->stack;
    t->len = 0;
    t->alloc = sizeof(t->stack);
}

static void text_free(text_t* t) {
    if (t->buf != t->stack) { m_del(char, t->buf, t->alloc); }
}

// Room for `extra` more characters (and a terminating NUL); returns where they go.
static char* text_reserve(text_t* t, size_t extra) {
    size_t needed = mp_size_add(mp_size_add(t->len, extra), 1);
    if (needed > t->alloc) {
        size_t alloc = mp_size_add(needed, needed / 2);
        char* grown = m_new(char, alloc);
        memcpy(grown, t->buf, t->len);
        text_free(t);
        t->buf = grown;
        t->alloc = alloc;
    }
    return t->buf + t->len;
}

static void text_add_strn(text_t* t, const char* s, size_t n) {
    memcpy(text_reserve(t, n), s, n);
    t->len += n;
}

static void text_add_str(text_t* t, const char* s) { text_add_strn(t, s, strlen(s)); }

static void text_add_char(text_t* t, char c) { text_add_strn(t, &c, 1); }

static void put_exponent(text_t* out, char e_char, int exponent) {
    char text[16];
    snprintf(text, sizeof(text), "%c%c%02d", e_char, exponent < 0 ? '-' : '+',
             exponent < 0 ? -exponent : exponent);
    text_add_str(out, text);
}

// digits[0..n) × 10^(exponent - n + 1) in exponent form: "d.ddde+XX" (no dot for one digit unless alt).
static void layout_exponent(text_t* out, const char* digits, int n, int exponent, bool alt, bool upper) {
    text_add_char(out, digits[0]);
    if (n > 1 || alt) { text_add_char(out, '.'); }
    text_add_strn(out, digits + 1, n - 1);
    put_exponent(out, upper ? 'E' : 'e', exponent);
}

// The same value in positional form with at least `min_frac` fraction digits.
static void layout_fixed(text_t* out, const char* digits, int n, int exponent, int min_frac, bool alt) {
    int int_len = exponent + 1;  // digits before the dot (<= 0: "0.")
    if (int_len <= 0) {
        text_add_char(out, '0');
    } else {
        for (int i = 0; i < int_len; ++i) { text_add_char(out, i < n ? digits[i] : '0'); }
    }
    int frac = 0;
    size_t dot = out->len;
    text_add_char(out, '.');
    for (int i = int_len; i < n; ++i) {
        text_add_char(out, i < 0 ? '0' : digits[i]);
        ++frac;
    }
    for (; frac < min_frac; ++frac) { text_add_char(out, '0'); }
    if (frac == 0 && !alt) {
        out->len = dot;  // no fraction: no dot
    }
}

// 'g' (and CPython's '' with a precision, `add_dot_0`): `precision` significant digits, exponent form
// when the exponent is < -4 or >= the threshold, trailing zeros stripped unless `alt`.
static void layout_general(text_t* out, double x, int precision, bool alt, bool add_dot_0, bool upper) {
    char digits[40];
    int exponent;
    if (precision == 0) { precision = 1; }
    int n;
    if (precision > 17) {
        // More digits than a double holds: the exact expansion, through %e.
        text_t exact;
        text_init(&exact);
        int len = snprintf(NULL, 0, "%.*e", precision - 1, fabs(x));
        char* p = text_reserve(&exact, len);
        snprintf(p, len + 1, "%.*e", precision - 1, fabs(x));
        exponent = atoi(strchr(p, 'e') + 1);
        n = 0;
        for (int i = 0; p[i] != 'e'; ++i) {
            if (p[i] != '.') { p[n++] = p[i]; }
        }
        if (!alt) {
            while (n > 1 && p[n - 1] == '0') { --n; }
        }
        int threshold = add_dot_0 ? precision - 1 : precision;
        if (exponent < -4 || exponent >= threshold) {
            layout_exponent(out, p, n, exponent, alt, upper);
        } else {
            layout_fixed(out, p, n, exponent, add_dot_0 && n - exponent - 1 <= 0 ? 1 : 0, alt);
        }
        text_free(&exact);
        return;
    }
    n = decimal_digits(x, precision, digits, &exponent);
    if (!alt) {
        while (n > 1 && digits[n - 1] == '0') { --n; }
    }
    int threshold = add_dot_0 ? precision - 1 : precision;
    if (x == 0) { exponent = 0; }
    if (exponent < -4 || exponent >= threshold) {
        layout_exponent(out, digits, n, exponent, alt, upper);
    } else {
        layout_fixed(out, digits, n, exponent, add_dot_0 && n - exponent - 1 <= 0 ? 1 : 0, alt);
    }
}

// CPython's repr: shortest round-trip digits; exponent form below 1e-4 and from 1e16 on. A complex
// number's parts (`add_dot_0` false) print without the ".0" of a whole number: (1+2j).
static void layout_repr(text_t* out, double x, bool add_dot_0) {
    if (x == 0) {
        text_add_str(out, add_dot_0 ? "0.0" : "0");
        return;
    }
    char digits[40];
    int exponent;
    int n = shortest_digits(x, digits, &exponent);
    if (exponent < -4 || exponent >= 16) {
        layout_exponent(out, digits, n, exponent, false, false);
    } else {
        layout_fixed(out, digits, n, exponent, add_dot_0 ? 1 : 0, false);
    }
}

// snprintf's %e / %f of |x| with `precision`, straight into `out` (any length): one printf into the
// room at hand, a second only when the text is longer.
static void layout_printf(text_t* out, double x, char type, int precision, bool alt) {
    char fmt[8];
    snprintf(fmt, sizeof(fmt), alt ? "%%#.*%c" : "%%.*%c", type);
    size_t room = out->alloc - out->len;
    int len = snprintf(out->buf + out->len, room, fmt, precision, fabs(x));
    if ((size_t)len >= room) { snprintf(text_reserve(out, len), len + 1, fmt, precision, fabs(x)); }
    out->len += len;
}

// Inserts `sep` every three digits of the integer part of out[start..].
static void group_digits(text_t* out, size_t start, char sep) {
    size_t end = start;
    while (end < out->len && out->buf[end] >= '0' && out->buf[end] <= '9') { ++end; }
    size_t int_len = end - start;
    if (int_len <= 3) { return; }
    size_t extra = (int_len - 1) / 3;
    size_t old_len = out->len;
    text_reserve(out, extra);
    out->len += extra;
    char* b = out->buf;
    memmove(b + end + extra, b + end, old_len - end);
    size_t src = end, dst = end + extra;
    for (size_t count = 0; src > start; ++count) {
        if (count > 0 && count % 3 == 0) { b[--dst] = sep; }
        b[--dst] = b[--src];
    }
}

// ---- public entry points -----------------------------------------------------------------------

// The text of x for format type `type` ('e','E','f','F','g','G','r' = repr, 'c' = a complex number's
// part, 'z' = '' with a precision), sign per `flags` (PF_FLAG_SHOW_SIGN / SPACE_SIGN), grouping per PF_FLAG_SHOW_COMMA /
// PF_FLAG_GROUP_UNDERSCORE, '#' per PF_FLAG_SHOW_PREFIX. `precision` < 0: the type's default.
static void format_text(text_t* out, mp_float_t value, char type, int flags, int precision) {
    // A precision of millions of digits is text the run's memory cap cannot hold anyway; refusing it
    // first keeps libc from spending minutes making it ('{:.2147483647g}').
    if (precision > (1 << 24)) { mp_raise_type(&mp_type_MemoryError); }
    double x = (double)value;
    if (signbit(x) && !isnan(x)) {
        text_add_char(out, '-');
    } else if (flags & PF_FLAG_SHOW_SIGN) {
        text_add_char(out, '+');
    } else if (flags & PF_FLAG_SPACE_SIGN) {
        text_add_char(out, ' ');
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (!isfinite(x)) {
        text_add_str(out, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    size_t start = out->len;
    bool alt = (flags & PF_FLAG_SHOW_PREFIX) != 0;
    switch (type) {
        case 'r': layout_repr(out, x, true); break;
        case 'c': layout_repr(out, x, false); break;
        case 'z': layout_general(out, x, precision < 0 ? 12 : precision, alt, true, false); break;
        case 'g':
        case 'G': layout_general(out, x, precision < 0 ? 6 : precision, alt, false, upper); break;
        default: layout_printf(out, x, type, precision < 0 ? 6 : precision, alt); break;
    }
    if (flags & PF_FLAG_SHOW_COMMA) {
        group_digits(out, start, ',');
    } else if (flags & PF_FLAG_GROUP_UNDERSCORE) {
        group_digits(out, start, '_');
    }
}

// The old fixed-buffer interface (complex numbers use it): the text truncated to the buffer.
int mp_format_float(mp_float_t f, char* buf, size_t buf_size, char fmt, int prec, char sign) {
    text_t text;
    text_init(&text);
    int flags = sign == '+' ? PF_FLAG_SHOW_SIGN : sign == ' ' ? PF_FLAG_SPACE_SIGN : 0;
    format_text(&text, f, fmt, flags, prec);
    size_t len = text.len < buf_size ? text.len : buf_size - 1;
    memcpy(buf, text.buf, len);
    buf[len] = '\0';
    text_free(&text);
    return (int)len;
}

// Zero padding with grouping ('{:010,.1f}'): CPython groups the padding zeros too, and never starts
// with a separator. `s` is the unsigned text (integer part grouped with `sep`).
static int print_zero_padded_grouped(const mp_print_t* print, const char* s, size_t len, char sep,
                                     int width) {
    size_t int_end = 0;
    size_t digits = 0;
    while (int_end < len && ((s[int_end] >= '0' && s[int_end] <= '9') || s[int_end] == sep)) {
        digits += s[int_end] != sep;
        ++int_end;
    }
    size_t rest = len - int_end;
    size_t want = digits;
    while (want + (want - 1) / 3 + rest < (size_t)width) { ++want; }
    text_t padded;
    text_init(&padded);
    for (size_t i = digits; i < want; ++i) { text_add_char(&padded, '0'); }
    for (size_t i = 0; i < int_end; ++i) {
        if (s[i] != sep) { text_add_char(&padded, s[i]); }
    }
    text_add_strn(&padded, s + int_end, rest);
    group_digits(&padded, 0, sep);
    int chars = mp_print_strn(print, padded.buf, padded.len, 0, 0, 0);
    text_free(&padded);
    return chars;
}

int mp_print_float(const mp_print_t* print, mp_float_t f, char fmt, int flags, char fill, int width,
                   int prec) {
    text_t text;
    text_init(&text);
    format_text(&text, f, fmt, flags, prec);
    if (flags & PF_FLAG_ADD_PERCENT) { text_add_char(&text, '%'); }
    const char* s = text.buf;
    int len = (int)text.len;
    int chars = 0;
    if ((flags & PF_FLAG_PAD_AFTER_SIGN) && len > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' ')) {
        chars += mp_print_strn(print, s, 1, 0, 0, 1);
        ++s;
        --len;
        --width;
    }
    int grouping = flags & (PF_FLAG_SHOW_COMMA | PF_FLAG_GROUP_UNDERSCORE);
    if ((flags & PF_FLAG_PAD_AFTER_SIGN) && fill == '0' && grouping && width > len && isfinite(f)) {
        chars += print_zero_padded_grouped(print, s, len, (flags & PF_FLAG_SHOW_COMMA) ? ',' : '_', width);
    } else {
        chars += mp_print_strn(print, s, len, flags, fill, width);
    }
    text_free(&text);
    return chars;
}

void mp_float_print_repr(const mp_print_t* print, mp_float_t value) {
    text_t text;
    text_init(&text);  // a repr is at most 24 characters: it stays in the stack storage
    format_text(&text, value, 'r', 0, -1);
    mp_print_strn(print, text.buf, text.len, 0, 0, 0);
    text_free(&text);
}

mp_float_t mp_float_from_text(const char* text, size_t len) {
    char stack_buf[64];
    char* buf = len < sizeof(stack_buf) ? stack_buf : m_new(char, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; ++i) {
        if (text[i] != '_') { buf[n++] = text[i]; }
    }
    buf[n] = '\0';
    double value = strtod(buf, NULL);
    if (buf != stack_buf) { m_del(char, buf, len + 1); }
    return (mp_float_t)value;
}

// x printed with `fmt` ("%.*e" / "%.*f") at `precision`, read back: printf's correct rounding.
static double print_and_reread(const char* fmt, int precision, double x) {
    int len = snprintf(NULL, 0, fmt, precision, x);
    char stack_buf[64];
    char* buf = len < (int)sizeof(stack_buf) ? stack_buf : m_new(char, len + 1);
    snprintf(buf, len + 1, fmt, precision, x);
    double result = strtod(buf, NULL);
    if (buf != stack_buf) { m_del(char, buf, len + 1); }
    return result;
}

mp_float_t mp_float_round_digits(mp_float_t value, mp_int_t ndigits) {
    double x = (double)value;
    if (!isfinite(x) || x == 0 || ndigits > 330) { return value; }
    if (ndigits < -330) { return copysign(0.0, x); }
    if (ndigits >= 0) { return (mp_float_t)print_and_reread("%.*f", (int)ndigits, x); }
    // Round to a multiple of 10^-ndigits: %e with as many significant digits as reach that position.
    char probe[40];
    snprintf(probe, sizeof(probe), "%.16e", fabs(x));
    int exponent = atoi(strchr(probe, 'e') + 1);
    int keep = exponent + 1 + (int)ndigits;  // significant digits left
    if (keep <= 0) {
        // |x| < 10^-ndigits: 0, or one unit when above half of it (half rounds to even 0).
        double unit = pow(10.0, (double)-ndigits);
        double result = (keep == 0 && fabs(x) > unit / 2) ? unit : 0.0;
        return (mp_float_t)copysign(result, x);
    }
    return (mp_float_t)print_and_reread("%.*e", keep - 1, x);
}

#endif  // MICROPY_FLOAT_LIBC_TEXT
