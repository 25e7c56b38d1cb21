"""Offscreen pictures of the main window (for ``krachtenveld screenshot`` and the README)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDockWidget

from models import Case, LayoutMethod
from models.errors import FormatError, Problem
from models.i18n import Lang
from ui.canvas.scene_grid import ViewMode
from ui.document.controller import DocumentController

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["StepOutOfRangeError", "analyse_and_fit", "take_screenshot"]


class StepOutOfRangeError(ValueError):
    """``--step`` names a presentation step the map does not have."""

    def __init__(self, step: int, last: int) -> None:
        super().__init__(f"step {step} of 0..{last}")
        self.step = step
        self.last = last


def _settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def analyse_and_fit(window: MainWindow, settle: Callable[[], None] = _settle) -> None:
    """Run the window's analysis now and wait for it, then fit the map to the window, letting
    the events settle after each: the map as a screenshot shows it (also the README's
    pictures, docs/img/learning_pictures.py)."""
    runner = window.analysis_runner()
    if runner is not None:
        runner.run_now()
        runner.wait()
    settle()
    window.view.fit_to_window()
    settle()


def take_screenshot(
    path: str | None,
    out: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    view: str = "map",
    size: tuple[int, int] = (1600, 1000),
    layout: str | None = None,
    step: int = 0,
) -> None:
    """Render the main window with the case at ``path`` (None: the example) to ``out``.

    ``view="present"`` renders step ``step`` of presentation mode at ``size`` instead
    (0: the overview; :class:`StepOutOfRangeError` when the map has no such step).
    """
    from models import fileformat
    from models.example import example_case
    from ui.i18n import set_language
    from ui.window.app import ensure_app
    from ui.window.main_window import MainWindow

    ensure_app()
    set_language(lang, persist=False)
    case: Case = fileformat.read(path).case if path else example_case()
    controller = DocumentController()
    controller.replace_case(case, path)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "screenshot.ini"), QSettings.Format.IniFormat)
        window = MainWindow(controller, settings=settings, safety=False)
        try:
            window.resize(*size)
            window.show()
            _settle()
            if layout:
                from mapper.layout import layout as run_layout
                from mapper.layout.grouping import organisations_of
                from mapper.layout.reading import spread_for_reading

                sizes = window.scene.actor_sizes()
                positions = run_layout(
                    case, LayoutMethod(layout), practice=controller.practice, sizes=sizes
                )
                reading = window.view.reading()
                spread = spread_for_reading(
                    positions,
                    sizes,
                    *reading,
                    *organisations_of(case),
                    ring=layout == LayoutMethod.CIRCLE,
                )
                controller.set_positions(spread)
                controller.undo_stack.setClean()
            if view == "grid":
                window.set_view_mode(ViewMode.GRID)
            elif view == "scorecard":
                dock = window.findChild(QDockWidget, "scorecard_dock")
                if dock is not None:
                    dock.show()
                    dock.raise_()
            analyse_and_fit(window)
            if view == "present":
                png = _presentation_png(window, size, step)
            else:
                png = _png_bytes(window.grab())
        finally:
            # also when the step asked for does not exist: no analysis may still run when
            # the program exits, and no window stays open in a process that goes on (a
            # test's worker: a window left shown took the mouse from later windows)
            runner = window.analysis_runner()
            if runner is not None:
                runner.shutdown()
            window.close()
            window.deleteLater()
            _settle(2)
    if png is None:
        raise FormatError([Problem("", "png_encode_failed", {})], str(out))
    _write_png(Path(out), png)


def _presentation_png(window: MainWindow, size: tuple[int, int], step: int) -> bytes | None:
    """Step ``step`` of presentation mode, as it shows on a screen of ``size``."""
    presentation = window.presenter.start(full_screen=False)
    try:
        last = len(presentation.steps) - 1
        if not 0 <= step <= last:
            raise StepOutOfRangeError(step, last)
        presentation.view.animate = False
        presentation.resize(*size)
        presentation.show()
        _settle()
        presentation.go(step)
        _settle()
        return _png_bytes(presentation.grab())
    finally:
        presentation.close()
        _settle(2)


def _png_bytes(picture: QPixmap) -> bytes | None:
    """``picture`` encoded as PNG in memory; None when Qt cannot encode it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = picture.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data()) if ok and data.size() else None


def _write_png(target: Path, png: bytes) -> None:
    """Write atomically (an old picture stays whole when this fails); errors say why."""
    from models.atomic import atomic_write_bytes
    from models.safeio import write_failure

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, png)
    except OSError as exc:
        key, params = write_failure(exc, target)
        raise FormatError([Problem("", key, params)], str(target)) from None
