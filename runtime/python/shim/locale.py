# locale for Loopscope's MicroPython: the sandbox has only the C/POSIX locales (LC_CTYPE C.UTF-8, the
# others C, as CPython 3.11 starts on the conformance machine with LANG=C.UTF-8). setlocale accepts
# "C", "POSIX", "C.UTF-8" and "" (the environment's C.UTF-8); any other name raises locale.Error
# "unsupported locale setting", as CPython does where that locale is not installed. localeconv,
# format_string, str, atof, atoi, currency... behave as in the C locale.

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale", "resetlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "CHAR_MAX", "getencoding", "LC_MESSAGES", "delocalize", "localize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
AM_STR = 131110
PM_STR = 131111
YESEXPR = 327680
NOEXPR = 327681
CRNCYSTR = 262159
ERA = 131116
ALT_DIGITS = 131119
_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12 = range(131098, 131110)
ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11, \
    ABMON_12 = range(131086, 131098)


class Error(Exception):
    pass


try:
    Error.__module__ = "locale"
except (AttributeError, TypeError):
    pass

# glibc's order of the categories in a composite LC_ALL name.
_CATEGORY_NAMES = (("LC_CTYPE", LC_CTYPE), ("LC_NUMERIC", LC_NUMERIC), ("LC_TIME", LC_TIME),
                   ("LC_COLLATE", LC_COLLATE), ("LC_MONETARY", LC_MONETARY), ("LC_MESSAGES", LC_MESSAGES),
                   ("LC_PAPER", None), ("LC_NAME", None), ("LC_ADDRESS", None), ("LC_TELEPHONE", None),
                   ("LC_MEASUREMENT", None), ("LC_IDENTIFICATION", None))
_current = {LC_CTYPE: "C.UTF-8", LC_NUMERIC: "C", LC_TIME: "C", LC_COLLATE: "C", LC_MONETARY: "C",
            LC_MESSAGES: "C", "other": "C"}
_ENV_LOCALE = "C.UTF-8"
_KNOWN = {"C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8", "C.utf8": "C.utf8", "C.utf-8": "C.utf-8"}


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("an integer is required (got type %s)" % type(category).__name__)
    if category not in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL):
        raise Error("unsupported locale setting")


def _query(category):
    if category != LC_ALL:
        return _current[category]
    names = [_current[c] if c is not None else _current["other"] for _, c in _CATEGORY_NAMES]
    if all(n == names[0] for n in names):
        return names[0]
    return ";".join("%s=%s" % (label, n) for (label, _), n in zip(_CATEGORY_NAMES, names))


def setlocale(category, locale=None):
    _check_category(category)
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        return _query(category)
    name = _ENV_LOCALE if locale == "" else _KNOWN.get(locale)
    if name is None:
        raise Error("unsupported locale setting")
    if category == LC_ALL:
        for key in list(_current):
            _current[key] = name
    else:
        _current[category] = name
    return _query(category)


def resetlocale(category=LC_ALL):
    setlocale(category, "")


_C_CONV = {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "", "mon_thousands_sep": "",
           "mon_grouping": [], "positive_sign": "", "negative_sign": "", "int_frac_digits": 127,
           "frac_digits": 127, "p_cs_precedes": 127, "p_sep_by_space": 127, "n_cs_precedes": 127,
           "n_sep_by_space": 127, "p_sign_posn": 127, "n_sign_posn": 127, "decimal_point": ".",
           "thousands_sep": "", "grouping": []}


def localeconv():
    conv = dict(_C_CONV)
    conv["mon_grouping"] = []
    conv["grouping"] = []
    return conv


