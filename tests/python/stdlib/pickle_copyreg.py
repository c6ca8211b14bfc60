import copy
import copyreg
import pickle


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


def reduce_vec(v):
    print("reduce_vec called")
    return (Vec, (v.x, v.y))


copyreg.pickle(Vec, reduce_vec)
data = pickle.dumps(Vec(1, [2]))
print(data)
print(pickle.loads(data))
v = Vec(1, [2])
c = copy.deepcopy(v)
print(c, c.y is v.y)
s = copy.copy(v)
print(s, s.y is v.y)


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = "open"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "reconnected"


c = copy.deepcopy(Conn("h"))
print(c.host, c.socket)
c = pickle.loads(pickle.dumps(Conn("h2")))
print(c.host, c.socket)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,))

    def __repr__(self):
        return "Money(%d)" % self.cents


m = [Money(5), Money(7)]
print(copy.deepcopy(m), pickle.loads(pickle.dumps(m)))
print(pickle.dumps(Money(5), protocol=2))
print(pickle.dumps(Vec(0, 0), protocol=0))
try:
    copyreg.pickle(Vec, 5)
except TypeError as exc:
    print(exc)
