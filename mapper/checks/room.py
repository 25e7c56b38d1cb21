"""Room to act (building block 3): can each needed decision be taken, close to the case?

For every need: is there an actor with a *valid* mandate (or the power by law) of the right
category and enough budget, reachable from the handler along escalation, hierarchy (upwards)
and signal relationships within :data:`ROOM_STEPS` steps? A need spanning several
organisations also needs someone with push-through power (doorzettingsmacht) in reach.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Need, Power
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("p", "Consulent")],
...                        needs=[Need("n1", "Afwijken", Power.DEVIATE_FROM_RULE, handler="p")])
>>> [f.code for f in check(Context.of(case))]
['NEED_NO_HOLDER']
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np
import scipy.sparse as sp
import scipy.sparse.csgraph  # noqa: F401  (registers sp.csgraph)

from mapper.checks._util import finding, invalid_reason, money, path_phrase, power_name
from mapper.context import Context
from mapper.findings import Finding, Severity
from mapper.graph import CaseGraphs
from models import Mandate, Need, Power, RelationKind, Urgency

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
        if need.power != Power.PUSH_THROUGH and _spans_organisations(ctx, need):
            push = _power_finding(ctx, need, Power.PUSH_THROUGH, None, holders, push=True)
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
        self._by_power: dict[Power, tuple[list[str], list[str], list[float]]] = {}
        self._invalid: dict[Power, dict[str, list[tuple[int, Mandate]]]] = {}
        self._rank: dict[Power, dict[str, int]] = {}

    def _index(self, power: Power) -> tuple[list[str], list[str], list[float]]:
        if power not in self._by_power:
            grants = self.ctx.authority.grants[power]
            in_order = sorted(grants, key=self.ctx.order.__getitem__)
            by_budget = sorted(grants, key=lambda a: -_limit(grants[a].budget))
            limits = [_limit(grants[a].budget) for a in by_budget]
            self._by_power[power] = (in_order, by_budget, limits)
        return self._by_power[power]

    def rank(self, power: Power) -> dict[str, int]:
        """Each holder's place in the authority's own order of ``power``'s holders."""
        if power not in self._rank:
            self._rank[power] = {a: i for i, a in enumerate(self.ctx.authority.grants[power])}
        return self._rank[power]

    def count(self, power: Power, budget: float | None) -> int:
        """How many actors hold ``power`` for at least ``budget``."""
        _, by_budget, limits = self._index(power)
        if budget is None:
            return len(by_budget)
        return _prefix(limits, budget)

    def enough(self, power: Power, budget: float | None) -> list[str]:
        """The holders for at least ``budget``, largest budget first."""
        return self._index(power)[1][: self.count(power, budget)]

    def ok(self, actor: str, power: Power, budget: float | None) -> bool:
        """Whether ``actor`` holds ``power`` for at least ``budget``."""
        grant = self.ctx.authority.grants[power].get(actor)
        return grant is not None and (budget is None or _limit(grant.budget) >= budget)

    def first(
        self, power: Power, budget: float | None, count: int, skip: set[str] | None = None
    ) -> list[str]:
        """The first ``count`` holders for ``budget`` in map order (not in ``skip``)."""
        found: list[str] = []
        for actor in self._index(power)[0]:
            if self.ok(actor, power, budget) and not (skip and actor in skip):
                found.append(actor)
                if len(found) == count:
                    break
        return found

    def path(self, handler: str, power: Power, budget: float | None) -> list[str] | None:
        """The shortest route from ``handler`` to the nearest holder for ``budget``."""
        k = self.count(power, budget)
        if k == 0:
            return None
        return self.reach.path(handler, self.enough(power, budget), key=(power, k))

    def invalid_near(self, power: Power, visible: set[str]) -> list[Mandate]:
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


def _alternatives(
    ctx: Context, holders: _Holders, power: Power, visible: set[str], lang: str
) -> str:
    """Invalid mandates of ``power`` whose holder is near the handler, as a phrase."""
    auth = ctx.authority
    parts = [
        f"{m.id} → {ctx.graphs.name(m.holder)}: {invalid_reason(auth, m, lang)}"
        for m in holders.invalid_near(power, visible)
    ]
    if not parts:
        return ""
    head = (
        " Ongeldige mandaten voor deze bevoegdheid: "
        if lang == "nl"
        else (" Invalid mandates for this power: ")
    )
    return head + "; ".join(parts) + "."


