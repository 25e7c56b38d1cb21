"""The crash handler: an exception in a slot shows the dialog, logs, and keeps the document."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from models import fileformat
from models.fileformat import case_to_dict
from tests.ui.conftest import small_case
from ui.document.controller import DocumentController
from ui.safety.crash import LOG_NAME, CrashDialog, CrashHandler, log_dir
from ui.safety.recovery import Autosaver, RecoveryStore

pytestmark = pytest.mark.qt_no_exception_capture


class Scripted:
    """Stands in for the user: records the dialogs and clicks the chosen button."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
        self.shown: list[CrashDialog] = []
        scripted = self

        def exec_(dialog: CrashDialog) -> int:
            scripted.shown.append(dialog)
            button = dialog.save_as_button if choice == "save_as" else dialog.continue_button
            button.click()
            return 0

        monkeypatch.setattr(CrashDialog, "exec", exec_)


@pytest.fixture
def dirty_controller(owner: QObject) -> DocumentController:
    dirty_controller = DocumentController(small_case(), owner)
    dirty_controller.set_case_field("title", "Ongered werk")
    return dirty_controller


@pytest.fixture
def handler(
    qtbot: QtBot, dirty_controller: DocumentController, tmp_path: Path
) -> Iterator[tuple[CrashHandler, list[Path]]]:
    window = QWidget()
    saved: list[Path] = []

    def save_as() -> None:
        target = tmp_path / f"gered{len(saved)}.kvmap"
        dirty_controller.save(target)
        saved.append(target)

    autosaver = Autosaver(
        dirty_controller, RecoveryStore(tmp_path / "recovery"), interval_ms=60_000
    )
    crash = CrashHandler(
        window=window, save_as=save_as, autosaver=autosaver, log_folder=tmp_path / "log"
    )
    before = sys.excepthook
    crash.install()
    assert sys.excepthook == crash.handle
    yield crash, saved
    crash.uninstall()
    assert sys.excepthook == before
    shiboken6.delete(crash)
    shiboken6.delete(window)


def _raising_button(qtbot: QtBot, error: Exception) -> QPushButton:
    button = QPushButton()
    qtbot.addWidget(button)

    def boom() -> None:
        raise error

    button.clicked.connect(boom)
    return button


def test_exception_in_slot_save_as(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    dirty_controller: DocumentController,
    handler: tuple[CrashHandler, list[Path]],
    tmp_path: Path,
) -> None:
    crash, saved = handler
    user = Scripted(monkeypatch, "save_as")
    before = case_to_dict(dirty_controller.case)
    button = _raising_button(qtbot, ValueError("kapot in een slot"))
    with qtbot.waitSignal(crash.crashed) as blocker:
        button.click()
    assert blocker.args == ["ValueError: kapot in een slot"]
    assert len(user.shown) == 1
    dialog = user.shown[0]
    assert dialog.windowTitle() == "Unexpected error"
    # rev-dutch21 D7: the text says what happened to the map (here: a copy was made)
    assert "a recovery copy of it was made" in dialog.text()
    assert str(crash.log_file) in dialog.informativeText()
    assert "Traceback" in dialog.detailedText()
    # the document is still in memory and was saved under the new name (the save itself is
    # recorded in its history)
    after = case_to_dict(dirty_controller.case)
    assert len(after.pop("history")) == 1
    assert after == before
    assert saved == [tmp_path / "gered0.kvmap"]
    assert fileformat.load(saved[0]).info.title == "Ongered werk"
    log = crash.log_file.read_text(encoding="utf-8")
    assert "ValueError: kapot in een slot" in log
    assert "Traceback (most recent call last)" in log
    assert "in boom" in log


def test_continue_keeps_document_and_makes_recovery_copy(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    dirty_controller: DocumentController,
    handler: tuple[CrashHandler, list[Path]],
    tmp_path: Path,
) -> None:
    crash, saved = handler
    user = Scripted(monkeypatch, "continue")
    button = _raising_button(qtbot, KeyError("weg"))
    with qtbot.waitSignal(crash.crashed):
        button.click()
    assert len(user.shown) == 1
    assert saved == []
    assert dirty_controller.dirty
    assert dirty_controller.case.info.title == "Ongered werk"
    copies = RecoveryStore(tmp_path / "recovery").entries(include_live=True)
    assert [c.title for c in copies] == ["Ongered werk"]
    # the app keeps working: edits still go through
    dirty_controller.set_case_field("title", "Verder")
    assert dirty_controller.case.info.title == "Verder"


