"""The backing tree: every handler's shortest backing line to the top, and its problems, in O(n).

The backing lines of all case handlers together form a shortest-path forest (one Dijkstra run
from all starts). A problem of a line is a *weak link* (a tree edge without mutual trust) or a
*distrust pair* (two members of the line, one above the other, with negative trust). Each
problem hangs at one node: a weak link at its lower end, a distrust pair at its deeper member.
The problems of a handler's line are then exactly those hanging on the path from the root to
the handler, and two handlers have the same problems exactly when the deepest node with a
problem on their paths (``last``) is the same. Counting, grouping and listing the nearest
problems therefore cost O(n) for the whole map instead of O(handlers × depth).

Examples
--------
>>> tree = BackingTree.build(["t", "m", "p"], [(0, 1, 1.0), (1, 2, 1.0)], ["t"],
...                          trust={("m", "p"): 1, ("p", "m"): 2, ("t", "m"): 1})
>>> tree.line("p"), tree.weak_count(tree.last["p"]), tree.problems("p")
(['t', 'm', 'p'], 1, ([], [('t', 'm', 'one-way')]))
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

__all__ = ["BackingTree", "Weak"]

Weak = tuple[str, str, str]  # (a, b, "absent" | "one-way")


@dataclass
class BackingTree:
    """Parents, depths and problems of the backing forest (actor ids as keys)."""

    parent: dict[str, str | None] = field(default_factory=dict)  # reached actors only
    depth: dict[str, int] = field(default_factory=dict)
    root: dict[str, str] = field(default_factory=dict)
    weak_at: dict[str, Weak] = field(default_factory=dict)
    negative_at: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    last: dict[str, str | None] = field(default_factory=dict)  # deepest node with a problem
    n_weak: dict[str, int] = field(default_factory=dict)
    n_negative: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        nodes: Sequence[str],
        edges: Sequence[tuple[int, int, float]],
        starts: Sequence[str],
        trust: Mapping[tuple[str, str], int],
    ) -> BackingTree:
        """The forest of shortest lines from the nearest start (undirected ``edges``)."""
        tree = cls()
        if not starts or not nodes:
            return tree
        n = len(nodes)
        index = {a: i for i, a in enumerate(nodes)}
        weight: dict[tuple[int, int], float] = {}
        for u, v, cost in edges:
            key = (min(u, v), max(u, v))
            weight[key] = min(weight.get(key, cost), cost)
        rows = np.fromiter((k[0] for k in weight), dtype=np.int64, count=len(weight))
        cols = np.fromiter((k[1] for k in weight), dtype=np.int64, count=len(weight))
        vals = np.fromiter(weight.values(), dtype=float, count=len(weight))
        import scipy.sparse as sp  # with the first analysis (mapper.metrics)
        import scipy.sparse.csgraph as csgraph

        matrix = sp.csr_matrix((vals, (rows, cols)), shape=(n, n))
        dist, pred = csgraph.dijkstra(
            matrix,
            directed=False,
            indices=[index[s] for s in starts],
            min_only=True,
            return_predecessors=True,
        )[:2]
        reached = np.flatnonzero(np.isfinite(dist))
        # parents come before children: costs are positive, so sort by distance
        for i in reached[np.argsort(dist[reached], kind="stable")]:
            a = nodes[int(i)]
            p = int(pred[i])
            up = nodes[p] if p >= 0 else None
            tree.parent[a] = up
            tree.depth[a] = 0 if up is None else tree.depth[up] + 1
            tree.root[a] = a if up is None else tree.root[up]
        tree._problems(trust)
        return tree

    def _problems(self, trust: Mapping[tuple[str, str], int]) -> None:
        children: dict[str, list[str]] = {}
        for a, up in self.parent.items():
            if up is not None:
                children.setdefault(up, []).append(a)
        enter, leave = self._euler(children)
        for (a, b), level in trust.items():
            if level >= 0 or a not in self.parent or b not in self.parent:
                continue
            if self.root[a] != self.root[b]:
                continue
            # one must be an ancestor (or itself) of the other: hang the pair at the deeper
            if enter[a] <= enter[b] and leave[b] <= leave[a]:
                self.negative_at.setdefault(b, []).append((a, b))
            elif enter[b] <= enter[a] and leave[a] <= leave[b]:
                self.negative_at.setdefault(a, []).append((a, b))
        for a, up in self.parent.items():  # parents first (insertion order)
            if up is not None:
                ab, ba = trust.get((up, a)), trust.get((a, up))
                if ab is None and ba is None:
                    self.weak_at[a] = (up, a, "absent")
                elif ab is None or ba is None:
                    self.weak_at[a] = (up, a, "one-way")
            above = self.last.get(up) if up is not None else None
            has = a in self.weak_at or a in self.negative_at
            self.last[a] = a if has else above
            self.n_weak[a] = (self.n_weak[up] if up is not None else 0) + (a in self.weak_at)
            self.n_negative[a] = (self.n_negative[up] if up is not None else 0) + len(
                self.negative_at.get(a, ())
            )

    def _euler(self, children: dict[str, list[str]]) -> tuple[dict[str, int], dict[str, int]]:
        enter: dict[str, int] = {}
        leave: dict[str, int] = {}
        clock = 0
        for root in (a for a, up in self.parent.items() if up is None):
            stack: list[tuple[str, bool]] = [(root, False)]
            while stack:
                a, done = stack.pop()
                if done:
                    leave[a] = clock
                    clock += 1
                    continue
                enter[a] = clock
                clock += 1
                stack.append((a, True))
                stack.extend((c, False) for c in children.get(a, ()))
        return enter, leave

    def weak_count(self, node: str | None) -> int:
        """Weak links on the line down to ``node``."""
        return 0 if node is None else self.n_weak[node]

    def negative_count(self, node: str | None) -> int:
        """Distrust pairs on the line down to ``node``."""
        return 0 if node is None else self.n_negative[node]

    def line(self, actor: str, limit: int | None = None) -> list[str]:
        """The line from the root down to ``actor`` (only its last ``limit`` actors if given)."""
        path: list[str] = []
        node: str | None = actor
        while node is not None and (limit is None or len(path) < limit):
            path.append(node)
            node = self.parent[node]
        return path[::-1]

    def problems(
        self, actor: str, limit: int | None = None
    ) -> tuple[list[tuple[str, str]], list[Weak]]:
        """Distrust pairs and weak links on the line to ``actor``, top first.

        With ``limit``, only the ``limit`` problems nearest the actor (weak links and distrust
        pairs together); the counts say how many there are in all.
        """
        found: list[tuple[str, str] | Weak] = []  # nearest first
        node = self.last.get(actor)
        while node is not None and (limit is None or len(found) < limit):
            found.extend(self.negative_at.get(node, ()))
            if node in self.weak_at:
                found.append(self.weak_at[node])
            up = self.parent[node]
            node = self.last.get(up) if up is not None else None
        found = found[:limit] if limit is not None else found
        negative = [(p[0], p[1]) for p in found if len(p) == 2]
        weak = [(p[0], p[1], p[2]) for p in reversed(found) if len(p) == 3]
        return negative, weak
