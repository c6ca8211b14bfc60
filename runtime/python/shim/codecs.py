# codecs for Loopscope's MicroPython: the codec registry's everyday corner as CPython 3.11 has it:
# encode/decode, lookup (CodecInfo), getencoder/getdecoder for UTF-8 (and utf-8-sig), ASCII and
# Latin-1 under their usual aliases, with the error handlers strict, ignore, replace,
# backslashreplace, xmlcharrefreplace (encoding) and surrogateescape, CPython's error texts and
# ranges ("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"), and the BOM
# constants. The codecs are written here: the interpreter's str.encode/bytes.decode know only strict
# UTF-8 and hand every other codec or error handler to this module (patch 0237).
# Lacks the other encodings (UTF-16/32, cp1252, the bytes-to-bytes hex/base64/zlib codecs),
# register/register_error, the incremental and stream classes, and codecs.open.

__all__ = ["lookup", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE",
           "BOM_UTF32_BE", "CodecInfo", "getencoder", "getdecoder", "encode", "decode",
           "IncrementalEncoder", "IncrementalDecoder", "getincrementalencoder", "getincrementaldecoder",
           "iterencode", "iterdecode"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
# The machine's byte order is little-endian (as on every platform Loopscope runs on).
BOM = BOM_UTF16 = BOM_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# The builtins UnicodeEncodeError/UnicodeDecodeError carry no message of their own here: the errors
# raised are subclasses of the same names that format CPython's (`except UnicodeDecodeError` catches
# them; str.encode and bytes.decode of other codecs come here too, patch 0237).
_BuiltinEncodeError = UnicodeEncodeError
_BuiltinDecodeError = UnicodeDecodeError


def _set_codec_error_fields(error, encoding, object, start, end, reason):
    # (the attributes CPython's codec errors carry; their args are the five values)
    error.encoding, error.object, error.reason = encoding, object, reason
    error.start, error.end = start, end


class UnicodeEncodeError(_BuiltinEncodeError):
    def __init__(self, encoding, object, start, end, reason):
        super().__init__(encoding, object, start, end, reason)
        _set_codec_error_fields(self, encoding, object, start, end, reason)

    def __str__(self):
        if self.end - self.start == 1:
            c = ord(self.object[self.start])
            if c <= 0xFF:
                shown = "'\\x%02x'" % c
            elif c <= 0xFFFF:
                shown = "'\\u%04x'" % c
            else:
                shown = "'\\U%08x'" % c
            return "'%s' codec can't encode character %s in position %d: %s" % (
                self.encoding, shown, self.start, self.reason)
        return "'%s' codec can't encode characters in position %d-%d: %s" % (
            self.encoding, self.start, self.end - 1, self.reason)


class UnicodeDecodeError(_BuiltinDecodeError):
    def __init__(self, encoding, object, start, end, reason):
        super().__init__(encoding, object, start, end, reason)
        _set_codec_error_fields(self, encoding, object, start, end, reason)

    def __str__(self):
        if self.end - self.start == 1:
            return "'%s' codec can't decode byte 0x%02x in position %d: %s" % (
                self.encoding, self.object[self.start], self.start, self.reason)
        return "'%s' codec can't decode bytes in position %d-%d: %s" % (
            self.encoding, self.start, self.end - 1, self.reason)


class CodecInfo(tuple):
    # (encode, decode, streamreader, streamwriter) with the codec's name and functions by name.
    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


# ---- error handling ----

def _bad_handler(errors):
    raise LookupError("unknown error handler name '%s'" % errors)


def _encode_run(encoding, text, start, end, errors, reason, out):
    # The replacement for text[start:end], which the codec cannot encode, appended to out (bytes).
    if errors == "strict":
        raise UnicodeEncodeError(encoding, text, start, end, reason)
    if errors == "ignore":
        return
    if errors == "replace":
        out.extend(b"?" * (end - start))
    elif errors == "backslashreplace":
        for c in text[start:end]:
            n = ord(c)
            form = "\\x%02x" if n <= 0xFF else "\\u%04x" if n <= 0xFFFF else "\\U%08x"
            out.extend((form % n).encode())
    elif errors == "xmlcharrefreplace":
        for c in text[start:end]:
            out.extend(("&#%d;" % ord(c)).encode())
    elif errors == "surrogateescape":
        for i in range(start, end):
            n = ord(text[i])
            if not 0xDC80 <= n <= 0xDCFF:
                raise UnicodeEncodeError(encoding, text, i, i + 1, reason)
            out.append(n - 0xDC00)
    else:
        _bad_handler(errors)


def _decode_run(encoding, data, start, end, errors, reason, out):
    # The replacement for data[start:end], which the codec cannot decode, appended to out (a list).
    if errors == "strict":
        raise UnicodeDecodeError(encoding, data, start, end, reason)
    if errors == "ignore":
        return
    if errors == "replace":
        out.append("\ufffd")
    elif errors == "backslashreplace":
        out.append("".join("\\x%02x" % b for b in data[start:end]))
    elif errors == "surrogateescape":
        out.append("".join(chr(0xDC00 + b) for b in data[start:end]))  # all >= 0x80 here
    else:
        _bad_handler(errors)


def _check_text(text, codec):
    if not isinstance(text, str):
        raise TypeError("%s_encode() argument 1 must be str, not %s" % (codec, type(text).__name__))


def _check_bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


# ---- the codecs: each (text, errors) -> (bytes, length) or (data, errors) -> (str, length) ----

def _charmap_encode(encoding, limit, codec):
    def encode(text, errors="strict"):
        _check_text(text, codec)
        out = bytearray()
        i, n = 0, len(text)
        while i < n:
            c = ord(text[i])
            if c < limit:
                out.append(c)
                i += 1
                continue
            j = i + 1
            while j < n and ord(text[j]) >= limit:
                j += 1  # CPython reports a run of unencodable characters as one error
            _encode_run(encoding, text, i, j, errors, "ordinal not in range(%d)" % limit, out)
            i = j
        return bytes(out), n
    return encode


def _ascii_decode(data, errors="strict"):
    data = _check_bytes(data)
    out = []
    start = 0
    for i, b in enumerate(data):
        if b >= 0x80:
            out.append(data[start:i].decode())
            _decode_run("ascii", data, i, i + 1, errors, "ordinal not in range(128)", out)
            start = i + 1
    out.append(data[start:].decode())
    return "".join(out), len(data)


def _latin1_decode(data, errors="strict"):
    data = _check_bytes(data)
    return "".join([chr(b) for b in data]), len(data)


def _utf8_encode(text, errors="strict"):
    _check_text(text, "utf_8")
    out = bytearray()
    i, n = 0, len(text)
    start = 0
    while i < n:
        if 0xD800 <= ord(text[i]) <= 0xDFFF:
            out.extend(text[start:i].encode())
            j = i + 1
            while j < n and 0xD800 <= ord(text[j]) <= 0xDFFF:
                j += 1
            _encode_run("utf-8", text, i, j, errors, "surrogates not allowed", out)
            i = start = j
        else:
            i += 1
    out.extend(text[start:].encode())
    return bytes(out), n


# The bytes a UTF-8 sequence's second byte may take, by lead byte (the rest take 0x80-0xBF).
_SECOND = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF), 0xF4: (0x80, 0x8F)}


