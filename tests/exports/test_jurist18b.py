"""rev-jurist17's and rev-jurist17b's rests on the example's and the youth-care nota (issue 14,
session 18): R8, R10, N5, N6. Each test fails on the wording before it."""

from __future__ import annotations

from functools import cache

from exports.decisions import decision_points
from mapper import analyse
from mapper.analysis import Analysis
from models.enums import EntityKind
from models.example import example_case


@cache
def _example() -> Analysis:
    return analyse(example_case())


def _now(points: list[str]) -> str:
    return next(p for p in points if "daartoe gemandateerd is:" in p or "decides now:" in p)


def test_who_decides_now_does_not_decide_the_bezwaar_against_it() -> None:
    # R8: Beslispunt 5 has the manager Werk en Inkomen decide the € 4.200 now, and he holds the
    # mandate to decide bezwaren too: a bezwaar against his decision goes to someone else
    # (art. 10:3 lid 3 Awb), as §5.12 and the risk line say
    nl = _now(decision_points(example_case(), _example(), "nl"))
    assert nl.endswith(
        "de manager Werk en Inkomen (€ 4.200, afwijking van de beleidsregel), en op een bezwaar "
        "tegen het besluit van de manager een ander dan de manager te laten beslissen "
        "(art. 10:3 lid 3 Awb)"
    ), nl
    en = _now(decision_points(example_case(), _example(), "en"))
    assert en.endswith(
        ", and to have someone other than the manager decide on an objection to the decision "
        "of the manager (Awb 10:3(3))"
    ), en


def test_no_bezwaar_clause_where_no_decider_holds_the_bezwaar_mandate() -> None:
    # without the manager's mandate to decide bezwaren, nothing to say on art. 10:3 lid 3
    case = example_case()
    bezwaar = next(m.id for m in case.mandates if str(m.power) == "beslissen_bezwaar")
    case.remove(EntityKind.MANDATE, bezwaar)
    nl = _now(decision_points(case, analyse(case), "nl"))
    assert "bezwaar" not in nl, nl
    assert nl.endswith("(€ 4.200, afwijking van de beleidsregel)"), nl
