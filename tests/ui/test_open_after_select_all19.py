"""Opening another map with everything selected (rev-hostile19b N4): the removal of each
selected item of the old map said selectionChanged at once, and each was synced to the
controller, the tables and the properties panel — 7,500 times for a 1,500-actor map, minutes
with the window frozen. The controller clears its selection itself when the case is replaced."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.generate import generate_case
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow


def test_replacing_the_case_with_everything_selected_syncs_the_selection_once(
    qtbot: QtBot, win: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    win.edit.select_all()
    selected = len(win.controller.selection)
    assert selected >= 8  # every actor, relationship and mandate of the small case
    calls: list[int] = []
    real = DocumentController.set_selection

    def counted(self: DocumentController, ids: object) -> None:
        calls.append(1)
        real(self, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(DocumentController, "set_selection", counted)
    emitted: list[object] = []
    win.controller.selection_changed.connect(emitted.append)
    win.controller.replace_case(generate_case(20, seed=4), None)
    # old: one set_selection per selected item removed (``selected`` calls)
    assert calls == []
    assert emitted == [()]  # the controller's own one clear
    assert win.scene.selectedItems() == []
    assert win.controller.selection == ()


def test_deleting_everything_selected_says_the_selection_changed_once(
    qtbot: QtBot, win: MainWindow
) -> None:
    """Select all + Delete on a 1,500-actor map ran for minutes: each removed entity that was
    selected said ``selection_changed`` (old: one emission per selected entity removed)."""
    win.edit.select_all()
    assert len(win.controller.selection) >= 8
    emitted: list[object] = []
    win.controller.selection_changed.connect(emitted.append)
    win.edit.delete()
    assert emitted == [()]
    assert len(win.controller.case.actors) == 0
