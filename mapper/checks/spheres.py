"""Political and administrative reality connected (building block 6).

- the political and administrative spheres are connected, and not by one single bridge
  (one person or one relationship); likewise the administration and its partners;
- influential opponents of the intent have a relationship with the intent owner;
- the network's communities (Louvain, seeded) do not split along stance.

Trust relationships do not count as a connection here (distrust is no working tie).

Examples
--------
>>> from models import Actor, ActorKind, Case, CaseInfo
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("w", "Wethouder", ActorKind.ADMINISTRATOR),
...                                         Actor("m", "Manager", ActorKind.MANAGER)])
>>> [f.code for f in check(Context.of(case))]
['SPHERES_DISCONNECTED']
"""

from __future__ import annotations

from functools import lru_cache

import networkx as nx

from mapper.checks._util import finding
from mapper.context import Context
from mapper.findings import Finding, Severity
from mapper.quadrant import HIGH
from models import RelationKind, Sphere

__all__ = ["COMMUNITY_LIMIT", "check"]

COMMUNITY_LIMIT = 2000  # above this many actors, community detection is skipped (noted)
_PAIRS = (
    (Sphere.POLITICAL, Sphere.ADMINISTRATIVE, Severity.CRITICAL),
    (Sphere.ADMINISTRATIVE, Sphere.PARTNER, Severity.WARNING),
)
_SECOND_BRIDGE = {
    Sphere.ADMINISTRATIVE: (
        "Add a second connection, e.g. between the alderman and the manager of the case.",
        "Leg een tweede verbinding, bijvoorbeeld tussen wethouder en de manager van de casus.",
    ),
    Sphere.PARTNER: (
        "Add a second connection, e.g. a case meeting of the team lead with the partners.",
        "Leg een tweede verbinding, bijvoorbeeld een casusoverleg van de teamleider met de "
        "ketenpartners.",
    ),
}
_SPHERE_NL = {
    Sphere.POLITICAL: "politiek",
    Sphere.ADMINISTRATIVE: "ambtelijk",
    Sphere.PARTNER: "ketenpartners",
}


def check(ctx: Context, *, seed: int = 0) -> list[Finding]:
    """Bridges between spheres, unconnected opponents, communities split by stance."""
    found: list[Finding] = []
    for a, b, severity in _PAIRS:
        found.extend(_bridge(ctx, a, b, severity))
    found.extend(_opponents(ctx))
    found.extend(_communities(ctx, seed))
    return found


def _bridge(ctx: Context, a: Sphere, b: Sphere, severity: Severity) -> list[Finding]:
    g = ctx.graphs
    sphere = {x.id: x.effective_sphere for x in g.actors.values()}
    if a not in sphere.values() or b not in sphere.values():
        return []
    cross = [
        r
        for r in g.relationships
        if r.kind != RelationKind.TRUST and {sphere[r.source], sphere[r.target]} == {a, b}
    ]
    a_en, b_en = a.value, b.value
    a_nl, b_nl = _SPHERE_NL[a], _SPHERE_NL[b]
    if not cross:
        return [
            finding(
                "SPHERES_DISCONNECTED",
                6,
                severity,
                (
                    f"The {a_en} and {b_en} worlds do not touch",
                    f"De werelden {a_nl} en {b_nl} raken elkaar niet",
                ),
                (
                    f"No relationship (other than trust) connects a {a_en} actor with a {b_en} "
                    "actor; what one side decides, the other does not hear.",
                    f"Geen enkele relatie (behalve vertrouwen) verbindt een actor uit {a_nl} met "
                    f"een actor uit {b_nl}; wat de een besluit, hoort de ander niet.",
                ),
                (
                    "Organise a regular line between the two, e.g. portfolio talks on the case.",
                    "Organiseer een vaste lijn tussen beide, bijvoorbeeld portefeuilleoverleg "
                    "over de casus.",
                ),
                # the first actor of each world, so the two pairs stay distinct findings
                actors=[next(x for x in g.actors if sphere[x] == w) for w in (a, b)],
            )
        ]
    common = set.intersection(*({r.source, r.target} for r in cross))
    if len(cross) > 1 and not common:
        return []
    if len(cross) == 1:
        r = cross[0]
        who_en = f"one relationship ({g.name(r.source)} – {g.name(r.target)})"
        who_nl = f"één relatie ({g.name(r.source)} – {g.name(r.target)})"
        actors = [r.source, r.target]
    else:
        person = min(common, key=ctx.order.__getitem__)
        who_en = who_nl = g.name(person)
        actors = [person]
    return [
        finding(
            "SPHERES_SINGLE_BRIDGE",
            6,
            Severity.WARNING,
            (
                f"The {a_en} and {b_en} worlds meet only through {who_en}",
                f"{a_nl.capitalize()} en {b_nl} raken elkaar alleen via {who_nl}",
            ),
            (
                f"All {len(cross)} relationship(s) between the {a_en} and {b_en} spheres run "
                f"through {who_en}; if that link fails, the worlds lose each other.",
                f"Alle {len(cross)} relatie(s) tussen {a_nl} en {b_nl} lopen via {who_nl}; valt "
                "die weg, dan verliezen de werelden elkaar.",
            ),
            _SECOND_BRIDGE[b],
            actors=actors,
            relationships=[r.id for r in cross],
        )
    ]


