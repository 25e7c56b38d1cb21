"""The council's information position and a split at the top (building block 6).

- A case with political salience - a medium, or a political opponent of the intent, with
  much influence (at least :data:`~mapper.quadrant.HIGH`) - needs an information line from the
  administrator who owns the intent (without one: any administrator) to the council: an
  accountability or signal route, directly or through the college. The college and each of
  its members give the council the information it needs for its task (art. 169 Gemeentewet).
- An administrator and a senior civil servant (the executive, or a manager with much influence
  whom no other manager manages: a teamleider is no top) with opposite stance on the intent
  split the top: the professional hears two messages. A senior civil servant of another
  organisation follows its own board: the finding says so, and asks to align with that board
  (rev-jurist16 N3).

Examples
--------
>>> from models import Actor, ActorKind, Case, CaseInfo
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t", intent_owner="w"), [
...     Actor("w", "Wethouder", ActorKind.ADMINISTRATOR, stance=2),
...     Actor("r", "Gemeenteraad", ActorKind.COUNCIL),
...     Actor("k", "Dagblad", ActorKind.MEDIA, influence=4),
...     Actor("s", "Gemeentesecretaris", ActorKind.EXECUTIVE, stance=-1)])
>>> [str(f.code) for f in check(Context.of(case))]
['SPHERES_COUNCIL_NOT_INFORMED', 'SPHERES_SPLIT_AT_TOP']
"""

from __future__ import annotations

import networkx as nx

from mapper.catalogue import say
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.names import Name, organisation_name
from mapper.quadrant import HIGH
from models import ActorKind, RelationKind, Sphere

__all__ = ["INFORMATION_KINDS", "check"]

#: The relationships along which the council is informed: account and signals.
INFORMATION_KINDS = frozenset({RelationKind.ACCOUNTABILITY, RelationKind.SIGNAL})


def check(ctx: Context) -> list[Finding]:
    """The council's information position in a salient case, and a split at the top."""
    return [*_council(ctx), *_split(ctx)]


def _colleges(ctx: Context, admins: list[str]) -> list[str]:
    """The bestuursorganen among the administrators of the admins' own organisation."""
    legal = ctx.legal

    def top(a: str) -> str:
        org = legal.actors[a].organisation
        return legal.top(org) if org else ""

    mine = {top(a) for a in admins if a in legal.actors}
    return [
        a
        for a in ctx.of_kind(ActorKind.ADMINISTRATOR)
        if a not in admins and legal.actors[a].is_public_body and top(a) in mine
    ]


