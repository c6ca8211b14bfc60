# unittest.mock: Mock/MagicMock calls and checks with CPython's messages, side_effect forms, call objects, AsyncMock awaits, patch and patch.object as decorators and context managers, patch.dict.
import asyncio
import unittest
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch


def check(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (label, e))
    else:
        print("%s: passed" % label)


m = Mock()
print(m.called, m.call_count, m.call_args)
m(1, 2, key="v")
m("second")
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.call_args.args, m.call_args.kwargs, m.call_args == call("second"), m.call_args == (("second",), {}))
args, kwargs = m.call_args_list[0]
print(args, kwargs)
check("called_with ok", m.assert_called_with, "second")
check("called_with", m.assert_called_with, "third")
check("called_once_with", m.assert_called_once_with, "second")
check("not_called", m.assert_not_called)
check("any_call", m.assert_any_call, 1, 2, key="v")
check("any_call missing", m.assert_any_call, 5)
check("called_once", m.assert_called_once)
fresh = Mock()
check("fresh called_with", fresh.assert_called_with, 1)
check("fresh called", fresh.assert_called)
named = Mock(name="sender")
named.send("hi")
check("named child", named.send.assert_called_once_with, "bye")

# attributes made on first use, children recorded in method_calls and mock_calls
m = Mock()
m.connect("db").query("select")
m.close()
print(m.connect is m.connect, m.method_calls)
print(m.mock_calls)
print(m.mock_calls == [call.connect("db"), call.connect().query("select"), call.close()])
check("has_calls", m.assert_has_calls, [call.connect("db"), call.close()])
check("has_calls any order", m.assert_has_calls, [call.close(), call.connect("db")], any_order=True)

# return_value and side_effect
m = Mock(return_value=42)
print(m(), m.return_value)
m.side_effect = [1, 2, ValueError("third")]
print(m(), m())
try:
    m()
except ValueError as e:
    print("raised:", e)
try:
    m()
except StopIteration:
    print("exhausted")
m.side_effect = KeyError
try:
    m()
except KeyError:
    print("KeyError class raised")
m.side_effect = lambda x: x * 10
print(m(4))
m.side_effect = lambda x: mock.DEFAULT
print(m(4))
m.reset_mock()
print(m.call_count, m.call_args_list, m.return_value)
configured = Mock(**{"get.return_value": "page", "status": 200})
print(configured.get("/"), configured.status)
spec = Mock(spec=["read"])
try:
    spec.write
except AttributeError as e:
    print("spec:", e)
try:
    m.assert_caled_once()
except AttributeError as e:
    print("typo:", e)

# MagicMock supports the magic methods
mm = MagicMock()
mm.__len__.return_value = 3
mm.__getitem__.side_effect = lambda key: key * 2
mm.__iter__.return_value = [1, 2]
print(len(mm), mm["ab"], list(mm), 5 in mm, bool(mm), int(mm))
with MagicMock() as cm:
    cm.write("x")
print(cm.write.call_args)

# AsyncMock
async def use_async():
    am = AsyncMock(return_value="data")
    print(await am("url"), am.called, am.await_count, am.await_args)
    check("awaited_once_with ok", am.assert_awaited_once_with, "url")
    check("awaited_once_with", am.assert_awaited_once_with, "other")
    am2 = AsyncMock(side_effect=[1, ConnectionError("down")])
    print(await am2())
    try:
        await am2()
    except ConnectionError as e:
        print("async raised:", e)
    pending = AsyncMock()
    coro = pending(3)
    print(pending.call_count, pending.await_count)
    await coro
    print(pending.call_count, pending.await_count)
    check("not awaited", pending.assert_not_awaited)
    check("awaited", AsyncMock().assert_awaited)
    client = AsyncMock()
    await client.fetch("a")
    client.fetch.assert_awaited_once_with("a")
    print(client.fetch.await_args_list, client.method_calls)

asyncio.run(use_async())


# patch and patch.object
class Store:
    def load(self):
        return "real"


def read_config():
    return "real config"


def uses_config():
    return read_config().upper()


async def download(url):
    await asyncio.sleep(1)
    return "real body"


async def fetch_page(url):
    return await download(url)


with patch("__main__.read_config", return_value="fake config") as fake:
    print(uses_config(), fake.call_count)
print(uses_config())

with patch.object(Store, "load", return_value="mocked") as load:
    print(Store().load(), load.called)
print(Store().load())


@patch("__main__.read_config")
@patch.object(Store, "load")
def decorated(load, config):
    load.return_value = "L"
    config.return_value = "c"
    return Store().load(), uses_config()


print(decorated(), read_config())


@patch("__main__.download", new_callable=AsyncMock)
async def patched_async(fake_download):
    fake_download.return_value = "fake body"
    body = await fetch_page("http://x")
    fake_download.assert_awaited_once_with("http://x")
    return body

print(asyncio.run(patched_async()))
with patch("__main__.download") as auto:
    print(type(auto).__name__)

settings = {"debug": False}
with patch.dict(settings, {"debug": True, "extra": 1}):
    print(settings)
print(settings)
with patch("__main__.read_config", new=lambda: "replaced"):
    print(uses_config())
try:
    with patch("__main__.no_such_name"):
        pass
except AttributeError as e:
    print("AttributeError:", str(e).split(" does ")[1])
patcher = patch("__main__.read_config", return_value="started")
patcher.start()
print(uses_config())
patcher.stop()
print(uses_config())


class UsesMocks(unittest.TestCase):
    @patch("__main__.read_config", return_value="x")
    def test_patched(self, config):
        self.assertEqual(uses_config(), "X")
        config.assert_called_once_with()

    def test_mock_check_fails(self):
        m = Mock()
        m(1)
        m.assert_called_once_with(2)


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(UsesMocks).run(result)
print(result.testsRun, [t.id() for t, _ in result.failures], result.failures[0][1].strip().split("\n")[-3:])
