"""Swapping the document under a selected Timeline snapshot (new user, tenth round N0: opening
another map while the last of four snapshots was selected raised "KeyError: 's4'" twice).

QListWidget.clear() removes the rows from the top and says the selection changed while a later
selected row is still there: the dock then looked up a snapshot the new map does not have. Each
way the document or its snapshots change under the selection is checked here on the real window;
pytest-qt fails a test on an exception raised in a slot.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from models import Case, CaseInfo, fileformat
from ui.docks.timeline import TimelineDock
from ui.window.main_window import MainWindow


def _dock_with_last_of_two_selected(window: MainWindow) -> TimelineDock:
    found = window.findChild(QDockWidget, "timeline_dock")
    assert isinstance(found, TimelineDock)
    found.show()
    today = date.today()
    assert found.save_snapshot("Eerste analyse", today)
    assert found.save_snapshot("Na het mandaat", today)
    found.moments.setCurrentRow(1)  # a click on the second: the last row selected
    assert found.selected_ids() == ["s2"]
    found.wait()
    return found


def _open_a_map_without_snapshots(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "ander.kvmap"
    fileformat.save(Case(CaseInfo(title="Ander")), other)
    assert window.files.open_path(other, ask=False)


SWAPS: dict[str, Callable[[MainWindow, Path], object]] = {
    "open": _open_a_map_without_snapshots,
    "new": lambda window, _tmp: window.files.new(),
    "example": lambda window, _tmp: window.files.open_example(),
    "template": lambda window, _tmp: window.files.open_template("wmo"),
}


@pytest.mark.parametrize("swap", list(SWAPS))
def test_swapping_the_map_under_a_selected_snapshot_clears_the_selection(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, swap: str
) -> None:
    dock = _dock_with_last_of_two_selected(window)
    SWAPS[swap](window, tmp_path)
    dock.wait()
    qtbot.wait(20)
    assert dock.selected_ids() == []
    assert not dock.moments.selectedItems()  # nothing of the old map's list stays selected
    assert dock.changes.isHidden()
    assert not dock.view_button.isEnabled()


def test_a_snapshot_of_another_map_with_the_same_id_is_not_selected(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dock = _dock_with_last_of_two_selected(window)
    other = window.controller.case.copy()  # the same ids s1 and s2, but another map
    other.set_case_field("title", "Kopie")
    path = tmp_path / "kopie.kvmap"
    fileformat.save(other, path)
    assert window.files.open_path(path, ask=False)
    dock.wait()
    assert dock.moments.count() == 2
    assert dock.selected_ids() == []


def test_undoing_the_save_of_the_selected_snapshot(window: MainWindow, qtbot: QtBot) -> None:
    dock = _dock_with_last_of_two_selected(window)
    stack = window.controller.undo_stack
    stack.undo()  # s2, selected, is gone
    dock.wait()
    qtbot.wait(20)
    assert dock.moments.count() == 1
    assert dock.selected_ids() == []
    stack.redo()
    stack.undo()
    stack.undo()  # s1 too
    dock.wait()
    assert dock.moments.count() == 0


def test_an_edit_keeps_the_selected_snapshot_selected(window: MainWindow, qtbot: QtBot) -> None:
    dock = _dock_with_last_of_two_selected(window)
    window.controller.save_snapshot("Derde", date.today())  # the list is read again
    dock.wait()
    assert dock.moments.count() == 3
    assert dock.selected_ids() == ["s2"]
    qtbot.waitUntil(lambda: dock.changes.isVisible() or not dock.isVisible(), timeout=30_000)


def test_reopening_the_saved_file_under_a_later_snapshot(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """File > Recent on the map's own file, as a revert (a dropped file opens the same way,
    MainWindow.dropEvent -> FileHandler.open_path)."""
    found = window.findChild(QDockWidget, "timeline_dock")
    assert isinstance(found, TimelineDock)
    dock = found
    assert dock.save_snapshot("Eerste analyse", date.today())
    path = tmp_path / "eigen.kvmap"
    assert window.files._save_to(str(path))
    assert dock.save_snapshot("Niet bewaard", date.today())
    dock.moments.setCurrentRow(1)
    assert dock.selected_ids() == ["s2"]
    assert window.files.recent_files()[0] == str(path)
    assert window.files.open_path(window.files.recent_files()[0], ask=False)
    dock.wait()
    qtbot.wait(20)
    assert dock.moments.count() == 1
    assert dock.moments.item(0).text().endswith("Eerste analyse")
    assert dock.selected_ids() == []
