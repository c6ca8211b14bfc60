# string for Loopscope's MicroPython: the character-class constants, capwords and Template
# ($name, ${name}, $$; substitute / safe_substitute with CPython's errors).

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Template"]

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
