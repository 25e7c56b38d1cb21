"""Offscreen pictures of the main window (for ``krachtenveld screenshot`` and the README)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDockWidget

from models import Case
from models.errors import FormatError, Problem
from models.i18n import Lang
from ui.document import DocumentController

__all__ = ["take_screenshot"]


def _settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def take_screenshot(
    path: str | None,
    out: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    view: str = "map",
    size: tuple[int, int] = (1600, 1000),
    layout: str | None = None,
) -> None:
    """Render the main window with the case at ``path`` (None: the example) to ``out``."""
    from models import fileformat
    from models.example import example_case
    from ui.app import ensure_app
    from ui.i18n import set_language
    from ui.main_window import MainWindow

    ensure_app()
    set_language(lang, persist=False)
    case: Case = fileformat.load(path) if path else example_case()
    controller = DocumentController()
    controller.replace_case(case, path)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "screenshot.ini"), QSettings.Format.IniFormat)
        window = MainWindow(controller, settings=settings, safety=False)
        window.resize(*size)
        window.show()
        _settle()
        if layout:
            from mapper.layout import layout as run_layout

            sizes = window.scene.actor_sizes()
            controller.set_positions(
                run_layout(case, layout, practice=controller.practice, sizes=sizes)
            )
            controller.undo_stack.setClean()
        if view == "grid":
            window.set_view_mode("grid")
        elif view == "scorecard":
            dock = window.findChild(QDockWidget, "scorecard_dock")
            if dock is not None:
                dock.show()
                dock.raise_()
        runner = window.analysis_runner()
        if runner is not None:
            runner.run_now()
            runner.wait()
        _settle()
        window.view.fit_to_window()
        _settle()
        image = window.grab()
        target = Path(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        saved = image.save(str(target))
        if runner is not None:
            runner.shutdown()  # no analysis may still run when the program exits
        window.close()
        window.deleteLater()
        _settle(2)
    if not saved:
        raise FormatError([Problem("", "write_failed", {"reason": "PNG"})], str(out))
