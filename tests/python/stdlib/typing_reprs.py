# typing: reprs of aliases and special forms, TypeVar, get_origin/get_args, TypedDict classes
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, Optional, Sequence,
                    Set, Tuple, TypedDict, TypeVar, Union, get_args, get_origin, Awaitable, Iterator)

T = TypeVar("T")
K = TypeVar("K", covariant=True)
print(Optional[int], List[int], Dict[str, int], Union[int, str], Callable[[int], str])
print(T, K, List[T], Dict[str, T][float], Tuple[int, ...], Tuple[()], Callable[..., Any], Callable[[], None])
print(Optional[List[str]], Union[int, None, str], Union[int], Union[int, int], Optional[Union[int, str]])
print(List, Dict, Any, Literal["r", "w"], ClassVar[int], Final[str], Set[bytes], Sequence[float])
print(Awaitable[int], Iterator[str], List[list[int]], Optional[dict[str, int]], Union[str, List[int]])


class Node:
    pass


print(Optional[Node], List["Node"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]))
print(get_args(Callable[[int, str], bool]), get_origin(int), get_args(int))
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[None, int])
print(List[int].__origin__, List[int].__args__, T.__name__)
for expr in ("List()", "Optional[int, str]", "List[int, str]", "Union[()]", "Dict[int]"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack[int]()
s.push(3)
print(s.items, Stack[int])


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, m["title"], sorted(Movie.__required_keys__), Movie.__total__)


class Draft(TypedDict, total=False):
    title: str


print(Draft(), Draft(title="x"), Draft.__total__, sorted(Draft.__optional_keys__))
Point = TypedDict("Point", {"x": int, "y": int})
p = Point(x=1, y=2)
print(p, p == {"x": 1, "y": 2}, sorted(Point.__required_keys__))
import collections.abc
print(collections.abc.Callable[[int], str], collections.abc.Callable[..., list[int]], dict[str, list[int]])