def _council(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    owner = g.info.intent_owner
    admins = [owner] if owner is not None else list(ctx.of_kind(ActorKind.ADMINISTRATOR))
    if not admins:
        return []
    salient = [
        a.id
        for a in g.actors.values()
        if a.id not in admins
        and a.influence >= HIGH
        and (a.kind is ActorKind.MEDIA or (a.stance < 0 and a.effective_sphere is Sphere.POLITICAL))
    ]
    if not salient:
        return []
    council = ctx.of_kind(ActorKind.COUNCIL)
    # the council itself, not an opponent sitting in it
    bodies = [c for c in council if g.actors[c].stance >= 0] or list(council)
    if bodies:
        flow = g.flow(INFORMATION_KINDS)
        # "rechtstreeks of via het college": the wethouder sits in the college, so the
        # college's own line of account to the raad counts (jurist, sixth round J18)
        reached = _reached(flow, [*admins, *_colleges(ctx, admins)])
        if reached & set(bodies):
            return []
    media = [s for s in salient if g.actors[s].kind is ActorKind.MEDIA]
    opponents = [s for s in salient if s not in media]
    values = {
        "admin": g.name(admins[0]),
        "council": g.name(bodies[0]) if bodies else "",
        "media": [g.name(s) for s in media],
        "opponents": [g.name(s) for s in opponents],
        "m": len(media),
        "o": len(opponents),
    }
    parts = {"on_map" if bodies else "absent"}
    if media:
        parts.add("by_media")
    if opponents:
        parts.add("by_opponents")
    if media and opponents:
        parts.add("and")
    return [
        say(
            Code.SPHERES_COUNCIL_NOT_INFORMED,
            Severity.WARNING,
            values,
            parts=parts,
            actors=[admins[0], *bodies[:1], *salient],
        )
    ]


def _reached(flow: nx.DiGraph, starts: list[str]) -> set[str]:
    """Everyone a route of ``flow`` leads to from any of ``starts``."""
    seen = {s for s in starts if s in flow}
    stack = list(seen)
    while stack:
        for nxt in flow.successors(stack.pop()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _split(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    owner = g.info.intent_owner
    top = [owner] if owner is not None else list(ctx.of_kind(ActorKind.ADMINISTRATOR))
    top = [a for a in top if g.actors[a].kind is ActorKind.ADMINISTRATOR and g.actors[a].stance]
    if not top:
        return []
    # a manager under another manager (a teamleider) is no senior civil service (rev-jurist16 N3)
    under = {
        r.target
        for r in g.relationships
        if r.kind is RelationKind.HIERARCHY
        and (boss := g.actors.get(r.source)) is not None
        and boss.kind is ActorKind.MANAGER
    }
    seniors = [
        a.id
        for a in g.actors.values()
        if a.stance
        and (
            a.kind is ActorKind.EXECUTIVE
            or (a.kind is ActorKind.MANAGER and a.influence >= HIGH and a.id not in under)
        )
    ]
    found: list[Finding] = []
    for s in seniors:
        mine = g.actors[s].stance
        against = [a for a in top if (g.actors[a].stance > 0) != (mine > 0)]
        if not against:
            continue
        pro, con = (against, [s]) if mine < 0 else ([s], against)
        values = {
            "servant": g.name(s),
            "admins": [g.name(a) for a in against],
            "pro": [g.name(a) for a in pro],
            "con": [g.name(a) for a in con],
            "p": len(pro),
            "c": len(con),
            "a": len(against),
            "college": _college(ctx, against[0]),
        }
        # a college speaks to its own senior civil service only: one of another organisation
        # follows the course of its own board (rev-jurist16 N3)
        other = _elsewhere(ctx, against[0], s)
        side = "own" if other is None else "other"
        parts = (f"{side}_title", f"{side}_detail", f"{side}_fix")
        found.append(
            say(
                Code.SPHERES_SPLIT_AT_TOP,
                Severity.WARNING,
                values | (other or {}),
                parts=parts,
                actors=[*against, s],
            )
        )
    return found


def _elsewhere(ctx: Context, admin: str, servant: str) -> dict[str, Name | Text] | None:
    """The organisation of a senior civil servant of another organisation than the
    administrator's, and who steers it (its public body, else its management); None when
    both belong to one organisation (or either to none)."""
    legal, g = ctx.legal, ctx.graphs
    a, s = legal.actors[admin], legal.actors[servant]
    if legal.same_organisation(a, s) is not False:
        return None
    org = legal.top(s.organisation)
    name = organisation_name(legal.org_name(org))
    for other in ctx.of_kind(ActorKind.ADMINISTRATOR):
        b = legal.actors[other]
        if b.is_public_body and legal.top(b.organisation) == org:
            return {"org": name, "board": g.name(other)}
    return {
        "org": name,
        "board": Text(
            f"the management of {name.running('en')}", f"de leiding van {name.running('nl')}"
        ),
    }


def _college(ctx: Context, admin: str) -> Name | Text:
    """The body the split is put to (jurist, fifth round J17): the administrator itself when it
    is a public body, else the public body among the administrators of its organisation."""
    legal, g = ctx.legal, ctx.graphs
    a = legal.actors[admin]
    if a.is_public_body:
        return g.name(admin)
    for other in ctx.of_kind(ActorKind.ADMINISTRATOR):
        b = legal.actors[other]
        if b.is_public_body and legal.same_organisation(a, b) is not False:
            return g.name(other)
    return Text("the municipal executive", "het college")
