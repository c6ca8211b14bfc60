# realtime
# What processes share on purpose: Value and Array with their lock, a Manager's list, dict and
# Namespace, a JoinableQueue; and os.getpid() in each.
import multiprocessing
import os


def add(counter, numbers, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    numbers[0] += n


def record(shared_list, shared_dict, ns, key):
    shared_list.append(key)
    shared_dict[key] = os.getpid() != main_pid
    ns.last = key


def consume(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        out.put(item * 2)
        q.task_done()


if __name__ == "__main__":
    main_pid = os.getpid()
    counter = multiprocessing.Value("i", 0)
    numbers = multiprocessing.Array("i", 3)
    workers = [multiprocessing.Process(target=add, args=(counter, numbers, 100)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(counter.value, numbers[0], list(numbers), len(numbers))
    print(multiprocessing.Value("d").value, multiprocessing.Array("d", [1.5, 2.5])[1])

    with multiprocessing.Manager() as manager:
        shared_list = manager.list()
        shared_dict = manager.dict()
        ns = manager.Namespace()
        ps = [multiprocessing.Process(target=record, args=(shared_list, shared_dict, ns, k)) for k in "ab"]
        for p in ps:
            p.start()
            p.join()
        print(sorted(shared_list), sorted(shared_dict.items()), ns.last)

    q = multiprocessing.JoinableQueue()
    out = multiprocessing.Queue()
    c = multiprocessing.Process(target=consume, args=(q, out))
    c.start()
    for i in range(4):
        q.put(i)
    q.put(None)
    q.join()
    c.join()
    print([out.get() for _ in range(4)], c.exitcode)
