# unittest for Loopscope's MicroPython, as CPython 3.11 runs and prints it: TestCase (setUp/tearDown,
# setUpClass/tearDownClass, addCleanup/doCleanups, addClassCleanup, the assert methods with CPython's
# messages, assertRaises/assertRaisesRegex/assertWarns/assertLogs/assertNoLogs as context managers,
# subTest, skipTest), the skip/skipIf/skipUnless/expectedFailure decorators, IsolatedAsyncioTestCase
# (each test in its own asyncio.Runner, asyncSetUp/asyncTearDown, addAsyncCleanup,
# enterAsyncContext), FunctionTestCase, TestSuite (with class and module fixtures), TestLoader,
# TestResult, TextTestResult, TextTestRunner and main(); unittest.mock is the module beside this one.
#
# What it lacks: assertEqual on two unequal str, list, tuple or dict gives CPython's first part of the
# message ("'a' != 'b'", "Lists differ: [1] != [2]\n\nFirst differing element 0:\n1\n2") but not the
# difflib diff that CPython appends (this interpreter has no difflib), and so maxDiff never truncates;
# no discover() (scripts are single files), no -b buffering, no --catch signal handling. A failure's
# traceback leaves out every frame of unittest's own files and the runtime's frames before the test's
# (CPython drops only unittest's leading and trailing frames, and shows those of asyncio's runner,
# of IsolatedAsyncioTestCase and of unittest.mock).
#
# Interpreter differences: main() exits with SystemExit(0) or SystemExit(1) (CPython's code is the
# bool `not wasSuccessful()`, which this interpreter would print and treat as a failure status), and
# a runner made without a stream writes to the target of an active contextlib.redirect_stderr, since
# sys.stderr itself cannot be replaced here.

import sys
import time
import traceback

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite", "TextTestRunner",
           "TestLoader", "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip", "skipIf",
           "skipUnless", "expectedFailure", "TextTestResult", "installHandler", "registerResult",
           "removeResult", "removeHandler", "addModuleCleanup", "doModuleCleanups",
           "enterModuleContext", "getTestCaseNames", "makeSuite", "findTestCases"]

_OWN_FILES = '  File "<stdlib>/unittest/'
_STDLIB_FILES = '  File "<stdlib>/'


class SkipTest(Exception):
    """Raise this in a test (or call TestCase.skipTest) to skip it."""


class _ShouldStop(Exception):
    # Stops a test early without reporting anything more (failfast inside a subTest).
    pass


# ---- helpers: reprs and message shortening ----

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + " [truncated]..."


# CPython's unittest is a package of submodules: its classes' names show them
_SUBMODULES = {"TestResult": "unittest.result", "TextTestResult": "unittest.runner",
               "TextTestRunner": "unittest.runner", "TestSuite": "unittest.suite",
               "BaseTestSuite": "unittest.suite", "TestCase": "unittest.case",
               "FunctionTestCase": "unittest.case", "TestLoader": "unittest.loader",
               "IsolatedAsyncioTestCase": "unittest.async_case"}


def strclass(cls):
    module = cls.__module__
    if module == __name__:
        module = _SUBMODULES.get(cls.__name__, module)
    return "%s.%s" % (module, getattr(cls, "__qualname__", cls.__name__))


def _cut(text, keep_front, keep_back):
    # Replace the middle of text by "[N chars]" when that saves room.
    dropped = len(text) - keep_front - keep_back
    if dropped > _PLACEHOLDER_LEN:
        return "%s[%d chars]%s" % (text[:keep_front], dropped, text[len(text) - keep_back:])
    return text


