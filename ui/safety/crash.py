"""The GUI's last line of defence: an unexpected exception never takes the document down.

:class:`CrashHandler` replaces ``sys.excepthook`` (Qt slots and event handlers report their
exceptions there) and ``threading.excepthook``. On an exception it

1. writes the traceback to a rotating log file in the platform log folder
   (``<user log dir>/krachtenveld.log``, 1 MB, three old files kept);
2. makes a recovery copy of the open document (:class:`ui.safety.recovery.Autosaver`);
3. shows a :class:`CrashDialog` (Dutch or English) with "Save as…" and "Continue"; the
   document stays in memory either way.

An exception while the dialog is open (or while saving from it) is only logged, so a broken
paint handler cannot stack dialogs. Exceptions in worker threads are logged there and the
dialog is shown on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.safety.recovery import Autosaver
from ui.safety.texts import text

__all__ = [
    "COPY_CLEAN",
    "COPY_FAILED",
    "COPY_MADE",
    "COPY_UNKNOWN",
    "LOG_NAME",
    "CrashDialog",
    "CrashHandler",
    "log_dir",
]

APP = "Krachtenveld"
LOG_NAME = "krachtenveld.log"
LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 3
# the loggers of our packages (``logging.getLogger(__name__)``): their warnings go to the same
# log file while the handler is installed (the analysis process's fallbacks were logged at
# WARNING and reached no file: rev-hostile19b N1); records below WARNING stay out
OUR_LOGGERS = ("ui", "exports", "mapper", "models")


def log_dir() -> Path:
    """The platform's log folder for Krachtenveld."""
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


class _AtLeast:
    """Lets the crash logger's own records through (its INFO lines), and of our packages only
    those at ``level`` or above."""

    def __init__(self, level: int) -> None:
        self.level = level

    def allows(self, record: logging.LogRecord) -> bool:
        return record.name.startswith("krachtenveld.crash.") or record.levelno >= self.level


# what the handler could do for the open map before the dialog shows (rev-dutch21 D7)
COPY_MADE = "copy"  # a recovery copy was written
COPY_CLEAN = "clean"  # no unsaved changes: nothing to copy
COPY_FAILED = "failed"  # unsaved changes, and the copy could not be written
COPY_UNKNOWN = "unknown"  # no autosaver to ask


