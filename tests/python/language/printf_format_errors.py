# printf-style (%) and format-spec errors with CPython 3.11's texts.
def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt('"%d" % "x"', lambda: "%d" % "x")
attempt('"%i" % "x"', lambda: "%i" % "x")
attempt('"%d" % None', lambda: "%d" % None)
attempt('"%d" % [1]', lambda: "%d" % [1])
attempt('"%x" % "x"', lambda: "%x" % "x")
attempt('"%x" % 1.5', lambda: "%x" % 1.5)
attempt('"%o" % 1.5', lambda: "%o" % 1.5)
attempt('"%f" % "x"', lambda: "%f" % "x")
attempt('"%.2e" % "x"', lambda: "%.2e" % "x")
attempt('"%g" % None', lambda: "%g" % None)
attempt('"%s %s" % (1,)', lambda: "%s %s" % (1,))
attempt('"%s" % ()', lambda: "%s" % ())
attempt('"%s" % (1, 2)', lambda: "%s" % (1, 2))
attempt('"%d" % (1, 2)', lambda: "%d" % (1, 2))
attempt('"hello" % 5', lambda: "hello" % 5)
attempt('b"%d" % b"x"', lambda: b"%d" % b"x")
attempt('"%d" % 3.7', lambda: "%d" % 3.7)
attempt('"%d" % True', lambda: "%d" % True)
attempt('"%x" % 255', lambda: "%x" % 255)
attempt('"%5.1f|%-4d|" % (2.25, 7)', lambda: "%5.1f|%-4d|" % (2.25, 7))
attempt('"%.2f%%" % 12.345', lambda: "%.2f%%" % 12.345)
attempt('"%(n)s=%(v)d" % {...}', lambda: "%(n)s=%(v)d" % {"n": "x", "v": 3})

class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)

attempt('"%d" % Meters(4.5)', lambda: "%d" % Meters(4.5))
attempt('"%.1f" % Meters(4.5)', lambda: "%.1f" % Meters(4.5))
attempt('format(1, "abc")', lambda: format(1, "abc"))
attempt('f"{1:abc}"', lambda: f"{1:abc}")
attempt('format(1.5, "abc")', lambda: format(1.5, "abc"))
attempt('f"{2.5:xyz}"', lambda: f"{2.5:xyz}")
attempt('format("s", "abc")', lambda: format("s", "abc"))
attempt('"{:abc}".format("s")', lambda: "{:abc}".format("s"))
attempt('format(True, "abc")', lambda: format(True, "abc"))
attempt('format(1, "q")', lambda: format(1, "q"))
attempt('format(1.5, "d")', lambda: format(1.5, "d"))
attempt('format("a", "d")', lambda: format("a", "d"))
attempt('"{:d}".format("x")', lambda: "{:d}".format("x"))
attempt('format(1, ".2s")', lambda: format(1, ".2s"))
attempt('format([1], "abc")', lambda: format([1], "abc"))
attempt('format(None, ">5")', lambda: format(None, ">5"))
attempt('format(1234.5, ",.1f")', lambda: format(1234.5, ",.1f"))
attempt('f"{42:>6}|{"ab":^6}|{3.14159:.2f}"', lambda: f"{42:>6}|{'ab':^6}|{3.14159:.2f}")
