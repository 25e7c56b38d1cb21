"""A finding that stands for several of one shape (mapper.repeats, issue 14) in the app: one
row in the Findings dock, and choosing it selects every member on the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.mapper.test_repeats import _teams
from tests.ui.docks_support import docks_window_on, english_ui  # noqa: F401
from ui.docks import FindingsDock
from ui.document.controller import DocumentController

pytestmark = pytest.mark.usefixtures("english_ui")


def test_a_grouped_finding_is_one_row_and_selects_every_member(qtbot: QtBot) -> None:
    # twelve teams whose team leader does triage without a mandate: one grouped finding
    controller = DocumentController(_teams(12))
    docks_window = docks_window_on(qtbot, controller)
    dock = docks_window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    dock.raise_()
    rows = [i for i in dock.finding_items() if "triage task" in i.text()]
    assert len(rows) == 1  # not twelve
    assert rows[0].text().endswith("and nine others")
    index = rows[0].index()
    dock.view.scrollTo(index)
    QTest.mouseClick(
        dock.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        dock.view.visualRect(index).center(),
    )
    assert set(controller.selection) == {f"t{i:02d}" for i in range(12)}
    assert "the Teamleider 01, the Teamleider 02" in dock.detail.toPlainText()
