# The match statement (PEP 634/636) as CPython 3.11 runs it: every kind of pattern, guards, what is
# bound when, and `match`/`case` staying names everywhere else.
import collections
import collections.abc
from dataclasses import dataclass, field
from enum import Enum


# --- soft keywords: names everywhere but at the head of a match statement / case block ---
match = 3
case = [match, 4]
print(match, case)
match = {"case": case}
print(match["case"])
def match(x, case=0):
    return ("called", x, case)
print(match(1), match(2, case=5))
print(match (7))
match(8)
match [0] if False else None
class case:
    match = "attr"
print(case.match, [match for match in range(3)])
del match
match = "soft"
match match:
    case "soft":
        print("matched on a variable called match")
case = "soft"
match case:
    case case if case == "soft":
        print("a capture called case:", case)


# --- literals, captures, wildcard, values, groups ---
class Color(Enum):
    RED = 1
    GREEN = 2


class Limits:
    LOW = 10
    HIGH = 20


def literal(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "text":
            return "the string 'text'"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True (by identity)"
        case False:
            return "False (by identity)"
        case Color.RED:
            return "Color.RED"
        case Limits.LOW | Limits.HIGH:
            return "a limit"
        case (((42))):
            return "grouped 42"
        case other:
            return f"captured {other!r}"


for v in [0, -1, 1.5, 2 + 3j, "text", b"raw", None, True, False, 1, 1.0, Color.RED, Color.GREEN, 10, 20, 42, "x"]:
    print(repr(v), "->", literal(v))


# --- sequences: lists, tuples, ranges, deques, never str/bytes ---
def sequence(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case (first, *_, last) if first == last:
            return f"same ends {first}"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"
        case _:
            return "not a sequence pattern"


for v in [[], [1], (1, 2), [1, 2, 3], (5, 0, 0, 5), range(4), collections.deque([7, 8]), "ab", b"ab",
          bytearray(b"ab"), {1: 2}, {1, 2}, 12]:
    print(type(v).__name__ if isinstance(v, set) else repr(v), "->", sequence(v))
print("an iterator ->", sequence(iter([1, 2])))

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2, 3):
    case 1, *rest:
        print("open sequence, rest is a list:", rest)
match [1, 2]:
    case *_, 2:
        print("star wildcard first")
match range(10):
    case [0, 1, *_, 8, last]:
        print("range ends with", last)
match (1, 2):
    case (1, 2) | [2, 1]:
        print("tuple pattern matches a tuple")
match [0]:
    case (0,):
        print("(0,) matches the list [0]")


# --- mappings: dicts, subclasses, .get() semantics, **rest ---
def mapping(v):
    match v:
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text), **rest}:
            return f"say {text!r}, rest {rest}"
        case {1: one, Limits.LOW: low}:
            return f"int keys {one} {low}"
        case {}:
            return f"some mapping {sorted(v)}"
        case _:
            return "not a mapping"


for v in [{"action": "move", "to": (1, 2)}, {"action": "move", "to": [3, 4], "speed": 9},
          {"action": "say", "text": "hi", "volume": 3, "lang": "en"}, {"action": "say", "text": 5},
          {1: "a", 10: "b", 11: "c"}, {"x": 0}, [("action", "move")], "action"]:
    print(v, "->", mapping(v))


class Missing(dict):
    def __missing__(self, key):
        return "made up"


d = Missing(a=1)
print("missing key via []:", d["zzz"])
match d:
    case {"zzz": value}:
        print("matched with __missing__?", value)
    case {"a": value}:
        print("get() does not call __missing__; a =", value)

dd = collections.defaultdict(list, k=[1])
match dd:
    case {"nope": _}:
        print("defaultdict invented a key")
    case {"k": [1], **rest}:
        print("defaultdict matched, rest", rest, type(rest).__name__)
print("defaultdict unchanged:", sorted(dd.items()))

od = collections.OrderedDict([("b", 2), ("a", 1), ("c", 3)])
match od:
    case {"a": 1, **rest}:
        print("OrderedDict rest keeps order:", rest)

match collections.Counter("hello"):
    case {"l": 2, "h": h}:
        print("Counter:", h)


class Registry(collections.abc.Mapping):
    def __init__(self, **items):
        self._items = items

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


match Registry(alpha=1, beta=2):
    case {"alpha": a, **others}:
        print("collections.abc.Mapping:", a, others)


