"""Structural findings: isolated actors, cut-points that carry the case, loose parts, duplicates.

Examples
--------
>>> from models import Actor, Case, CaseInfo
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("a", "A"), Actor("b", "B")])
>>> sorted(str(f.code) for f in check(Context.of(case)))
['STRUCTURE_ISOLATED_ACTOR', 'STRUCTURE_ISOLATED_ACTOR']
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from mapper.catalogue import LANGS, say
from mapper.checks._util import shown_names
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from models import ActorKind
from models.labels import label
from models.rules import name_key

__all__ = ["check"]


def check(ctx: Context) -> list[Finding]:
    """All structural findings of the map."""
    g = ctx.graphs
    found: list[Finding] = []
    ties = g.ties
    if ties.number_of_nodes() >= 2:
        linked = _linked(ctx)
        for actor_id in g.actors:
            if ties.degree(actor_id) == 0 and actor_id not in linked:
                found.append(_isolated(ctx, actor_id))
    found.extend(_cut_points(ctx))
    found.extend(_components(ctx))
    found.extend(_duplicates(ctx))
    found.extend(
        say(
            Code.STRUCTURE_SELF_LOOP,
            Severity.INFO,
            {"name": g.name(r.source), "kind": Text(*(label(r.kind, x).lower() for x in LANGS))},
            actors=[r.source],
            relationships=[r.id],
        )
        for r in g.self_loops
    )
    return found


def _linked(ctx: Context) -> set[str]:
    """Actors tied to another actor by a mandate (grantor and holder) or by an agreement (its
    decider and the members of the organisations that are its parties): a user reads them as
    connected (new user, sixth
    round 5: "not connected to anyone" while a mandate arrow runs to the actor)."""
    g = ctx.graphs
    linked: set[str] = set()
    for m in g.mandates:
        if m.grantor != m.holder and m.grantor in g.actors and m.holder in g.actors:
            linked.update((m.grantor, m.holder))
    for agreement in g.agreements:  # its decider decides for the members of its parties
        decider = agreement.decider
        if decider is None or decider not in g.actors:
            continue
        parties = set(agreement.parties)
        members = {a for a, actor in g.actors.items() if actor.organisation in parties} - {decider}
        if members:
            linked.update(members | {decider})
    return linked


def _isolated(ctx: Context, actor_id: str) -> Finding:
    values = {"name": ctx.graphs.name(actor_id)}
    return say(Code.STRUCTURE_ISOLATED_ACTOR, Severity.WARNING, values, actors=[actor_id])


def _cut_points(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    ties = g.ties
    points = set(nx.articulation_points(ties))
    cuts = [a for a in g.actors if a in points]
    if not cuts:
        return []
    values = {"n": len(cuts), "cuts": [g.name(a) for a in cuts]}
    found = [say(Code.STRUCTURE_CUT_POINTS, Severity.INFO, values, actors=cuts)]
    if len(ctx.key_actors) < 2:
        return found
    separating = {
        cut: pair
        for cut, pair in _separating(ctx, cuts).items()
        if not g.actors[cut].is_public_body  # no bestuursorgaan falls away like one person (J23)
    }
    lines = _lines(ctx, separating)
    for cut, (a, b) in separating.items():
        line = lines.get(cut, [cut])
        if line[0] != cut:
            continue  # said with the first of its line
        values = {"name": g.name(cut), "a": g.name(a), "b": g.name(b)}
        values["line"] = shown_names(g, line[1:])
        portfolio = any(
            g.actors[x].kind == ActorKind.ADMINISTRATOR and not g.actors[x].is_public_body
            for x in (cut, a, b)
        )
        parts = [*(("wethouder",) if portfolio else ()), *(("line",) if line[1:] else ())]
        found.append(
            say(
                Code.STRUCTURE_CARRYING_ACTOR,
                Severity.WARNING,
                values,
                parts=parts,
                # the person first, the key actor on the handler's side last
                actors=[cut, a, *(x for x in line[1:] if x != b), b],
            )
        )
    return found


#: Up to this many people in a row between the same key actor and the rest each get their own
#: finding (the nota asks a stand-in for each); a longer line is one chain, said once (issue 14).
_APART = 8


def _lines(ctx: Context, separating: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    """Cut-points in a row (tied to one another) that part the case from the same key actor,
    more than :data:`_APART` of them: each member's line, in map order (first: its subject)."""
    by_side: dict[str, list[str]] = {}
    for cut, (a, _b) in separating.items():
        by_side.setdefault(a, []).append(cut)
    order = {a: i for i, a in enumerate(ctx.graphs.actors)}
    lines: dict[str, list[str]] = {}
    for group in by_side.values():
        if len(group) <= _APART:
            continue
        for part in nx.connected_components(ctx.graphs.ties.subgraph(group)):
            if len(part) > _APART:
                line = sorted(part, key=order.__getitem__)
                lines.update((c, line) for c in line)
    return lines


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
    firsts = [min(c, key=order.__getitem__) for c in parts]
    values = {
        "n": len(parts),
        "sizes": [len(c) for c in parts],
        "firsts": [g.name(a) for a in firsts],
    }
    return [say(Code.STRUCTURE_DISCONNECTED, Severity.INFO, values, actors=firsts)]


def _duplicates(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    by_name: dict[str, list[str]] = defaultdict(list)
    for actor in g.actors.values():
        key = name_key(actor.name)
        if key:
            by_name[key].append(actor.id)
    found: list[Finding] = []
    for ids in by_name.values():
        if len(ids) < 2:
            continue
        orgs = [g.actors[i].organisation for i in ids]
        named = [g.organisations[o].name for o in orgs if o in g.organisations]
        differ = len(named) == len(ids) and len(set(named)) == len(named)
        values = {"n": len(ids), "name": g.name(ids[0]), "orgs": named}
        parts = ("in_orgs",) if differ else ()
        found.append(
            say(Code.STRUCTURE_DUPLICATE_NAME, Severity.INFO, values, parts=parts, actors=ids)
        )
    return found
