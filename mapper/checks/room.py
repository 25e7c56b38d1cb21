"""Room to act (building block 3): can each needed decision be taken, close to the case?

For every need: is there an actor with a *valid* mandate (or the power by law) of the right
category and enough budget, reachable from the handler along escalation, hierarchy (upwards)
and signal relationships within :data:`ROOM_STEPS` steps? A need spanning several
organisations also needs someone with push-through power (doorzettingsmacht) in reach.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Need, PowerCategory
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("p", "Consulent")],
...     needs=[Need("n1", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, handler="p")])
>>> [str(f.code) for f in check(Context.of(case))]
['NEED_NO_HOLDER']
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple

import networkx as nx
import numpy as np
import scipy.sparse as sp
import scipy.sparse.csgraph  # noqa: F401  (registers sp.csgraph)

from mapper.catalogue import LANGS, render, say
from mapper.checks._util import invalid_reason, path_phrase, power_name
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.graph import CaseGraphs
from mapper.texts.room import ROUTE_SHORTENED
from mapper.wording import count
from models import Mandate, Need, PowerCategory, RelationKind, Urgency

__all__ = ["ROOM_KINDS", "ROOM_STEPS", "check"]

ROOM_STEPS = 2  # a holder more steps away than this is too far from the case
ROOM_KINDS = frozenset({RelationKind.ESCALATION, RelationKind.HIERARCHY, RelationKind.SIGNAL})


def check(ctx: Context) -> list[Finding]:
    """Findings per need: no holder, budget short, holder unreachable or far, no push-through."""
    found: list[Finding] = []
    reach = _Reach(ctx)
    holders = _Holders(ctx, reach)
    for need in ctx.graphs.needs:
        if need.handler is None:
            found.append(_no_handler(ctx, need))
            continue
        made = _power_finding(ctx, need, need.power, need.budget, holders, push=False)
        if made is not None:
            found.append(made)
        if need.power != PowerCategory.PUSH_THROUGH and _spans_organisations(ctx, need):
            push = _power_finding(ctx, need, PowerCategory.PUSH_THROUGH, None, holders, push=True)
            # The same far-away holder for both: one finding says it all.
            same = made is not None and push is not None and made.actors == push.actors
            if push is not None and not same:
                found.append(push)
    return found


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

    def path(
        self, handler: str, holders: list[str], key: Hashable | None = None
    ) -> list[str] | None:
        """The shortest route from ``handler`` to the nearest of ``holders`` (None: none).

        Searches are cached per ``key`` (the same key must mean the same holders; default:
        the holders themselves).
        """
        key = tuple(sorted(holders)) if key is None else key
        if key not in self._far:
            if self._back is None:
                n = len(self.nodes)
                edges = [(self.index[v], self.index[u]) for u, v in self.routes.edges()]
                rows = np.array([e[0] for e in edges], dtype=np.int64)
                cols = np.array([e[1] for e in edges], dtype=np.int64)
                self._back = sp.csr_matrix((np.ones(len(edges)), (rows, cols)), shape=(n, n))
            dist, pred = sp.csgraph.dijkstra(
                self._back,
                indices=[self.index[h] for h in holders],
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


class _Holders:
    """Who holds each power, indexed once per analysis so a need costs O(what it names).

    Per power: the holders in map order, and the holders by budget (unlimited first, then
    largest first), so "who holds it for at least this budget" is a prefix found by bisection
    and the far-away search is cached per power and prefix; invalid mandates by holder.
    """

    def __init__(self, ctx: Context, reach: _Reach) -> None:
        self.ctx = ctx
        self.reach = reach
        self._by_power: dict[str, tuple[list[str], list[str], list[float]]] = {}
        self._invalid: dict[str, dict[str, list[tuple[int, Mandate]]]] = {}
        self._rank: dict[str, dict[str, int]] = {}

    def _index(self, power: str) -> tuple[list[str], list[str], list[float]]:
        if power not in self._by_power:
            grants = self.ctx.authority.grants[power]
            in_order = sorted(grants, key=self.ctx.order.__getitem__)
            by_budget = sorted(grants, key=lambda a: -_limit(grants[a].budget))
            limits = [_limit(grants[a].budget) for a in by_budget]
            self._by_power[power] = (in_order, by_budget, limits)
        return self._by_power[power]

    def rank(self, power: str) -> dict[str, int]:
        """Each holder's place in the authority's own order of ``power``'s holders."""
        if power not in self._rank:
            self._rank[power] = {a: i for i, a in enumerate(self.ctx.authority.grants[power])}
        return self._rank[power]

    def count(self, power: str, budget: float | None) -> int:
        """How many actors hold ``power`` for at least ``budget``."""
        _, by_budget, limits = self._index(power)
        if budget is None:
            return len(by_budget)
        return _prefix(limits, budget)

    def enough(self, power: str, budget: float | None) -> list[str]:
        """The holders for at least ``budget``, largest budget first."""
        return self._index(power)[1][: self.count(power, budget)]

    def ok(self, actor: str, power: str, budget: float | None) -> bool:
        """Whether ``actor`` holds ``power`` for at least ``budget``."""
        grant = self.ctx.authority.grants[power].get(actor)
        return grant is not None and (budget is None or _limit(grant.budget) >= budget)

    def first(
        self, power: str, budget: float | None, count: int, skip: set[str] | None = None
    ) -> list[str]:
        """The first ``count`` holders for ``budget`` in map order (not in ``skip``)."""
        found: list[str] = []
        for actor in self._index(power)[0]:
            if self.ok(actor, power, budget) and not (skip and actor in skip):
                found.append(actor)
                if len(found) == count:
                    break
        return found

    def path(self, handler: str, power: str, budget: float | None) -> list[str] | None:
        """The shortest route from ``handler`` to the nearest holder for ``budget``."""
        k = self.count(power, budget)
        if k == 0:
            return None
        return self.reach.path(handler, self.enough(power, budget), key=(power, k))

    def invalid_near(self, power: str, visible: set[str]) -> list[Mandate]:
        """Invalid mandates of ``power`` whose holder is in ``visible``, in map order."""
        if power not in self._invalid:
            auth = self.ctx.authority
            table: dict[str, list[tuple[int, Mandate]]] = {}
            for i, m in enumerate(self.ctx.mandates_by_power.get(power, ())):
                if not auth.valid(m.id):
                    table.setdefault(m.holder, []).append((i, m))
            self._invalid[power] = table
        table = self._invalid[power]
        if len(visible) < len(table):
            found = [im for a in visible for im in table.get(a, ())]
        else:
            found = [im for a, ims in table.items() if a in visible for im in ims]
        return [m for _, m in sorted(found, key=lambda im: im[0])]


