# unittest TestCase runs as CPython prints them: failures, errors, skips, expected failures and subTest at verbosity 0, 1 and 2, fixtures and cleanups in order.
import io
import re
import sys
import unittest

log = []


def masked(text):
    # the run's time and the script's path (ctest runs it by its full path)
    text = text.replace(__file__, "FILE")
    return re.sub(r"Ran (\d+) tests? in \d+\.\d{3}s", r"Ran \1 tests in X.XXXs", text)


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_add(self):
        """Adding two numbers."""
        self.assertEqual(1 + 1, 2)

    def test_wrong_sum(self):
        self.assertEqual(1 + 1, 3)

    def test_divide_by_zero(self):
        {}.pop("missing")

    def test_message(self):
        self.assertTrue(0, "zero is falsy")

    @unittest.skip("not ready")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.skipIf(sys.maxsize > 1, "big machine")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "needs a flag")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual("a", "b")

    @unittest.expectedFailure
    def test_fixed_bug(self):
        pass

    def test_even(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested_subtests(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                raise ValueError("inside")


class Plain(unittest.TestCase):
    def test_ok(self):
        self.assertIn(3, [1, 2, 3])

    def helper(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass


class BadSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Arithmetic))
print(Arithmetic("test_add").id(), "|", Arithmetic("test_add"), "|", Arithmetic("test_add").shortDescription())
print(repr(Plain("test_ok")), Plain("test_ok").shortDescription())

for verbosity in (0, 1, 2):
    log.clear()
    suite = unittest.TestSuite()
    for cls in (Arithmetic, Plain, Skipped, BadSetup):
        suite.addTests(loader.loadTestsFromTestCase(cls))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print("---- verbosity", verbosity)
    print(masked(stream.getvalue()), end="")
    print(result)
    print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
          "skipped", len(result.skipped), "expected", len(result.expectedFailures),
          "unexpected", len(result.unexpectedSuccesses), "ok", result.wasSuccessful())
print([reason for test, reason in result.skipped])
print([str(test) for test in result.unexpectedSuccesses])
print("\n".join(log))

# a TestResult of one's own, and a passing run
result = unittest.TestResult()
unittest.TestSuite([Plain("test_ok")]).run(result)
print(result.testsRun, result.wasSuccessful(), result.failures, result.errors)
stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([Plain("test_ok"), Arithmetic("test_skipped")]))
print(masked(stream.getvalue()), end="")
