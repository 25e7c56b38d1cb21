"""Room to act: who holds a power for an amount, and the routes from a handler to them.

Holders are indexed once per analysis and per power (sorted by budget, so a need costs what
it names); routes are searched breadth-first nearby and by one C search per set of holders
far away (scipy, on the reversed route graph).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np

from mapper.authority import Basis
from mapper.context import Context
from models import PowerCategory, RelationKind, RuleType

if TYPE_CHECKING:
    import scipy.sparse as sp

ROOM_STEPS = 2  # a holder more steps away than this is too far from the case
ROOM_KINDS = frozenset({RelationKind.ESCALATION, RelationKind.HIERARCHY, RelationKind.SIGNAL})
PUSH = PowerCategory.PUSH_THROUGH


def may_deviate(ctx: Context, actor: str, key: str) -> bool:
    """Whether ``actor``, holding ``key``, may take a decision that departs from the rule the
    power falls under: from a policy rule whoever decides under it (Awb 4:84), unless a mandate
    of the chain reserves that; from an internal rule only its owner (or a delegate); from a
    statute or an ordinance nobody, except under a clause of its own (a power of the category
    ``deviate_from_rule``, such as a hardship clause)."""
    grant = ctx.authority.grant(actor, key)
    if grant is None:
        return False
    power = ctx.legal.powers.get(grant.power)
    if power is None or power.category == PowerCategory.DEVIATE_FROM_RULE:
        return power is not None
    if power.rule_type == RuleType.POLICY_RULE:
        return not (grant.basis == Basis.MANDATE and grant.reserved)
    if power.rule_type == RuleType.INTERNAL:
        return grant.basis != Basis.MANDATE
    return False


def _limit(budget: float | None) -> float:
    return float("inf") if budget is None else budget


class _Holdings:
    """The holders of one power for at least one amount: a prefix of the power's holders
    sorted by budget, so a need costs O(what it names), never a scan of all holders."""

    def __init__(self, index: _Index, budget: float | None) -> None:
        self.index = index
        self.budget = budget
        self.count = index.count(budget)
        self.key = (index.name, self.count)  # the far search is cached per prefix

    def __bool__(self) -> bool:
        return self.count > 0

    def __contains__(self, actor: object) -> bool:
        limit = self.index.limits.get(actor)  # type: ignore[call-overload]
        return limit is not None and (self.budget is None or limit >= self.budget)

    @property
    def search(self) -> list[str]:
        """The holders themselves (for the route search), largest budget first."""
        return self.index.by_budget[: self.count]

    def first(self, count: int, skip: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """The first ``count`` holders in map order, not in ``skip``."""
        found: list[str] = []
        for actor in self.index.in_order:
            if actor in self and actor not in skip:
                found.append(actor)
                if len(found) == count:
                    break
        return found

    def best(self) -> str:
        """The holder with the largest budget (the first of equals in the authority's order)."""
        return self.index.by_budget[0]


class _Index:
    """One power's holders: in map order, and by budget (unlimited first, largest first)."""

    def __init__(self, ctx: Context, name: str, actors: list[str], limits: dict[str, float]):
        self.name = name
        self.limits = limits
        self.in_order = ctx.sorted_actors(actors)
        self.by_budget = sorted(actors, key=lambda a: -limits[a])
        self._desc = [limits[a] for a in self.by_budget]

    def count(self, budget: float | None) -> int:
        """How many hold the power for at least ``budget`` (bisection)."""
        if budget is None:
            return len(self._desc)
        lo, hi = 0, len(self._desc)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._desc[mid] >= budget:
                lo = mid + 1
            else:
                hi = mid
        return lo


class _Holders:
    """Holders per power reference, indexed once per analysis."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._index: dict[str, _Index] = {}

    def _build(self, name: str, actors: list[str], key: str) -> _Index:
        auth = self.ctx.authority
        limits = {a: _limit(auth.budget_of(a, key)) for a in actors}
        return _Index(self.ctx, name, actors, limits)

    def of(self, key: str, budget: float | None, deviates: bool = False) -> _Holdings:
        """The actors who hold ``key`` for at least ``budget`` (and, for a decision that
        departs from the rule, who may depart from it: :func:`may_deviate`)."""
        name = key + "\x00deviates" if deviates else key
        index = self._index.get(name)
        if index is None:
            actors = self.ctx.authority.holders(key)
            if deviates:
                actors = [a for a in actors if may_deviate(self.ctx, a, key)]
            index = self._build(name, actors, key)
            self._index[name] = index
        return _Holdings(index, budget)

    def agreed(self, deciders: tuple[str, ...]) -> _Holdings:
        """The deciders of the agreements that cover a decision no public body holds."""
        name = "\x00agreed\x00" + "\x00".join(deciders)
        index = self._index.get(name)
        if index is None:
            index = _Index(self.ctx, name, list(deciders), dict.fromkeys(deciders, float("inf")))
            self._index[name] = index
        return _Holdings(index, None)

    def push(self, deciders: tuple[str, ...]) -> _Holdings:
        """Agreement ``deciders`` and the public bodies (or their mandate holders) with a
        push-through power - not a partner's own powers."""
        name = "\x00push\x00" + "\x00".join(deciders)
        index = self._index.get(name)
        if index is None:
            auth = self.ctx.authority
            public = [
                actor
                for actor in auth.holders(PUSH)
                if (g := auth.grant(actor, PUSH)) is not None and g.basis != Basis.OWN
            ]
            actors = list(dict.fromkeys([*deciders, *public]))
            index = _Index(self.ctx, name, actors, {a: float("inf") for a in actors})
            self._index[name] = index
        return _Holdings(index, None)


class _Reach:
    """Routes from a handler: nearby by breadth-first search, far away by one C search per
    set of holders (scipy, on the reversed route graph)."""

    def __init__(self, ctx: Context) -> None:
        self.routes = ctx.graphs.flow(ROOM_KINDS)
        self.nodes = list(self.routes.nodes())
        self.index = {n: i for i, n in enumerate(self.nodes)}
        self._near: dict[str, dict[str, list[str]]] = {}
        self._far: dict[Hashable, tuple[np.ndarray, np.ndarray]] = {}
        self._back: sp.csr_matrix | None = None

    def near(self, handler: str) -> dict[str, list[str]]:
        """Paths to everyone within :data:`ROOM_STEPS` steps of ``handler``."""
        if handler not in self._near:
            self._near[handler] = nx.single_source_shortest_path(
                self.routes, handler, cutoff=ROOM_STEPS
            )
        return self._near[handler]

    def path(self, handler: str, holders: _Holdings | list[str]) -> list[str] | None:
        """The shortest route from ``handler`` to the nearest of ``holders`` (None: none)."""
        if isinstance(holders, _Holdings):
            key: Hashable = holders.key
            members = holders.search
        else:
            key, members = tuple(sorted(holders)), holders
        if key not in self._far:
            import scipy.sparse as sp  # with the first analysis (mapper.metrics)
            import scipy.sparse.csgraph as csgraph

            if self._back is None:
                n = len(self.nodes)
                edges = [(self.index[v], self.index[u]) for u, v in self.routes.edges()]
                rows = np.array([e[0] for e in edges], dtype=np.int64)
                cols = np.array([e[1] for e in edges], dtype=np.int64)
                self._back = sp.csr_matrix((np.ones(len(edges)), (rows, cols)), shape=(n, n))
            dist, pred = csgraph.dijkstra(
                self._back,
                indices=[self.index[h] for h in members],
                unweighted=True,
                min_only=True,
                return_predecessors=True,
            )[:2]
            self._far[key] = (dist, pred)
        dist, pred = self._far[key]
        i = self.index[handler]
        if not np.isfinite(dist[i]):
            return None
        path = [handler]
        while pred[i] >= 0:
            i = int(pred[i])
            path.append(self.nodes[i])
        return path
