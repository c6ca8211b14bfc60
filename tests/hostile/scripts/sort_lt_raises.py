# expect: KeyError
# A comparison that raises leaves every item in the list.
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 50:
            raise KeyError('boom')
        return self.v < other.v
items = [Item((i * 37) % 101) for i in range(101)]
try:
    items.sort()
finally:
    assert sorted(i.v for i in items) == list(range(101))
