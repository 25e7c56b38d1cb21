"""Cases for the export tests: one with every field set, and helpers to compare cases."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from benchmarks.generate import generate_case
from exports import anonymise_titled
from mapper.analysis import Analysis, analyse
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    Instrument,
    Mandate,
    Need,
    Position,
    PowerCategory,
    Practice,
    RelationKind,
    Role,
    Scope,
    Sphere,
    Urgency,
)
from models.entities import Relationship
from models.fileformat import case_to_dict
from models.legacy import assemble

HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def full_case() -> Case:
    """A small case that sets every field of every entity, with hostile-looking text."""
    actors = [
        Actor(
            "a1",
            "=cmd|' /C calc'!A0",
            ActorKind.ADMINISTRATOR,
            None,
            "Gemeente",
            5,
            4,
            1,
            None,
            (Role.RULE_OWNER,),
            ("bestuur", "college"),
            "Politiek",
            "Notes with\nnewline; and | pipe-free",
            Position(10.5, -20.25),
        ),
        Actor(
            "a2",
            "Consulent Anna",
            ActorKind.PROFESSIONAL,
            Sphere.ADMINISTRATIVE,
            "Wijkteam",
            2,
            5,
            2,
            False,
            (Role.CASE_HANDLER, Role.TRIAGE),
            ("+31 6",),
            "",
            "",
            Position(300, 80),
        ),
        Actor(
            "a3",
            "Woningcorporatie 'Thuis' <b>&amp;</b>",
            ActorKind.PARTNER,
            None,
            "",
            3,
            2,
            -1,
            True,
            (),
            (),
            "Partners",
            "@mention",
            Position(-150, 200),
        ),
        Actor(
            "a4", "Mevrouw Jansen", ActorKind.CITIZEN, None, "", 0, 5, 0, None, (), (), "", "", None
        ),
    ]
    rels = [
        Relationship(
            "r1",
            "a2",
            "a1",
            RelationKind.ACCOUNTABILITY,
            1,
            Practice.ROUTINE,
            "-verantwoording",
            "notes r1",
        ),
        Relationship("r2", "a1", "a2", RelationKind.TRUST, -2, Practice.MAATWERK, "", ""),
        Relationship("r3", "a1", "a2", RelationKind.HIERARCHY, 1, Practice.BOTH, "stuurt", ""),
        Relationship("r4", "a3", "a2", RelationKind.COLLABORATION, 2, Practice.BOTH, "", "x"),
        Relationship("r5", "a4", "a2", RelationKind.SIGNAL, 0, Practice.MAATWERK, "", ""),
    ]
    mandates = [
        Mandate(
            "m1",
            "a1",
            "a2",
            PowerCategory.DEVIATE_FROM_RULE,
            "Afwijken tot €5000",
            Instrument.MANDATE,
            Scope.CASE,
            5000.5,
            1,
            False,
            None,
            "Awb 10:1",
            date(2026, 1, 1),
            date(2026, 12, 31),
            Practice.MAATWERK,
            True,
            True,
        ),
        Mandate(
            "m2",
            "a1",
            "a3",
            PowerCategory.SPEND_BUDGET,
            "",
            Instrument.DELEGATION,
            Scope.GENERAL,
            None,
            0,
            True,
            True,
            "",
            None,
            None,
            Practice.BOTH,
            False,
        ),
    ]
    needs = [
        Need(
            "n1",
            "=Ontruiming uitstellen",
            PowerCategory.SUSPEND_ROUTINE,
            4200.0,
            "a2",
            ("Gemeente", "Woningcorporatie"),
            Urgency.HIGH,
            "spoed",
            date(2026, 11, 1),
            True,
        ),
        Need("n2", "Schuld saneren", PowerCategory.OTHER, None, None, (), Urgency.LOW, ""),
    ]
    info = CaseInfo(
        "Casus =1+1", "Wonen blijven", "Achtergrond\nmet regels", date(2026, 10, 1), "a1"
    )
    return assemble(info, actors, rels, mandates, needs)


@pytest.fixture
def case() -> Case:
    return full_case()


def as_dict(case: Case) -> dict[str, Any]:
    """The case as comparable data."""
    return case_to_dict(case)


@pytest.fixture(scope="module")
def mapped() -> tuple[Case, Analysis]:
    """A generated 120-actor case and its analysis, once per test module."""
    case = generate_case(120, seed=0)
    return case, analyse(case)


@pytest.fixture
def blind_cleaner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cleaner without its rule for "Haar stiefbroer, Mark de Vries": a leak gets past it,
    and only the pseudonym check stops it (on request; test_shared_gate15 uses it for all)."""
    monkeypatch.setattr(anonymise_titled, "_KIN_FIRST", re.compile(r"(?!)"))