def _limit(budget: float | None) -> float:
    return float("inf") if budget is None else budget


def _prefix(limits: list[float], budget: float) -> int:
    """How many of the descending ``limits`` are at least ``budget`` (bisection)."""
    lo, hi = 0, len(limits)
    while lo < hi:
        mid = (lo + hi) // 2
        if limits[mid] >= budget:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _spans_organisations(ctx: Context, need: Need) -> bool:
    """Whether the need involves two or more organisations (the handler's own counts)."""
    orgs = {o.strip().casefold() for o in need.organisations if o.strip()}
    handler = ctx.graphs.actors.get(need.handler or "")
    if handler is not None and handler.organisation.strip():
        orgs.add(handler.organisation.strip().casefold())
    return len(orgs) >= 2


class _Codes(NamedTuple):
    nobody: Code
    unreachable: Code
    far: Code


_CODES = {
    False: _Codes(Code.NEED_NO_HOLDER, Code.NEED_HOLDER_UNREACHABLE, Code.NEED_HOLDER_FAR),
    True: _Codes(
        Code.NEED_NO_PUSH_THROUGH, Code.NEED_PUSH_THROUGH_UNREACHABLE, Code.NEED_PUSH_THROUGH_FAR
    ),
}


def _alternatives(
    ctx: Context, holders: _Holders, power: str, visible: set[str]
) -> tuple[list[str], list[Text]]:
    """Invalid mandates of ``power`` whose holder is near the handler: ids, and in words
    (grantor → holder: why)."""
    auth, g = ctx.authority, ctx.graphs
    invalid = holders.invalid_near(power, visible)
    words = [
        Text(
            f"{g.name(m.grantor)} → {g.name(m.holder)}: {invalid_reason(auth, m, 'en')}",
            f"{g.name(m.grantor)} → {g.name(m.holder)}: {invalid_reason(auth, m, 'nl')}",
        )
        for m in invalid
    ]
    return [m.id for m in invalid], words


