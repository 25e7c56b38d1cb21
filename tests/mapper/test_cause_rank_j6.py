"""A critical legal defect of a mandate in use is never outranked by a warning (the lead's
decision on the tenth jurist's J6); every other cause keeps its order.

The tenth jurist read the example's "Eerst doen" with a waarschuwing (the Doorbraakafspraak)
as step 3 above three kritieke causes, one of them the sub-mandate the consulent decides
bijzondere bijstand on. The known answer for the example is in
``tests/mapper/test_causes.py::test_example_has_about_a_dozen_causes_and_the_right_first_three``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import mapper.causes
from mapper import analyse
from mapper.cause_rank import legal_in_use, mandates_in_use
from mapper.context import Context
from mapper.findings import Severity
from models import (
    Actor,
    ActorKind,
    Agreement,
    Case,
    CaseInfo,
    EntityKind,
    Mandate,
    Need,
    Organisation,
    Power,
    PowerCategory,
)
from models.example import example_case
from models.fileformat import load
from models.templates import template_case
from tests.exports.jurist5_map_c import map_c
from tests.exports.jurist7_maps import map_b, map_d
from tests.exports.jurist8_map_e import map_e
from tests.exports.jurist9_map_f import map_f
from tests.exports.jurist11_map_h import map_h

_DATA = Path(__file__).parent.parent / "exports" / "data"
_MAPS: dict[str, Callable[[], Case]] = {
    "example": example_case,
    "debt_eviction": lambda: template_case("debt_eviction"),
    "youth_care": lambda: template_case("youth_care"),
    "wmo": lambda: template_case("wmo"),
    "B": map_b,
    "C": map_c,
    "D": map_d,
    "E": map_e,
    "F": map_f,
    "G": lambda: load(_DATA / "jurist10_map_g.kvmap"),
    "G4": lambda: load(_DATA / "jurist10_map_g4.kvmap"),
    "H": map_h,
}


def _flagged(case: Case) -> set[str]:
    result = analyse(case)
    in_use = mandates_in_use(Context.of(case))
    by_id = {f.id: f for f in result.findings}
    return {c.id for c in result.causes if legal_in_use([by_id[i] for i in c.findings], in_use)}


@pytest.mark.parametrize("name", list(_MAPS))
def test_only_the_legal_defects_in_use_move(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the example, the templates and the jurists' maps: no critical legal defect in use
    ranks below a warning, and the other causes keep the order they had without the rule (so
    no critical cause of system learning drops below a warning)."""
    case = _MAPS[name]()
    ranked = analyse(case).causes
    flagged = _flagged(case)
    for i, cause in enumerate(ranked):
        if cause.id in flagged:
            assert all(c.severity == Severity.CRITICAL for c in ranked[:i]), (name, cause.id)
    monkeypatch.setattr(mapper.causes, "promote", lambda pairs: [c for c, _ in pairs])
    before = [c.id for c in analyse(case).causes]
    after = [c.id for c in ranked]
    assert [i for i in after if i not in flagged] == [i for i in before if i not in flagged]
    severity = {c.id: c.severity for c in ranked}
    for i, cid in enumerate(before):  # a critical cause above a warning stays above it
        if severity[cid] == Severity.CRITICAL:
            for later in before[i + 1 :]:
                if severity[later] != Severity.CRITICAL:
                    assert after.index(cid) < after.index(later), (name, cid, later)


def test_the_example_without_a_need_on_the_sub_mandate_keeps_the_agreement_third() -> None:
    """The same defect with no needed decision on it is not "in use": it keeps its place."""
    case = example_case()
    for need in ("n2", "n3"):  # the two decisions the consulent takes on the sub-mandate
        case.remove(EntityKind.NEED, need)
    result = analyse(case)
    defect = result.cause("power:bijzondere_bijstand")
    assert defect is not None
    assert defect.severity == Severity.CRITICAL
    assert result.summary.first[2] == "agreement:g2"
    agreement = result.cause("agreement:g2")
    assert agreement is not None
    assert agreement.rank < defect.rank


def _decider_case(decider_holds: bool) -> Case:
    """A need handled by a consulent; an agreement names a manager as its decider; the
    manager's mandate for the power was sub-mandated without leave (critical)."""
    power = Power("p", "Schuld saneren", PowerCategory.SPEND_BUDGET, "Participatiewet", holder="c")
    holder = "man" if decider_holds else "x"
    return Case.from_parts(
        CaseInfo("t", as_of=date(2026, 10, 1)),
        [
            Actor("c", "College", ActorKind.ADMINISTRATOR, organisation="o1"),
            Actor("s", "Secretaris", ActorKind.EXECUTIVE, organisation="o1"),
            Actor("man", "Manager", ActorKind.MANAGER, organisation="o1"),
            Actor("x", "Medewerker", ActorKind.PROFESSIONAL, organisation="o1"),
            Actor("k", "Consulent", ActorKind.PROFESSIONAL, organisation="o1"),
        ],
        organisations=[Organisation("o1", "Gemeente")],
        powers=[power],
        mandates=[
            Mandate("m1", "c", "s", "p", sub_mandate_levels=0, legal_basis="Mandaatbesluit"),
            Mandate("m2", "s", holder, "p", legal_basis="Ondermandaat"),
        ],
        needs=[Need("n1", "Saneren", "p", handler="k", organisations=("o1",))],
        agreements=[Agreement("g1", "Afspraak", parties=("o1",), decider="man", covers=("p",))],
    )


def test_a_mandate_the_agreements_decider_holds_is_in_use() -> None:
    assert mandates_in_use(Context.of(_decider_case(True))) == {"m1", "m2"}
    assert mandates_in_use(Context.of(_decider_case(False))) == frozenset()