def _utf8_decode(data, errors="strict", name="utf-8"):
    data = _check_bytes(data)
    out = []
    i, n = 0, len(data)
    start = 0  # the start of the current run of ASCII and valid sequences
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if 0xC2 <= b <= 0xDF:
            size = 2
        elif 0xE0 <= b <= 0xEF:
            size = 3
        elif 0xF0 <= b <= 0xF4:
            size = 4
        else:
            size = 0
        # How many bytes of the sequence are well formed; the error covers them (one U+FFFD).
        good = 1
        reason = None
        if size == 0:
            reason = "invalid start byte"
        else:
            lo, hi = _SECOND.get(b, (0x80, 0xBF))
            while good < size:
                if i + good >= n:
                    reason = "unexpected end of data"
                    break
                c = data[i + good]
                if not (lo <= c <= hi if good == 1 else 0x80 <= c <= 0xBF):
                    reason = "invalid continuation byte"
                    break
                good += 1
        if reason is None:
            i += size
            continue
        out.append(data[start:i].decode())
        _decode_run(name, data, i, i + good, errors, reason, out)
        i = start = i + good
    out.append(data[start:].decode())
    return "".join(out), n


def _utf8_sig_encode(text, errors="strict"):
    encoded, n = _utf8_encode(text, errors)
    return BOM_UTF8 + encoded, n


