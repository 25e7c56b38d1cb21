"""Session 10 (issue 16): two names that look the same but are written differently are said
in the status bar when the app opens the map (before, only ``krachtenveld validate`` said it)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from models import fileformat
from models.example import example_case
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow


def _file(tmp_path: Path, name: str) -> Path:
    doc = json.loads(fileformat.dumps(example_case()))
    for actor in doc["actors"]:
        if actor["id"] == "krant":
            actor["name"] = name
    path = tmp_path / "kaart.kvmap"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(DocumentController(example_case()), settings=settings)
    qtbot.addWidget(win)
    return win


def test_opening_a_map_with_look_alike_names_says_so_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path
) -> None:
    win = _window(qtbot, tmp_path)
    assert win.files.open_path(_file(tmp_path, "Burgeme\u0435ster"), ask=False)
    shown = win.statusBar().currentMessage()
    assert "Burgeme\u0435ster" in shown
    assert "U+0435 CYRILLIC SMALL LETTER IE" in shown
    krant = win.controller.case.actors.get("krant")
    assert krant is not None
    assert krant.name == "Burgeme\u0435ster"  # said, not changed


def test_opening_a_map_without_them_says_nothing_of_it(qtbot: QtBot, tmp_path: Path) -> None:
    win = _window(qtbot, tmp_path)
    assert win.files.open_path(_file(tmp_path, "Rivierstad Dagblad"), ask=False)
    assert "U+" not in win.statusBar().currentMessage()
