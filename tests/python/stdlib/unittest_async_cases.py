# IsolatedAsyncioTestCase: asyncSetUp/asyncTearDown and async cleanups in order, each test in its own event loop, asyncio.sleep/gather/wait_for timeouts on the virtual clock, failures and errors reported.
import asyncio
import io
import re
import unittest

events = []
loops = []


def masked(text):
    # keep the first line of each traceback block and its exception line: CPython's tracebacks
    # of async tests show its own asyncio frames
    out = [line for line in text.split("\n") if not line.startswith("  ")]
    return re.sub(r"Ran (\d+) tests? in \d+\.\d{3}s", r"Ran \1 tests in X.XXXs", "\n".join(out))


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


class Service(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        loop = asyncio.get_running_loop()
        loops.append(loop)
        self.started = loop.time()
        events.append("asyncSetUp")
        self.addAsyncCleanup(self.close, "async cleanup")
        self.addCleanup(events.append, "sync cleanup")

    async def close(self, what):
        await asyncio.sleep(0)
        events.append(what)

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

    async def test_gather(self):
        results = await asyncio.gather(fetch("a", 2), fetch("b", 1))
        self.assertEqual(results, ["A", "B"])
        self.assertAlmostEqual(asyncio.get_running_loop().time() - self.started, 2)

    async def test_timeout(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(fetch("slow", 10), timeout=0.5)
        self.assertAlmostEqual(asyncio.get_running_loop().time() - self.started, 0.5)

    async def test_fails_after_sleep(self):
        await asyncio.sleep(1)
        self.assertEqual(len(await fetch("xy", 0)), 3)

    async def test_error_in_task(self):
        async def boom():
            await asyncio.sleep(0.1)
            raise ConnectionError("refused")
        await asyncio.create_task(boom())

    def test_sync_method(self):
        events.append("sync test")
        self.assertTrue(True)

    async def test_queue(self):
        queue = asyncio.Queue()

        async def producer():
            for i in range(3):
                await asyncio.sleep(0.25)
                await queue.put(i)
            await queue.put(None)

        async def consumer():
            items = []
            while (item := await queue.get()) is not None:
                items.append(item)
            return items

        _, items = await asyncio.gather(producer(), consumer())
        self.assertEqual(items, [0, 1, 2])

    @unittest.skip("not on this loop")
    async def test_skipped(self):
        pass


class SetUpFails(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        await asyncio.sleep(0)
        raise RuntimeError("server did not start")

    async def test_never(self):
        events.append("never")


suite = unittest.TestSuite()
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Service))
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(SetUpFails))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(masked(stream.getvalue()), end="")
for test, text in result.failures + result.errors:
    print(test.id(), "->", text.strip().split("\n")[-1])
print("\n".join(events))
print("distinct loops:", len(set(id(loop) for loop in loops)), "of", len(loops),
      "all closed:", all(loop.is_closed() for loop in loops))
