"""The safety hooks inside the real main window: lock on open, read-only save, clean close."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from models import fileformat
from models.filelock import inspect, lock_path, read_lock
from tests.models.test_filelock import HOLDER
from tests.ui.test_filewatch import answering, other_program_saves
from ui.safety.document_safety import DocumentSafety
from ui.safety.filewatch import CANCEL, READ_ONLY, SAVE_AS
from ui.safety.recovery import RecoveryDialog
from ui.window.main_window import MainWindow

Answer = QMessageBox.StandardButton


def safety_of(safe_window: MainWindow) -> DocumentSafety:
    assert safe_window.safety is not None
    return safe_window.safety


def test_open_locks_and_close_unlocks(safe_window: MainWindow, mapfile: Path) -> None:
    assert safe_window.files.open_path(mapfile)
    owner = read_lock(mapfile)
    assert owner is not None
    assert owner.is_mine()
    safe_window.controller.set_field("a1", "name", "Burgemeester")
    assert safety_of(safe_window).autosaver.autosave_now() is not None
    assert safe_window.close()  # unsaved changes discarded (fixture answer)
    assert not lock_path(mapfile).exists()
    assert safety_of(safe_window).autosaver.store.entries(include_live=True) == []


def test_map_open_elsewhere_opens_read_only_and_saves_as(
    monkeypatch: pytest.MonkeyPatch, safe_window: MainWindow, mapfile: Path, tmp_path: Path
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(mapfile)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        shown = answering(monkeypatch, READ_ONLY)
        assert safe_window.files.open_path(mapfile)
        assert "has “kaart.kvmap” open" in shown[0].text()
        assert safety_of(safe_window).read_only
        before = mapfile.read_bytes()
        safe_window.controller.set_field("a1", "name", "Burgemeester")

        def inform(parent: QWidget, title: str, body: str) -> int:
            return 0

        monkeypatch.setattr(QMessageBox, "information", inform)
        copy = tmp_path / "mijn-kopie.kvmap"
        safe_window.files.ask_save_path = lambda: str(copy)  # type: ignore[method-assign]
        safe_window.actions_["file_save"].trigger()
        assert mapfile.read_bytes() == before
        assert fileformat.load(copy).actors[0].name == "Burgemeester"
        assert safe_window.controller.path == str(copy)
        assert not safe_window.isWindowModified()
    finally:
        proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()


@pytest.mark.parametrize("answer", [CANCEL, SAVE_AS])
def test_save_over_newer_version_asks(
    monkeypatch: pytest.MonkeyPatch,
    safe_window: MainWindow,
    mapfile: Path,
    tmp_path: Path,
    answer: str,
) -> None:
    safe_window.files.open_path(mapfile)
    safe_window.controller.set_field("a1", "name", "Mijn naam")
    other_program_saves(mapfile, "Van een collega")
    theirs = mapfile.read_bytes()
    shown = answering(monkeypatch, answer)
    copy = tmp_path / "kopie.kvmap"
    safe_window.files.ask_save_path = lambda: str(copy)  # type: ignore[method-assign]
    saved = safe_window.files.save()
    assert len(shown) == 1
    assert mapfile.read_bytes() == theirs
    assert saved == (answer == SAVE_AS)
    assert safe_window.isWindowModified() == (answer == CANCEL)


def test_killed_main_window_is_recovered_by_the_next_start(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, safe_window: MainWindow, mapfile: Path
) -> None:
    """Kill a real main window process after an edit; the next window restores the edit."""
    import os
    import signal

    child = Path(__file__).with_name("window_child.py")
    proc = subprocess.Popen(
        [sys.executable, str(child), str(mapfile)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "autosaved"
        assert inspect(mapfile) is not None  # the child holds the lock
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()

    def restore_first(dialog: QDialog) -> int:
        assert isinstance(dialog, RecoveryDialog)
        assert "Testcasus" in dialog.list.item(0).text()
        dialog.restore_button.click()
        return 0

    monkeypatch.setattr(RecoveryDialog, "exec", restore_first)
    entry = safety_of(safe_window).offer_recovery()
    assert entry is not None
    assert entry.original == str(mapfile)
    assert safe_window.controller.case.actors.get("a1").name == "Burgemeester (niet opgeslagen)"  # type: ignore[union-attr]
    assert safe_window.controller.path == str(mapfile)
    assert safe_window.isWindowModified()
    # the killed window's lock was stale: this window holds the map now
    owner = read_lock(mapfile)
    assert owner is not None
    assert owner.is_mine()
