# unittest's assert methods with CPython's failure messages (assertEqual on ints, sets, long reprs and with msg; the comparison, identity, membership, almost-equal, count, regex checks), assertRaises in both forms, assertLogs and assertWarns.
import logging
import unittest
import warnings


class Checks(unittest.TestCase):
    def runTest(self):
        pass


t = Checks()


def show(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (label, e))
    else:
        print("%s: passed" % label)


show("equal", t.assertEqual, 1, 2)
show("equal msg", t.assertEqual, 1, 2, "numbers differ")
show("equal long", t.assertEqual, b"x" * 100, b"x" * 99 + b"y")
show("equal long int", t.assertEqual, 10 ** 100, 10 ** 100 + 1)
show("equal float/int", t.assertEqual, 1.0, 1)
show("equal sets", t.assertEqual, {1, 2}, {2, 3})
show("equal frozenset", t.assertEqual, frozenset([1]), frozenset())
show("not equal", t.assertNotEqual, "a", "a")
show("true", t.assertTrue, [])
show("false", t.assertFalse, "text")
show("is", t.assertIs, 1, None)
show("is not", t.assertIsNot, None, None)
show("is none", t.assertIsNone, 0)
show("is not none", t.assertIsNotNone, None)
show("in", t.assertIn, "z", "abc")
show("not in", t.assertNotIn, 2, (1, 2))
show("isinstance", t.assertIsInstance, 3, str)
show("not isinstance", t.assertNotIsInstance, 3, int)
show("greater", t.assertGreater, 1, 2)
show("greater equal", t.assertGreaterEqual, 1, 2)
show("less", t.assertLess, 2, 1)
show("less equal", t.assertLessEqual, 2, 1)
show("almost", t.assertAlmostEqual, 0.1 + 0.2, 0.3)
show("almost fails", t.assertAlmostEqual, 1.0, 1.1)
show("almost places", t.assertAlmostEqual, 1.0, 1.001, places=2)
show("almost delta", t.assertAlmostEqual, 10, 12, delta=1)
show("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
show("not almost delta", t.assertNotAlmostEqual, 10, 10.5, delta=1)
show("count", t.assertCountEqual, [1, 2, 2, "a"], [2, 1, "b"])
show("count ok", t.assertCountEqual, [[1], [2]], [[2], [1]])
show("regex", t.assertRegex, "hello world", r"^world")
show("not regex", t.assertNotRegex, "hello world", r"o w")
show("fail", t.fail, "stop here")
show("list ok", t.assertListEqual, [1, 2], [1, 2])
show("dict ok", t.assertDictEqual, {"a": 1}, {"a": 1})
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print("TypeError:", e)

# assertRaises: the callable form and the context-manager form
show("raises ok", t.assertRaises, ZeroDivisionError, lambda: 1 / 0)
show("raises none", t.assertRaises, ValueError, int, "5")
with t.assertRaises(KeyError) as cm:
    {}["k"]
print("caught:", type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print("raises cm:", e)
try:
    with t.assertRaises(ValueError, msg="should raise"):
        pass
except AssertionError as e:
    print("raises cm msg:", e)
try:
    with t.assertRaises(ValueError):
        raise TypeError("other")
except TypeError as e:
    print("passes through:", e)
with t.assertRaisesRegex(ValueError, r"invalid literal"):
    int("x")
try:
    with t.assertRaisesRegex(ValueError, r"^number"):
        raise ValueError("not a number")
except AssertionError as e:
    print("raises regex:", e)
with t.assertRaises((KeyError, IndexError)) as cm:
    [][1]
print("tuple:", type(cm.exception).__name__)

# assertLogs and assertNoLogs
with t.assertLogs("app", level="INFO") as cm:
    logging.getLogger("app").info("started %d", 3)
    logging.getLogger("app.db").warning("slow")
    logging.getLogger("app").debug("hidden")
print(cm.output)
print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])
with t.assertLogs() as cm:
    logging.error("to root")
print(cm.output)
try:
    with t.assertLogs("quiet", level=logging.ERROR):
        logging.getLogger("quiet").warning("below the level")
except AssertionError as e:
    print("logs:", e)
try:
    with t.assertNoLogs("noisy"):
        logging.getLogger("noisy").info("oops")
except AssertionError as e:
    print("no logs:", e)

# assertWarns
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn("old api", DeprecationWarning)
print("warned:", cm.warning)
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("warns:", e)
with t.assertWarnsRegex(RuntimeWarning, "careful"):
    warnings.warn("be careful", RuntimeWarning)
print("longMessage off:")
t.longMessage = False
show("equal msg", t.assertEqual, 1, 2, "just this")
