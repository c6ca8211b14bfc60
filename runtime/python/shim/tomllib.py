# tomllib for Loopscope's MicroPython: a TOML 1.0 reader as CPython 3.11 has it: loads(str) and
# load(binary file) give dicts of str, int, float, bool, list, dict and the datetime shim's
# datetime/date/time (offsets as datetime.timezone, "Z" as timezone.utc); parse_float= receives the
# float's text as written (underscores included). Errors are TOMLDecodeError (a ValueError) with
# CPython's texts and places: "Invalid value (at line 3, column 7)", "... (at end of document)".
# There is no writer (CPython has none either). The scanner is written out by hand (the re shim
# backtracks); where CPython matches numbers and dates with a regex, the scanner takes the same
# longest prefix, so "12abc" fails at "a" as there.

import datetime as _dt

__all__ = ["loads", "load", "TOMLDecodeError"]


class TOMLDecodeError(ValueError):
    pass


_WS = " \t"
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def _is_ctrl(c, allow_newline):
    # The control characters no string or comment may hold as such (tab is always allowed).
    if c == "\t" or (allow_newline and c == "\n"):
        return False
    return c < " " or c == "\x7f"


def load(fp, *, parse_float=float):
    data = fp.read()
    if not hasattr(data, "decode"):
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`")
    return loads(data.decode(), parse_float=parse_float)


def loads(s, *, parse_float=float):
    if isinstance(s, (bytes, bytearray)):
        # CPython's error, from bytes.replace("\r\n", ...) (this build's text for it differs).
        raise TypeError("a bytes-like object is required, not 'str'")
    # TOML lets a reader treat CRLF as LF everywhere, strings included.
    return _Parser(s.replace("\r\n", "\n"), parse_float).document()


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        if parse_float is float:
            self.parse_float = float
        else:
            def checked(text):
                value = parse_float(text)
                if isinstance(value, (dict, list)):
                    raise ValueError("parse_float must not return dicts or lists")
                return value
            self.parse_float = checked
        self.root = {}
        # Key paths (tuples of names; array-of-tables elements share their array's path) that a
        # [header] or [[header]] declared, that an inline table or array value fixed for good, and
        # that dotted keys made under the current header (they count as declared from the next one).
        self.declared = set()
        self.frozen = set()
        self.pending = set()

    # ---- errors and low-level scanning ----

    def error(self, msg, pos=None):
        src = self.src
        pos = self.pos if pos is None else pos
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, column)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def peek(self, offset=0):
        p = self.pos + offset
        return self.src[p] if p < len(self.src) else ""

    def skip_ws(self):
        src, n, p = self.src, len(self.src), self.pos
        while p < n and src[p] in _WS:
            p += 1
        self.pos = p

    def skip_to(self, end, allow_newline, eof_is_error):
        # Moves to the next `end` (or the document's end); every character passed must be allowed.
        src, start = self.src, self.pos
        stop = src.find(end, start)
        if stop < 0:
            stop = len(src)
            if eof_is_error:
                raise self.error("Expected %r" % end, stop)
        for p in range(start, stop):
            if _is_ctrl(src[p], allow_newline):
                raise self.error("Found invalid character %r" % src[p], p)
        self.pos = stop

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.skip_to("\n", False, False)

    def skip_array_space(self):
        # Whitespace, newlines and comments, between an array's elements.
        while True:
            before = self.pos
            while self.peek() in (" ", "\t", "\n"):
                self.pos += 1
            self.skip_comment()
            if self.pos == before:
                return

    # ---- the document ----

    def document(self):
        src = self.src
        header = ()
        while True:
            self.skip_ws()
            c = self.peek()
            if not c:
                break
            if c == "\n":
                self.pos += 1
                continue
            if c in _BARE or c == '"' or c == "'":
                self.key_value(header)
                self.skip_ws()
            elif c == "[":
                # A new header: the dotted keys of the last section now count as declared tables.
                self.declared.update(self.pending)
                self.pending.clear()
                if self.peek(1) == "[":
                    header = self.array_header()
                else:
                    header = self.table_header()
                self.skip_ws()
            elif c != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            c = self.peek()
            if not c:
                break
            if c != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.root

    def is_frozen(self, key):
        return any(key[:i] in self.frozen for i in range(1, len(key) + 1))

    def nest(self, key):
        # The table at key (made when missing), going into the last element of arrays of tables;
        # KeyError when a value that is not a table stands in the way.
        table = self.root
        for name in key:
            if name not in table:
                table[name] = {}
            table = table[name]
            if isinstance(table, list):
                table = table[-1]
            if not isinstance(table, dict):
                raise KeyError(name)
        return table

    def table_header(self):
        self.pos += 1
        self.skip_ws()
        key = self.key()
        if key in self.declared or self.is_frozen(key):
            raise self.error("Cannot declare %s twice" % (key,))
        self.declared.add(key)
        try:
            self.nest(key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_header(self):
        self.pos += 2
        self.skip_ws()
        key = self.key()
        if self.is_frozen(key):
            raise self.error("Cannot mutate immutable namespace %s" % (key,))
        # A new element: what was declared inside the previous one may be declared again.
        n = len(key)
        self.declared = set(k for k in self.declared if k[:n] != key)
        self.frozen = set(k for k in self.frozen if k[:n] != key)
        self.declared.add(key)
        try:
            parent = self.nest(key[:-1])
            if key[-1] in parent:
                array = parent[key[-1]]
                if not isinstance(array, list):
                    raise KeyError(key[-1])
                array.append({})
            else:
                parent[key[-1]] = [{}]
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def key_value(self, header):
        key, value = self.pair()
        for i in range(1, len(key)):
            path = header + key[:i]
            if path in self.declared:
                raise self.error("Cannot redefine namespace %s" % (path,))
            self.pending.add(path)
        parent_key = header + key[:-1]
        if self.is_frozen(parent_key):
            raise self.error("Cannot mutate immutable namespace %s" % (parent_key,))
        try:
            table = self.nest(parent_key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.frozen.add(header + key)
        table[key[-1]] = value

    def pair(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip_ws()
        while self.peek() == ".":
            self.pos += 1
            self.skip_ws()
            parts.append(self.key_part())
            self.skip_ws()
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c and c in _BARE:
            start = self.pos
            while self.peek() and self.peek() in _BARE:
                self.pos += 1
            return self.src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # ---- values ----

    def value(self):
        src, p = self.src, self.pos
        c = self.peek()
        if c == '"':
            if src.startswith('"""', p):
                return self.multiline_string('"')
            self.pos += 1
            return self.basic_string(False)
        if c == "'":
            if src.startswith("'''", p):
                return self.multiline_string("'")
            return self.literal_string()
        if c == "t" and src.startswith("true", p):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", p):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        found = self.date_time()
        if found is not None:
            return found
        found = self.number()
        if found is not None:
            return found
        for word in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
            if src.startswith(word, p):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        items = []
        self.skip_array_space()
        while self.peek() != "]":
            items.append(self.value())
            self.skip_array_space()
            c = self.peek()
            if c == "]":
                break
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_space()
        self.pos += 1
        return items

    def inline_table(self):
        self.pos += 1
        table = {}
        frozen = set()
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            key, value = self.pair()
            if any(key[:i] in frozen for i in range(1, len(key) + 1)):
                raise self.error("Cannot mutate immutable namespace %s" % (key,))
            parent = table
            for name in key[:-1]:
                if name not in parent:
                    parent[name] = {}
                parent = parent[name]
                if not isinstance(parent, dict):
                    raise self.error("Cannot overwrite a value")
            if key[-1] in parent:
                raise self.error("Duplicate inline table key %r" % key[-1])
            parent[key[-1]] = value
            self.skip_ws()
            c = self.peek()
            if c == "}":
                self.pos += 1
                return table
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                frozen.add(key)
            self.pos += 1
            self.skip_ws()

    # ---- strings ----

    def literal_string(self):
        self.pos += 1
        start = self.pos
        self.skip_to("'", False, True)
        self.pos += 1
        return self.src[start:self.pos - 1]

    def basic_string(self, multiline):
        # From just after the opening quote(s) to just after the closing ones.
        src = self.src
        n = len(src)
        out = []
        start = p = self.pos
        while True:
            if p >= n:
                raise self.error("Unterminated string", p)
            c = src[p]
            if c == '"':
                if not multiline:
                    out.append(src[start:p])
                    self.pos = p + 1
                    return "".join(out)
                if src.startswith('"""', p):
                    out.append(src[start:p])
                    self.pos = p + 3
                    return "".join(out)
                p += 1
            elif c == "\\":
                out.append(src[start:p])
                p = self.escape(p, multiline, out)
                start = p
            elif _is_ctrl(c, multiline):
                raise self.error("Illegal character %r" % c, p)
            else:
                p += 1

    def escape(self, p, multiline, out):
        # The escape at p (a backslash) appended to out; returns the position after it.
        src = self.src
        code = src[p + 1:p + 2]
        p += 2
        if multiline and code in (" ", "\t", "\n"):
            # A line-ending backslash: drop the whitespace and newlines that follow it.
            if code != "\n":
                while p < len(src) and src[p] in _WS:
                    p += 1
                if p >= len(src):
                    return p
                if src[p] != "\n":
                    raise self.error("Unescaped '\\' in a string", p)
            while p < len(src) and src[p] in " \t\n":
                p += 1
            return p
        if code == "u" or code == "U":
            size = 4 if code == "u" else 8
            digits = src[p:p + size]
            if len(digits) != size or any(d not in _HEX for d in digits):
                raise self.error("Invalid hex value", p)
            p += size
            point = int(digits, 16)
            if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:
                raise self.error("Escaped character is not a Unicode scalar value", p)
            out.append(chr(point))
            return p
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
            return p
        raise self.error("Unescaped '\\' in a string", p)

    def multiline_string(self, quote):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1  # a newline right after the opening quotes is not part of the string
        if quote == "'":
            start = self.pos
            self.skip_to("'''", True, True)
            text = self.src[start:self.pos]
            self.pos += 3
        else:
            text = self.basic_string(True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if self.peek() != quote:
                break
            text += quote
            self.pos += 1
        return text

    # ---- numbers, dates and times ----

    def digits_run(self, p, allowed):
        # The end of allowed-digits with single underscores between them, starting at p (which must
        # hold a digit), as the regex [d](?:_?[d])* takes it.
        src, n = self.src, len(self.src)
        p += 1
        while p < n:
            if src[p] in allowed:
                p += 1
            elif src[p] == "_" and p + 1 < n and src[p + 1] in allowed:
                p += 2
            else:
                break
        return p

    def number(self):
        src, n, p = self.src, len(self.src), self.pos
        if src.startswith("0", p):
            kind = src[p + 1:p + 2]
            allowed = {"x": _HEX, "o": "01234567", "b": "01"}.get(kind) if kind else None
            if allowed and p + 2 < n and src[p + 2] in allowed:
                end = self.digits_run(p + 2, allowed)
                self.pos = end
                return int(src[p + 2:end].replace("_", ""), {"x": 16, "o": 8, "b": 2}[kind])
        q = p
        if q < n and src[q] in "+-":
            q += 1
        if q >= n or src[q] not in _DIGITS:
            return None
        q = q + 1 if src[q] == "0" else self.digits_run(q, _DIGITS)
        int_end = q
        if q + 1 < n and src[q] == "." and src[q + 1] in _DIGITS:
            q = self.digits_run(q + 1, _DIGITS)
        if q < n and src[q] in "eE":
            e = q + 1
            if e < n and src[e] in "+-":
                e += 1
            if e < n and src[e] in _DIGITS:
                q = self.digits_run(e, _DIGITS)
        text = src[p:q]
        self.pos = q
        if q == int_end:
            return int(text.replace("_", ""))
        if self.parse_float is float:
            return float(text.replace("_", ""))
        return self.parse_float(text)

    def two_digits(self, p, high):
        # The value of two digits at p if it is at most high, else None.
        text = self.src[p:p + 2]
        if len(text) == 2 and text[0] in _DIGITS and text[1] in _DIGITS and int(text) <= high:
            return int(text)
        return None

    def time_at(self, p):
        # (hour, minute, second, microsecond, end) of HH:MM:SS[.fraction] at p, or None.
        src = self.src
        hour = self.two_digits(p, 23)
        if hour is None or src[p + 2:p + 3] != ":":
            return None
        minute = self.two_digits(p + 3, 59)
        if minute is None or src[p + 5:p + 6] != ":":
            return None
        second = self.two_digits(p + 6, 59)
        if second is None:
            return None
        p += 8
        micro = 0
        if src[p:p + 1] == "." and src[p + 1:p + 2] and src[p + 1] in _DIGITS:
            start = p = p + 1
            while p < len(src) and src[p] in _DIGITS:
                p += 1
            digits = src[start:p][:6]  # digits past the microseconds are cut, not rounded
            micro = int(digits + "0" * (6 - len(digits)))
        return hour, minute, second, micro, p

    def date_time(self):
        # A date, a date-time (local or with an offset) or a local time at the position, or None.
        src, p = self.src, self.pos
        head = src[p:p + 10]
        if not (len(head) == 10 and head[4] == "-" and head[7] == "-"
                and all(head[i] in _DIGITS for i in (0, 1, 2, 3, 5, 6, 8, 9))):
            found = self.time_at(p)
            if found is None:
                return None
            self.pos = found[4]
            return _dt.time(*found[:4])
        year, month, day = int(head[:4]), int(head[5:7]), int(head[8:10])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        end = p + 10
        clock = None
        tz = None
        if src[end:end + 1] in ("T", "t", " ") and src[end:end + 1]:
            clock = self.time_at(end + 1)
        if clock is not None:
            end = clock[4]
            sign = src[end:end + 1]
            if sign in ("Z", "z") and sign:
                tz = _dt.timezone.utc
                end += 1
            elif sign in ("+", "-") and sign:
                hours = self.two_digits(end + 1, 23)
                minutes = self.two_digits(end + 4, 59)
                if hours is not None and minutes is not None and src[end + 3:end + 4] == ":":
                    factor = -1 if sign == "-" else 1
                    tz = _dt.timezone(_dt.timedelta(hours=factor * hours, minutes=factor * minutes))
                    end += 6
        try:
            if clock is None:
                value = _dt.date(year, month, day)
            else:
                hour, minute, second, micro = clock[:4]
                value = _dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
        except ValueError as exc:
            raise self.error("Invalid date or datetime") from exc
        self.pos = end
        return value
