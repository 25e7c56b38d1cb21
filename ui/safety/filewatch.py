"""Noticing changes on disk made by someone else, and not overwriting them silently.

:class:`FileWatcher` remembers the size, modification time and SHA-256 of the open file as it
was opened or last saved by us (:class:`DiskState`). A ``QFileSystemWatcher`` on the file
and its folder, plus a slow poll for network drives that send no notifications, trigger a
check; only a different *content* counts (a ``touch`` or our own save does not), and each
foreign version is reported once through :attr:`FileWatcher.changed_on_disk`.

:func:`ask_reload` ("reload from disk" / "keep my version") answers that signal;
:func:`ask_overwrite` ("overwrite" / "save as…" / cancel) is asked before a save when
:meth:`FileWatcher.changed_since_known` says the file is no longer what we last saw;
:func:`ask_locked` ("open read-only" / "open anyway" / cancel) is asked when another program
holds the map's lock (:mod:`models.filelock`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from models.atomic import backup_path
from models.filelock import LockOwner
from models.safeio import ReadRefusedError, open_regular
from ui.safety.texts import text

__all__ = [
    "ANYWAY",
    "CANCEL",
    "KEEP",
    "OVERWRITE",
    "READ_ONLY",
    "RELOAD",
    "SAVE_AS",
    "DiskState",
    "FileWatcher",
    "ask_locked",
    "ask_overwrite",
    "ask_overwrite_locked",
    "ask_reload",
]

RELOAD, KEEP = "reload", "keep"
OVERWRITE, SAVE_AS, CANCEL = "overwrite", "save_as", "cancel"
READ_ONLY, ANYWAY = "read_only", "anyway"

POLL_MS = 5_000
Role = QMessageBox.ButtonRole
DEBOUNCE_MS = 300


@dataclass(frozen=True, slots=True)
class DiskState:
    """What a file on disk looked like: size, modification time (ns) and SHA-256."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> DiskState | None:
        """The state of ``path`` now; None when it does not exist or cannot be read."""
        try:  # a FIFO or /dev/zero put in the map's place must not hang the window
            fd = open_regular(path)
        except ReadRefusedError:
            return None
        try:
            with os.fdopen(fd, "rb") as handle:
                info = os.fstat(handle.fileno())
                digest = hashlib.sha256()
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        except OSError:
            return None
        return cls(info.st_size, info.st_mtime_ns, digest.hexdigest())

    def looks_same(self, path: str | os.PathLike[str]) -> bool:
        """Cheap check (no reading): same size and modification time as ``path`` now."""
        try:
            info = os.stat(path)
        except OSError:
            return False
        return info.st_size == self.size and info.st_mtime_ns == self.mtime_ns


class FileWatcher(QObject):
    """Watches the open file for changes by others.

    Signals
    -------
    changed_on_disk(str)
        the file now holds different content than we opened or saved (once per version).
    removed_from_disk(str)
        the file was deleted or renamed away.
    """

    changed_on_disk = Signal(str)
    removed_from_disk = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._path: str | None = None
        self._known: DiskState | None = None
        self._reported: DiskState | None = None
        self._removed_reported = False
        self._quiet = 0
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.check)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.check)

    @property
    def path(self) -> str | None:
        """The watched file."""
        return self._path

    @property
    def known(self) -> DiskState | None:
        """The file as we last opened, saved or accepted it."""
        return self._known

    def watch(self, path: str | os.PathLike[str] | None) -> None:
        """Watch ``path`` (None: nothing) and remember its current state as ours."""
        self._unwatch_all()
        self._path = os.fspath(path) if path is not None else None
        self._reported = None
        self._removed_reported = False
        if self._path is None:
            self._known = None
            self._poll.stop()
            return
        self._known = DiskState.read(self._path)
        self._rewatch()
        if self._poll.interval() > 0:
            self._poll.start()

    def accept_disk_version(self) -> None:
        """The file on disk is ours now (after a reload, or after our own save)."""
        if self._path is not None:
            self._known = DiskState.read(self._path)
            self._reported = None
            self._removed_reported = False
            self._rewatch()

    @contextlib.contextmanager
    def own_write(self) -> Iterator[None]:
        """Ignore notifications while we write the file ourselves; afterwards the new
        content is recorded as ours (when the write succeeded)."""
        self._quiet += 1
        ok = False
        try:
            yield
            ok = True
        finally:
            self._quiet -= 1
            if ok:
                self.accept_disk_version()

    def changed_since_known(self) -> bool:
        """Whether the file on disk holds other content than we last saw (a missing file
        does not count: nothing of anyone would be overwritten). Compares a SHA-256 of the
        content with the one of what was opened or last saved."""
        if self._path is None:
            return False
        # no size-and-time shortcut here: this runs before a save, and an edit that keeps
        # both (same length, time set back) would be overwritten unseen; hash what is there
        now = DiskState.read(self._path)
        if now is None:
            return False
        return self._known is None or now.digest != self._known.digest

    def check(self) -> None:
        """Compare the file with what we know; emit a signal for a new foreign version."""
        if self._path is None or self._quiet:
            return
        self._rewatch()
        if self._known is not None and self._known.looks_same(self._path):
            return
        now = DiskState.read(self._path)
        if now is None:
            if not os.path.exists(self._path) and not self._removed_reported:
                self._removed_reported = True
                self.removed_from_disk.emit(self._path)
            return
        self._removed_reported = False
        if self._known is not None and now.digest == self._known.digest:
            self._known = now  # touched, same content: remember the new time
            return
        if self._reported is not None and now.digest == self._reported.digest:
            return
        self._reported = now
        self.changed_on_disk.emit(self._path)

    def _on_watcher_changed(self, _path: str) -> None:
        if not self._quiet:
            self._debounce.start()

    def _rewatch(self) -> None:
        """(Re)add the file and its folder: an atomic replace drops the file's watch."""
        if self._path is None:
            return
        wanted = [self._path, str(Path(self._path).parent)]
        present = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [p for p in wanted if p not in present and os.path.exists(p)]
        if missing:
            self._watcher.addPaths(missing)

    def _unwatch_all(self) -> None:
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)


