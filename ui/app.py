"""Starting the desktop app: ``run_gui(path, lang, example)``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from models import Case
from models.i18n import Lang
from ui.document import DocumentController

__all__ = ["create_window", "ensure_app", "run_gui", "start_case"]


def ensure_app() -> QApplication:
    """The running QApplication, created when there is none."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
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


def start_case(path: str | None, example: bool, last: str | None) -> tuple[Case, str | None]:
    """The case to start with: FILE, else the example when asked, else the last file, else
    the built-in example (an empty case when even that is missing)."""
    from models import fileformat

    if path is not None:
        return fileformat.load(path), path
    if not example and last is not None and Path(last).is_file():
        try:
            return fileformat.load(last), last
        except Exception:  # a broken last file must not stop the app from starting
            pass
    try:
        from models.example import example_case

        return example_case(), None
    except Exception:  # pragma: no cover - the example ships with the package
        return Case(), None


def create_window(path: str | None, lang: str, example: bool = False) -> object:
    """Build the main window on the starting case (the QApplication must exist)."""
    from ui.i18n import initial_language, set_language
    from ui.main_window import MainWindow

    set_language(initial_language(_explicit_language(lang)), persist=False)
    controller = DocumentController()
    window = MainWindow(controller)
    case, case_path = start_case(path, example, window.files.last_file())
    controller.replace_case(case, case_path)
    if case_path is not None:
        window.files.add_recent(case_path)
    return window


def run_gui(path: str | None, lang: Lang | str, example: bool = False) -> int:
    """Open the desktop app on FILE, else the last file, else the example; returns the exit code."""
    app = ensure_app()
    from ui.main_window import MainWindow

    window = create_window(path, lang, example)
    assert isinstance(window, MainWindow)
    if window.safety is not None:
        window.safety.install_crash_handler()
    from ui.gc_guard import collect_on_gui_thread

    collector = collect_on_gui_thread(app)
    window.show()
    window.view.fit_to_window()
    if window.safety is not None:
        window.safety.offer_recovery()
    try:
        return app.exec()
    finally:
        collector.stop()
