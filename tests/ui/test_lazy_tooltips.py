"""Tooltips are made when the pointer rests on something, not kept for every actor, line
and finding (issue 14: a 10,000-actor map's 50,000 items and 12,000 findings held about
12 MB and 15 MB of them). What the pointer shows is the same text as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from mapper import analyse
from tests.ui.conftest import small_case
from tests.ui.window_support import open_window, settle
from ui.canvas.item_base import tip_of
from ui.docks.findings import FINDING_ROLE, FindingsDock
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow


@pytest.fixture
def fitted_win(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, tmp_path, DocumentController(small_case()))
    window.view.fit_to_window()
    return window


def _rest(widget: QWidget, pos: QPoint) -> str:
    """The pointer rests at ``pos`` of ``widget``: the tooltip shown ("" for none)."""
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if event.isAccepted() and QToolTip.isVisible() else ""


def test_no_actor_or_line_keeps_a_tooltip(fitted_win: MainWindow) -> None:
    scene = fitted_win.scene
    kept = [i for i, item in scene.actor_items.items() if item.toolTip()]
    kept += [i for i, item in scene.relationship_items.items() if item.toolTip()]
    kept += [i for i, item in scene.mandate_items.items() if item.toolTip()]
    assert kept == []
    actor = scene.actor_items["a1"]
    assert tip_of(actor) == "Wethouder\nExecutive (bestuurder) · Political"
    rel = scene.relationship_items["r3"]  # trust, with its level
    assert tip_of(rel).startswith("Consulent → Manager Zorg\nTrusts (+2) · Both")
    settle(fitted_win)


def test_resting_on_an_actor_shows_its_tooltip(fitted_win: MainWindow, qtbot: QtBot) -> None:
    view, scene = fitted_win.view, fitted_win.scene
    actor = scene.actor_items["a4"]
    pos = view.mapFromScene(actor.sceneBoundingRect().center())
    assert _rest(view.viewport(), pos) == tip_of(actor)
    empty = view.mapFromScene(scene.itemsBoundingRect().bottomRight()) + QPoint(30, 30)
    assert _rest(view.viewport(), empty) == ""  # nothing there: nothing shown
    settle(fitted_win)


def test_a_finding_tooltip_is_made_when_asked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = small_case()
    dock = FindingsDock(DocumentController(case))
    qtbot.addWidget(dock)
    made: list[str] = []
    tooltip = FindingsDock._tooltip

    def counted(self: FindingsDock, finding: object) -> str:
        made.append(getattr(finding, "code", ""))
        return tooltip(self, finding)  # type: ignore[arg-type]

    monkeypatch.setattr(FindingsDock, "_tooltip", counted)
    analysis = analyse(case)
    dock.set_analysis(analysis)
    dock.resize(460, 700)
    dock.show()
    qtbot.waitExposed(dock)
    assert made == []  # none made for the list (the old code made one per finding)
    groups = [dock.model.item(r) for r in range(dock.model.rowCount())]
    group = next(g for g in groups if g.rowCount() and g.child(0).data(FINDING_ROLE))
    dock.view.expand(group.index())
    row = group.child(0).index()
    rect = dock.view.visualRect(row)
    shown = _rest(dock.view.viewport(), rect.center())
    assert len(made) == 1
    assert shown == dock.tooltip_of(row)
    assert "<b>" in shown  # the title, the detail, the suggestion, the code
