"""Jurist, fifth round J22: the council is never a link in a line of command or backing. The
college answers to it, and it has no line to a GR's bestuur; a GR's staff is backed from the
GR's dagelijks bestuur."""

from __future__ import annotations

from mapper.checks import trust
from mapper.context import Context
from models import Actor, ActorKind, RelationKind, Role
from tests.mapper.test_checks_relations import make, mutual

K = RelationKind
COLLEGE = Actor("college", "College van B&W", ActorKind.ADMINISTRATOR, public_body=True)
RAAD = Actor("raad", "Gemeenteraad", ActorKind.COUNCIL)
DB = Actor("db", "Dagelijks bestuur Werkbedrijf", ActorKind.ADMINISTRATOR, public_body=True)
DIR = Actor("dir", "Directeur Werkbedrijf", ActorKind.MANAGER)
PRO = Actor("pro", "Consulent Werkbedrijf", ActorKind.PROFESSIONAL, roles=(Role.CASE_HANDLER,))
RELS = [
    ("college", "raad", K.ACCOUNTABILITY, 1),
    ("db", "raad", K.ACCOUNTABILITY, 1),
    ("db", "dir", K.HIERARCHY, 1),
    ("dir", "pro", K.HIERARCHY, 1),
    *mutual("college", "raad"),
    *mutual("raad", "db"),
    ("db", "dir", K.TRUST, 1),
]


def test_the_backing_line_never_runs_through_the_council() -> None:
    case = make([COLLEGE, RAAD, DB, DIR, PRO], RELS, intent_owner="college")
    found = [f for f in trust.check(Context.of(case)) if f.code.startswith("TRUST_BACKING")]
    assert len(found) == 1
    assert found[0].actors[:3] == ("db", "dir", "pro")
    assert "raad" not in found[0].actors
    text = found[0].detail("nl")
    assert text.startswith(
        "Op de lijn van het dagelijks bestuur van het Werkbedrijf naar de consulent Werkbedrijf"
    ), text
    assert "Gemeenteraad" not in text


def test_a_council_that_is_the_top_still_starts_the_line() -> None:
    """The other way: where the council itself owns the intent, it heads the line."""
    case = make([RAAD, DB, DIR, PRO], [*RELS[1:4], ("db", "dir", K.TRUST, 1)], intent_owner="raad")
    found = [f for f in trust.check(Context.of(case)) if f.code.startswith("TRUST_BACKING")]
    assert len(found) == 1
    assert found[0].actors[0] == "raad"
