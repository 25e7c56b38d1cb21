"""What the templates share: the municipality's own people and lines, the decision on
objections, and numbered relationships."""

from __future__ import annotations

from models.entities import Actor, Mandate, Power, Relationship
from models.enums import (
    ActorKind,
    MandateRule,
    PowerCategory,
    Practice,
    RelationKind,
    Role,
    RuleType,
)

__all__ = ["CHAIN", "OBJECTION_MANDATE", "OBJECTION_POWER", "Tie", "municipality", "ties"]

#: (source, target, kind, level, label); level is how much source trusts target for trust
Tie = tuple[str, str, RelationKind, int, str]

#: The line of command down from the manager and of accountability up to the council.
CHAIN: list[Tie] = [
    ("manager", "teamleider", RelationKind.HIERARCHY, 1, ""),
    ("teamleider", "consulent", RelationKind.HIERARCHY, 1, ""),
    ("consulent", "teamleider", RelationKind.ACCOUNTABILITY, 1, ""),
    ("teamleider", "manager", RelationKind.ACCOUNTABILITY, 1, ""),
    ("manager", "college", RelationKind.ACCOUNTABILITY, 1, ""),
    ("college", "raad", RelationKind.ACCOUNTABILITY, 1, ""),
]

#: The college decides on objections; Legal Affairs does so in mandate.
OBJECTION_POWER = Power(
    "beslissen_bezwaar",
    "Beslissen op bezwaar",
    PowerCategory.DECIDE_OBJECTION,
    "Awb art. 7:11",
    RuleType.STATUTE,
    "college",
    MandateRule.ALLOWED,
    "Niet gemandateerd aan wie het bestreden besluit in mandaat nam (art. 10:3 lid 3 Awb).",
)
OBJECTION_MANDATE = Mandate(
    "m5",
    "college",
    "jz",
    "beslissen_bezwaar",
    "Beslissen op bezwaar",
    sub_mandate_levels=0,
    legal_basis="Mandaatbesluit bezwaar",
)


def municipality(
    *,
    alderman: str,
    manager: str,
    team_lead: str,
    caseworker: str,
    alderman_interest: int = 3,
    council_interest: int = 2,
) -> list[Actor]:
    """The municipality's own people, in this order: the college, the alderman (who is no
    public body of their own), the council, the manager, the team lead who triages, the
    caseworker who handles the case and the team lead of Legal Affairs."""
    k = ActorKind
    return [
        Actor(
            "college",
            "College van B&W",
            k.ADMINISTRATOR,
            organisation="gemeente",
            influence=5,
            interest=2,
        ),
        Actor(
            "wethouder",
            alderman,
            k.ADMINISTRATOR,
            organisation="gemeente",
            influence=4,
            interest=alderman_interest,
            stance=1,
            public_body=False,
        ),
        Actor(
            "raad",
            "Gemeenteraad",
            k.COUNCIL,
            organisation="gemeente",
            influence=4,
            interest=council_interest,
        ),
        Actor("manager", manager, k.MANAGER, organisation="gemeente", influence=4, interest=3),
        Actor(
            "teamleider",
            team_lead,
            k.MANAGER,
            organisation="gemeente",
            influence=3,
            interest=4,
            roles=(Role.TRIAGE,),
        ),
        Actor(
            "consulent",
            caseworker,
            k.PROFESSIONAL,
            organisation="gemeente",
            influence=2,
            interest=5,
            stance=2,
            roles=(Role.CASE_HANDLER,),
        ),
        Actor(
            "jz",
            "Teamleider Juridische Zaken",
            k.MANAGER,
            organisation="gemeente",
            influence=2,
            interest=1,
        ),
    ]


def ties(rows: list[Tie], practice: dict[int, Practice] | None = None) -> list[Relationship]:
    """Relationships ``r1``, ``r2``, … from ``rows`` (``practice`` by row number, from 1)."""
    practice = practice or {}
    return [
        Relationship(
            f"r{n}",
            source,
            target,
            kind,
            level=level,
            label=label,
            practice=practice.get(n, Practice.BOTH),
        )
        for n, (source, target, kind, level, label) in enumerate(rows, start=1)
    ]
