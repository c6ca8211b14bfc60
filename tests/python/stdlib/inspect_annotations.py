# inspect.signature(): return_annotation and each Parameter's annotation are the annotation objects
# (the function's __annotations__), while str(signature) prints them as CPython does.
import inspect
import typing


async def fetch(url: str, *, timeout: float = 5.0, retries: int = 3) -> bytes:
    return b""


def mixed(a, b: "Node", *args: int, c: typing.Optional[int] = None, **kw: dict) -> typing.List[str]:
    pass


def nothing(x, y=1):
    pass


class Box:
    def get(self, key: str, default: list[int] = None) -> dict[str, int]:
        pass


sig = inspect.signature(fetch)
print(sig)
print(sig.return_annotation, sig.parameters["timeout"].annotation, sig.parameters["url"].annotation is str)
print(inspect.signature(mixed))
for name, p in inspect.signature(mixed).parameters.items():
    print(" ", name, p.kind.name, repr(p.annotation) if p.annotation is not p.empty else "empty", p)
s = inspect.signature(nothing)
print(s, s.return_annotation is inspect.Signature.empty, s.parameters["x"].annotation is inspect.Parameter.empty)
print(inspect.signature(Box.get), inspect.signature(Box().get))
print(inspect.signature(Box().get).return_annotation, inspect.signature(Box.get).parameters["default"].annotation)
print(sig.replace(return_annotation=int), sig.parameters["url"].replace(annotation=bytes))
