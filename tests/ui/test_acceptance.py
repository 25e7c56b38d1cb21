"""Accepting findings in the findings dock: right-click, reason, one undo step, withdraw."""

from __future__ import annotations

import getpass
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from mapper import analyse
from mapper.accepted import fingerprint
from models.fileformat import case_to_dict
from tests.ui.docks_support import english_ui  # noqa: F401 - fixture
from ui.docks.acceptance import AcceptDialog
from ui.docks.findings import ACCEPTED_ROLE, CAUSE_ROLE, FINDING_ROLE, FindingsDock

pytestmark = pytest.mark.usefixtures("english_ui")


def _reanalyse(example_findings_dock: FindingsDock) -> None:
    example_findings_dock.set_analysis(analyse(example_findings_dock.controller.case))


def test_accepting_a_finding_is_one_undo_step_and_shows_it_apart(
    example_findings_dock: FindingsDock,
) -> None:
    controller = example_findings_dock.controller
    before = case_to_dict(controller.case)
    item = example_findings_dock.finding_items()[0]
    finding = item.data(FINDING_ROLE)
    actions = example_findings_dock.context_actions(item.index())
    assert [a.text() for a in actions] == ["Accept with reason…"]
    asked: list[str] = []

    def answer(title: str) -> tuple[str, str, date | None]:
        asked.append(title)
        return "Besproken in de sessie", "MT", date(2027, 1, 31)

    example_findings_dock.acceptance.ask = answer
    actions[0].trigger()
    assert asked == [finding.title("en")]
    [acc] = controller.case.accepted
    assert (acc.finding, acc.reason, acc.by, acc.until) == (
        finding.id,
        "Besproken in de sessie",
        "MT",
        date(2027, 1, 31),
    )
    assert acc.on == date.today()
    assert acc.content == fingerprint(finding)
    assert controller.undo_stack.count() == 1
    _reanalyse(example_findings_dock)
    assert finding.id not in {
        i.data(FINDING_ROLE).id for i in example_findings_dock.finding_items()
    }
    [shown] = example_findings_dock.accepted_items()
    assert shown.data(ACCEPTED_ROLE).finding.id == finding.id
    assert "Reason: Besproken in de sessie" in shown.text()
    assert "MT" in shown.toolTip()
    controller.undo_stack.undo()
    assert case_to_dict(controller.case) == before
    controller.undo_stack.redo()
    assert [a.finding for a in controller.case.accepted] == [finding.id]


def test_withdrawing_an_acceptance_is_undoable(example_findings_dock: FindingsDock) -> None:
    controller = example_findings_dock.controller
    item = example_findings_dock.finding_items()[0]
    example_findings_dock.acceptance.ask = lambda _title: ("Bewust", "", None)
    example_findings_dock.context_actions(item.index())[0].trigger()
    _reanalyse(example_findings_dock)
    accepted = example_findings_dock.accepted_items()[0]
    actions = example_findings_dock.context_actions(accepted.index())
    assert [a.text() for a in actions] == ["Withdraw acceptance"]
    actions[0].trigger()
    assert list(controller.case.accepted) == []
    assert controller.undo_stack.undoText() == "Withdraw acceptance"
    _reanalyse(example_findings_dock)
    assert example_findings_dock.accepted_items() == []
    controller.undo_stack.undo()
    assert [a.reason for a in controller.case.accepted] == ["Bewust"]


def test_accepting_a_cause_accepts_each_of_its_findings_in_one_step(
    example_findings_dock: FindingsDock,
) -> None:
    controller = example_findings_dock.controller
    cause_item = example_findings_dock.cause_items()[0]
    cause = cause_item.data(CAUSE_ROLE)
    example_findings_dock.acceptance.ask = lambda _title: ("Loopt al via de directie", "MT", None)
    example_findings_dock.context_actions(cause_item.index())[0].trigger()
    assert [a.finding for a in controller.case.accepted] == list(cause.findings)
    assert len({a.id for a in controller.case.accepted}) == len(cause.findings)
    assert controller.undo_stack.count() == 1
    result = analyse(controller.case)
    assert result.cause(cause.id) is None
    assert {a.finding.id for a in result.accepted} == set(cause.findings)
    controller.undo_stack.undo()
    assert list(controller.case.accepted) == []


def test_cancelling_the_dialog_changes_nothing(example_findings_dock: FindingsDock) -> None:
    example_findings_dock.acceptance.ask = lambda _title: None
    example_findings_dock.context_actions(example_findings_dock.finding_items()[0].index())[
        0
    ].trigger()
    assert list(example_findings_dock.controller.case.accepted) == []
    assert example_findings_dock.controller.undo_stack.count() == 0


