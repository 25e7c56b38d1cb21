"""A block touched by a critical cause of another block is not green (new user, eleventh
round, A2): each cause counts once, in its main block, but green must mean nothing is wrong.
A block only touched by a warning of another block stays green and names it."""

from __future__ import annotations

from mapper.findings import Cause, Finding, Severity, Status, Text
from mapper.scorecard import scorecard


def _case(severity: Severity) -> tuple[list[Finding], list[Cause]]:
    title = Text("Nobody may decide", "Niemand mag beslissen")
    found = Finding("X", 4, severity, title, Text("d", "d"), Text("s", "s"), id="x1")
    cause = Cause(
        id="power:decide",
        title=title,
        detail=Text("d", "d"),
        suggestion=Text("s", "s"),
        severity=severity,
        rank=1,
        block=4,
        blocks=(3, 4),
        findings=("x1",),
    )
    return [found], [cause]


def test_a_block_touched_by_a_critical_cause_is_amber() -> None:
    rows = scorecard(*_case(Severity.CRITICAL))
    assert [r.status for r in rows[2:4]] == [Status.AMBER, Status.RED]
    assert rows[2].causes == ()  # the cause still counts once, in block 4
    assert rows[2].summary("nl") == (
        "Geen eigen oorzaken; wel geraakt door een kritieke oorzaak: Niemand mag beslissen "
        "(bouwsteen 4)."
    )
    assert rows[2].summary("en") == (
        "No causes of its own; touched by a critical cause: Nobody may decide (block 4)."
    )


def test_a_block_touched_by_a_warning_stays_green() -> None:
    rows = scorecard(*_case(Severity.WARNING))
    assert [r.status for r in rows[2:4]] == [Status.GREEN, Status.AMBER]
    assert rows[2].summary("nl") == (
        "Geen eigen oorzaken; wel geraakt door: Niemand mag beslissen (bouwsteen 4)."
    )
