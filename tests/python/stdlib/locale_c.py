import locale
print(repr(locale.setlocale(locale.LC_ALL)), repr(locale.setlocale(locale.LC_CTYPE)), repr(locale.setlocale(locale.LC_NUMERIC)))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getdefaultlocale())
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.localeconv())
print(locale.format_string("%d items, %.2f each", (1234567, 3.14159)), locale.format_string("%d", 1234567, grouping=True))
print(locale.currency(12.5) if 0 else "", locale.str(3.5), locale.atof("1.5"), locale.atoi("42"), locale.delocalize("1,5"))
try:
    locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")
except locale.Error as e:
    print("Error", e)
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL, ""), locale.setlocale(locale.LC_ALL, "POSIX"))
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.normalize("en_US"), locale.strcoll("a", "b"), locale.strxfrm("abc"))
try:
    locale.currency(12.5)
except ValueError as e:
    print("ValueError", e)
print(locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, "C.UTF-8"), locale.getlocale(locale.LC_NUMERIC))
print(repr(locale.setlocale(locale.LC_ALL)))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
print(locale.setlocale(locale.LC_ALL, ("C", None)) if False else "", locale.normalize("de_DE.utf8"), locale.normalize("fr_FR"))
print(f"{1234567.891:,.2f}", locale.str(0.1 + 0.2), locale.format_string("%s|%5.1f", ("a", 2.25)))
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.DAY_1))
