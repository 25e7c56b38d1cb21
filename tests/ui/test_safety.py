"""DocumentSafety: locks on open, questions before save, reload on foreign change, clean close.

``Window`` below follows the hooks exactly as ``docs/reliability.md`` tells the main window to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from models import KvmapError, fileformat
from models.atomic import backup_path
from models.filelock import FileLock, inspect, lock_path, read_lock
from tests.models.test_filelock import HOLDER as HOLDER_SCRIPT
from tests.ui.conftest import small_case
from tests.ui.test_filewatch import answering, other_program_saves
from ui.document.controller import DocumentController
from ui.safety.document_safety import DocumentSafety
from ui.safety.filewatch import ANYWAY, CANCEL, KEEP, OVERWRITE, READ_ONLY, RELOAD, SAVE_AS
from ui.safety.recovery import RecoveryStore


class Window(QWidget):
    """A minimal window with the file handling of the real one, using the hooks."""

    def __init__(self, tmp_path: Path) -> None:
        super().__init__()
        self.controller = DocumentController(small_case(), self)
        self.save_as_target: Path | None = None
        self.errors: list[str] = []
        self.safety = DocumentSafety(
            self,
            self.controller,
            save_as=self.save_as,
            store=RecoveryStore(tmp_path / "recovery"),
            heartbeat_ms=50,
            poll_ms=0,
        )

    def open_path(self, path: Path) -> bool:
        if not self.safety.check_open(path):
            return False
        try:
            self.controller.open(path)
        except KvmapError as exc:
            self.errors.append(exc.render())
            return False
        return True

    def save(self) -> bool:
        assert self.controller.path is not None
        return self.save_to(self.controller.path)

    def save_as(self) -> bool:
        return self.save_as_target is not None and self.save_to(str(self.save_as_target))

    def save_to(self, path: str) -> bool:
        answer = self.safety.check_save(path)
        if answer == CANCEL:
            return False
        if answer == SAVE_AS:
            return self.save_as()
        try:
            with self.safety.saving():
                self.controller.save(path)
        except KvmapError as exc:
            self.errors.append(exc.render())
            return False
        return True


@pytest.fixture
def host(qtbot: QtBot, tmp_path: Path) -> Iterator[Window]:
    host = Window(tmp_path)
    yield host
    host.safety.close()
    shiboken6.delete(host)  # in the GUI thread, not later by the garbage collector


@pytest.fixture
def lock_holder(mapfile: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program that has the map open (holds its lock)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(mapfile)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def test_open_takes_lock_and_close_releases(host: Window, mapfile: Path) -> None:
    assert host.open_path(mapfile)
    owner = read_lock(mapfile)
    assert owner is not None
    assert owner.is_mine()
    assert not host.safety.read_only
    host.controller.set_case_field("title", "Gewijzigd")
    assert host.safety.autosaver.autosave_now() is not None
    host.safety.close()
    assert not lock_path(mapfile).exists()
    assert RecoveryStore(host.safety.autosaver.store.folder).entries(include_live=True) == []


def test_heartbeat_refreshes_lock(qtbot: QtBot, host: Window, mapfile: Path) -> None:
    host.open_path(mapfile)
    first = read_lock(mapfile)
    assert first is not None
    qtbot.waitUntil(lambda: (read_lock(mapfile) or first).heartbeat > first.heartbeat)


@pytest.mark.parametrize("answer", [READ_ONLY, ANYWAY, CANCEL])
def test_open_map_held_by_another_program(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    host: Window,
    mapfile: Path,
    lock_holder: subprocess.Popen[str],
    answer: str,
) -> None:
    shown = answering(monkeypatch, answer)
    opened = host.open_path(mapfile)
    assert len(shown) == 1
    assert "has “kaart.kvmap” open" in shown[0].text()
    if answer == CANCEL:
        assert not opened
        assert host.controller.path is None
        return
    assert opened
    assert host.controller.path == str(mapfile)
    owner = read_lock(mapfile)
    assert owner is not None
    if answer == READ_ONLY:
        assert host.safety.read_only
        assert owner.pid == lock_holder.pid  # theirs, untouched
    else:
        assert not host.safety.read_only
        assert owner.is_mine()


def test_read_only_refuses_to_save_over_and_offers_save_as(
    monkeypatch: pytest.MonkeyPatch,
    host: Window,
    mapfile: Path,
    lock_holder: subprocess.Popen[str],
    tmp_path: Path,
) -> None:
    answering(monkeypatch, READ_ONLY)
    host.open_path(mapfile)
    before = mapfile.read_bytes()
    host.controller.set_case_field("title", "Mijn versie")
    info: list[str] = []

    def inform(parent: QWidget, title: str, body: str) -> int:
        info.append(body)
        return 0

    monkeypatch.setattr(QMessageBox, "information", inform)
    host.save_as_target = tmp_path / "kopie.kvmap"
    assert host.save()
    assert "open read-only" in info[0]
    assert mapfile.read_bytes() == before  # their file untouched
    assert fileformat.load(host.save_as_target).info.title == "Mijn versie"
    # the copy is ours: editable and locked by us
    assert host.controller.path == str(host.save_as_target)
    assert not host.safety.read_only
    mine = read_lock(host.save_as_target)
    assert mine is not None
    assert mine.is_mine()


def test_stale_lock_is_taken_silently(
    monkeypatch: pytest.MonkeyPatch, host: Window, mapfile: Path
) -> None:
    shown = answering(monkeypatch, CANCEL)
    lock_path(mapfile).write_text(
        json.dumps({"user": "x", "host": "elders", "pid": 1, "created": 0, "heartbeat": 0})
    )
    old = time.time() - 3600  # staleness is the lock file's own age on the drive
    os.utime(lock_path(mapfile), (old, old))
    assert host.open_path(mapfile)
    assert shown == []
    owner = read_lock(mapfile)
    assert owner is not None
    assert owner.is_mine()


@pytest.mark.parametrize("answer", [OVERWRITE, SAVE_AS, CANCEL])
def test_save_never_silently_overwrites_newer_version(
    monkeypatch: pytest.MonkeyPatch,
    host: Window,
    mapfile: Path,
    tmp_path: Path,
    answer: str,
) -> None:
    host.open_path(mapfile)
    host.controller.set_case_field("title", "Mijn versie")
    other_program_saves(mapfile, "Versie van een collega")
    theirs = mapfile.read_bytes()
    shown = answering(monkeypatch, answer)
    host.save_as_target = tmp_path / "mijn-kopie.kvmap"
    saved = host.save()
    assert len(shown) == 1
    assert "changed on disk since you opened" in shown[0].text()
    if answer == CANCEL:
        assert not saved
        assert mapfile.read_bytes() == theirs
        assert host.controller.dirty
    elif answer == SAVE_AS:
        assert saved
        assert mapfile.read_bytes() == theirs
        assert fileformat.load(host.save_as_target).info.title == "Mijn versie"
    else:
        assert saved
        assert fileformat.load(mapfile).info.title == "Mijn versie"
        assert backup_path(mapfile).read_bytes() == theirs  # their version kept one level
        # and the next save does not ask again
        host.controller.set_case_field("title", "Nog eens")
        assert host.save()
        assert len(shown) == 1


def test_own_saves_never_ask(monkeypatch: pytest.MonkeyPatch, host: Window, mapfile: Path) -> None:
    shown = answering(monkeypatch, CANCEL)
    host.open_path(mapfile)
    for i in range(3):
        host.controller.set_case_field("title", f"Versie {i}")
        assert host.save()
    assert shown == []


def test_failed_save_keeps_document_dirty_and_says_why(host: Window, tmp_path: Path) -> None:
    folder = tmp_path / "weg"
    folder.mkdir()
    target = folder / "kaart.kvmap"
    host.controller.set_case_field("title", "Belangrijk")
    assert host.save_to(str(target))
    folder_gone = tmp_path / "weg-nu"
    folder.rename(folder_gone)
    host.controller.set_case_field("title", "Nog belangrijker")
    assert not host.save()
    assert "could not save" in host.errors[0]
    assert "Nothing was written" in host.errors[0]  # the folder with the previous file is gone
    assert host.controller.dirty
    assert host.controller.case.info.title == "Nog belangrijker"


def _reload_box(host: Window) -> QMessageBox | None:
    for box in host.findChildren(QMessageBox, "reload_box"):
        if box.isVisible():
            return box
    return None


@pytest.mark.parametrize("answer", [RELOAD, KEEP])
def test_foreign_change_asks_reload_or_keep(
    qtbot: QtBot, host: Window, mapfile: Path, answer: str
) -> None:
    host.safety.watcher._debounce.setInterval(20)
    host.open_path(mapfile)
    host.show()
    other_program_saves(mapfile, "Van een collega")
    qtbot.waitUntil(lambda: _reload_box(host) is not None, timeout=5000)
    box = _reload_box(host)
    assert box is not None
    assert "“kaart.kvmap” was changed on disk" in box.text()
    button = box.findChild(QPushButton, f"answer_{answer}")
    assert button is not None
    if answer == RELOAD:
        with qtbot.waitSignal(host.safety.reloaded):
            button.click()
        assert host.controller.case.info.title == "Van een collega"
        assert not host.controller.dirty
        assert not host.safety.watcher.changed_since_known()
    else:
        button.click()
        assert host.controller.case.info.title == "Testcasus"
        assert host.safety.watcher.changed_since_known()  # the save will still ask


def test_lock_taken_over_is_reported(qtbot: QtBot, host: Window, mapfile: Path) -> None:
    host.open_path(mapfile)
    lock_path(mapfile).write_text(
        json.dumps(
            {
                "user": "bert",
                "host": "pc-7",
                "pid": 5,
                "created": time.time(),
                "heartbeat": time.time(),
            }
        )
    )
    with qtbot.waitSignal(host.safety.message, timeout=3000) as blocker:
        pass
    assert "bert on pc-7 took over “kaart.kvmap”" in blocker.args[0]
    host.safety.close()
    assert lock_path(mapfile).exists()  # theirs now: not removed


def test_read_only_folder_opens_without_lock(
    monkeypatch: pytest.MonkeyPatch, host: Window, mapfile: Path
) -> None:
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if Path(path).name.startswith(".~lock."):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    assert host.open_path(mapfile)
    assert host.safety.lock is None
    assert not host.safety.read_only
    assert inspect(mapfile) is None


def test_other_lock_holder_released_after_kill(
    monkeypatch: pytest.MonkeyPatch, host: Window, mapfile: Path, lock_holder: subprocess.Popen[str]
) -> None:
    lock_holder.kill()
    lock_holder.wait()
    shown = answering(monkeypatch, CANCEL)
    assert host.open_path(mapfile)
    assert shown == []  # its lock was stale
    assert FileLock(mapfile).lock_file.exists()


def test_crash_handler_installed_on_request(host: Window, tmp_path: Path) -> None:
    before = sys.excepthook
    crash = host.safety.install_crash_handler()
    try:
        assert sys.excepthook == crash.handle
        assert crash.autosaver is host.safety.autosaver
    finally:
        host.safety.close()
    assert sys.excepthook == before


def test_heartbeat_runs_only_while_locked(host: Window, mapfile: Path) -> None:
    heartbeat = host.safety._heartbeat
    assert not heartbeat.isActive()
    host.open_path(mapfile)
    assert heartbeat.isActive()
    host.controller.new_document()
    assert not heartbeat.isActive()
    assert not lock_path(mapfile).exists()


def _visible_box(host: Window, name: str) -> QMessageBox | None:
    for box in host.findChildren(QMessageBox, name):
        if box.isVisible():
            return box
    return None


@pytest.mark.parametrize("answer", [READ_ONLY, ANYWAY])
def test_map_given_at_start_while_held_elsewhere_asks_without_blocking(
    qtbot: QtBot, host: Window, mapfile: Path, lock_holder: subprocess.Popen[str], answer: str
) -> None:
    host.show()
    host.controller.open(mapfile)  # as at start-up: no check_open before
    assert host.safety.read_only
    qtbot.waitUntil(lambda: _visible_box(host, "locked_box") is not None, timeout=3000)
    box = _visible_box(host, "locked_box")
    assert box is not None
    assert "has “kaart.kvmap” open" in box.text()
    button = box.findChild(QPushButton, f"answer_{answer}")
    assert button is not None
    button.click()
    owner = read_lock(mapfile)
    assert owner is not None
    if answer == ANYWAY:
        assert not host.safety.read_only
        assert owner.is_mine()
    else:
        assert host.safety.read_only
        assert owner.pid == lock_holder.pid


@pytest.mark.parametrize("answer", [CANCEL, SAVE_AS, OVERWRITE])
def test_save_as_onto_a_map_held_elsewhere_asks(
    monkeypatch: pytest.MonkeyPatch,
    host: Window,
    mapfile: Path,
    lock_holder: subprocess.Popen[str],
    tmp_path: Path,
    answer: str,
) -> None:
    theirs = mapfile.read_bytes()
    host.controller.set_case_field("title", "Mijn kaart")
    host.save_as_target = tmp_path / "eigen.kvmap"
    shown = answering(monkeypatch, answer)
    saved = host.save_to(str(mapfile))
    assert len(shown) == 1
    assert "has “kaart.kvmap” open" in shown[0].text()
    assert "kaart.kvmap.bak" in shown[0].text()
    owner = read_lock(mapfile)
    assert owner is not None
    if answer == CANCEL:
        assert not saved
        assert mapfile.read_bytes() == theirs
    elif answer == SAVE_AS:
        assert saved
        assert mapfile.read_bytes() == theirs
        assert host.controller.path == str(host.save_as_target)
    else:
        assert saved
        assert fileformat.load(mapfile).info.title == "Mijn kaart"
        assert backup_path(mapfile).read_bytes() == theirs
        assert owner.is_mine()  # their lock was taken over
        assert not host.safety.read_only
