"""Structural findings: isolated actors, cut-points that carry the case, loose parts, duplicates.

Examples
--------
>>> from models import Actor, Case, CaseInfo
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("a", "A"), Actor("b", "B")])
>>> sorted(f.code for f in check(Context.of(case)))
['STRUCTURE_ISOLATED_ACTOR', 'STRUCTURE_ISOLATED_ACTOR']
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from mapper.checks._util import finding
from mapper.context import Context
from mapper.findings import Finding, Severity

__all__ = ["check"]


def check(ctx: Context) -> list[Finding]:
    """All structural findings of the map."""
    g = ctx.graphs
    found: list[Finding] = []
    ties = g.ties
    if ties.number_of_nodes() >= 2:
        for actor_id in g.actors:
            if ties.degree(actor_id) == 0:
                found.append(_isolated(ctx, actor_id))
    found.extend(_cut_points(ctx))
    found.extend(_components(ctx))
    found.extend(_duplicates(ctx))
    found.extend(
        finding(
            "STRUCTURE_SELF_LOOP",
            6,
            Severity.INFO,
            (
                "A relationship points back to its own actor",
                "Een relatie wijst naar de eigen actor",
            ),
            (
                f"{g.name(r.source)} has a {r.kind.value} relationship with itself; "
                "it is left out of the analyses.",
                f"{g.name(r.source)} heeft een relatie ({r.kind.value}) met zichzelf; "
                "die telt niet mee in de analyses.",
            ),
            (
                "Remove it or point it at the right actor.",
                "Verwijder hem of koppel de juiste actor.",
            ),
            actors=[r.source],
            relationships=[r.id],
        )
        for r in g.self_loops
    )
    return found


def _isolated(ctx: Context, actor_id: str) -> Finding:
    name = ctx.graphs.name(actor_id)
    return finding(
        "STRUCTURE_ISOLATED_ACTOR",
        6,
        Severity.WARNING,
        (f"{name} is not connected to anyone", f"{name} is met niemand verbonden"),
        (
            f"{name} has no relationship with any other actor on the map, so no signal, "
            "escalation or backing can reach or leave this actor.",
            f"{name} heeft met geen enkele andere actor een relatie; geen signaal, escalatie "
            "of rugdekking kan deze actor bereiken of verlaten.",
        ),
        (
            f"Draw who {name} works with, answers to and signals to - or remove the actor.",
            f"Teken met wie {name} samenwerkt, aan wie verantwoording wordt afgelegd en "
            "naar wie wordt gesignaleerd - of verwijder de actor.",
        ),
        actors=[actor_id],
    )


def _cut_points(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    ties = g.ties
    points = set(nx.articulation_points(ties))
    cuts = [a for a in g.actors if a in points]
    if not cuts:
        return []
    found = [
        finding(
            "STRUCTURE_CUT_POINTS",
            3,
            Severity.INFO,
            (
                f"{len(cuts)} actor(s) hold the network together",
                f"{len(cuts)} actor(en) houden het netwerk bij elkaar",
            ),
            (
                f"Without any one of {g.names(cuts)} the network falls apart into separate parts.",
                f"Zonder een van {g.names(cuts)} valt het netwerk uiteen in losse delen.",
            ),
            (
                "Add a second route around each of them where the case depends on it.",
                "Leg een tweede route om hen heen waar de casus ervan afhangt.",
            ),
            actors=cuts,
        )
    ]
    if len(ctx.key_actors) < 2:
        return found
    for cut, (a, b) in _separating(ctx, cuts).items():
        name = g.name(cut)
        found.append(
            finding(
                "STRUCTURE_CARRYING_ACTOR",
                3,
                Severity.WARNING,
                (f"The case hangs on {name}", f"De casus hangt aan {name}"),
                (
                    f"Every connection between {g.name(a)} and {g.name(b)} runs through {name}; "
                    f"if {name} drops out, the key actors of the case lose touch.",
                    f"Elke verbinding tussen {g.name(a)} en {g.name(b)} loopt via {name}; "
                    f"valt {name} weg, dan verliezen de sleutelactoren van de casus elkaar.",
                ),
                (
                    f"Give {g.name(a)} and {g.name(b)} a direct line or a second route.",
                    f"Geef {g.name(a)} en {g.name(b)} een directe lijn of een tweede route.",
                ),
                actors=[cut, a, b],
            )
        )
    return found


def _separating(ctx: Context, cuts: list[str]) -> dict[str, tuple[str, str]]:
    """Cut-points whose removal separates key actors, with one key actor on either side.

    Uses the block-cut tree, so the whole map is handled in linear time.
    """
    ties = ctx.graphs.ties
    key_rank = {a: i for i, a in enumerate(ctx.key_actors)}
    cut_set = set(cuts)
    tree = nx.Graph()
    home: dict[str, object] = {}
    for index, block in enumerate(nx.biconnected_components(ties)):
        node = ("block", index)
        tree.add_node(node)
        for actor in block:
            if actor in cut_set:
                tree.add_edge(node, actor)
            else:
                home[actor] = node
    for c in cuts:
        home[c] = c
    marks: dict[object, int] = {}  # tree node -> best (lowest) key rank placed on it
    for actor, rank in key_rank.items():
        place = home.get(actor)
        if place is not None:
            marks[place] = min(marks.get(place, rank), rank)
    result: dict[str, tuple[str, str]] = {}
    inf = len(key_rank)
    keys = list(key_rank)
    for component in nx.connected_components(tree):
        root = min(component, key=str)
        order = list(nx.dfs_preorder_nodes(tree, root))
        parent: dict[object, object] = {root: None, **dict(nx.dfs_predecessors(tree, root))}
        children = {n: [ch for ch in tree[n] if ch != parent[n]] for n in order}
        best = {n: marks.get(n, inf) for n in order}  # best key rank inside each subtree
        for n in reversed(order):
            for ch in children[n]:
                best[n] = min(best[n], best[ch])
        up = {root: inf}  # best key rank outside each subtree
        for n in order:
            vals = [best[ch] for ch in children[n]]
            pre = [inf]
            for v in vals:
                pre.append(min(pre[-1], v))
            suf = [inf] * (len(vals) + 1)
            for i in range(len(vals) - 1, -1, -1):
                suf[i] = min(suf[i + 1], vals[i])
            base = min(up[n], marks.get(n, inf))
            for i, ch in enumerate(children[n]):
                up[ch] = min(base, pre[i], suf[i + 1])
        for c in order:
            if not isinstance(c, str):
                continue
            sides = [best[ch] for ch in children[c] if best[ch] < inf]
            if up[c] < inf:
                sides.append(up[c])
            if len(sides) >= 2:
                a, b = sorted(sides)[:2]
                result[c] = (keys[a], keys[b])
    return result


def _components(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    parts = [c for c in nx.connected_components(g.ties) if len(c) >= 2]
    if len(parts) < 2:
        return []
    order = {a: i for i, a in enumerate(g.actors)}
    parts.sort(key=lambda c: (-len(c), min(order[a] for a in c)))
    sizes = ", ".join(str(len(c)) for c in parts)
    firsts = [min(c, key=order.__getitem__) for c in parts]
    return [
        finding(
            "STRUCTURE_DISCONNECTED",
            6,
            Severity.INFO,
            (
                f"The map falls apart into {len(parts)} separate parts",
                f"De kaart bestaat uit {len(parts)} losse delen",
            ),
            (
                f"The parts have {sizes} actors and share no relationship "
                f"(for example around {g.names(firsts)}).",
                f"De delen hebben {sizes} actoren en geen enkele relatie met elkaar "
                f"(bijvoorbeeld rond {g.names(firsts)}).",
            ),
            (
                "Check whether a relationship between the parts is missing from the map.",
                "Ga na of een relatie tussen de delen op de kaart ontbreekt.",
            ),
            actors=firsts,
        )
    ]


def _duplicates(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    by_name: dict[str, list[str]] = defaultdict(list)
    for actor in g.actors.values():
        key = " ".join(actor.name.casefold().split())
        if key:
            by_name[key].append(actor.id)
    return [
        finding(
            "STRUCTURE_DUPLICATE_NAME",
            6,
            Severity.INFO,
            (
                f"{len(ids)} actors are called {g.name(ids[0])}",
                f"{len(ids)} actoren heten {g.name(ids[0])}",
            ),
            (
                f"Actors {', '.join(ids)} have the same name; they may be one actor drawn twice, "
                "which splits its relationships.",
                f"Actoren {', '.join(ids)} hebben dezelfde naam; mogelijk is één actor twee keer "
                "getekend, waardoor de relaties verdeeld raken.",
            ),
            (
                "Merge them, or give each a distinguishing name.",
                "Voeg ze samen of geef elk een onderscheidende naam.",
            ),
            actors=ids,
        )
        for ids in by_name.values()
        if len(ids) > 1
    ]
