"""Hostile review 10, H2 and H4, in the app: a map with an actor at 1e9 (the app hung on
opening it) and a history that is no list (the map did not open) opens; the dialog lists
both, the file stays as it was until the user saves, and what is saved opens cleanly."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models.fileformat import case_to_dict, load
from tests.ui.conftest import small_case
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow


@pytest.fixture
def app_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(DocumentController(small_case()), settings=settings)
    qtbot.addWidget(win)
    errors: list[tuple[str, str]] = []
    win.show_error = lambda title, text: errors.append((title, text))  # type: ignore[method-assign]
    win.errors = errors  # type: ignore[attr-defined]
    win.files.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    yield win
    runner = win.analysis_runner()
    if runner is not None:
        runner.wait()
    win.layouts.wait()


def test_the_app_opens_a_map_with_a_far_actor_and_a_broken_history(
    app_window: MainWindow, tmp_path: Path
) -> None:
    doc = case_to_dict(small_case())
    far = doc["actors"][0]["id"]
    doc["actors"][0]["position"] = {"x": 1e9, "y": -1e308}
    doc["history"] = "not a list"
    path = tmp_path / "beschadigd.kvmap"
    path.write_text(json.dumps(doc), "utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert app_window.files.open_path(path, ask=False)
    ((title, text),) = app_window.errors  # type: ignore[attr-defined]
    assert title == "Opened with repairs"
    assert f'actor "{far}": x is 1e+09, farther out than the' in text
    assert "the history of saves is left out" in text
    actor = app_window.controller.case.actors.get(far)
    assert actor is not None
    assert actor.position is None
    rect = app_window.scene.itemsBoundingRect()
    assert max(rect.width(), rect.height()) < 100_000  # no item out at 1e9
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert app_window.files.save()
    saved = load(path)  # strict: nothing left to repair
    assert len(saved.actors) == len(small_case().actors)
