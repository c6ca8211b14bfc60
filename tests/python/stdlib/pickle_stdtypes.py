import collections
import copy
import pathlib
import pickle
import uuid

values = [collections.deque([1, 2]), collections.deque([1, 2, 3], maxlen=2), collections.OrderedDict(a=1, b=2),
          collections.defaultdict(list, {"a": [1]}), collections.defaultdict(None, {"k": 0}),
          collections.Counter("abracadabra"), uuid.UUID("12345678-1234-5678-1234-567812345678"),
          pathlib.PurePosixPath("/tmp/x"), pathlib.Path("a/b.txt"), complex(1, 2), range(2, 10, 3)]
for v in values:
    d = pickle.dumps(v)
    r = pickle.loads(d)
    print(type(r).__name__, r == v, repr(r), d)
    c = copy.copy(v)
    dc = copy.deepcopy(v)
    print(type(c).__name__, c == v, type(dc).__name__, dc == v)
dq = collections.deque(maxlen=3)
dq.extend(range(5))
print(pickle.loads(pickle.dumps(dq)), copy.deepcopy(dq).maxlen)
dd = pickle.loads(pickle.dumps(collections.defaultdict(int)))
dd["x"] += 1
print(dd)