def _shared_prefix(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*objects):
    # The reprs of objects, shortened alike when one is longer than 80 characters: the common prefix
    # and then each tail is abbreviated, so that where they differ stays visible.
    texts = tuple(safe_repr(obj) for obj in objects)
    longest = max(len(t) for t in texts)
    if longest <= _MAX_LENGTH:
        return texts
    prefix = _shared_prefix(texts)
    n = len(prefix)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        short = _cut(prefix, _MIN_BEGIN_LEN, room)
        return tuple(short + t[n:] for t in texts)
    short = _cut(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(short + _cut(t[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for t in texts)


def _exc_info(exc):
    return (type(exc), exc, getattr(exc, "__traceback__", None))


def _callable_name(obj):
    return getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or str(obj)


# ---- skipping decorators ----

def skip(reason):
    """Skip the decorated test (function or TestCase class) unconditionally."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            original = test_item

            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(original, "__name__", "skip_wrapper")
            skip_wrapper.__doc__ = getattr(original, "__doc__", None)
            skip_wrapper.__wrapped__ = original
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason):
        # bare @skip: the reason is empty
        test_item, reason = reason, ""
        return decorator(test_item)
    return decorator


def _id(obj):
    return obj


def skipIf(condition, reason):
    """Skip the decorated test if condition is true."""
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    """Mark a test as expected to fail: its failure is an 'expected failure', its success is not."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- the outcome of one test: what each part (setUp, the test, tearDown, cleanups) ended with ----

class _Part:
    # Runs one part of a test in a `with`: its exception is reported and swallowed.
    def __init__(self, outcome, test_case, sub_test):
        self.outcome = outcome
        self.test_case = test_case
        self.sub_test = sub_test

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, typ, value, tb):
        outcome = self.outcome
        try:
            if value is None and typ is not None:
                value = typ()
            if value is None:
                if self.sub_test and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return True
            if isinstance(value, KeyboardInterrupt):
                return False  # everything else, SystemExit too, is the test's error
            if isinstance(value, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.test_case, str(value))
            elif isinstance(value, _ShouldStop):
                pass
            elif outcome.expecting_failure:
                outcome.expected_failure = _exc_info(value)
            else:
                outcome.success = False
                if self.sub_test:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, _exc_info(value))
                else:
                    _add_error(outcome.result, self.test_case, _exc_info(value))
            return True
        finally:
            outcome.success = outcome.success and self.old_success


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.expecting_failure = False
        self.success = True
        self.expected_failure = None
        self.result_supports_subtests = hasattr(result, "addSubTest")

    def part(self, test_case, sub_test=False):
        return _Part(self, test_case, sub_test)


def _add_skip(result, test_case, reason):
    add = getattr(result, "addSkip", None)
    if add is not None:
        add(test_case, reason)
    else:
        import warnings
        warnings.warn("TestResult has no addSkip method, skips not reported", RuntimeWarning, 2)
        result.addSuccess(test_case)


def _add_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


# ---- subTest ----

_subtest_msg_sentinel = object()


class _SubTest:
    """One subTest() block of a test, as it shows in the results."""

    def __init__(self, test_case, message, params):
        self._message = message
        self.test_case = test_case
        self.params = params  # list of dicts, innermost first
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _param_items(self):
        seen = set()
        items = []
        for level in self.params:
            for key in level:
                if key not in seen:
                    seen.add(key)
                    items.append((key, level[key]))
        return items

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        items = self._param_items()
        if items:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in items)))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestManager:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        levels = [dict(self.params)]
        if self.parent is not None:
            levels += self.parent.params
        case._subtest = _SubTest(case, self.msg, levels)
        self.part = outcome.part(case._subtest, sub_test=True)
        self.part.__enter__()
        return None

    def __exit__(self, typ, value, tb):
        if not self.active:
            return False
        case = self.case
        try:
            swallowed = self.part.__exit__(typ, value, tb)
            if not swallowed:
                return False
            outcome = case._outcome
            if not outcome.success:
                if outcome.result is not None and getattr(outcome.result, "failfast", False):
                    raise _ShouldStop
            elif outcome.expected_failure:
                # an expected failure ends the test: the rest would only hide it
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


# ---- assertRaises / assertWarns / assertLogs context managers ----

class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None
        self.exception = None

    def handle(self, name, args, kwargs):
        # assertRaises(exc, callable, *args) or the context-manager form (no callable)
        if not _is_exception_spec(self.expected):
            raise TypeError("%s() arg 1 must be an exception type or tuple of exception types" % name)
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function" % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        self.obj_name = getattr(callable_obj, "__name__", None) or str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def _exc_name(self):
        return getattr(self.expected, "__name__", None) or str(self.expected)

    def __exit__(self, typ, value, tb):
        if value is None and typ is not None:
            value = typ()
        if value is None:
            if self.obj_name:
                self._fail("{} not raised by {}".format(self._exc_name(), self.obj_name))
            self._fail("{} not raised".format(self._exc_name()))
        if not isinstance(value, self.expected):
            return False  # let an unexpected exception through
        self.exception = value
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(value)):
            self._fail('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(value)))
        return True

    def _fail(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))


