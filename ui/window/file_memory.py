"""What the main window remembers between sessions in its settings: the recent files, the
last file, the folder of the last export, and the window's size and dock layout.

A mixin of :class:`ui.window.files.FileHandler` (split from it by meaning, issue 15): the
handler opens and saves, this part only reads and writes the settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QScreen

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["MAX_RECENT", "WindowMemory", "default_window_size"]

MAX_RECENT = 8
KEY_RECENT = "files/recent"
KEY_LAST = "files/last"
KEY_EXPORT_FOLDER = "files/export_folder"  # where the last export went
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
STATE_VERSION = 2  # 2: the tables share one dock (ui.docks.tables_dock)


def default_window_size(screen: QScreen | None) -> QSize:
    """The window's size on a first run: the screen's free area (a laptop at 1366 x 768 gets
    the whole screen, a meeting-room screen at 1920 x 1080 nearly all of it: the map is the
    point of the program); 1400 x 900 when the screen is unknown. The window also opens
    maximised on a first run (:attr:`WindowMemory.geometry_restored`)."""
    if screen is None:
        return QSize(1400, 900)
    free = screen.availableGeometry().size()
    return QSize(max(640, free.width()), max(480, free.height()))


class WindowMemory:
    """The settings part of the file handler; ``window`` is the main window it serves."""

    window: MainWindow
    state_restored: bool
    geometry_restored: bool

    # ------------------------------------------------------------------ folders
    def _folder(self) -> str:
        path = self.window.controller.path
        if path:
            return str(Path(path).parent)
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def export_folder(self) -> str:
        """Where an export dialog opens: the folder of the last export while it exists
        (new user, third round 9), else that of the case or of the last file opened."""
        value = self.window.settings.value(KEY_EXPORT_FOLDER, "")
        if isinstance(value, str) and value and Path(value).is_dir():
            return value
        return self._folder()

    def remember_export_folder(self, path: str) -> None:
        """Remember the folder of ``path`` for the next export dialog."""
        self.window.settings.setValue(KEY_EXPORT_FOLDER, str(Path(path).resolve().parent))

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        """Recently used files, newest first."""
        value = self.window.settings.value(KEY_RECENT, [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value if v]
        return []

    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent files and remember it as the last file."""
        full = str(Path(path).resolve())
        files = [full, *(f for f in self.recent_files() if f != full)][:MAX_RECENT]
        self.window.settings.setValue(KEY_RECENT, files)
        self.window.settings.setValue(KEY_LAST, full)
        self.window.settings.sync()

    def remove_recent(self, path: str) -> None:
        """Forget ``path`` (it could not be opened)."""
        full = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != full]
        self.window.settings.setValue(KEY_RECENT, files)

    def last_file(self) -> str | None:
        """The file open at the end of the previous session, as remembered: whether it can
        still be opened is for the start to find out and say (a deleted file, a drive not
        connected, a folder in its place were silently the example: hostile look 21, H3)."""
        value = self.window.settings.value(KEY_LAST)
        return str(value) if value else None

    # ------------------------------------------------------------------ window state
    def save_window_state(self) -> None:
        """Remember geometry and dock layout."""
        settings = self.window.settings
        settings.setValue(KEY_GEOMETRY, self.window.saveGeometry())
        settings.setValue(KEY_STATE, self.window.saveState(STATE_VERSION))
        settings.sync()

    def restore_window_state(self) -> None:
        """Restore geometry and dock layout of the previous session."""
        settings = self.window.settings
        geometry = settings.value(KEY_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.geometry_restored = self.window.restoreGeometry(geometry)
        if not self.geometry_restored:
            self.window.resize(default_window_size(self.window.screen()))
        state = settings.value(KEY_STATE)
        if isinstance(state, QByteArray):
            self.state_restored = self.window.restoreState(state, STATE_VERSION)
