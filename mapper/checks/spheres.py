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
>>> [str(f.code) for f in check(Context.of(case))]
['SPHERES_DISCONNECTED']
"""

from __future__ import annotations

from functools import lru_cache

import networkx as nx

from mapper.catalogue import say
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.graph import CaseGraphs, release_graph
from mapper.names import organisation_name
from mapper.quadrant import HIGH
from mapper.texts.spheres import SECOND_BRIDGE, WORLDS
from models import ActorKind, OrganisationKind, RelationKind, Sphere

__all__ = ["COMMUNITY_LIMIT", "check"]

COMMUNITY_LIMIT = 2000  # above this many actors, community detection is skipped (noted)
_PAIRS = (
    (Sphere.POLITICAL, Sphere.ADMINISTRATIVE, Severity.CRITICAL),
    (Sphere.ADMINISTRATIVE, Sphere.PARTNER, Severity.WARNING),
)


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
    worlds = {"a": WORLDS[a], "b": WORLDS[b]}
    if not cross:
        # a mandate across is a line (the grantor instructs, the holder informs: art. 10:6
        # and 10:7 Awb), so the worlds do touch, but only where a decision is taken under it;
        # no regular line runs beside it (new user, tenth round, N5: "do not touch" beside
        # the wethouder's mandate to the directeur)
        granted = [
            m
            for m in g.mandates
            if m.grantor in sphere
            and m.holder in sphere
            and {sphere[m.grantor], sphere[m.holder]} == {a, b}
        ]
        if granted:
            m = granted[0]
            named = {**worlds, "grantor": g.name(m.grantor), "holder": g.name(m.holder)}
            return [
                say(
                    Code.SPHERES_DISCONNECTED,
                    Severity.WARNING,
                    {**named, "n": len(granted)},
                    parts={"by_mandate", "beside", "one" if len(granted) == 1 else "many"},
                    actors=[m.grantor, m.holder],
                    mandates=[x.id for x in granted],
                )
            ]
        # the first actor of each world, so the two pairs stay distinct findings
        firsts = [next(x for x in g.actors if sphere[x] == w) for w in (a, b)]
        return [
            say(
                Code.SPHERES_DISCONNECTED,
                severity,
                worlds,
                parts={"none", "none_detail"},
                actors=firsts,
            )
        ]
    common = set.intersection(*({r.source, r.target} for r in cross))
    if len(cross) > 1 and not common:
        return []
    values: dict[str, object] = {**worlds, "n": len(cross), "second": SECOND_BRIDGE[b]}
    parts = {"one" if len(cross) == 1 else "both" if len(cross) == 2 else "many"}
    if len(cross) == 1:
        r = cross[0]
        values |= {"source": g.name(r.source), "target": g.name(r.target)}
        parts.add("via_tie")
        actors = [r.source, r.target]
    else:
        person = min(common, key=ctx.order.__getitem__)
        if g.actors[person].is_public_body:
            # a bestuursorgaan is no one person who can fall away: the college (or a GR's
            # dagelijks bestuur) is where the two worlds meet by law (J23; sixth round N7)
            return []
        values["person"] = g.name(person)
        parts.add("via_person")
        actors = [person]
    return [
        say(
            Code.SPHERES_SINGLE_BRIDGE,
            Severity.WARNING,
            values,
            parts=parts,
            actors=actors,
            relationships=[r.id for r in cross],
        )
    ]


# the scores in words: no "influence 3, stance -1" in advice
_INFLUENCE = {
    n: Text(*pair)
    for n, pair in enumerate(
        [("little", "weinig")] * 3
        + [("considerable", "behoorlijk wat"), ("much", "veel"), ("very much", "zeer veel")]
    )
}
_AGAINST = {
    False: Text("is against", "staat negatief tegenover"),
    True: Text("is strongly against", "staat sterk afwijzend tegenover"),
}


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
    legal = ctx.legal
    mine = legal.actors[owner]
    for actor in g.actors.values():
        if actor.id == owner or actor.influence < HIGH or actor.stance >= 0 or actor.id in linked:
            continue
        same = mine.kind is ActorKind.ADMINISTRATOR and (
            legal.same_organisation(mine, legal.actors[actor.id]) is not False
        )
        if same and actor.kind is ActorKind.EXECUTIVE and mine.stance > 0:
            continue  # the secretaris against the owner: a split at the top (J17), said there
        if same and actor.kind is ActorKind.ADMINISTRATOR:
            found.append(_colleague(ctx, actor.id, owner))  # no outside opponent (J17)
            continue
        lever = {ActorKind.COUNCIL: "council", ActorKind.MEDIA: "media"}.get(actor.kind, "other")
        org = g.organisations.get(actor.organisation or "")
        if org is not None and org.kind == OrganisationKind.JOINT_ARRANGEMENT:
            lever = "joint"  # reached through its bestuur, in which the gemeente sits
        values = {
            "org": organisation_name(org.name) if org is not None else "",
            "name": g.name(actor.id),
            "owner": g.name(owner),
            "influence": _INFLUENCE[min(actor.influence, 5)],
            "stance": _AGAINST[actor.stance <= -2],
        }
        found.append(
            say(
                Code.SPHERES_OPPONENT_UNCONNECTED,
                Severity.WARNING,
                values,
                parts={lever},
                actors=[actor.id, owner],
            )
        )
    return found


def _colleague(ctx: Context, actor: str, owner: str) -> Finding:
    """A member of the owner's college against the intent: discussed in the college, which
    decides as one body; the mayor promotes the unity of its policy (jurist, fifth round J17)."""
    g = ctx.graphs
    a = g.actors[actor]
    values = {"name": g.name(actor), "owner": g.name(owner), "stance": _AGAINST[a.stance <= -2]}
    mayor = a.name.casefold().startswith(("burgemeester", "mayor"))
    parts = {"mayor"} if mayor else set()
    return say(
        Code.SPHERES_COLLEGE_DIVIDED,
        Severity.WARNING,
        values,
        parts=parts,
        actors=[actor, owner],
    )


@lru_cache(maxsize=8)
def _louvain(
    nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...], seed: int
) -> tuple[frozenset[str], ...]:
    """Louvain communities of a tie structure, cached: most edits leave the ties unchanged."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    found = tuple(frozenset(c) for c in nx.community.louvain_communities(graph, seed=seed))
    release_graph(graph)
    return found


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
    structure = tuple(ties.nodes()), tuple(ties.edges())
    release_graph(ties)
    groups = [
        sorted(c, key=ctx.order.__getitem__) for c in _louvain(*structure, seed) if len(c) >= 2
    ]
    mean = {i: sum(g.actors[a].stance for a in c) / len(c) for i, c in enumerate(groups)}
    pro = [groups[i] for i in mean if mean[i] >= 1]
    con = [groups[i] for i in mean if mean[i] <= -1]
    if not pro or not con:
        return []
    return [
        say(
            Code.SPHERES_COMMUNITIES_SPLIT,
            Severity.WARNING,
            {"seed": seed, "pro": _camps(g, pro), "con": _camps(g, con)},
            actors=[a for c in (*con, *pro) for a in c],
        )
    ]


def _camps(g: CaseGraphs, camps: list[list[str]]) -> Text:
    """The first four members of each camp, camps apart by semicolons; in Dutch a role in
    running text, "de consulent wijkteam (Sanne), het GGZ-team Rivierland" (jurist L4)."""

    def said(lang: str) -> str:
        return "; ".join(
            ", ".join(g.name(a).running(lang) for a in c[:4]) + ("…" if len(c) > 4 else "")
            for c in camps
        )

    return Text(said("en"), said("nl"))