def _power_finding(
    ctx: Context,
    need: Need,
    power: Power,
    budget: float | None,
    holders: _Holders,
    *,
    push: bool,
) -> Finding | None:
    g = ctx.graphs
    auth = ctx.authority
    assert need.handler is not None
    handler = g.name(need.handler)
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
    p_en, p_nl = power_name(power, "en"), power_name(power, "nl")
    alt_en = _alternatives(ctx, holders, power, visible, "en")
    alt_nl = _alternatives(ctx, holders, power, visible, "nl")
    what_en = f"'{need.decision}' ({p_en}" + (f", {money(budget, 'en')})" if budget else ")")
    what_nl = f"'{need.decision}' ({p_nl}" + (f", {money(budget, 'nl')})" if budget else ")")
    prefix = "NEED_PUSH_THROUGH" if push else "NEED_HOLDER"
    context_en = (
        f"The need {what_en} spans several organisations, so someone must be able to push it "
        "through. "
        if push
        else ""
    )
    context_nl = (
        f"De behoefte {what_nl} raakt meerdere organisaties; iemand moet kunnen doorzetten. "
        if push
        else ""
    )
    if not anyone:
        return finding(
            "NEED_NO_PUSH_THROUGH" if push else "NEED_NO_HOLDER",
            3,
            Severity.CRITICAL,
            (
                f"Nobody may decide: {need.decision}"
                if not push
                else f"Nobody can push through: {need.decision}",
                f"Niemand mag beslissen: {need.decision}"
                if not push
                else f"Niemand kan doorzetten: {need.decision}",
            ),
            (
                f"{context_en}No actor on the map holds '{p_en}', by law or by a valid mandate."
                + alt_en,
                f"{context_nl}Geen actor op de kaart heeft '{p_nl}', van rechtswege of met een "
                "geldig mandaat." + alt_nl,
            ),
            (
                f"Have the competent body mandate '{p_en}' to someone close to {handler}.",
                f"Laat het bevoegde orgaan '{p_nl}' mandateren aan iemand dicht bij {handler}.",
            ),
            actors=[need.handler] if need.handler else [],
            needs=[need.id],
        )
    if not enough:
        best = holders.enough(power, None)[0]  # the largest budget (the first of equals)
        most = auth.grants[power][best].budget
        return finding(
            "NEED_BUDGET_SHORT",
            3,
            Severity.CRITICAL,
            (
                f"Not enough budget for: {need.decision}",
                f"Onvoldoende budget voor: {need.decision}",
            ),
            (
                f"The need {what_en} asks {money(budget, 'en')}; the largest budget anyone holds "
                f"for '{p_en}' is {money(most, 'en')} ({g.name(best)}).",
                f"De behoefte {what_nl} vraagt {money(budget, 'nl')}; het grootste budget voor "
                f"'{p_nl}' is {money(most, 'nl')} ({g.name(best)}).",
            ),
            (
                "Raise the budget in the mandate, or arrange a decision above the limit.",
                "Verhoog het budget in het mandaat, of regel een besluit boven de grens.",
            ),
            actors=[a for a in (need.handler, best) if a],
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
        return finding(
            f"{prefix}_UNREACHABLE",
            3,
            Severity.CRITICAL,
            (
                f"{handler} cannot reach anyone who may decide: {need.decision}",
                f"{handler} bereikt niemand die mag beslissen: {need.decision}",
            ),
            (
                f"{context_en}For {what_en} only {g.names(shown)} hold the power, and no "
                f"escalation, hierarchy or signal route leads there from {handler}." + alt_en,
                f"{context_nl}Voor {what_nl} hebben alleen {g.names(shown)} de bevoegdheid, en "
                f"geen escalatie-, hiërarchische of signaalroute leidt daarheen vanuit {handler}."
                + alt_nl,
            ),
            (
                f"Open an escalation line from {handler} to {g.name(shown[0])}, or mandate "
                "someone within reach.",
                f"Open een escalatielijn van {handler} naar {g.name(shown[0])}, of mandateer "
                "iemand binnen bereik.",
            ),
            actors=[a for a in (need.handler, *shown) if a],
            needs=[need.id],
        )
    path = far_path
    nearest = path[-1]
    steps = len(path) - 1
    urgent = need.urgency == Urgency.HIGH
    candidates = holders.first(power, budget, 5, skip=visible)
    cut_off = [h for h in candidates if reach.path(need.handler, [h]) is None][:3]
    if cut_off:
        one = len(cut_off) == 1
        alt_en += (
            f" {g.names(cut_off)} {'holds' if one else 'hold'} this power too, but "
            f"{'is' if one else 'are'} out of reach from {handler}."
        )
        alt_nl += (
            f" Ook {g.names(cut_off)} {'heeft' if one else 'hebben'} deze bevoegdheid, maar "
            f"{'is' if one else 'zijn'} vanuit {handler} niet bereikbaar."
        )
    shown_path, route_en, route_nl = _route(g, path)
    return finding(
        f"{prefix}_FAR",
        3,
        Severity.CRITICAL if urgent else Severity.WARNING,
        (
            f"The decision lies {steps} steps above the case: {need.decision}",
            f"Het besluit ligt {steps} stappen boven de casus: {need.decision}",
        ),
        (
            f"{context_en}The nearest actor who may decide {what_en} is {g.name(nearest)}, "
            f"{steps} steps from {handler}: {route_en}."
            + (" The need is urgent; this route is too long." if urgent else "")
            + alt_en,
            f"{context_nl}De dichtstbijzijnde die mag beslissen over {what_nl} is "
            f"{g.name(nearest)}, {steps} stappen van {handler}: {route_nl}."
            + (" De behoefte is urgent; deze route is te lang." if urgent else "")
            + alt_nl,
        ),
        (
            f"Mandate '{p_en}' closer to the case, e.g. to {g.name(path[1])}.",
            f"Beleg '{p_nl}' dichter bij de casus, bijvoorbeeld bij {g.name(path[1])}.",
        ),
        actors=shown_path,
        needs=[need.id],
    )


_SHOWN_ROUTE = 8  # actors of a route named in full (a longer route is shortened)


def _route(g: CaseGraphs, path: list[str]) -> tuple[list[str], str, str]:
    """The route's actors as shown, and the route in words: a route longer than
    :data:`_SHOWN_ROUTE` keeps its first and last three actors and counts the rest."""
    if len(path) <= _SHOWN_ROUTE:
        return path, path_phrase(g, path), path_phrase(g, path)
    head, tail = path[:3], path[-3:]
    hidden = len(path) - 6
    return (
        [*head, *tail],
        f"{path_phrase(g, head)} → … ({hidden} more) → {path_phrase(g, tail)}",
        f"{path_phrase(g, head)} → … (nog {hidden}) → {path_phrase(g, tail)}",
    )


def _budget_short_nearby(
    ctx: Context,
    need: Need,
    power: Power,
    budget: float,
    reach: dict[str, list[str]],
    near: list[str],
    far_path: list[str] | None,
) -> Finding:
    g = ctx.graphs
    auth = ctx.authority
    enough = far_path[-1] if far_path else None
    best = min(near, key=lambda a: (len(reach[a]), ctx.order[a]))
    has = auth.grants[power][best].budget
    steps = len(reach[best]) - 1
    urgent = need.urgency == Urgency.HIGH or enough is None
    if enough is None:
        then_en, then_nl = (
            "nobody within reach may spend that much",
            "niemand binnen bereik mag zoveel",
        )
    else:
        k = len(far_path or ()) - 1
        then_en = f"the nearest who may is {g.name(enough)}, {k} steps away"
        then_nl = f"de dichtstbijzijnde die dat mag is {g.name(enough)}, {k} stappen verder"
    return finding(
        "NEED_BUDGET_SHORT",
        3,
        Severity.CRITICAL if urgent else Severity.WARNING,
        (
            f"Not enough budget close to the case: {need.decision}",
            f"Te weinig budget dicht bij de casus: {need.decision}",
        ),
        (
            f"'{need.decision}' asks {money(budget, 'en')}. {g.name(best)} ({steps} step(s) from "
            f"{g.name(need.handler)}) may decide on '{power_name(power, 'en')}' only up to "
            f"{money(has, 'en')}; {then_en}.",
            f"'{need.decision}' vraagt {money(budget, 'nl')}. {g.name(best)} ({steps} stap(pen) "
            f"van {g.name(need.handler)}) mag over '{power_name(power, 'nl')}' beslissen tot "
            f"{money(has, 'nl')}; {then_nl}.",
        ),
        (
            f"Raise the budget in the mandate of {g.name(best)}, or agree how to decide above it "
            "quickly.",
            f"Verhoog het budget in het mandaat van {g.name(best)}, of spreek af hoe snel boven "
            "die grens wordt besloten.",
        ),
        actors=[a for a in (*reach[best], enough) if a],
        needs=[need.id],
    )


def _no_handler(ctx: Context, need: Need) -> Finding:
    return finding(
        "NEED_NO_HANDLER",
        3,
        Severity.WARNING,
        (f"Nobody handles: {need.decision}", f"Niemand behandelt: {need.decision}"),
        (
            f"The need '{need.decision}' has no handler, so it is unclear who must see to it.",
            f"De behoefte '{need.decision}' heeft geen behandelaar; onduidelijk is wie hem oppakt.",
        ),
        ("Name the handler of this need.", "Wijs een behandelaar aan voor deze behoefte."),
        needs=[need.id],
    )
