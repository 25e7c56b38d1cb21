"""A valid map whose register of deviations is almost certainly wrong is said, located and in
both languages, never refused (hostile review 5, C10): a deviation that departs from nothing,
one dated before its rule was introduced or after today, a rule introduced after today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models import Deviation, EntityKind, Rule
from models.example import example_case
from models.fileformat import save
from models.notices import map_notices, render_dates
from ui.cli import main

TODAY = date(2026, 12, 3)


def _slips() -> object:
    case = example_case()
    case.add(EntityKind.DEVIATION, Deviation("dv9", date(2026, 5, 1), "manager_wi"))
    case.add(EntityKind.DEVIATION, Deviation("dv8", date(1900, 1, 1), "manager_wi", "rl1"))
    case.add(EntityKind.DEVIATION, Deviation("dv7", date(2999, 1, 1), "manager_wi", "rl1"))
    case.add(EntityKind.RULE, Rule("rl9", "Tweede toets vooraf", introduced=date(2999, 1, 1)))
    return case


def test_the_example_has_no_such_slip() -> None:
    assert map_notices(example_case(), TODAY) == []


def test_each_slip_is_located_and_said_in_both_languages() -> None:
    notices = map_notices(_slips(), TODAY)  # type: ignore[arg-type]
    assert [(n.location, n.key) for n in notices] == [
        ("rules[id=rl9].introduced", "rule_after_today"),
        ("deviations[id=dv9].rule", "deviation_no_rule_no_need"),
        ("deviations[id=dv8].date", "deviation_before_rule"),
        ("deviations[id=dv7].date", "deviation_after_today"),
    ]
    nl = [render_dates(n, "nl").render("nl") for n in notices]
    en = [render_dates(n, "en").render("en") for n in notices]
    assert "wordt ingevoerd op 1 januari 2999, na vandaag (3 december 2026)" in nl[0]
    assert 'de afwijking "dv9" noemt geen regel waarvan zij afwijkt en geen besluit' in nl[1]
    assert (
        'heeft de datum 1 januari 1900, vóór de invoering van de regel "Vier handtekeningen bij '
        'bijzondere bijstand boven de norm" (1 april 2024)'
    ) in nl[2]
    assert "heeft de datum 1 januari 2999, na vandaag (3 december 2026)" in nl[3]
    assert "is introduced on 1 January 2999, after today (3 December 2026)" in en[0]
    assert "names neither the rule it departs from nor the decision it served" in en[1]
    assert "before the rule" in en[2]
    assert "after today" in en[3]


@pytest.mark.parametrize(("lang", "word"), [("nl", "waarschuwing"), ("en", "warning")])
def test_validate_says_them_and_still_calls_the_map_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, word: str
) -> None:
    path = tmp_path / "slips.kvmap"
    save(_slips(), path)  # type: ignore[arg-type]
    assert main(["--lang", lang, "validate", str(path)]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if f": {word}: " in line]
    assert len(said) == 4, said
    assert all(line.startswith(f"{path}: {word}: ") for line in said)
    assert any("deviations[id=dv7].date" in line for line in said), said
