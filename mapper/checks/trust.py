"""Trust (building block 5): backing from the top to the professional, both ways.

The *backing chain* of a case handler is the shortest line of hierarchy, accountability,
escalation or collaboration relationships to the intent owner (or, without one, the nearest
administrator). Along it, trust must be mapped both ways and never be negative.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Relationship, RelationKind
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("a", "A"), Actor("b", "B")], [
...     Relationship("r1", "a", "b", RelationKind.TRUST, level=2),
...     Relationship("r2", "b", "a", RelationKind.TRUST, level=-1)])
>>> [f.code for f in check(Context.of(case))]
['TRUST_ASYMMETRIC']
"""

from __future__ import annotations

import itertools

import numpy as np
import scipy.sparse as sp
import scipy.sparse.csgraph  # noqa: F401  (registers sp.csgraph)

from mapper.checks._util import finding, path_phrase
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import Instrument, RelationKind, Sphere

__all__ = ["LINE_KINDS", "check"]

_OWN_SPHERES = frozenset({Sphere.POLITICAL, Sphere.ADMINISTRATIVE})

LINE_KINDS = frozenset(
    {
        RelationKind.HIERARCHY,
        RelationKind.ACCOUNTABILITY,
        RelationKind.ESCALATION,
        RelationKind.COLLABORATION,
    }
)


def check(ctx: Context) -> list[Finding]:
    """Backing chains, asymmetric and mutual distrust, and lines over negative trust."""
    g = ctx.graphs
    if not g.trust:
        if ctx.case_handlers and len(g.actors) > 1:
            return [_not_mapped()]
        return []
    found = _backing(ctx)
    found.extend(_pairs(ctx))
    found.extend(_negative_lines(ctx))
    return found


def _not_mapped() -> Finding:
    return finding(
        "TRUST_NOT_MAPPED",
        5,
        Severity.INFO,
        ("Trust is not on the map", "Vertrouwen staat niet op de kaart"),
        (
            "The map has no trust relationships, so backing cannot be judged.",
            "De kaart heeft geen vertrouwensrelaties; rugdekking is niet te beoordelen.",
        ),
        (
            "Ask the professional and the top whom they trust, and draw it both ways.",
            "Vraag de professional en de top wie zij vertrouwen, en teken dat in beide richtingen.",
        ),
    )


