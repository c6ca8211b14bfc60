# zoneinfo for Loopscope's MicroPython. The sandbox has no time zone database (no /usr/share/zoneinfo,
# no tzdata package), so ZoneInfo knows the zones that need none: UTC and its aliases (Etc/UTC,
# GMT, Zulu...) and the fixed-offset Etc/GMT+N / Etc/GMT-N zones (POSIX signs: Etc/GMT+5 is UTC-5).
# Any other key raises ZoneInfoNotFoundError saying so. Local time in the sandbox is UTC.

from datetime import timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]

TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    pass


try:
    _RuntimeWarning = RuntimeWarning
except NameError:
    from warnings import RuntimeWarning as _RuntimeWarning


class InvalidTZPathWarning(_RuntimeWarning):
    pass


try:
    ZoneInfoNotFoundError.__module__ = "zoneinfo._common"
    InvalidTZPathWarning.__module__ = "zoneinfo._tzpath"
except (AttributeError, TypeError):
    pass

_UTC_NAMES = ("UTC", "Etc/UTC", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu")
_GMT_NAMES = ("GMT", "Etc/GMT", "GMT0", "Etc/GMT0", "GMT+0", "GMT-0", "Etc/GMT+0", "Etc/GMT-0", "Greenwich",
              "Etc/Greenwich")
_ZERO = timedelta(0)


def _fixed(key):
    # (offset, abbreviation) of a key that needs no database, or None.
    if key in _UTC_NAMES:
        return _ZERO, "UTC"
    if key in _GMT_NAMES:
        return _ZERO, "GMT"
    if key.startswith("Etc/GMT") and len(key) > 8 and key[7] in "+-" and key[8:].isdigit():
        hours = int(key[8:])
        if key[7] == "+" and 1 <= hours <= 12 or key[7] == "-" and 1 <= hours <= 14:
            if key[8] == "0":
                return None
            sign = -1 if key[7] == "+" else 1
            return timedelta(hours=sign * hours), "%s%02d" % ("-" if sign < 0 else "+", hours)
    return None


def _validate_key(key):
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(key).__name__)
    if key.startswith("/"):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    if ".." in key.split("/") or key == "" or key.endswith("/"):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)


class ZoneInfo(tzinfo):
    _cache = {}

    def __new__(cls, key):
        cached = cls._cache.get(key)
        if cached is not None and type(cached) is cls:
            return cached
        obj = cls.no_cache(key)
        cls._cache[key] = obj
        return obj

    def __init__(self, key):
        pass

    @classmethod
    def no_cache(cls, key):
        _validate_key(key)
        fixed = _fixed(key)
        if fixed is None and key.startswith(("Etc/GMT", "GMT")):
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        if fixed is None:
            raise ZoneInfoNotFoundError(
                "No time zone found with key %s (the Loopscope sandbox has no time zone database: it knows "
                "UTC, its aliases and the fixed-offset Etc/GMT+N zones; local time is UTC)" % key)
        obj = object.__new__(cls)
        obj._key = key
        obj._offset, obj._abbr = fixed
        return obj

    @classmethod
    def from_file(cls, fobj, key=None):
        raise ValueError("Invalid TZif file: the Loopscope sandbox reads no time zone files")

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return _ZERO

    def tzname(self, dt):
        return self._abbr

    def fromutc(self, dt):
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self._key

    def __repr__(self):
        return "%s.%s(key=%r)" % ("zoneinfo", type(self).__name__, self._key)

    def __reduce__(self):
        return (_unpickle, (self._key,))


def _unpickle(key):
    return ZoneInfo(key)


def available_timezones():
    keys = set(_UTC_NAMES) | set(_GMT_NAMES)
    for h in range(1, 13):
        keys.add("Etc/GMT+%d" % h)
    for h in range(1, 15):
        keys.add("Etc/GMT-%d" % h)
    return keys


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
        TZPATH = tuple(to)