# --------------------------------------------------------------------------- questions
def _ask(
    parent: QWidget | None,
    title: str,
    body: str,
    buttons: list[tuple[str, str, QMessageBox.ButtonRole]],
    *,
    cancel: bool,
) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(body)
    made: dict[QAbstractButton, str] = {}
    default: QPushButton | None = None
    for answer, label, role in buttons:
        button = box.addButton(label, role)
        button.setObjectName(f"answer_{answer}")
        made[button] = answer
        default = default or button
    if cancel:
        cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        made[cancel_button] = CANCEL
        box.setEscapeButton(cancel_button)
    if default is not None:
        box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    answer = made.get(clicked, CANCEL if cancel else buttons[-1][0])
    box.deleteLater()
    return answer


def ask_reload(parent: QWidget | None, path: str, *, dirty: bool) -> str:
    """Someone changed the open file: :data:`RELOAD` or :data:`KEEP` (the default when
    the user has unsaved changes, so a stray Enter loses nothing)."""
    name = Path(path).name
    body = text("changed_text_dirty" if dirty else "changed_text", name=name)
    order = [
        (RELOAD, text("changed_reload"), Role.AcceptRole),
        (KEEP, text("changed_keep"), Role.RejectRole),
    ]
    if dirty:
        order.reverse()
    return _ask(parent, text("changed_title"), body, order, cancel=False)


def ask_overwrite(parent: QWidget | None, path: str) -> str:
    """The file changed on disk since we saw it: :data:`SAVE_AS` (default),
    :data:`OVERWRITE` or :data:`CANCEL`."""
    name = Path(path).name
    body = text("newer_text", name=name, backup=backup_path(path).name)
    buttons = [
        (SAVE_AS, text("newer_save_as"), Role.AcceptRole),
        (OVERWRITE, text("newer_overwrite"), Role.DestructiveRole),
    ]
    return _ask(parent, text("newer_title"), body, buttons, cancel=True)


def ask_overwrite_locked(parent: QWidget | None, path: str, owner: LockOwner) -> str:
    """Saving onto a map someone else has open: :data:`SAVE_AS` (default),
    :data:`OVERWRITE` or :data:`CANCEL`."""
    body = text(
        "target_locked_text",
        user=owner.user or "?",
        host=owner.host or "?",
        name=Path(path).name,
        since=owner.since(),
        backup=backup_path(path).name,
    )
    buttons = [
        (SAVE_AS, text("newer_save_as"), Role.AcceptRole),
        (OVERWRITE, text("newer_overwrite"), Role.DestructiveRole),
    ]
    return _ask(parent, text("locked_title"), body, buttons, cancel=True)


def ask_locked(parent: QWidget | None, path: str, owner: LockOwner) -> str:
    """Another program has the map open: :data:`READ_ONLY` (default), :data:`ANYWAY` or
    :data:`CANCEL`."""
    body = text(
        "locked_text",
        user=owner.user or "?",
        host=owner.host or "?",
        name=Path(path).name,
        since=owner.since(),
    )
    buttons = [
        (READ_ONLY, text("locked_read_only"), Role.AcceptRole),
        (ANYWAY, text("locked_anyway"), Role.DestructiveRole),
    ]
    return _ask(parent, text("locked_title"), body, buttons, cancel=True)
