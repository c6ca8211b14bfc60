# unittest.main(): discovers the TestCase classes of __main__ in name order, honours argv (-v, -q, test names, -k) and verbosity=, prints to sys.stderr (here redirected), raises SystemExit (code 1 on failure, 0 on success) unless exit=False.
import io
import re
import unittest
from contextlib import redirect_stderr


class ZetaTests(unittest.TestCase):
    def test_b(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_a(self):
        self.assertGreater(len("abc"), 5)


class AlphaTests(unittest.TestCase):
    def test_only(self):
        pass

    def test_other(self):
        """Second test of Alpha."""
        self.assertIsNone(None)


class NotATest:
    def test_ignored(self):
        raise AssertionError("not collected")


def run(**kwargs):
    capture = io.StringIO()
    try:
        with redirect_stderr(capture):
            program = unittest.main(**kwargs)
        outcome = "returned, successful=%s" % program.result.wasSuccessful()
    except SystemExit as e:
        outcome = "SystemExit(%d)" % e.code
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d{3}s", r"Ran \1 tests in X.XXXs", capture.getvalue().replace(__file__, "FILE"))
    print(text, end="")
    print("->", outcome)
    print()


run(argv=["prog"], exit=False)
run(argv=["prog", "-v"], exit=False)
run(argv=["prog"], verbosity=2, exit=False)
run(argv=["prog", "-q"], exit=False)
run(argv=["prog", "AlphaTests"])
run(argv=["prog", "ZetaTests.test_b", "AlphaTests.test_only"], verbosity=2)
run(argv=["prog", "-k", "other"], exit=False)
unittest.defaultTestLoader.testNamePatterns = None
run(argv=["prog"])
