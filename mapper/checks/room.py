"""Room to act (building block 3): can each needed decision be taken, close to the case?

For every need: is there an actor who holds the power it names - op grond van de wet, by
delegation or by a valid mandate, in the analysed practice - with enough budget, reachable from
the handler along escalation, hierarchy (upwards) and signal relationships within
:data:`ROOM_STEPS` steps?

- A decision that is a partner's own (a power of a non-public actor of another organisation,
  such as a housing corporation staying an eviction) cannot be mandated: the case reaches it
  through an agreement with that organisation or a relationship with the partner.
- A need that spans several organisations also needs someone who can push it through
  (doorzettingsmacht): the decider of an agreement in force between those organisations, or a
  public body holding such a power by statute, by delegation or by mandate - never a partner's
  own powers.
- A mandate or agreement the need relies on that ends before the need's deadline is a finding;
  every finding about a need names its deadline.
- Texts about deviating follow the rule deviated from: a policy rule (Awb 4:84), an ordinance
  (its hardship clause) or a statute (a specific clause; 3:4 lid 2 only within discretion).

The words live in the message catalogue (:mod:`mapper.texts.room`), keyed by finding code.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Need
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("p", "Consulent")],
...                        needs=[Need("n1", "Afwijken", "deviate_from_rule", handler="p")])
>>> [str(f.code) for f in check(Context.of(case))]
['NEED_NO_HOLDER']
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp
import scipy.sparse.csgraph  # noqa: F401  (registers sp.csgraph)

from mapper.authority import Basis
from mapper.catalogue import Message, render, say
from mapper.checks._util import day, invalid_reason, money, path_phrase
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.graph import CaseGraphs
from mapper.texts.room import BY, CLOSE_TO, DEVIATION, PLACE, PRACTICE, ROUTE_SHORTENED
from models import Agreement, Need, PowerCategory, RelationKind, RuleType, Urgency
from models.i18n import Lang

__all__ = ["ROOM_KINDS", "ROOM_STEPS", "check"]

ROOM_STEPS = 2  # a holder more steps away than this is too far from the case
ROOM_KINDS = frozenset({RelationKind.ESCALATION, RelationKind.HIERARCHY, RelationKind.SIGNAL})
PUSH = PowerCategory.PUSH_THROUGH


def check(ctx: Context) -> list[Finding]:
    """Findings per need: no holder, budget short, holder unreachable or far, no push-through,
    a partner's decision out of reach, and mandates or agreements ending before the deadline."""
    found: list[Finding] = []
    reach = _Reach(ctx)
    holders = _Holders(ctx)
    for need in ctx.graphs.needs:
        if need.handler is None:
            found.append(_emit(ctx, need, Code.NEED_NO_HANDLER, Severity.WARNING, {}, []))
            continue
        key = str(need.power)
        partner = _partner_of(ctx, need)
        made: Finding | None
        if partner is not None:
            made = _partner_finding(ctx, need, partner, reach)
        else:
            anyone = holders.of(key, None)
            enough = holders.of(key, need.budget)
            if not anyone and not any(ctx.legal.powers[p].holder for p in ctx.legal.covered(key)):
                # a decision no public body holds (a partner's, a joint one): an agreement in
                # force between the organisations involved names who takes it
                agreed = _deciders(ctx, need, key)
                if agreed:
                    anyone = enough = holders.agreed(agreed)
            made = _power_finding(ctx, need, key, need.budget, reach, anyone, enough, None)
            if made is None:
                found.extend(_handler_falls_short(ctx, need, key, reach, enough))
            found.extend(_mandates_ending(ctx, need, key, reach, enough))
        if made is not None:
            found.append(made)
        reached = partner is None or made is None  # a partner's decision out of reach says it
        if partner is not None and _agreed_with_partner(ctx, need, partner):
            # A partner's own decision under an agreement in force: the agreement is the lever;
            # nobody holds doorzettingsmacht over a private-law decision.
            reached = False
        if ctx.legal.category(key) != PUSH and reached and _spans_organisations(ctx, need):
            anyone, deciders = _push_holders(ctx, need, holders)
            push = _power_finding(ctx, need, PUSH, None, reach, anyone, anyone, deciders)
            # The same far-away holder for both: one finding says it all.
            same = (
                made is not None
                and push is not None
                and len(push.actors) > 1
                and made.actors == push.actors
            )
            if push is not None and not same:
                found.append(push)
            found.extend(_agreements_ending(ctx, need, deciders, reach))
    return found


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

    def of(self, key: str, budget: float | None) -> _Holdings:
        """The actors who hold ``key`` for at least ``budget``."""
        index = self._index.get(key)
        if index is None:
            index = self._build(key, self.ctx.authority.holders(key), key)
            self._index[key] = index
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
            if self._back is None:
                n = len(self.nodes)
                edges = [(self.index[v], self.index[u]) for u, v in self.routes.edges()]
                rows = np.array([e[0] for e in edges], dtype=np.int64)
                cols = np.array([e[1] for e in edges], dtype=np.int64)
                self._back = sp.csr_matrix((np.ones(len(edges)), (rows, cols)), shape=(n, n))
            dist, pred = sp.csgraph.dijkstra(
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


# ------------------------------------------------------------------ organisations, agreements
def _need_orgs(ctx: Context, need: Need) -> set[str]:
    """The outermost organisations a need involves (the handler's own counts)."""
    legal = ctx.legal
    orgs = {legal.top(o) for o in need.organisations if o}
    handler = ctx.graphs.actors.get(need.handler or "")
    if handler is not None and handler.organisation:
        orgs.add(legal.top(handler.organisation))
    orgs.discard("")
    return orgs


def _spans_organisations(ctx: Context, need: Need) -> bool:
    return len(_need_orgs(ctx, need)) >= 2


def _in_force(a: Agreement, on: date) -> bool:
    return (a.valid_from is None or a.valid_from <= on) and (
        a.valid_until is None or a.valid_until >= on
    )


def _agreements_for(ctx: Context, need: Need, key: str, orgs: set[str]) -> list[Agreement]:
    """Agreements in force that cover ``key`` (or push-through) between all of ``orgs``."""
    legal = ctx.legal
    wanted = {key, str(legal.category(key)), str(PUSH), *legal.covered(key)}
    found = []
    for a in ctx.agreements_by_cover(wanted):
        if not _in_force(a, ctx.as_of):
            continue
        parties = {legal.top(p) for p in a.parties}
        if orgs <= parties:
            found.append(a)
    return found


def _deciders(ctx: Context, need: Need, key: str) -> tuple[str, ...]:
    """Deciders of agreements in force between the need's organisations that cover ``key``."""
    found = [
        a.decider
        for a in _agreements_for(ctx, need, key, _need_orgs(ctx, need))
        if a.decider is not None and a.decider in ctx.graphs.actors
    ]
    return tuple(dict.fromkeys(found))


def _push_holders(
    ctx: Context, need: Need, holders: _Holders
) -> tuple[_Holdings, dict[str, Agreement]]:
    """Who may push the need through: agreement deciders, and public bodies (or their
    mandate holders) with a push-through power - not a partner's own powers."""
    deciders: dict[str, Agreement] = {}
    for a in _agreements_for(ctx, need, str(need.power), _need_orgs(ctx, need)):
        if a.decider is not None and a.decider in ctx.graphs.actors:
            deciders.setdefault(a.decider, a)
    return holders.push(tuple(deciders)), deciders


def _partner_of(ctx: Context, need: Need) -> str | None:
    """The partner whose own decision the need is: every power it names is held by a
    non-public actor outside the handler's organisation."""
    legal, actors = ctx.legal, ctx.graphs.actors
    powers = legal.covered(str(need.power))
    handler = actors.get(need.handler or "")
    if not powers or handler is None:
        return None
    holders = {legal.powers[p].holder for p in powers}
    if len(holders) != 1:
        return None
    holder = actors.get(next(iter(holders)) or "")
    if holder is None or holder.is_public_body:
        return None
    if legal.same_organisation(holder, handler) is not False:
        return None
    return holder.id


# ------------------------------------------------------------------ findings
def _what(ctx: Context, need: Need, key: str, budget: float | None) -> dict[str, Any]:
    legal = ctx.legal
    deviating = legal.category(key) == PowerCategory.DEVIATE_FROM_RULE
    types = set(legal.rule_types(key)) if deviating else set()
    bases = [b for p in legal.covered(key) if (b := legal.powers[p].legal_basis.strip())]
    if types == {RuleType.STATUTE} and not bases:
        types = set()  # a statute named by no clause: nothing to say about deviating from it
    names = (legal.power_name(key, "en"), legal.power_name(key, "nl"))
    same = names[1].casefold() == need.decision.casefold()
    return {
        "decision": need.decision,
        "power": None if same else names,
        "budget": budget,
        "deadline": need.deadline,
        "rule": next(iter(types)) if len(types) == 1 else None,
        "basis": "; ".join(dict.fromkeys(bases)),
        "practice": ctx.graphs.practice,
    }


def _emit(
    ctx: Context,
    need: Need,
    code: Code,
    severity: Severity,
    data: dict[str, Any],
    actors: Sequence[str | None],
    mandates: Sequence[str] = (),
) -> Finding:
    """Word a verdict: the data the check found, the parts of the text it switches on."""
    d = {"decision": need.decision, "deadline": need.deadline} | data
    d.setdefault("handler", ctx.graphs.name(need.handler))
    values = dict(d)
    parts: list[str] = []
    power = d.get("power")
    values["power"] = Text(*power) if power else Text(need.decision, need.decision)
    values["what"] = _what_text(d)
    practice = ctx.graphs.practice
    values["practice"] = PRACTICE.get(practice, "") if practice is not None else ""
    rule, basis = d.get("rule"), d.get("basis") or ""
    key = None
    if rule is not None:
        key = str(rule) + (
            "" if basis or rule in (RuleType.POLICY_RULE, RuleType.INTERNAL) else "_none"
        )
    values["deviation"] = _fill(DEVIATION[key], {"basis": basis}) if key else ""
    place = key if key in PLACE else d.get("place", "other")
    who = d.get("who", d.get("next", ""))
    values["place"] = _fill(
        PLACE[place],
        {"who": who, "basis": basis, "power": values["power"], "orgs": d.get("orgs") or []},
    )
    alts = d.get("alt") or []
    if alts:
        values["alts"] = Text(
            "; ".join(f"{pair} ({mid}): {en}" for mid, pair, en, _ in alts),
            "; ".join(f"{pair} ({mid}): {nl}" for mid, pair, _, nl in alts),
        )
        parts.append("alt")
    for flag in ("urgent", "cut", "under", "nobody", "nearby", "highest", "short_more",
                 "short_none", "of_best", "short"):  # fmt: skip
        if d.get("part_" + flag):
            parts.append(flag)
    return say(
        code,
        severity,
        values,
        parts=parts,
        actors=[a for a in actors if a],
        mandates=[*mandates, *(alt[0] for alt in alts)],  # invalid mandates named: highlighted
        needs=[need.id],
    )


def _close_to(ctx: Context, need: Need) -> Text:
    return _fill(CLOSE_TO, {"handler": ctx.graphs.name(need.handler)})


def _fill(message: Message, values: dict[str, Any]) -> Text:
    """A catalogue phrase filled in, in both languages."""
    return Text(render(message, values, "en"), render(message, values, "nl"))


def _what_text(d: dict[str, Any]) -> Text:
    """``'decision' (power, € 4.200, uiterlijk 01-12-2026)`` in both languages."""
    out = []
    langs: tuple[Lang, Lang] = ("en", "nl")
    for i, lang in enumerate(langs):
        items = [d["power"][i]] if d.get("power") else []
        if d.get("budget"):
            items.append(money(d["budget"], lang))
        if d.get("deadline") is not None:
            items.append(f"{BY.pick(lang)} {day(d['deadline'], lang)}")
        inner = f" ({', '.join(items)})" if items else ""
        out.append(f"‘{d['decision']}’{inner}")
    return Text(out[0], out[1])


def _alternatives(ctx: Context, key: str, visible: set[str]) -> list[tuple[str, str, str, str]]:
    """Invalid mandates of ``key`` whose holder is near the handler: (id, holder, en, nl)."""
    auth, legal = ctx.authority, ctx.legal
    keys = {key, *legal.covered(key), str(legal.category(key))}
    out = []
    for actor in sorted(visible, key=ctx.order.__getitem__):
        for k in keys:
            for m in legal.into.get((actor, k), ()):
                if not auth.valid(m.id) and m.id in ctx.in_practice_ids:
                    out.append(
                        (
                            m.id,
                            f"{ctx.graphs.name(m.grantor)} → {ctx.graphs.name(m.holder)}",
                            invalid_reason(auth, m, "en"),
                            invalid_reason(auth, m, "nl"),
                        )
                    )
    return list({o[0]: o for o in out}.values())


def _power_finding(
    ctx: Context,
    need: Need,
    key: str,
    budget: float | None,
    reach: _Reach,
    anyone: _Holdings,
    enough: _Holdings,
    deciders: dict[str, Agreement] | None,
) -> Finding | None:
    g = ctx.graphs
    push = deciders is not None
    assert need.handler is not None
    near = reach.near(need.handler)
    if any(a in enough for a in near):
        return None
    far_path = reach.path(need.handler, enough) if enough else None
    visible = set(near) | set(far_path or ())
    data = _what(ctx, need, str(need.power) if push else key, budget) | {
        "push": push,
        "alt": [] if push else _alternatives(ctx, key, visible),
        "orgs": [ctx.legal.org_name(o) for o in sorted(_need_orgs(ctx, need))],
    }
    if not anyone:
        code = Code.NEED_NO_PUSH_THROUGH if push else Code.NEED_NO_HOLDER
        powers = ctx.legal.covered(key)
        joint = (
            bool(powers)
            and not any(ctx.legal.powers[p].holder for p in powers)
            and len(data["orgs"]) >= 2
        )
        # a decision no public body holds is reached by an agreement, never by mandate
        data |= {"place": "agreement" if joint else "unknown", "who": _close_to(ctx, need)}
        return _emit(ctx, need, code, Severity.CRITICAL, data, [need.handler])
    if not enough:
        best = anyone.best()
        data |= {
            "most": ctx.authority.budget_of(best, key),
            "best": g.name(best),
            "part_nobody": True,
            "part_highest": True,
        }
        return _emit(
            ctx, need, Code.NEED_BUDGET_SHORT, Severity.CRITICAL, data, [need.handler, best]
        )
    near_small = [a for a in near if a in anyone]
    if near_small and budget is not None:
        return _budget_short_nearby(ctx, need, key, budget, near, near_small, far_path)
    if far_path is None:
        holders = enough.first(5)
        data |= {
            "holders": [g.name(h) for h in holders],
            "n": len(holders),
            "first": g.name(holders[0]),
        }
        code = Code.NEED_PUSH_THROUGH_UNREACHABLE if push else Code.NEED_HOLDER_UNREACHABLE
        return _emit(ctx, need, code, Severity.CRITICAL, data, [need.handler, *holders])
    path = far_path
    urgent = need.urgency == Urgency.HIGH
    candidates = enough.first(5, visible)
    cut_off = [h for h in candidates if reach.path(need.handler, [h]) is None][:3]
    agreement = deciders.get(path[-1]) if deciders else None
    shown, route = _route(g, path)
    data |= {
        "nearest": g.name(path[-1]),
        "steps": len(path) - 1,
        "path": route,
        "next": g.name(path[1]),
        "part_urgent": urgent and need.deadline is not None,  # "urgent" only with a date
        "cut_off": [g.name(h) for h in cut_off],
        "k": len(cut_off),
        "part_cut": bool(cut_off),
        "agreement": agreement.name if agreement is not None else "",
        "part_under": agreement is not None,
    }
    code = Code.NEED_PUSH_THROUGH_FAR if push else Code.NEED_HOLDER_FAR
    severity = Severity.CRITICAL if urgent else Severity.WARNING
    return _emit(ctx, need, code, severity, data, shown)


_SHOWN_ROUTE = 8  # actors of a route named in full (a longer route is shortened)


def _route(g: CaseGraphs, path: list[str]) -> tuple[list[str], Text]:
    """The route's actors as shown, and the route in words: a route longer than
    :data:`_SHOWN_ROUTE` keeps its first and last three actors and counts the rest."""
    if len(path) <= _SHOWN_ROUTE:
        return path, Text(path_phrase(g, path), path_phrase(g, path))
    head, tail = path_phrase(g, path[:3]), path_phrase(g, path[-3:])
    hidden = len(path) - 6
    return [*path[:3], *path[-3:]], _fill(
        ROUTE_SHORTENED, {"head": head, "n": hidden, "tail": tail}
    )


def _budget_short_nearby(
    ctx: Context,
    need: Need,
    key: str,
    budget: float,
    reach: dict[str, list[str]],
    near: list[str],
    far_path: list[str] | None,
) -> Finding:
    g = ctx.graphs
    enough = far_path[-1] if far_path else None
    best = min(near, key=lambda a: (len(reach[a]), ctx.order[a]))
    urgent = need.urgency == Urgency.HIGH or enough is None
    data = _what(ctx, need, key, budget) | {
        "best": g.name(best),
        "has": ctx.authority.budget_of(best, key),
        "steps": len(reach[best]) - 1,
        "enough": g.name(enough) if enough else "",
        "further": len(far_path or ()) - 1,
        "part_nearby": True,
        "part_short_more": enough is not None,
        "part_short_none": enough is None,
        "part_of_best": True,
    }
    return _emit(
        ctx,
        need,
        Code.NEED_BUDGET_SHORT,
        Severity.CRITICAL if urgent else Severity.WARNING,
        data,
        [*reach[best], enough],
    )


def _agreed_with_partner(ctx: Context, need: Need, partner: str) -> bool:
    """An agreement in force between the handler's and the partner's organisations covers
    the need's decision."""
    legal = ctx.legal
    holder = ctx.graphs.actors[partner]
    handler = ctx.graphs.actors[need.handler or ""]
    orgs = {legal.top(holder.organisation), legal.top(handler.organisation)} - {""}
    return bool(_agreements_for(ctx, need, str(need.power), orgs))


def _partner_finding(ctx: Context, need: Need, partner: str, reach: _Reach) -> Finding | None:
    """A partner's own decision: reached by an agreement in force or a relationship."""
    g, legal = ctx.graphs, ctx.legal
    assert need.handler is not None
    holder = g.actors[partner]
    if _agreed_with_partner(ctx, need, partner):
        return None
    if partner in reach.near(need.handler) or g.ties.has_edge(need.handler, partner):
        return None
    data = _what(ctx, need, str(need.power), None) | {
        "partner": g.name(partner),
        "org": legal.org_name(holder.organisation) if holder.organisation else g.name(partner),
    }
    urgent = need.urgency == Urgency.HIGH
    return _emit(
        ctx,
        need,
        Code.NEED_PARTNER_NOT_REACHED,
        Severity.CRITICAL if urgent else Severity.WARNING,
        data,
        [need.handler, partner],
    )


def _mandates_ending(
    ctx: Context, need: Need, key: str, reach: _Reach, enough: _Holdings
) -> list[Finding]:
    """The nearest holder's chain ends before the need's deadline."""
    if need.deadline is None or need.handler is None:
        return []
    near = reach.near(need.handler)
    ready = [a for a in near if a in enough]
    if not ready:
        return []
    best = min(ready, key=lambda a: (len(near[a]), ctx.order[a]))
    grant = ctx.authority.grant(best, key)
    if grant is None:
        return []
    legal = ctx.legal
    ending = [
        legal.by_id[mid]
        for mid in grant.chain
        if (until := legal.by_id[mid].valid_until) is not None and until < need.deadline
    ]
    if not ending:
        return []
    m = min(ending, key=lambda x: x.valid_until or date.max)
    data = _what(ctx, need, key, need.budget) | {
        "holder": ctx.graphs.name(best),
        "mandate": m.id,
        "grantor": ctx.graphs.name(m.grantor),
        "until": m.valid_until,
    }
    return [
        _emit(
            ctx,
            need,
            Code.MANDATE_EXPIRES_BEFORE_DEADLINE,
            Severity.WARNING,
            data,
            [best, m.grantor, m.holder],
            [m.id],
        )
    ]


def _agreements_ending(
    ctx: Context, need: Need, deciders: dict[str, Agreement], reach: _Reach
) -> list[Finding]:
    """Agreements the need relies on that end before its deadline."""
    if need.deadline is None or not deciders:
        return []
    found = []
    for actor, a in deciders.items():
        if a.valid_until is None or a.valid_until >= need.deadline:
            continue
        data = {
            "agreement": a.name or a.id,
            "until": a.valid_until,
            "parties": [ctx.legal.org_name(p) for p in a.parties],
        }
        found.append(
            _emit(
                ctx, need, Code.AGREEMENT_EXPIRES_BEFORE_DEADLINE, Severity.WARNING, data, [actor]
            )
        )
    return found


def _handler_falls_short(
    ctx: Context, need: Need, key: str, reach: _Reach, enough: _Holdings
) -> list[Finding]:
    """The handler takes the decision on a mandate of its own that does not carry it (not
    valid, or below the amount), while someone nearby may take it: say so, with who."""
    assert need.handler is not None
    if need.handler in enough:
        return []
    auth, legal, g = ctx.authority, ctx.legal, ctx.graphs
    keys = dict.fromkeys((key, *legal.covered(key), str(legal.category(key))))
    own = list(
        {
            m.id: m
            for k in keys
            for m in legal.into.get((need.handler, k), ())
            if m.id in ctx.in_practice_ids
        }.values()
    )
    if not own:
        return []
    near = reach.near(need.handler)
    ready = [a for a in near if a in enough and a != need.handler]
    if not ready:
        return []
    best = min(ready, key=lambda a: (len(near[a]), ctx.order[a]))
    largest = max((m.budget for m in own if m.budget is not None), default=None)
    short = need.budget is not None and largest is not None and largest < need.budget
    problems = [m for m in own if not auth.valid(m.id)]
    if not problems and not short:
        return []
    alts = [
        (
            m.id,
            f"{g.name(m.grantor)} → {g.name(m.holder)}",
            invalid_reason(auth, m, "en") or "valid",
            invalid_reason(auth, m, "nl") or "geldig",
        )
        for m in sorted(own, key=lambda m: ctx.mandate_order[m.id])
    ]
    data = _what(ctx, need, key, need.budget) | {
        "own": Text(
            "; ".join(f"{mid} ({pair}): {en}" for mid, pair, en, _ in alts),
            "; ".join(f"{mid} ({pair}): {nl}" for mid, pair, _, nl in alts),
        ),
        "has": largest,
        "best": g.name(best),
        "steps": len(near[best]) - 1,
        "part_short": short,
    }
    return [
        _emit(
            ctx,
            need,
            Code.NEED_HANDLER_MANDATE_FALLS_SHORT,
            Severity.WARNING,
            data,
            near[best],
            [m.id for m in own],
        )
    ]
