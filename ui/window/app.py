"""Starting the desktop app: ``run_gui(path, lang, example)``."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from models import Case, Problem
from models.errors import KvmapError
from models.i18n import Lang
from ui.document.controller import DocumentController

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow
    from ui.window.map_progress import MapProgress

__all__ = ["StartCase", "create_window", "ensure_app", "run_gui", "start_case", "start_notice"]

log = logging.getLogger(__name__)


def ensure_app() -> QApplication:
    """The running QApplication, created when there is none."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    from exports.memory import few_arenas

    few_arenas()  # before Qt's and the pools' threads: 20 MB less over a session at 10,000
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Krachtenveld")
    app.setApplicationName("Krachtenveld")
    app.setApplicationDisplayName("Krachtenveld")
    return app


def _explicit_language(lang: str) -> str | None:
    """The language asked for on the command line or in the environment, else None."""
    if any(a == "--lang" or a.startswith("--lang=") for a in sys.argv[1:]):
        return lang
    return os.environ.get("KRACHTENVELD_LANG") or None


@dataclass(frozen=True, slots=True)
class StartCase:
    """The case the app starts with, and the last-opened file it could not open instead."""

    case: Case
    path: str | None
    unreadable: str | None = None  # the last-opened file that failed to load
    reason: str = ""  # why, in the user's language
    repaired: tuple[Problem, ...] = ()  # what was repaired to open ``path`` (fileformat.read)
    example: bool = False  # the built-in example
    fault: bool = False  # a fault of ours read it: ``reason`` itself says the file is unchanged


def start_case(path: str | None, example: bool, last: str | None, lang: Lang = "en") -> StartCase:
    """The case to start with: FILE, else the example when asked, else the last file, else
    the built-in example (an empty case when even that is missing). A last file that fails to
    load is logged and named in :attr:`StartCase.unreadable` (the user is told). A file that
    opens only with repairs (see :func:`models.fileformat.read`) lists them in
    :attr:`StartCase.repaired`."""
    from models import fileformat

    if path is not None:
        loaded = fileformat.read(path)
        return StartCase(loaded.case, path, repaired=loaded.problems)
    unreadable, reason, fault = None, "", False
    if not example and last is not None:  # missing, a folder, a pipe: refused and said
        try:
            loaded = fileformat.read(last)
            return StartCase(loaded.case, last, repaired=loaded.problems)
        except KvmapError as exc:  # a broken last file must not stop the app from starting
            unreadable, reason = last, _why(exc, lang)
            log.warning("last-opened file not opened: %s", exc.render("en"))
        except Exception as exc:  # a bug in the reader: the app still starts, and says so
            log.exception("last-opened file %s could not be read", last)
            from ui.safety.own_fault import own_fault

            # our fault, not the file's: no 'TypeError: …' in the notice (rev-dutch21 D3)
            unreadable, reason = last, own_fault(exc, lang, kept="file", logged=True)
            fault = True
    try:
        from models.example import example_case

        return StartCase(example_case(), None, unreadable, reason, example=True, fault=fault)
    except Exception:  # pragma: no cover - the example ships with the package
        log.exception("the built-in example could not be built")
        return StartCase(Case(), None, unreadable, reason, fault=fault)


def _why(exc: KvmapError, lang: Lang) -> str:
    """The problems of ``exc`` in ``lang`` without the file's name in front of them: the
    sentence around them names the file once (rev-dutch21 D8)."""
    said = "\n".join(p.render(lang) for p in exc.problems) or exc.render(lang)
    said = said[:1].upper() + said[1:]  # a paragraph of its own: a sentence
    return said if said.endswith((".", "?", "!")) else f"{said}."


def _kept_version(path: str) -> str:
    """The sentence pointing to the previous version the program keeps beside ``path``
    (``.bak``, see :func:`models.atomic.backup_path`); "" when there is none."""
    from models.atomic import backup_path

    kept = backup_path(path)
    if not kept.is_file():
        return ""
    return QCoreApplication.translate(
        "Start", "The previous version is in %1; open it via File › Open (choose ‘All files’)."
    ).replace("%1", kept.name)


def start_notice(start: StartCase) -> tuple[str, str] | None:
    """(title, text) telling the user that the last file was not opened; None when it was.
    The file is named once, said to be unchanged, and its kept previous version offered."""
    if start.unreadable is None:
        return None
    title = QCoreApplication.translate("Start", "Last case not opened")
    said = QCoreApplication.translate(
        "Start", "%1 could not be opened, so the example case is shown instead."
    ).replace("%1", start.unreadable)
    # not twice (our fault's own text says it), nor of a file that is not there
    if not start.fault and Path(start.unreadable).is_file():
        said += " " + QCoreApplication.translate("Start", "The file itself is unchanged.")
    parts = (said, start.reason, _kept_version(start.unreadable))
    return title, "\n\n".join(part for part in parts if part)


