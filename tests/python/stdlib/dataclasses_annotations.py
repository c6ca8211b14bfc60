# dataclasses as usually written: fields declared by annotations alone. Needs the compiler to keep
# class-body annotations in __annotations__ (see README.md); not in the passing list until then.
import asyncio
from dataclasses import dataclass, field, asdict


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: str = field(compare=False)


@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)
    total: float = 0.0


o = Order(1, "ann")
print(o, asdict(o))
try:
    Order(1)
except TypeError as e:
    print("TypeError:", e)


async def main():
    q = asyncio.PriorityQueue()
    for p, name in [(5, "e"), (1, "a"), (3, "c")]:
        await q.put(PrioritizedItem(p, name))
    while not q.empty():
        print(await q.get())


asyncio.run(main())
