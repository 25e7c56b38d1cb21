"""The Findings dock's detail pane: a finding or cause in full, by keyboard, copyable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from exports.nota_dates import still_due
from mapper import analyse
from mapper.findings import Severity
from models import EntityKind
from models.example import example_case
from tests.ui.docks_support import analysis_of, english_ui, finding  # noqa: F401
from ui.docks import FindingsDock
from ui.document.controller import DocumentController

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def findings_dock(docks_window: QMainWindow) -> FindingsDock:
    found = docks_window.findChild(FindingsDock)
    assert isinstance(found, FindingsDock)
    found.raise_()
    return found


def test_the_detail_shows_a_finding_in_full(findings_dock: FindingsDock) -> None:
    findings_dock.set_findings(
        [finding("MANDATE_SUBMANDATE_NOT_ALLOWED", 4, Severity.CRITICAL, "a2", "m1")]
    )
    assert "Choose a finding" in findings_dock.detail.toPlainText()
    findings_dock.view.setCurrentIndex(findings_dock.finding_items()[0].index())
    text = findings_dock.detail.toPlainText()
    for part in (
        "Title MANDATE_SUBMANDATE_NOT_ALLOWED",
        "Critical · 4. Accountability",
        "Detail MANDATE_SUBMANDATE_NOT_ALLOWED",
        "Evidence on the map",
        "Teamleider",  # the actor by name
        "Wethouder → Teamleider",  # the mandate by its ends
        "What to organise",
        "Suggestion MANDATE_SUBMANDATE_NOT_ALLOWED",
        "Relevant articles",  # not "legal basis": Awb 10:1 is a definition
        "Awb 10:9 lid 1",
    ):
        assert part in text, part


def test_keyboard_reaches_the_detail_and_ctrl_c_copies_it(
    qtbot: QtBot, findings_dock: FindingsDock
) -> None:
    findings_dock.set_analysis(analysis_of((finding("b", 3, Severity.WARNING, "a1"),)))
    findings_dock.view.setFocus()
    findings_dock.view.setCurrentIndex(findings_dock.model.item(2).index())  # "3. Room to act (1)"
    QTest.keyClick(findings_dock.view, Qt.Key.Key_Down)  # arrow onto the finding
    assert "Title b" in findings_dock.detail.toPlainText()
    QGuiApplication.clipboard().clear()
    QTest.keyClick(findings_dock.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Title b\nWarning · 3. Room to act")
    assert "What to organise:\nSuggestion b" in copied
    QTest.keyClick(findings_dock.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is findings_dock.detail)
    QTest.keyClick(findings_dock.detail, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert findings_dock.detail.textCursor().selectedText().startswith("Title b")


def test_a_cause_on_top_shows_its_findings_and_legal_basis(
    findings_dock: FindingsDock, controller: DocumentController
) -> None:
    controller.replace_case(example_case(), None)
    result = analyse(example_case())
    findings_dock.set_analysis(result)
    first = result.first()[0]
    item = findings_dock.cause_items()[0]
    findings_dock.view.setCurrentIndex(item.index())
    text = findings_dock.detail.toPlainText()
    assert text.startswith(first.title("en"))
    assert "Cause 1 · Critical" in text
    # as the dock says it today: a deadline gone by then "as soon as possible" (U4)
    assert still_due(first.suggestion("en"), controller.case, date.today(), "en") in text
    for f in result.findings_of(first):
        assert f.title("en") in text
    articles = [a.strip() for entry in first.legal_basis for a in entry.split(";")]
    assert all(a.removeprefix("Awb ") in text for a in articles)
    assert set(controller.selection) == set(first.ids())


def test_titles_wrap_up_to_three_lines(findings_dock: FindingsDock) -> None:
    """A long title wraps over three lines, the last ending in "…" (new user at scale 15, G7:
    grouped titles of five to seven lines left room for two findings); the detail pane shows
    it whole."""
    long = finding("long", 3, Severity.WARNING, "a1")
    findings_dock.set_analysis(analysis_of((long, finding("short", 3, Severity.INFO, "a2"))))
    findings_dock.model.item(2).child(0).setText("A very long title " * 24)
    findings_dock.view.doItemsLayout()
    tall = findings_dock.view.visualRect(findings_dock.finding_items()[0].index())
    short = findings_dock.view.visualRect(findings_dock.finding_items()[1].index())
    line = findings_dock.view.fontMetrics().lineSpacing()
    assert 2 * line < tall.height() <= 3 * line + 6
    assert tall.height() < 3 * short.height()
    assert tall.right() <= findings_dock.view.viewport().width()
    assert findings_dock.view.textElideMode() == Qt.TextElideMode.ElideRight
    findings_dock.view.setCurrentIndex(findings_dock.finding_items()[0].index())
    assert "Title long" in findings_dock.detail.toPlainText()  # the title in full


def test_a_cause_s_evidence_does_not_repeat_its_title() -> None:
    """New user, third round: a cause whose one finding gave it its title showed that title
    again as its only evidence; its evidence is then what it names on the map."""
    from ui.docks.finding_detail import detail_for

    case = example_case()
    result = analyse(case)
    alone = [
        c
        for c in result.causes
        if [f.title("en") for f in result.findings_of(c)] == [c.title("en")] and not c.evidence
    ]
    assert alone, "the example has a cause told by one finding"
    for cause in alone:
        detail = detail_for(cause, case, "en", result.findings_of(cause))
        assert detail.evidence
        assert not any(cause.title("en") in line for line in detail.evidence)
        names = {a.name for a in case.actors if a.id in cause.actors}
        assert names <= set(detail.evidence)


def test_relevant_articles_name_each_article_once_in_article_order(
    findings_dock: FindingsDock, controller: DocumentController
) -> None:
    """New user, fifth round 6: the pane listed "Awb 10:4; 10:15; 2:4; Awb 10:13; 10:16 lid 1;
    10:18; 10:4; 10:15" for the agreement's cause: 10:4, 10:15 and "Awb" twice."""
    case = example_case()  # the agreement among "Do first" (J6 puts the sub-mandate third)
    case.update(EntityKind.MANDATE, "m1", {"sub_mandate_levels": 3})
    controller.replace_case(case, None)
    result = analyse(case)
    findings_dock.set_analysis(result)
    cause = result.cause("agreement:g2")  # the Doorbraakafspraak's one cause (issue 11)
    assert cause is not None
    assert len(cause.legal_basis) > 1  # the test can fail: two findings cite 10:4 and 10:15
    item = next(i for i in findings_dock.cause_items() if cause.title("en") in i.text())
    findings_dock.view.setCurrentIndex(item.index())
    text = findings_dock.detail.toPlainText()
    lines = text.splitlines()
    articles = lines[lines.index("Relevant articles") + 1]
    assert articles == "Awb 2:4; 10:1; 10:3 lid 1; 10:4; 10:13; 10:15; 10:16 lid 1; 10:18"
