# graphlib for Loopscope's MicroPython: TopologicalSorter (add, prepare, get_ready, is_active/bool,
# done, static_order) and CycleError as CPython 3.11 has them: the same order of ready nodes
# (insertion order, then successors in the order they were added), the same cycle reported
# (a depth-first walk in insertion order), the same ValueError texts. Lacks only
# TopologicalSorter[...] generic aliases.

__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1    # a node's predecessor count once get_ready() has handed it out
_DONE = -2   # ... and once done() has been called for it


class CycleError(ValueError):
    # args: ("nodes are in a cycle", [n1, n2, ..., n1]).
    pass


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0      # predecessors not yet done (or _OUT / _DONE)
        self.successors = []  # repeated when added repeatedly: each is one count in `waiting`


class TopologicalSorter:
    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None    # None until prepare()
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._ready)
        for node in ready:
            self._nodes[node].waiting = _OUT
        self._ready.clear()
        self._handed_out += len(ready)
        return ready

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError("node %r was not added using add()" % (node,))
            if info.waiting != _OUT:
                if info.waiting >= 0:
                    raise ValueError("node %r was not passed out (still not ready)" % (node,))
                raise ValueError("node %r was already marked done" % (node,))
            info.waiting = _DONE
            for successor in info.successors:
                after = self._nodes[successor]
                after.waiting -= 1
                if after.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first from each node in insertion order, successors in order; the first edge back
        # into the current path closes the cycle reported: path[from that node:] + [that node].
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            visited.add(start)
            path = [start]
            on_path = {start: 0}
            pending = [iter(self._nodes[start].successors)]
            while pending:
                successor = next(pending[-1], _END)
                if successor is _END:
                    pending.pop()
                    del on_path[path.pop()]
                    continue
                if successor in on_path:
                    return path[on_path[successor]:] + [successor]
                if successor in visited:
                    continue
                visited.add(successor)
                on_path[successor] = len(path)
                path.append(successor)
                pending.append(iter(self._nodes[successor].successors))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)


_END = object()
