"""A map that fails only a repairable rule opens with the problem shown (issue 13, item 1)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.fileformat import case_to_dict, load
from tests.ui.conftest import small_case
from ui.cli import main
from ui.document.controller import DocumentController
from ui.window.app import start_case
from ui.window.main_window import MainWindow


def reversed_file(tmp_path: Path) -> Path:
    doc = case_to_dict(small_case())
    doc["mandates"][0]["valid_until"] = "2025-06-30"  # valid_from is 2026-01-01
    doc["actors"][1]["name"] = "Manager\x1b Zorg"
    path = tmp_path / "oud.kvmap"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def test_app_opens_the_file_lists_the_repairs_and_marks_it_changed(
    safe_window: MainWindow, tmp_path: Path
) -> None:
    path = reversed_file(tmp_path)
    assert safe_window.files.open_path(path, ask=False)
    ((title, text),) = safe_window.errors  # type: ignore[attr-defined]
    assert title == "Opened with repairs"
    assert "mandates[0].valid_until" in text
    assert "actors[1].name" in text
    assert safe_window.controller.case.mandates.get("m1").valid_until is None  # type: ignore[union-attr]
    assert safe_window.controller.dirty
    assert safe_window.files.save()
    assert load(path).actors.get("a2").name == "Manager Zorg"  # type: ignore[union-attr]


def test_start_up_file_with_repairs_is_reported_once_shown(qtbot: QtBot, tmp_path: Path) -> None:
    path = reversed_file(tmp_path)
    start = start_case(str(path), example=False, last=None)
    assert start.path == str(path)
    assert {p.location for p in start.repaired} == {"mandates[0].valid_until", "actors[1].name"}
    assert start.case.mandates.get("m1").valid_until is None  # type: ignore[union-attr]
    last = start_case(None, example=False, last=str(path))  # also as the last-opened file
    assert last.path == str(path)
    assert len(last.repaired) == 2


def test_validate_reports_the_repairable_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = reversed_file(tmp_path)
    assert main(["validate", "--lang", "nl", str(path)]) == 1
    err = capsys.readouterr().err
    assert "mandates[0].valid_until: valid_until 2025-06-30 lag vóór valid_from" in err
    assert "actors[1].name: ongeldig stuurteken U+001B op teken 8 verwijderd" in err
    assert "2 problemen." in err
    assert "opent met deze waarden hersteld" in err


def test_other_commands_warn_and_go_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = reversed_file(tmp_path)
    assert main(["analyse", str(path)]) in (0, 1)  # 1: critical findings, not an error
    captured = capsys.readouterr()
    assert "2 problems repaired in memory; the file itself is unchanged." in captured.err
    assert captured.out


def test_mandates_table_refuses_a_reversed_period_with_the_model_message(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QMainWindow

    from ui.docks import MandatesDock, analysis_runner, create_docks

    controller = DocumentController(small_case())
    win = QMainWindow()
    win.setCentralWidget(QLabel("map"))
    qtbot.addWidget(win)
    create_docks(win, controller)
    dock = win.findChild(MandatesDock)
    assert isinstance(dock, MandatesDock)
    messages: list[str] = []
    dock.model.error.connect(messages.append)
    row = dock.model.row_of("m1")
    assert row is not None
    index = dock.proxy.mapFromSource(dock.model.index(row, dock.model.column_of("valid_until")))
    assert not dock.proxy.setData(index, "2025-06-30")
    assert messages
    assert "m1.valid_until" in messages[0]
    assert "lies before" in messages[0]
    assert controller.case.mandates.get("m1").valid_until is None  # type: ignore[union-attr]
    assert controller.undo_stack.count() == 0
    found = analysis_runner(win)
    if found is not None:
        found.wait()


def test_the_app_opens_a_map_with_a_far_actor_and_a_broken_history(
    safe_window: MainWindow, tmp_path: Path
) -> None:
    """Hostile review 10, H2 and H4, in the app: a map with an actor at 1e9 (the app hung on
    opening it) and a history that is no list (the map did not open) opens; the dialog lists
    both, the file stays as it was until the user saves, and what is saved opens cleanly."""
    doc = case_to_dict(small_case())
    far = doc["actors"][0]["id"]
    doc["actors"][0]["position"] = {"x": 1e9, "y": -1e308}
    doc["history"] = "not a list"
    path = tmp_path / "beschadigd.kvmap"
    path.write_text(json.dumps(doc), "utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert safe_window.files.open_path(path, ask=False)
    ((title, text),) = safe_window.errors  # type: ignore[attr-defined]
    assert title == "Opened with repairs"
    assert f'actor "{far}": x is 1e+09, farther out than the' in text
    assert "the history of saves is left out" in text
    actor = safe_window.controller.case.actors.get(far)
    assert actor is not None
    assert actor.position is None
    rect = safe_window.scene.itemsBoundingRect()
    assert max(rect.width(), rect.height()) < 100_000  # no item out at 1e9
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert safe_window.files.save()
    saved = load(path)  # strict: nothing left to repair
    assert len(saved.actors) == len(small_case().actors)
