# realtime
# A child's own processes (names Process-1:1), a class's methods and class attributes in a child's
# copy of the globals, a process started from a coroutine.
import multiprocessing as mp, os
counter = 0
class Acc:
    total = 0
    def add(self, n):
        global counter
        counter += n
        Acc.total += n
        return counter
def grandchild():
    print("grandchild", mp.current_process().name, mp.parent_process().name, os.getppid() != os.getpid())
def child():
    a = Acc()
    print("child add", a.add(5), Acc.total, isinstance(a, Acc))
    g = mp.Process(target=grandchild); g.start(); g.join()
    print("child sees", g.name, g.exitcode)
if __name__ == '__main__':
    p = mp.Process(target=child); p.start(); p.join()
    print("parent", counter, Acc.total, Acc().add(1))
    import asyncio
    async def main():
        q = mp.Process(target=grandchild, name="Async"); q.start()
        await asyncio.sleep(0.05)
        q.join(); print(q.exitcode)
    asyncio.run(main())
