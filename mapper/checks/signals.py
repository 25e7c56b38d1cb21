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
>>> sorted(f.code for f in check(Context.of(case)))
['SIGNAL_NO_DECIDER', 'TRIAGE_NOT_ORGANISED']
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from mapper.checks._util import finding, path_phrase
from mapper.context import Context
from mapper.findings import Finding, Severity
from mapper.graph import SIGNAL_KINDS
from models import ActorKind, Power, Role

__all__ = ["DECIDING_POWERS", "SIGNAL_STEPS", "check"]

SIGNAL_STEPS = 3
DECIDING_POWERS = (Power.TRIAGE, Power.DEVIATE_FROM_RULE, Power.SUSPEND_ROUTINE)
_SINK = "\x00deciders"


def check(ctx: Context) -> list[Finding]:
    """Triage organised, outside signals reaching deciders, oversight reaching administrators."""
    g = ctx.graphs
    if not g.actors:
        return []
    found: list[Finding] = []
    auth = ctx.authority
    deciders = list(dict.fromkeys(a for p in DECIDING_POWERS for a in auth.holders(p)))
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
    if not with_role and not auth.holders(Power.TRIAGE):
        return [
            finding(
                "TRIAGE_NOT_ORGANISED",
                2,
                Severity.WARNING,
                ("Nobody does triage", "Niemand doet triage"),
                (
                    "No actor has the triage role or a triage mandate; it is unclear who decides "
                    "that a case does not fit the routine.",
                    "Geen actor heeft de triagerol of een triagemandaat; onduidelijk is wie "
                    "besluit dat een casus niet in de routine past.",
                ),
                (
                    "Give someone close to the case the triage role and a triage mandate.",
                    "Geef iemand dicht bij de casus de triagerol en een triagemandaat.",
                ),
            )
        ]
    return [
        finding(
            "TRIAGE_ROLE_WITHOUT_MANDATE",
            2,
            Severity.WARNING,
            (
                f"{g.name(a)} does triage without a mandate",
                f"{g.name(a)} doet triage zonder mandaat",
            ),
            (
                f"{g.name(a)} has the triage role but no valid triage mandate in this practice, "
                "so the decision that the routine does not fit has no footing.",
                f"{g.name(a)} heeft de triagerol maar geen geldig triagemandaat in deze "
                "werkwijze; het besluit dat de routine niet past heeft dan geen basis.",
            ),
            (
                f"Grant {g.name(a)} a written triage mandate.",
                f"Verleen {g.name(a)} een schriftelijk triagemandaat.",
            ),
            actors=[a],
        )
        for a in with_role
        if auth.grant(a, Power.TRIAGE) is None
    ]


def _no_decider(ctx: Context, sources: tuple[str, ...]) -> Finding:
    return finding(
        "SIGNAL_NO_DECIDER",
        2,
        Severity.CRITICAL,
        (
            "Nobody may decide that deviation is needed",
            "Niemand mag besluiten dat afwijken nodig is",
        ),
        (
            "No actor holds triage, deviate-from-rule or suspend-routine power (by law or valid "
            "mandate), so no signal can lead to a decision to deviate.",
            "Geen actor heeft triage-, afwijk- of opschortbevoegdheid (van rechtswege of met "
            "geldig mandaat); geen signaal kan dus tot een besluit om af te wijken leiden.",
        ),
        (
            "Map the body that holds these powers and mandate them to someone who receives "
            "signals.",
            "Breng het orgaan met deze bevoegdheden in kaart en mandateer ze aan iemand die "
            "signalen ontvangt.",
        ),
        actors=sources,
    )


def _unheard(ctx: Context, source: str) -> Finding:
    g = ctx.graphs
    name = g.name(source)
    citizen = g.actors[source].kind == ActorKind.CITIZEN
    return finding(
        "SIGNAL_UNHEARD",
        2,
        Severity.CRITICAL if citizen else Severity.WARNING,
        (
            f"Signals of {name} reach nobody who may decide",
            f"Signalen van {name} bereiken niemand die mag beslissen",
        ),
        (
            f"No signal, escalation or reporting route leads from {name} to an actor who may "
            "decide that deviation is needed (triage, deviate or suspend power).",
            f"Geen signaal-, escalatie- of rapportageroute leidt van {name} naar een actor die "
            "mag besluiten dat afwijken nodig is (triage-, afwijk- of opschortbevoegdheid).",
        ),
        (
            f"Agree where {name} can go with a signal, and draw that line.",
            f"Spreek af waar {name} met een signaal terecht kan, en teken die lijn.",
        ),
        actors=[source],
    )


def _long(ctx: Context, source: str, path: list[str]) -> Finding:
    g = ctx.graphs
    steps = len(path) - 1
    return finding(
        "SIGNAL_LONG_PATH",
        2,
        Severity.WARNING,
        (
            f"Signals of {g.name(source)} need {steps} steps to reach a decider",
            f"Signalen van {g.name(source)} hebben {steps} stappen nodig tot een beslisser",
        ),
        (
            f"The shortest route is {path_phrase(g, path)}; every step delays the signal and "
            "may lose it.",
            f"De kortste route is {path_phrase(g, path)}; elke stap vertraagt het signaal en kan "
            "het laten verdwijnen.",
        ),
        (
            f"Shorten the route: a triage mandate or direct line near {g.name(path[1])}.",
            f"Verkort de route: een triagemandaat of directe lijn bij {g.name(path[1])}.",
        ),
        actors=path,
    )


def _gatekeeper(ctx: Context, gatekeeper: str, sources: list[str]) -> Finding:
    g = ctx.graphs
    name = g.name(gatekeeper)
    return finding(
        "SIGNAL_SINGLE_PERSON",
        2,
        Severity.WARNING,
        (f"Signals depend on {name} alone", f"Signalen hangen af van {name} alleen"),
        (
            f"Every route from {g.names(sources)} to someone who may decide runs through {name}. "
            f"If {name} is absent or misses it, the signal is lost.",
            f"Elke route van {g.names(sources)} naar iemand die mag beslissen loopt via {name}. "
            f"Is {name} afwezig of mist die het, dan gaat het signaal verloren.",
        ),
        (
            f"Give them a second route, e.g. a colleague or a triage desk next to {name}.",
            f"Geef hen een tweede route, bijvoorbeeld een collega of een triagepunt naast {name}.",
        ),
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
        name = g.name(o)
        found.append(
            finding(
                "SIGNAL_OVERSIGHT_NO_ADMINISTRATOR",
                2,
                Severity.WARNING,
                (
                    f"{name}'s signals reach no administrator",
                    f"Signalen van {name} bereiken geen bestuurder",
                ),
                (
                    f"No route leads from {name} to an administrator, so complaints and "
                    "findings about the routine stay below the political level.",
                    f"Geen route leidt van {name} naar een bestuurder; klachten en bevindingen "
                    "over de routine blijven onder het bestuurlijke niveau.",
                ),
                (
                    f"Have {name} report to the responsible administrator.",
                    f"Laat {name} rapporteren aan de verantwoordelijke bestuurder.",
                ),
                actors=[o],
            )
        )
    return found
