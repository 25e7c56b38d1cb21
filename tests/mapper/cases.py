"""Small named cases for the analysis tests, built in code."""

from __future__ import annotations

from datetime import date

import networkx as nx

from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Mandate,
    Need,
    Power,
    PowerCategory,
    RelationKind,
    Relationship,
    Role,
    RuleType,
    Urgency,
)
from models.legacy import assemble

AS_OF = date(2026, 10, 1)
START = date(2025, 1, 1)
ORG = "Gemeente Ooststad"


def case_from_graph(graph: nx.Graph, title: str = "graph") -> Case:
    """Every node an actor (id = name = str(node)), every edge a collaboration."""
    actors = [Actor(str(n), str(n)) for n in graph.nodes()]
    rels = [
        Relationship(f"r{i}", str(u), str(v), RelationKind.COLLABORATION)
        for i, (u, v) in enumerate(graph.edges(), start=1)
    ]
    return Case.from_parts(CaseInfo(title, as_of=AS_OF), actors, rels)


def R(rid: str, s: str, t: str, kind: RelationKind, level: int = 1) -> Relationship:
    """A relationship, briefly."""
    return Relationship(rid, s, t, kind, level=level)


def M(mid: str, g: str, h: str, power: PowerCategory, **kw: object) -> Mandate:
    """A written, valid mandate from 2025 on, briefly."""
    values: dict[str, object] = {"valid_from": START, "legal_basis": "Mandaatbesluit 2025"}
    values.update(kw)
    return Mandate(mid, g, h, power, **values)  # type: ignore[arg-type]


_H, _A, _S, _E = (
    RelationKind.HIERARCHY,
    RelationKind.ACCOUNTABILITY,
    RelationKind.SIGNAL,
    RelationKind.ESCALATION,
)
_F, _C, _T = RelationKind.FEEDBACK, RelationKind.COLLABORATION, RelationKind.TRUST


