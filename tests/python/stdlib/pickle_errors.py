import pickle, threading, sys, asyncio
async def coro(): pass
def gen(): yield 1
c = coro()
items = [("coroutine", c), ("generator", gen()), ("lock", threading.Lock()), ("module", sys), ("nested lambda", {"f": lambda: 1}), ("bound method", "abc".upper), ("event", threading.Event())]
for label, obj in items:
    try:
        pickle.dumps(obj)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" at 0x")[0])
c.close()
class A:
    def __init__(self):
        self.n = 3

    def f(self):
        return self.n * 2


print(pickle.dumps("abc".upper), pickle.loads(pickle.dumps("abc".upper))())
print(pickle.dumps(A().f), pickle.loads(pickle.dumps(A().f))())
print(pickle.dumps(len), pickle.dumps(print))
