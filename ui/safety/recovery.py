"""Autosave of the open document to a recovery folder, and restoring it after a crash.

While the document has unsaved changes, :class:`Autosaver` writes a copy every minute to
``<user data dir>/recovery/<key>.kvmap`` with ``<key>.json`` beside it (original path, title,
time, host and process id). A clean save, a new document or a clean close removes the copy.
On the next start :func:`offer_recovery` lists the copies whose program is gone (killed,
crashed, power cut) in a :class:`RecoveryDialog`: restore or discard each one. Copies of a
program that is still running (a second window) are never offered.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import Case, KvmapError, fileformat
from models.atomic import atomic_write_bytes
from models.i18n import Lang, long_date
from models.os_words import os_reason
from models.process import host_name, pid_alive
from ui.document.controller import DocumentController
from ui.i18n import current_language
from ui.safety.texts import text

log = logging.getLogger(__name__)

__all__ = [
    "AUTOSAVE_INTERVAL_MS",
    "Autosaver",
    "RecoveryDialog",
    "RecoveryEntry",
    "RecoveryStore",
    "offer_recovery",
    "recovery_dir",
]

AUTOSAVE_INTERVAL_MS = 60_000
_META_BYTES = 64 * 1024
APP = "Krachtenveld"


def recovery_dir() -> Path:
    """``<platform user data dir>/Krachtenveld/recovery``."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "recovery"


@dataclass(frozen=True, slots=True)
class RecoveryEntry:
    """One recovery copy: what it is, where it came from, when it was made."""

    key: str
    file: Path
    original: str | None
    title: str
    saved_at: float
    host: str
    pid: int

    def when(self, lang: Lang = "en") -> str:
        """The local time of the copy: ``5 december 2026, 20:00`` (Dutch review 21, D15)."""
        try:
            made = datetime.fromtimestamp(self.saved_at)
        except (ValueError, OverflowError, OSError):
            return "?"
        return f"{long_date(made.date(), lang)}, {made:%H:%M}"

    def owner_alive(self) -> bool:
        """Whether the program that made the copy still runs (then it is not ours to take)."""
        return self.host == host_name() and pid_alive(self.pid)


