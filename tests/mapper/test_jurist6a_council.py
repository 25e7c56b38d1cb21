"""Jurist, sixth round J18: the college's line of account to the raad counts for its wethouder."""

from __future__ import annotations

from mapper import analyse
from models import Actor, ActorKind, Case, CaseInfo, RelationKind, Relationship
from tests.mapper.legal_cases import AS_OF, ORGS


def _codes(*rels: Relationship) -> set[str]:
    acts = [
        Actor("college", "College van B&W", ActorKind.ADMINISTRATOR, organisation="gem"),
        Actor(
            "wh", "Wethouder Werk", ActorKind.ADMINISTRATOR, organisation="gem", public_body=False
        ),
        Actor("raad", "Gemeenteraad", ActorKind.COUNCIL, organisation="gem"),
        Actor("krant", "Dagblad", ActorKind.MEDIA, influence=5),
    ]
    info = CaseInfo("t", intent="Inwoner krijgt werk", as_of=AS_OF, intent_owner="wh")
    c = Case.from_parts(info, acts, list(rels), [], [], organisations=ORGS)
    return {f.code for f in analyse(c).findings}


def test_a_college_to_raad_line_of_account_counts_for_the_wethouder() -> None:
    line = Relationship("a1", "college", "raad", RelationKind.ACCOUNTABILITY)
    assert "SPHERES_COUNCIL_NOT_INFORMED" not in _codes(line)


def test_without_any_line_to_the_raad_the_finding_stays() -> None:
    other = Relationship("a1", "college", "krant", RelationKind.COLLABORATION)
    assert "SPHERES_COUNCIL_NOT_INFORMED" in _codes(other)
