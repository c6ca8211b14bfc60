# realtime
# multiprocessing.Process as Linux CPython runs it (fork): target/args/kwargs, names, exit codes, a
# Process subclass, and each child's own copy of the script's globals.
import multiprocessing
import os
import sys

results = []
setting = "before"


class Counter:
    def __init__(self):
        self.hits = 0


counter = Counter()


def work(tag, *, times=1):
    me = multiprocessing.current_process()
    results.append(tag)
    counter.hits += times
    print("child", me.name, tag, times, setting, len(results), counter.hits)
    print("  pid differs from parent:", os.getpid() != os.getppid(), multiprocessing.parent_process().name)


def fails():
    raise ValueError("boom")


def exits():
    sys.exit(3)


class Worker(multiprocessing.Process):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def run(self):
        global setting
        setting = "changed in " + self.name
        print("Worker.run", self.label, setting)


def decorate(fn):
    def wrapper(*args):
        return "wrapped " + fn(*args)
    return wrapper


@decorate
def greet(who):
    return "hello " + who + " " + setting


def show(fn, arg):
    print(fn(arg))


if __name__ == "__main__":
    print(multiprocessing.current_process())
    p = multiprocessing.Process(target=work, args=("a",), kwargs={"times": 2})
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    print(repr(p).replace(str(os.getpid()), "PID"))
    setting = "after"
    p.start()
    p.join()
    print(p.name, p.exitcode, p.is_alive(), p.pid != os.getpid())
    print("parent still has", results, counter.hits, setting)

    w = Worker("w1")
    w.start()
    w.join()
    print(w.name, w.exitcode, "parent setting:", setting)

    bad = multiprocessing.Process(target=fails, name="Failing")
    bad.start()
    bad.join()
    print(bad.name, bad.exitcode)
    ex = multiprocessing.Process(target=exits, daemon=True)
    print(ex.daemon)
    ex.start()
    ex.join()
    print(ex.name, ex.exitcode)

    local_values = []

    def local_target():
        local_values.append(1)
        print("local target ran", len(local_values))

    lp = multiprocessing.Process(target=local_target)
    lp.start()
    lp.join()
    print("local list in parent", local_values, lp.exitcode)

    d = multiprocessing.Process(target=show, args=(greet, "child"))
    d.start()
    d.join()

    q = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=q.put, args=(i * i,)) for i in range(3)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    print(sorted(q.get() for _ in range(3)), q.empty())
    print(multiprocessing.active_children())
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError", e)
    print(multiprocessing.cpu_count() >= 1)
