"""File watcher: foreign changes are noticed once, our own saves and touches are not."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from models import fileformat
from models.filelock import LockOwner
from tests.ui.conftest import small_case
from ui.safety.filewatch import (
    ANYWAY,
    CANCEL,
    KEEP,
    OVERWRITE,
    READ_ONLY,
    RELOAD,
    SAVE_AS,
    DiskState,
    FileWatcher,
    ask_locked,
    ask_overwrite,
    ask_reload,
)

OTHER_WRITER = """
import sys
from models import fileformat
case = fileformat.load(sys.argv[1])
case.set_case_field("title", sys.argv[2])
fileformat.save(case, sys.argv[1])
"""


def other_program_saves(path: Path, title: str) -> None:
    """Someone else (another process) saves the map with a new title."""
    subprocess.run([sys.executable, "-c", OTHER_WRITER, str(path), title], check=True)


@pytest.fixture
def watcher(owner: QObject, mapfile: Path) -> FileWatcher:
    watcher = FileWatcher(owner, poll_ms=0, debounce_ms=50)
    watcher.watch(mapfile)
    return watcher


def test_disk_state(mapfile: Path) -> None:
    state = DiskState.read(mapfile)
    assert state is not None
    assert state.size == mapfile.stat().st_size
    assert state.looks_same(mapfile)
    assert DiskState.read(mapfile.with_name("nope")) is None


def test_foreign_change_is_reported_once(qtbot: QtBot, watcher: FileWatcher, mapfile: Path) -> None:
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=5000) as blocker:
        other_program_saves(mapfile, "Door een collega")
    assert blocker.args == [str(mapfile)]
    assert watcher.changed_since_known()
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=300):
        watcher.check()  # same foreign version: not again
    # a second foreign version is reported again
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=5000):
        other_program_saves(mapfile, "Nog een keer")
    # after a reload it is ours
    watcher.accept_disk_version()
    assert not watcher.changed_since_known()


def test_own_save_is_not_reported(qtbot: QtBot, watcher: FileWatcher, mapfile: Path) -> None:
    case = small_case()
    case.set_case_field("title", "Eigen werk")
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=500):
        with watcher.own_write():
            fileformat.save(case, mapfile)
        watcher.check()
    assert not watcher.changed_since_known()
    # the watch survived the atomic replace: a later foreign change is still seen
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=5000):
        other_program_saves(mapfile, "Daarna een collega")


def test_failed_own_write_keeps_old_knowledge(watcher: FileWatcher, mapfile: Path) -> None:
    known = watcher.known
    with pytest.raises(RuntimeError), watcher.own_write():
        raise RuntimeError("save failed")
    assert watcher.known == known


def test_touch_without_change_is_not_reported(
    qtbot: QtBot, watcher: FileWatcher, mapfile: Path
) -> None:
    later = time.time() + 5
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=400):
        os.utime(mapfile, (later, later))
        watcher.check()
    assert not watcher.changed_since_known()
    known = watcher.known
    assert known is not None
    assert known.looks_same(mapfile)  # the new time was remembered


def test_removal_is_reported(qtbot: QtBot, watcher: FileWatcher, mapfile: Path) -> None:
    with qtbot.waitSignal(watcher.removed_from_disk, timeout=5000):
        mapfile.unlink()
    assert not watcher.changed_since_known()  # nothing to overwrite


def test_poll_finds_changes_without_notifications(
    qtbot: QtBot, owner: QObject, mapfile: Path
) -> None:
    """Network drives often send no notifications: the poll still notices."""
    watcher = FileWatcher(owner, poll_ms=100, debounce_ms=3_600_000)
    watcher.watch(mapfile)
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=5000):
        other_program_saves(mapfile, "Via de netwerkschijf")


def test_unwatched_reports_nothing(qtbot: QtBot, watcher: FileWatcher, mapfile: Path) -> None:
    watcher.watch(None)
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=300):
        other_program_saves(mapfile, "Niemand kijkt")
        watcher.check()
    assert not watcher.changed_since_known()


def test_new_file_that_appeared_counts_as_changed(tmp_path: Path, owner: QObject) -> None:
    path = tmp_path / "nieuw.kvmap"
    watcher = FileWatcher(owner, poll_ms=0)
    watcher.watch(path)  # not there yet (Save as to a new name)
    assert not watcher.changed_since_known()
    fileformat.save(small_case(), path)  # someone else creates it first
    assert watcher.changed_since_known()


# --------------------------------------------------------------------------- questions
def answering(monkeypatch: pytest.MonkeyPatch, answer: str | None) -> list[QMessageBox]:
    """Patch QMessageBox.exec: record the box and click the button for ``answer``."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        if answer == CANCEL:
            box.button(QMessageBox.StandardButton.Cancel).click()
        elif answer is not None:
            button = box.findChild(QPushButton, f"answer_{answer}")
            assert button is not None, answer
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.mark.parametrize("answer", [RELOAD, KEEP])
def test_ask_reload(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    shown = answering(monkeypatch, answer)
    assert ask_reload(None, "/x/kaart.kvmap", dirty=True) == answer
    assert "“kaart.kvmap” was changed on disk" in shown[0].text()
    assert "Reloading throws your changes away" in shown[0].text()
    assert shown[0].defaultButton().objectName() == "answer_keep"


def test_ask_reload_clean_defaults_to_reload(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = answering(monkeypatch, None)  # closed without a choice
    assert ask_reload(None, "/x/kaart.kvmap", dirty=False) == KEEP
    assert shown[0].defaultButton().objectName() == "answer_reload"


@pytest.mark.parametrize("answer", [OVERWRITE, SAVE_AS, CANCEL])
def test_ask_overwrite(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    shown = answering(monkeypatch, answer)
    assert ask_overwrite(None, "/x/kaart.kvmap") == answer
    assert "kaart.kvmap.bak" in shown[0].text()
    assert shown[0].defaultButton().objectName() == "answer_save_as"


@pytest.mark.parametrize("answer", [READ_ONLY, ANYWAY, CANCEL])
def test_ask_locked(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    shown = answering(monkeypatch, answer)
    owner = LockOwner("anna", "pc-12", 42, "Krachtenveld", 0.0, 0.0)
    assert ask_locked(None, "/x/kaart.kvmap", owner) == answer
    assert "anna on pc-12 has “kaart.kvmap” open (since 1970-01-01" in shown[0].text()


def test_questions_in_dutch(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.i18n import set_language

    shown = answering(monkeypatch, CANCEL)
    owner = LockOwner("anna", "pc-12", 42)
    set_language("nl", persist=False)
    try:
        ask_locked(None, "/x/kaart.kvmap", owner)
        ask_overwrite(None, "/x/kaart.kvmap")
    finally:
        set_language("en", persist=False)
    assert "anna op pc-12 heeft “kaart.kvmap” open" in shown[0].text()
    read_only = shown[0].findChild(QPushButton, "answer_read_only")
    assert read_only is not None
    assert read_only.text() == "&Alleen-lezen openen"
    assert "is op schijf gewijzigd sinds u het opende" in shown[1].text()


def test_foreign_edit_keeping_size_and_time_is_noticed_before_saving(
    watcher: FileWatcher, mapfile: Path
) -> None:
    """Issue 13 item 17: same length, modification time set back: the content still differs."""
    watcher.watch(mapfile)
    assert not watcher.changed_since_known()
    info = os.stat(mapfile)
    data = mapfile.read_bytes()
    edited = data.replace(b"Testcasus", b"Testcasux")
    assert edited != data
    assert len(edited) == len(data)
    mapfile.write_bytes(edited)
    os.utime(mapfile, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert os.stat(mapfile).st_mtime_ns == info.st_mtime_ns
    assert watcher.changed_since_known()
