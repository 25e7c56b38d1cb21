"""The Findings list at 1366 x 768 shows more than two findings (new user at scale 15, G7: the
summary, three or four lines of sampling notes and grouped titles of five to seven lines left
room for one and a half findings): rows take at most three lines, the notes one line, and the
list has three quarters of the panel until a finding is chosen. The advice-first reading stays
(tests/ui/test_findings_advice_first.py: a chosen cause's "What to organise" reads whole)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from mapper.findings import Severity, Text
from tests.ui.docks_support import analysis_of, english_ui, finding  # noqa: F401
from tests.ui.window_support import open_window, settle
from ui.docks import FindingsDock
from ui.docks.findings import CAUSE_ROLE, FINDING_ROLE
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def _dock(qtbot: QtBot, window: QMainWindow) -> FindingsDock:
    dock = window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: bool(dock.cause_items()), timeout=60000)
    QApplication.processEvents()
    return dock


def whole_rows(dock: FindingsDock) -> list[str]:
    """The findings and causes whose rows the list shows whole."""
    view = dock.view
    port = view.viewport().rect()
    index = view.indexAt(port.topLeft())
    shown: list[str] = []
    while index.isValid() and view.visualRect(index).top() < port.bottom():
        about = index.data(FINDING_ROLE) or index.data(CAUSE_ROLE)
        if about is not None and port.contains(view.visualRect(index)):
            shown.append(str(index.data()))
        index = view.indexBelow(index)
    return shown


def test_the_example_shows_five_findings_at_1366(qtbot: QtBot, example_window: MainWindow) -> None:
    assert example_window.width() == 1366
    dock = _dock(qtbot, example_window)
    assert len(whole_rows(dock)) >= 5, whole_rows(dock)  # was two


@pytest.fixture
def generated(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    case = generate_case(300, seed=0)
    win = open_window(qtbot, tmp_path, DocumentController(case))
    yield win
    settle(win)


def test_a_generated_map_shows_five_findings_at_1366(qtbot: QtBot, generated: MainWindow) -> None:
    """Grouped titles ("…; the same holds for … and 20 other pairs") take three lines."""
    dock = _dock(qtbot, generated)
    rows = whole_rows(dock)
    assert len(rows) >= 5, rows
    line = dock.view.fontMetrics().lineSpacing()
    items = dock.cause_items() + dock.finding_items()
    assert max(dock.view.visualRect(i.index()).height() for i in items) <= 3 * line + 6


def test_the_notes_take_one_line(qtbot: QtBot, docks_window: QMainWindow) -> None:
    dock = docks_window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    dock.raise_()
    notes = (
        Text("Community detection skipped above 2000 actors.", "Overgeslagen."),
        Text(
            "Betweenness and closeness were estimated on a sample of 200 actors "
            "(k=200, random start 0); the ranking of the highest is reliable.",
            "Geschat.",
        ),
    )
    dock.set_analysis(analysis_of((finding("a", 2, Severity.INFO, "a1"),), notes=notes))
    QApplication.processEvents()
    assert dock.notes_label.isVisible()
    assert dock.notes_label.height() <= dock.notes_label.fontMetrics().height() + 4
    whole = "Community detection skipped above 2000 actors.\nBetweenness and closeness"
    assert dock.notes_label.text().startswith(whole)  # the whole text stays, and on hover
    assert "random start 0" in dock.notes_label.toolTip()
    assert dock.notes_label.shown_text().endswith("…")


def test_a_long_advice_leaves_the_list_room(qtbot: QtBot, docks_window: QMainWindow) -> None:
    """A "What to organise" that takes a scroll at any height takes 60 % of the panel, not
    all but four lines of it."""
    dock = docks_window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    dock.raise_()
    long = finding("long", 3, Severity.WARNING, "a1")
    dock.set_analysis(analysis_of((long, finding("b", 3, Severity.INFO, "a2"))))
    QApplication.processEvents()
    dock.model.item(2).child(0).setData(
        replace(long, suggestion=Text("Do this. " * 400, "Doe dit. " * 400)),
        FINDING_ROLE,
    )
    dock.view.setCurrentIndex(dock.finding_items()[0].index())
    QApplication.processEvents()
    listed, detail = dock.splitter.sizes()
    assert "Do this." in dock.detail.toPlainText()
    assert listed >= 0.35 * (listed + detail), (listed, detail)
