""" "Not connected to anyone" counts mandates and agreements as connections (new user, sixth
round 5: the warning named an actor a mandate arrow runs to), both ways."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mapper.checks import structure
from mapper.context import Context
from models import Actor, Agreement, CaseInfo, Mandate, Organisation, PowerCategory
from models.legacy import assemble
from tests.mapper.cases import M

COLLEGE = Actor("college", "College", organisation="gem")
JURIST = Actor("jurist", "Jurist Wonen", organisation="gem")
LONE = Actor("lone", "Alleen")
CORP = Actor("corp", "Woningcorporatie", organisation="wc")
ORGS = [Organisation("gem", "Gemeente"), Organisation("wc", "Corporatie")]


def _isolated(
    actors: list[Actor],
    mandates: list[Mandate] | None = None,
    agreements: list[Agreement] | None = None,
    held: Mapping[str, Iterable[PowerCategory]] | None = None,
) -> list[str]:
    case = assemble(
        CaseInfo("t"),
        actors,
        mandates=mandates or [],
        held=held,
        organisations=ORGS,
        agreements=agreements or [],
    )
    found = structure.check(Context.of(case))
    return sorted(a for f in found if f.code == "STRUCTURE_ISOLATED_ACTOR" for a in f.actors)


def test_a_mandate_connects_its_grantor_and_holder_and_no_one_else() -> None:
    mandate = M("m1", "college", "jurist", PowerCategory.TRIAGE)
    held = {"college": (PowerCategory.TRIAGE,)}
    assert _isolated([COLLEGE, JURIST, LONE], mandates=[mandate], held=held) == ["lone"]
    assert _isolated([COLLEGE, JURIST, LONE], held=held) == ["college", "jurist", "lone"]


def test_an_agreement_connects_its_decider_and_its_parties_members() -> None:
    agreement = Agreement("g1", "Convenant", parties=("gem", "wc"), decider="college")
    with_it = _isolated([COLLEGE, CORP, LONE], agreements=[agreement])
    assert with_it == ["lone"]
    no_decider = Agreement("g1", "Convenant", parties=("gem", "wc"))
    without = _isolated([COLLEGE, CORP, LONE], agreements=[no_decider])
    assert without == ["college", "corp", "lone"]
