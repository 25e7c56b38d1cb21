"""Broken mandate chains (split from :mod:`mapper.checks.mandate_chain`): mandates of one power
passed round in a circle, and mandates that rest on a grant which passes nothing on -- one finding
per broken link, naming the mandates below it (issue 14).
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from mapper.authority import Status
from mapper.checks._chain_base import chain_data, emit
from mapper.checks._legal_text import mandate_text
from mapper.checks._util import chain_heads, invalid_reason
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.texts.mandate_words import STATUS
from models import Instrument, Mandate
from models.i18n import Lang

__all__ = ["broken", "broken_lines", "circles", "cycle"]


def circles(ctx: Context) -> list[list[str]]:
    """Broken mandates of one power that pass it round in a circle (a -> b -> a): the mandate
    ids of each circle, in map order."""
    legal, auth = ctx.legal, ctx.authority
    graphs: dict[str, nx.MultiDiGraph] = {}
    for m in ctx.graphs.mandates:
        if auth.status[m.id] != Status.CHAIN_BROKEN or m.grantor == m.holder:
            continue
        key = str(legal.category(str(m.power)))
        graphs.setdefault(key, nx.MultiDiGraph()).add_edge(m.grantor, m.holder, key=m.id)
    circles: list[list[str]] = []
    for graph in graphs.values():
        for part in nx.strongly_connected_components(graph):
            if len(part) < 2:
                continue
            ids = [k for u, v, k in graph.edges(keys=True) if u in part and v in part]
            circles.append(sorted(ids, key=ctx.mandate_order.__getitem__))
    circles.sort(key=lambda ids: ctx.mandate_order[ids[0]])
    return circles


def cycle(ctx: Context, circle: list[str]) -> Finding:
    g, legal = ctx.graphs, ctx.legal
    first = legal.by_id[circle[0]]
    ends = [(legal.by_id[mid].grantor, legal.by_id[mid].holder) for mid in circle]
    actors = list(dict.fromkeys(a for pair in ends for a in pair))
    data = chain_data(ctx, first) | {
        "mandates": [mandate_text(legal, legal.by_id[mid]) for mid in circle],
        "actors": [g.name(a) for a in actors],
    }
    parts = ("held",) if data["root"] else ()
    return emit(ctx, Code.MANDATE_CYCLE, Severity.CRITICAL, data, actors, circle, parts)


def _upstream(ctx: Context, m: Mandate) -> list[Mandate]:
    """The mandates of ``m``'s grantor for its power: what ``m`` rests on."""
    legal = ctx.legal
    keys = {str(m.power), *legal.covered(str(m.power)), str(legal.category(str(m.power)))}
    upstream = [u for k in sorted(keys) for u in legal.into.get((m.grantor, k), ()) if u.id != m.id]
    return list({u.id: u for u in upstream}.values())


_SHOWN = 8  # mandates below a broken link named in its finding (the rest are counted)


def broken_lines(ctx: Context, in_circle: set[str]) -> dict[str, list[str]]:
    """Per broken mandate, the broken mandates below it that its finding names: one finding per
    broken link (issue 14). A mandate that rests only on broken mandates is told with the
    highest one where the chain breaks for a reason of its own (an expiry, a defect, a circle);
    its own entry is then empty. A mandate missing here gets a finding of its own."""
    auth = ctx.authority
    broken = [m for m in ctx.graphs.mandates if auth.status[m.id] == Status.CHAIN_BROKEN]
    above: dict[str, str | None] = {}  # the broken mandate each one rests on, None: a link
    ids = {m.id for m in broken}
    for m in broken:
        up = _upstream(ctx, m)
        chained = [  # a signing authorisation passes nothing on: nothing rests on it (J1)
            u.id
            for u in up
            # one of those analysed here: a what-if leaves mandates of a removed actor out of
            # the graphs while the legal index still knows them (hostile review 23: KeyError)
            if u.id in ids
            and auth.status[u.id] == Status.CHAIN_BROKEN
            and u.instrument != Instrument.SIGNING
        ]
        own = m.id in in_circle or len(chained) < len(up) or any(u in in_circle for u in chained)
        above[m.id] = None if own or not chained else chained[0]
    head = chain_heads((m.id for m in broken), above.__getitem__)
    lines: dict[str, list[str]] = {}
    for m in broken:
        if head[m.id] != m.id:
            lines.setdefault(head[m.id], []).append(m.id)
    said: dict[str, list[str]] = {}
    for top, rest in lines.items():
        said[top] = rest
        said.update((x, []) for x in rest)
    return said


def broken(ctx: Context, m: Mandate, below: Sequence[str] = ()) -> Finding:
    legal = ctx.legal
    upstream = _upstream(ctx, m)
    reasons = [
        Text(f"{t.en} ({_why(ctx, u, 'en')})", f"{t.nl} ({_why(ctx, u, 'nl')})")
        for u in upstream
        if (t := mandate_text(legal, u))
    ]
    data = chain_data(ctx, m) | {"reasons": reasons, "n": len(reasons)}
    rest = [legal.by_id[x] for x in below]
    if rest:  # a long chain said once: the mandates below named, the rest counted
        shown: list[object] = [mandate_text(legal, x) for x in rest[:_SHOWN]]
        if len(rest) > _SHOWN:
            more = len(rest) - _SHOWN
            shown.append(Text(f"{more} more", f"nog {more}"))
        data |= {"below": shown, "n_below": len(rest)}
    return emit(
        ctx,
        Code.MANDATE_CHAIN_BROKEN,
        Severity.WARNING,
        data,
        [m.grantor, m.holder, *(x.holder for x in rest)],
        [m.id, *(u.id for u in upstream), *below],
        ("below",) if rest else (),
    )


def _why(ctx: Context, u: Mandate, lang: Lang) -> str:
    """Why the mandate above passes nothing on: its own defect by name ("verlopen op 30 juni
    2026", jurist, fifth round J13), else what broke it."""
    status = ctx.authority.status[u.id]
    if status == Status.VOID:
        return invalid_reason(ctx.authority, u, lang)
    return STATUS[status].pick(lang)
