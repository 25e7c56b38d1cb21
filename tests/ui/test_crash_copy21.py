"""rev-dutch21 D7: the crash dialog says a recovery copy was made only when one was; a clean
map and a failed copy get their own texts; the exception's class and message stand only under
"Show Details…" (and in the log), not in the main or informative text.

Fails on the old code, whose one text said "nothing has been lost; a recovery copy was made"
for a clean map too, and showed "ZeroDivisionError: division by zero" in the informative text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import small_case
from ui.document.controller import DocumentController
from ui.safety.crash import CrashDialog, CrashHandler
from ui.safety.recovery import Autosaver, RecoveryStore

pytestmark = pytest.mark.qt_no_exception_capture


class Said:
    """What a crash dialog said: its main, informative and detailed text."""

    def __init__(self, dialog: CrashDialog) -> None:
        self.text = dialog.text()
        self.informative = dialog.informativeText()
        self.details = dialog.detailedText()


def _show(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, controller: DocumentController, folder: Path
) -> Said:
    shown: list[Said] = []

    def exec_(dialog: CrashDialog) -> int:
        shown.append(Said(dialog))
        dialog.continue_button.click()
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    window = QWidget()
    qtbot.addWidget(window)
    autosaver = Autosaver(controller, RecoveryStore(folder / "recovery"), interval_ms=60_000)
    crash = CrashHandler(window=window, autosaver=autosaver, log_folder=folder / "log")
    crash.install()
    try:
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError as exc:
            crash.handle(type(exc), exc, exc.__traceback__)
    finally:
        crash.uninstall()
        shiboken6.delete(crash)
    assert len(shown) == 1
    return shown[0]


@pytest.fixture
def crash_owner() -> Iterator[QObject]:
    owner = QObject()
    yield owner
    shiboken6.delete(owner)


def _no_fault_in_main_text(dialog: Said) -> None:
    for said in (dialog.text, dialog.informative):
        assert "ZeroDivisionError" not in said
        assert "division by zero" not in said
    assert "ZeroDivisionError: division by zero" in dialog.details


def test_a_clean_map_promises_no_copy(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, crash_owner: QObject
) -> None:
    controller = DocumentController(small_case(), crash_owner)
    assert not controller.dirty
    dialog = _show(qtbot, monkeypatch, controller, tmp_path)
    assert "recovery copy was made" not in dialog.text
    assert "nothing has been lost" not in dialog.text
    assert "no unsaved changes, so no recovery copy was needed" in dialog.text
    assert not list((tmp_path / "recovery").glob("*.kvmap"))
    _no_fault_in_main_text(dialog)


def test_a_dirty_map_says_the_copy_was_made(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, crash_owner: QObject
) -> None:
    controller = DocumentController(small_case(), crash_owner)
    controller.set_case_field("title", "Ongered werk")
    dialog = _show(qtbot, monkeypatch, controller, tmp_path)
    assert "a recovery copy of it was made" in dialog.text
    copies = RecoveryStore(tmp_path / "recovery").entries(include_live=True)
    assert [c.title for c in copies] == ["Ongered werk"]
    _no_fault_in_main_text(dialog)


def test_a_failed_copy_says_so_and_asks_to_save_now(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, crash_owner: QObject
) -> None:
    controller = DocumentController(small_case(), crash_owner)
    controller.set_case_field("title", "Ongered werk")

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(RecoveryStore, "write", refuse)
    dialog = _show(qtbot, monkeypatch, controller, tmp_path)
    assert "no recovery copy could be made" in dialog.text
    assert "Save your work under a new name now" in dialog.text
    assert "recovery copy of it was made" not in dialog.text
    _no_fault_in_main_text(dialog)


def test_the_dutch_texts(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.i18n import set_language

    set_language("nl", persist=False)
    try:
        said: dict[str, str] = {}
        for copy in ("copy", "clean", "failed", "unknown"):
            dialog = CrashDialog("ZeroDivisionError: x", "", tmp_path / "k.log", None, copy)
            qtbot.addWidget(dialog)
            said[copy] = dialog.text()
    finally:
        set_language("en", persist=False)
    assert "er is een herstelkopie van gemaakt" in said["copy"]
    assert "een herstelkopie was niet nodig" in said["clean"]
    assert "er kon geen herstelkopie worden gemaakt" in said["failed"]
    assert all("fout opgetreden in Krachtenveld zelf" in t for t in said.values())
    assert not any("niets verloren" in t for t in said.values())
