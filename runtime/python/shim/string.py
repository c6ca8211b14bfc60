# string for Loopscope's MicroPython: the character-class constants, capwords, Template
# ($name, ${name}, $$; substitute / safe_substitute with CPython's errors) and Formatter (format,
# vformat, parse, get_field, get_value, convert_field, format_field, check_unused_args: CPython
# 3.11's algorithm, its parser's field and error rules written here in place of the C `_string`).

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def _capitalize(word):
    return word[:1].upper() + word[1:].lower()


def capwords(s, sep=None):
    return (sep or " ").join(_capitalize(x) for x in s.split(sep))


def _is_id_start(c):
    return c == "_" or "a" <= c <= "z" or "A" <= c <= "Z"


def _is_id_char(c):
    return _is_id_start(c) or "0" <= c <= "9"


class Template:
    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _lines_cols(self, i):
        lines = self.template[:i].split("\n")
        return len(lines), len(lines[-1]) + 1

    def _convert(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == "{":
                end = t.find("}", k)
                name = t[k + 1:end] if end > 0 else ""
                if end > 0 and name and _is_id_start(name[0]) and all(_is_id_char(c) for c in name):
                    if name in mapping:
                        out.append(str(mapping[name]))
                    elif safe:
                        out.append(t[j:end + 1])
                    else:
                        raise KeyError(name)
                    i = end + 1
                    continue
            elif k < n and _is_id_start(t[k]):
                end = k
                while end < n and _is_id_char(t[end]):
                    end += 1
                name = t[k:end]
                if name in mapping:
                    out.append(str(mapping[name]))
                elif safe:
                    out.append(t[j:end])
                else:
                    raise KeyError(name)
                i = end
                continue
            if safe:
                out.append(d)
                i = k
                continue
            line, col = self._lines_cols(j)
            raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, col))
        return "".join(out)

    def substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = dict(mapping, **kws)
        return self._convert(mapping, False)

    def safe_substitute(self, mapping=None, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = dict(mapping, **kws)
        return self._convert(mapping, True)

    def get_identifiers(self):
        found = []
        t = self.template
        i = 0
        while True:
            j = t.find(self.delimiter, i)
            if j < 0:
                return found
            k = j + 1
            if t.startswith(self.delimiter, k):
                i = k + 1
                continue
            if k < len(t) and t[k] == "{":
                end = t.find("}", k)
                name = t[k + 1:end]
                i = end + 1
            else:
                end = k
                while end < len(t) and _is_id_char(t[end]):
                    end += 1
                name = t[k:end]
                i = max(end, k)
            if name and name not in found:
                found.append(name)

    def is_valid(self):
        try:
            self._convert({}, True)
        except ValueError:
            return False
        return True


# ---- Formatter ----

def _formatter_parser(s):
    # (literal_text, field_name, format_spec, conversion) per piece, as CPython's _string module.
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        end = i
        if c == "}" and markup and (at_end or s[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and markup and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[i] == c:
                i += 1  # an escaped brace: literal text only
                markup = False
            else:
                end -= 1
        literal = s[start:end]
        if not markup:
            yield literal, None, None, None
            continue
        i, name, spec, conversion = _parse_field(s, i)
        yield literal, name, spec, conversion


def _parse_field(s, i):
    # The field after a "{" at i: (index after its "}", name, format spec, conversion).
    n = len(s)
    start = i
    c = ""
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and s[i] != "]":
                i += 1
            continue
        if c in "}:!":
            break
    if c not in "}:!" or (i >= n and c not in "}:!"):
        raise ValueError("expected '}' before end of string")
    name = s[start:i - 1]
    conversion = None
    if c == "}":
        return i, name, "", None
    if c == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == "}":
                return i, name, "", conversion
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    count = 1
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            count += 1
        elif c == "}":
            count -= 1
            if count == 0:
                return i, name, s[spec_start:i - 1], conversion
    raise ValueError("unmatched '{' in format spec")


def _field_name_split(name):
    # (first, [(is_attribute, key), ...]) of "a.b[0]"; numeric parts are ints.
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            while i < n and name[i] not in ".[":
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[start:i]))
        else:
            start = i
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            rest.append((False, int(key) if key.isdigit() else key))
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