def test_no_menu_on_a_building_block(example_findings_dock: FindingsDock) -> None:
    block = example_findings_dock.finding_items()[0].parent()
    assert example_findings_dock.context_actions(block.index()) == []


def test_dialog_needs_a_reason_and_gives_the_term(qtbot: QtBot) -> None:
    dialog = AcceptDialog("Mandaat verlopen", today=date(2026, 10, 1))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.by.text() == getpass.getuser()
    dialog.reason.setPlainText("  Wordt in januari vernieuwd ")
    assert ok.isEnabled()
    assert dialog.values() == ("Wordt in januari vernieuwd", getpass.getuser(), None)
    assert not dialog.until.isEnabled()
    dialog.limited.setChecked(True)
    assert dialog.until.isEnabled()
    dialog.until.setDate(QDate(2027, 1, 31))
    dialog.by.setText("Directie")
    assert dialog.values() == ("Wordt in januari vernieuwd", "Directie", date(2027, 1, 31))


def test_menu_and_group_in_dutch(example_findings_dock: FindingsDock) -> None:
    from ui.i18n import set_language

    set_language("nl", persist=False)
    item = example_findings_dock.finding_items()[0]
    assert [a.text() for a in example_findings_dock.context_actions(item.index())] == [
        "Accepteren met reden…"
    ]
    example_findings_dock.acceptance.ask = lambda _title: ("Bewust", "MT", None)
    example_findings_dock.context_actions(item.index())[0].trigger()
    assert example_findings_dock.controller.undo_stack.undoText() == "1 bevinding accepteren"
    _reanalyse(example_findings_dock)
    group = example_findings_dock.accepted_items()[0].parent()
    assert group.text() == "Geaccepteerd (1)"
    assert "Reden: Bewust" in example_findings_dock.accepted_items()[0].text()
    actions = example_findings_dock.context_actions(
        example_findings_dock.accepted_items()[0].index()
    )
    assert [a.text() for a in actions] == ["Acceptatie intrekken"]


def test_accepting_a_cause_names_the_findings_that_go_with_it_and_clears_the_map(
    example_findings_dock: FindingsDock, qtbot: QtBot
) -> None:
    """Findings 9 and 10: accepting "finding 1" silently accepted four, the map kept the
    highlight of the vanished finding, and Ctrl+Z after the dialog did nothing."""
    controller = example_findings_dock.controller
    example_findings_dock.show()
    cause_item = next(
        i for i in example_findings_dock.cause_items() if len(i.data(CAUSE_ROLE).findings) > 1
    )
    cause = cause_item.data(CAUSE_ROLE)
    analysis = example_findings_dock._analysis
    assert analysis is not None
    findings = analysis.findings_of(cause)
    controller.set_selection([a for f in findings for a in f.actors][:3])
    assert controller.selection
    asked: list[str] = []

    def answer(subject: str) -> tuple[str, str, date | None]:
        asked.append(subject)
        example_findings_dock.setFocus()  # as if the dialog had taken the keyboard
        return "Bewust", "MT", None

    example_findings_dock.acceptance.ask = answer
    example_findings_dock.context_actions(cause_item.index())[0].trigger()
    [subject] = asked
    assert f"This also accepts {len(findings)} findings of this cause:" in subject
    for f in findings:
        assert f"• {f.title('en')}" in subject
    assert controller.selection == ()
    assert example_findings_dock.window().focusWidget() is example_findings_dock.view


def test_copying_a_cause_has_no_internal_key(example_findings_dock: FindingsDock) -> None:
    """Finding 11: Ctrl+C on a cause ended with a stray "power:spend_budget" line."""
    from PySide6.QtGui import QGuiApplication

    cause_item = example_findings_dock.cause_items()[0]
    cause = cause_item.data(CAUSE_ROLE)
    example_findings_dock._show_detail(cause_item.index())
    assert example_findings_dock.copy_detail()
    text = QGuiApplication.clipboard().text()
    assert cause.title("en") in text
    assert cause.id not in text
    assert cause.id not in example_findings_dock.detail.toHtml()


def test_dialog_cannot_end_an_acceptance_before_the_day_it_is_made(qtbot: QtBot) -> None:
    # hostile finding 11: an acceptance whose until lies before its on is refused by the model
    dialog = AcceptDialog("Mandaat verlopen", today=date(2026, 10, 1))
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("Bewust")
    dialog.limited.setChecked(True)
    dialog.until.setDate(QDate(2025, 10, 1))  # a typo'd year
    assert dialog.values()[2] == date(2026, 10, 1)
    dialog.until.setDate(QDate(2026, 10, 1))  # the same day is allowed
    assert dialog.values()[2] == date(2026, 10, 1)