def _power_finding(
    ctx: Context,
    need: Need,
    power: str,
    budget: float | None,
    holders: _Holders,
    *,
    push: bool,
) -> Finding | None:
    g = ctx.graphs
    auth = ctx.authority
    assert need.handler is not None
    reach = holders.reach
    anyone = holders.count(power, None)
    enough = holders.count(power, budget)
    near = reach.near(need.handler)
    if len(near) <= enough:
        if any(holders.ok(a, power, budget) for a in near):
            return None
    elif any(a in near for a in holders.enough(power, budget)):
        return None
    far_path = holders.path(need.handler, power, budget)
    visible = set(near) | set(far_path or ())
    invalid, alternatives = _alternatives(ctx, holders, power, visible)
    values: dict[str, object] = {
        "decision": need.decision,
        "power": Text(power_name(power, "en"), power_name(power, "nl")),
        "budget": budget,
        "handler": g.name(need.handler),
        "alternatives": alternatives,
    }
    parts = {"with_budget"} if budget else set()
    parts |= {"push"} if push else set()
    parts |= {"alternatives"} if alternatives else set()
    codes = _CODES[push]
    if not anyone:
        return say(
            codes.nobody,
            Severity.CRITICAL,
            values,
            parts=parts,
            actors=[need.handler],
            mandates=invalid,
            needs=[need.id],
        )
    if not enough:
        best = holders.enough(power, None)[0]  # the largest budget (the first of equals)
        values |= {"most": auth.grants[power][best].budget, "best": g.name(best)}
        return say(
            Code.NEED_BUDGET_SHORT,
            Severity.CRITICAL,
            values,
            parts={"largest", "raise_any"},
            actors=[need.handler, best],
            needs=[need.id],
        )
    if len(near) < anyone:  # the holders near the handler, in the order authority lists them
        rank = holders.rank(power)
        near_small = sorted((a for a in near if a in rank), key=rank.__getitem__)
    else:
        near_small = [a for a in auth.grants[power] if a in near]
    if near_small and budget is not None:
        return _budget_short_nearby(ctx, need, power, budget, near, near_small, far_path)
    if far_path is None:
        shown = holders.first(power, budget, 5)
        values |= {
            "holders": [g.name(a) for a in shown],
            "n_holders": len(shown),
            "first": g.name(shown[0]),
        }
        return say(
            codes.unreachable,
            Severity.CRITICAL,
            values,
            parts=parts,
            actors=[need.handler, *shown],
            mandates=invalid,
            needs=[need.id],
        )
    path = far_path
    urgent = need.urgency == Urgency.HIGH
    candidates = holders.first(power, budget, 5, skip=visible)
    cut_off = [h for h in candidates if reach.path(need.handler, [h]) is None][:3]
    shown_path, route = _route(g, path)
    values |= {
        "nearest": g.name(path[-1]),
        "steps": len(path) - 1,
        "route": route,
        "next": g.name(path[1]),
        "cut_off": [g.name(a) for a in cut_off],
        "n_cut": len(cut_off),
    }
    parts |= {"urgent"} if urgent else set()
    parts |= {"cut_off"} if cut_off else set()
    return say(
        codes.far,
        Severity.CRITICAL if urgent else Severity.WARNING,
        values,
        parts=parts,
        actors=shown_path,
        mandates=invalid,
        needs=[need.id],
    )


_SHOWN_ROUTE = 8  # actors of a route named in full (a longer route is shortened)


def _route(g: CaseGraphs, path: list[str]) -> tuple[list[str], Text | str]:
    """The route's actors as shown, and the route in words: a route longer than
    :data:`_SHOWN_ROUTE` keeps its first and last three actors and counts the rest."""
    if len(path) <= _SHOWN_ROUTE:
        return path, path_phrase(g, path)
    head, tail = path[:3], path[-3:]
    values = {"head": path_phrase(g, head), "tail": path_phrase(g, tail), "hidden": len(path) - 6}
    words = Text(*(render(ROUTE_SHORTENED, values, lang, sentence=False) for lang in LANGS))
    return [*head, *tail], words


def _budget_short_nearby(
    ctx: Context,
    need: Need,
    power: str,
    budget: float,
    reach: dict[str, list[str]],
    near: list[str],
    far_path: list[str] | None,
) -> Finding:
    g = ctx.graphs
    auth = ctx.authority
    enough = far_path[-1] if far_path else None
    best = min(near, key=lambda a: (len(reach[a]), ctx.order[a]))
    urgent = need.urgency == Urgency.HIGH or enough is None
    if enough is None:
        then = Text("nobody within reach may spend that much", "niemand binnen bereik mag zoveel")
    else:
        k = len(far_path or ()) - 1
        then = Text(
            f"the nearest who may is {g.name(enough)}, {count(k, 'step', 'steps', 'en')} away",
            f"de dichtstbijzijnde die dat mag is {g.name(enough)}, "
            f"{count(k, 'stap', 'stappen', 'nl')} verder",
        )
    values = {
        "decision": need.decision,
        "budget": budget,
        "best": g.name(best),
        "steps": len(reach[best]) - 1,
        "handler": g.name(need.handler),
        "power": Text(power_name(power, "en"), power_name(power, "nl")),
        "most": auth.grants[power][best].budget,
        "then": then,
    }
    return say(
        Code.NEED_BUDGET_SHORT,
        Severity.CRITICAL if urgent else Severity.WARNING,
        values,
        parts={"nearby", "short", "raise_named"},
        actors=[a for a in (*reach[best], enough) if a],
        needs=[need.id],
    )


def _no_handler(ctx: Context, need: Need) -> Finding:
    return say(Code.NEED_NO_HANDLER, Severity.WARNING, {"decision": need.decision}, needs=[need.id])
