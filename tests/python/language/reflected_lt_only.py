# A class with only __lt__ (or only __le__) serves `>` and `>=` through the right operand's
# reflected method, as CPython tries it; max(), min() and sorted() on such objects.
import asyncio


class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


class Score:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v


class Other:
    def __gt__(self, other):
        return "Other.__gt__"


versions = [Version(1, 2), Version(3, 0), Version(2, 9)]
print(Version(1, 0) > Version(0, 9), Version(1, 0) > Version(1, 1))
print(max(versions), min(versions), sorted(versions, reverse=True))
print(Score(2) >= Score(1), Score(1) >= Score(2))
print(Version(1, 0) < Other())  # Version.__lt__ says NotImplemented: Other.__gt__ reflected
try:
    Version(1, 0) > 3
except TypeError as e:
    print("TypeError:", e)
try:
    Score(1) > Score(2)
except TypeError as e:
    print("TypeError:", e)


async def main():
    q = asyncio.PriorityQueue()
    for v in versions:
        q.put_nowait(v)
    print([q.get_nowait() for _ in range(3)])
    print(max(versions, key=lambda v: v), sorted(versions)[0] > versions[0])


asyncio.run(main())
