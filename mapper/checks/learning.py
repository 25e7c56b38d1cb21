"""System learning (building block 7): does the case find its way back to the rule?

Lessons travel along feedback, signal and escalation relationships. Every case handler needs
such a route to a *rule owner* (role ``rule_owner``, or holding the power to set rules), not
through one single person; signals of partners and oversight bodies must reach a rule owner.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Role
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("p", "Consulent", roles=(Role.CASE_HANDLER,))])
>>> [str(f.code) for f in check(Context.of(case))]
['LEARNING_NO_RULE_OWNER']
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from mapper.catalogue import say
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import ActorKind, PowerCategory, RelationKind, Role

__all__ = ["LEARNING_KINDS", "check"]

LEARNING_KINDS = frozenset({RelationKind.FEEDBACK, RelationKind.SIGNAL, RelationKind.ESCALATION})
_SINK = "\x00rule-owners"


def check(ctx: Context) -> list[Finding]:
    """Rule owners present, feedback paths from handlers, external signals reaching them."""
    g = ctx.graphs
    if not g.actors:
        return []
    auth = ctx.authority
    owners = [
        a.id
        for a in g.actors.values()
        if Role.RULE_OWNER in a.roles or auth.grant(a.id, PowerCategory.SET_RULES) is not None
    ]
    if not owners:  # the rules register may still name owners (jurist round 5, J19)
        owners = [o for o in dict.fromkeys(r.owner for r in g.rules) if o in g.actors]
    if not owners:
        if ctx.case_handlers:
            return [_no_owner()]
        return []
    back = g.flow_back(LEARNING_KINDS)
    back.add_edges_from((_SINK, o) for o in owners)
    reached = set(nx.descendants(back, _SINK))
    idom = nx.immediate_dominators(back, _SINK)
    owner_set = set(owners)
    found: list[Finding] = []
    lost = [h for h in ctx.case_handlers if h not in reached and h not in owner_set]
    if lost:
        found.append(_no_path(ctx, lost, owners))
    gatekeepers: dict[str, list[str]] = defaultdict(list)
    for h in ctx.case_handlers:
        node = idom.get(h)
        if h in reached and node not in (None, _SINK) and node not in owner_set:
            gatekeepers[str(node)].append(h)
    found.extend(_single(ctx, gk, hs) for gk, hs in gatekeepers.items())
    external = [
        a
        for a in ctx.of_kind(ActorKind.PARTNER, ActorKind.OVERSIGHT)
        if a not in reached and a not in owner_set
    ]
    if external:
        found.append(_external(ctx, external))
    return found


def _no_owner() -> Finding:
    return say(Code.LEARNING_NO_RULE_OWNER, Severity.WARNING)


def _no_path(ctx: Context, lost: list[str], owners: list[str]) -> Finding:
    g = ctx.graphs
    values = {"lost": [g.name(a) for a in lost], "owners": [g.name(a) for a in owners[:5]]}
    return say(
        Code.LEARNING_NO_FEEDBACK_PATH, Severity.CRITICAL, values, actors=[*lost, *owners[:5]]
    )


def _single(ctx: Context, gatekeeper: str, handlers: list[str]) -> Finding:
    g = ctx.graphs
    values = {"name": g.name(gatekeeper), "handlers": [g.name(a) for a in handlers]}
    return say(
        Code.LEARNING_SINGLE_PERSON, Severity.WARNING, values, actors=[gatekeeper, *handlers]
    )


def _external(ctx: Context, external: list[str]) -> Finding:
    g = ctx.graphs
    shown = external[:6]
    more = len(external) - len(shown)
    values = {"shown": [g.name(a) for a in shown], "n_more": more}
    return say(
        Code.LEARNING_EXTERNAL_SIGNALS_LOST,
        Severity.WARNING,
        values,
        parts={"more"} if more else set(),
        actors=external,
    )