def well_organised() -> Case:
    """A municipality that organised mandates, backing, signals and learning well."""
    H, A, S, E = _H, _A, _S, _E  # noqa: N806
    F, C, T = _F, _C, _T  # noqa: N806
    p = PowerCategory
    actors = [
        Actor(
            "college",
            "College van B&W",
            ActorKind.ADMINISTRATOR,
            organisation=ORG,
            influence=5,
            interest=4,
            stance=2,
        ),
        Actor(
            "wethouder",
            "Wethouder Zorg en Inkomen",
            ActorKind.ADMINISTRATOR,
            organisation=ORG,
            influence=5,
            interest=5,
            stance=2,
            roles=(Role.COORDINATOR,),
        ),
        Actor(
            "raad",
            "Gemeenteraad",
            ActorKind.COUNCIL,
            organisation=ORG,
            influence=4,
            interest=3,
            stance=1,
        ),
        Actor(
            "secretaris",
            "Gemeentesecretaris",
            ActorKind.EXECUTIVE,
            organisation=ORG,
            influence=4,
            interest=3,
            stance=1,
        ),
        Actor(
            "manager",
            "Manager Sociaal Domein",
            ActorKind.MANAGER,
            organisation=ORG,
            influence=3,
            interest=4,
            stance=1,
        ),
        Actor(
            "teamleider",
            "Teamleider Wijkteam",
            ActorKind.MANAGER,
            organisation=ORG,
            influence=2,
            interest=4,
            stance=2,
            roles=(Role.TRIAGE,),
        ),
        Actor(
            "consulent",
            "Consulent Wijkteam",
            ActorKind.PROFESSIONAL,
            organisation=ORG,
            influence=1,
            interest=5,
            stance=2,
            roles=(Role.CASE_HANDLER,),
        ),
        Actor(
            "collega",
            "Collega-consulent",
            ActorKind.PROFESSIONAL,
            organisation=ORG,
            influence=1,
            interest=3,
            stance=1,
        ),
        Actor(
            "beleid",
            "Beleidsadviseur",
            ActorKind.PROFESSIONAL,
            organisation=ORG,
            influence=2,
            interest=3,
            stance=1,
            roles=(Role.RULE_OWNER,),
        ),
        Actor(
            "bezwaar",
            "Jurist bezwaar",
            ActorKind.PROFESSIONAL,
            organisation=ORG,
            influence=2,
            interest=1,
            stance=0,
        ),
        Actor(
            "corporatie",
            "Woningcorporatie",
            ActorKind.PARTNER,
            organisation="Corporatie",
            influence=4,
            interest=4,
            stance=1,
        ),
        Actor(
            "ggz",
            "GGZ-team",
            ActorKind.PARTNER,
            organisation="GGZ",
            influence=3,
            interest=3,
            stance=1,
        ),
        Actor("burger", "Inwoner", ActorKind.CITIZEN, influence=0, interest=5, stance=2),
        Actor(
            "ombudsman",
            "Ombudsman",
            ActorKind.OVERSIGHT,
            organisation="Ombudsman",
            influence=3,
            interest=2,
            stance=1,
        ),
    ]
    edges = [
        ("college", "secretaris", H),
        ("secretaris", "manager", H),
        ("manager", "teamleider", H),
        ("teamleider", "consulent", H),
        ("teamleider", "collega", H),
        ("manager", "beleid", H),
        ("secretaris", "bezwaar", H),
        ("consulent", "teamleider", A),
        ("collega", "teamleider", A),
        ("teamleider", "manager", A),
        ("manager", "secretaris", A),
        ("secretaris", "college", A),
        ("college", "raad", A),
        ("wethouder", "raad", A),
        ("bezwaar", "secretaris", A),
        ("burger", "consulent", S),
        ("burger", "teamleider", S),
        ("ggz", "consulent", S),
        ("ggz", "teamleider", S),
        ("corporatie", "teamleider", S),
        ("corporatie", "consulent", S),
        ("ombudsman", "wethouder", S),
        ("ombudsman", "raad", S),
        ("consulent", "teamleider", E),
        ("collega", "teamleider", E),
        ("teamleider", "manager", E),
        ("manager", "secretaris", E),
        ("consulent", "beleid", F),
        ("teamleider", "beleid", F),
        ("beleid", "wethouder", F),
        ("ombudsman", "beleid", F),
        ("corporatie", "beleid", F),
        ("ggz", "beleid", F),
        ("wethouder", "college", C),
        ("wethouder", "manager", C),
        ("wethouder", "secretaris", C),
        ("consulent", "ggz", C),
        ("consulent", "corporatie", C),
        ("teamleider", "corporatie", C),
        ("manager", "ggz", C),
        ("consulent", "collega", C),
    ]
    trusting = [
        ("wethouder", "secretaris"),
        ("secretaris", "manager"),
        ("manager", "teamleider"),
        ("teamleider", "consulent"),
        ("wethouder", "manager"),
        ("college", "secretaris"),
        ("consulent", "collega"),
    ]
    rels = [R(f"r{i}", s, t, k) for i, (s, t, k) in enumerate(edges, start=1)]
    n = len(rels)
    for i, (a, b) in enumerate(trusting):
        rels.append(R(f"r{n + 2 * i + 1}", a, b, T, 2))
        rels.append(R(f"r{n + 2 * i + 2}", b, a, T, 2))
    mandates = [
        M("m1", "college", "manager", p.DEVIATE_FROM_RULE, sub_mandate_levels=1),
        M("m2", "manager", "teamleider", p.DEVIATE_FROM_RULE),
        M("m3", "college", "teamleider", p.SUSPEND_ROUTINE),
        M(
            "m4", "college", "secretaris", p.SPEND_BUDGET, budget=500_000.0, sub_mandate_levels=2
        ),  # the college allows two levels below the secretary (10:9)
        M("m5", "secretaris", "manager", p.SPEND_BUDGET, budget=100_000.0),
        M("m6", "manager", "teamleider", p.SPEND_BUDGET, budget=10_000.0),
        M("m7", "college", "teamleider", p.TRIAGE),
        M("m8", "college", "consulent", p.TRIAGE),
        M("m9", "college", "bezwaar", p.DECIDE_OBJECTION),
        M("m10", "college", "manager", p.PUSH_THROUGH),
    ]
    needs = [
        Need(
            "n1",
            "Ontruiming aanhouden",
            p.SUSPEND_ROUTINE,
            handler="consulent",
            organisations=(ORG, "Corporatie"),
            urgency=Urgency.HIGH,
        ),
        Need(
            "n2",
            "Huurachterstand overnemen boven de norm",
            p.DEVIATE_FROM_RULE,
            budget=3000.0,
            handler="consulent",
            urgency=Urgency.HIGH,
        ),
        Need("n3", "Noodbudget", p.SPEND_BUDGET, budget=2000.0, handler="consulent"),
    ]
    info = CaseInfo(
        "Goed georganiseerd",
        intent="Het gezin blijft wonen; de gemeente doet wat nodig is.",
        as_of=AS_OF,
        intent_owner="wethouder",
    )
    held = {
        "college": (
            p.DEVIATE_FROM_RULE,
            p.SUSPEND_ROUTINE,
            p.SPEND_BUDGET,
            p.PUSH_THROUGH,
            p.TRIAGE,
            p.DECIDE_OBJECTION,
        ),
        "raad": (p.SET_RULES,),
    }
    # Staying an eviction is the corporation's own decision (private law), not a public-law
    # power: a rule of its own, reached through the collaboration with the case.
    own = Power(
        "corporatie_stay",
        "Ontruiming aanhouden",
        p.SUSPEND_ROUTINE,
        "Huurovereenkomst",
        RuleType.INTERNAL,
        holder="corporatie",
    )
    return assemble(info, actors, rels, mandates, needs, held=held, powers=[own])
