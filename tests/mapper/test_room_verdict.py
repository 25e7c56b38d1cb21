"""The room check decides before it words (issue 15): :func:`_power_verdict` says which
finding a power of a need gives and whom it names, with no text; ``_power_finding`` words it.
The maps are those of tests/mapper/test_checks_decisions.py (college, manager, lead, pro)."""

from __future__ import annotations

import pytest

from mapper.checks._room_reach import _Holders, _Reach
from mapper.checks.room import _power_verdict, _Verdict
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Severity
from models import Mandate, Need, PowerCategory, Urgency
from tests.mapper.cases import M
from tests.mapper.test_checks_decisions import _room_case


def _verdict(mandates: list[Mandate], need: Need) -> _Verdict | None:
    ctx = Context.of(_room_case(mandates, need))
    holders = _Holders(ctx)
    key = str(need.power)
    anyone, enough = holders.of(key, None, need.deviates), holders.of(key, need.budget)
    return _power_verdict(need, need.budget, _Reach(ctx), anyone, enough, push=False)


def test_nobody_holding_the_power() -> None:
    need = Need("n1", "Boete kwijtschelden", PowerCategory.IMPOSE_FINE, handler="pro")
    verdict = _verdict([], need)
    assert verdict is not None
    assert (verdict.code, verdict.severity, verdict.named) == (
        Code.NEED_NO_HOLDER,
        Severity.CRITICAL,
        [],
    )


def test_a_small_budget_nearby_and_enough_nearby() -> None:
    need = Need("n1", "Noodbudget", PowerCategory.SPEND_BUDGET, budget=5000.0, handler="pro")
    small = M("m1", "college", "lead", PowerCategory.SPEND_BUDGET, budget=1000.0)
    verdict = _verdict([small], need)
    assert verdict is not None
    assert verdict.code is None  # worded by _budget_short_nearby
    assert "lead" in verdict.near
    enough = M("m2", "college", "manager", PowerCategory.SPEND_BUDGET, budget=9000.0)
    assert _verdict([small, enough], need) is None


@pytest.mark.parametrize(
    ("urgency", "severity"), [(Urgency.HIGH, Severity.CRITICAL), (Urgency.MEDIUM, Severity.WARNING)]
)
def test_a_holder_far_from_the_case(urgency: Urgency, severity: Severity) -> None:
    need = Need("n1", "Afwijken", PowerCategory.DEVIATE_FROM_RULE, handler="pro", urgency=urgency)
    verdict = _verdict([], need)
    assert verdict is not None
    assert (verdict.code, verdict.severity) == (Code.NEED_HOLDER_FAR, severity)
    assert verdict.path is not None
    assert (verdict.path[0], verdict.path[-1]) == ("pro", "college")
    assert set(verdict.path) <= verdict.visible
