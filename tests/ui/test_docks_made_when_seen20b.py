"""History, Timeline and Scorecard, behind the Properties and Findings tabs, make their
contents when first in view or asked for (issue 15, the suite's time: ~10 ms of a window's
~25 ms of docks on the example, for ~465 windows in a suite run)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QUndoView
from pytestqt.qtbot import QtBot

from mapper.findings import BUILDING_BLOCKS
from ui.docks.history import HistoryDock
from ui.docks.scorecard import ScorecardDock
from ui.docks.timeline import TimelineDock
from ui.window.main_window import MainWindow

T = TypeVar("T", HistoryDock, TimelineDock, ScorecardDock)


def _dock(window: MainWindow, kind: type[T]) -> T:
    dock = window.findChild(kind)
    assert isinstance(dock, kind)
    return dock


def test_the_docks_behind_a_tab_are_not_made_until_seen(window: MainWindow) -> None:
    docks = [
        _dock(window, HistoryDock),
        _dock(window, TimelineDock),
        _dock(window, ScorecardDock),
    ]
    assert [d.built for d in docks] == [False, False, False]
    assert [d.widget() for d in docks] == [None, None, None]
    # their tabs are named all the same
    assert [d.windowTitle() for d in docks] == ["History", "Timeline", "Scorecard"]


def test_a_scorecard_brought_to_the_front_shows_the_analysis(
    window: MainWindow, qtbot: QtBot
) -> None:
    dock = _dock(window, ScorecardDock)
    runner = window.analysis_runner()
    assert runner is not None
    qtbot.waitUntil(lambda: runner.latest is not None)
    assert not dock.built  # the analysis came before the dock was seen
    dock.raise_()
    qtbot.waitUntil(lambda: dock.built)
    assert dock.table.isVisible()
    assert dock.table.rowCount() == len(BUILDING_BLOCKS)
    items = [dock.table.item(r, 1) for r in range(dock.table.rowCount())]
    statuses = [item.text() for item in items if item is not None]
    assert len(statuses) == len(BUILDING_BLOCKS)
    assert "…" not in statuses  # each block's light, given before the table existed


def test_history_and_timeline_are_made_when_asked_for(window: MainWindow, qtbot: QtBot) -> None:
    history = _dock(window, HistoryDock)
    view = history.view  # made when asked for
    assert isinstance(view, QUndoView)
    assert view.stack() is window.controller.undo_stack
    timeline = _dock(window, TimelineDock)
    timeline.raise_()
    qtbot.waitUntil(lambda: timeline.built)
    assert timeline.moments.isVisible()
    assert timeline.line is None  # the small case has no snapshots
    assert timeline.author.text() == window.controller.author


def test_a_name_that_is_no_part_makes_nothing(window: MainWindow) -> None:
    """rev-code20 F3: only a declared part (``view``, ``moments``, ``table``, ...) makes the
    contents; a typo raises at once and leaves the dock unmade."""
    docks = (
        (_dock(window, HistoryDock), "view"),
        (_dock(window, TimelineDock), "moments"),
        (_dock(window, ScorecardDock), "table"),
    )
    for dock, part in docks:
        assert not dock.built
        assert not hasattr(dock, part + "x")
        assert not dock.built
        assert hasattr(dock, part)
        assert dock.built
