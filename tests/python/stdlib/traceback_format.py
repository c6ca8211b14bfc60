# traceback: formatting a caught exception and its chain as CPython does. Frame lines ("  File ...")
# are left out of the comparison: paths differ per run and CPython also shows source lines.
import asyncio
import io
import traceback


class PaymentError(Exception):
    pass


def structure(lines):
    text = "".join(lines)
    return [line for line in text.splitlines() if not line.startswith("  ")]


def charge():
    try:
        {}["card"]
    except KeyError as e:
        raise PaymentError("card missing") from e


def refund():
    try:
        charge()
    except PaymentError:
        raise RuntimeError("refund failed")


try:
    refund()
except RuntimeError as exc:
    print(structure(traceback.format_exception(exc)))
    print(structure(traceback.format_exception(exc, chain=False)))
    print(traceback.format_exception_only(exc), traceback.format_exception_only(exc.__context__))
    buf = io.StringIO()
    traceback.print_exception(exc, file=buf)
    print(structure([buf.getvalue()]) == structure(traceback.format_exception(exc)))

try:
    raise ValueError("quiet") from None
except ValueError as exc:
    print(structure(traceback.format_exception(exc)))
print(traceback.format_exception_only(ValueError()), traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(None))


async def failing():
    await asyncio.sleep(0.1)
    raise ConnectionError("peer reset")


async def main():
    results = await asyncio.gather(failing(), return_exceptions=True)
    for result in results:
        print(structure(traceback.format_exception(result)))


asyncio.run(main())
