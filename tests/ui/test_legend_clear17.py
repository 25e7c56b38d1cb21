"""The open legend does not hide what a finding's click or the find bar puts in view (issue
14, the lead's look at session 16: at 100 % the legend overlay, 266 x 463 pixels at the top
right at 1366 x 768, covers actors; a subject fitted to the whole window could end under it).
The subject goes to the room left of the legend or below it, only where the middle of the
window would put it under the legend. On real windows: three actors spread to the corners at
1366 x 768, and the example's consulent found in a window of 1000 x 768 (its map 678 pixels
wide, the open legend 434 x 298 from its right edge: the middle lay under it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mapper.analysis import Analysis
from mapper.findings import Severity
from models import Position
from tests.ui.docks_support import finding, small_case
from tests.ui.test_readable import window_at
from ui.docks import FindingsDock
from ui.window.main_window import MainWindow

__all__ = ["window_at"]


def _drawn(win: MainWindow, actor_id: str) -> QRectF:
    item = win.scene.actor_items[actor_id]
    return win.view.mapFromScene(item.sceneBoundingRect()).boundingRect().toRectF()


def _open_legend(win: MainWindow, qtbot: QtBot) -> QRectF:
    win.view.toggle_legend_collapsed()
    qtbot.waitUntil(win.view.settled)
    legend = win.view.legend_viewport_rect()
    assert legend.height() > 100  # open: its rows, top right
    return legend


def test_a_findings_actors_are_not_put_under_the_legend(window_at: object, qtbot: QtBot) -> None:
    case = small_case()
    case.set_positions({"a1": Position(0, 0), "a2": Position(3000, 0), "a3": Position(0, 1800)})
    win: MainWindow = window_at(case, (1366, 768))  # type: ignore[operator]
    legend = _open_legend(win, qtbot)
    dock = win.findChild(FindingsDock)
    assert isinstance(dock, FindingsDock)
    about = finding("MANDATE_SUBMANDATE_NOT_ALLOWED", 4, Severity.WARNING, "a1", "a2", "a3")
    dock.set_analysis(Analysis((about,), scorecard=(), metrics={}, map_metrics={}, quadrants={}))
    win.view.zoom_by(1.0 / win.view.zoom())
    dock.view.setCurrentIndex(QModelIndex())
    dock.view.setCurrentIndex(dock.finding_items()[0].index())
    qtbot.waitUntil(win.view.settled)
    port = QRectF(win.view.viewport().rect())
    for actor_id in ("a1", "a2", "a3"):
        drawn = _drawn(win, actor_id)
        assert port.contains(drawn), (actor_id, drawn)
        assert not drawn.intersects(legend), (actor_id, drawn, legend)  # old: a2 under it


def test_a_found_actor_is_not_put_under_the_legend(window_at: object, qtbot: QtBot) -> None:
    from models.example import example_case

    win: MainWindow = window_at(example_case(), (1000, 768))  # type: ignore[operator]
    legend = _open_legend(win, qtbot)
    bar = win.find_bar
    bar.open_bar()
    QTest.keyClicks(bar.field, "Consulent")
    bar.find_next()
    qtbot.waitUntil(win.view.settled)
    found = bar.matches[bar.current]
    drawn = _drawn(win, found)
    assert QRectF(win.view.viewport().rect()).contains(drawn)
    assert not drawn.intersects(legend), (drawn, legend)  # old: in the middle, under it