def test_exception_while_saving_from_dialog_is_only_logged(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    handler: tuple[CrashHandler, list[Path]],
) -> None:
    crash, _saved = handler
    user = Scripted(monkeypatch, "save_as")

    def broken_save_as() -> None:
        raise OSError("schijf weg")

    crash.save_as = broken_save_as
    button = _raising_button(qtbot, RuntimeError("eerste"))
    button.click()
    assert len(user.shown) == 1  # no second dialog
    log = crash.log_file.read_text(encoding="utf-8")
    assert "RuntimeError: eerste" in log
    assert "OSError: schijf weg" in log


def test_nested_exception_while_dialog_open_shows_one_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, handler: tuple[CrashHandler, list[Path]]
) -> None:
    crash, _saved = handler
    shown: list[CrashDialog] = []
    inner = _raising_button(qtbot, ValueError("tweede"))

    def exec_(dialog: CrashDialog) -> int:
        shown.append(dialog)
        inner.click()  # another slot fails while the dialog is up
        dialog.continue_button.click()
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    _raising_button(qtbot, ValueError("eerste")).click()
    assert len(shown) == 1
    log = crash.log_file.read_text(encoding="utf-8")
    assert "ValueError: eerste" in log
    assert "ValueError: tweede" in log


def test_exception_in_worker_thread_shows_dialog_on_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, handler: tuple[CrashHandler, list[Path]]
) -> None:
    crash, _saved = handler
    gui_thread = threading.current_thread()
    threads: list[threading.Thread] = []

    def exec_(dialog: CrashDialog) -> int:
        threads.append(threading.current_thread())
        dialog.continue_button.click()
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_)

    def work() -> None:
        raise ZeroDivisionError("in de achtergrond")

    worker = threading.Thread(target=work, name="rekenaar")
    with qtbot.waitSignal(crash.crashed, timeout=3000):
        worker.start()
        worker.join()
    assert threads == [gui_thread]
    log = crash.log_file.read_text(encoding="utf-8")
    assert "unexpected exception in rekenaar" in log
    assert "ZeroDivisionError: in de achtergrond" in log


def test_keyboard_interrupt_goes_to_previous_hook(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    seen: list[type[BaseException]] = []

    def previous(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        seen.append(exc_type)

    monkeypatch.setattr(sys, "excepthook", previous)
    crash = CrashHandler(log_folder=tmp_path)
    crash.install()
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        crash.uninstall()
    assert seen == [KeyboardInterrupt]
    assert sys.excepthook is previous


def test_dialog_in_dutch(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.i18n import set_language

    set_language("nl", persist=False)
    try:
        dialog = CrashDialog("ValueError: x", "Traceback", tmp_path / LOG_NAME)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Onverwachte fout"
        # rev-dutch21 D7: no promise of a copy when the handler could not ask for one
        assert "Uw kaart is nog open." in dialog.text()
        assert "staan onder “Details tonen…” en in het logbestand" in dialog.informativeText()
        assert dialog.save_as_button.text() == "Opslaan &als…"
        assert dialog.continue_button.text() == "&Doorgaan"
    finally:
        set_language("en", persist=False)


def test_log_rotates(tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.safety.crash.LOG_BYTES", 2000)
    crash = CrashHandler(log_folder=tmp_path)
    crash.install()
    try:
        for i in range(20):
            crash._log(ValueError, ValueError(f"fout {i} " + "x" * 200), None)
    finally:
        crash.uninstall()
    logs = sorted(p.name for p in tmp_path.iterdir())
    assert logs == [LOG_NAME, f"{LOG_NAME}.1", f"{LOG_NAME}.2", f"{LOG_NAME}.3"]
    assert "fout 19" in (tmp_path / LOG_NAME).read_text(encoding="utf-8")


def test_default_log_folder_is_platform_log_dir(tmp_path: Path) -> None:
    crash = CrashHandler()
    assert crash.log_file.parent == log_dir()
    assert "Krachtenveld" in str(log_dir())


def test_our_packages_warnings_go_to_the_log_file(tmp_path: Path, qtbot: QtBot) -> None:
    """rev-hostile19b N1: the analysis process's fallbacks were warnings that reached no file
    (the crash logger did not propagate, nothing else had a handler): while installed, the
    warnings of our packages are written to the same log; INFO is not, and after uninstall
    nothing is (old: the file was never written)."""
    import logging.handlers

    crash = CrashHandler(log_folder=tmp_path)
    crash.install()
    try:
        runner = logging.getLogger("ui.background.analysis_runner")
        runner.warning("analysis process: answer not used (the map was edited meanwhile)")
        logging.getLogger("exports.analysis_child").info("a routine line")
    finally:
        crash.uninstall()
    logging.getLogger("ui.background.analysis_runner").warning("after uninstall")
    written = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "WARNING ui.background.analysis_runner analysis process: answer not used" in written
    assert "a routine line" not in written
    assert "after uninstall" not in written
    assert not any(
        isinstance(h, logging.handlers.RotatingFileHandler)
        for h in logging.getLogger("ui").handlers
    )
    shiboken6.delete(crash)