# --- classes: __match_args__, keywords, dataclasses, builtins matching themselves ---
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Circle:
    center: Point
    radius: float = 1.0
    tags: list = field(default_factory=list)


class Shape:
    pass


def classify(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(0, y=yy):
            return f"on the y axis at {yy}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"on the diagonal at {px}"
        case Circle(Point(x, y), r) if r > 5:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), radius=r, tags=[]):
            return f"untagged circle r={r}"
        case Circle(tags=[tag, *_]):
            return f"circle tagged {tag}"
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n) if n < 0:
            return f"negative number {n}"
        case int(n):
            return f"int {n}"
        case str() as s:
            return f"some str {s!r}"
        case list([1, *_]):
            return "a list starting with 1"
        case dict({"k": k}):
            return f"dict with k={k}"
        case Shape():
            return "a shape"
        case object(__class__=cls):
            return f"something else: {cls.__name__}"


for v in [Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 9),
          Circle(Point(1, 1)), Circle(Point(0, 0), 2, ["red", "big"]), True, -3, -2.5, 7, "abc", [1, 2],
          {"k": 5}, Shape(), 3.5, None]:
    print(type(v).__name__, "->", classify(v))

print("dataclass __match_args__:", Circle.__match_args__)


class Pair(tuple):
    pass


match Pair((1, 2)):
    case tuple((a, b)):
        print("tuple subclass matches itself:", a, b)


class Temperature(float):
    pass


match Temperature(21.5):
    case float(t):
        print("float subclass matches itself:", t, type(t).__name__)


class WithProperty:
    @property
    def value(self):
        raise AttributeError("not now")


match WithProperty():
    case WithProperty(value=v):
        print("matched?", v)
    case WithProperty():
        print("an attribute raising AttributeError means no match")


# --- or, as, guards ---
def command(words):
    match words.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]:
            return f"taking {obj}"
        case ["drop", *objects] if objects:
            return f"dropping {', '.join(objects)}"
        case ["drop", *_]:
            return "drop what?"
        case [("quit" | "exit") as verb]:
            return f"bye ({verb})"
        case [verb, *_] as all_words if len(all_words) > 3:
            return f"too long for {verb!r}"
        case _:
            return "unknown"


for words in ["go north", "go up", "get lamp", "pick up key", "pick sword up", "drop a b c", "drop",
              "quit", "exit", "jump over the lazy dog", "look"]:
    print(repr(words), "->", command(words))

guard_calls = []


def noted(value, result):
    guard_calls.append(value)
    return result


match 5:
    case int(n) if noted(n, False):
        print("not this one")
    case n if noted(n * 10, True):
        print("second guard true, n =", n)
print("guards evaluated:", guard_calls)


# --- what is bound, and when ---
x = "before"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print("after a failed case x is still", x)
match [1, 2]:
    case [y, 2] if False:
        print("no")
    case _:
        print("a failed guard still bound y =", y)
match {"a": 1, "b": 2}:
    case {"a": aa} | {"b": aa}:
        print("or-pattern binding:", aa)
match (1, (2, 3)):
    case (first, (_, third) as inner) as whole:
        print("as patterns:", first, third, inner, whole)


# --- subjects ---
match 1, 2:
    case (1, 2):
        print("tuple subject")
items = [3, 4]
match *items, 5:
    case [3, 4, 5]:
        print("starred subject")
match (n := 10) // 3:
    case 3:
        print("walrus in the subject, n =", n)
match Limits.HIGH:
    case Limits.HIGH:
        print("attribute subject")
match "no case matches":
    case "other":
        print("never")
print("a match without a matching case does nothing")


# --- control flow inside cases ---
def first_even(values):
    for v in values:
        match v:
            case int() if v % 2:
                continue
            case int():
                return v
            case "stop":
                break
            case _:
                pass
    return None


print(first_even([1, 3, 4, 5]), first_even([1, "stop", 2]), first_even(["x", 7]))

total = 0
i = 0
while True:
    i += 1
    match i:
        case 5:
            break
        case n if n % 2 == 0:
            total += n
print("loop total", total)


def nested(a, b):
    match a:
        case int():
            match b:
                case int():
                    return "both ints"
                case _:
                    return "int then other"
        case _:
            return "other"


print(nested(1, 2), nested(1, "b"), nested("a", 2))
