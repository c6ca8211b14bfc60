# An exception raised in an except* clause, or an unmatched one that goes on, keeps one traceback
# entry per frame (the clause's frame once), as in CPython.
import traceback


def handler_raises():
    try:
        raise ExceptionGroup("group", [ValueError("a")])
    except* ValueError:
        raise RuntimeError("in clause")


def unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        pass


for fn in (handler_raises, unmatched):
    try:
        fn()
    except Exception as e:
        entries = [(s.name, s.lineno) for s in traceback.extract_tb(e.__traceback__)]
        print(type(e).__name__, entries)