class RecoveryStore:
    """The recovery folder: write, list, load and discard copies."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else recovery_dir()

    def write(self, key: str, case: Case, original: str | None) -> RecoveryEntry:
        """Write (or overwrite) the copy ``key``; raises ``OSError`` or ``KvmapError``."""
        self.folder.mkdir(parents=True, exist_ok=True)
        file = self.folder / f"{key}.kvmap"
        fileformat.save(case, file, backup=False)
        entry = RecoveryEntry(
            key, file, original, case.info.title, time.time(), host_name(), os.getpid()
        )
        meta = {
            "version": 1,
            "original": original,
            "title": entry.title,
            "saved_at": entry.saved_at,
            "host": entry.host,
            "pid": entry.pid,
        }
        data = json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8", "replace")
        atomic_write_bytes(self.folder / f"{key}.json", data)
        return entry

    def entries(self, *, include_live: bool = False) -> list[RecoveryEntry]:
        """Copies in the folder, newest first; without copies of programs still running."""
        try:
            metas = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        found: list[RecoveryEntry] = []
        for meta in metas:
            entry = self._read(meta)
            if entry is None:
                continue
            if not include_live and entry.owner_alive():
                continue
            found.append(entry)
        found.sort(key=lambda e: e.saved_at, reverse=True)
        return found

    def load(self, entry: RecoveryEntry) -> Case:
        """The recovered case; raises :class:`models.FormatError` when the copy is damaged."""
        return self.read(entry).case

    def read(self, entry: RecoveryEntry) -> fileformat.Loaded:
        """The recovered case with what was repaired to open it (see :func:`fileformat.read`)."""
        return fileformat.read(entry.file)

    def discard(self, key: str) -> None:
        """Remove copy ``key`` (its data first, then its description)."""
        for suffix in (".kvmap", ".json"):
            with contextlib.suppress(OSError):
                (self.folder / f"{key}{suffix}").unlink()

    def _read(self, meta: Path) -> RecoveryEntry | None:
        key = meta.stem
        file = meta.with_suffix(".kvmap")
        try:
            if meta.stat().st_size > _META_BYTES or not file.is_file():
                return None
            raw = json.loads(meta.read_bytes().decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(raw, dict):
            return None
        original = raw.get("original")
        title = raw.get("title")
        saved_at = raw.get("saved_at")
        host = raw.get("host")
        pid = raw.get("pid")
        if not isinstance(saved_at, (int, float)) or isinstance(saved_at, bool):
            saved_at = meta.stat().st_mtime
        return RecoveryEntry(
            key=key,
            file=file,
            original=original if isinstance(original, str) else None,
            title=title[:500] if isinstance(title, str) else key,
            saved_at=float(saved_at),
            host=host if isinstance(host, str) else "",
            pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
        )


class Autosaver(QObject):
    """Writes a recovery copy of the controller's case every ``interval_ms`` while dirty.

    Signals
    -------
    saved(RecoveryEntry)
        a recovery copy was written.
    failed(str)
        writing the copy failed (message in the GUI language); the document is untouched.
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        controller: DocumentController,
        store: RecoveryStore | None = None,
        interval_ms: int = AUTOSAVE_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else controller)
        self._controller = controller
        self.store = store if store is not None else RecoveryStore()
        self.key = uuid.uuid4().hex
        self._saved_revision: int | None = None
        self._has_copy = False
        self._timer = QTimer(self)
        self._timer.setObjectName("autosave_timer")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._stopped = False
        if controller.dirty:
            self._timer.start()  # otherwise it runs only while there are unsaved changes
        controller.dirty_changed.connect(self._on_controller_dirty_changed)
        controller.case_replaced.connect(self._on_controller_case_replaced)

    @property
    def interval_ms(self) -> int:
        """How often a dirty document is copied."""
        return self._timer.interval()

    def autosave_now(self, *, force: bool = False) -> RecoveryEntry | None:
        """Write a copy now if the document is dirty and changed since the last copy.

        ``force`` writes even when nothing changed since the last copy (the crash handler
        does). Never raises: a failure is reported through :attr:`failed`.
        """
        controller = self._controller
        if not controller.dirty:
            return None
        revision = controller.case.revision
        if not force and self._has_copy and revision == self._saved_revision:
            return None
        try:
            entry = self.store.write(self.key, controller.case, controller.path)
        except (OSError, KvmapError) as exc:
            log.warning("recovery copy not written: %s", exc)
            name = map_name(controller.path, controller.case.info.title)
            self.failed.emit(text("autosave_failed", name=name, reason=_reason(exc)))
            return None
        self._saved_revision = revision
        self._has_copy = True
        self.saved.emit(entry)
        return entry

    def adopt(self, entry: RecoveryEntry) -> None:
        """Continue the copy of a restored ``entry`` (same key; rewritten as ours at once)."""
        self.store.discard(self.key)
        self.key = entry.key
        self._has_copy = False
        self.autosave_now(force=True)

    def discard(self) -> None:
        """Remove this document's copy (after a clean save or close)."""
        self.store.discard(self.key)
        self._has_copy = False
        self._saved_revision = None

    @property
    def active(self) -> bool:
        """Whether the timer runs (only while the document has unsaved changes)."""
        return self._timer.isActive()

    def stop(self) -> None:
        """Stop the timer and remove the copy: call on a clean close of the window."""
        self._stopped = True
        self._timer.stop()
        self.discard()

    def _on_timer_timeout(self) -> None:
        self.autosave_now()

    def _on_controller_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            if not self._stopped and not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self.discard()

    def _on_controller_case_replaced(self, _case: Case) -> None:
        self.discard()
        self.key = uuid.uuid4().hex


