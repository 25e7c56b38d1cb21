"""System learning (building block 7): does the case find its way back to the rule?

Lessons travel along feedback, signal and escalation relationships. Every case handler needs
such a route to a *rule owner* (role ``rule_owner``, or holding the power to set rules), not
through one single person; signals of partners and oversight bodies must reach a rule owner.

Examples
--------
>>> from models import Actor, Case, CaseInfo, Role
>>> from mapper.context import Context
>>> case = Case.from_parts(CaseInfo("t"), [Actor("p", "Consulent", roles=(Role.CASE_HANDLER,))])
>>> [f.code for f in check(Context.of(case))]
['LEARNING_NO_RULE_OWNER']
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from mapper.checks._util import finding
from mapper.context import Context
from mapper.findings import Finding, Severity
from models import ActorKind, Power, RelationKind, Role

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
        if Role.RULE_OWNER in a.roles or auth.grant(a.id, Power.SET_RULES) is not None
    ]
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
    return finding(
        "LEARNING_NO_RULE_OWNER",
        7,
        Severity.WARNING,
        ("No rule owner on the map", "Geen eigenaar van de regels op de kaart"),
        (
            "No actor owns the rules (role rule owner, or the power to set rules), so lessons "
            "from the case have nowhere to go.",
            "Geen actor is eigenaar van de regels (rol eigenaar regel, of de bevoegdheid regels "
            "vast te stellen); lessen uit de casus kunnen nergens heen.",
        ),
        (
            "Name who owns the policy rule that fails in this case.",
            "Benoem wie eigenaar is van de beleidsregel die in deze casus knelt.",
        ),
    )


def _no_path(ctx: Context, lost: list[str], owners: list[str]) -> Finding:
    g = ctx.graphs
    return finding(
        "LEARNING_NO_FEEDBACK_PATH",
        7,
        Severity.CRITICAL,
        (
            "The case does not find its way back to the rule",
            "De casus vindt de weg niet terug naar de regel",
        ),
        (
            f"No feedback, signal or escalation route leads from {g.names(lost)} to a rule owner "
            f"({g.names(owners[:5])}); the next family will hit the same rule.",
            f"Geen terugkoppel-, signaal- of escalatieroute leidt van {g.names(lost)} naar een "
            f"eigenaar van de regels ({g.names(owners[:5])}); het volgende gezin loopt tegen "
            "dezelfde regel aan.",
        ),
        (
            "Organise a light feedback loop: a periodic case review where the rule owner hears "
            "which rules pinched - not an evaluation of every exception.",
            "Organiseer een lichte terugkoppeling: een periodieke casusreflectie waar de "
            "regeleigenaar hoort welke regels knelden - geen evaluatie van elke uitzondering.",
        ),
        actors=[*lost, *owners[:5]],
    )


def _single(ctx: Context, gatekeeper: str, handlers: list[str]) -> Finding:
    g = ctx.graphs
    name = g.name(gatekeeper)
    return finding(
        "LEARNING_SINGLE_PERSON",
        7,
        Severity.WARNING,
        (f"Learning runs through {name} alone", f"Leren loopt alleen via {name}"),
        (
            f"Every feedback route from {g.names(handlers)} to a rule owner passes {name}; if "
            f"{name} does not pass the lesson on, the rule stays as it is.",
            f"Elke terugkoppelroute van {g.names(handlers)} naar een regeleigenaar loopt via "
            f"{name}; geeft {name} de les niet door, dan blijft de regel zoals hij is.",
        ),
        (
            "Add a second feedback route, e.g. directly from the team to the policy adviser.",
            "Leg een tweede terugkoppelroute, bijvoorbeeld direct van het team naar de "
            "beleidsadviseur.",
        ),
        actors=[gatekeeper, *handlers],
    )


def _external(ctx: Context, external: list[str]) -> Finding:
    g = ctx.graphs
    shown = external[:6]
    more = len(external) - len(shown)
    tail_en = f" and {more} more" if more else ""
    tail_nl = f" en nog {more}" if more else ""
    return finding(
        "LEARNING_EXTERNAL_SIGNALS_LOST",
        7,
        Severity.WARNING,
        (
            "Partners' and oversight signals never reach a rule owner",
            "Signalen van partners en toezicht bereiken geen regeleigenaar",
        ),
        (
            f"No feedback, signal or escalation route leads from {g.names(shown)}{tail_en} to "
            "anyone who owns the rules; what they see go wrong is not learned from.",
            f"Geen terugkoppel-, signaal- of escalatieroute leidt van {g.names(shown)}{tail_nl} "
            "naar iemand die eigenaar is van de regels; wat zij zien misgaan wordt niet geleerd.",
        ),
        (
            "Invite partners and the ombudsman to the periodic case review.",
            "Nodig partners en de ombudsman uit bij de periodieke casusreflectie.",
        ),
        actors=external,
    )
