# types: SimpleNamespace as a settings object, the function/generator types, MappingProxyType.
import asyncio
import types

cfg = types.SimpleNamespace(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.port, cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True))
print(types.SimpleNamespace(b=2), types.SimpleNamespace(), cfg.__dict__)
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError:", e)


class Holder:
    def method(self):
        pass


def plain():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


print(isinstance(plain, types.FunctionType), isinstance(gen(), types.GeneratorType),
      isinstance(agen(), types.AsyncGeneratorType), isinstance(len, types.BuiltinFunctionType),
      isinstance(types, types.ModuleType), isinstance(Holder().method, types.MethodType),
      isinstance(Holder.method, types.MethodType))
print(type(None) is types.NoneType, types.NoneType, type(...) is types.EllipsisType, repr(types.MappingProxyType({'k': 0})))
proxy = types.MappingProxyType({"a": 1})
print(proxy["a"], list(proxy), len(proxy), "a" in proxy, proxy.get("b", 0), proxy)
try:
    proxy["b"] = 2
except TypeError as e:
    print("TypeError:", e)


@types.coroutine
def legacy():
    yield


async def main():
    await legacy()
    print("legacy coroutine awaited")

asyncio.run(main())
Point = types.new_class("Point", (), {}, lambda ns: ns.update({"x": 1}))
print(Point.x, Point.__name__)
