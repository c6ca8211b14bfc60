# requests.structures: CaseInsensitiveDict (header names in any case find the same entry; iteration
# gives the names as they were last set).

__all__ = ["CaseInsensitiveDict"]


class CaseInsensitiveDict:
    def __init__(self, data=None, **kwargs):
        self._store = {}
        if data is not None:
            self.update(data)
        if kwargs:
            self.update(kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._store

    def __iter__(self):
        return iter([key for key, _ in self._store.values()])

    def __len__(self):
        return len(self._store)

    def get(self, key, default=None):
        entry = self._store.get(key.lower())
        return default if entry is None else entry[1]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def pop(self, key, *default):
        entry = self._store.pop(key.lower(), None)
        if entry is None:
            if default:
                return default[0]
            raise KeyError(key)
        return entry[1]

    def update(self, other=(), **kwargs):
        items = other.items() if hasattr(other, "items") else other
        for key, value in items:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def keys(self):
        return [key for key, _ in self._store.values()]

    def values(self):
        return [value for _, value in self._store.values()]

    def items(self):
        return [(key, value) for key, value in self._store.values()]

    def lower_items(self):
        return [(lower, entry[1]) for lower, entry in self._store.items()]

    def copy(self):
        return CaseInsensitiveDict(self.items())

    def __eq__(self, other):
        if not hasattr(other, "items"):
            return NotImplemented
        other = other if isinstance(other, CaseInsensitiveDict) else CaseInsensitiveDict(other)
        return dict(self.lower_items()) == dict(other.lower_items())

    def __repr__(self):
        return str(dict(self.items()))
