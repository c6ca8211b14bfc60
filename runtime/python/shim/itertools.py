# itertools for Loopscope's MicroPython: the CPython functions as generators (same results, order and
# laziness as the documented pure-Python equivalents).


class count:
    # A class, not a generator, so that it prints as CPython's does: count(5), count(0, 2).
    def __init__(self, start=0, step=1):
        if not isinstance(start, (int, float, complex)) and not hasattr(start, "__add__"):
            raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._next
        self._next = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat:
    # A class, not a generator, so that it prints as CPython's does: repeat('z', 2) with the times left.
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and not isinstance(times, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
        self._times = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


def accumulate(iterable, func=None, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


def _from_iterable(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    # a class, so that chain.from_iterable exists (MicroPython functions take no attributes)
    def __init__(self, *iterables):
        self._it = _from_iterable(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    @staticmethod
    def from_iterable(iterables):
        return _from_iterable(iterables)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def _islice_index(value, message):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0:
        raise ValueError(message)
    return value


class islice:
    # CPython's islice: a type of that name, its arguments checked at once, and no item past the
    # last one taken consumed (the iterator stays usable after the slice). Iterating uses the
    # generator itself (fast); next() steps the same generator.
    def __init__(self, iterable, *args):
        self._gen = _islice_of(iterable, args)

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)


def _islice_of(iterable, args):
    if not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    if len(args) == 1:
        stop = _islice_index(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    else:
        stop = _islice_index(stop, msg)
    start = _islice_index(start, msg) or 0
    if step is not None and (not isinstance(step, int) or step <= 0):
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step or 1)


def _islice(it, nexti, stop, step):
    count = 0
    while True:
        while count < nexti:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            element = next(it)
        except StopIteration:
            return
        count += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop
        yield element


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    buffered = list(iterable)
    return tuple(iter(buffered) for _ in range(n))


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    it = iter(iterable)
    exhausted = False
    try:
        curr_value = next(it)
    except StopIteration:
        return
    curr_key = keyfunc(curr_value)
    while not exhausted:
        target_key = curr_key
        group = [curr_value]
        while True:
            try:
                curr_value = next(it)
            except StopIteration:
                exhausted = True
                break
            curr_key = keyfunc(curr_value)
            if curr_key != target_key:
                break
            group.append(curr_value)
        yield target_key, iter(group)


def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
