# expect: ValueError
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        items.clear()
        items.extend([1, 2, 3])
        return self.v < other.v
items = [Item(i) for i in range(200, 0, -1)]
items.sort()
