"""One object that keeps the open document safe; the main window calls a few hooks.

:class:`DocumentSafety` ties together, for one :class:`DocumentController` and its window:

* the lock file of the open map (:mod:`models.filelock`), with a heartbeat, taken when a path
  becomes the document's and released when it stops being so;
* the :class:`ui.safety.filewatch.FileWatcher`: a foreign change asks "reload or keep mine"
  (window-modal, without blocking the event loop);
* the :class:`ui.safety.recovery.Autosaver` and, on start, :meth:`offer_recovery`;
* optionally the :class:`ui.safety.crash.CrashHandler` (installed by the application, not by
  tests).

Hooks for the window's file handling (see ``docs/reliability.md``)::

    if not safety.check_open(path): return False        # before controller.open(path)
    answer = safety.check_save(path)                    # before controller.save(path)
    if answer == CANCEL: return False
    if answer == SAVE_AS: return self.save_as()
    with safety.saving():                               # around controller.save(path)
        controller.save(path)
    safety.close()                                      # when the window really closes
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from models.filelock import HEARTBEAT_EVERY, FileLock, LockedError, LockOwner, inspect, read_lock
from models.i18n import Lang
from ui.document.controller import DocumentController
from ui.safety.crash import CrashHandler
from ui.safety.filewatch import (
    ANYWAY,
    CANCEL,
    KEEP,
    OVERWRITE,
    POLL_MS,
    READ_ONLY,
    RELOAD,
    SAVE_AS,
    FileWatcher,
    ask_locked,
    ask_overwrite,
    ask_overwrite_locked,
)
from ui.safety.recovery import (
    AUTOSAVE_INTERVAL_MS,
    Autosaver,
    RecoveryEntry,
    RecoveryStore,
    offer_recovery,
    restore_into,
)
from ui.safety.texts import text

__all__ = ["CANCEL", "OK", "SAVE_AS", "DocumentSafety"]

OK = "ok"


def _lang() -> Lang:
    from ui.i18n import current_language

    return current_language()


def _same(a: str | os.PathLike[str] | None, b: str | os.PathLike[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return os.path.abspath(a) == os.path.abspath(b)


class DocumentSafety(QObject):
    """Lock, watch, autosave and crash handling for one window's document.

    Signals
    -------
    read_only_changed(bool)
        the map is (no longer) open read-only because someone else has it open.
    message(str)
        a short notice for the status bar (autosave failed, file removed, lock taken over).
    reloaded(str)
        the document was reloaded from disk after a change by someone else.
    """

    read_only_changed = Signal(bool)
    message = Signal(str)
    reloaded = Signal(str)

    def __init__(
        self,
        window: QWidget,
        controller: DocumentController,
        *,
        save_as: Callable[[], object] | None = None,
        store: RecoveryStore | None = None,
        autosave_ms: int = AUTOSAVE_INTERVAL_MS,
        heartbeat_ms: int = int(HEARTBEAT_EVERY * 1000),
        poll_ms: int = POLL_MS,
        crash_handler: bool = False,
        log_folder: str | Path | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.autosaver = Autosaver(controller, store, autosave_ms, parent=self)
        self.autosaver.failed.connect(self.message)
        self.watcher = FileWatcher(self, poll_ms=poll_ms)
        self.watcher.changed_on_disk.connect(self._on_watcher_changed_on_disk)
        self.watcher.removed_from_disk.connect(self._on_watcher_removed_from_disk)
        self._save_as = save_as
        self._log_folder = log_folder
        self.crash: CrashHandler | None = None
        if crash_handler:
            self.install_crash_handler()
        self.lock: FileLock | None = None
        self._read_only = False
        self._pending: dict[str, str] = {}  # path -> READ_ONLY / ANYWAY chosen in check_open
        self._lock_lost_told = False
        self._reload_box: QMessageBox | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setObjectName("lock_heartbeat")
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self._on_heartbeat_timeout)  # runs while a lock is held
        controller.path_changed.connect(self._on_controller_path_changed)
        controller.case_replaced.connect(self._on_controller_case_replaced)
        self._take(controller.path)

    # ------------------------------------------------------------------ state
    @property
    def read_only(self) -> bool:
        """Whether the map is open read-only (someone else has it open)."""
        return self._read_only

    def install_crash_handler(self) -> CrashHandler:
        """Become ``sys.excepthook`` (the application does this; tests do not)."""
        if self.crash is None:
            self.crash = CrashHandler(
                window=self.window,
                save_as=self._save_as,
                autosaver=self.autosaver,
                log_folder=self._log_folder,
                parent=self,
            )
        self.crash.install()
        return self.crash

    # ------------------------------------------------------------------ hooks
    def check_open(self, path: str | os.PathLike[str]) -> bool:
        """Before opening ``path``: ask when another program holds its lock.

        False when the user cancelled. The answer (read-only / open anyway) is applied when
        the controller switches to ``path``.
        """
        owner = inspect(path)
        if owner is None or owner.is_stale():
            self._pending.pop(os.path.abspath(path), None)
            return True
        answer = ask_locked(self.window, os.fspath(path), owner)
        if answer == CANCEL:
            return False
        self._pending[os.path.abspath(path)] = answer
        if _same(path, self.controller.path):  # re-opening the same file: apply now
            self._take(os.fspath(path))
        return True

    def check_save(self, path: str | os.PathLike[str]) -> str:
        """Before saving to ``path``: :data:`OK`, :data:`CANCEL` or :data:`SAVE_AS`.

        Saving over the open file is refused while it is open read-only, and asked about
        when someone else changed it on disk since we opened or saved it; saving onto
        another map that someone else has open is asked about too.
        """
        if not _same(path, self.controller.path):
            owner = inspect(path)  # Save as onto a map that someone else has open
            if owner is None or owner.is_stale():
                return OK
            answer = ask_overwrite_locked(self.window, os.fspath(path), owner)
            if answer == OVERWRITE:
                self._pending[os.path.abspath(path)] = ANYWAY  # and take their lock over
                return OK
            return answer
        name = Path(path).name
        if self._read_only:
            QMessageBox.information(
                self.window, text("locked_title"), text("read_only_save", name=name)
            )
            return SAVE_AS
        if self.watcher.changed_since_known():
            answer = ask_overwrite(self.window, os.fspath(path))
            return OK if answer == OVERWRITE else answer
        return OK

    @contextlib.contextmanager
    def saving(self) -> Iterator[None]:
        """Around the controller's save: our own write is not reported as a foreign change."""
        with self.watcher.own_write():
            yield

    def offer_recovery(self) -> RecoveryEntry | None:
        """On start: offer the copies left by a crashed session (see :mod:`ui.safety.recovery`)."""
        return offer_recovery(
            self.window, self.autosaver.store, restore_into(self.controller, self.autosaver)
        )

    def close(self) -> None:
        """The window closes for good (changes saved or discarded): unlock, stop, clean up."""
        self._heartbeat.stop()
        self.watcher.watch(None)
        self._release()
        self.autosaver.stop()
        if self.crash is not None:
            self.crash.uninstall()

    # ------------------------------------------------------------------ lock and watch
    def _take(self, path: str | None) -> None:
        """Make ``path`` the locked and watched file."""
        choice = self._pending.pop(os.path.abspath(path), "") if path else ""
        already = self.lock is not None and self.lock.held and _same(self.lock.path, path)
        if not already or choice == READ_ONLY:
            self._release()
            read_only = choice == READ_ONLY
            if path is not None and not read_only:
                lock = FileLock(path)
                try:
                    lock.acquire(force=choice == ANYWAY)
                    self.lock = lock
                    self._heartbeat.start()
                except LockedError as exc:
                    # arrived here without check_open (the file given at start-up, Save as):
                    # read-only for now, and ask without blocking whether to open it anyway
                    read_only = True
                    self.message.emit(exc.render(_lang()))
                    QTimer.singleShot(0, functools.partial(self._ask_locked_later, path, exc.owner))
                except OSError:
                    pass  # read-only folder: no lock file, still editable
            self._set_read_only(read_only)
        self._lock_lost_told = False
        self.watcher.watch(path)

    def _release(self) -> None:
        self._heartbeat.stop()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _set_read_only(self, value: bool) -> None:
        if value != self._read_only:
            self._read_only = value
            self.read_only_changed.emit(value)

    # ------------------------------------------------------------------ slots
    def _on_controller_path_changed(self, path: str | None) -> None:
        self._take(path)

    def _on_controller_case_replaced(self, _case: object) -> None:
        # (re)opened or restored: what is on disk now is the version we know
        if self.controller.path is not None:
            self.watcher.accept_disk_version()

    def _on_heartbeat_timeout(self) -> None:
        if self.lock is None or self.lock.refresh() or self._lock_lost_told:
            return
        self._lock_lost_told = True
        owner = read_lock(self.lock.path)
        self.message.emit(
            text(
                "lock_lost",
                user=owner.user if owner else "?",
                host=owner.host if owner else "?",
                name=self.lock.path.name,
            )
        )

    def _on_watcher_changed_on_disk(self, path: str) -> None:
        if self._reload_box is not None:
            return  # already asking
        box = self._make_reload_box(path)
        self._reload_box = box
        box.finished.connect(lambda _result: self._on_reload_answered(box, path))
        box.open()  # window-modal, does not block the event loop

    def _ask_locked_later(self, path: str, owner: LockOwner) -> None:
        """The window-modal twin of :func:`ask_locked` for a map that is already open."""
        if not self._read_only or not _same(path, self.controller.path):
            return
        box = QMessageBox(self.window)
        box.setObjectName("locked_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(text("locked_title"))
        box.setText(
            text(
                "locked_text",
                user=owner.user or "?",
                host=owner.host or "?",
                name=Path(path).name,
                since=owner.since(),
            )
        )
        keep = box.addButton(text("locked_read_only"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName(f"answer_{READ_ONLY}")
        anyway = box.addButton(text("locked_anyway"), QMessageBox.ButtonRole.DestructiveRole)
        anyway.setObjectName(f"answer_{ANYWAY}")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._on_locked_answered(box, path))
        box.open()

    def _on_locked_answered(self, box: QMessageBox, path: str) -> None:
        anyway = box.clickedButton() is box.findChild(QPushButton, f"answer_{ANYWAY}")
        box.deleteLater()
        if anyway and self._read_only and _same(path, self.controller.path):
            self._pending[os.path.abspath(path)] = ANYWAY
            self._take(path)

    def _make_reload_box(self, path: str) -> QMessageBox:
        dirty = self.controller.dirty
        box = QMessageBox(self.window)
        box.setObjectName("reload_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(text("changed_title"))
        box.setText(text("changed_text_dirty" if dirty else "changed_text", name=Path(path).name))
        reload_button = box.addButton(text("changed_reload"), QMessageBox.ButtonRole.AcceptRole)
        reload_button.setObjectName(f"answer_{RELOAD}")
        keep_button = box.addButton(text("changed_keep"), QMessageBox.ButtonRole.RejectRole)
        keep_button.setObjectName(f"answer_{KEEP}")
        box.setDefaultButton(keep_button if dirty else reload_button)
        box.setEscapeButton(keep_button)
        return box

    def _on_reload_answered(self, box: QMessageBox, path: str) -> None:
        self._reload_box = None
        clicked = box.clickedButton()
        answer = clicked.objectName().removeprefix("answer_") if clicked is not None else KEEP
        box.deleteLater()
        if answer != RELOAD or not _same(path, self.controller.path):
            return
        from models.errors import KvmapError

        try:
            self.controller.open(path)
        except KvmapError as exc:
            QMessageBox.warning(self.window, text("open_failed_title"), exc.render(_lang()))
            return
        self.watcher.accept_disk_version()
        self.reloaded.emit(path)

    def _on_watcher_removed_from_disk(self, path: str) -> None:
        self.message.emit(text("removed_text", name=Path(path).name))
