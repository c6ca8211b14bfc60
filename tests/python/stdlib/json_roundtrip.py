# json: messages between tasks as JSON text, CPython's formatting options and its decode errors.
import asyncio
import json

data = {"id": 7, "name": "worker", "tags": ["a", "b"], "ok": True, "err": None, "ratio": 0.5,
        "nested": {"z": 1, "a": [1, 2, {"k": "v"}]}, "empty": {}, "none": []}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent="\t"))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2], indent=0), json.dumps("caf\u00e9 \U0001f600 \"q\" \\ \n\t\x01"))
print(json.dumps("caf\u00e9", ensure_ascii=False), json.dumps((1, 2)), json.dumps(3), json.dumps(None))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps([float("-inf"), float("nan")]), json.dumps(10 ** 20))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({"when": {1, 2}}, default=sorted))


def show(text):
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.msg, e.lineno, e.colno, e.pos)


for text in ['{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u0041\\n"}', '  [ ]  ',
             '', '{"a" 1}', '{"a": 1,}', '[1, 2', '[1 2]', '[1,]', '{"a": }', '{a: 1}', '"abc', '[1]x',
             '\n\n  {"k": tru}', '"bad \\q"', 'NaN', '-Infinity', '12.50', '-0', '1E3']:
    show(text)
print(json.loads('"\\ud83d\\ude00 caf\\u00e9"'), json.loads('"caf\u00e9"'))
for bad in [{1, 2}, object, {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list), json.loads('[1.5]', parse_float=str),
      json.loads(b'[1]'), json.loads('{"n": 12}', parse_int=float))


async def producer(queue):
    for i in range(3):
        await queue.put(json.dumps({"seq": i, "payload": "x" * i}))
    await queue.put(None)


async def consumer(queue):
    while (message := await queue.get()) is not None:
        event = json.loads(message)
        print("got", event["seq"], event)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