def _utf8_sig_decode(data, errors="strict"):
    data = _check_bytes(data)
    skip = 3 if data[:3] == BOM_UTF8 else 0
    text, _ = _utf8_decode(data[skip:], errors)
    return text, len(data)


_CODECS = {
    "utf-8": (_utf8_encode, _utf8_decode),
    "utf-8-sig": (_utf8_sig_encode, _utf8_sig_decode),
    "ascii": (_charmap_encode("ascii", 128, "ascii"), _ascii_decode),
    "iso8859-1": (_charmap_encode("latin-1", 256, "latin_1"), _latin1_decode),
}

_ALIASES = {
    "utf_8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf_8_sig": "utf-8-sig", "utf8_sig": "utf-8-sig",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii", "us": "ascii", "ansi_x3.4_1968": "ascii",
    "latin_1": "iso8859-1", "latin1": "iso8859-1", "latin": "iso8859-1", "l1": "iso8859-1",
    "iso_8859_1": "iso8859-1", "iso8859_1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1",
    "iso_ir_100": "iso8859-1", "iso_8859_1:1987": "iso8859-1",
}

_infos = {}


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.strip().lower().replace("-", "_").replace(" ", "_")
    name = _ALIASES.get(key)
    if name is None:
        raise LookupError("unknown encoding: %s" % encoding)
    info = _infos.get(name)
    if info is None:
        encode, decode = _CODECS[name]
        info = _infos[name] = CodecInfo(encode, decode, name=name)
    return info


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _run(verb, info, obj, errors):
    # As CPython's codecs.encode/decode: a codec's TypeError, ValueError or LookupError comes out as
    # the same type, its text saying which codec failed (UnicodeErrors come out unchanged).
    try:
        return (info.encode if verb == "encoding" else info.decode)(obj, errors)[0]
    except UnicodeError:
        raise
    except (TypeError, ValueError, LookupError) as exc:
        raise type(exc)("%s with '%s' codec failed (%s: %s)"
                        % (verb, info.name, type(exc).__name__, exc)) from exc


def encode(obj, encoding="utf-8", errors="strict"):
    return _run("encoding", lookup(encoding), obj, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return _run("decoding", lookup(encoding), obj, errors)


def _utf8_incomplete_tail(data):
    # How many bytes at the end of data start a UTF-8 sequence that more bytes may complete.
    n = len(data)
    for back in range(1, min(3, n) + 1):
        byte = data[n - back]
        if byte & 0xC0 == 0x80:
            continue  # a continuation byte: its lead is further back
        need = 2 if byte & 0xE0 == 0xC0 else 3 if byte & 0xF0 == 0xE0 else 4 if byte & 0xF8 == 0xF0 else 1
        return back if need > back else 0
    return 0


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def encode(self, input, final=False):
        return self._encode(input, self.errors)[0]

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    # Bytes given in pieces: a UTF-8 sequence split between two pieces waits for its end (the
    # single-byte codecs decode every piece at once).
    _utf8 = False

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = b""

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        keep = 0 if final or not self._utf8 else _utf8_incomplete_tail(data)
        self.buffer = data[len(data) - keep:] if keep else b""
        return self._decode(data[:len(data) - keep], self.errors)[0]

    def reset(self):
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def getincrementalencoder(encoding):
    info = lookup(encoding)
    return type("IncrementalEncoder", (IncrementalEncoder,), {"_encode": staticmethod(info.encode)})


def getincrementaldecoder(encoding):
    info = lookup(encoding)
    return type("IncrementalDecoder", (IncrementalDecoder,),
                {"_decode": staticmethod(info.decode), "_utf8": info.name.startswith("utf")})


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output
