# pprint: printing task results and configuration structures as CPython lays them out.
import asyncio
import pprint

small = {"b": 2, "a": [1, 2, 3], "c": (4,)}
pprint.pprint(small)
pprint.pp(small)
config = {
    "workers": [{"name": "fetcher-%d" % i, "retries": i, "tags": ["net", "io"], "timeout": 2.5} for i in range(3)],
    "queue": {"maxsize": 100, "policy": "fifo", "limits": {"burst": 10, "rate": 5}},
    "enabled": True,
    "description": "A long description of the pipeline that does not fit on one line of eighty characters at all.",
}
pprint.pprint(config)
pprint.pprint(config, width=50, sort_dicts=False)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([[1, 2], (3, 4), {5, 6}, frozenset({7}), (), [], {}], width=20)
pprint.pprint({"deep": {"deeper": {"deepest": [1, 2, 3]}}}, depth=2)
print(pprint.pformat({"x": 1, "y": [1, 2]}, indent=4, width=10))
print(pprint.saferepr({"z": 1, "a": 2}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat((1,)), pprint.pformat("text"))


async def job(i):
    await asyncio.sleep(0.1 * i)
    return {"id": i, "status": "done" if i % 2 else "retry", "elapsed": 0.5 * i, "payload": list(range(i * 4))}


async def main():
    pprint.pprint(await asyncio.gather(*(job(i) for i in range(4))))


asyncio.run(main())