def _opponents(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    owner = g.info.intent_owner
    if owner is None:
        return []
    linked = {
        r.target if r.source == owner else r.source
        for r in g.relationships
        if r.kind != RelationKind.TRUST and owner in (r.source, r.target)
    }
    found: list[Finding] = []
    for actor in g.actors.values():
        if actor.id == owner or actor.influence < HIGH or actor.stance >= 0 or actor.id in linked:
            continue
        found.append(
            finding(
                "SPHERES_OPPONENT_UNCONNECTED",
                6,
                Severity.WARNING,
                (
                    f"Influential opponent {actor.name} has no line to {g.name(owner)}",
                    f"Invloedrijke tegenstander {actor.name} heeft geen lijn met {g.name(owner)}",
                ),
                (
                    f"{actor.name} has influence {actor.influence} and stance {actor.stance} "
                    f"towards the intent, but no relationship with its owner {g.name(owner)}.",
                    f"{actor.name} heeft invloed {actor.influence} en houding {actor.stance} "
                    f"tegenover de bedoeling, maar geen relatie met eigenaar {g.name(owner)}.",
                ),
                (
                    f"Have {g.name(owner)} engage {actor.name} before the case becomes news.",
                    f"Laat {g.name(owner)} {actor.name} betrekken voordat de casus nieuws wordt.",
                ),
                actors=[actor.id, owner],
            )
        )
    return found


@lru_cache(maxsize=8)
def _louvain(
    nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...], seed: int
) -> tuple[frozenset[str], ...]:
    """Louvain communities of a tie structure, cached: most edits leave the ties unchanged."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    return tuple(frozenset(c) for c in nx.community.louvain_communities(graph, seed=seed))


def _communities(ctx: Context, seed: int) -> list[Finding]:
    g = ctx.graphs
    stances = [a.stance for a in g.actors.values()]
    if len(stances) < 4 or min(stances) >= 0 or max(stances) <= 0:
        return []
    if len(stances) > COMMUNITY_LIMIT:
        ctx.notes_add(
            f"Community detection skipped above {COMMUNITY_LIMIT} actors.",
            f"Gemeenschapsdetectie overgeslagen boven {COMMUNITY_LIMIT} actoren.",
        )
        return []
    ties = nx.Graph()
    ties.add_nodes_from(g.actors)
    ties.add_edges_from(
        (r.source, r.target) for r in g.relationships if r.kind != RelationKind.TRUST
    )
    groups = [
        sorted(c, key=ctx.order.__getitem__)
        for c in _louvain(tuple(ties.nodes()), tuple(ties.edges()), seed)
        if len(c) >= 2
    ]
    mean = {i: sum(g.actors[a].stance for a in c) / len(c) for i, c in enumerate(groups)}
    pro = [groups[i] for i in mean if mean[i] >= 1]
    con = [groups[i] for i in mean if mean[i] <= -1]
    if not pro or not con:
        return []
    pro_names = "; ".join(g.names(c[:4]) + ("…" if len(c) > 4 else "") for c in pro)
    con_names = "; ".join(g.names(c[:4]) + ("…" if len(c) > 4 else "") for c in con)
    return [
        finding(
            "SPHERES_COMMUNITIES_SPLIT",
            6,
            Severity.WARNING,
            (
                "The network splits into camps for and against",
                "Het netwerk valt uiteen in kampen voor en tegen",
            ),
            (
                f"Community detection (Louvain, seed {seed}) finds groups that support the intent "
                f"({pro_names}) and groups that oppose it ({con_names}); they mostly talk among "
                "themselves.",
                f"Gemeenschapsdetectie (Louvain, seed {seed}) vindt groepen die de bedoeling "
                f"steunen ({pro_names}) en groepen die ertegen zijn ({con_names}); zij praten "
                "vooral onderling.",
            ),
            (
                "Find a bridge-builder trusted in both camps and put the case on a shared agenda.",
                "Zoek een bruggenbouwer die in beide kampen vertrouwd wordt en zet de casus op "
                "een gedeelde agenda.",
            ),
            actors=[a for c in (*con, *pro) for a in c],
        )
    ]
