"""Several decisions without a handler: the advice asks for a handler for each of them, not
"wijs een behandelaar aan voor dit besluit" under a heading that names ten (issue 14,
rev-jurist15 J18, 2,000-actor nota p7)."""

from __future__ import annotations

from mapper.analysis import analyse
from models import Case, CaseInfo, Need


def _case() -> Case:
    needs = [Need(f"n{i}", f"Besluit {i}") for i in range(1, 6)]
    return Case.from_parts(CaseInfo("vijf besluiten"), [], needs=needs)


def test_the_cause_and_the_group_ask_for_each_decision() -> None:
    analysis = analyse(_case())
    [cause] = [c for c in analysis.causes if "behandelt" in c.title.nl]
    assert cause.suggestion.nl == "Wijs voor elk van deze besluiten een behandelaar aan."
    assert cause.suggestion.en == "Name a handler for each of these decisions."
    [group] = [f for f in analysis.findings if f.code == "NEED_NO_HANDLER"]
    assert "dit besluit" not in group.suggestion.nl
