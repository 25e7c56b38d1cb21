"""The compare list names powers and agreements by their names, as the mandates already are,
never by their internal ids ("g2", "moratorium"; new user, sixth round 2)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from mapper.diff import diff_cases
from models import Case
from models.example import example_case
from models.i18n import Lang
from ui.dialogs.compare_dialog import CompareDialog
from ui.document.controller import DocumentController


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_powers_and_agreements_are_listed_by_name(qtbot: QtBot, lang: Lang) -> None:
    after = example_case()
    power = next(iter(after.powers))
    agreement = list(after.agreements)[-1]
    before = Case.from_parts(
        after.info,
        list(after.actors),
        list(after.relationships),
        list(after.mandates),
        list(after.needs),
        organisations=list(after.organisations),
        powers=[replace(p, name="Oude naam") if p.id == power.id else p for p in after.powers],
        agreements=[g for g in after.agreements if g.id != agreement.id],
    )
    controller = DocumentController()
    controller.replace_case(after, None)
    dialog = CompareDialog(diff_cases(before, after), before, controller, "eerder", lang)
    qtbot.addWidget(dialog)
    agreements = dialog.entries("agreements")
    powers = dialog.entries("powers")
    assert [name for name, _ in agreements] == [agreement.name], agreements
    assert [name for name, _ in powers] == [power.name], powers
    assert agreement.id not in agreements[0][0]
    assert power.id not in powers[0][0]
