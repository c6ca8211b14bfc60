# exc.__traceback__ and sys.exc_info()[2] are traceback objects, outermost frame first, which
# the traceback module walks (extract_tb, format_tb, walk_tb, format_list) as CPython's does.
import asyncio
import io
import sys
import traceback


def inner(n):
    return 10 // n


def outer(n):
    return inner(n)


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(sys.exc_info()[2] is not None, sys.exc_info()[2].tb_lineno)
    for summary in traceback.extract_tb(e.__traceback__):
        print(summary.name, summary.lineno, repr(summary.line), summary.filename == __file__)
    last = traceback.extract_tb(e.__traceback__)[-1]
    filename, lineno, name, line = last
    print(name, lineno, line, len(last))
    print([(frame.f_code.co_name, line) for frame, line in traceback.walk_tb(e.__traceback__)])
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print(text.splitlines()[-1], text.count("File"))



def check(n):
    raise ValueError(n)


def validate(n):
    check(n)


try:
    validate(1)
except ValueError as e:
    # (lines that are one whole expression: CPython draws no carets under them)
    print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "FILE"), end="")
    out = io.StringIO()
    traceback.print_tb(e.__traceback__, limit=1, file=out)
    print(out.getvalue().replace(__file__, "FILE"), end="")

fresh = ValueError("never raised")
print(fresh.__traceback__, sys.exc_info())
print(traceback.format_list([("a.py", 3, "f", "x = 1")]), end="")


async def failing():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    task = asyncio.create_task(failing())
    try:
        await task
    except KeyError as e:
        names = [s.name for s in traceback.extract_tb(e.__traceback__)]
        print("main" in names, names[-1], traceback.extract_tb(e.__traceback__)[-1].line)

asyncio.run(main())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.min, sys.float_info.max_exp, sys.float_info.radix, sys.float_info[0] == sys.float_info.max)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
