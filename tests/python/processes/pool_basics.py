# realtime
# multiprocessing.Pool as Linux CPython runs it: map, starmap, apply, apply_async with callbacks,
# imap, imap_unordered, errors from workers, pickle's refusal of a lambda, a worker's own globals.
import multiprocessing
import os

calls = []


def square(x):
    calls.append(x)
    return x * x


def power(base, exp):
    return base ** exp


def who(_):
    me = multiprocessing.current_process()
    return me.name.startswith("ForkPoolWorker-"), os.getpid() != parent_pid


def fail(x):
    raise KeyError(x)


class Box:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "Box(%r)" % (self.value,)


def unbox(box):
    box.value += 1
    return Box(box.value * 10)


if __name__ == "__main__":
    parent_pid = os.getpid()
    got = []
    with multiprocessing.Pool(3) as pool:
        print(pool.map(square, range(6)))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.apply(power, (2, 10)))
        r = pool.apply_async(square, (7,), callback=got.append)
        print(r.get(timeout=10), r.ready(), r.successful())
        print(list(pool.imap(square, [1, 2, 3])))
        print(sorted(pool.imap_unordered(square, [4, 5, 6])))
        print(set(pool.map(who, range(4))))
        errors = []
        e = pool.apply_async(fail, ("k",), error_callback=errors.append)
        e.wait()
        print(e.successful(), repr(errors[0]))
        try:
            pool.map(fail, [1])
        except KeyError as exc:
            print("KeyError from a worker:", exc)
        try:
            pool.map(lambda x: x, [1])
        except Exception as exc:
            print(type(exc).__name__, str(exc).split(" at ")[0])
        box = Box(1)
        print(pool.apply(unbox, (box,)), box)
        print(pool.map_async(square, [8, 9]).get())
    print("callback got", got, "parent calls", calls)
    pool = multiprocessing.Pool(2)
    print(pool.starmap(power, [(5, 2)]))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as exc:
        print("ValueError", exc)