class RecoveryDialog(QDialog):
    """Lists recovery copies; each can be restored or discarded."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(text("recovery_title"))
        self.chosen: RecoveryEntry | None = None
        self.discarded: list[RecoveryEntry] = []
        layout = QVBoxLayout(self)
        intro = QLabel(text("recovery_intro"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("recovery_list")
        lang = current_language()
        for entry in entries:
            where = entry.original or text("recovery_never_saved")
            label = text("recovery_item", title=entry.title, where=where, when=entry.when(lang))
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(text("recovery_restore"))
        self.restore_button.setObjectName("recovery_restore")
        self.discard_button = QPushButton(text("recovery_discard"))
        self.discard_button.setObjectName("recovery_discard")
        self.later_button = QPushButton(text("recovery_later"))
        self.later_button.setObjectName("recovery_later")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.later_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(self._on_restore_clicked)
        layout.addWidget(buttons)
        # wide enough for a whole line (it was ~290 px, the copy's time behind a scroll bar),
        # within a 1366-pixel screen
        wide = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 40
        self.resize(min(max(self.sizeHint().width(), wide), 1200), self.sizeHint().height())

    def current_entry(self) -> RecoveryEntry | None:
        """The selected copy."""
        item = self.list.currentItem()
        if item is None:
            return None
        entry = item.data(Qt.ItemDataRole.UserRole)
        return entry if isinstance(entry, RecoveryEntry) else None

    def _on_restore_clicked(self) -> None:
        self.chosen = self.current_entry()
        if self.chosen is not None:
            self.accept()

    def _on_discard_clicked(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self.discarded.append(entry)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()


def offer_recovery(
    parent: QWidget | None,
    store: RecoveryStore,
    restore: Callable[[Case, RecoveryEntry], None],
    *,
    dialog_factory: Callable[[list[RecoveryEntry], QWidget | None], RecoveryDialog] = (
        RecoveryDialog
    ),
) -> RecoveryEntry | None:
    """Show the copies left by crashed sessions; restore the one the user picks.

    ``restore(case, entry)`` puts the recovered case into the window (for a
    :class:`DocumentController`: :func:`restore_into`). Discarded copies are removed; copies
    the user leaves for later stay. Returns the restored entry, if any.
    """
    entries = store.entries()
    if not entries:
        return None
    dialog = dialog_factory(entries, parent)
    dialog.exec()
    for entry in dialog.discarded:
        store.discard(entry.key)
    chosen = dialog.chosen
    if chosen is None:
        return None
    name = map_name(chosen.original, chosen.title)
    try:
        loaded = store.read(chosen)
    except KvmapError as exc:
        log.warning("recovery copy %s not opened: %s", chosen.file, exc)
        said = text("recovery_failed", name=name, reason=_reason(exc))
        QMessageBox.warning(parent, text("recovery_title"), said)
        return None
    restore(loaded.case, chosen)
    if loaded.problems:  # the copy opened with repairs: say which
        listed = KvmapError(list(loaded.problems)).render(current_language())
        said = text("recovery_repaired", name=name, problems=listed)
        QMessageBox.warning(parent, text("recovery_title"), said)
    return chosen


# what a copy cut short or emptied is said to be (the file texts speak of the user's own file)
_CUT = frozenset({"json_cut_off", "empty_file", "zero_bytes", "utf16_unreadable"})


def map_name(original: str | None, title: str) -> str:
    """The map as the user knows it: its file's name, else its title, never the copy's
    internal (hex) name (rev-dutch21 D4)."""
    if original:
        return Path(original).name
    return f"‘{title}’" if title.strip() else text("recovery_unnamed")


def _reason(exc: OSError | KvmapError) -> str:
    """Why, in the UI's language, without the copy's file name; the OS's own text is logged
    (:func:`models.os_words.os_reason`)."""
    lang = current_language()
    if isinstance(exc, KvmapError) and {p.key for p in exc.problems} & _CUT:
        return text("recovery_incomplete", lang)  # not the advice about a file of the user's
    if isinstance(exc, KvmapError):
        return "; ".join(p.render(lang) for p in exc.problems) or exc.render(lang)
    words = os_reason(exc)
    return words["reason_nl"] if lang == "nl" else words["reason"]


def restore_into(
    controller: DocumentController, autosaver: Autosaver | None = None
) -> Callable[[Case, RecoveryEntry], None]:
    """A ``restore`` callback for :func:`offer_recovery`: the case becomes the document,
    marked as modified (it is not in its file yet), and its copy is kept up to date."""

    def restore(case: Case, entry: RecoveryEntry) -> None:
        controller.replace_case(case, entry.original)
        controller.undo_stack.resetClean()
        if autosaver is not None:
            autosaver.adopt(entry)

    return restore