def _is_exception_spec(expected):
    if isinstance(expected, tuple):
        return len(expected) > 0 and all(_is_exception_spec(e) for e in expected)
    return isinstance(expected, type) and issubclass(expected, BaseException)


class _AssertWarnsContext(_AssertRaisesContext):
    def __enter__(self):
        import warnings
        for module in list(sys.modules.values()):
            registry = getattr(module, "__warningregistry__", None)
            if isinstance(registry, dict):
                registry.clear()
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, typ, value, tb):
        self.warnings_manager.__exit__(typ, value, tb)
        if typ is not None or value is not None:
            return False  # an exception in the block goes through
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return True
        if first_matching is not None:
            self._fail('"{}" does not match "{}"'.format(self.expected_regex.pattern, str(first_matching)))
        if self.obj_name:
            self._fail("{} not triggered by {}".format(self._exc_name(), self.obj_name))
        self._fail("{} not triggered".format(self._exc_name()))


class _LoggingWatcher:
    def __init__(self):
        self.records = []
        self.output = []


def _capturing_handler(logging, watcher):
    class _CapturingHandler(logging.Handler):
        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = watcher

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))
    return _CapturingHandler()


class _AssertLogsContext:
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.logging = logging
        self.test_case = test_case
        self.logger_name = logger_name
        if level:
            self.level = logging.getLevelName(level) if isinstance(level, str) else level
            if not isinstance(self.level, int):
                self.level = logging._checkLevel(level)
        else:
            self.level = logging.INFO
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        logging = self.logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        self.watcher = _LoggingWatcher()
        handler = _capturing_handler(logging, self.watcher)
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.old = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return self.watcher

    def __exit__(self, typ, value, tb):
        handlers, level, propagate = self.old
        self.logger.handlers = handlers
        self.logger.setLevel(level)
        self.logger.propagate = propagate
        if typ is not None or value is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._fail("Unexpected logs found: {!r}".format(self.watcher.output))
            return False
        if not self.watcher.records:
            self._fail("no logs of level {} or higher triggered on {}".format(
                self.logging.getLevelName(self.level), self.logger.name))
        return False

    def _fail(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))


# ---- TestCase ----

