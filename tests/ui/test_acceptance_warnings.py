"""Two acceptances of one finding, or one that matches nothing, are said in the status bar
and among the findings dock's notes (hostile finding 12): never a silent winner."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from models.acceptance import Acceptance
from models.enums import EntityKind
from models.example import example_case
from tests.ui.docks_support import english_ui  # noqa: F401
from ui.background.analysis_runner import AnalysisRunner
from ui.docks import FindingsDock
from ui.document.controller import DocumentController

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def warnings_window(qtbot: QtBot) -> tuple[QMainWindow, DocumentController, AnalysisRunner]:
    from ui.docks import create_docks

    case = example_case()
    for acc in (
        Acceptance("acc1", "MANDATE_EXPIRED:m5", "Wordt vernieuwd"),
        Acceptance("acc2", "MANDATE_EXPIRED:m5", "Andere reden"),
        Acceptance("acc3", "NOPE:zz", "Typefout"),
    ):
        case.add(EntityKind.ACCEPTANCE, acc)
    controller = DocumentController(case)
    win = QMainWindow()
    qtbot.addWidget(win)
    runner = AnalysisRunner(controller, win, threshold=10**9)  # inline, the real analysis
    create_docks(win, controller, runner)
    win.show()
    runner.run_now()
    return win, controller, runner


def test_status_bar_and_notes_name_both_acceptances(
    warnings_window: tuple[QMainWindow, DocumentController, AnalysisRunner],
) -> None:
    win, _, _ = warnings_window
    message = win.statusBar().currentMessage()
    assert 'acc1 ("Wordt vernieuwd") and acc2 ("Andere reden")' in message
    assert "acc2, is used" in message
    assert "acc3" in message
    assert "no code NOPE" in message
    dock = win.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    assert "acc1" in dock.notes_label.text()
    assert "acc3" in dock.notes_label.text()


def test_status_bar_says_it_once_per_new_set(
    warnings_window: tuple[QMainWindow, DocumentController, AnalysisRunner],
) -> None:
    win, controller, runner = warnings_window
    win.statusBar().clearMessage()
    runner.run_now()  # the same warnings again: not repeated
    assert win.statusBar().currentMessage() == ""
    controller.withdraw_acceptances(["acc1", "acc3"])
    runner.run_now()
    assert win.statusBar().currentMessage() == ""  # nothing left to warn about
