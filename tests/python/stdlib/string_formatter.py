# string.Formatter: format, vformat, parse, get_field, and a subclass overriding get_value/format_field
import string

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "abra", "cad"))
print(f.format("{name:>8}|{value:08.3f}|{value!r}", name="pi", value=3.14159))
print(f.vformat("{a[0]}-{b.real}-{c[key]}", (), {"a": [7], "b": 2 + 3j, "c": {"key": "v"}}))
print(f.format("{:{width}.{prec}f}", 2.71828, width=10, prec=2))
print(f.format("{{literal}} {0!s} {0!a}", "é"))
print(list(f.parse("Hello {name}! You are {age:d} {{years}} old{x!r:>5}")))
print(list(f.parse("no fields")), list(f.parse("")))
print(f.get_field("0.imag", (5 + 2j,), {}), f.get_field("k[1]", (), {"k": "xyz"}))
print(f.get_value(1, ("a", "b"), {}), f.get_value("x", (), {"x": 9}))
print(f.convert_field("x", "r"), f.convert_field(3, None), f.format_field(3.5, ".2f"))


class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)


class UpperFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()


class StrictFormatter(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: %s" % ", ".join(sorted(unused)))


print(DefaultFormatter().format("{greeting}, {name}!", greeting="Hi"))
print(UpperFormatter().format("{} and {x}", "spam", x="eggs"))
try:
    StrictFormatter().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
for bad in ("{} {0}", "{0} {}", "{", "}", "{0!x}", "{0:{1:{2:{3}}}}", "{0[}", "{0!r"):
    try:
        f.format(bad, 1, 2, 3, 4)
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError:", e)
