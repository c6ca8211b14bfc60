# heapq for Loopscope's MicroPython: CPython's algorithms (same sift order, so equal keys come out in
# the same order as in CPython).


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    # Lazily, as CPython's: each step yields the head with the smallest key (the largest with
    # reverse), the earliest input winning ties, then reads the next item of that input. Inputs that
    # are not sorted come out in CPython's order too: the heads decide, whatever a heap holds.
    heads = []  # [key, value, iterator] per input still running, in input order
    for it in iterables:
        it = iter(it)
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while len(heads) > 1:
        best = 0
        for i in range(1, len(heads)):
            if (heads[i][0] > heads[best][0]) if reverse else (heads[i][0] < heads[best][0]):
                best = i
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[0] = value if key is None else key(value)
            head[1] = value
            break
        else:
            del heads[best]
    if heads:
        yield heads[0][1]
        yield from heads[0][2]