class CrashDialog(QMessageBox):
    """ "Something went wrong; your map is safe": Save as… or Continue."""

    SAVE_AS = "save_as"
    CONTINUE = "continue"

    def __init__(
        self,
        error: str,
        details: str,
        log_file: Path,
        parent: QWidget | None = None,
        copy: str = COPY_UNKNOWN,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(text("crash_title"))
        # what happened to the open map, truthfully (rev-dutch21 D7); the exception's class and
        # message only under "Show Details…" (and in the log), never in the main text
        self.setText(text(f"crash_text_{copy}"))
        self.setInformativeText(text("crash_details", log=str(log_file)))
        self.setDetailedText(details or error)
        self.save_as_button = self.addButton(
            text("crash_save_as"), QMessageBox.ButtonRole.AcceptRole
        )
        self.save_as_button.setObjectName("crash_save_as")
        self.continue_button = self.addButton(
            text("crash_continue"), QMessageBox.ButtonRole.RejectRole
        )
        self.continue_button.setObjectName("crash_continue")
        self.setDefaultButton(self.save_as_button)
        self.setEscapeButton(self.continue_button)
        self.choice = self.CONTINUE
        self.save_as_button.clicked.connect(self._on_save_as_clicked)

    def _on_save_as_clicked(self) -> None:
        self.choice = self.SAVE_AS


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook``; see the module description.

    ``save_as`` is the window's "Save as…" routine; ``window`` is the dialog's parent (a
    callable is asked each time, so the handler can be installed before the window exists).

    Signals
    -------
    crashed(str)
        an unexpected exception was handled (its one-line description).
    """

    crashed = Signal(str)
    _show_requested = Signal(str, str)

    def __init__(
        self,
        *,
        window: QWidget | Callable[[], QWidget | None] | None = None,
        save_as: Callable[[], object] | None = None,
        autosaver: Autosaver | None = None,
        log_folder: str | Path | None = None,
        dialog_factory: Callable[[str, str, Path, QWidget | None, str], CrashDialog] = CrashDialog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.save_as = save_as
        self.autosaver = autosaver
        self.dialog_factory = dialog_factory
        self.log_file = Path(log_folder if log_folder is not None else log_dir()) / LOG_NAME
        self.logger = logging.getLogger(f"krachtenveld.crash.{id(self)}")
        self.logger.propagate = False
        self.logger.setLevel(logging.INFO)
        self._handler: logging.Handler | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False
        self._busy = False
        self._show_requested.connect(self._on_show_requested)

    # ------------------------------------------------------------------ install
    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``; open the log file."""
        if self._installed:
            return
        self._open_log()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        self._installed = True

    def uninstall(self) -> None:
        """Put the previous hooks back and close the log file."""
        if not self._installed:
            return
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook
        self._installed = False
        if self._handler is not None:
            self.logger.removeHandler(self._handler)
            for name in OUR_LOGGERS:
                logging.getLogger(name).removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def _open_log(self) -> None:
        if self._handler is not None:
            return
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = RotatingFileHandler(
                self.log_file,
                maxBytes=LOG_BYTES,
                backupCount=LOG_BACKUPS,
                encoding="utf-8",
                delay=True,
            )
        except OSError:
            handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        self.logger.addHandler(handler)
        warnings = _AtLeast(logging.WARNING)
        handler.addFilter(warnings.allows)
        for name in OUR_LOGGERS:
            logging.getLogger(name).addHandler(handler)
        self._handler = handler

    # ------------------------------------------------------------------ handling
    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """The excepthook: log, copy the document, ask the user (GUI thread only)."""
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            self._previous_hook(exc_type, exc, tb)
            return
        summary, details = self._log(exc_type, exc, tb)
        app = QApplication.instance()
        if app is None:
            self._previous_hook(exc_type, exc, tb)
            return
        if QThread.currentThread() is not app.thread():
            self._show_requested.emit(summary, details)  # queued to the GUI thread
            return
        self._show(summary, details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _log(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> tuple[str, str]:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        summary = "".join(traceback.format_exception_only(exc_type, exc)).strip()
        try:
            self._open_log()
            self.logger.error(
                "unexpected exception in %s\n%s", threading.current_thread().name, details
            )
        except Exception:  # logging must never raise from the excepthook
            pass
        return summary, details

    def _on_show_requested(self, summary: str, details: str) -> None:
        self._show(summary, details)

    def _show(self, summary: str, details: str) -> None:
        self.crashed.emit(summary)
        if self._busy:
            return  # an exception while the dialog is up: logged, no second dialog
        self._busy = True
        try:
            copy = self._copy()
            dialog = self.dialog_factory(
                summary, details, self.log_file, self._parent_widget(), copy
            )
            dialog.exec()
            if dialog.choice == CrashDialog.SAVE_AS and self.save_as is not None:
                try:
                    self.save_as()
                except Exception as exc:
                    self._log(type(exc), exc, exc.__traceback__)
            dialog.deleteLater()
        finally:
            self._busy = False

    def _copy(self) -> str:
        """Make a recovery copy of the open map if it has unsaved changes; say which of
        COPY_MADE, COPY_CLEAN, COPY_FAILED or COPY_UNKNOWN applies."""
        autosaver = self.autosaver
        if autosaver is None:
            return COPY_UNKNOWN
        failures: list[str] = []

        def note(message: str) -> None:
            failures.append(message)

        autosaver.failed.connect(note)
        try:
            entry = autosaver.autosave_now(force=True)
        except Exception as exc:  # pragma: no cover - autosave_now does not raise
            self._log(type(exc), exc, exc.__traceback__)
            return COPY_FAILED
        finally:
            autosaver.failed.disconnect(note)
        if entry is not None:
            return COPY_MADE
        return COPY_FAILED if failures else COPY_CLEAN

    def _parent_widget(self) -> QWidget | None:
        window = self._window
        if window is None or isinstance(window, QWidget):
            return window
        return window()
