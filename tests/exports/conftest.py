"""Cases for the export tests: one with every field set, and helpers to compare cases."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Instrument,
    Mandate,
    Need,
    Position,
    Power,
    Practice,
    RelationKind,
    Role,
    Scope,
    Sphere,
    Urgency,
)
from models.entities import Relationship
from models.fileformat import case_to_dict

HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def full_case() -> Case:
    """A small case that sets every field of every entity, with hostile-looking text."""
    actors = [
        Actor("a1", "=cmd|' /C calc'!A0", ActorKind.ADMINISTRATOR, None, "Gemeente", 5, 4, 1,
              (Power.DEVIATE_FROM_RULE, Power.SPEND_BUDGET), (Role.RULE_OWNER,),
              ("bestuur", "college"), "Politiek", "Notes with\nnewline; and | pipe-free",
              Position(10.5, -20.25)),
        Actor("a2", "Consulent Anna", ActorKind.PROFESSIONAL, Sphere.ADMINISTRATIVE, "Wijkteam",
              2, 5, 2, (), (Role.CASE_HANDLER, Role.TRIAGE), ("+31 6",), "", "", Position(300, 80)),
        Actor("a3", "Woningcorporatie 'Thuis' <b>&amp;</b>", ActorKind.PARTNER, None, "", 3, 2,
              -1, (), (), (), "Partners", "@mention", Position(-150, 200)),
        Actor("a4", "Mevrouw Jansen", ActorKind.CITIZEN, None, "", 0, 5, 0, (), (), (), "", "",
              None),
    ]  # fmt: skip
    rels = [
        Relationship("r1", "a2", "a1", RelationKind.ACCOUNTABILITY, 1, Practice.ROUTINE,
                     "-verantwoording", "notes r1"),
        Relationship("r2", "a1", "a2", RelationKind.TRUST, -2, Practice.MAATWERK, "", ""),
        Relationship("r3", "a1", "a2", RelationKind.HIERARCHY, 1, Practice.BOTH, "stuurt", ""),
        Relationship("r4", "a3", "a2", RelationKind.COLLABORATION, 2, Practice.BOTH, "", "x"),
        Relationship("r5", "a4", "a2", RelationKind.SIGNAL, 0, Practice.MAATWERK, "", ""),
    ]  # fmt: skip
    mandates = [
        Mandate("m1", "a1", "a2", Power.DEVIATE_FROM_RULE, "Afwijken tot €5000",
                Instrument.MANDATE, Scope.CASE, 5000.5, True, False, None, "Awb 10:1",
                date(2026, 1, 1), date(2026, 12, 31), Practice.MAATWERK),
        Mandate("m2", "a1", "a3", Power.SPEND_BUDGET, "", Instrument.DELEGATION, Scope.GENERAL,
                None, False, True, True, "", None, None, Practice.BOTH),
    ]  # fmt: skip
    needs = [
        Need("n1", "=Ontruiming uitstellen", Power.SUSPEND_ROUTINE, 4200.0, "a2",
             ("Gemeente", "Woningcorporatie"), Urgency.HIGH, "spoed"),
        Need("n2", "Schuld saneren", Power.OTHER, None, None, (), Urgency.LOW, ""),
    ]  # fmt: skip
    info = CaseInfo("Casus =1+1", "Wonen blijven", "Achtergrond\nmet regels", date(2026, 10, 1),
                    "a1")  # fmt: skip
    return Case.from_parts(info, actors, rels, mandates, needs)


@pytest.fixture
def case() -> Case:
    return full_case()


def as_dict(case: Case) -> dict[str, Any]:
    """The case as comparable data."""
    return case_to_dict(case)
