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

from mapper.checks._backing_tree import BackingTree
from mapper.checks._util import finding, path_phrase
from mapper.context import Context
from mapper.findings import Finding, Severity
from mapper.graph import CaseGraphs
from models import Instrument, RelationKind, Sphere

__all__ = ["LINE_KINDS", "check"]

_LISTED = 8  # problems named per backing finding (the rest are counted)
_SHOWN_LINE = 10  # actors of a backing line named in full (longer lines are shortened)

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
    inside_set = set(inside)
    tree = _lines_from(ctx, inside, [t for t in top if t in inside_set])
    found: list[Finding] = []
    top_set = set(top)
    # handlers with the same problems share one finding: the same deepest problem on the line
    groups: dict[str, list[str]] = {}
    for handler in ctx.case_handlers:
        if handler in top_set:
            continue
        if handler not in tree.parent:
            found.append(_no_line(ctx, handler, top[0]))
            continue
        last = tree.last[handler]
        if last is not None:
            groups.setdefault(last, []).append(handler)
    found.extend(_backing_finding(ctx, tree, last, handlers) for last, handlers in groups.items())
    return found


def _lines_from(ctx: Context, inside: list[str], starts: list[str]) -> BackingTree:
    """Shortest backing line from the nearest start to every actor ``inside`` (scipy search).

    Lines of command cost 1, collaboration 2; the relationships are read undirected.
    """
    g = ctx.graphs
    if not starts:
        return BackingTree()
    index = {a: i for i, a in enumerate(inside)}
    kinds = {r.id: r.kind for r in g.relationships}
    edges = [
        (index[u], index[v], 2.0 if kinds[rel] == RelationKind.COLLABORATION else 1.0)
        for u, v, rel in g.flow(LINE_KINDS).edges(data="rel")
        if u in index and v in index
    ]
    return BackingTree.build(inside, edges, starts, g.trust)


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


def _backing_finding(ctx: Context, tree: BackingTree, last: str, handlers: list[str]) -> Finding:
    g = ctx.graphs
    trust = g.trust
    chain_to = handlers[0]
    others = handlers[1:]
    negative, weak = tree.problems(last, _LISTED)
    more = tree.weak_count(last) + tree.negative_count(last) - len(negative) - len(weak)
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
    if more:  # a long line: the problems nearest the handler, and how many more there are
        weak_en += f"; and {more} more {'problem' if more == 1 else 'problems'} higher up"
        weak_nl += f"; en nog {more} {'probleem' if more == 1 else 'problemen'} hogerop"
    line, line_en, line_nl = _line(g, tree, chain_to)
    top = g.name(tree.root[chain_to])
    handler = g.name(chain_to) if not others else f"{len(handlers)} case handlers"
    handler_nl = g.name(chain_to) if not others else f"{len(handlers)} casusregisseurs"
    also_en = f" The same holds for {g.names(others[:8])}." if others else ""
    also_nl = f" Hetzelfde geldt voor {g.names(others[:8])}." if others else ""
    listed = [x for pair in negative for x in pair] + [x for a, b, _ in weak for x in (a, b)]
    involved = [*line, *listed, *handlers]
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
                f"On the line {line_en}: {neg_en}. A professional who distrusts "
                "the line above will not deviate from the routine."
                + (f" Also: {weak_en}." if weak_en else "")
                + also_en,
                f"Op de lijn {line_nl}: {neg_nl}. Een professional die de lijn "
                "erboven wantrouwt, wijkt niet af van de routine."
                + (f" Verder: {weak_nl}." if weak_nl else "")
                + also_nl,
            ),
            (
                "Make backing explicit: the manager states in advance that reasoned deviation "
                "will be covered, and discusses cases without settling scores.",
                "Maak rugdekking expliciet: de leidinggevende zegt vooraf dat beargumenteerd "
                "afwijken wordt gedekt, en bespreekt casussen zonder af te rekenen.",
            ),
            actors=involved,
            relationships=rels,
        )
    return finding(
        "TRUST_BACKING_WEAK",
        5,
        Severity.WARNING,
        (f"Backing for {handler} is not secured", f"Rugdekking voor {handler_nl} is niet geborgd"),
        (
            f"On the line {line_en} trust is not mutual: {weak_en}.{also_en}",
            f"Op de lijn {line_nl} is het vertrouwen niet wederzijds: {weak_nl}.{also_nl}",
        ),
        (
            "Discuss backing along the line and map trust both ways.",
            "Bespreek rugdekking langs de lijn en teken vertrouwen in beide richtingen.",
        ),
        actors=involved,
    )


def _line(g: CaseGraphs, tree: BackingTree, handler: str) -> tuple[list[str], str, str]:
    """The backing line's actors as shown, and the line in words (long lines shortened)."""
    tail = tree.line(handler, _SHOWN_LINE)
    hidden = tree.depth[handler] + 1 - len(tail)
    if hidden <= 0:
        return tail, path_phrase(g, tail), path_phrase(g, tail)
    root = tree.root[handler]
    shown = tail[-(_SHOWN_LINE - 2) :]
    hidden = tree.depth[handler] - len(shown)
    head = g.name(root)
    rest = path_phrase(g, shown)
    return (
        [root, *shown],
        f"{head} → … ({hidden} more) → {rest}",
        f"{head} → … (nog {hidden}) → {rest}",
    )


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