def unopened_notice(path: str, exc: Exception, lang: Lang) -> tuple[str, str]:
    """(title, text) for the file the app was asked to open at its start and could not: the
    windowed bundle has no console for the reason (rev-dutch21 D6). A fault of ours is said
    as one (its fixed text says the file is unchanged) and logged."""
    title = QCoreApplication.translate("Start", "Cannot open the file")
    if not isinstance(exc, KvmapError):
        from ui.safety.own_fault import own_fault

        said = QCoreApplication.translate("Start", "%1 could not be opened.").replace("%1", path)
        return title, f"{said}\n\n{own_fault(exc, lang, kept='file')}"
    said = QCoreApplication.translate(
        "Start", "%1 could not be opened. The file itself is unchanged."
    ).replace("%1", path)
    parts = (said, _why(exc, lang), _kept_version(path))
    return title, "\n\n".join(part for part in parts if part)


def _tell_unopened(title: str, text: str) -> None:
    """Show why the start file could not be opened, before the app ends (patched in tests)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(None, title, text)


def create_window(path: str | None, lang: str, example: bool = False) -> object:
    """Build the main window on the starting case (the QApplication must exist)."""
    window, _start = _create_window(path, lang, example)
    return window


def _create_window(path: str | None, lang: str, example: bool) -> tuple[MainWindow, StartCase]:
    window, start, progress = _open_window(path, lang, example)
    if progress is not None:
        progress.close()
    return window, start


def _open_window(
    path: str | None, lang: str, example: bool
) -> tuple[MainWindow, StartCase, MapProgress | None]:
    """The main window on the starting case, and the progress window still shown while a
    big start file opens (:mod:`ui.window.map_progress`; the caller closes it once the
    window is drawn)."""
    from ui.i18n import initial_language, set_language
    from ui.window.main_window import MainWindow
    from ui.window.map_progress import (
        big_file,
        collector_off,
        new_progress,
        reading_text,
        replace_with_progress,
    )

    language = initial_language(_explicit_language(lang))
    set_language(language, persist=False)
    controller = DocumentController()
    window = MainWindow(controller)
    last = window.files.last_file()
    progress, chosen = None, path if path is not None else None if example else last
    big = chosen is not None and big_file(chosen)
    try:
        # the collector goes off before the progress window shows: its events made a young
        # collection now and then between 'reading' and the read (a CI run of 5a89dcb)
        with collector_off() if big else contextlib.nullcontext():
            if big and chosen is not None:
                progress = new_progress(None)
                progress.say(reading_text(chosen), 2)
            start = start_case(path, example, last, language)
            if progress is not None and start.path is not None:
                replace_with_progress(
                    window, start.case, start.path, progress, example=start.example
                )
            else:
                controller.replace_case(start.case, start.path, example=start.example)
    except BaseException:
        if progress is not None:
            progress.close()
        window.deleteLater()  # never shown: the start ends here (a broken FILE, rev-dutch21 D6)
        raise
    if start.path is not None:
        window.files.add_recent(start.path)
    notice = start_notice(start)
    if notice is not None:
        window.statusBar().showMessage(notice[0])
    elif start.path is not None:
        window.files.report_look_alikes()
    if start.repaired:
        controller.mark_changed()
        window.files.pending_repairs = (start.repaired, start.path or "")
    return window, start, progress


def run_gui(path: str | None, lang: Lang | str, example: bool = False) -> int:
    """Open the desktop app on FILE, else the last file, else the example; returns the exit code."""
    app = ensure_app()
    try:
        window, start, progress = _open_window(path, lang, example)
    except Exception as exc:  # a broken FILE: said in a box too, then the CLI's text and code
        if path is not None:
            from ui.i18n import current_language

            _tell_unopened(*unopened_notice(path, exc, current_language()))
        raise
    if window.safety is not None:
        window.safety.install_crash_handler()
        if start.unreadable is not None:  # said before the log file had its handler (H4)
            log.warning("last-opened file %s not opened: %s", start.unreadable, start.reason)
    from ui.background.analysis_process import start_shared_process
    from ui.safety.gc_guard import collect_on_gui_thread

    collector = collect_on_gui_thread(app)
    if window.files.geometry_restored:
        window.show()
    else:
        window.showMaximized()  # a first run: the whole screen for the map
    window.view.fit_to_window()  # fits again as the window settles (FittedView.showEvent)
    # the open's analysis gets a process of its own, started once the window shows (issue 14)
    QTimer.singleShot(0, start_shared_process)
    if progress is not None:  # a big start file: closed once the window is drawn
        progress.say(progress.said[-1], 98)
        progress.close()
    notice = start_notice(start)
    if notice is not None:
        window.show_error(*notice)
    window.files.report_pending_repairs()
    if window.safety is not None:
        window.safety.offer_recovery()
    try:
        return app.exec()
    finally:
        collector.stop()