def nl_langinfo(key):
    if key == CODESET:
        return "UTF-8" if _current[LC_CTYPE] != "C" else "ANSI_X3.4-1968"
    if key == RADIXCHAR:
        return "."
    if key in (THOUSEP, CRNCYSTR, ERA, ALT_DIGITS):
        return "-" if key == CRNCYSTR else ""
    if key == D_T_FMT:
        return "%a %b %e %H:%M:%S %Y"
    if key == D_FMT:
        return "%m/%d/%y"
    if key == T_FMT:
        return "%H:%M:%S"
    if key == T_FMT_AMPM:
        return "%I:%M:%S %p"
    if key == AM_STR:
        return "AM"
    if key == PM_STR:
        return "PM"
    if key == YESEXPR:
        return "^[yY]"
    if key == NOEXPR:
        return "^[nN]"
    if DAY_1 <= key <= DAY_7:
        return _DAYS[key - DAY_1]
    if ABDAY_1 <= key <= ABDAY_7:
        return _DAYS[key - ABDAY_1][:3]
    if MON_1 <= key <= MON_12:
        return _MONTHS[key - MON_1]
    if ABMON_1 <= key <= ABMON_12:
        return _MONTHS[key - ABMON_1][:3]
    raise ValueError("unsupported langinfo constant")


def strcoll(a, b):
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


def format_string(f, val, grouping=False, monetary=False):
    # The C locale has no thousands separator and "." as decimal point: plain % formatting.
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use "
                  "'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    if not percent.startswith("%") or len(percent) < 2:
        raise ValueError("format() must be given exactly one %%char format specifier, %s not valid"
                         % repr(percent))
    return percent % value


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = "C"
        if encoding is None:
            return language
        return language + "." + encoding
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of two strings -- language code, "
                        "encoding.") from None


_ENCODINGS = {"utf8": "UTF-8", "utf-8": "UTF-8", "latin1": "ISO8859-1", "latin-1": "ISO8859-1",
              "iso88591": "ISO8859-1", "iso8859-1": "ISO8859-1", "iso-8859-1": "ISO8859-1",
              "ascii": "ISO8859-1", "iso885915": "ISO8859-15", "iso8859-15": "ISO8859-15",
              "eucjp": "eucJP", "euc-jp": "eucJP", "cp1252": "CP1252"}
_DEFAULT_ENCODINGS = {"ja_jp": "eucJP", "ko_kr": "eucKR", "zh_cn": "gb2312", "zh_tw": "big5", "ru_ru": "ISO8859-5",
                      "el_gr": "ISO8859-7", "tr_tr": "ISO8859-9", "pl_pl": "ISO8859-2", "cs_cz": "ISO8859-2",
                      "hu_hu": "ISO8859-2"}


def normalize(localename):
    code = localename.lower()
    if ":" in code:
        code = code.replace(":", ".")
    if "@" in code:
        code, modifier = code.split("@", 1)
    else:
        modifier = ""
    if code in ("c", "posix"):
        return "C"
    if code in ("c.utf8", "c.utf-8"):
        return "en_US.UTF-8"
    if "." in code:
        langname, encoding = code.split(".", 1)
    else:
        langname, encoding = code, ""
    if len(langname) == 2 and langname.isalpha():
        langname = langname + "_" + langname
    parts = langname.split("_")
    if len(parts) != 2 or not (len(parts[0]) in (2, 3) and len(parts[1]) == 2):
        return localename
    lang = parts[0] + "_" + parts[1].upper()
    if encoding:
        enc = _ENCODINGS.get(encoding.replace("_", "-"), encoding.upper() if encoding else "")
    else:
        enc = _DEFAULT_ENCODINGS.get(langname, "ISO8859-1")
    result = lang + "." + enc
    if modifier:
        result += "@" + modifier
    return result


def _parse_localename(localename):
    code = normalize(localename)
    if "@" in code:
        code, modifier = code.split("@", 1)
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        return tuple(code.split(".")[:2])
    elif code == "C":
        return None, None
    elif code == "UTF-8":
        return None, "UTF-8"
    raise ValueError("unknown locale: %s" % localename)


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ";" in localename:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(localename)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    return _parse_localename(_ENV_LOCALE)


def getencoding():
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    return "UTF-8"


locale_alias = {"c": "C", "posix": "C", "c.utf8": "en_US.UTF-8", "en": "en_US.ISO8859-1",
                "en_us": "en_US.ISO8859-1", "en_us.utf8": "en_US.UTF-8"}
locale_encoding_alias = dict(_ENCODINGS)
windows_locale = {}
