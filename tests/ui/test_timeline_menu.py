"""File › Save snapshot…, File › Timeline and File › Export › Anonymised copy of the map on the
real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from models import fileformat
from models.example import example_case
from tests.ui.exchange_support import answer_file, handler
from ui.docks.timeline import SnapshotDialog, TimelineDock
from ui.window.main_window import MainWindow


def _dock(window: MainWindow) -> TimelineDock:
    dock = window.findChild(TimelineDock, "timeline_dock")
    assert dock is not None
    return dock


def test_the_file_menu_holds_both_entries(window: MainWindow) -> None:
    names = [a.objectName() for a in window.menus["file"].actions()]
    assert names.index("file_save_snapshot") > names.index("file_save_as")
    assert names.index("file_timeline") == names.index("file_save_snapshot") + 1


def test_file_timeline_shows_the_dock(window: MainWindow, qtbot: QtBot) -> None:
    dock = _dock(window)
    dock.hide()
    window.actions_["file_timeline"].trigger()
    qtbot.waitUntil(dock.isVisible)


def test_file_save_snapshot_asks_and_saves_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    dock = _dock(window)
    dock.hide()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SnapshotDialog)
        seen.append(dialog.windowTitle())
        dialog.label.setText("Na het overleg met de corporatie")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()

    QTimer.singleShot(0, answer)
    window.actions_["file_save_snapshot"].trigger()
    assert seen == ["Save snapshot"]
    assert dock.isVisible()
    snaps = window.controller.case.timeline.snapshots
    assert [s.label for s in snaps] == ["Na het overleg met de corporatie"]
    assert window.controller.undo_stack.count() == 1
    window.controller.undo_stack.undo()
    assert not window.controller.case.timeline.snapshots


def test_cancel_saves_nothing(window: MainWindow) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SnapshotDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.actions_["file_save_snapshot"].trigger()
    assert not window.controller.case.timeline.snapshots
    assert window.controller.undo_stack.count() == 0


def test_export_an_anonymised_copy_of_the_map(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    """File › Export › Anonymised copy: no resident's name in the map, its snapshots or their
    names; the status bar says the snapshots went along anonymised."""
    window.controller.replace_case(example_case(), None)
    out = tmp_path / "gedeeld.kvmap"
    offered = answer_file(monkeypatch, "getSaveFileName", out)
    h = handler(window)
    with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
        h["export_kvmap_anonymised"].trigger()
    assert blocker.args == [True], boxes
    assert "*.kvmap" in offered[0]
    text = out.read_text(encoding="utf-8")
    assert "Jansen" not in text
    assert len(fileformat.load(out).timeline.snapshots) == 3
    # the note is in the UI's English, the names as written in the (Dutch) map's copy
    assert "Mevrouw Jansen → Inwoner" in h.export_note
    assert "Anonymised:" in h.export_note
    assert "The snapshots are anonymised too" in h.export_note


def test_the_anonymised_copy_never_overwrites_the_open_map(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    source = tmp_path / "kaart.kvmap"
    window.controller.save(source)
    before = source.read_bytes()
    answer_file(monkeypatch, "getSaveFileName", source)
    h = handler(window)
    with qtbot.waitSignal(h.export_done, timeout=60_000) as blocker:
        h["export_kvmap_anonymised"].trigger()
    assert blocker.args == [False]
    assert "would overwrite the open map itself" in boxes[0][1]
    assert source.read_bytes() == before
