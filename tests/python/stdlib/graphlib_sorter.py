# graphlib: TopologicalSorter ordering, the parallel get_ready/done protocol driving asyncio tasks, CycleError and misuse errors.
import asyncio
import graphlib
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(tuple(TopologicalSorter(graph).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()), list(TopologicalSorter({"x": []}).static_order()))

ts = TopologicalSorter()
ts.add("build", "fetch", "configure")
ts.add("configure", "fetch")
ts.add("test", "build")
ts.add("package", "build", "docs")
ts.add("fetch")
ts.add("build", "fetch")  # a repeated edge counts twice
print(bool(TopologicalSorter({"a": []}).__class__), sorted(graphlib.__all__))
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, ts.is_active(), bool(ts), ts.get_ready())


async def run_jobs(deps, cost):
    sorter = TopologicalSorter(deps)
    sorter.prepare()
    loop = asyncio.get_running_loop()
    start = loop.time()
    finished = asyncio.Queue()
    log = []

    async def job(name):
        await asyncio.sleep(cost[name])
        log.append("%s@%.1f" % (name, loop.time() - start))
        await finished.put(name)

    tasks = []
    while sorter.is_active():
        for name in sorter.get_ready():
            tasks.append(asyncio.create_task(job(name)))
        sorter.done(await finished.get())
    await asyncio.gather(*tasks)
    return log


deps = {"app": {"db", "cache"}, "db": {"net"}, "cache": {"net"}, "net": set(), "ui": {"app"}}
deps = {"app": ["db", "cache"], "db": ["net"], "cache": ["net"], "net": [], "ui": ["app"]}
print(asyncio.run(run_jobs(deps, {"net": 1, "db": 2, "cache": 0.5, "app": 1, "ui": 0.2})))

for g in ({"a": ["b"], "b": ["a"]},
          {"a": ["a"]},
          {1: [2], 2: [3], 3: [1], 4: [1]},
          {"x": ["y"], "y": ["z"], "z": ["w", "x"], "w": []}):
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as exc:
        print(type(exc).__name__, exc.args, str(exc), isinstance(exc, ValueError))

try:
    TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"]}).prepare()
except ValueError as exc:
    print(repr(exc))

ts = TopologicalSorter({"b": ["a"], "c": ["b"]})
for action in (ts.get_ready, ts.is_active, lambda: ts.done("a")):
    try:
        action()
    except ValueError as exc:
        print("ValueError:", exc)
ts.prepare()
for action in (ts.prepare, lambda: ts.add("z"), lambda: ts.done("zz"), lambda: ts.done("b")):
    try:
        action()
    except ValueError as exc:
        print("ValueError:", exc)
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done("a")
try:
    ts.done("a")
except ValueError as exc:
    print("ValueError:", exc)
print(ts.get_ready())
try:
    ts.add(1, [])
except ValueError as exc:
    print("ValueError:", exc)
try:
    TopologicalSorter().add([], 1)
except TypeError as exc:
    print("TypeError")
ts2 = TopologicalSorter()
ts2.add((1, 2), None)
ts2.prepare()
print(ts2.get_ready())
try:
    ts2.done((1, 2))
except ValueError as exc:
    print("ValueError:", exc)
