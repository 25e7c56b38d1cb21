"""Render the README's pictures of the timeline, the casebook and the anonymised copy
(issue 16), offscreen: ``QT_QPA_PLATFORM=offscreen python docs/img/learning_pictures.py``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from exports.anonymise import anonymise
from models import Case, fileformat
from models.example import example_case
from models.templates import TEMPLATES, template_case
from ui.document.controller import DocumentController
from ui.i18n import set_language
from ui.window.app import ensure_app
from ui.window.main_window import MainWindow
from ui.window.screenshot import analyse_and_fit

OUT = Path(__file__).parent
SIZE = (1366, 768)


def _settle(seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def _window(case: Case, folder: Path) -> MainWindow:
    controller = DocumentController()
    controller.replace_case(case, None)
    settings = QSettings(str(folder / "pictures.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, settings=settings, safety=False)
    window.resize(*SIZE)
    window.show()
    analyse_and_fit(window, _settle)
    return window


def main() -> int:
    ensure_app()
    set_language("nl", persist=False)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        window = _window(example_case(), folder)
        window.files.show_timeline()
        _settle(3)
        window.grab().save(str(OUT / "timeline-nl.png"))
        # the casebook: the example, the three templates and a few of each again
        cases = folder / "casussen"
        cases.mkdir()
        fileformat.save(example_case(), cases / "huisuitzetting.kvmap", backup=False)
        for i, t in enumerate(TEMPLATES):
            for k in range(3):
                fileformat.save(template_case(t.key), cases / f"{t.key}-{k}.kvmap", backup=False)
            fileformat.save(example_case(), cases / f"schulden-{i}.kvmap", backup=False)
        dialog = window.files.open_casebook(str(cases))
        assert dialog is not None
        while dialog.run_ is None:
            _settle(0.5)
        dialog.resize(1000, 640)
        first = dialog.tree.topLevelItem(0)
        if first is not None and (child := first.child(0)) is not None:
            dialog.tree.setCurrentItem(child)
        _settle()
        dialog.grab().save(str(OUT / "casebook-nl.png"))
        dialog.close()
        window.close()
        anon = _window(anonymise(example_case(), "nl"), folder)
        anon.grab().save(str(OUT / "anonymised-nl.png"))
        anon.close()
        _settle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
