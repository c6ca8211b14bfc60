# The match statement's errors as CPython 3.11 words them: SyntaxErrors found when compiling a
# pattern, TypeErrors and ValueErrors found when matching.

def case_source(*cases, subject="x"):
    return f"match {subject}:\n" + "".join(f"    case {c}:\n        pass\n" for c in cases)


sources = [
    case_source("a", "1"),
    case_source("_", "1"),
    case_source("a | 1"),
    case_source("1 | a"),
    case_source("(1 | a) | 2"),
    case_source("[a, b] | [a]"),
    case_source("{'k': a} | {'k': b}"),
    case_source("[a, a]"),
    case_source("[a, *_, a]"),
    case_source("[a, b] as a"),
    case_source("[*a, *b]"),
    case_source("Point(x=1, 2)"),
    case_source("Point(x=1, x=2)"),
    case_source("Point(a=_, b=_, a=_)"),
    case_source("{'a': 1, 'a': 2}"),
    case_source("{1: _, 1.0: _}"),
    case_source("{True: 1, 1: 2}"),
    case_source("{None: 1, None: 2}"),
    case_source("{y: 1}"),
    case_source("{**_}"),
    case_source("{**rest, 'a': 1}"),
    case_source("{'a': _, **r, **s}"),
    case_source("_ as _"),
    case_source("1 as 2"),
    case_source("*rest"),
    case_source("(a as b) | 2", "3"),
    case_source("_ as y", "3"),
    case_source("-a"),
    case_source("1 + 2"),
    case_source("1j + 2j"),
    case_source("x if x", "1"),
    case_source("[1, 2] | (y, 3)"),
    "match x:\n    pass\n",
    "match x:\n    case 1:\n        pass\n    y = 1\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x: case 1: pass\n",
    "match *a:\n    case 1: pass\n",
    "match x:\n    case 1 pass\n",
]
for source in sources:
    try:
        compile(source, "<demo>", "exec")
        print("compiled:", repr(source))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.args[0]}")


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class Twice:
    __match_args__ = ("a",)
    a = 1


class Keys:
    k = "a"


not_a_class = len


def attempt(label, subject, body):
    try:
        print(label, "->", body(subject))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def no_args(s):
    match s:
        case NoArgs(1):
            return "matched"
    return "no match"


def too_many(s):
    match s:
        case Point(1, 2, 3):
            return "matched"
    return "no match"


def int_two(s):
    match s:
        case int(a, b):
            return "matched"
    return "no match"


def list_args(s):
    match s:
        case ListArgs(a):
            return "matched"
    return "no match"


def int_args(s):
    match s:
        case IntArgs(a):
            return "matched"
    return "no match"


def twice(s):
    match s:
        case Twice(1, a=1):
            return "matched"
    return "no match"


def not_class(s):
    match s:
        case not_a_class():
            return "matched"
    return "no match"


def dup_keys(s):
    match s:
        case {Keys.k: 1, "a": 2}:
            return "matched"
    return "no match"


def no_len(s):
    match s:
        case [a, b]:
            return "matched"
    return "no match"


class BadSequence(list):
    def __len__(self):
        raise ValueError("len fails")


attempt("NoArgs(1) on a NoArgs", NoArgs(), no_args)
attempt("NoArgs(1) on an int", 5, no_args)
attempt("Point(1, 2, 3)", Point(1, 2), too_many)
attempt("int(a, b)", 3, int_two)
attempt("ListArgs(a)", ListArgs(), list_args)
attempt("IntArgs(a)", IntArgs(), int_args)
attempt("Twice(1, a=1)", Twice(), twice)
attempt("len() as a class", 3, not_class)
attempt("duplicate key, long enough", {"a": 1, "b": 2}, dup_keys)
attempt("duplicate key, too short", {"a": 1}, dup_keys)
attempt("len() raising", BadSequence([1, 2]), no_len)
