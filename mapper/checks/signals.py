"""Signalling and triage (building block 2): do outside signals reach someone who may decide?

A *decider* effectively holds triage, deviate-from-rule or suspend-routine power. Signals
travel along signal, escalation, accountability, feedback and collaboration relationships
and up the hierarchy. Every citizen, partner and oversight body must reach a decider, within
:data:`SIGNAL_STEPS` steps, and not through one single intermediary.

Examples
--------
>>> from models import Actor, ActorKind, Case, CaseInfo
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("c", "Burger", ActorKind.CITIZEN)])
>>> sorted(str(f.code) for f in check(Context.of(case)))
['SIGNAL_NO_DECIDER', 'TRIAGE_NOT_ORGANISED']
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from mapper.catalogue import say
from mapper.checks._util import path_phrase
from mapper.checks.intent import body_decisions, deviation_powers
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity, Text
from mapper.graph import SIGNAL_KINDS
from models import ActorKind, PowerCategory, Role, Sphere

__all__ = ["DECIDING_POWERS", "SIGNAL_STEPS", "check"]

SIGNAL_STEPS = 3
DECIDING_POWERS = (
    PowerCategory.TRIAGE,
    PowerCategory.DEVIATE_FROM_RULE,
    PowerCategory.SUSPEND_ROUTINE,
)
_SINK = "\x00deciders"


def check(ctx: Context) -> list[Finding]:
    """Triage organised, outside signals reaching deciders, oversight reaching administrators."""
    g = ctx.graphs
    if not g.actors:
        return []
    found: list[Finding] = []
    auth = ctx.authority
    # whoever decides under a policy rule may deviate from it (Awb 4:84): a decider too. Where
    # the map names its powers, the powers themselves; else (version 1) their categories.
    named = [p.id for p in ctx.legal.powers.values() if p.category in DECIDING_POWERS]
    kinds: list[str] = [
        *(named if ctx.legal.powers else DECIDING_POWERS),
        *deviation_powers(ctx),
    ]
    deciders = list(dict.fromkeys(a for p in kinds for a in auth.holders(p)))
    found.extend(_triage(ctx))
    sources = ctx.of_kind(ActorKind.CITIZEN, ActorKind.PARTNER, ActorKind.OVERSIGHT)
    if not deciders:
        found.append(_no_decider(ctx, sources))
        return found
    back = g.flow_back(SIGNAL_KINDS)
    back.add_edges_from((_SINK, d) for d in deciders)
    paths = nx.single_source_shortest_path(back, _SINK)
    idom = nx.immediate_dominators(back, _SINK)
    back.remove_node(_SINK)
    deciding = set(deciders)
    gatekeepers: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        if s in deciding:
            continue
        if s not in paths:
            found.append(_unheard(ctx, s))
            continue
        path = list(reversed(paths[s][1:]))
        if len(path) - 1 > SIGNAL_STEPS:
            found.append(_long(ctx, s, path))
        node = idom.get(s)
        if node is not None and node != _SINK and node not in deciding:
            gatekeepers[node].append(s)
    found.extend(_gatekeeper(ctx, gk, srcs) for gk, srcs in gatekeepers.items())
    found.extend(_oversight(ctx, back))
    return found


def _triage(ctx: Context) -> list[Finding]:
    g = ctx.graphs
    auth = ctx.authority
    with_role = [a.id for a in g.actors.values() if Role.TRIAGE in a.roles]
    if not with_role and not auth.holders(PowerCategory.TRIAGE):
        return [say(Code.TRIAGE_NOT_ORGANISED, Severity.WARNING)]
    # the decision that follows triage, named from the map: a budget power of a body, else
    # any body's power that is not triage itself (jurist, third round M6)
    bodies = {a for a, x in g.actors.items() if x.kind is ActorKind.ADMINISTRATOR}
    own = [p for p in g.powers.values() if p.holder in bodies]
    follows = next(
        (p for p in own if p.category is PowerCategory.SPEND_BUDGET),
        next((p for p in own if p.category is not PowerCategory.TRIAGE), None),
    )
    # in English by the category's English name where the map uses its Dutch one, as
    # everywhere else in the note (rev-jurist19 R12: "for example ‘Budget besteden’")
    en, nl = (
        (ctx.legal.power_name(follows.id, "en"), follows.name)
        if follows is not None and follows.name
        else ("", "")
    )
    example = Text(f" (for example ‘{en}’)", f" (bijvoorbeeld ‘{nl}’)") if nl else Text("", "")
    return [
        say(
            Code.TRIAGE_ROLE_WITHOUT_MANDATE,
            Severity.WARNING,
            {"name": g.name(a), "example": example},
            actors=[a],
        )
        for a in with_role
        if auth.grant(a, PowerCategory.TRIAGE) is None
    ]


def _no_decider(ctx: Context, sources: tuple[str, ...]) -> Finding:
    """Critical when no public body on the map decides the case's decisions; a note when one
    does: it may depart from its own policy rules (Awb 4:84), and the map only leaves open who
    establishes that a case needs a custom solution (jurist, sixth round N3)."""
    for body in ctx.legal.actors:
        values = body_decisions(ctx, body)
        if values is None:
            continue
        parts = ("unset", "unset_why", "unset_fix")
        return say(Code.SIGNAL_NO_DECIDER, Severity.INFO, values, parts=parts, actors=[body])
    parts = ("none", "none_why", "none_fix")
    return say(Code.SIGNAL_NO_DECIDER, Severity.CRITICAL, parts=parts, actors=sources)


def _unheard(ctx: Context, source: str) -> Finding:
    g = ctx.graphs
    citizen = g.actors[source].kind == ActorKind.CITIZEN
    return say(
        Code.SIGNAL_UNHEARD,
        Severity.CRITICAL if citizen else Severity.WARNING,
        {"name": g.name(source)},
        actors=[source],
    )


def _long(ctx: Context, source: str, path: list[str]) -> Finding:
    g = ctx.graphs
    values = {
        "name": g.name(source),
        "steps": len(path) - 1,
        "route": path_phrase(g, path),
        "next": g.name(path[1]),
    }
    return say(Code.SIGNAL_LONG_PATH, Severity.WARNING, values, actors=path)


def _gatekeeper(ctx: Context, gatekeeper: str, sources: list[str]) -> Finding:
    """One person carries every route; an ombudsman gets no "colleague" but its own line to
    the body it reports to (Awb 9:36)."""
    g = ctx.graphs
    watch = [s for s in sources if g.actors[s].effective_sphere == Sphere.OVERSIGHT]
    others = [s for s in sources if s not in watch]
    values = {
        "name": g.name(gatekeeper),
        "sources": [g.name(s) for s in sources],
        "others": [g.name(s) for s in others],
        "watch": [g.name(s) for s in watch],
        "w": len(watch),
    }
    parts = [*(("second",) if others else ()), *(("oversight",) if watch else ())]
    if len(parts) == 2:
        parts.append("both")
    return say(
        Code.SIGNAL_SINGLE_PERSON,
        Severity.WARNING,
        values,
        parts=parts,
        actors=[gatekeeper, *sources],
    )


def _oversight(ctx: Context, back: nx.DiGraph) -> list[Finding]:
    """Oversight bodies without a signal route to an administrator (``back``: reversed)."""
    g = ctx.graphs
    admins = set(ctx.administrators)
    if not admins:
        return []
    back.add_edges_from((_SINK, a) for a in admins)
    heard = nx.descendants(back, _SINK)  # everyone with a route to an administrator
    back.remove_node(_SINK)
    found: list[Finding] = []
    for o in ctx.of_kind(ActorKind.OVERSIGHT):
        if o in heard or o in admins:
            continue
        found.append(
            say(
                Code.SIGNAL_OVERSIGHT_NO_ADMINISTRATOR,
                Severity.WARNING,
                {"name": g.name(o)},
                actors=[o],
            )
        )
    return found
