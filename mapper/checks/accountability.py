"""Accountability (building block 4): each case handler's line of account reaches the top.

Both work practices need their own accountability: when the custom practice (maatwerk) is
analysed on its own, the accountability relationships of that practice (plus ``both``) must
still lead from every case handler to an administrator or the council. A line that stops
halfway leaves custom decisions unaccounted for - or invites back-office bureaucracy.

Examples
--------
>>> from models import Actor, ActorKind, Case, CaseInfo, Relationship, RelationKind, Role
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [
...     Actor("w", "Wethouder", ActorKind.ADMINISTRATOR),
...     Actor("m", "Manager", ActorKind.MANAGER),
...     Actor("p", "Consulent", roles=(Role.CASE_HANDLER,))],
...     [Relationship("r1", "p", "m", RelationKind.ACCOUNTABILITY)])
>>> [(str(f.code), f.actors) for f in check(Context.of(case))]
[('ACCOUNTABILITY_LINE_STOPS', ('p', 'm'))]
"""

from __future__ import annotations

import networkx as nx

from mapper.catalogue import say
from mapper.checks._room_bodies import void_deciders
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity
from mapper.graph import CaseGraphs, release_graph
from mapper.names import Name
from models import ActorKind, Practice, RelationKind

__all__ = ["check"]

_TOP = (ActorKind.ADMINISTRATOR, ActorKind.COUNCIL)


def check(ctx: Context) -> list[Finding]:
    """Case handlers whose accountability line reaches no administrator or council."""
    g = ctx.graphs
    top = set(ctx.of_kind(*_TOP))
    if not top or RelationKind.ACCOUNTABILITY not in g.kinds_on_map:
        return []  # the map does not model accountability at all
    line = g.flow({RelationKind.ACCOUNTABILITY})
    back = g.flow_back({RelationKind.ACCOUNTABILITY})
    sink = "\x00top"
    back.add_edges_from((sink, t) for t in top)
    accounted = nx.descendants(back, sink)
    # a private party "deciding" under an agreement that cannot give it the power is no
    # decider to account for: AGREEMENT_OVER_PUBLIC_POWER says so (jurist, fourth round, map B)
    void = void_deciders(ctx)
    unaccounted = [
        h for h in ctx.case_handlers if h not in accounted and h not in top and h not in void
    ]
    if not unaccounted:
        return []
    ends_of = _line_ends(line, unaccounted)
    groups: dict[tuple[str, ...], list[str]] = {}
    ordered: dict[int, list[str]] = {}  # the ends in map order, sorted once per set
    for handler in unaccounted:
        ends = ends_of[handler]
        if id(ends) not in ordered:
            ordered[id(ends)] = sorted(ends, key=ctx.order.__getitem__)
        key = tuple(a for a in ordered[id(ends)] if a != handler)
        groups.setdefault(key, []).append(handler)  # same end: one finding
    return [_stops(ctx, handlers, list(ends)) for ends, handlers in groups.items()]


def _line_ends(line: nx.DiGraph, sources: list[str]) -> dict[str, frozenset[str]]:
    """Where the accountability line of each source stops: the actors it reaches that account
    to nobody further (a last actor, or a circle of actors accounting to each other).

    One pass over the part of the map the sources reach (strongly connected components, then
    back to front over the condensation), instead of a search per source.
    """
    reach = set(sources)
    stack = list(sources)
    while stack:
        for nxt in line.successors(stack.pop()):
            if nxt not in reach:
                reach.add(nxt)
                stack.append(nxt)
    part = line.subgraph(reach)
    cond = nx.condensation(part)
    ends: dict[int, frozenset[str]] = {}
    for c in reversed(list(nx.topological_sort(cond))):
        after = [ends[s] for s in cond.successors(c)]
        if not after:
            ends[c] = frozenset(cond.nodes[c]["members"])
        elif len(after) == 1 or all(e is after[0] for e in after):
            ends[c] = after[0]  # shared, not copied: a long line costs O(1) per actor
        else:
            ends[c] = frozenset().union(*after)
    mapping: dict[str, int] = cond.graph["mapping"]
    release_graph(part)
    release_graph(cond)
    return {a: ends[mapping[a]] for a in sources}


def _named(g: CaseGraphs, ids: list[str]) -> list[Name]:
    """The names of ``ids`` as a list reads them: a list of more than twelve shows eight and
    counts the rest (mapper.catalogue), so only those eight are named, the rest stand in as
    the ninth's (900 handlers: 900 names made for eight; issue 14)."""
    if len(ids) <= 12:
        return [g.name(a) for a in ids]
    shown = [g.name(a) for a in ids[:9]]
    return [*shown[:8], *[shown[8]] * (len(ids) - 8)]


def _stops(ctx: Context, handlers: list[str], ends: list[str]) -> Finding:
    g = ctx.graphs
    values = {
        "handler": g.name(handlers[0]),
        "n": len(handlers),
        "handlers": _named(g, handlers),
        "ends": [g.name(a) for a in ends],
    }
    parts = {"one"} if len(handlers) == 1 else {"many"}
    parts |= {"stops"} if ends else {"missing"}
    if g.practice is Practice.ROUTINE:
        parts.add("routine")
    elif g.practice is Practice.MAATWERK:
        parts.add("custom")
    return say(
        Code.ACCOUNTABILITY_LINE_STOPS,
        Severity.WARNING,
        values,
        parts=parts,
        actors=[*handlers, *ends],
    )
