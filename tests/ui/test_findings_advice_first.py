"""The Findings dock on the example at 1366 x 768 (new user, seventh round): the header counts
causes beside findings ("12 causes, 31 findings: 5 critical, …", since "Do first" lists
causes), and a cause's detail shows "What to organise" right under its title, visible without
scrolling."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mapper import analyse
from mapper.findings import Severity
from models.example import example_case
from tests.ui.docks_support import english_ui  # noqa: F401
from ui.docks import FindingsDock
from ui.i18n import set_language
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def _dock(qtbot: QtBot, window: MainWindow) -> FindingsDock:
    dock = window.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: bool(dock.cause_items()), timeout=60000)
    return dock


def test_the_header_counts_causes_and_findings(qtbot: QtBot, example_window: MainWindow) -> None:
    dock = _dock(qtbot, example_window)
    result = analyse(example_case())
    critical = sum(f.severity is Severity.CRITICAL for f in result.findings)
    shown = dock.summary.text()
    assert shown.startswith(f"{len(result.causes)} causes, {len(result.findings)} findings: ")
    assert f": {critical} critical, " in shown  # the critical count is the findings'
    set_language("nl", persist=False)
    qtbot.waitUntil(lambda: "oorzaken" in dock.summary.text())
    assert dock.summary.text().startswith(
        f"{len(result.causes)} oorzaken, {len(result.findings)} bevindingen: {critical} kritiek"
    )


def test_what_to_organise_shows_without_scrolling_at_1366(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    assert example_window.width() == 1366
    dock = _dock(qtbot, example_window)
    dock.view.setCurrentIndex(dock.cause_items()[0].index())
    detail = dock.detail
    qtbot.waitUntil(lambda: "What to organise" in detail.toPlainText())
    QApplication.processEvents()
    organise = detail.detail.organise if detail.detail is not None else ""
    assert organise
    assert detail.verticalScrollBar().value() == 0
    visible = detail.viewport().rect()
    heading = detail.document().find("What to organise")
    assert visible.contains(detail.cursorRect(heading)), "the heading is below the fold"
    # the first words of what to organise are there too
    start = detail.document().find(organise[:40])
    assert not start.isNull()
    assert visible.contains(detail.cursorRect(start)), "what to organise is below the fold"
    # and it comes before the explanation and the evidence
    text = detail.toPlainText()
    assert text.index("What to organise") < text.index("Explanation")
    assert text.index("What to organise") < text.index("Evidence on the map")
    if shots := os.environ.get("KV_SHOTS"):  # for a person to look at
        example_window.grab().save(str(Path(shots) / "findings_1366.png"))


@pytest.mark.parametrize(
    ("lang", "heading"), [("en", "What to organise"), ("nl", "Wat te organiseren")]
)
def test_all_of_what_to_organise_reads_without_scrolling_at_1366(
    qtbot: QtBot, example_window: MainWindow, lang: str, heading: str
) -> None:
    """The whole text of "What to organise" of cause 1, not just its first words, is in view
    at first sight (new user, eighth round: its text still needed a scroll), in English and in
    the longer Dutch."""
    assert example_window.width() == 1366
    dock = _dock(qtbot, example_window)
    if lang == "nl":
        set_language("nl", persist=False)
        qtbot.waitUntil(lambda: "oorzaken" in dock.summary.text())
    dock.view.setCurrentIndex(dock.cause_items()[0].index())
    detail = dock.detail
    qtbot.waitUntil(lambda: heading in detail.toPlainText())
    QApplication.processEvents()
    organise = detail.detail.organise if detail.detail is not None else ""
    assert len(organise) > 300  # the long text of the example's first cause
    assert detail.verticalScrollBar().value() == 0
    visible = detail.viewport().rect()
    for words in (organise[:30], organise[len(organise) // 2 :][:30], organise[-30:]):
        found = detail.document().find(words)
        assert not found.isNull(), words
        assert visible.contains(detail.cursorRect(found)), f"below the fold: {words!r}"
    # the list above keeps room for a few rows, and the dock stays within the window
    assert dock.view.height() >= 3 * dock.view.fontMetrics().height()
    assert example_window.rect().contains(dock.geometry())
    if shots := os.environ.get("KV_SHOTS"):  # for a person to look at
        example_window.grab().save(str(Path(shots) / f"organise_1366_{lang}.png"))