class TestCase:
    """A test case: each method whose name starts with 'test' is one test, run on its own instance."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False
    _class_cleanups = None

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = "No test"
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = getattr(method, "__doc__", None)
        self.addTypeEqualityFunc(dict, "assertDictEqual")
        self.addTypeEqualityFunc(list, "assertListEqual")
        self.addTypeEqualityFunc(tuple, "assertTupleEqual")
        self.addTypeEqualityFunc(set, "assertSetEqual")
        self.addTypeEqualityFunc(frozenset, "assertSetEqual")
        self.addTypeEqualityFunc(str, "assertMultiLineEqual")

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    # -- fixtures and cleanups --

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, *args, **kwargs):
        if cls.__dict__.get("_class_cleanups") is None:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        result = type(cm).__enter__(cm)
        cls.addClassCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    def doCleanups(self):
        """Run the cleanups, last added first; their errors are reported as the test's."""
        outcome = self._outcome or _Outcome(None)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.part(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        cleanups = cls.__dict__.get("_class_cleanups") or []
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                cls.tearDown_exceptions.append(_exc_info(e))

    # -- naming --

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    # -- running --

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager: a failure inside it is reported for these params and the test goes on."""
        return _SubTestManager(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            import warnings
            warnings.warn("It is deprecated to return a value that is not None from a test case (%s)"
                          % (method,), DeprecationWarning, 3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            start = getattr(result, "startTestRun", None)
            if start is not None:
                start()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = (getattr(self.__class__, "__unittest_skip_why__", "")
                       or getattr(method, "__unittest_skip_why__", ""))
                _add_skip(result, self, why)
                return result
            expecting_failure = (getattr(self, "__unittest_expecting_failure__", False)
                                 or getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                with outcome.part(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.part(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.part(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expected_failure:
                            self._addExpectedFailure(result, outcome.expected_failure)
                        else:
                            self._addUnexpectedSuccess(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expected_failure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if own_result:
                stop = getattr(result, "stopTestRun", None)
                if stop is not None:
                    stop()

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, "addExpectedFailure", None)
        if add is not None:
            add(self, exc_info)
        else:
            result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, "addUnexpectedSuccess", None)
        if add is not None:
            add(self)
        else:
            try:
                raise _UnexpectedSuccess()
            except _UnexpectedSuccess as e:
                result.addFailure(self, _exc_info(e))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult."""
        self._callSetUp()
        self._callTestMethod(getattr(self, self._testMethodName))
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    # -- messages --

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    # -- the assert methods --

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            name = self._type_equality_funcs.get(type(first))
            if name is not None:
                return getattr(self, name) if isinstance(name, str) else name
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard = "%s != %s" % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s" % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s" % (kind, safe_repr(seq2)))
        else:
            kind = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = "First %s has no length.    Non-sequence?" % kind
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = "Second %s has no length.    Non-sequence?" % kind
        if differing is None:
            if seq1 == seq2:
                return
            differing = "%ss differ: %s != %s\n" % ((kind[0].upper() + kind[1:],) + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += "\nUnable to index element %d of first %s\n" % (i, kind)
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += "\nUnable to index element %d of second %s\n" % (i, kind)
                    break
                if item1 != item2:
                    differing += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _common_shorten_repr(item1, item2))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return  # equal items in sequences of different types
            if len1 > len2:
                differing += "\nFirst %s contains %d additional elements.\n" % (kind, len1 - len2)
                try:
                    differing += "First extra element %d:\n%s\n" % (len2, safe_repr(seq1[len2]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += "Unable to index element %d of first %s\n" % (len2, kind)
            elif len1 < len2:
                differing += "\nSecond %s contains %d additional elements.\n" % (kind, len2 - len1)
                try:
                    differing += "First extra element %d:\n%s\n" % (len1, safe_repr(seq2[len1]))
                except (TypeError, IndexError, NotImplementedError):
                    differing += "Unable to index element %d of second %s\n" % (len1, kind)
        # CPython goes on with a difflib diff of the pprinted sequences after this text's last newline
        self.fail(self._formatMessage(msg, differing.rstrip("\n")))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append("Items in the first set but not the second:")
            lines += [repr(item) for item in only1]
        if only2:
            lines.append("Items in the second set but not the first:")
            lines += [repr(item) for item in only2]
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            self.fail(self._formatMessage(msg, "%s != %s" % _common_shorten_repr(d1, d2)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            self.fail(self._formatMessage(msg, "%s != %s" % _common_shorten_repr(first, second)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % (safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        """Both hold the same elements, each as many times, in any order."""
        first_items, second_items = list(first), list(second)
        differences = _count_differences(first_items, second_items)
        if differences:
            lines = ["First has %d, Second has %d:  %r" % diff for diff in differences]
            standard = "Element counts were not equal:\n" + "\n".join(lines)
            self.fail(self._formatMessage(msg, standard))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standard = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standard = "Regex matched: %r matches %r in %r" % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """assertRaises(Exc, func, *args) calls func; `with assertRaises(Exc) as cm:` checks a block
        and keeps the exception as cm.exception."""
        return _AssertRaisesContext(expected_exception, self).handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle(
            "assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle(
            "assertWarnsRegex", args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager: the block must log at least one message of level or higher on logger
        (the root logger by default); cm.records and cm.output ('LEVEL:name:message') hold them."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=True)

    # the old aliases, still found in course material
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnlessAlmostEqual = assertAlmostEquals = assertAlmostEqual
    failIfAlmostEqual = assertNotAlmostEquals = assertNotAlmostEqual
    failUnless = assert_ = assertTrue
    failUnlessRaises = assertRaises
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex


def _count_differences(first, second):
    # (count in first, count in second, element) for each element whose counts differ, in the order
    # the elements first appear in first, then in second. Works for unhashable elements too.
    seen = []
    out = []
    for items in (first, second):
        for elem in items:
            if any(elem == s for s in seen):
                continue
            seen.append(elem)
            n1 = sum(1 for x in first if x == elem)
            n2 = sum(1 for x in second if x == elem)
            if n1 != n2:
                out.append((n1, n2, elem))
    return out


class _UnexpectedSuccess(Exception):
    pass


class FunctionTestCase(TestCase):
    """A test case made of a plain function (and optional setUp/tearDown functions)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


# ---- IsolatedAsyncioTestCase ----

class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp/asyncTearDown and async cleanups are coroutines:
    each test runs in a fresh event loop (an asyncio.Runner closed after the test's cleanups)."""

    def __init__(self, methodName="runTest"):
        TestCase.__init__(self, methodName)
        self._asyncioRunner = None
        import contextvars
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, *args, **kwargs):
        # an async cleanup is awaited in the test's loop (see _callCleanup)
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        result = await cls.__aenter__(cm)
        self.addAsyncCleanup(cls.__aexit__, cm, None, None, None)
        return result

    def _callSetUp(self):
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            import warnings
            warnings.warn("It is deprecated to return a value that is not None from a test case (%s)"
                          % (method,), DeprecationWarning, 4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, *args, **kwargs):
        return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, *args, **kwargs):
        import inspect
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def run(self, result=None):
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            return TestCase.run(self, result)
        finally:
            self._asyncioRunner.close()
            self._asyncioRunner = None

    def debug(self):
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            TestCase.debug(self)
        finally:
            self._asyncioRunner.close()
            self._asyncioRunner = None


# ---- TestSuite ----

class _ErrorHolder:
    """Stands for a class or module fixture (setUpClass, tearDownModule...) whose error is reported."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_suite(test):
    return isinstance(test, BaseTestSuite)


class BaseTestSuite:
    """A composite of tests, run in order."""

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs the class fixtures (setUpClass/tearDownClass) and module fixtures
    (setUpModule/tearDownModule) around the tests, as the test class or module changes."""

    def run(self, result, debug=False):
        top_level = not getattr(result, "_testRunEntered", False)
        if top_level:
            result._testRunEntered = True
        for test in self:
            if result.shouldStop:
                break
            if not _is_suite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if test.__class__._classSetupFailed or getattr(result, "_moduleSetUpFailed", False):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__
        if current is previous or getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(current, "__unittest_skip__", False):
            return
        current._classSetupFailed = False
        setup = getattr(current, "setUpClass", None)
        if setup is None:
            return
        try:
            setup()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            current._classSetupFailed = True
            self._addClassOrModuleLevelException(result, e, "setUpClass (%s)" % strclass(current))
        else:
            return
        finally:
            pass
        # setUpClass failed: its class cleanups run now
        current.doClassCleanups()
        for exc_info in current.tearDown_exceptions:
            self._addClassOrModuleLevelException(result, exc_info[1], "setUpClass (%s)" % strclass(current))

    def _module_of(self, cls):
        name = cls.__module__
        if name == "__main__":
            import __main__
            return __main__
        return sys.modules.get(name)

    def _handleModuleFixture(self, test, result):
        previous_module = getattr(result, "_previousModule", None)
        current = test.__class__.__module__
        if current == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        result._previousModule = current
        module = self._module_of(test.__class__)
        setup = getattr(module, "setUpModule", None) if module is not None else None
        if setup is None:
            return
        try:
            setup()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            result._moduleSetUpFailed = True
            self._addClassOrModuleLevelException(result, e, "setUpModule (%s)" % current)
            _run_module_cleanups(result, self, current)

    def _handleModuleTearDown(self, result):
        previous_module = getattr(result, "_previousModule", None)
        if previous_module is None or getattr(result, "_moduleSetUpFailed", False):
            return
        module = sys.modules.get(previous_module)
        if previous_module == "__main__":
            import __main__
            module = __main__
        teardown = getattr(module, "tearDownModule", None) if module is not None else None
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._addClassOrModuleLevelException(result, e, "tearDownModule (%s)" % previous_module)
        _run_module_cleanups(result, self, previous_module)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__ if test is not None else None
        if current is previous or previous is None:
            return
        if previous._classSetupFailed or getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        teardown = getattr(previous, "tearDownClass", None)
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._addClassOrModuleLevelException(result, e, "tearDownClass (%s)" % strclass(previous))
        previous.doClassCleanups()
        for exc_info in previous.tearDown_exceptions:
            self._addClassOrModuleLevelException(result, exc_info[1], "tearDownClass (%s)" % strclass(previous))

    def _addClassOrModuleLevelException(self, result, exception, description):
        holder = _ErrorHolder(description)
        if isinstance(exception, SkipTest):
            _add_skip(result, holder, str(exception))
        else:
            result.addError(holder, _exc_info(exception))


class _DebugResult:
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


_module_cleanups = []


def addModuleCleanup(function, *args, **kwargs):
    """A cleanup run after the module's tests (tearDownModule), last added first."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    result = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return result


def doModuleCleanups():
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as e:
            errors.append(e)
    if errors:
        raise errors[0]


def _run_module_cleanups(result, suite, module_name):
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as e:
            suite._addClassOrModuleLevelException(result, e, "tearDownModule (%s)" % module_name)


# ---- TestLoader ----

def _sort_key_from_cmp(cmp):
    class Key:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0

        def __eq__(self, other):
            return cmp(self.obj, other.obj) == 0
    return Key


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _names_of(obj):
    # every attribute name of a class, through its bases (dir() of this interpreter may miss some)
    names = set()
    for klass in getattr(obj, "__mro__", (obj,)):
        names.update(getattr(klass, "__dict__", {}).keys())
    return names


class TestLoader:
    """Builds suites: from a TestCase class (its 'test*' methods, sorted), a module or names."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        namespace = getattr(module, "__dict__", None) or {}
        for name in sorted(namespace.keys() if namespace else dir(module)):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (
                    TestCase, IsolatedAsyncioTestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__(".".join(parts_copy))
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            name = parts[-1]
            return self.suiteClass([parent(name)])
        if isinstance(obj, BaseTestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, BaseTestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        if hasattr(obj, "__dict__"):
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The names of the test methods of a class, sorted with sortTestMethodsUsing."""
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name, None)):
                return False
            if self.testNamePatterns is None:
                return True
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(_fnmatch(full, pattern) for pattern in self.testNamePatterns)
        names = [name for name in _names_of(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=_sort_key_from_cmp(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        raise ImportError("test discovery needs a file system of test modules; run the tests of this script with unittest.main()")


def _fnmatch(name, pattern):
    # -k patterns: a plain word matches as a substring, as CPython's main() turns it into *word*
    import re
    expr = ""
    for c in pattern:
        if c == "*":
            expr += ".*"
        elif c == "?":
            expr += "."
        else:
            expr += re.escape(c) if hasattr(re, "escape") else ("\\" + c if c in ".^$+{}[]|()\\" else c)
    return re.match("^" + expr + "$", name) is not None


defaultTestLoader = TestLoader()


def _make_loader(prefix, sortUsing, suiteClass=TestSuite, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    loader.testNamePatterns = testNamePatterns
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=three_way_cmp, testNamePatterns=None):
    return _make_loader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=three_way_cmp, suiteClass=TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=three_way_cmp, suiteClass=TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


# ---- results ----

class TestResult:
    """What a run collected: testsRun, and lists of (test, traceback text) for failures, errors,
    expectedFailures; (test, reason) for skipped; the tests of unexpectedSuccesses."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            self._stop_if_failfast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._stop_if_failfast()

    def addDuration(self, test, elapsed):
        pass

    def wasSuccessful(self):
        """True when nothing failed or errored and no expected failure succeeded."""
        return (len(self.failures) == len(self.errors) == 0
                and not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        # The traceback text, without the frames of unittest itself
        exctype, value, tb = err
        if value is None:
            value = exctype()
        kept = []
        leading = True  # still before the first frame outside the runtime's own modules
        for line in traceback.format_exception(value):
            if line.startswith("Traceback (most recent call last)"):
                leading = True
            elif line.startswith('  File "'):
                if line.startswith(_OWN_FILES) or (leading and line.startswith(_STDLIB_FILES)):
                    continue
                leading = False
            kept.append(line)
        return "".join(kept)

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with a writeln() (what TextTestResult writes to)."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ("stream", "__getstate__"):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def write(self, text):
        return self.stream.write(text)

    def flush(self):
        flush = getattr(self.stream, "flush", None)
        if flush is not None:
            flush()

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write("\n")


class TextTestResult(TestResult):
    """A result that reports to a stream: '.', 'F', 'E', 's', 'x', 'u' at verbosity 1, a
    'test (module.Class.test) ... ok' line per test at verbosity 2."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return "\n".join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # A subtest's status goes on a line of its own, indented, under its test's line
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, status, dot):
        if self.showAll:
            self._write_status(self._current, status)
        elif self.dots:
            self.stream.write(dot)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._current = subtest
            self._progress("FAIL" if failed else "ERROR", "F" if failed else "E")
        TestResult.addSubTest(self, test, subtest, err)

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._current = test
        self._progress("ok", ".")

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._current = test
        self._progress("ERROR", "E")

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._current = test
        self._progress("FAIL", "F")

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._current = test
        self._progress("skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._current = test
        self._progress("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._current = test
        self._progress("unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


def _current_stderr():
    # sys.stderr cannot be replaced in this interpreter: contextlib.redirect_stderr keeps its
    # target for print(), and the runner writes there too
    contextlib = sys.modules.get("contextlib")
    redirected = getattr(contextlib, "_redirected", None) if contextlib is not None else None
    target = redirected.get("stderr") if isinstance(redirected, dict) else None
    return target if target is not None else sys.stderr


class TextTestRunner:
    """Runs a suite and prints its result to stream (sys.stderr by default), as CPython does."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, tb_locals=False):
        if stream is None:
            stream = _current_stderr()
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        start_time = time.perf_counter()
        start = getattr(result, "startTestRun", None)
        if start is not None:
            start()
        try:
            test(result)
        finally:
            stop = getattr(result, "stopTestRun", None)
            if stop is not None:
                stop()
        time_taken = time.perf_counter() - start_time
        result.printErrors()
        if hasattr(result, "separator2"):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, "s" if run != 1 else "", time_taken))
        self.stream.writeln()

        expected_fails = len(getattr(result, "expectedFailures", ()))
        unexpected_successes = len(getattr(result, "unexpectedSuccesses", ()))
        skipped = len(getattr(result, "skipped", ()))
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected_fails:
            infos.append("expected failures=%d" % expected_fails)
        if unexpected_successes:
            infos.append("unexpected successes=%d" % unexpected_successes)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ---- main ----

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]
"""


class TestProgram:
    """unittest.main(): load the tests of a module (__main__ by default), run them with a
    TextTestRunner on sys.stderr, then sys.exit(0 or 1) unless exit=False."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, tb_locals=False):
        if isinstance(module, str):
            if module == "__main__":
                import __main__
                self.module = __main__
            else:
                self.module = __import__(module)
                for part in module.split(".")[1:]:
                    self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0] if argv else "python -m unittest"
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(_USAGE % {"prog": self.progName})
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ("-h", "--help"):
                self.usageExit()
            elif arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif arg in ("-c", "--catch"):
                self.catchbreak = True
            elif arg in ("-b", "--buffer"):
                self.buffer = True
            elif arg == "--locals":
                self.tb_locals = True
            elif arg == "-k" and args:
                pattern = args.pop(0)
                patterns.append(pattern if "*" in pattern else "*%s*" % pattern)
            elif arg.startswith("-k") and len(arg) > 2:
                pattern = arg[2:]
                patterns.append(pattern if "*" in pattern else "*%s*" % pattern)
            else:
                names.append(arg)
        if patterns:
            self.testNamePatterns = patterns
            self.testLoader.testNamePatterns = patterns
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                         buffer=self.buffer, warnings=self.warnings,
                                         tb_locals=self.tb_locals)
            except TypeError:
                runner = self.testRunner()
        else:
            runner = self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            # CPython exits with the bool `not wasSuccessful()`; this interpreter prints a bool exit
            # code and makes SystemExit(False) a failure status, so the code here is 0 or 1
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram


# ---- signals: nothing to catch here ----

def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method


def registerResult(result):
    pass


def removeResult(result):
    return False
