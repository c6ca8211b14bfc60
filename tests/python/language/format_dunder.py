# A class's __format__ is called by f-strings, str.format and the format() builtin, with the spec
# after nested fields are filled in; !r/!s convert first and format the string instead.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __repr__(self):
        return f"Money({self.cents})"


class Plain:
    def __str__(self):
        return "plain"


m = Money(12345)
width = 12
print(f"{m}", f"{m:cents}", f"{m:>{width}.1f}|", f"{m!r:>12}|", f"{m!s}")
print("{} {:cents} {:,.2f}".format(m, m, m), "{0:{1}}".format(m, "cents"))
print(format(m), format(m, "cents"), format(m, "08.3f"))
print(format(3.14159, ".2f"), format(42, "05d"), format("ab", "^6") + "|", format(255, "x"), format(7))
print(f"{Plain()}", format(Plain()))


class Bad:
    def __format__(self, spec):
        return 42


try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError:", e)