def _backing(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    top = [g.info.intent_owner] if g.info.intent_owner else list(ctx.administrators)
    if not top:
        return []
    # Backing runs through the own organisation: political and administrative actors only,
    # preferring lines of command over collaboration.
    inside = [a.id for a in g.actors.values() if a.effective_sphere in _OWN_SPHERES]
    paths = _lines_from(ctx, inside, [t for t in top if t in set(inside)])
    found: list[Finding] = []
    groups: dict[tuple[tuple[tuple[str, str], ...], tuple[Weak, ...]], list[list[str]]] = {}
    for handler in ctx.case_handlers:
        if handler in top:
            continue
        if handler not in paths:
            found.append(_no_line(ctx, handler, top[0]))
            continue
        chain = list(paths[handler])
        negative, weak = _problems(ctx, chain)
        if negative or weak:  # handlers with the same problems share one finding
            groups.setdefault((tuple(negative), tuple(weak)), []).append(chain)
    found.extend(
        _backing_finding(ctx, chains, list(n), list(w)) for (n, w), chains in groups.items()
    )
    return found


def _lines_from(ctx: Context, inside: list[str], starts: list[str]) -> dict[str, list[str]]:
    """Shortest backing line from the nearest start to every actor ``inside`` (scipy search).

    Lines of command cost 1, collaboration 2; the relationships are read undirected.
    """
    if not starts:
        return {}
    g = ctx.graphs
    index = {a: i for i, a in enumerate(inside)}
    kinds = {r.id: r.kind for r in g.relationships}
    weight: dict[tuple[int, int], float] = {}
    for u, v, rel in g.flow(LINE_KINDS).edges(data="rel"):
        if u in index and v in index:
            cost = 2.0 if kinds[rel] == RelationKind.COLLABORATION else 1.0
            key = (min(index[u], index[v]), max(index[u], index[v]))
            weight[key] = min(weight.get(key, cost), cost)
    n = len(inside)
    rows = np.array([k[0] for k in weight], dtype=np.int64)
    cols = np.array([k[1] for k in weight], dtype=np.int64)
    matrix = sp.csr_matrix((np.array(list(weight.values())), (rows, cols)), shape=(n, n))
    dist, pred = sp.csgraph.dijkstra(
        matrix,
        directed=False,
        indices=[index[s] for s in starts],
        min_only=True,
        return_predecessors=True,
    )[:2]
    paths: dict[str, list[str]] = {}
    for handler in ctx.case_handlers:
        i = index.get(handler)
        if i is None or not np.isfinite(dist[i]):
            continue
        path = [handler]
        while pred[i] >= 0:
            i = int(pred[i])
            path.append(inside[i])
        paths[handler] = path[::-1]
    return paths


def _no_line(ctx: Context, handler: str, top: str) -> Finding:
    g = ctx.graphs
    return finding(
        "TRUST_NO_LINE_TO_TOP",
        5,
        Severity.WARNING,
        (
            f"No line from {g.name(handler)} to {g.name(top)}",
            f"Geen lijn van {g.name(handler)} naar {g.name(top)}",
        ),
        (
            f"No hierarchy, accountability, escalation or collaboration line connects "
            f"{g.name(handler)} with {g.name(top)}, so backing from the top cannot reach the "
            "case.",
            f"Geen hiërarchische, verantwoordings-, escalatie- of samenwerkingslijn verbindt "
            f"{g.name(handler)} met {g.name(top)}; rugdekking van de top kan de casus niet "
            "bereiken.",
        ),
        (
            "Draw the line of command and accountability.",
            "Teken de lijn van sturing en verantwoording.",
        ),
        actors=[handler, top],
    )


Weak = tuple[str, str, str]  # (a, b, "absent" | "one-way")


def _problems(ctx: Context, chain: list[str]) -> tuple[list[tuple[str, str]], list[Weak]]:
    """Distrust among the members of a backing line, and its links without mutual trust."""
    trust = ctx.graphs.trust
    members = set(chain)
    distrust = _distrust_by_actor(ctx)
    negative = sorted(
        {pair for a in chain for pair in distrust.get(a, ()) if set(pair) <= members},
        key=lambda p: (ctx.order[p[0]], ctx.order[p[1]]),
    )
    weak: list[Weak] = []
    for a, b in itertools.pairwise(chain):
        ab, ba = trust.get((a, b)), trust.get((b, a))
        if ab is None and ba is None:
            weak.append((a, b, "absent"))
        elif ab is None or ba is None:
            weak.append((a, b, "one-way"))
    return negative, weak


def _backing_finding(
    ctx: Context, chains: list[list[str]], negative: list[tuple[str, str]], weak: list[Weak]
) -> Finding:
    g = ctx.graphs
    trust = g.trust
    chain = chains[0]
    others = [c[-1] for c in chains[1:]]
    rels = [g.trust_relationships[p] for p in negative]
    neg_en = "; ".join(f"{g.name(a)} distrusts {g.name(b)} ({trust[(a, b)]})" for a, b in negative)
    neg_nl = "; ".join(f"{g.name(a)} wantrouwt {g.name(b)} ({trust[(a, b)]})" for a, b in negative)
    weak_en = "; ".join(
        f"{g.name(a)} – {g.name(b)}: {'no trust mapped' if w == 'absent' else 'one-way'}"
        for a, b, w in weak
    )
    weak_nl = "; ".join(
        f"{g.name(a)} – {g.name(b)}: {'geen vertrouwen getekend' if w == 'absent' else 'eenzijdig'}"
        for a, b, w in weak
    )
    top = g.name(chain[0])
    handler = g.name(chain[-1]) if not others else f"{len(chains)} case handlers"
    handler_nl = g.name(chain[-1]) if not others else f"{len(chains)} casusregisseurs"
    also_en = f" The same holds for {g.names(others[:8])}." if others else ""
    also_nl = f" Hetzelfde geldt voor {g.names(others[:8])}." if others else ""
    involved = [a for c in chains for a in c]
    if negative:
        return finding(
            "TRUST_BACKING_NEGATIVE",
            5,
            Severity.CRITICAL,
            (
                f"{handler} {'lack' if others else 'lacks'} backing from {top}",
                f"{handler_nl} {'missen' if others else 'mist'} rugdekking van {top}",
            ),
            (
                f"On the line {path_phrase(g, chain)}: {neg_en}. A professional who distrusts "
                "the line above will not deviate from the routine."
                + (f" Also: {weak_en}." if weak else "")
                + also_en,
                f"Op de lijn {path_phrase(g, chain)}: {neg_nl}. Een professional die de lijn "
                "erboven wantrouwt, wijkt niet af van de routine."
                + (f" Verder: {weak_nl}." if weak else "")
                + also_nl,
            ),
            (
                "Make backing explicit: the manager states in advance that reasoned deviation "
                "will be covered, and discusses cases without settling scores.",
                "Maak rugdekking expliciet: de leidinggevende zegt vooraf dat beargumenteerd "
                "afwijken wordt gedekt, en bespreekt casussen zonder af te rekenen.",
            ),
            actors=[*involved, *(a for pair in negative for a in pair)],
            relationships=rels,
        )
    return finding(
        "TRUST_BACKING_WEAK",
        5,
        Severity.WARNING,
        (f"Backing for {handler} is not secured", f"Rugdekking voor {handler_nl} is niet geborgd"),
        (
            f"On the line {path_phrase(g, chain)} trust is not mutual: {weak_en}.{also_en}",
            f"Op de lijn {path_phrase(g, chain)} is het vertrouwen niet wederzijds: "
            f"{weak_nl}.{also_nl}",
        ),
        (
            "Discuss backing along the line and map trust both ways.",
            "Bespreek rugdekking langs de lijn en teken vertrouwen in beide richtingen.",
        ),
        actors=involved,
    )


def _distrust_by_actor(ctx: Context) -> dict[str, list[tuple[str, str]]]:
    """Negative trust pairs indexed by the truster (computed once per analysis)."""
    cached = ctx.memo.get("distrust")
    if cached is None:
        index: dict[str, list[tuple[str, str]]] = {}
        for (a, b), level in ctx.graphs.trust.items():
            if level < 0:
                index.setdefault(a, []).append((a, b))
        ctx.memo["distrust"] = cached = index
    return cached  # type: ignore[return-value]


def _pairs(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    trust = g.trust
    found: list[Finding] = []
    for (a, b), level in trust.items():
        back = trust.get((b, a))
        if back is None or back >= 0:
            continue
        ids = [g.trust_relationships[(a, b)], g.trust_relationships[(b, a)]]
        if level > 0:
            found.append(
                finding(
                    "TRUST_ASYMMETRIC",
                    5,
                    Severity.WARNING,
                    (
                        f"{g.name(a)} trusts {g.name(b)}, but not the other way round",
                        f"{g.name(a)} vertrouwt {g.name(b)}, maar niet andersom",
                    ),
                    (
                        f"{g.name(a)} trusts {g.name(b)} ({level}); {g.name(b)} distrusts "
                        f"{g.name(a)} ({back}).",
                        f"{g.name(a)} vertrouwt {g.name(b)} ({level}); {g.name(b)} wantrouwt "
                        f"{g.name(a)} ({back}).",
                    ),
                    (
                        f"Find out what {g.name(b)} needs to trust {g.name(a)}.",
                        f"Ga na wat {g.name(b)} nodig heeft om {g.name(a)} te vertrouwen.",
                    ),
                    actors=[a, b],
                    relationships=ids,
                )
            )
        elif level < 0 and ctx.order[a] < ctx.order[b]:
            found.append(
                finding(
                    "TRUST_MUTUAL_DISTRUST",
                    5,
                    Severity.INFO,
                    (
                        f"{g.name(a)} and {g.name(b)} distrust each other",
                        f"{g.name(a)} en {g.name(b)} wantrouwen elkaar",
                    ),
                    (
                        f"Trust is negative both ways ({level} and {back}).",
                        f"Het vertrouwen is in beide richtingen negatief ({level} en {back}).",
                    ),
                    (
                        "Bring in someone both trust to carry the case between them.",
                        "Zet iemand in die beiden vertrouwen om de casus tussen hen te dragen.",
                    ),
                    actors=[a, b],
                    relationships=ids,
                )
            )
    return found


def _negative_lines(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    trust = g.trust
    lines: dict[frozenset[str], tuple[list[str], list[str]]] = {}
    for m in g.mandates:
        if m.instrument != Instrument.SIGNING and m.grantor != m.holder:
            lines.setdefault(frozenset((m.grantor, m.holder)), ([], []))[0].append(m.id)
    for r in g.relationships:
        if r.kind == RelationKind.ESCALATION:
            lines.setdefault(frozenset((r.source, r.target)), ([], []))[1].append(r.id)
    found: list[Finding] = []
    for pair, (mandates, escalations) in lines.items():
        a, b = sorted(pair, key=ctx.order.__getitem__)
        levels = [v for v in (trust.get((a, b)), trust.get((b, a))) if v is not None]
        if not levels or min(levels) >= 0:
            continue
        what_en = ", ".join(
            [*(f"mandate {m}" for m in mandates), *(f"escalation {e}" for e in escalations)]
        )
        what_nl = ", ".join(
            [*(f"mandaat {m}" for m in mandates), *(f"escalatie {e}" for e in escalations)]
        )
        found.append(
            finding(
                "TRUST_NEGATIVE_LINE",
                5,
                Severity.WARNING,
                (
                    f"Mandate or escalation runs over distrust: {g.name(a)} – {g.name(b)}",
                    f"Mandaat of escalatie loopt over wantrouwen: {g.name(a)} – {g.name(b)}",
                ),
                (
                    f"{what_en} connect {g.name(a)} and {g.name(b)}, who do not trust each other "
                    "(negative trust); the line will not be used when it matters.",
                    f"{what_nl} verbinden {g.name(a)} en {g.name(b)}, die elkaar niet "
                    "vertrouwen; de lijn wordt niet gebruikt als het erop aankomt.",
                ),
                (
                    "Repair the relationship, or route the mandate or escalation via someone "
                    "both trust.",
                    "Herstel de relatie, of leid het mandaat of de escalatie via iemand die beiden "
                    "vertrouwen.",
                ),
                actors=[a, b],
                relationships=escalations,
                mandates=mandates,
            )
        )
    return found
